"""Part a body's name the model ran over a possessive into the name of its unit (issue 13, N7).

`en_core_web_sm` reads "the Russian Ministry of Defense's Main Intelligence Directorate" and "the Guinean Armed
Forces' Rapid Special Forces Group" as one ORG, so a post held in the unit goes to a body no release names and no gold
lists (the gold names the unit, with its parent as a fallback). Where the model keeps the two apart ("the IRGC's Qods
Force", "the U.S. Secret Service's Cyber Investigative Section") the title rules already put the post on the last body
of the possessive chain and `part_of` ties the unit to its parent; here the joined span is parted the same way when

- the words before the possessive hold a public body's word ("Ministry", "Forces", "Army", "Duma", ...), do not end on
  a place's ("State", "Region", "Province") and name no office holder ("Prosecutor"): "the Prosecutor General's
  Office of X", "the Islamic State's ...", "the Korean People's Army" (no body word before "People's") stay whole,
  and so does a possessive of people inside one name ("Department 53 of the Ministry of the People's Armed Forces");
- the words after it are two or more capitalised words (joiners inside) closing on a capitalised word and holding a
  body's or a unit's word ("Directorate", "Corps", "Group", "Command", "Division", ...): "the Ministry of Oil's
  Distribution Company" stays whole, and so does "<Group>'s <Region> Province", the name an armed group's branch goes
  by (`name_bodies.PARTS`).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention
from .name_bodies import PARTS

#: public body words that name a place or an office holder, not a body that owns a unit
_NOT_OWNER = frozenset({"state", "region", "province", "governorate", "municipality", "base", "house", "intelligence",
                        "prosecutor", "prosecutor's", "mission", "embassy"})
#: unit words a body's unit is named by, besides the public body words
_UNIT_WORDS = frozenset({"department", "division", "unit", "section", "office", "bureau", "branch", "directorate",
                         "committee", "group", "chamber", "institute", "fleet", "detachment"})
#: possessors inside one body's name ("the People's Armed Forces", "the Workers' Party"): no owner of a unit
_NAME_POSSESSORS = frozenset({"people", "peoples", "workers", "women", "children", "martyrs", "veterans", "farmers",
                              "peasants", "youth", "soldiers", "students", "fishers", "mujahideen", "nations"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "-", "&"})


def _owner_words(gaz: Gazetteers) -> frozenset[str]:
    return frozenset(w for w in gaz.public_body_words if " " not in w) - _NOT_OWNER


def _owner_name(doc: Doc, start: int, end: int, owners: frozenset[str]) -> bool:
    """A body's name before a possessive: a capitalised body word inside, no place or people noun right before the
    possessive, no office holder ("Prosecutor General's")."""
    words = doc[start:end]
    return (any(t.lower_ in owners and t.text[:1].isupper() for t in words)
            and doc[end - 1].lower_ not in _NOT_OWNER | _NAME_POSSESSORS
            and not any(t.lower_.startswith("prosecutor") for t in words))


def _unit_name(doc: Doc, start: int, end: int, unit_words: frozenset[str]) -> bool:
    """Two or more words, capitalised but for joiners, closing on a capitalised word and holding a unit's word."""
    words = doc[start:end]
    return (end - start >= 2 and words[0].text[:1].isupper() and words[-1].text[:1].isupper()
            and doc[end - 1].text not in PARTS
            and all(t.text[:1].isupper() or t.lower_ in _JOINERS or t.like_num for t in words)
            and any(t.lower_ in unit_words for t in words))


def possessive_body_splits(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[tuple[int, int]]:
    """Token ranges of the owner and the unit of each ORG mention run over "<body>'s <unit>", in text order."""
    owners = _owner_words(gaz)
    units = owners | _UNIT_WORDS
    runs: list[tuple[int, int]] = []
    for m in mentions:
        if m.label != "ORG" or m.authority:
            continue
        for p in range(m.end - 3, m.start, -1):  # the last possessive: "A's B's C" is C's post
            if doc[p].text not in _POSSESSIVE or doc[p].tag_ != "POS":
                continue
            if _owner_name(doc, m.start, p, owners) and _unit_name(doc, p + 1, m.end, units):
                runs += [(m.start, p), (p + 1, m.end)]
            break
    return runs


#: Bodies of a state that a country's possessive opens ("China's Ministry of Commerce", "Iran's Cabinet").
_STATE_BODY_WORDS = frozenset({"ministry", "government", "cabinet", "parliament", "council"})
#: Bodies that are the state itself: "the Government of Iran's Ministry of X" is one chain, the ministry the state's.
_STATE_ITSELF = frozenset({"government", "republic", "state", "kingdom", "cabinet", "council"})


def cut_country_possessors(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """ "the Export Control Bureau of China's Ministry of Commerce": the model runs the unit's name over "of <country>'s"
    that opens the next body's name; the unit is "Export Control Bureau", the country owns the ministry, and the post
    the sentence gives is the bureau's, not the ministry's (P13's left fault, P14). The mention is cut before "of" and
    the country becomes a place mention of its own when a state's body (`_STATE_BODY_WORDS`, capitalised) follows the
    possessive; a body that is the state itself keeps its name ("the Government of Iran's Ministry of X")."""
    places: list[Mention] = []
    for m in mentions:
        if m.label != "ORG" or m.authority or doc[m.start].lower_ in _STATE_ITSELF or \
                doc[m.start].lower_ == "the" and m.start + 1 < m.end and doc[m.start + 1].lower_ in _STATE_ITSELF:
            continue
        pos = m.end - 1 if doc[m.end - 1].text in _POSSESSIVE else m.end
        if pos >= len(doc) or doc[pos].text not in _POSSESSIVE or pos + 1 >= len(doc):
            continue
        after = doc[pos + 1]
        if not (after.text[:1].isupper() and after.lower_ in _STATE_BODY_WORDS):
            continue
        of = next((k for k in range(pos - 1, max(m.start, pos - 4), -1) if doc[k].lower_ == "of"), None)
        if of is None or of - m.start < 2 or doc[of + 1:pos].text not in gaz.countries:
            continue
        places.append(Mention(of + 1, pos, doc[of + 1:pos].text, "GPE"))
        m.end, m.text = of, doc[m.start:of].text
    return sorted(mentions + [p for p in places if not any(q.start < p.end and p.start < q.end for q in mentions)],
                  key=lambda m: m.start)
