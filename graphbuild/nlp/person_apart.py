"""Two people whose names fit one another, told apart by what the text says of each (issue 13, NM).

"Karim Haddad" fits "Karim Nadir Haddad" (the same first name and surname, the middle name left out), and the resolver
made them one person: a short form usually is the full name again. But a release that introduces each of them says so:

- each naming is followed by an indefinite description of its own, and the two give the man different nationalities
  ("Karim Nadir Haddad, a Lebanese financier, ..." and, later, "Karim Haddad, a Syrian money exchanger, ...");
- each is an entry of one list in bold ("- **Karim Nadir Haddad**, ..." and "- **Karim Haddad**, ..."): a list names
  each of its items once;
- each naming is followed by a birth date, and the two cannot be one date ("(born 12 March 1971)", "(born 4 June 1985)").

Review RN: an indefinite description alone, a bold name alone and a birth date written alone are no sign. A release
introduces one man again with "a ..." ("Karim Haddad, a longtime associate of ...", a new section's "a Beirut-based
money exchanger"), sets his name in bold at each section or repeats the list's entries in a table, and writes one
date in two ways ("born 12 March 1971", "born March 12, 1971", "DOB 12 Mar 1971", "born 1971"); each split him in
two, his posts and designations at a namesake.

Then the shorter name is another person (`coref.DocResolver._person_match`, `short_forms.short_form_owners`), kept
apart from the fuller one across the build too (`coref.Cluster.namesake`). What must still merge does: a short name
without such a sign ("Karim Haddad is the owner of ..."), "Mr. Haddad", a name defined in brackets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mentions import Mention

#: Words that open an indefinite description set beside a name (", a Syrian money exchanger").
INDEFINITE = frozenset({"a", "an"})
#: Words that open a birth statement after a name ("(born 12 March 1971)", ", DOB 4 Jun 1985", "(b. 1962)").
BIRTH_WORDS = frozenset({"born", "dob", "b."})
#: Tokens of an indefinite description read for a nationality (", a dual Lebanese-Syrian national based in ...").
DESCRIPTION_TOKENS = 8
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = tuple(name[:3] for name in MONTH_NAMES)
#: A birth date's parts: (year, month, day), each None when the statement does not give it.
DateParts = tuple[int | None, int | None, int | None]


def introduced(doc: Doc, m: Mention) -> bool:
    """The naming is followed by an indefinite description (", a ...", ", an ...")."""
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in INDEFINITE


def nationalities(doc: Doc, m: Mention, gaz: Gazetteers) -> frozenset[str]:
    """The countries that the indefinite description after the naming gives the person by a demonym or a country's
    name (", a Lebanese financier" -> Lebanon), read up to its first punctuation; empty when there is none."""
    if not introduced(doc, m):
        return frozenset()
    found: set[str] = set()
    for t in doc[m.end + 2:m.end + 2 + DESCRIPTION_TOKENS]:
        if t.is_punct and t.text != "-":
            break
        if t.text in gaz.demonyms:
            found.add(gaz.demonyms[t.text])
        elif t.text in gaz.countries:
            found.add(t.text)
    return frozenset(found)


def birth_statement(doc: Doc, m: Mention) -> str | None:
    """The birth date stated right after the naming (its words up to the closing bracket, semicolon or line; a comma
    only where no year follows it: "born March 12, 1971"), folded; None when none is."""
    k = m.end
    if k < len(doc) and doc[k].text in {"(", ","}:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in BIRTH_WORDS:
        return None
    words: list[str] = []
    for i, t in enumerate(doc[k + 1:k + 12], start=k + 1):
        year_next = i + 1 < len(doc) and re.fullmatch(r"\d{4}", doc[i + 1].text) is not None
        if t.text in {")", ";"} or "\n" in t.text or (t.text == "," and not year_next):
            break
        words.append(t.lower_)
    text = re.sub(r"\b(on|in)\b", " ", " ".join(words))
    return " ".join(text.split()) or None


def date_parts(statement: str) -> DateParts:
    """The year, month and day a folded birth statement gives ("12 march 1971", "march 12 , 1971", "12 mar 1971",
    "1971"); of a date in figures ("12/03/1971": day or month first) the year only."""
    year = next((int(w) for w in re.findall(r"\b\d{4}\b", statement)), None)
    if re.search(r"\d[/.-]\d", statement):
        return year, None, None
    month = next((MONTHS.index(w[:3]) + 1 for w in re.findall(r"[a-z]+", statement)
                  if len(w) >= 3 and any(name.startswith(w) for name in MONTH_NAMES)), None)
    day = next((int(w) for w in re.findall(r"\b\d{1,2}\b", statement) if 1 <= int(w) <= 31), None)
    return year, month, day


def _conflict(a: DateParts, b: DateParts) -> bool:
    """Two birth dates that cannot be one: a part that both give differs (a year alone fits any date of that year)."""
    return any(x is not None and y is not None and x != y for x, y in zip(a, b))


def _entry_line(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The character span of the list or table line that the bold naming opens ("- **X**, ...", "| **X** | ..."); None
    when the naming does not open an entry."""
    start = doc[m.start].idx
    line_start = doc.text.rfind("\n", 0, start) + 1
    if not m.bold or not re.fullmatch(r"[ \t]*([-*\u2022|]|\d{1,3}[.)])[ \t]*", doc.text[line_start:start]):
        return None
    line_end = doc.text.find("\n", start)
    return line_start, len(doc.text) if line_end < 0 else line_end


def one_list(doc: Doc, a: Mention, b: Mention) -> bool:
    """The two namings open two entries of one list or table: every line from one to the other is an entry (no blank
    line or prose between): entries of one list name different items, while the same list repeated elsewhere (a table
    after the list, a bold name at each section) names the same ones again."""
    spans = [_entry_line(doc, a), _entry_line(doc, b)]
    if spans[0] is None or spans[1] is None or spans[0] == spans[1]:
        return False
    first, last = sorted(spans)
    lines = doc.text[first[0]:last[1]].split("\n")
    return all(re.match(r"[ \t]*([-*\u2022|]|\d{1,3}[.)])", line) for line in lines)


def told_apart(doc: Doc, short: Sequence[Mention], whole: Sequence[Mention], gaz: Gazetteers) -> bool:
    """The mentions `short` of a shorter name and `whole` of a fuller one it fits name two people (module docstring)."""
    ours = {c for m in short for c in nationalities(doc, m, gaz)}
    theirs = {c for w in whole for c in nationalities(doc, w, gaz)}
    if ours and theirs and not ours & theirs:
        return True
    if any(one_list(doc, m, w) for m in short for w in whole):
        return True
    births = [date_parts(b) for m in short if (b := birth_statement(doc, m))]
    others = [date_parts(b) for w in whole if (b := birth_statement(doc, w))]
    return bool(births and others) and all(_conflict(x, y) for x in births for y in others)
