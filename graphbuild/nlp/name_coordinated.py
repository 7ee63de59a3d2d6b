"""A body's name whose coordinated first words the model left out or read apart (issue 13, NM, thirty-third session).

Why: a body named after two or three fields coordinates them before its head noun: "the Major Organised Crime and
Anti-Corruption Agency", "the National Anti-Mafia and Anti-Terrorism Directorate", "the Rwanda Mines, Petroleum and
Gas Board", "the Minerals, Flora and Fauna Unit". The small model tags only the words after "and" with the head
("Anti-Corruption Agency", "Gas Board"), or the first field apart ("Rwanda Mines"), or drops the first field as a
title ("National ..."). The post held there went to a body the release never names, and the gold's body was missed:
one false and one missed relation per post.

`name_joins` joins two bodies' mentions with only "and" between them; here the name is read from its head backwards.
A body's mention that ends in a head noun and stands right after "and" (or, itself holding "X and Y <Head>", right
after a comma) takes in the capitalised words before it, over list commas, when

- an article or a possessive opens them ("the ...", "Jamaica's ..."): one name under one determiner;
- each of them is untagged or inside a body's mention that lies within them (no place, person, authority or
  acronym: "the FBI and Drug Enforcement Administration", "the United States and European Union" stay two);
- none is a head noun or a post ("the Army and Air Force", "the Ministry of X and Y Agency" keep their own heads;
  "the company's Chairman and Audit Committee" names a post), and the words are no plural's list ("the Treasury,
  Commerce and State Departments" name three bodies).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .body_heads import kind_nouns
from .gazetteers import Gazetteers
from .mention import CALENDAR_WORDS, Mention
from .name_bodies import HEADS

__all__ = ["join_coordinated_fields"]

#: `name_bodies.HEADS` in lower case, as the tokens' `lower_` reads them.
HEAD_WORDS = frozenset(h.lower() for h in HEADS)
#: Head nouns closing a field-named body that the gazetteer's kind nouns and `name_bodies.HEADS` leave out.
UNIT_HEADS = frozenset({"unit", "units"})
#: Most words taken in before the "and" (fields and list commas aside).
MAX_WORDS = 6
#: Words that open the coordinated name: one determiner for the whole name.
OPENERS = frozenset({"the", "'s", "\u2019s"})


def join_coordinated_fields(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """`mentions` with each body's name whose coordinated first fields were cut off made whole (module docstring)."""
    if not any(m.start > 1 and doc[m.start - 1].lower_ in {"and", ","} for m in mentions):
        return mentions
    heads = kind_nouns(gaz) | HEAD_WORDS | UNIT_HEADS
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    people = [m for m in mentions if m.label == "PERSON"]
    out = list(mentions)
    for m in sorted(mentions, key=lambda x: x.start):
        if m not in out or m.label != "ORG" or m.authority or m.alias_of is not None:
            continue
        if doc[m.end - 1].lower_ not in heads or not doc[m.end - 1].text[:1].isupper():
            continue
        start = _fields_start(doc, m, owner, heads, gaz, people)
        if start is None:
            continue
        inside = [o for o in out if o is not m and start <= o.start and o.end <= m.start]
        for o in inside:
            out.remove(o)
        m.start, m.text = start, doc[start:m.end].text
        for i in range(start, m.end):
            owner[i] = m
    return out


