"""A deputy named through the person deputised: "A's deputy, B", "his deputy, B", "his deputy on the board, B", "his
second-in-command, B".

The phrase names no body, but the person deputised does: a deputy serves under A, at the body A heads ("A, who has led
Y since 2022, and his deputy, B": B is Y's deputy). GUIDELINES: the object is the organization the text names or
clearly implies; the readable gold gives each such deputy the body A heads (t26_02, t6_03, t9_03, t14_01, t3_07). The
body is the one of A's head posts (leader, head, director, founder, commander, minister; current ones first), else
of A's current posts; A with no post the rules read, or with such posts at two bodies, gives none.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_words
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME, _possessive

#: The classes of the posts a deputy stands in for ("founded Y and has directed it since; ... previously worked as a
#: systems engineer at Z": Y); titles.yaml's classes.
HEAD_CLASSES = frozenset({"head", "director", "commander", "founder", "minister", "secretary"})

#: Words that may follow "deputy" before the comma and the name: "his deputy on the board, B".
ON_WORDS = frozenset({"on", "in", "at", "the", "board", "commission", "council", "committee"})


def deputy_roles(ctx: DocContext, found: list[Relation]) -> Iterator[Relation]:
    """The posts of deputies whose principal heads exactly one body among `found` (the rules' posts)."""
    posts: dict[str, list[Relation]] = {}
    for rel in found:
        if rel.relation == "holds_role":
            posts.setdefault(rel.subject.name, []).append(rel)
    if not posts:
        return
    doc = ctx.doc
    lowers = token_words(doc)[1]
    for sent in ctx.sentences:
        for i in range(sent.start, sent.end):
            if i - 1 < sent.start or lowers[i] not in DEPUTY_STARTS:
                continue  # the word first, a `Token` only for a deputy's word (issue 18, S19)
            end = _deputy_end(i, sent.end, lowers)
            if end is None:
                continue
            principal = _principal(ctx, sent, i)
            deputy = _named_after(ctx, sent, end)
            if deputy is None and principal is not None and _possessive(doc[i - 1]) and _appositive_ends(doc, sent, end):
                owner = ctx.resolver.mention_at(i - 2)
                if owner is not None:
                    deputy = _named_before(ctx, sent, owner.start)  # "B (B), A's deputy for security, supervised ..."
            if principal is None or deputy is None or deputy is principal:
                continue
            bodies = {r.object.name: r for r in _stood_in_for(posts.get(principal.name, []))}
            if len(bodies) != 1 or any(r.subject.name == deputy.name and r.object.name in bodies for r in found):
                continue
            held = next(iter(bodies.values()))
            role = doc[i:end].text.lower()
            yield relation("holds_role", ref(deputy), held.object, sent, NAME, 0.8, role=role, role_class="deputy",
                           current=True)


#: The words of a deputy's post named through the person deputised: "A's deputy, B", "his second-in-command, B" (the
#: tokenizer splits the hyphens off: "second - in - command"). A gang's, a cartel's or an armed group's number two is
#: written so more often than "deputy" (thirty-second session, MB).
DEPUTY_WORDS: tuple[tuple[str, ...], ...] = (("deputy",), ("second", "-", "in", "-", "command"), ("second", "in", "command"))
DEPUTY_STARTS = frozenset(words[0] for words in DEPUTY_WORDS)


def _deputy_end(i: int, limit: int, lowers: list[str]) -> int | None:
    """The index after the deputy's words starting at `i`, or None."""
    for words in DEPUTY_WORDS:
        end = i + len(words)
        if end <= limit and tuple(lowers[i:end]) == words:
            return end
    return None


def _stood_in_for(held: list[Relation]) -> list[Relation]:
    """The posts a deputy of their holder stands in for: the current head posts, else any head post ("founded Y in
    2021", a past verb), else the current posts."""
    heads = [r for r in held if r.role_class in HEAD_CLASSES]
    return [r for r in heads if r.current] or heads or [r for r in held if r.current]


def _principal(ctx: DocContext, sent: Span, i: int) -> Cluster | None:
    """A of "A's deputy" or the person "his"/"her" refers to (the one person named before it in the paragraph); the
    titles leave "A's deputy" out, a tie between people when no body is named (titles.find_titles)."""
    doc = sent.doc
    j = i - 1
    if j < sent.start:
        return None
    if doc[j].lower_ in {"his", "her"}:
        person = ctx.resolver.person_for_pronoun(j)
    elif _possessive(doc[j]) and (m := ctx.resolver.mention_at(j - 1)) is not None:
        person = ctx.entity(m)
    else:
        return None
    return person if person is not None and person.type == "Person" else None


def _named_after(ctx: DocContext, sent: Span, start: int) -> Cluster | None:
    """B of "deputy, B": past "on the board" or a lower-case place of the deputy ("in the group's finance commission",
    "at the charity", "for security") before the comma, and past a rank and its force before the name ("his deputy,
    IRGC-N Captain B", "his deputy, Vice-Senior General B"; R30)."""
    doc = sent.doc
    k = _past_deputy_place(doc, sent, start)
    if k + 1 >= sent.end or doc[k].text != ",":
        return None
    n = k + 1
    while n < sent.end and n - k <= 4 and _rank_word(doc[n]) and _person_at(ctx, n) is None:
        n += 1  # "IRGC-N Captain", "Vice-Senior General", "SAA Colonel"
    return _person_at(ctx, n) if n < sent.end else None


def _named_before(ctx: DocContext, sent: Span, possessor: int) -> Cluster | None:
    """B of "B (B'), A's deputy for security, ...": the name right before "A's" behind a comma (its alias in
    parentheses skipped; R30)."""
    doc = sent.doc
    end = possessor - 1  # the comma before A
    if end <= sent.start or doc[end].text != ",":
        return None
    if doc[end - 1].text == ")":  # "B (B'), A's deputy": step over the alias
        opening = next((i for i in range(end - 2, max(sent.start, end - 8) - 1, -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        end = opening
    return _person_ending(ctx, sent, end)


def _person_ending(ctx: DocContext, sent: Span, end: int) -> Cluster | None:
    """The person whose mention ends right before `end`."""
    m = next((m for m in ctx.mentions_in(sent.start, end) if m.end == end), None)
    person = ctx.entity(m) if m is not None else None
    return person if person is not None and person.type == "Person" else None


#: Words of a time span after "deputy for": "his deputy for two years, B" says how long, not where (M12, review V6).
SPAN_WORDS = frozenset({"year", "years", "month", "months", "decade", "decades", "week", "weeks", "day", "days", "time",
                        "while", "life"})


def _appositive_ends(doc: Doc, sent: Span, start: int) -> bool:
    """"B, A's deputy for security, supervised": the phrase ends at a comma past the deputy's place. "B, A's deputy
    until 2018, now runs a farm" (a span of time, a past post) or "from 2010 to 2018" does not (M12, review V6)."""
    k = _past_deputy_place(doc, sent, start)
    if k == start and k < sent.end and doc[k].lower_ == "since":
        k = _past_since(doc, sent, k)  # "B, A's deputy since 2018, runs the guards": a post held now (F1 item 10)
    return k < sent.end and doc[k].text == ","


def _past_since(doc: Doc, sent: Span, since: int) -> int:
    """The index after "since <date>" ("since 2018", "since May 2019", "since early 2020"): up to four words, a number
    among them, before a comma; `since` when the words are no date."""
    n = since + 1
    while n < sent.end and n - since <= 4 and doc[n].text != ",":
        if not (doc[n].like_num or doc[n].is_alpha):
            return since
        n += 1
    return n if any(doc[i].like_num for i in range(since + 1, n)) else since


def _past_deputy_place(doc: Doc, sent: Span, start: int) -> int:
    """The index after the words that say where the deputy serves: "on the board", "in the security office", "at the
    charity", "in the group's finance commission", "for security" (lower-case words after a preposition); a span of
    time ("for two years") is no place: `start`."""
    k = start
    if k < sent.end and doc[k].lower_ in {"on", "in", "at", "for"}:
        n = k + 1
        while n < sent.end and n - k <= 6 and (doc[n].is_lower and doc[n].is_alpha or _possessive(doc[n])):
            if doc[n].like_num or doc[n].lower_ in SPAN_WORDS:
                return start
            n += 1
        return n
    while k < sent.end and k - start < 4 and doc[k].lower_ in ON_WORDS:
        k += 1
    return k


def _rank_word(tok: Token) -> bool:
    """A word of a rank and its force before a name: capitalised or an acronym, no punctuation but an inner hyphen."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() or tok.text == "-" and not tok.whitespace_


def _person_at(ctx: DocContext, k: int) -> Cluster | None:
    m = ctx.resolver.mention_at(k)
    person = ctx.entity(m) if m is not None and m.start == k else None
    return person if person is not None and person.type == "Person" else None
