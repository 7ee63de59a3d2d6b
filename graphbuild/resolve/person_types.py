"""A person the model typed Organization, told by what the document says of that name (T1, sixteenth session).

The small model types an invented two- or three-word name from its letters: "Lars Udo"-like designees came out
Organization and stayed so in the graph (P11), and without the Person type they got no identifiers for list linking
(P10/P12). The extractors' mention-level cues (`nlp.type_evidence`) read the sentence a name stands in; this step,
after extraction, reads the words right around every mention of a plain Organization's name in the whole text:

- a person's fields stated after it ("; DOB 11 Feb 1979", "Gender Female", "Passport K1234567", ", a Ruritanian
  national"), as `identifiers` reads them;
- a title or rank right before it or opening the name ("Mr.", "Gen.", "Colonel", "Sheikh", "Teniente Coronel");
- a personal pronoun or "who" right after its comma ("X, his company", "X, who ...");
- a family tie ("X is the son of", "X's wife");
- a post held, stated with the name as subject or apposition ("X (Alias) is the chief executive officer of", "X, the
  warden of"), not a post a company holds too (owner, shareholder, member, partner, representative).

The reverse, a Person that is no holder of a post in the document: "X itself", "X, its director", "X and several of its
officials", "X, a foundation registered in Y" make it an Organization ("based in" does not: a smuggler is based
somewhere too).

Only an "Organization" whose name has no organization word (`types.org_kind`), is shaped as a person's name (two to
five words) and is no holder's body in the document changes; every reference of that name in the document changes
with it, so one entity stays one. A `part_of` whose member or whole is a person is dropped (`part_of` joins
organizations only; a post's holder "part of" the department he speaks for split him into a Person and an
Organization of one name).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..names import name_key
from ..nlp.gazetteers import Gazetteers, load_gazetteers
from ..nlp.kin_words import KIN_NOUNS
from ..nlp.mention import RANK_NOUNS, TITLE_ABBREVIATIONS
from ..records import Document, Relation
from .identifiers import (BIRTH_DATE, NATIONALITY, PASSPORT, _mentions, _name_pattern, _organization_fields,
                          _SENTENCE_END, identifiers_in)
from .types import org_kind


class _RankPatterns(NamedTuple):
    title_before: re.Pattern[str]  # a title or rank right before a name: "Gen. ", "Colonel ", "Sheikh "
    rank_opens: re.Pattern[str]  # a rank opening the name itself: "Teniente Coronel X", "Comandante de Z Y"


def _rank_patterns() -> _RankPatterns:
    """Titles and ranks written before a person's name, abbreviated with a point (`mention.TITLE_ABBREVIATIONS`) or
    whole and capitalised (`mention.RANK_NOUNS`, the gazetteer's honorifics and `ranks_before_names`): one source
    with the name readers of nlp/ (M45; this module kept lists of its own)."""
    def make(gaz: Gazetteers) -> _RankPatterns:
        abbreviations = sorted(w.capitalize() for w in TITLE_ABBREVIATIONS)
        ranks = sorted({w.capitalize() for w in RANK_NOUNS | gaz.honorifics | gaz.ranks_before_names}, key=lambda w: (-len(w), w))
        words = "|".join(map(re.escape, ranks))
        return _RankPatterns(
            re.compile(r"(?:\b(?:" + "|".join(abbreviations) + r")\.|\b(?:" + words + r"))\s*$"),
            re.compile(r"^(?:" + words + r")\s+(?:(?:de|del)\s+[A-ZÁÉÍÓÚ][\wáéíóú]+\s+)?"))
    return load_gazetteers().derived("person_types.rank_patterns", make)  # type: ignore[no-any-return]
_GENDER = re.compile(r"\b(?:Gender|Sex)\s*:?\s*(?:Male|Female|M|F)\b")
#: What may stand between the name and the words about it: a parenthesised short name or alias, a quoted nickname.
_ALIAS = r"(?:\s*\([^)]{1,60}\))?(?:\s*,?\s*(?:a\.k\.a\.|aka|alias|known as)\s+\"[^\"]{1,40}\",?)?"
#: "whose" is not here: a group's or a company's ("X, whose fighters ...", "X, whose subsidiaries ...") as often (M33).
_PRONOUN_AFTER = re.compile(r"^" + _ALIAS + r"\s*,\s*(?:his|her|who)\b")
_KIN_AFTER = re.compile(r"^(?:['\u2019]s\s+(?:\w+\s+)?|" + _ALIAS + r"\s*(?:,|\bis\b|\bwas\b)\s*(?:the|a|an)\s+)(?P<noun>[a-z-]+)(?:\s+(?P<second>[a-z-]+))?")
_POST_AFTER = re.compile(r"^" + _ALIAS + r"\s*(?:,\s*|\s+(?:is|was|serves as|served as|works as)\s+)(?:the\s+|a\s+|an\s+|its\s+|[A-Z][\w'’-]*['’]s\s+)?"
                         r"(?:(?:former|current|acting|deputy|senior|chief|top|vice|assistant|general|executive|interim)\s+)*"
                         r"(?P<post>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3})\s+(?:of|for|at|in)\b")
#: Posts a company may hold too ("the owner of", "a member of"): they tell nothing of who holds them.
_COMPANY_POSTS = frozenset({"owner", "owners", "co-owner", "shareholder", "member", "members", "representative", "partner",
                            "operator", "manager", "agent", "subsidiary", "affiliate", "front", "supplier", "part", "one",
                            "unit", "branch"})
_PERSON_FIELDS = (BIRTH_DATE, NATIONALITY, PASSPORT)
#: What says a name is no person's: "X itself", "X, its director", "X and several of its officials", "X, a foundation
#: registered in Y" (not "based in": a smuggler is based somewhere too).
#: ", its" is not here: "X and Y, its largest shareholder" is Y's post at X, the name before (M33, F3 item 3); nor is
#: "a lawyer registered in": "registered in" counts only after a body's noun.
_BODY_NOUNS = (r"(?:company|companies|firm|foundation|entity|vessel|bank|corporation|enterprise|business|subsidiary|"
               r"organi[sz]ation|group|charity|exchange|fund|trust|partnership|venture|cartel|militia|front|network)")
_NOT_PERSON_AFTER = re.compile(r"^" + _ALIAS + r"(?:\s+itself\b|\s+and\s+(?:\w+\s+of\s+)?its\b"
                               r"|\s*,\s*(?:an?|the)\s+(?:[^,.;()]{1,40}?\s)?" + _BODY_NOUNS + r"\s+registered\s+in\b)")
#: A body's noun right by the name ("X, a sister company of", "X, which is the parent company of", "X is a militia",
#: "X, whose fighters"): no person's, whatever else is said of another mention (M33, F3 item 3).
_BODY_AFTER = re.compile(r"^" + _ALIAS + r"\s*(?:,\s*(?:which|that)\s+(?:is|was)\s+|,\s*|\s+(?:is|was)\s+)"
                         r"(?:the|a|an|its|one\s+of\s+(?:the|its))\s+(?:[a-z-]+\s+){0,2}?" + _BODY_NOUNS + r"\b"
                         r"|^" + _ALIAS + r"\s*,\s*whose\s+(?:fighters|militants|members|subsidiaries|affiliates|units|cells|"
                         r"ships|vessels|branches|shareholders|owners)\b")
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")


def _post_said(post: str) -> bool:
    """A post's words ("chief executive officer", "warden") that only a person holds: a title head of the gazetteer, or
    its last word one, and no company post."""
    heads = load_gazetteers().title_heads
    words = post.split()
    if words[0] in _COMPANY_POSTS or words[-1] in _COMPANY_POSTS:
        return False
    return any(" ".join(words[:k]) in heads or words[k - 1] in heads for k in range(len(words), 0, -1))


def _person_shaped(name: str) -> bool:
    """Two to five name words, no digit, not all one long capitalised run of an organization's kind (`org_kind`), not
    ended by a body's noun ("the X Cartel", "the Y Liberation Front": M33)."""
    words = _NAME_WORDS.findall(_rank_patterns().rank_opens.sub("", name))
    return (2 <= len(words) <= 5 and not any(ch.isdigit() for ch in name) and org_kind(name) is None
            and not re.fullmatch(_BODY_NOUNS, words[-1].lower()))


def _spans(text: str, name: str) -> list[tuple[int, int]] | None:
    """The (start, end) of each mention of a person's `name` in the text, tried only where its first word starts
    (`identifiers._mentions`: the document's word starts are made once per text; scanning the whole text for each
    candidate name cost a pass over the text per name); None when the name makes no pattern. As the pattern's
    finditer read them: none starts inside an earlier one ("Ali Ali" in "Ali Ali Ali" once; V9 item 6, M37)."""
    if _name_pattern(name, "Person") is None:
        return None
    spans: list[tuple[int, int]] = []
    for start, end in _mentions(text, (name,), "Person"):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def said_to_be_person(text: str, name: str) -> bool:
    """The document says, right around a mention of `name`, that it names a person (module docstring)."""
    ranks = _rank_patterns()
    if ranks.rank_opens.match(name) and _person_shaped(name):
        return True
    spans = _spans(text, ranks.rank_opens.sub("", name))
    if spans is None:
        return False
    if any(_BODY_AFTER.match(text[end:end + 200].replace("*", "")) for _, end in spans):
        return False
    for start, end in spans:
        before = text[max(0, start - 40):start].replace("*", "")
        after = text[end:end + 300]
        if stop := _SENTENCE_END.search(after):
            after = after[:stop.start()]
        after = after.replace("*", "")
        if ranks.title_before.search(before) or _GENDER.search(after[:120]) or _PRONOUN_AFTER.match(after):
            return True
        if (fields := _organization_fields(after[:120])) is not None and any(identifiers_in(before, fields, _PERSON_FIELDS).values()):
            return True
        if ((kin := _KIN_AFTER.match(after)) and {kin.group("noun"), kin.group("second")} & KIN_NOUNS
                and not re.fullmatch(_BODY_NOUNS, kin.group("second") or "")):
            return True
        if (post := _POST_AFTER.match(after)) and _post_said(post.group("post")):
            return True
    return False


def said_to_be_organization(text: str, name: str) -> bool:
    """The document says, right after a mention of `name`, that it names no person (`_NOT_PERSON_AFTER`)."""
    return any(_NOT_PERSON_AFTER.match(text[end:end + 200].replace("*", "")) for _, end in _spans(text, name) or ())


def retype_people(doc: Document, relations: list[Relation]) -> list[Relation]:
    """The relations with every plain Organization the document says is a person typed Person (refs changed in place),
    and without the `part_of` relations that then join a person."""
    bodies = {name_key(rel.object.name) for rel in relations if rel.relation == "holds_role"}
    holders = {name_key(rel.subject.name) for rel in relations if rel.relation == "holds_role" and rel.subject.type == "Person"}
    candidates = {name_key(ref.name): ref.name for rel in relations for ref in (rel.subject, rel.object)
                  if ref.type == "Organization" and name_key(ref.name) not in bodies and _person_shaped(ref.name)}
    named_people = {name_key(ref.name): ref.name for rel in relations for ref in (rel.subject, rel.object) if ref.type == "Person"}
    people = {key for key, name in candidates.items() if key in holders or said_to_be_person(doc.text, name)}
    organizations = {key for key, name in named_people.items()
                     if key not in holders and said_to_be_organization(doc.text, name)}
    for rel in relations:
        for ref in (rel.subject, rel.object):
            if ref.type == "Organization" and name_key(ref.name) in people:
                ref.type = "Person"
            elif ref.type == "Person" and name_key(ref.name) in organizations:
                ref.type = "Organization"
    return [rel for rel in relations if not (rel.relation == "part_of" and "Person" in (rel.subject.type, rel.object.type))]


__all__ = ["retype_people", "said_to_be_organization", "said_to_be_person"]