def _fields_start(doc: Doc, m: Mention, owner: dict[int, Mention], heads: frozenset[str], gaz: Gazetteers,
                  people: list[Mention]) -> int | None:
    """The first token of the coordinated fields before `m`'s name, or None when no such fields stand there."""
    k = m.start - 1
    if doc[k].lower_ == "and":
        pass
    elif doc[k].text == "," and any(t.lower_ == "and" for t in doc[m.start:m.end - 1]) and doc[m.start].text[:1].isupper():
        pass  # "the Rwanda Mines, [Petroleum and Gas Board]": the mention holds the last "and"
    else:
        return None
    if doc[m.end - 1].tag_ == "NNS" and doc[m.end - 1].lower_ not in HEAD_WORDS:
        return None  # "the Treasury, Commerce and State Departments": three bodies under one plural head
    j, words = k - 1, 0
    while j >= 0:
        t = doc[j]
        if t.lower_ in OPENERS:
            break
        if t.is_sent_start and t.lower_ not in OPENERS:
            return None
        if t.text == "," and j + 1 < k and _field_word(doc[j + 1]) and j > 0 and _field_word(doc[j - 1]):
            j -= 1
            continue  # "the Minerals, Flora and ...": a list comma between fields
        if t.text == "-" and not t.whitespace_ and j > 0 and not doc[j - 1].whitespace_ and _field_word(doc[j - 1]):
            j -= 1
            continue  # "Anti-Mafia": a glued hyphen inside one field word
        if not _field_word(t) or t.text in CALENDAR_WORDS:
            return None
        if t.lower_ in gaz.title_heads and not (j + 1 < k and _field_word(doc[j + 1])):
            return None  # "the company's Chairman and Audit Committee": a post, then a body ("Major Organised Crime" qualifies)
        if t.lower_ in heads and not (j + 1 < len(doc) and doc[j + 1].text == "-" and not t.whitespace_) \
                and not (j > 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
            return None  # a field that is a whole body's name of its own ("the Army and Air Force")
        o = owner.get(j)
        if o is not None and not (o.end <= k and (o.label == "ORG" and not o.authority or _lone_person(doc, o, people))):
            return None
        words += 1
        if words > MAX_WORDS:
            return None
        j -= 1
    if j < 0 or j + 1 >= k or doc[j].lower_ not in OPENERS:
        return None
    start = j + 1
    o = owner.get(start)
    if o is not None and o.start < start:
        return None
    if _names_of_their_own(doc, start, k, m, owner, gaz):
        return None
    return start


def _names_of_their_own(doc: Doc, start: int, k: int, m: Mention, owner: dict[int, Mention], gaz: Gazetteers) -> bool:
    """Whether the words between the opener and the "and" (`start`..`k`, before `m`) hold a name of its own, not a
    field: where a post follows `m` (two people coordinated, the second titled after his body), a person's mention or
    a name after a title ("Velmoria's [Vadim Orlek] and Anti-Corruption Agency chief X", "Velmoria's President [Vadim
    Orlek] and Security Council Secretary X"); two bodies the model tagged apart ("Iran's A Exchange, B Trading and
    C Shipping Company"), or one word it tagged a body alone ("the Kremlin and Security Council"); or a name the
    document uses again alone ("Velmoria's Gazmark and Rostal Oil Company ... Gazmark is"). Without a post after the
    head a field read as a person stays a field ("the Region's [Human Resources] and Social Security Department,
    and", "Major [Organised Crime] and ... Agency (MOCA)")."""
    inner = sorted({id(o): o for i in range(start, k) if (o := owner.get(i)) is not None}.values(),
                   key=lambda o: o.start)
    if sum(o.label == "ORG" for o in inner) >= 2:
        return True
    if k - start == 1 and len(inner) == 1 and inner[0].label == "ORG" and inner[0].start == start:
        return True  # one word the model tagged a body, the whole field: "the Kremlin and Security Council"
    post_after = m.end < len(doc) and doc[m.end].lower_ in gaz.title_heads
    for o in inner:
        before = doc[o.start - 1]
        titled = o.start > start and before.lower_ in gaz.title_heads and owner.get(before.i) is None
        if post_after and (titled or o.label == "PERSON"):
            return True
        if any(p.text == o.text and not start <= p.start < k and _alone(doc, p) for p in owner.values()):
            return True  # named again, not in the same coordinated name ("the A and B Agency" twice names one body)
    return False


def _lone_person(doc: Doc, o: Mention, people: list[Mention]) -> bool:
    """A field the model read as a person ("the Minerals, [Flora] and ...", "[Organised Crime] and ..."): a person's
    mention none of whose words another person's name in the document holds (no one named elsewhere)."""
    if o.label != "PERSON":
        return False
    words = set(o.text.split())
    return not any(p.text != o.text and words & set(p.text.split()) for p in people)


def _field_word(t) -> bool:  # noqa: ANN001 - a spaCy Token
    """A capitalised word of a field's name, no acronym ("Organised", "Flora", "Anti"): not "FBI", "U.S.", "2021"."""
    text = t.text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _alone(doc: Doc, p: Mention) -> bool:
    """A mention no "and" or list comma joins to a name after it: "Gazmark is", not "Gazmark and ..."."""
    return p.end >= len(doc) or doc[p.end].lower_ not in {"and", ","}
