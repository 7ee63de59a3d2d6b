"""Targets a story counts or describes first and names later, in a sentence that opens with the description.

Wire stories name a group of targets without their names and give the names in the sentences after: "The measures
also cover three shipping firms. The first, Singapore-registered X, manages ... The second, Y, owns ...", "The
measures also reach two trading houses and a tanker. ... The tanker, the Panama-flagged Z (IMO ...), has
loaded ...", "It also blacklisted a Harbourtown-based haulage company that ... . The company, W, is registered in ...".
No sentence names X, Y, Z or W as designated; the opening "The first, <name>," / "The fourth company, <name>," / "The
<noun>, <name>," points back
at a group or a target that a designation sentence of the story announced. Each such name is a designee of that
sentence's body (the story's when it names none), at 0.6 as a bold name's. Issue 13, D15.

Review V2 (finding 1): "The <noun>," opens a member only for a target's noun (a company, a tanker: not "The
spokesman, X,"); the counted or indefinite noun must hang under the announcing word's verb ("imposed sanctions on
three firms", "The measures also cover a tanker"), and that action must be today's: not denied ("is not designating
two other firms"), not a delisting ("lifted sanctions on two firms"), not dated before the release ("In 2019, the
Treasury sanctioned three other firms") nor in force ("three firms remain designated").
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas
from ..records import Relation
from .action_sentences import ANNOUNCING_WORDS, DELISTING, action_sentences_before
from .designation_verbs import ACTING_VERBS, imposed_measure
from .home_body import reporting_body
from .named_bodies import is_home_body, sanctioning_in
from .context import DocContext
from .described_dates import earlier_date_of_action, in_force
from .designation_windows import DESIGNATION_FORMS, names_beside, negated
from .reported_by import sentence_reporter
from .release import ORG_NOUNS, VESSEL_NOUNS, designation_for, group_kinds
from .targets import NOT_DESIGNEE_TYPES, candidates
from .titles_words import singular

ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "last", "other"})
#: Words before a noun that introduce one target or a counted group ("a tanker", "three shipping firms").
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: Of those, the ones that count a group: an ordinal's group is plural.
COUNTING = INDEFINITE - {"a", "an", "one"}
LOOK_BACK = 12


#: The nouns "The <noun>, X," may refer back by: a company's or a vessel's ("The company, X,", "The tanker, the Y");
#: not a spokesman's or a lawyer's.
TARGET_NOUNS = frozenset(singular(n) for n in ORG_NOUNS | VESSEL_NOUNS)


def referred_designees(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """Designations of the names that sentences opening "The first, <name>,", "The fourth company, <name>," or "The <noun>, <name>," give for a group
    or a target announced before them (none a rule gave already)."""
    given = {r.subject.name for r in found if r.relation == "designated_by"}
    out: list[Relation] = []
    for index, sent in enumerate(ctx.sentences):
        opening = _opening(sent)
        if opening is None:
            continue
        word, comma = opening
        announcing = _announcing_sentence(ctx, index, word)
        if announcing is None:
            continue
        kinds = _noun_kinds(word)
        plural = sent.doc[comma - 1].tag_ == "NNS" and word not in ORDINALS  # "The two shipping firms, A and B, run ..."
        for target in (_apposed_names(ctx, sent, comma) if plural else [t for t in [_apposed_name(ctx, sent, comma)] if t is not None]):
            if target.name in given or kinds and target.type not in kinds:
                continue
            bodies = sanctioning_in(ctx, announcing.start, announcing.end)
            body = bodies[0] if bodies else sentence_reporter(ctx, sent)  # "The third, X, is ..., the Treasury said" (D24)
            rel = designation_for(ctx, sent, target, None, 0.6, extractor, body)
            if rel is not None:
                given.add(target.name)
                out.append(rel)
    return out


def names_a_referred_target(ctx: DocContext, index: int) -> bool:
    """Sentence `index` opens with a target an earlier action announced ("The third, X, chartered ..."): its
    designation is read after the sentence rules, but a bare "Y was also named" after it adds to it."""
    opening = _opening(ctx.sentences[index]) if 0 <= index < len(ctx.sentences) else None
    return opening is not None and _announcing_sentence(ctx, index, opening[0]) is not None


def _noun_kinds(word: str) -> set[str]:
    """The entity types the noun of "The <noun>, X," admits ("broker": Person; "firms": companies); empty for an
    ordinal or a noun of any kind."""
    return set() if word in ORDINALS else group_kinds({word, word + "s", singular(word)})


def _opening(sent: Span) -> tuple[str, int] | None:
    """("first", index of the comma) for a sentence opening "The first, ..." or "The fourth company, ..."; ("company",
    ...) for "The company, ..."."""
    words = list(islice((t for t in sent if not t.is_space), 5))  # the first five, not a `Token` for each (issue 18, S19)
    if len(words) < 3 or words[0].lower_ != "the":
        return None
    word = words[1]
    if word.lower_ in ORDINALS:
        if words[2].text == ",":
            return word.lower_, words[2].i
        if len(words) > 3 and words[3].text == "," and words[2].is_lower and words[2].tag_ in {"NN", "NNS"}:
            return word.lower_, words[3].i  # "The fourth company, X, ...", "The fifth official, Deputy Minister X, ..."
        return None
    if words[2].text == "," and word.tag_ == "NN" and word.is_lower and (word.lower_ in TARGET_NOUNS or _noun_kinds(word.lower_) == {"Person"}):
        return word.lower_, words[2].i  # "The company, X,", "The broker, X," (a person's noun only with a kind: D17)
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is not None and comma >= 3 and (words[1].like_num or words[1].lower_ in COUNTING) \
            and all(t.is_lower for t in words[2:comma]) and words[comma - 1].tag_ == "NNS" and _noun_kinds(words[comma - 1].lower_):
        return words[comma - 1].lower_, words[comma].i  # "The two shipping firms, A and B, ..." (D17)
    return None


def _announcing_sentence(ctx: DocContext, index: int, word: str) -> Span | None:
    """The nearest sentence before `index` (up to LOOK_BACK) where an announcing word's verb counts a group (for an
    ordinal: "imposed sanctions on three shipping firms") or names a target by `word` after an indefinite ("blacklisted
    a Harbourtown-based haulage company", "The measures also cover a tanker"); None when that action is not today's."""
    for before in action_sentences_before(ctx, index, LOOK_BACK, ANNOUNCING_WORDS):
        for action in (t for t in before if ANNOUNCING_WORDS.fullmatch(t.text)):
            verb = action if action.pos_ in {"VERB", "AUX"} else action.head  # "imposed sanctions on", "The measures cover"
            if verb.lemma_.lower() == "impose" and not imposed_measure(verb):
                continue  # "imposed civil penalties on three firms": an enforcement action (M13)
            if any(_introduced(before, tok, word) for tok in target_nouns(verb)):
                return None if _not_today(ctx, before, verb) else before
    return None


#: Nouns that count or gather what follows their "of" ("a string of companies", "a group of shipping firms"): the
#: targets are the "of" object's.
PARTITIVES = frozenset({"string", "number", "series", "group", "network", "web", "ring", "range", "host", "handful", "pair"})


def target_nouns(verb: Token) -> list[Token]:
    """The nouns an action's verb takes as its targets: its object or passive subject, the objects of its "on" (after
    the verb or its object: "imposed sanctions on a broker and on two firms"), their conjuncts and appositions, and
    the "of" object of a partitive ("a string of companies"). Not the nouns of a relative clause or of a "for" / "to"
    phrase ("sanctioned a company that shipped engines to a drone maker": the maker is no target). Review V5,
    finding 5."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    for holder in [verb, *heads]:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                for on in [prep, *prep.conjuncts]:
                    heads += [c for c in on.children if c.dep_ == "pobj"]
    out: list[Token] = []
    todo = list(heads)
    while todo:
        tok = todo.pop(0)
        if tok in out:
            continue
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in {"conj", "appos"}]
        if tok.lower_ in PARTITIVES:
            todo += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return out


def _introduced(sent: Span, tok: Token, word: str) -> bool:
    """`tok` is the group an ordinal refers to (a plural noun after a number: "three shipping firms") or, for a noun,
    that noun after "a/an" or a number."""
    near = tok.doc[max(sent.start, tok.i - 5):tok.i]
    if word in ORDINALS:
        return tok.tag_ == "NNS" and any(w.like_num or w.lower_ in COUNTING for w in near)
    return tok.lower_ == word and any(w.lower_ in INDEFINITE for w in near)


def _not_today(ctx: DocContext, sent: Span, verb: Token) -> bool:
    """The announced action is no designation of today: denied ("is not designating two other firms"), undone
    ("lifted sanctions on two firms"), in force ("three firms remain designated") or dated before the release ("In
    2019, the Treasury sanctioned three other firms", "sanctioned three firms in 2019")."""
    return negated(verb) or bool(DELISTING.fullmatch(verb.text)) or in_force(verb) \
        or earlier_date_of_action(sent, verb.i, verb.i + 1, ctx.date, after=True) is not None


def _apposed_names(ctx: DocContext, sent: Span, comma: int) -> list[Cluster]:
    """The names set after a counted opening's comma, up to the next comma not inside the list ("The two shipping
    firms, A and B, run ...", "The two firms, A, B and C, ..."): each whole name of a target's kind."""
    doc = sent.doc
    stop = next((t.i for t in doc[comma + 1:sent.end] if t.text in {"(", ";"} or t.text == "," and not _list_comma(ctx, t.i)), sent.end)
    found = candidates(ctx, sent, comma + 1, stop)
    return [c for m, c in found if c.type not in NOT_DESIGNEE_TYPES and not c.authority
            and all(t.is_punct or t.lower_ == "and" or any(x.start <= t.i < x.end for x, _ in found) for t in doc[comma + 1:stop] if not t.is_space)]


def _list_comma(ctx: DocContext, i: int) -> bool:
    """A comma between two names of a list ("A, B and C"): a name right before and right after it."""
    before, after = ctx.resolver.mention_at(i - 1), ctx.resolver.mention_at(i + 1)
    return before is not None and after is not None


def _apposed_name(ctx: DocContext, sent: Span, comma: int) -> Cluster | None:
    """The name set after the opening's comma, before the next comma or parenthesis ("The first, Istanbul-based X, ...",
    "The tanker, the Panama-flagged Y (IMO ...), ...")."""
    doc = sent.doc
    stop = next((t.i for t in doc[comma + 1:sent.end] if t.text in {",", "(", ";"}), sent.end)
    found = candidates(ctx, sent, comma + 1, stop)
    if not found:
        return None
    m, cluster = found[0]  # the first name: "A and B Company" cut in two gives no name, not its second half
    whole = all(t.is_punct for t in sent.doc[m.end:stop])  # "Ltd. Şti.": the name's last full stop stands apart
    return cluster if whole and cluster.type not in NOT_DESIGNEE_TYPES and not cluster.authority else None


#: Verbs of a reported clause that already state a designation (the sentence rules read those) or deny one.
STATING_VERBS = frozenset(ACTING_VERBS | {"impose", "add", "name"})


def reported_designees(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """The subject a U.S. sanctioning body is reported about in the sentence right after a lead that describes its
    targets without naming them: "The United States on Thursday imposed sanctions on a customs broker and a string of
    companies ... . The Treasury Department said X, who runs the brokerage Y, used the firm to ...", "... sanctioned an
    Iraqi businessman, his cousin, ... . OFAC said X, who runs ..., had brought ..." (issue 13, D17). The lead's
    description ("a customs broker", "two chemical companies and three executives") is the only designation of X;
    the name the body's report opens with, and the names coordinated or set beside it ("X and his business partner,
    Z,"), are the described targets, when their kind is one the lead described (people for "a broker", "three
    executives"; companies for "two companies"). Not when the reported clause states its own action (the sentence
    rules read "said it had designated X"), nor after a lead that is no action of today. Confidence 0.6, as a
    described paragraph's."""
    given = {r.subject.name for r in found if r.relation == "designated_by" and r.current}  # not "Canada sanctioned X in 2024"
    out: list[Relation] = []
    for index in range(1, len(ctx.sentences)):
        lead = ctx.sentences[index - 1]
        kinds = _described_kinds(ctx, lead)
        if not kinds:
            continue
        sent = ctx.sentences[index]
        named = {c.index for m in ctx.mentions_in(lead.start, lead.end) if (c := ctx.resolver.cluster_of(m)) is not None}
        nouns = {singular(t.lower_) for verb in _acting_verbs(ctx, lead) for t in described_nouns(lead, verb)}
        for cluster, body in _reported_subjects(ctx, sent, nouns):
            if cluster.name in given or cluster.index in named or cluster.type not in kinds:
                continue  # a name the lead itself names is not one it describes ("mines held by the X Forces"); a kind
                # of group_kinds' (an organisation noun admits a Company too)
            rel = designation_for(ctx, sent, cluster, None, 0.6, extractor, body)
            if rel is not None:
                given.add(cluster.name)
                out.append(rel)
    return out


def _described_kinds(ctx: DocContext, lead: Span) -> set[str]:
    """The kinds of the targets a lead sentence's action of today describes by a common noun after "a/an" or a number
    ("sanctioned a Thai arms broker and three companies": Person, Company...); empty when it describes none."""
    kinds: set[str] = set()
    for verb in _acting_verbs(ctx, lead):
        for tok in described_nouns(lead, verb):
            kinds |= group_kinds(_forms(tok.lower_))  # a noun of no known kind describes none (review V5, finding 5)
    return kinds


def _forms(noun: str) -> set[str]:
    """The noun and its other number, as the group nouns are written ("businessman" -> "businessmen",
    "businesspeople" -> "people", "broker" -> "brokers")."""
    forms = {noun, noun + "s", singular(noun)}
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    if noun.endswith(("people", "person")):
        forms.add("people")
    return forms


def _acting_verbs(ctx: DocContext, lead: Span) -> list[Token]:
    """The lead's verbs of a designation of today ("sanctioned", "imposed sanctions on")."""
    lemmas = token_lemmas(lead.doc)  # the lemmas first, a `Token` only for a verb of acting (issue 18, S19)
    return [t for i in range(lead.start, lead.end) if lemmas[i] in ACTING_VERBS or lemmas[i] == "impose"
            for t in (lead.doc[i],) if t.pos_ == "VERB"
            and not _not_today(ctx, lead, t) and not (lemmas[i] == "impose" and not imposed_measure(t))]


def described_nouns(lead: Span, verb: Token) -> list[Token]:
    """The common nouns after "a/an" or a number among the verb's targets (`target_nouns`), and a definite one a relative
    clause describes ("on the man who runs it"): the targets it describes without naming them."""
    return [tok for tok in target_nouns(verb) if tok.i > verb.i and tok.tag_ in {"NN", "NNS"} and tok.is_lower
            and (any(w.like_num or w.lower_ in INDEFINITE for w in tok.doc[max(lead.start, tok.i - 5):tok.i])
                 or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(c.dep_ == "relcl" for c in tok.children))]


def _reported_subjects(ctx: DocContext, sent: Span, nouns: set[str]) -> list[tuple[Cluster, Cluster]]:
    """(name, reporting body) for the subject of each clause a U.S. sanctioning body is said to report ("The Treasury
    Department said X, who ..., used ...", "OFAC said X and his partner, Z, arranged ...") and the names set beside it.
    A subject set beside a common noun ("Y, the port's harbour master,") is one of the lead's targets only when that
    noun restates one the lead described (`nouns`: "a broker" -> "X, the broker,"; review V5, finding 5)."""
    out: list[tuple[Cluster, Cluster]] = []
    for clause in (t for t in sent if t.dep_ == "ccomp" and t.pos_ in {"VERB", "AUX"} and t.head.lemma_.lower() == "say"):
        if clause.lemma_.lower() in STATING_VERBS or negated(clause):
            continue  # "said it had designated X": the sentence rules read it; "said X was not named"
        body = reporting_body(ctx, clause)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if body is None or not is_home_body(ctx, body) or subject is None or subject.i > clause.i:
            continue
        if any(_states_designation(t) for c in subject.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree):
            continue  # "said X, who was blacklisted in 2019, used ...": X's own action, which the sentence rules date (V5, 4)
        described = [c for c in subject.children if c.dep_ == "appos" and c.tag_ in {"NN", "NNS"} and c.is_lower]
        if described and not any(singular(c.lower_) in nouns for c in described):
            continue  # "The Treasury said Y, a customs inspector, flagged ...": not the lead's "company"
        for m, cluster in names_beside(ctx, sent, subject):
            if not cluster.authority and cluster.type not in NOT_DESIGNEE_TYPES and all(c is not cluster for c, _ in out):
                out.append((cluster, body))
    return out


def _states_designation(tok: Token) -> bool:
    """A designation verb ("who was blacklisted in 2019", "whom OFAC designated in 2021")."""
    return tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in ACTING_VERBS or tok.lower_ in DESIGNATION_FORMS)
