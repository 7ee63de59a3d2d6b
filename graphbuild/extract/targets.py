"""Named targets of a designation in a token window: people, organizations, vessels.

Not authorities, places, programs, a title's complement, a possessor ("Iran's Morality
Police"), or a noun inside a prepositional phrase ("officials of the Government of X"), nor the short form in
parentheses after such a noun ("officials of the Y Council (YC)").
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from .companions import companion_preposition
from .context import DocContext
from .denied_names import denied_name
from .identifier_fields import in_identifier_field
from .modifier_targets import modifies_other_noun
from ..nlp.alias_phrases import epithet_of_name_before
from ..nlp.mention import RANK_NOUNS

NOT_DESIGNEE_TYPES = {"Country", "SanctionsProgram"}
#: Words that end a rank or a judicial post set before a name ("FSB Captain X", "Division General X", "Supreme Court
#: Magistrate X"): a name the model ended on one of them, right before another name, is that name's post.
POST_ENDINGS = frozenset(RANK_NOUNS | {"magistrate", "judge", "prosecutor"})


def candidates(ctx: DocContext, sent: Span, start: int, end: int) -> list[tuple[Mention, Cluster]]:
    """Named targets in a token window: people, organizations, vessels; not authorities, places, programs, title complements."""
    blocked: set[int] = set()
    for title in ctx.titles_in(sent):
        blocked.update(range(title.phrase_start, title.span_end))
    out: list[tuple[Mention, Cluster]] = []
    seen: set[int] = set()
    for m in ctx.mentions_in(max(start, sent.start), min(end, sent.end)):
        named = _named_before(ctx, m) or m  # "(CNE)" after "officials of the Y Council" stands or falls with the name
        if named.start in blocked or m.alias_of is not None or _in_prepositional_phrase(sent.doc, named, blocked, start, ctx.resolver.mention_at) \
                or hyphen_fragment(sent.doc, m.start) or _post_before_name(ctx, m) or in_identifier_field(sent.doc, m.start) \
                or denied_name(sent.doc, named.start) or epithet_of_name_before(sent.doc, m):  # "designated A and B, but not C" (M44)
            continue
        cluster = ctx.entity(m)
        if cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES or cluster.index in seen:
            continue
        if describes_other(sent.doc, m):
            continue
        if in_describing_clause(sent.doc, m, max(start, sent.start)):
            continue  # "X, who leads the Y gang", "C, a firm whose director, D, paid": Y and D describe X and C (D22)
        seen.add(cluster.index)
        out.append((m, cluster))
    return out


def describes_other(doc: Doc, m: Mention) -> bool:
    """The name describes another noun, which is the target: a possessor ("Iran's Morality Police" keeps the police,
    not Iran; "BelAZ's Director" is not BelAZ), a topic's modifier ("targeting Iran's UAV program"), a modifier of a
    noun a name follows ("the LNG carrier X") or of a lower-case noun ("TSJ magistrates", M18; "a X financier", DR).
    Read by `candidates` and by `named_by_alias` (whose short names had passed by it: DR, twenty-seventh session)."""
    if m.end < len(doc) and doc[m.end].tag_ == "POS":
        return True
    return _names_a_topic(doc, m) or _modifies_named_noun(doc, m) or modifies_other_noun(doc, m)


#: Verbs whose relative clause states an action on its subject rather than describing it ("X, who was also designated
#: today"): a name in such a clause may be a target. Lemmas.
ACTING_CLAUSE_LEMMAS = frozenset({"designate", "redesignate", "sanction", "blacklist", "list", "target", "identify", "name", "add"})


def in_describing_clause(doc: Doc, m: Mention, window_start: int) -> bool:
    """The name is a part of a relative clause that describes a noun before it, inside the window: "X, who leads the
    Y gang" (the gang), "C, a buying office whose managing director, D, arranged the payments" (D). Such a name is
    said about a target, it is none itself (issue 13, D22: news stories' "The most prominent name on the list is X,
    who ..." and a colon list's items read whole). The way up from the name's head to the clause's verb must not
    pass a conjunction ("A, a firm that supplied drones, B and C": the parser may hang the list's rest on the clause)
    nor a designation word ("X, whose director, D, is also being designated today")."""
    if _whose_post_holder(doc, m, window_start):
        return True
    tok = doc[m.start:m.end].root
    while tok.head.i != tok.i and tok.i >= window_start:
        if tok.dep_ == "conj" or tok.lemma_.lower() in ACTING_CLAUSE_LEMMAS:
            return False
        if tok.dep_ == "relcl":
            return window_start <= tok.head.i < m.start and not any(
                t.lemma_.lower() in ACTING_CLAUSE_LEMMAS for t in tok.subtree)
        tok = tok.head
    return False


def _whose_post_holder(doc: Doc, m: Mention, window_start: int) -> bool:
    """"a buying office whose managing director, D, arranged ...": the name set off by commas after "whose" and the
    post's lower-case nouns (read on the words: the parser often loses this clause, hanging the post on the firm),
    unless the clause goes on to designate ("whose director, D, is also being designated")."""
    j = m.start - 1
    if j <= window_start or doc[j].text != ",":
        return False
    j -= 1
    while j > window_start and doc[j].is_lower and doc[j].tag_ in {"NN", "NNS", "JJ", "VBG"}:
        j -= 1
    if j < window_start or doc[j].lower_ != "whose" or j == m.start - 2:
        return False
    rest = doc[m.end:min(len(doc), m.end + 12)]
    stop = next((t.i for t in rest if t.text in {".", ";"}), rest.end)
    return not any(t.lemma_.lower() in ACTING_CLAUSE_LEMMAS for t in doc[m.end:stop])


def _named_before(ctx: DocContext, m: Mention) -> Mention | None:
    """The name a short form in parentheses follows ("officials of the Y Electoral Council (CNE)"): the short form stands
    where that name stands, inside its phrase or not (coreference may not tie a short form of other initials to it)."""
    doc = ctx.doc
    if m.start < 2 or doc[m.start - 1].text != "(" or m.end >= len(doc) or not doc[m.end].text.startswith(")"):
        return None
    before = ctx.resolver.mention_at(m.start - 2)
    return before if before is not None and before.end == m.start - 1 else None


def _post_before_name(ctx: DocContext, m: Mention) -> bool:
    """"FSB Captain | X Y", "Division General | Y Z", "Supreme Court of Justice Magistrate | W": a name the model
    ended on a rank or a judge's post, and another name follows at once: the words are the next name's post and unit,
    no target of their own (issue 13, D15: the list item's designee was "FSB Captain", not the officer)."""
    doc = ctx.doc
    if m.end - m.start < 2 or doc[m.end - 1].lower_ not in POST_ENDINGS or m.end >= len(doc) or doc[m.end - 1].whitespace_ == "":
        return False
    after = ctx.resolver.mention_at(m.end)
    return after is not None and after.start == m.end and after.label == "PERSON"


def hyphen_fragment(doc: Doc, start: int) -> bool:
    """A name that starts inside a hyphenated word ("QX" of "NGC-QX", "Country Suppliers" of "Third-Country
    Suppliers"): the model cut the word, and the piece names nobody."""
    return start >= 2 and doc[start - 1].text in {"-", "\u2010", "\u2011"} and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha


def _in_prepositional_phrase(doc: Doc, m: Mention, blocked: set[int], window_start: int,
                             mention_at: Callable[[int], Mention | None] | None = None) -> bool:
    """"officials of the Government of Venezuela", "allies of President X": a noun inside a phrase, not a target. A
    possessor's name is stepped over whole: the "of" inside "the Ministry of Defense's Fourth Division" opens no phrase
    around the unit (issue 13, N7)."""
    j = m.start - 1
    while j >= window_start and mention_at is not None and doc[j].tag_ == "POS" \
            and (owner := mention_at(j - 1)) is not None and owner.end == j and owner.label == "ORG":
        j = owner.start - 1
    root = doc[m.start:m.end].root
    if m.label != "PERSON" and root.dep_ == "pobj" and root.head.i in blocked and root.head.lower_ == "of" \
            and root.head.i < m.start:
        return True  # "an officer of the Soviet KGB": the title's phrase took "the Soviet"; the name is its body (P11)
    while j >= window_start and (j in blocked or doc[j].lower_ in {"the", "a", "an", "its", "his", "her", "their"}
                                 or doc[j].tag_ in {"JJ", "POS", "NNP"} and doc[j].text[:1].isupper()
                                 or doc[j].tag_ == "JJ" and doc[j].dep_ == "amod" and doc[j].is_lower
                                 or doc[j].tag_ in {"NN", "NNS", "POS", "NNP"} and _noun_inside_phrase(doc, j)):
        j -= 1  # a lower-case adjective of the name's phrase: "a director of the former State Planning Committee" (P11)
    return j >= window_start and doc[j].tag_ == "IN" and doc[j].lower_ not in {"as", "including", "like"} \
        and not companion_preposition(doc, j)  # "designated X along with / alongside Y": Y is a target too (M36)


def _noun_inside_phrase(doc: Doc, j: int) -> bool:
    """A common noun or possessive inside a noun phrase ("Maduro's wife X"): part of the phrase, keep walking back."""
    return doc[j].tag_ in {"NN", "NNS", "POS"} or (doc[j].tag_ == "NNP" and j + 1 < len(doc) and doc[j + 1].tag_ == "POS")


TOPIC_NOUNS = {"program", "programs", "programme", "programmes", "sector", "sectors", "industry", "industries", "project",
               "projects", "economy", "trade"}
#: Lower-case nouns a family name modifies to tell who rules or owns ("the Kessel-Brekke regime", "the Oravec family"):
#: the name is no body of its own, so no designee (R, twenty-third session: a real release's lead sentence "is
#: targeting the X-Y regime's repression" designated a person named "X-Y").
RULER_NOUNS = frozenset({"regime", "regimes", "family", "families"})


def _names_a_topic(doc: Doc, m: Mention) -> bool:
    """A name that only modifies a lower-case topic noun after it ("the UAV program", "Iran's petroleum sector"), or
    the ruler's noun right after it ("the X-Y regime's repression", "the X family")."""
    root = doc[m.start:m.end].root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.i < m.end or not head.is_lower:
        return False
    return head.lower_ in TOPIC_NOUNS or head.i == m.end and head.lower_ in RULER_NOUNS


#: Determiners before a name that modifies the noun after it ("the LNG carrier X", "another Erbil trading house, Y").
MODIFIER_DETERMINERS = frozenset({"the", "a", "an", "another"})


def _modifies_named_noun(doc: Doc, m: Mention) -> bool:
    """A name that only modifies a lower-case noun which a name then follows: "another Erbil trading house, Kalak
    Energy Group", "the LNG carrier NORTHERN IRIS", "the Lusaka transport company Mumbwa Haulage Limited". The name
    after the noun is the target; the modifier is a place, a cargo or a sector (issue 13, D17: t26_06, t26_07, t29_07)."""
    root = doc[m.start:m.end].root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.i < m.end or not head.is_lower or not head.tag_.startswith("NN") \
            or m.start == 0 or doc[m.start - 1].lower_ not in MODIFIER_DETERMINERS \
            or not all(t.is_lower and t.is_alpha for t in doc[m.end:head.i + 1]):
        return False  # "the <Name> <noun>", "another <Name> trading house": not a list item's "X S.A. - hotel, ..." 
    named_after = any(c.dep_ == "appos" and c.tag_ in {"NNP", "NNPS"} for c in head.children)
    return named_after or head.dep_ == "compound" and head.head.i > head.i and head.head.tag_ in {"NNP", "NNPS"}


TARGET_TYPES = {"Person", "Company", "Organization", "Vessel"}


def named_by_alias(ctx: DocContext, sent: Span, start: int, end: int) -> list[tuple[Mention, Cluster]]:
    """"X is also being designated": a short name the release defined ("Given Middle X Y (X)") that the model
    did not tag here, or tagged in part ("Y" of "X Y"). A run of capitalised words in the
    window that is exactly a form of an earlier target-like name, and not part of a longer tagged name, stands for it.
    Not a name that describes another noun, as in `candidates` (`describes_other`: "The United Kingdom is
    concurrently sanctioning X's leader", "designating a X financier": the leader and the financier are the targets;
    issue 13, DR)."""
    doc = sent.doc
    lo, hi = max(start, sent.start), min(end, sent.end)
    inside = {i: m for m in ctx.mentions_in(lo, hi) for i in range(m.start, m.end)}
    forms: dict[str, Cluster] = {}
    for cluster in ctx.resolver.clusters:
        if cluster.type in TARGET_TYPES and not cluster.authority and ctx.resolver.entity(_first_mention(ctx, cluster)) is cluster:
            for form in cluster.forms:
                forms.setdefault(form, cluster)
    out: list[tuple[Mention, Cluster]] = []
    j = lo
    while j < hi:
        k = j
        while k < hi and doc[k].is_alpha and doc[k].text[:1].isupper() and k - j < 4:
            k += 1
        cluster = forms.get(doc[j:k].text) if k > j else None
        whole = all(j <= inside[i].start and inside[i].end <= k for i in range(j, k) if i in inside)
        if cluster is not None and whole and cluster.first_token < j and all(c.index != cluster.index for _, c in out):
            alias = Mention(j, k, doc[j:k].text, "PERSON" if cluster.type == "Person" else "ORG", cluster=cluster.index)
            if not _in_prepositional_phrase(doc, alias, set(), lo) and not describes_other(doc, alias):
                # "sanctioned seven members of the X group" (D17); "sanctioning X's leader", "a X financier" (DR)
                out.append((alias, cluster))
        j = max(k, j + 1)
    return out


def _first_mention(ctx: DocContext, cluster: Cluster) -> Mention | None:
    return ctx.resolver.mention_at(cluster.first_token)


def whole_name(ctx: DocContext, cluster: Cluster) -> Cluster | None:
    """"A B, C and D are designated" where the model read D alone and did not tie it to "Given D" named before (typed
    otherwise, as an organization): a one-word designee that is the last word of exactly one longer name named before it
    is that name; a bare surname is never exported as an entity."""
    if " " in cluster.name or cluster.authority or not cluster.name[:1].isupper() or cluster.name.isupper():
        return None
    word = cluster.name.casefold()
    whole = [c for c in ctx.resolver.clusters if c is not cluster and not c.authority and c.type in TARGET_TYPES
             and c.first_token < cluster.first_token and len(c.name.split()) >= 2 and c.name.split()[-1].casefold() == word]
    return whole[0] if len(whole) == 1 else None

