"""Bold people a release names only as another party's post holder, never as designated.

A Treasury release bolds names it does not designate: the officers of a designated firm, an arrested associate, a
company's manager described beside the firm ("Its operations manager, **X**, was arrested", "**X** has been Y's general
manager since 2021", "**X** acts as Y's company secretary", "whose president, **X**, is ..."). The bold-name reading
(`release._bold_names`) took them as designees (issue 13, thirty-first session BH). A designee bolded as a post holder
carries what Treasury gives its designees: a short name defined right after the bold name ("Y's founder, **X** (X),
has promoted ...") or a sentence that designates it (by name or short name) somewhere in the release. A person with
neither is the post holder the text describes, not a target.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import text_now, token_lemmas
from ..nlp.mentions import Mention
from ..records import Relation
from .announcing import default_authority
from .context import DocContext
from .designation_parties import people_count
from .designations_doc_cues import heading_cue
from .release import group_statements
from .titles_words import Title

_KEY = "gb_bold_post_holders"
#: The mark that opens a list item: a bullet or a list number ("- ", "* ", "2. ", "(b) ").
_ITEM_MARK = re.compile(r"\s*(?:[\-*\u2022]|\(?(?:\d{1,3}|[a-z])[.)])\s")
#: Verbs that state a designation of the name's sentence ("is being designated", "OFAC sanctioned").
DESIGNATING_LEMMAS = frozenset({"designate", "sanction", "target"})
#: Verbs whose "as" object is the post the subject holds ("acts as Y's company secretary").
AS_VERBS = frozenset({"act", "serve", "work"})
#: Words that tie a name to the post after it: "is", "has been", "acts as", "also serves as".
LINKING_WORDS = frozenset({"is", "was", "has", "had", "been", "acts", "acted", "serves", "served", "works", "worked", "as", "also",
                           "currently", "now"})
#: Post nouns by which a statement counts or names the people it designates ("their managers", "its leaders").
POST_NOUNS = frozenset({"leader", "leaders", "managers", "directors", "executives", "officers", "commanders", "owners", "heads",
                        "chairmen", "founders"})
#: The post nouns of a company's officers: not a group's "leaders" or "commanders", whom a statement ("three of its
#: leaders") designates without designating the officers of the companies it names (DP, 34th session).
FIRM_POST_NOUNS = POST_NOUNS - {"leader", "leaders", "commanders"}
#: Words of a section heading that designates people ("Designated Individuals", "Persons Sanctioned Today").
PEOPLE_HEADING = re.compile(r"\b(?:individuals?|persons?|people|officials?|leaders?)\b", re.I)
#: Possessive determiners of a post ("its chairman", "whose president").
POSSESSIVES = frozenset({"its", "whose", "their", "his", "her"})


def without_unread_designations(ctx: DocContext, found: list[Relation], read: set[tuple[int, int]],
                                entities: set[int]) -> list[Relation]:
    """`found` without today's designations of `entities` (cluster indices: the release's bold post holders,
    `release_post_holders`, and bold workplaces, `bold_workplaces.release_workplaces`) that no sentence rule read a
    designation of (`read`: (target, sentence start) of those)."""
    dropped = entities - {index for index, _ in read}
    if not dropped:
        return found
    names = {ctx.resolver.clusters[index].name for index in dropped}
    return [r for r in found if not (r.relation == "designated_by" and r.current and r.subject.name in names)]


def release_statements(ctx: DocContext) -> tuple[list[Span], list[Span]]:
    """The release's own statements (neither program-only nor a partner's) and its announcing sentence (a list of
    none or one): the sentences that say whom the release designates."""
    statements = [s.sent for s in group_statements(ctx) if not s.program_only and not s.partner]
    default_authority(ctx)  # sets the announcing sentence: "designated X, nine of its leaders and operatives, and ..."
    return statements, [ctx.announcing_sentence] if ctx.announcing_sentence is not None else []


def release_post_holders(ctx: DocContext) -> set[int]:
    """The entities (cluster indices) of the people whose every bold mention stands beside another party's post, with
    no short name defined after it, and that no sentence designates, in a release whose statements count no people
    and name none by a post (`names_post_holders`: then the post holders are whom the statement designates). A name
    that opens its paragraph (`opens_line`) is that paragraph's subject, as a designee is.
    Where a statement counts them ("four senior officials"), `designation_parties.over_count` weighs the post holders
    against the count; where none does ("the following persons", "a shadow banking network"), the text's structure
    decides. Computed once per document (the rules and the scorer's veto `v:post` ask)."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: set[int] = set()
    statements, announcing = release_statements(ctx)
    if not any(people_count(sent) is not None for sent in statements) \
            and not any(names_post_holders(sent) for sent in statements + announcing):
        designating = designating_nouns(ctx, statements + announcing)

        def holder(sent: Span, m: Mention, cluster: Cluster) -> bool:
            posts = possessed_post(ctx, sent, m)
            return bool(posts) and not posts & designating \
                and not short_name_after(sent, m) and not opens_line(ctx, m) and not under_people_heading(ctx, m)

        out, _ = bold_people_where(ctx, holder)
    ctx.doc.user_data[_KEY] = out
    return out


def bold_people_where(ctx: DocContext, test: Callable[[Span, Mention, Cluster], bool]) -> tuple[set[int], int]:
    """The entities (cluster indices) of the bold people `test` holds for at every bold mention, whom no sentence
    designates and no table row opens, and the number of bold people: the one walk of BH's post holders and DP's firm
    paragraph people (`firm_paragraph_people`), which differ in the test alone."""
    verdict: dict[int, bool] = {}
    clusters: dict[int, Cluster] = {}
    for sent in ctx.sentences:
        for m in ctx.mentions_in(sent.start, sent.end):
            cluster = ctx.entity(m)
            if cluster is None or not m.bold or cluster.type != "Person":
                continue
            clusters[cluster.index] = cluster
            verdict[cluster.index] = verdict.get(cluster.index, True) and test(sent, m, cluster)
    out = {index for index, kept in verdict.items()
           if kept and not designated_somewhere(ctx, index, clusters[index].first_token, clusters[index].last_token)
           and not opens_a_table_row(ctx, index, clusters[index].first_token, clusters[index].last_token)}
    return out, len(clusters)


def designating_nouns(ctx: DocContext, sents: list[Span]) -> set[str]:
    """The lower-case nouns (lemmas) of the release's statements and of every sentence that states a designation: a
    post holder whose post one of them names ("is designating the network, its financial chief, and ...", "Kelso and
    the operations manager are being designated") is the designee that sentence announces (review, RBH)."""
    lemmas = token_lemmas(ctx.doc)
    return {lemmas[t.i] for s in designating_sentences(ctx, sents) for t in s if t.tag_ in {"NN", "NNS"} and t.text.islower()}


def designating_sentences(ctx: DocContext, sents: list[Span]) -> list[Span]:
    """`sents` (the release's statements and announcing sentence) and every sentence that states a designation."""
    lemmas = token_lemmas(ctx.doc)
    return list(sents) + [s for s in ctx.sentences if designates(s, lemmas)]


def designates(sent: Span, lemmas: list[str]) -> bool:
    """A designating verb, not negated, stands in `sent`."""
    return any(lemmas[i] in DESIGNATING_LEMMAS and not any(c.dep_ == "neg" for c in sent.doc[i].children)
               for i in range(sent.start, sent.end))


def names_post_holders(sent: Span) -> bool:
    """The statement designates people by their posts ("the following companies and their managers", "two of the
    group's leaders", "nine of its leaders and operatives"): its post holders are the designees it announces."""
    return any(t.lower_ in POST_NOUNS and t.tag_ in {"NN", "NNS"} for t in sent)


def names_officers(sent: Span) -> bool:
    """The statement designates a company's officers by their post and whose they are ("two companies ... and their
    managers", "its directors"): a post noun of `FIRM_POST_NOUNS` with a possessor. Not "two officers of the armed
    forces", "a director at the ministry" (no possessor: officials the statement counts), nor "three of its leaders"
    (a group's)."""
    return any(t.lower_ in FIRM_POST_NOUNS and t.tag_ in {"NN", "NNS"} and any(c.dep_ == "poss" for c in t.children)
               for t in sent)


def opens_line(ctx: DocContext, m: Mention) -> bool:
    """The name opens its paragraph or stands in a list item ("**X** has been Y's minister of Z since 2024." under "The following
    individuals ..."): the paragraph is about the person, as Treasury describes each designee; a post holder the text
    mentions in a paragraph about another party stands later in it."""
    text = text_now(ctx.doc)
    start = ctx.doc[m.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if not line.strip():
        return True
    # a list item whose first name is this one is that designee's ("2. The network's financial chief, X, ..."); one
    # that opens with a firm ("- Y, whose president, X, ...") is the firm's (review, RBH)
    if not _ITEM_MARK.match(line):
        return False
    cluster = ctx.entity(m)
    return not any(ctx.doc[o.start].idx >= line_start and ctx.entity(o) is not None and ctx.entity(o) is not cluster
                   for o in ctx.mentions_in(0, m.start))


def under_people_heading(ctx: DocContext, m: Mention) -> bool:
    """The name stands under a section heading, not the headline, that designates people ("## Designated
    Individuals"): the heading designates it, as a sentence would (review, RBH)."""
    start = ctx.doc[m.start].idx
    above = [(s, e) for s, e in sorted(ctx.headings)[1:] if e <= start]
    if not above:
        return False
    heading = text_now(ctx.doc)[above[-1][0]:above[-1][1]]
    return heading_cue(heading) == "hd:desig" and bool(PEOPLE_HEADING.search(heading))


def short_name_after(sent: Span, m: Mention) -> bool:
    """A parenthesis opens right after the name with a capitalised word or "a.k.a." ("(Leung)", "(a.k.a. ...)")."""
    doc = sent.doc
    return m.end + 1 < sent.end and doc[m.end].text == "(" and (doc[m.end + 1].text[:1].isupper() or doc[m.end + 1].lower_.startswith("a.k.a"))


def possessed_post(ctx: DocContext, sent: Span, m: Mention) -> set[str]:
    """The head nouns (lemmas) of the posts another party owns that the name stands beside ("Its operations manager, X",
    "X is Y's general manager", "X acts as Y's company secretary"): the post noun is one of the sentence's titles and
    has a possessor. Empty where there is none."""
    root = sent.doc[m.start:m.end].root
    posts: list[Token] = []
    if root.dep_ == "appos":
        posts.append(root.head)  # "Its operations manager, **X**, was arrested"
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verb = root.head
        posts += [c for c in verb.children if c.dep_ in {"attr", "acomp"}]  # "**X** has been Y's general manager"
        if verb.lemma_.lower() in AS_VERBS:  # "**X** acts as Y's company secretary"
            posts += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    titles = ctx.titles_in(sent)
    lemmas = token_lemmas(sent.doc)
    owned = [t for t in titles for post in posts if any(c.dep_ == "poss" for c in post.children) and t.start <= post.i < t.end]
    owned += [t for t in titles if _owned(sent, t) and _beside(sent, m, t)]  # the same words the parse did not link
    return {lemmas[t.end - 1] for t in owned if t.end > t.start}


def _owned(sent: Span, title: Title) -> bool:
    """The post has a possessor: "Y's general director", "its chairman", "whose president"."""
    doc = sent.doc
    return any(doc[i].tag_ == "POS" or doc[i].lower_ in POSSESSIVES for i in range(max(sent.start, title.phrase_start), title.start))


def _beside(sent: Span, m: Mention, title: Title) -> bool:
    """The post stands right before the name, a comma between ("Y's general director, X,"), or after it past a copula
    or "acts as" ("X has been Y's general manager", "X acts as Y's company secretary")."""
    doc = sent.doc
    if title.end == m.start - 1 and doc[title.end].text == "," and m.end < sent.end and doc[m.end].text == ",":
        return True
    between = [doc[i].lower_ for i in range(m.end, title.phrase_start)]
    return m.end < title.phrase_start <= m.end + 4 and all(w in LINKING_WORDS for w in between)


def designated_somewhere(ctx: DocContext, index: int, first: int, last: int) -> bool:
    """A sentence naming entity `index` states a designation (not a negated one: "X is not being designated today")."""
    lemmas = token_lemmas(ctx.doc)
    seen: set[int] = set()
    for other in mentions_of(ctx, index, first, last):
        k = ctx.sentence_index(other.start)
        if k in seen:
            continue
        seen.add(k)
        if designates(ctx.sentences[k], lemmas):
            return True
    return False


def opens_a_table_row(ctx: DocContext, index: int, first: int, last: int) -> bool:
    """A mention of entity `index` fills the first cell of a table row ("X | PRC | Director, Y" under "The following
    individuals were designated today"): a release's table lists the targets it describes, so the row, not the prose
    post beside the bold name, says what the person is (the lead, thirty-first session)."""
    text = text_now(ctx.doc)
    for other in mentions_of(ctx, index, first, last):
        start = ctx.doc[other.start].idx
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if "|" in line and not text[line_start:start].strip(" \t|*"):
            return True
    return False


def mentions_of(ctx: DocContext, index: int, first: int, last: int) -> Iterator[Mention]:
    """The mentions of entity `index` in text order, from its first token to the start of its last mention `last`."""
    for other in ctx.mentions_in(first, len(ctx.doc)):
        if other.start > last:
            break
        cluster = ctx.entity(other)
        if cluster is not None and cluster.index == index:
            yield other
