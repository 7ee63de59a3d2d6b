"""Join the pieces of a public body's name the model cuts in two (issue 13, N6).

`en_core_web_sm` stops a long body name at its head noun or at a coordinated word: "Main Directorate | for the |
Execution of Criminal Sentences", "Directorate of Artillery | and | Armour" (the tail even read as a person). A post
is then put on the first piece, a body the release never names. The pieces are joined here from the words alone:

- a name ending on a body's head noun ("Directorate", "Department", "Bureau", ...), then "for" / "of" (and "the";
  "Force" only before "for", a legislature's "Congress" only before "of"),
  then a capitalised name that opens on no head noun of its own (that would be a second body: "the Directorate of
  the Ministry of Justice") and is no place ("the Department | of | Iran");
- a name holding "of" and a head noun, then "and" and one to three capitalised words closing the name (the next word
  in lower case or "of"), none of them a place, a company, an acronym, a month or a head noun ("the Ministry of Energy
  and OFAC", "the Bureau of X and the Bureau of Y" are two bodies);
- a body, "'s" and a body ending on "Province": an armed group's branch is named with its parent ("<Group>'s <Region>
  Province"), the gold's and the release's own name for it.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import CALENDAR_WORDS, Mention, by_token

#: head nouns of public bodies whose name goes on with "for the ..." / "of the ..." / "and ..."; no military unit
#: ("61st Division | of the | <Defence Forces>" is a unit of a force the gold names apart)
HEADS = frozenset({"Ministry", "Office", "Department", "Secretariat", "Directorate", "Bureau", "Command", "Agency",
                   "Administration", "Commission", "Committee", "Council", "Service", "Board", "Authority",
                   "Court", "Directorates", "Inspectorate", "Headquarters", "Centre", "Center", "Institute"})
#: heads whose name goes on only with "for (the) ...": "Special Force for the Fight Against X" is one body, but
#: "<Unit> Force of the <Corps>" is a unit of a force the gold names apart (twenty-fourth session, M)
FOR_HEADS = frozenset({"Force"})
#: legislatures, whose name goes on only with "of (the) ...": "Congress of the Republic (of Y)"; "the People's
#: Assembly for <district>" names the seat's district, not the assembly (twenty-fourth session, M)
OF_HEADS = frozenset({"Congress", "Parliament", "Assembly", "Senate"})
#: nouns of a branch written with its parent's possessive ("<Group>'s <Region> Province")
PARTS = frozenset({"Province"})
#: field words closing a body's name after "and" that the model may read as a person ("Directorate of Artillery and
#: Armour"); any other person-tagged word there is a person's name ("the Committee of State Security and <Surname>"
#: are two designees, M16)
FIELD_WORDS = frozenset({"Armour", "Armor", "Mines", "Justice", "Logistics", "Defence", "Defense", "Security",
                         "Intelligence", "Finance", "Trade", "Industry", "Energy", "Health", "Education", "Labour",
                         "Labor", "Communications", "Information", "Culture", "Transport", "Agriculture", "Welfare",
                         "Tourism", "Planning", "Investment", "Development", "Reconstruction", "Supply", "Procurement",
                         "Control"})
_JOINERS = frozenset({"of", "and", "for", "the", "in", "on", "'s", "\u2019s", "-"})
_MAX_TAIL = 8


def _caps(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()


def _tail_end(doc: Doc, start: int, owner: dict[int, Mention]) -> int | None:
    """End of the capitalised name opening at `start` ("Execution of Criminal Sentences"): the model's ORG mention
    there, else a run of capitalised words and joiners closed by a capitalised word; None when no such name."""
    m = owner.get(start)
    if m is not None:
        return m.end if m.label == "ORG" and m.start == start and not m.authority else None
    k, last = start, None
    while k < len(doc) and k - start < _MAX_TAIL and (_caps(doc[k].text) or doc[k].lower_ in _JOINERS):
        if doc[k].text in CALENDAR_WORDS or (k in owner and owner[k].label != "ORG"):
            break
        if _caps(doc[k].text):
            last = k + 1
        k += 1
    return last


def cut_body_runs(doc: Doc, mentions: list[Mention], title_heads: frozenset[str] = frozenset(),
                  body_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of body names the model cut at a "for/of the" tail or a coordinated last word; a title word
    before a name after "and" ("the Ministry of Interior and Minister X") opens no tail; "and Justice" closing one does; a word of a person's name
    named elsewhere, or a person-tagged word other than a field word, ends none ("... and <Surname>", M16)."""
    owner = by_token(mentions)
    names = {doc[x].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1 for x in range(m.start, m.end)}
    runs: list[tuple[int, int]] = []
    for m in mentions:
        if m.label != "ORG" or m.authority or (runs and m.start < runs[-1][1]):
            continue
        end = m.end
        part = owner.get(end + 1) if end + 1 < len(doc) and doc[end].text in {"'s", "\u2019s"} else None
        if part is not None and part.start == end + 1 and part.label == "ORG" and doc[part.end - 1].text in PARTS:
            runs.append((m.start, part.end))  # "Islamic State's | Khorasan Province": a branch named with its parent
            continue
        if end + 1 < len(doc) and (doc[end - 1].text in HEADS and doc[end].lower_ in {"for", "of"}
                                   or doc[end - 1].text in FOR_HEADS and doc[end].lower_ == "for"
                                   or doc[end - 1].text in OF_HEADS and doc[end].lower_ == "of"):
            j = end + 1 + (doc[end + 1].lower_ == "the")
            if j < len(doc) and _caps(doc[j].text) and doc[j].text not in HEADS:
                k = _tail_end(doc, j, owner)
                if k is not None and not any(doc[x].text in HEADS for x in range(j, k)):
                    runs.append((m.start, _headless_tail(doc, k, owner, names, body_words) or k))
                    continue
        words = {t.text for t in doc[m.start:end]}
        if words & HEADS and words & {"of", "for"} and (tail := _headless_tail(doc, end, owner, names, body_words)) is not None:
            runs.append((m.start, tail))  # "the Federal Agency for Fisheries | and | Ocean Transport"
            continue
        if not (words & HEADS and "of" in words) or end + 1 >= len(doc) or doc[end].lower_ != "and":
            continue
        k = end + 1
        while k < len(doc) and k - end <= 3 and _caps(doc[k].text) and doc[k].text not in HEADS | CALENDAR_WORDS \
                and doc[k].text not in names and not (doc[k].lower_ in title_heads and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()) \
                and (k not in owner or owner[k].label == "PERSON" and owner[k].end - owner[k].start == 1
                     and doc[k].text in FIELD_WORDS):
            k += 1
        if k > end + 1 and (k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].is_punct) and doc[k - 1].text != "-":
            runs.append((m.start, k))
    return runs


