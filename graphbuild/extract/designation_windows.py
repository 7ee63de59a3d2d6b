"""Where the targets of a designation sentence are: the window after an active verb, the subject of a passive,
and the names a sentence gives in other shapes.

"OFAC sanctioned three companies ...: A, B and C"; "X, which is also being designated today";
"... Tallis Marine FZE is being designated" (the parser lost the subject); "OFAC is designating A for
being owned by B, and C for having assisted D" (each object with its own reason); "X is not being
designated" (negated: no designation); "He / The company / Both companies are being designated" (a target named by reference).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_tree, token_words
from ..nlp.mentions import Mention
from ..nlp.naming_words import NAMING_PARTICIPLES
from .designation_verbs import VERB_TRIGGER_FORMS
from .named_bodies import authorities_in
from .companions import companion_link, companion_preposition
from .context import DocContext
from .described_dates import OPENING_QUOTES, QUOTE_MARKS, quoted
from .designation_tense import about_today
from .list_items import BULLETS, starts_line, subject_mention
from .release import group_kinds
from .targets import NOT_DESIGNEE_TYPES, candidates, hyphen_fragment, named_by_alias

BOUNDARY = {"pursuant", "for", "under", "because", "who", "which", "that", "whose", ";", "today", "in", "after", "following",
            "to", "by", "with", "on", "as", "since", "while", "amid", "over", "due"}


def colon_list(ctx: DocContext, sent: Span, trigger: int, found: list[tuple[Mention, Cluster]]) -> list[tuple[Mention, Cluster]]:
    """"OFAC sanctioned three companies ...: A, B and C" and "... are being designated:" followed by bullet items.

    Only when the object before the colon is a counted or generic plural ("three companies", "the following").
    """
    doc = sent.doc
    colon = next((t.i for t in doc[trigger + 1:sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    before = doc[trigger + 1:colon]
    if not any(t.like_num or t.lower_ in {"following", "several", "these"} or t.tag_ == "NNS" for t in before):
        return []
    known = {c.index for _, c in found}
    listed = [x for x in candidates(ctx, sent, colon + 1, sent.end) if x[1].index not in known]
    if listed or any(not t.is_space for t in doc[colon + 1:sent.end]):
        return listed
    index = next((k for k, s in enumerate(ctx.sentences) if s.start == sent.start), None)
    items: list[tuple[Mention, Cluster]] = []
    marker = False  # a bullet the parser set apart from its item ("-" alone): the next sentence is the item
    for item in ctx.sentences[index + 1:] if index is not None else []:
        text = item.text.strip()
        if not text.startswith(BULLETS) and not marker:
            break
        marker = text in BULLETS
        first = candidates(ctx, item, item.start, item.end)
        if first and first[0][1].index not in known:
            items.append(first[0])
    return items


#: The marks that close a quotation (a straight mark closes one when it is open).
CLOSING_QUOTES = QUOTE_MARKS - OPENING_QUOTES


#: Words that set the names after them apart from the designees before them ("designated A rather than its parent,
#: B", "instead of B", "A, but not B", "all of them except B", "excluding B"): the first word and the word it needs next
#: (None: none). "but not limited to" and "not only ... but also" set nothing apart (`excluding_at`).
EXCLUDING = {"rather": "than", "instead": "of", "except": None, "excluding": None}
NOT_EXCLUDING = frozenset({"limited", "only", "just", "merely", "least"})


def excluding_at(doc: Doc, j: int, end: int) -> bool:
    """Token `j` opens words that exclude the names after it from the designees before it (`EXCLUDING`, or "but not" /
    "and not" / ", not" before a name rather than a verb or "limited" / "only"): P15, nineteenth session; before,
    "OFAC designated A rather than its parent, B" designated B."""
    low = doc[j].lower_
    if low in EXCLUDING:
        needed = EXCLUDING[low]
        return needed is None or j + 1 < end and doc[j + 1].lower_ == needed
    if low in {"but", "and", ","} and j + 2 < end and doc[j + 1].lower_ == "not":
        after = doc[j + 2]
        return after.lower_ not in NOT_EXCLUDING and after.pos_ not in {"VERB", "AUX", "ADV", "PART"}
    return False


def name_word(tok: Token) -> bool:
    """A boundary word written in capitals inside a name the model tagged: the legal form "AS" of "Nordvik Trading AS"
    (Norwegian, Danish, Estonian), not the preposition "as" (P16: "designated Nordvik Trading AS and X" designated
    nobody, the window ending at "AS")."""
    return len(tok.text) > 1 and tok.text.isupper() and tok.ent_iob_ == "I"


def window_end(sent: Span, start: int, semicolons: bool = False) -> int:
    """End of the target list after a trigger: the first clause boundary ("pursuant to", "for", "who", ...), words that
    set the names after them apart ("rather than", "but not", `excluding_at`), and the closing mark of a quotation the
    trigger stands in ('"We have sanctioned A and B," said spokesperson C': C is the speaker; P6)."""
    doc = sent.doc
    inside = quoted(sent, start)
    j = start
    while j < sent.end:
        low = doc[j].lower_
        if inside and doc[j].text in CLOSING_QUOTES:
            return j
        if j > start and excluding_at(doc, j, sent.end):
            return j
        if semicolons and low == ";":
            j += 1
            continue
        if low == "with" and j > 0 and companion_preposition(doc, j):
            j += 1
            continue
        if low in BOUNDARY and not (low == "as" and j + 1 < sent.end and doc[j + 1].lower_ == "well") and not (low == "as" and j > 0 and doc[j - 1].lower_ == "well") \
                and not name_word(doc[j]):
            if low == "to" and j > start and doc[j - 1].lower_ == "according":
                return j - 1
            return j
        if low == "according":
            return j
        j += 1
    return sent.end


RELATIVE_SUBJECTS = {"who", "which", "that", "whom", "whose"}
CLAUSE_LINKS = {"and", ",", ";", "while", "whereas", "but", "as"}


def clause_end(ctx: DocContext, sent: Span, trigger: Token, end: int) -> int:
    """End of an active verb's targets before a coordinated clause with a subject of its own: "the Department of State is
    designating A, and the United Kingdom is sanctioning B and C" (B and C are not the State Department's). A relative
    clause ("A, which supplies ...") is no such clause. When the parser joined the last target to the next clause's
    subject ("designating A and the United Kingdom is sanctioning B": "A and the United Kingdom" sanctions), the clause
    starts at the conjunct that names a body. Neither a clause that modifies a target ("A, a company that X founded in
    2019, and B"; "A, a firm X controls, and B") nor a participle ("A and B, both owned by X, and is identifying ...",
    parsed with the targets as the participle's subject) ends them: only a finite verb of a clause of its own."""
    doc = sent.doc
    for t in doc[trigger.i + 1:end]:
        if not (t.tag_.startswith("VB") and t.pos_ in {"VERB", "AUX"}) or not _finite(t) or _modifies_a_noun(t, trigger, end):
            continue
        subject = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i), None)
        if subject is None or subject.left_edge.i <= trigger.i or subject.lower_ in RELATIVE_SUBJECTS \
                or doc[subject.left_edge.i].lower_ in RELATIVE_SUBJECTS:
            continue
        cut = subject.left_edge.i
        for part in sorted([subject, *subject.conjuncts], key=lambda x: x.i):
            end_of_part = part.i + 1 if part is subject else part.right_edge.i + 1  # a conjunct with its "of State"
            if part.i > trigger.i and authorities_in(ctx, part.left_edge.i, end_of_part):
                cut = part.left_edge.i
                break
        while cut > trigger.i + 1 and doc[cut - 1].lower_ in CLAUSE_LINKS:
            cut -= 1
        return cut
    return end


FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}


def _finite(verb: Token) -> bool:
    """A finite verb or one with a finite auxiliary ("sanctioned", "is sanctioning", "has listed"), not a bare participle."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def _modifies_a_noun(verb: Token, trigger: Token, end: int) -> bool:
    """The verb heads, or lies in, a relative or adjectival clause below the designation verb ("a company that X
    founded", "a firm X controls") that more targets follow ("..., and B"). A relative clause that runs to the end of
    the targets ("eight officials it holds responsible for the death of X") still ends them: its names are no targets."""
    head = verb
    while head.i != trigger.i and head.head.i != head.i:
        if head.dep_ in {"relcl", "acl"}:
            doc = verb.doc
            rest = [t for t in doc[head.right_edge.i + 1:end] if not (t.is_punct or t.is_space)]
            return bool(rest)
        head = head.head
    return False


def antecedent(ctx: DocContext, sent: Span, trigger: Token) -> list[tuple[Mention, Cluster]]:
    """"X, which is also being designated today, ...": the name a relative clause's subject stands for."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is None or subject.lower_ not in {"which", "who", "that"} or trigger.dep_ != "relcl":
        return []
    head = trigger.head
    m = ctx.resolver.mention_at(head.i)
    cluster = ctx.entity(m) if m is not None and m.alias_of is None else None
    if cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES:
        return []
    return [(m, cluster)]  # type: ignore[list-item]


def name_before_auxiliaries(ctx: DocContext, trigger: Token) -> list[tuple[Mention, Cluster]]:
    """"... the Harbor Brigade. Tallis Marine FZE is being designated": the parser lost the subject; the name just before "is being" is it."""
    if any(c.dep_ in {"nsubjpass", "nsubj"} for c in trigger.children):
        return []
    doc = trigger.doc
    j = trigger.i - 1
    while j >= 0 and doc[j].lower_ in {"is", "are", "was", "were", "being", "been", "also", "today", "concurrently", "simultaneously"}:
        j -= 1
    m = ctx.resolver.mention_at(j) if j >= 0 and j < trigger.i - 1 else None
    starts_clause = m is not None and (m.start == 0 or doc[m.start - 1].text in {".", ";"})  # not "the arrest of X were ..."
    cluster = ctx.entity(m) if m is not None and starts_clause and m.end == j + 1 and m.alias_of is None else None
    if cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES:
        return []
    return [(m, cluster)]  # type: ignore[list-item]


def window_start_passive(sent: Span, trigger: Token) -> int:
    subjects = [c for c in trigger.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if subjects:
        return subjects[0].left_edge.i
    doc = sent.doc
    j = trigger.i - 1
    while j > sent.start and doc[j].text not in {";"} and doc[j].lower_ not in {"while", "after", "which"}:
        j -= 1
    return j


REASON_WORDS = {"for", "pursuant", "under"}


def objects_with_own_reason(ctx: DocContext, sent: Span, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"OFAC is designating A for being owned by B, and C for having assisted D": each object brings its own reason,
    so the list of targets goes on after the first reason. A name right after "and" that is itself followed by
    "for" / "pursuant to" / "under" is one more target (not "support to B and C." nor "B and C in 2020"), and so are
    the names of a run joined by "and" that the reason follows ("..., and C and D for being leaders of A": DP)."""
    doc = sent.doc
    if end >= sent.end or doc[end].lower_ not in REASON_WORDS and not (doc[end].text == "," and end + 1 < sent.end and doc[end + 1].lower_ in REASON_WORDS):
        return []
    out: list[tuple[Mention, Cluster]] = []
    for j in range(end + 1, sent.end - 1):
        if doc[j].lower_ != "and" or doc[j - 1].text != ",":
            continue  # "owned or controlled by B and C, pursuant to ...": C shares B's phrase
        run = _name_run(ctx, sent, j + 1)
        if not run or any(c.index in known for _, c in run):
            continue
        after = run[-1][0].end
        after += 1 if after < sent.end and doc[after].text == "," else 0
        if after < sent.end and doc[after].lower_ in REASON_WORDS \
                and (doc[after].lower_ == "for" or not _in_phrase(doc[run[-1][0].start:run[-1][0].end].root)):
            out += run
            known.update(c.index for _, c in run)
    return out


def _name_run(ctx: DocContext, sent: Span, start: int) -> list[tuple[Mention, Cluster]]:
    """The target named at `start` and those joined to it by "and" right after it ("C and D"): one name, or two or
    more with nothing but "and" between them. Empty when no target's name opens at `start`."""
    doc = sent.doc
    out: list[tuple[Mention, Cluster]] = []
    at = start
    while at < sent.end:
        m = ctx.resolver.mention_at(at)
        span = (m.start, m.end) if m is not None and m.start == at else None
        found = (candidates(ctx, sent, *span) if span else []) or (named_by_alias(ctx, sent, at, min(sent.end, at + 5)) if not out else [])
        if not found or found[0][0].start != at or any(c.index == found[0][1].index for _, c in out):
            break
        out.append(found[0])
        nxt = found[0][0].end
        if nxt + 1 >= sent.end or doc[nxt].lower_ != "and":
            break
        at = nxt + 1
    return out


def _in_phrase(root: Token) -> bool:
    """A name coordinated inside a prepositional phrase ("owned by B, C, and D, pursuant to ..."): the conjunct chain
    ends at an object of a preposition. With its own "for ..." after it, the name is a target all the same: the parser
    also hangs "..., and C for having assisted D" on the previous reason's last name."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def negated(tok: Token) -> bool:
    """"is not being designated", "was never sanctioned": a "not" among the verb's children or its auxiliaries;
    "Neither X nor Y is designated today": a subject that opens with "neither" or joins its names with "nor" (D18)."""
    tree = token_tree(tok.doc)  # the children's labels read as strings, a `Token` only for a subject (issue 18, PF)
    kids, deps = tree.children[tok.i], tree.deps
    if any(deps[k] == "neg" for k in kids) or any(neither_nor(tok.doc[k]) for k in kids if deps[k] in {"nsubj", "nsubjpass"}):
        return True
    lowers = token_words(tok.doc)[1]  # `Token.lower_` of each word, read once per doc (issue 18, S21)
    j = tok.i - 1
    while j >= 0 and lowers[j] in {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "today"}:
        j -= 1
    return j >= 0 and lowers[j] in {"not", "never", "n't"}


def neither_nor(subject: Token) -> bool:
    """The subject is "Neither X nor Y": its first word is "neither", or a "nor" joins its conjuncts (the parser hangs
    "Neither" on the first name as a preconjunct or a determiner, "nor" on an apposition); a "nor" of a clause that
    describes the subject does not count."""
    lowers, left = token_words(subject.doc)[1], subject.left_edge.i  # the left edge found once (issue 18, PF)
    if "nor" not in lowers[left:subject.right_edge.i + 1]:
        return lowers[left] == "neither"  # no "nor" in the subtree's words: no clause to walk (issue 18, T25)
    clauses = {d.i for t in subject.subtree if t.dep_ in CLAUSES for d in t.subtree}
    return subject.left_edge.lower_ == "neither" \
        or any(t.lower_ == "nor" and t.dep_ == "cc" and t.i not in clauses for t in subject.subtree)


#: Clauses describing a subject: a "nor" inside one ("X, a firm that neither owns ships nor employs crews, was
#: designated", "X, which neither A nor B had listed") coordinates the clause's words, not the subject (M16).
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


PRONOUNS = {"he", "she", "him", "her"}
GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}


def referred_targets(ctx: DocContext, sent: Span, trigger: Token) -> list[tuple[Mention, Cluster]]:
    """A target the sentence names only by reference: "He is being designated", "OFAC is also designating him" (the
    one person of the paragraph), "The company is being designated" (the last company named), "Both companies are
    being designated" (the names of that kind in the sentence before, when there are exactly as many)."""
    deps = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in trigger.children) else {"dobj"}
    ref_tok = next((c for c in trigger.children if c.dep_ in deps), None)
    if ref_tok is None:
        return []
    low = ref_tok.lower_
    cluster: Cluster | None = None
    if low in PRONOUNS:
        cluster = ctx.resolver.person_for_pronoun(ref_tok.i)
    elif low == "it" and sent.start > 0:
        cluster = _body_subject_before(ctx, sent)  # "X, a company in Y, converts ... It is designated pursuant to ..."
    elif ref_tok.tag_ == "NN" and any(c.lower_ == "the" for c in ref_tok.children) and len(list(ref_tok.children)) == 1:
        cluster = ctx.resolver.last_of_kind(ref_tok.i, low)  # "The company is being designated ..."
    elif ref_tok.tag_ == "NNS" and sent.start > 0:
        return counted_group(ctx, sent, ref_tok)
    elif low in GROUP_SIZES and not list(ref_tok.children) and sent.start > 0:
        return _counted_subjects(ctx, sent, ref_tok)  # "Both are designated today"
    if cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES or ctx.resolver.entity(ctx.resolver.mention_at(cluster.first_token)) is not cluster:
        return []
    return [(Mention(ref_tok.i, ref_tok.i + 1, ref_tok.text, "PERSON" if cluster.type == "Person" else "ORG", cluster=cluster.index), cluster)]


def _sentence_before(ctx: DocContext, sent: Span) -> Span | None:
    index = ctx.sentence_index(sent.start)
    return ctx.sentences[index - 1] if index > 0 else None


def _body_subject_before(ctx: DocContext, sent: Span) -> Cluster | None:
    """The firm or body that is the named subject of the sentence before, in the same paragraph: what "it" stands for."""
    before = _sentence_before(ctx, sent)
    if before is None or "\n" in before[-1].text + before[-1].whitespace_:
        return None  # a new paragraph: "it" has no antecedent here
    for m, c in candidates(ctx, before, before.start, before.end):
        root = before.doc[m.start:m.end].root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i == before.root.i:
            return c if c.type in {"Company", "Organization", "PublicBody", "Vessel"} else None
    return None


def counted_group(ctx: DocContext, sent: Span, noun: Token) -> list[tuple[Mention, Cluster]]:
    """"Both companies", "the two shell companies": the names of that kind in the sentence before, only when there are
    exactly as many as the count says; first those the sentence before apposes to the same noun ("A and B, two shell
    companies that ..."), also inside a title's complement ("the director of A")."""
    phrase = [t.lower_ for left in noun.lefts for t in left.subtree] + [noun.lower_]  # not its relative clause
    words = set(phrase)
    size = next((GROUP_SIZES[w] for w in phrase if w in GROUP_SIZES), None)
    kinds = group_kinds(words)
    before = _sentence_before(ctx, sent)
    if not size or before is None or not words & {"both", "the", "these", "those"}:
        return []  # "two entities that finance ...": a group the sentence introduces, not one named before
    named: list[Cluster] = []
    apposed: list[Cluster] = []
    heads = {i for t in before if t.lower_ == noun.lower_ and t.dep_ == "appos" for i in _apposed_to(ctx, t)}
    for m in ctx.mentions_in(before.start, before.end):
        c = ctx.entity(m)
        if c is None or m.alias_of is not None or c.authority or c.type in NOT_DESIGNEE_TYPES or kinds and c.type not in kinds \
                or hyphen_fragment(before.doc, m.start) or c in named:
            continue
        named.append(c)
        if any(m.start <= h < m.end for h in heads):
            apposed.append(c)
    chosen = apposed if len(apposed) == size else named
    if len(chosen) != size and noun.dep_ == "nsubjpass" and starts_line(sent):
        chosen = _paragraph_subjects(ctx, sent, kinds)  # "A is ... \n\n B serves as ... \n\n Both individuals are being designated"
    return [(Mention(noun.i, noun.i + 1, noun.text, "ORG", cluster=c.index), c) for c in chosen] if len(chosen) == size else []


def _paragraph_subjects(ctx: DocContext, sent: Span, kinds: set[str]) -> list[Cluster]:
    """The named subjects of the paragraphs right before a sentence that opens its own paragraph, back to a line
    without such a subject (a heading, a quote, prose): the group a "Both individuals ..." paragraph points back to."""
    found: list[Cluster] = []
    for k in range(ctx.sentence_index(sent.start) - 1, -1, -1):
        before = ctx.sentences[k]
        if not starts_line(before):
            continue  # a later sentence of the same paragraph
        subject = subject_mention(ctx, before)
        if subject is None or kinds and subject[1].type not in kinds or len(found) >= 6:
            break
        if subject[1] not in found:
            found.insert(0, subject[1])
    return found


def _apposed_to(ctx: DocContext, noun: Token) -> set[int]:
    """Tokens of the names a plural appositive describes: the coordinated names right before its comma ("A and B, two
    shell companies"), else the parser's head and its conjuncts."""
    doc = noun.doc
    j = noun.left_edge.i - 1
    found: set[int] = set()
    while j > 0 and doc[j].text in {",", "and"}:
        m = next((x for x in ctx.mentions_in(max(0, j - 12), j) if x.end == j), None)
        if m is None:
            break
        found.add(m.start)
        j = m.start - 1
    return found or {h.i for h in (noun.head, *noun.head.conjuncts)}


def _counted_subjects(ctx: DocContext, sent: Span, word: Token) -> list[tuple[Mention, Cluster]]:
    """"A is the director of X, and B is the chairman of Y. Both are designated today": "both" alone stands for the
    subjects of the sentence before (of its clauses), when there are exactly as many as it says."""
    before = _sentence_before(ctx, sent)
    if before is None:
        return []
    subjects: list[tuple[Mention, Cluster]] = []
    for m, c in candidates(ctx, before, before.start, before.end):
        root = before.doc[m.start:m.end].root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} and c.index not in {x.index for _, x in subjects}:
            subjects.append((m, c))
    size = GROUP_SIZES[word.lower_]
    return [(Mention(word.i, word.i + 1, word.text, "PERSON" if c.type == "Person" else "ORG", cluster=c.index), c)
            for _, c in subjects] if len(subjects) == size else []


def counted_companions(ctx: DocContext, sent: Span, trigger: Token, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """Counted groups designated beside named targets: "OFAC is designating X and both shell companies", "Both are
    designated today along with the two companies" (the trigger's object conjuncts, or "along / together with")."""
    doc = sent.doc
    nouns: list[Token] = []
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    for obj in objects:
        nouns += [t for t in obj.conjuncts if t.tag_ == "NNS"]
    for t in doc[trigger.i + 1:sent.end]:
        if t.lower_ == "with" and doc[t.i - 1].lower_ in {"along", "together"}:
            nouns += [c for c in t.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
    out: list[tuple[Mention, Cluster]] = []
    for noun in nouns:
        if ctx.resolver.mention_at(noun.i) is not None:
            continue  # a name ending in a plural noun ("X Industries")
        for m, c in counted_group(ctx, sent, noun):
            if c.index not in known:
                known.add(c.index)
                out.append((m, c))
    return out


def objects_after_relative(ctx: DocContext, sent: Span, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"sanctioning A, which runs two compounds, and its chairman, B" / "A, who recruits workers, and his company, B":
    the list of targets goes on after a relative clause. A name after ", and" (and perhaps "its / his / her" and a
    lower-case noun) that ends the sentence or a clause is one more target."""
    doc = sent.doc
    aside = _subordinate_aside(sent, end)
    if end < sent.end and doc[end].lower_ in {"which", "who", "whose"} and doc[end - 1].text == ",":
        relative, first, apposed = _clause_verb(doc[end]), end + 1, False  # the clause's verb ("which supplied ...")
    elif aside is not None:  # "designated A, before he fled to Y, and B": the list goes on after the aside (D20)
        relative, first, apposed = aside, aside.right_edge.i + 1, False
    else:  # "designating A (B), a Moscow-based firm that trains ..., and its founder, C": a description, then the list goes on
        described = next((t for t in doc[max(sent.start + 1, end - 12):end] if t.lower_ in {"a", "an"} and doc[t.i - 1].text == ","), None)
        if described is None or not known:
            return []
        relative, first, apposed = described.head, described.i + 1, True
    out: list[tuple[Mention, Cluster]] = []
    for j in range(first, sent.end - 1):
        link = _list_link(doc, j, sent.end)
        if link is None:
            continue
        k = link
        if apposed and doc[k].lower_ not in POSSESSIVE_DETERMINERS:
            continue  # after a description only "and its founder, C" goes on with the list ("a supplier of B, C, and D" does not)
        titled = _titled_item(doc, k, sent.end)  # "..., and its deputy general director for procurement, B"
        if titled is not None:
            k = titled
        elif doc[k].lower_ in POSSESSIVE_DETERMINERS:
            k += 1
            while k < sent.end and doc[k].is_alpha and doc[k].is_lower and k - j < 6:
                k += 1
            k += 1 if k < sent.end and doc[k].text == "," else 0
        found = _target_at(ctx, sent, k)
        if found is None or found[1].index in known or not apposed and titled is None and relative.left_edge.i <= found[0].start <= relative.right_edge.i:
            continue  # "A, which supplied drones to B, C, and D": D is the clause's, not a target
        if _closes_item(doc, found[0].end, sent.end):
            out.append(found)
            known.add(found[1].index)
    return out


def _clause_verb(relative_word: Token) -> Token:
    """The token whose phrase is the relative clause: the relative word's head, or, when the parser read the clause's
    verb as a noun ("which ships fuel to A, B, and C": "ships" a compound of "fuel"), the phrase after the relative word
    that holds that head; otherwise the clause's own list ended it and its last name was read as a target (Q,
    twenty-fourth session)."""
    tok = relative_word.head
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i or tok.head.i < relative_word.i:
            return tok
        tok = tok.head
    return tok


#: Words that open a subordinate clause set between two targets ("A, before he fled to Y, and B").
SUBORDINATORS = frozenset({"before", "after", "since", "until", "when", "while", "once", "although", "though", "because"})


def _subordinate_aside(sent: Span, end: int) -> Token | None:
    """The verb of a subordinate clause, set off by a comma, in which the first window of targets ended ("OFAC
    designated A, before he fled to Y, and B": the window stops at "to" or "after"): the clause is an aside on A, and
    the list goes on after it (the parser hangs B on the designation verb as a conjunct). Issue 13, D20: the brief's
    item 6, M26's "Left"."""
    doc = sent.doc
    for t in doc[max(sent.start + 1, end - 6):min(end + 1, sent.end)]:
        if t.dep_ == "mark" and t.lower_ in SUBORDINATORS and doc[t.i - 1].text == "," and t.head.dep_ == "advcl" \
                and t.head.i > t.i and t.head.right_edge.i + 1 < sent.end:
            return t.head
    return None


def _target_at(ctx: DocContext, sent: Span, k: int) -> tuple[Mention, Cluster] | None:
    """The target whose name starts at token `k` (a list item's name), if a mention starts there."""
    m = ctx.resolver.mention_at(k)
    if m is None or m.start != k:
        return None
    return next((x for x in candidates(ctx, sent, m.start, m.end) if x[0].start == k), None)


def _closes_item(doc: Doc, after: int, end: int) -> bool:
    """Whether a list item's name ends it: the sentence's end, a stop, a comma or semicolon, a reason or a relative."""
    return after >= end or doc[after].text in {".", ",", ";"} or doc[after].lower_ in REASON_WORDS | {"who", "which"}


def semicolon_items(ctx: DocContext, sent: Span, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"Also hit were A, head of ...; B, a lawmaker who ...; and C, who ...": items set apart by semicolons, each with a
    description or a relative clause that ends the first window. The name that opens each item after the window (right
    after ";" or "; and") is one more target, when it is no subject of a clause of its own ("...; B was designated by
    the EU")."""
    doc = sent.doc
    out: list[tuple[Mention, Cluster]] = []
    for j in range(max(end, sent.start), sent.end - 1):
        if doc[j].text != ";":
            continue
        k = j + 1
        k += 1 if k < sent.end and doc[k].lower_ == "and" else 0
        found = _target_at(ctx, sent, k)
        if found is None or found[1].index in known:
            continue
        if any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[found[0].start:found[0].end]):
            continue
        out.append(found)
        known.add(found[1].index)
    return out


def along_with(ctx: DocContext, sent: Span, trigger: Token, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"X was designated along with Y and Z", "The party itself ... was also designated, along with a Moscow-based
    company, Evrazia LLC": the names after "along with" / "together with" that follow a passive verb (within a few
    words: "designated today, along with ...") are designated with its subject."""
    doc = sent.doc
    j = trigger.i + 1
    while j < sent.end and j - trigger.i <= 4 and (doc[j].lower_ in {"today", "also", "as", "well", ","} or doc[j].is_space):
        j += 1
    link = companion_link(doc, j) if j < sent.end else 0  # "along with", "together with", "alongside" (M36)
    if not link or j + link >= sent.end or _past_aside(trigger):
        return []  # "X, which was designated alongside Y, remains listed": an aside on X's past, not Y's action (t13_16)
    start = j + link
    out = [x for x in candidates(ctx, sent, start, window_end(sent, start)) if x[1].index not in known]
    known.update(c.index for _, c in out)
    return out


def _past_aside(trigger: Token) -> bool:
    """The passive verb heads a relative clause that does not state today's action: "X, which was designated along
    with / together with / alongside Y, remains listed" names no companion, "X, which is also designated today along
    with Y" does (one rule for the three links, M45; before it "alongside" alone, and whatever the tense)."""
    return trigger.dep_ == "relcl" and not about_today(trigger)


def with_object(ctx: DocContext, sent: Span, trigger: Token, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"OFAC sanctioned A, the company X founded in 1990, together with its chief executive, B, and a holding company, C"
    / "designated A, known as "El Gato," along with B and C": after an active verb's first window, the names set after
    ", along with" / ", together with" in the same clause are designated with its object (issue 13, D16)."""
    doc = sent.doc
    named = {t.i for o in trigger.children if o.dep_ == "dobj" for t in with_conjuncts(o)}
    texts, lowers = token_words(doc)
    tree = token_tree(doc)  # each word read from the columns, a `Token` only for a clause head or a link (issue 18, PF)
    for j in range(end, max(end, sent.end - 2)):
        if texts[j] in {";", "("} or tree.tags[j].startswith("VB") and lowers[j] in DESIGNATION_FORMS:
            return []  # another item or another action: its own window
        if tree.deps[j] in CLAUSE_HEADS and doc[j].pos_ in {"VERB", "AUX"} and _finite(doc[j]) and not _on_object(doc[j], trigger, named):
            return []  # "for moving oil that K bought, along with T, ...": T is the co-buyer, in a clause of the reason
        comma = texts[j] == "," or texts[j] in CLOSING_QUOTES and texts[j - 1] == ","  # "known as "El Gato," along with"
        link = j + 2 if tree.heads[j + 2] != j + 1 else j + 1  # "with" or the "along" it hangs on
        if comma and lowers[j + 1] in {"along", "together"} and lowers[j + 2] == "with" and _on_object(doc[tree.heads[link]], trigger, named):
            objects = [c for c in doc[j + 2].children if c.dep_ == "pobj"]  # "along with four people ... and the hall, X"
            found = candidates(ctx, sent, j + 3, window_end(sent, j + 3)) + (names_beside(ctx, sent, objects[0]) if objects else [])
            out = list({c.index: (m, c) for m, c in found if c.index not in known}.values())
            known.update(c.index for _, c in out)
            return out
    return []


#: The arcs by which a verb heads a clause (not an auxiliary, nor a noun the tagger took for a verb: "15 cargoes/VBZ").
CLAUSE_HEADS = {"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "ROOT", "csubj"}


def _on_object(tok: Token, trigger: Token, objects: set[int]) -> bool:
    """The token is the designation verb, its object or a name beside it, or heads a clause (and its conjuncts) that
    hangs on one of those ("A, the company X founded ... and of which he remains the owner, together with B")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.i == trigger.i or tok.i in objects:
        return True
    return tok.dep_ in {"relcl", "acl"} and tok.head.i in objects


#: Forms of a designation verb that open an action of their own inside a sentence: the written trigger forms and the
#: present and the other verbs' participles ("X designates", "sanctions", "blacklisted", "targeted").
DESIGNATION_FORMS = frozenset(VERB_TRIGGER_FORMS | {"designates", "sanctions", "blacklisted", "targeted"})


def with_conjuncts(tok: Token) -> Iterator[Token]:
    """The token and the names coordinated with or set beside it ("A, B and C", "Its owner, X,")."""
    stack = [tok]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ in {"conj", "appos"})


def names_beside(ctx: DocContext, sent: Span, subject: Token) -> list[tuple[Mention, Cluster]]:
    """The names of a noun phrase's head and of the phrases set beside it or coordinated with it."""
    heads = list(with_conjuncts(subject))
    found = candidates(ctx, sent, subject.left_edge.i, subject.right_edge.i + 1)
    return [(m, c) for m, c in found if any(m.start <= h.i < m.end for h in heads)]


POSSESSIVE_DETERMINERS = {"its", "his", "her", "their"}


def _list_link(doc: Doc, j: int, end: int) -> int | None:
    """The first token after a link that goes on with a list of targets: ", and" or ", as well as"."""
    if doc[j].lower_ == "and" and doc[j - 1].text == ",":
        return j + 1
    if doc[j].lower_ == "as" and doc[j - 1].text == "," and j + 2 < end and doc[j + 1].lower_ == "well" and doc[j + 2].lower_ == "as":
        return j + 3
    return None


def _titled_item(doc: Doc, k: int, end: int) -> int | None:
    """Where the name of an item that opens with the target's post or description starts: "its deputy general director
    for procurement, B", "the company's legal representative, B", "a Mexican national, B" (a determiner or possessive, up
    to eight lower-case words or nationalities, a comma). None when the item has no such opening."""
    j = k
    if doc[j].lower_ in POSSESSIVE_DETERMINERS | {"a", "an"}:
        j += 1
    elif doc[j].lower_ == "the" and j + 2 < end and doc[j + 1].is_lower and doc[j + 2].tag_ == "POS":
        j += 3  # "the company's"
    else:
        return None
    words = 0
    while j < end and doc[j].is_alpha and (doc[j].is_lower or doc[j].ent_type_ == "NORP") and words < 8:
        j += 1
        words += 1
    if not words or j + 1 >= end or doc[j].text != ",":
        return None
    return j + 1


def titled_conjuncts(ctx: DocContext, sent: Span, trigger: Token, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"designated the X concern, a maker of radar parts, and its deputy general director for procurement, B, who ...":
    a target coordinated with the verb's object that opens with its post ("its director", "the company's legal
    representative", "a Mexican national") and then the name. The post's noun must hang on the object through
    conjuncts and appositions only ("designated A for supplying B, and its director, C": C's post hangs on B, in the
    reason, and is left out)."""
    doc = sent.doc
    out: list[tuple[Mention, Cluster]] = []
    for t in doc[trigger.i + 1:sent.end]:
        if t.dep_ != "conj" or t.left_edge.i < trigger.i + 2:
            continue
        linked = any(_list_link(doc, j, sent.end) == t.left_edge.i for j in (t.left_edge.i - 1, t.left_edge.i - 3) if j >= 1)
        k = _titled_item(doc, t.left_edge.i, sent.end) if linked else None
        if k is None or not _object_chain(t, trigger):
            continue
        found = _target_at(ctx, sent, k)
        if found is None or found[1].index in known:
            continue
        if _closes_item(doc, found[0].end, sent.end):
            out.append(found)
            known.add(found[1].index)
    return out


def conjuncts_after_description(ctx: DocContext, sent: Span, trigger: Token, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"designated A, North Korea's former ambassador to Syria, and B, a vice chairman of Y": the first window ended
    inside the description set beside A ("to", "in" are boundaries), and the list goes on after it. A name after ", and"
    is one more target when the parser coordinates it with the verb's object (conjunct and apposition arcs only, as
    `titled_conjuncts` asks) and the window's end lies inside an apposition of the name it is coordinated with;
    "designated A for supplying B to Syria, and C" (C hangs on B, in the reason) adds nothing (P14)."""
    doc = sent.doc
    out: list[tuple[Mention, Cluster]] = []
    if end >= sent.end:
        return out
    for j in range(end + 1, sent.end - 1):
        k = _list_link(doc, j, sent.end)
        found = _target_at(ctx, sent, k) if k is not None else None
        if found is None or found[1].index in known:
            continue
        root = doc[found[0].start:found[0].end].root
        if root.dep_ != "conj" or not _closes_item(doc, found[0].end, sent.end):
            continue
        if _object_chain(root, trigger) and _ended_beside(root.head, end) or _after_other_name(root, trigger, end):
            out.append(found)
            known.add(found[1].index)
    return out


def items_after_other_name(ctx: DocContext, sent: Span, trigger: Token, end: int, known: set[int]) -> list[tuple[Mention, Cluster]]:
    """"designated A, also known as Y, B, C, and D" / "designated A (also known as Y), B, and C": the window ended at
    the "as" of an other-name phrase set beside the object, and the list goes on after the other name. Each name after
    it, linked by "," or ", and", that the parser coordinates with the other name or with the object, is one more
    target, when the list closes with "and" (the first rule, `conjuncts_after_description`, took only the item after
    ", and": B and C were lost; F, twenty-fifth session). "A, also known as Y, Z" (no "and") and a list of people whose
    names end in the last word of A or Y ("Teo Lund, Ted Lund, and Teddy Lund") may list A's own names: none."""
    doc = sent.doc
    phrase = next((t for t in doc[trigger.i + 1:min(end + 1, sent.end)] if t.dep_ == "acl" and t.lower_ in OTHER_NAME_PARTICIPLES
                   and t.left_edge.i < end <= t.right_edge.i and _object_chain(t.head, trigger)), None)
    if phrase is None:
        return []
    anchors = {phrase.head.i} | {t.i for t in phrase.subtree if t.dep_ == "pobj" and t.head.lower_ == "as"}
    k = next((t.i for t in doc[end:sent.end] if t.text in {",", ")"}), sent.end)  # the other name ends there
    k += 1 if k < sent.end and doc[k].text == ")" else 0
    items: list[tuple[Mention, Cluster]] = []
    while k < sent.end - 1:
        closing = doc[k].lower_ == "and" or doc[k].text == "," and doc[k + 1].lower_ == "and"
        if doc[k].text != "," and not closing:
            break
        k += 2 if doc[k].text == "," and closing else 1
        found = _target_at(ctx, sent, k) if k < sent.end else None
        if found is None or not _closes_item(doc, found[0].end, sent.end) or not _coordinated_with(doc[found[0].start:found[0].end].root, anchors):
            break
        items.append(found)
        if closing:
            last = {doc[phrase.head.i].lower_} | {doc[i].lower_ for i in anchors}  # "A Lund, also known as Teo Lund, Ted Lund, and ...": A's names
            return [] if any(c.type == "Person" and doc[m.end - 1].lower_ in last for m, c in items) else _new_targets(items, known)
        k = found[0].end
    return []


def _new_targets(found: list[tuple[Mention, Cluster]], known: set[int]) -> list[tuple[Mention, Cluster]]:
    """The targets not among `known` (each once), added to it."""
    out = []
    for m, c in found:
        if c.index not in known:
            known.add(c.index)
            out.append((m, c))
    return out


def _coordinated_with(root: Token, anchors: set[int]) -> bool:
    """The name's head reaches one of `anchors` through conjunct arcs only."""
    tok = root
    for _ in range(12):
        if tok.dep_ != "conj":
            return False
        tok = tok.head
        if tok.i in anchors:
            return True
    return False


#: The participle of an other-name phrase set beside a target ("X, better known as Y,", "X, also called Y,"): the
#: mention stage's naming participles (one list, `nlp.mentions`), and a nickname, which is another name but no other
#: spelling of the name there.
OTHER_NAME_PARTICIPLES = NAMING_PARTICIPLES | {"nicknamed"}


def _ended_beside(target: Token, end: int) -> bool:
    """The window ended inside a phrase set beside the target: an apposition ("A, North Korea's former ambassador to
    Syria, and B") or an other-name participle clause ("A, commonly known as the Director, and B": the parser hangs B on
    A and the phrase on A as a clause, not an apposition; V, review of R's twenty-third session: B was lost)."""
    return any((c.dep_ == "appos" or c.dep_ == "acl" and c.lower_ in OTHER_NAME_PARTICIPLES)
               and c.left_edge.i < end <= c.right_edge.i for c in target.children)


def _after_other_name(conj: Token, trigger: Token, end: int) -> bool:
    """"designated A, better known as Y, and B" / "A, better known by his nom de guerre Y, and B": the parser hung B
    on the other name (or on the description after "as"), inside the participle phrase set beside the object; the
    window ended in that phrase ("as", "by"), so B is the list going on (R, twenty-third session: B was lost); the same
    after a relative clause set beside the object (`_after_relative`)."""
    tok = conj.head
    for _ in range(6):
        if tok.dep_ == "acl" and tok.lower_ in OTHER_NAME_PARTICIPLES:
            return tok.i < end <= tok.right_edge.i and _object_chain(tok.head, trigger)
        if tok.dep_ == "relcl":
            return _after_relative(conj, tok, trigger, end)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _after_relative(conj: Token, clause: Token, trigger: Token, end: int) -> bool:
    """"designated A, who supplied arms to Y in Kessa, and B": the parser hung B on Y, inside the relative clause set
    off by commas beside the object; the window ended in it, so B is the list going on (review of R, V; twenty-fourth
    session F: B was lost). Only when B is the one name coordinated there: "A, which supplied Y, W and B" is the
    clause's own list. The clause may also sit on a description set off by a comma beside the object ("designated A,
    a firm that ships fuel to Y in Tarsk, and B": the clause opens at "that", the comma stands before "a firm";
    twenty-fourth session Q: B was lost)."""
    doc = conj.doc
    opened = _set_off_at(clause)
    if opened < 1 or doc[opened - 1].text != "," or not clause.left_edge.i <= end <= clause.right_edge.i:
        return False
    if conj.head.dep_ == "conj" or sum(c.dep_ == "conj" for c in conj.head.children) != 1:
        return False
    return _object_chain(clause.head, trigger)


def _set_off_at(clause: Token) -> int:
    """Where the phrase holding a relative clause begins: the clause itself ("A, which ..."), or the apposition it
    modifies ("A, a firm that ..."), whose comma sets off both."""
    head = clause.head
    if head.dep_ == "appos" and head.i < clause.left_edge.i:
        return head.left_edge.i
    return clause.left_edge.i


def _object_chain(tok: Token, trigger: Token) -> bool:
    """The token reaches the trigger's object (or passive subject) through conjunct and apposition arcs only. The
    parser may read "OFAC designated Vanta Trade LLC, ..." as one noun phrase, the verb an adjective ("amod") on the
    name after it: that name is the object (Q, twenty-fourth session)."""
    for _ in range(8):
        if trigger.dep_ == "amod" and trigger.head.i == tok.i and trigger.i < tok.i:
            return True
        if tok.dep_ == "conj" and tok.head.i == trigger.i and tok.pos_ in {"NOUN", "PROPN"}:
            return True  # the parser hung the coordinated object on the verb
        if tok.dep_ not in {"conj", "appos"}:
            return tok.head.i == trigger.i and tok.dep_ in {"dobj", "nsubjpass", "attr"}
        tok = tok.head
    return False
