"""Which names a sentence's removing verb takes off a sanctions list (M32, F3 items 1 and 4): the syntax shared by the
delisting reader (extract/delistings.py) and the designation reader, which must not designate a name the same
sentence removes ("OFAC re-designated X and removed Y from the SDN List").

The removal must be asserted (not refused, conditional, someone's claim), from a list (not "removed as chairman"),
and the name must be the verb's object, not its subject (the remover).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import span_text
from ..nlp.mentions import Mention
from .action_sentences import DELISTING, UNDOING_WORDS, undoing_verb
from .named_bodies import authorities_in
from .context import DocContext
from .designation_mood import governing_heads, unrealised
from .designation_windows import negated
from .targets import NOT_DESIGNEE_TYPES
from .todays_clause import states_todays_action

#: A sentence about a sanctions listing: a removal "from office" or "from the board" is no delisting.
LISTING_WORDS = re.compile(r"\b(?:sanction\w*|designat\w*|SDN|list\w*|delist\w*|unblock\w*|blocked)\b", re.I)
#: A general license or an authorization lets dealings go on; it removes nobody from a list.
LICENSE_WORDS = re.compile(r"\bgeneral licen[cs]e|\bauthoriz\w*|\blicens\w*", re.I)
#: How a name may hang below the removing verb: as its object or passive subject, a conjunct of one, or the object of
#: "sanctions on" / "from"; not a name in a description ("the former chairman of Y", "a Y-based firm", "who ...").
DESCRIBING = frozenset({"appos", "acl", "relcl", "amod", "poss", "npadvmod", "compound", "nmod", "advcl", "attr"})
ARGUMENT_PREPOSITIONS = frozenset({"on", "against", "from"})
#: A head above the removing verb that says the removal was not made: refused, requested, proposed (M32, F3 item 1).
NOT_MADE_HEADS = frozenset({"petition", "apply", "ask", "request", "seek", "challenge", "sue", "appeal", "lobby",
                            "refuse", "decline", "deny", "reject", "fail", "oppose", "consider", "propose", "urge"})
#: A verb of saying: what it reports is the speaker's claim unless the speaker is a government body.
REPORTING = frozenset({"say", "claim", "allege", "assert", "argue", "contend", "insist", "report", "believe", "state"})
#: A clause opened by these states a condition or a question, not a removal made.
CONDITIONS = frozenset({"if", "unless", "whether"})
#: A removing verb that names the listing itself: no "from the ... List" needed.
LISTING_VERB = re.compile(r"(?:de-?list|unblock)\w*", re.I)


def _argument(sent: Span, start: int, end: int, verb: Token) -> bool:
    """The name at tokens start..end is what the verb removes, not a name describing it (a body in an apposition,
    a place in "a Y-based firm", a post's organization), up the head chain from the name to the verb."""
    tok = sent.doc[start:end].root
    while tok.i != verb.i:
        if tok.dep_ in {"nsubj", "csubj", "expl"}:
            return False  # the remover ("X removed Y from the board"), not what is removed (M32, F3 item 1)
        if tok.dep_ == "appos" and _colon_item(tok):
            tok = tok.head  # "removed two companies from the SDN List: X and Y": the items the object counts (M35)
            continue
        if tok.dep_ in DESCRIBING or tok.dep_ == "prep" and tok.lower_ not in ARGUMENT_PREPOSITIONS:
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _colon_item(tok: Token) -> bool:
    """`tok` is an apposition after a colon to a common noun ("two companies ...: X and Y"): an item the noun counts."""
    head = tok.head
    return head.i < tok.i and head.tag_ in {"NN", "NNS"} and any(t.text == ":" for t in tok.doc[head.i + 1:tok.i])


def removal_intro(ctx: DocContext, sent: Span) -> Token | None:
    """The made removal from a list that a sentence ending in ":" states, whose items follow ("OFAC removed the
    following from the SDN List:", "The following persons have been delisted:"): its removing verb, else None. Such a
    list's items are removed, not designated (F3 item 5, mended by M35)."""
    if not span_text(sent).rstrip().endswith(":"):
        return None
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} and UNDOING_WORDS.fullmatch(tok.text) and _from_a_list(tok) and _made(ctx, tok):
            return tok
    return None