def _body_word(text: str, body_words: frozenset[str]) -> bool:
    return text in HEADS or text.lower() in body_words


def _caps_run(doc: Doc, start: int, limit: int) -> int:
    """End of the capitalised words from `start` (at most `limit` of them)."""
    k = start
    while k < len(doc) and k - start < limit and _caps(doc[k].text):
        k += 1
    return k


def _headless_tail(doc: Doc, end: int, owner: dict[int, Mention], names: set[str], body_words: frozenset[str]) -> int | None:
    """End of a body's name ending at `end` that goes on with "and" and one to three capitalised words the model read
    as an organization of their own, none of them a body's or firm's word, a person's name or a month, closed by a
    lower-case word or punctuation: "the Federal Agency for Fisheries | and | Ocean Transport" is one agency, the
    tail a field of its name, never a body ("River Transport" held a post). Words written again elsewhere in the
    document are a name of their own ("the Ministry of Energy and Rosneft"), and so is a single word that is no field
    word (`FIELD_WORDS`): a one-word name after "and" is most often a second body or a surname the model read as one
    (review rwb). Issue 13, WB, thirty-third session."""
    k = end + 1
    if k >= len(doc) or doc[end].lower_ != "and" or (tail := owner.get(k)) is None or tail.start != k \
            or tail.label != "ORG" or tail.authority:
        return None
    close = _caps_run(doc, k, 3)
    if close == k or any(_body_word(doc[x].text, body_words) or doc[x].text in names or doc[x].text in CALENDAR_WORDS
                         for x in range(k, close)):
        return None
    if close < len(doc) and doc[close].text[:1].isupper() and not doc[close].is_punct:
        return None
    if close - k == 1 and doc[k].text not in FIELD_WORDS:
        return None  # one word the model read as a body is a body ("... for Security and <Name>"), unless a field word
    if _named_elsewhere(doc, k, close):
        return None  # "the Ministry of Energy and Rosneft" where Rosneft is named again: a body of its own (NM's case)
    return close


def _named_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """The words `start`:`end` are written again elsewhere in the document as a whole name, capitalised alike and with
    no capitalised word right before or after them ("Nordmor shipped", not "Foreign Assets Control"): a name of its
    own."""
    words = [t.text for t in doc[start:end]]
    n = len(words)
    return any(i != start and [t.text for t in doc[i:i + n]] == words
               and not (i > 0 and _caps(doc[i - 1].text)) and not (i + n < len(doc) and _caps(doc[i + n].text))
               for i in range(len(doc) - n + 1) if doc[i].text == words[0])

