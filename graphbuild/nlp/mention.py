"""The mention record, the calendar words and the person-name word shape shared by mention collection and the name repairs.

Kept apart from `mentions.py` so that the repairs it runs (`name_spans`, `name_contexts`) can
import these without importing the collector back (no import cycle).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Mention:
    """A named mention: token range in the doc, cleaned text and a coarse label."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, VESSEL, LAW, PROGRAM
    authority: str | None = None  # canonical gazetteer name when it names an authority
    bold: bool = False
    alias_of: int | None = None  # start token of the mention this one is a parenthesised alias of
    cluster: int | None = None  # filled by coref
    extra: dict = field(default_factory=dict)

    @property
    def start_char(self) -> int:
        return int(self.extra.get("start_char", 0))


def by_token(mentions: list[Mention]) -> dict[int, Mention]:
    """Each token index inside a mention -> that mention (the name repairs' lookup of what the model made of a word)."""
    return {i: m for m in mentions for i in range(m.start, m.end)}


def replace_spans(doc: Doc, mentions: list[Mention], spans: list[tuple[int, int]], label: str) -> list[Mention]:
    """`mentions` without those overlapping any of `spans` (token ranges a name repair found whole), plus one mention
    of `label` per span, in text order: how the repairs put a name they joined in place of its pieces."""
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    kept += [Mention(s, e, doc[s:e].text, label) for s, e in spans]
    kept.sort(key=lambda m: m.start)
    return kept


#: Ranks and forms of address written short before a name ("Amb. X", "Lt. Col. Y", "Dr. Z"): a title, never part of
#: the name nor a name of its own (issue 13, M18: "Amb" was a designee typed Organization, "Cdr. X" a person's name).
#: The tokenizer keeps each whole with a point: spaCy's exceptions hold some, `tokenizer.UNSPLIT_TITLE_ABBREVIATIONS`
#: adds the others.
TITLE_ABBREVIATIONS = frozenset({"amb", "rep", "sen", "gov", "gen", "lt", "col", "maj", "capt", "adm", "brig", "sgt", "dr",
                                 "prof", "hon", "rev", "cdr", "cmdr", "cpl", "supt", "insp", "mr", "mrs", "ms"})

#: The nouns a military or police rank ends in ("Major General", "Senior Lieutenant", "Army Corps General"); kept here
#: so nlp/ passes (name_halves) and extract/ (roles_links, targets) read one list.
RANK_NOUNS = frozenset({"general", "colonel", "major", "captain", "lieutenant", "admiral", "brigadier", "sergeant",
                        "commodore", "marshal", "corporal"})


def title_abbreviation(doc: Doc, i: int) -> bool:
    """Token `i` is a title's abbreviation: "Amb." as one token, or "Amb" with its point split off, capitalised."""
    return (doc[i].text.endswith(".") or point_split_off(doc, i)) and title_word(doc, i)


def point_split_off(doc: Doc, i: int) -> bool:
    """Token `i` is written close to a point that is a token of its own ("Amb" "." "Vantry")."""
    return i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_


def title_word(doc: Doc, i: int) -> bool:
    """Token `i`, less its point, is a title's abbreviation word, capitalised ("Amb", "Capt."): `title_abbreviation`
    without asking for the point."""
    word = doc[i].text.rstrip(".")
    return word[:1].isupper() and word.lower() in TITLE_ABBREVIATIONS


#: Month names, lower case (also the date words `extract.described_dates.earlier_action` reads back over: "March 5, 2024").
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"})
#: Weekday names, lower case.
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Month and weekday names: capitalised, but never part of a proper name.
CALENDAR_WORDS = MONTH_NAMES | WEEKDAY_NAMES
#: The hyphen tokens a name is joined to a word by ("X-linked", a nickname's "al-"): ASCII, hyphen, non-breaking.
HYPHENS = frozenset({"-", "\u2010", "\u2011"})

#: One word of a person's name as written in prose: "Olegovich", "O'Neil", "Al-Amin", "Jr.", or an initial "K.".
#: A list entry's identifier field read as a name: its label, then a number ("DOB 12" of "X (DOB 12 Mar 1988; ...)",
#: "IMO 9911223", "Passport A123"): no entity, and no alias of the name it follows (P10, fifteenth session). A date
#: may be hedged ("DOB circa 1970", "DOB approx. 1970"), and a bare label alone ("DOB") is no name either (M26).
IDENTIFIER_FIELD = re.compile(r"^(?:DOB|D\.O\.B\.|POB|IMO|Passport|Nationality)\b(?:\W*(?:circa|approx(?:imately|\.)?|about|"
                              r"c\.)(?!\w))?\W*\S*\d|^(?:DOB|D\.O\.B\.|POB|IMO|Passport|Nationality)\W*$", re.IGNORECASE)
PERSON_WORD = re.compile(r"^[A-Z][a-z\u00C0-\u024F'\-]+\.?$|^[A-Z]\.$")