def _made(ctx: DocContext, verb: Token) -> bool:
    """The removal was made: not negated, not a possibility, a condition or an intention ("petitioned to be removed"),
    not refused ("refused to remove", "denied the petition to remove"), not under "if", not someone's claim ("X claims
    that OFAC removed Y"; "OFAC announced that Y was delisted" is the body's own word) (M32, F3 item 1)."""
    if negated(verb) or unrealised(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will remove ... at a future date": announced, not made
    if _under_condition(verb):
        return False
    # "X petitioned OFAC to be removed", "asked to be delisted"; a gerund under "seeks"
    for complement, head in governing_heads(verb, GOVERNED, steps=4):
        lemma = head.lemma_.lower()
        if lemma in NOT_MADE_HEADS or negated(head):
            return False
        if complement.dep_ == "ccomp" and lemma in REPORTING and head.i < verb.i:  # not "X was removed ..., a spokesperson said"
            speakers = [c for c in head.children if c.dep_ == "nsubj"]
            if not speakers or not any(authorities_in(ctx, s.left_edge.i, s.right_edge.i + 1) for s in speakers):
                return False
        if _under_condition(head):
            return False
    return True


#: How a removing verb hangs on a word that may govern whether the removal was made: the complements
#: `designation_mood.unrealised` climbs, a gerund after a preposition ("for removal"), a clause on a noun.
GOVERNED = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "pobj", "acl"})


def _under_condition(tok: Token) -> bool:
    """An "if" / "unless" / "whether" opens `tok`'s clause."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children)


def _from_a_list(verb: Token) -> bool:
    """The verb removes from a sanctions list: "delisted", "unblocked", "removed ... from the SDN List", "lifted
    sanctions on"; not "removed as chairman", "removed from his post / the board" beside a list named elsewhere in
    the sentence (M32, F3 item 1)."""
    if LISTING_VERB.fullmatch(verb.text):
        return True
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [verb, *heads]  # the parser may hang "from the SDN List" on the object ("removed X and Y from ...")
    heads += [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ARGUMENT_PREPOSITIONS
              for o in c.children if o.dep_ == "pobj"]
    # the noun and the words before it ("the Specially Designated Nationals ... List"), not a description after it
    return any(LISTING_WORDS.fullmatch(w.text) for h in heads for w in h.doc[h.left_edge.i:h.i + 1])


def names(ctx: DocContext, sent: Span) -> Iterator[tuple[Mention, Cluster]]:
    """The people, organizations and vessels the sentence names, once each (not an authority, a place, a program).
    Wider than `targets.candidates`, whose filters are for a designation's window ("sanctions on X" is a topic there)."""
    seen: set[int] = set()
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if m.alias_of is not None or cluster is None or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES \
                or cluster.index in seen:
            continue
        seen.add(cluster.index)
        yield m, cluster


def removed_names(ctx: DocContext, sent: Span) -> Iterator[tuple[Mention, Cluster, Token]]:
    """Each name of the sentence (`names`) that a made removal acts on (its object, from a list), with the removing
    verb. What depends on the verb alone (from a list, made) is asked once per verb, not for each name of a list it
    removes ("OFAC removed A, B, C and D from the SDN List": one verb, four names)."""
    removes: dict[int, bool] = {}
    found: list[tuple[Mention, Cluster, Token]] = []
    described: list[tuple[Mention, Cluster, Token]] = []  # below the verb through a modifier: maybe a glued list item
    for m, cluster in names(ctx, sent):
        verb = undoing_verb(sent, m.start, m.end)  # the designation rules' own test (`undone`)
        if verb is None or not UNDOING_WORDS.fullmatch(verb.text):
            continue  # not "terminated" (a contract, a program)
        if not _argument(sent, m.start, m.end, verb):
            described.append((m, cluster, verb))
            continue
        if verb.i not in removes:
            removes[verb.i] = _from_a_list(verb) and _made(ctx, verb)
        if removes[verb.i] and not designated_beside(sent, verb, m.start, m.end):
            found.append((m, cluster, verb))
    found += _glued_items(sent, found, described)
    yield from sorted(found, key=lambda item: item[0].start)


#: The words that join the names of a list: "A and B", "A, B and C", "A, B, and C".
LIST_JOINERS = frozenset({",", "and"})


def _glued_items(sent: Span, found: list[tuple[Mention, Cluster, Token]],
                 described: list[tuple[Mention, Cluster, Token]]) -> list[tuple[Mention, Cluster, Token]]:
    """The names a removed name's list joins that the parser read as its modifiers: in "removed A Trading FZE and B
    Petroleum LLC from the SDN List" the parser hangs "FZE" on "LLC", so A looked like a description of B (HP,
    thirty-third session). A name followed by only list words (",", "and") up to a removed name of the same verb is
    removed too, right to left along the list; not a name on the remover's side ("A and B removed C")."""
    removed = {m.start: verb.i for m, _, verb in found}
    starts = {m.start for m, _, _ in found}
    glued: list[tuple[Mention, Cluster, Token]] = []
    for m, cluster, verb in sorted(described, key=lambda item: -item[0].start):
        nxt = next((s for s in sorted(starts) if s >= m.end), None)
        between = sent.doc[m.end:nxt] if nxt is not None else None
        if between is None or not len(between) or any(t.lower_ not in LIST_JOINERS for t in between) \
                or removed.get(nxt) != verb.i or _remover_side(sent, m.start, m.end, verb):
            continue
        glued.append((m, cluster, verb))
        removed[m.start] = verb.i
        starts.add(m.start)
    return glued


def _remover_side(sent: Span, start: int, end: int, verb: Token) -> bool:
    """A subject stands between the name and the removing verb: the name is on the remover's side."""
    tok = sent.doc[start:end].root
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in {"nsubj", "csubj", "expl"}:
            return True
        tok = tok.head
    return False


#: A verb that lists a name: "removed X from the SDN List and designated Y" lists Y. The forms a token can take
#: (lower-cased): the tokenizer splits "re-designated" at its hyphen, so no one token is "re-designated".
LISTING_VERB_FORMS = frozenset({"designated", "redesignated", "sanctioned", "resanctioned", "identified"})


def designated_beside(sent: Span, verb: Token, start: int, end: int) -> bool:
    """A listing verb joined to the removing one stands between it and the name: "OFAC removed X from the SDN List
    and designated Y" designates Y. The parser often hangs such a "designated" on Y as an adjective and Y on
    "removed" as a conjunct, so the name looked removed (P13); a "designated" in a clause describing another name
    ("removed X, who was designated in 2019, and Y") is neither the conjunct nor on the name and leaves Y removed."""
    names = set(range(start, end))
    tok = sent.doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i != verb.i and tok.head.i > verb.i:  # "... and designated Y and Z": Z too
        tok = tok.head
        names.add(tok.i)
    return any(t.lower_ in LISTING_VERB_FORMS and (t.head.i in names or t.dep_ == "conj" and t.head.i == verb.i)
               for t in sent.doc[verb.i + 1:start])


#: How a clause hangs on a noun it describes: "X, which had been removed from the SDN List in April".
DESCRIBING_CLAUSES = frozenset({"relcl", "acl", "appos"})


def removed_today_in_description(sent: Span, start: int, end: int) -> bool:
    """The name at start:end is described by a clause that removes it today ("Y, a firm that OFAC removed from the
    SDN List today, is no longer blocked", "Y, which OFAC delisted today"): no designee of the sentence, whatever
    "designated" elsewhere in it reaches. A removal told in passing ("which it had removed in April") is an earlier one
    (`undone_names` leaves the name a designee); one of today is this release's action. Mended by M42 (F4 item 5)."""
    root = sent.doc[start:end].root
    for clause in root.children:
        if clause.dep_ not in DESCRIBING_CLAUSES:
            continue
        words = list(clause.subtree)
        verbs = [t for t in words if DELISTING.fullmatch(t.text)]
        if verbs and states_todays_action(clause) \
                and not any(c.lower_ == "had" for v in verbs for c in v.children):
            return True
    return False


def removed_here(ctx: DocContext, sent: Span) -> set[int]:
    """The clusters a made removal of the sentence acts on: "OFAC re-designated X and removed Y from the SDN List"
    designates X only (M32, F3 item 4), whatever body removed Y."""
    return {cluster.index for _, cluster, _ in removed_names(ctx, sent)}



def undone_names(ctx: DocContext, sent: Span) -> set[int]:
    """The clusters of the names in `sent` that a delisting verb acts on, asserted or not (`undoing_verb` over
    participles: the first verb above one of their mentions removes, lifts, delists ..., or describes what such a verb
    removes), or that a clause removing them today describes (`removed_today_in_description`): a sentence stating a
    removal designates none of them, whatever else it designates (before M35 such a sentence was skipped whole).
    Used by `designations.extract_designations`; moved here from designations.py (review, RC3)."""
    return {cluster.index for m, cluster in names(ctx, sent)
            if undoing_verb(sent, m.start, m.end, over_participles=True) is not None
            or removed_today_in_description(sent, m.start, m.end)}

__all__ = ["LICENSE_WORDS", "LISTING_WORDS", "names", "designated_beside", "removal_intro", "removed_here", "removed_names", "removed_today_in_description", "undone_names"]
