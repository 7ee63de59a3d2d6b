"""Names written with a glued hyphen: "JSC X-Y", a double surname "A B-C", "ABC-QF", "Third-Country Suppliers".

The tokenizer splits a capitalised word at its hyphen ("X", "-", "Y"), and the model or the run
finders then keep only one side: a company loses half its name, a person's double surname is cut, and an
acronym of a branch ("ABC-QF") leaves its second half as a body of its own. A hyphen with no space on either
side between two capitalised proper nouns joins them, so a name that ends or starts at such a hyphen takes the
other side too. Places are never joined ("the Iran-Iraq war" names two countries), nor are lower-case second
parts ("Lebanon-based", "Hizballah-controlled"), which are modifiers, not names.

The same holds for the lower-case particle of a surname ("A B C de D"): the model ends the person at
"C", and the words after the particle are the rest of the surname; and for a body's name the model ends at its
"of" ("the X Territory of | A de B"): the name goes on.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..names import NAME_PARTICLES
from .gazetteers import Gazetteers
from .mention import CALENDAR_WORDS, PERSON_WORD, Mention, by_token
from .not_names import glued_to_previous

#: The labels whose names are joined across a glued hyphen; places, nationalities and programs are not.
JOINED = {"PERSON", "ORG", "VESSEL"}


def _name_piece(tok: Token) -> bool:
    """A capitalised proper noun that can be one side of a hyphenated name."""
    return tok.text[:1].isupper() and tok.text.isalnum() and tok.tag_ in {"NNP", "NNPS"} and tok.lower_ not in CALENDAR_WORDS


def join_hyphen_compounds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each name stretched over the glued hyphens at its edges (a name on the other side merges).
    Both words at the hyphen must be capitalised proper nouns: the surname pass may have made a mention of the
    lower-case half of a Korean given name ("ae" of "X-ae"), and the capitalised half before it makes no name of it."""
    owner = by_token(mentions)
    dropped: set[int] = set()  # id() of mentions merged into another
    for m in sorted(mentions, key=lambda x: x.start):
        if id(m) in dropped or m.label not in JOINED or m.authority:
            continue
        changed = False
        while _name_piece(doc[m.end - 1]) and glued_to_previous(doc, m.end + 1) and _name_piece(doc[m.end + 1]):
            other = owner.get(m.end + 1)
            if other is None:
                new_end = m.end + 2
            elif other is not m and other.start == m.end + 1 and other.label in JOINED and not other.authority:
                new_end = other.end
                dropped.add(id(other))
            else:
                break
            for i in range(m.end, new_end):
                owner[i] = m
            m.end, changed = new_end, True
        while _name_piece(doc[m.start]) and glued_to_previous(doc, m.start) and _name_piece(doc[m.start - 2]):
            other = owner.get(m.start - 2)
            if other is None:
                new_start = m.start - 2
            elif other is not m and other.end == m.start - 1 and not other.authority and (
                    other.label in JOINED or m.label == "PERSON" and _given_name_read_as_place(other)):
                new_start = other.start
                dropped.add(id(other))
            else:
                break
            for i in range(new_start, m.start):
                owner[i] = m
            m.start, changed = new_start, True
        if changed:
            m.text = doc[m.start:m.end].text
    return [m for m in mentions if id(m) not in dropped]


def _given_name_read_as_place(other: Mention) -> bool:
    """"[A]-B C D": one capitalised word the model read as a place or a nationality, glued by a hyphen
    to a person's first word, is the first half of a hyphened given name (a place glued to a person's name is no
    compound English writes; two places stay apart: the person is the test) (NM34)."""
    return other.label in {"GPE", "NORP"} and other.end - other.start == 1


def join_surname_particles(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """A person's name the model ended before a lower-case particle and one or two surname words ("X Y de Z",
    "X Y de la Z"), stretched over them in place; a place after the particle ("... de Venezuela") is not a
    surname. A particle glued by a hyphen ("X Y al-Z") is not read here: the hyphen passes join the names it belongs
    to, and a faction's name modifying a noun ("X Y el-Z loyalists") is no surname (RNM34: stretching over it moved no
    study-set post and made one CHECK false post). The surname words may be a mention the model read as a place or a nationality ("X Y da [Z W]"):
    after a particle that ends a person's name they are the surname, unless they are a country or a demonym (NM34)."""
    owner = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start: m for m in mentions}
    for m in list(mentions):
        if m.label != "PERSON" or m.authority or len(m.text.split()) < 2 or m not in mentions:
            continue
        k = m.end
        while k < len(doc) and k - m.end < 2 and doc[k].text in NAME_PARTICLES:
            k += 1
        placed = starts.get(k) if k > m.end else None
        if placed is not None and placed.label in {"GPE", "NORP"} and not placed.authority and placed.end - placed.start <= 2 \
                and placed.text not in gaz.countries and placed.text not in gaz.demonyms \
                and all(PERSON_WORD.match(t.text) for t in doc[placed.start:placed.end]) \
                and not any(doc[i].whitespace_.count("\n") for i in range(m.end - 1, placed.end - 1)):
            mentions.remove(placed)
            m.end = placed.end
            m.text = doc[m.start:m.end].text
            continue
        j = k
        while j < len(doc) and j - k < 2 and j not in owner and PERSON_WORD.match(doc[j].text) and doc[j].tag_ in {"NNP", "NNPS"}:
            j += 1
        if k == m.end or j == k or (j < len(doc) and not (doc[j].is_punct or doc[j].text[:1].islower())):
            continue
        if doc[k:j].text in gaz.countries or any(doc[i].whitespace_.count("\n") for i in range(m.end - 1, j - 1)):
            continue
        m.end = j
        m.text = doc[m.start:j].text
        owner.update(range(k, j))


#: Words a body's name never ends with: the model sometimes stops its span on them ("Ministry of Foreign Affairs and",
#: "U.S. Agency for", "Standing Committee of the"); the name goes on over the capitalised words after them.
DANGLING_WORDS = {"of", "for", "and"}


def close_dangling_of(doc: Doc, mentions: list[Mention], countries: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """A body's name that ends with "of" (or "for", "and", "of the"; R24) runs on over the capitalised words after it
    (and a lower-case particle between two of them, "A de B"), taking in a mention that starts there; with no name
    after it, the dangling words are dropped. An "and" inside a country's name (`countries`: "Court of Bosnia and |
    Herzegovina") closes the name with the country (twenty-fourth session, M)."""
    starts = {m.start: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    dropped: set[int] = set()
    for m in mentions:
        if m.label != "ORG" or m.authority or m.end - m.start < 2 or id(m) in dropped:
            continue
        last = m.end - 1
        if doc[last].lower_ == "the" and m.end - m.start >= 3 and doc[last - 1].lower_ in DANGLING_WORDS:
            last -= 1  # "Standing Committee of the"
        if doc[last].lower_ not in DANGLING_WORDS:
            continue
        person_ok = doc[last].lower_ == "of"  # "the X Territory of | A de B": the model may read the place as a person
        if last == m.end - 1 and (country_end := _country_across(doc, last, countries)) is not None \
                and not any(o is not m and o.start < country_end and m.end <= o.start and o.label not in {"GPE", "ORG"} for o in mentions):
            dropped.update(id(o) for o in mentions if o is not m and m.end <= o.start < country_end)
            m.end = country_end
            m.text = doc[m.start:m.end].text
            taken.update(range(m.start, m.end))
            continue
        if not person_ok and not _field_body(doc, m.start, last):
            continue  # "X Y and | Z Vial W": two names listed, not one body's
        j = m.end + (1 if last == m.end - 1 and m.end < len(doc) and doc[m.end].lower_ == "the" else 0)
        end = j
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
            nxt = starts.get(end)
            if nxt is not None and nxt is not m and nxt.label in ({"ORG", "GPE", "PERSON"} if person_ok else {"ORG", "GPE"}) \
                    and not nxt.authority:
                dropped.add(id(nxt))
                end = nxt.end
            elif end not in taken and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].lower_ not in CALENDAR_WORDS:
                end += 1
            elif end not in taken and doc[end].text in NAME_PARTICLES and end > j and end + 1 < len(doc) \
                    and doc[end + 1].text[:1].isupper() and end + 1 not in taken:
                end += 1
            else:
                break
        if not person_ok and end > j and (nxt := starts.get(end)) is not None and nxt.label == "PERSON":
            end = j  # "... for Terrorist Financing and | Financial Crimes X | Y-Z": a title before a name
        m.end = end if end > j else last
        m.text = doc[m.start:m.end].text
        taken.update(range(m.start, m.end))
    for m in mentions:
        if id(m) not in dropped and (end := _field_after_and(doc, m, starts, taken)) is not None:
            dropped.update(id(o) for o in mentions if o is not m and m.end <= o.start < end)
            taken.update(range(m.end, end))
            m.end = end
            m.text = doc[m.start:m.end].text
    return [m for m in mentions if id(m) not in dropped]


def _country_across(doc: Doc, k: int, countries: set[str] | frozenset[str]) -> int | None:
    """End of the country's name that token k ("and") is inside of ("Bosnia and Herzegovina", "Saint Vincent and the
    Grenadines"), else None."""
    if doc[k].lower_ != "and" or not countries:
        return None
    for j in range(max(0, k - 2), k):
        for e in range(min(len(doc), k + 4), k + 1, -1):
            if doc[j:e].text in countries:
                return e
    return None


#: Heads of a body named by its field ("Ministry of Labour and Vocational Training")
FIELD_BODY_HEADS = {"ministry", "department", "committee", "commission"}
#: Words of a body that a field after "and" / "for" belongs to ("U.S. Agency for ...")
FIELD_BODY_WORDS = FIELD_BODY_HEADS | {"agency", "office", "bureau", "council", "service", "directorate", "authority"}


def _field_body(doc: Doc, start: int, last: int) -> bool:
    """The words before a dangling "and" / "for" name a body by its field or kind ("Ministry of Foreign Affairs and",
    "U.S. Agency for"), not a person or firm the model ran into the next name."""
    words = {t.lower_ for t in doc[start:last]}
    return bool(words & FIELD_BODY_WORDS)


def _field_after_and(doc: Doc, m: Mention, starts: dict[int, Mention], taken: set[int]) -> int | None:
    """End of "Ministry of Labour [and Vocational Training]" when the model stopped the body's span before "and": the
    capitalised words after "and" that no mention holds, closed by a lower-case word or punctuation, are the
    field's second half (not "the Ministry of Defense and the Army", nor "Department of State and Treasury", an authority)."""
    if m.label != "ORG" or m.authority or m.end - m.start < 3 or doc[m.start].lower_ not in FIELD_BODY_HEADS \
            or doc[m.start + 1].lower_ not in {"of", "for", "on"} or m.end + 1 >= len(doc) or doc[m.end].lower_ != "and":
        return None
    if (nxt := starts.get(m.end + 1)) is not None and nxt.label == "ORG" and not nxt.authority:
        taken = taken - set(range(nxt.start, nxt.end))  # "[Ministry of Energy] and [Mines]": the model's second body is the field
    end = m.end + 1
    while end < len(doc) and end not in taken and doc[end].text[:1].isupper() and doc[end].is_alpha and end - m.end <= 4 \
            and doc[end].lower_ not in CALENDAR_WORDS and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end == m.end + 1 or end - m.end > 4 or (end < len(doc) and (end in taken or doc[end].text[:1].isupper())):
        return None
    return end


def join_particle_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """A company's name the model cut at a place after a particle: "[Comptoir Minier] du [Mali SARL]" is one body
    when the part after the particle ends with a legal form or company word (not "the ministry of X in Y")."""
    from .company_forms import company_forms  # the legal forms' gazetteer, read once

    forms = company_forms().forms
    ordered = sorted(mentions, key=lambda m: m.start)  # repairs append their mentions at the end
    skip: set[int] = set()
    for n, m in enumerate(ordered):
        if id(m) in skip:
            continue
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        if nxt is not None and m.label in {"ORG", "PERSON"} and not m.authority and nxt.label in {"ORG", "GPE"} and not nxt.authority \
                and nxt.start == m.end + 1 and doc[m.end].lower_ in {"du", "de", "des", "del", "da", "do", "di"} \
                and (doc[nxt.end - 1].text.strip(".,") in forms or doc[nxt.end - 1].lower_ in gaz.company_words) and nxt.end - nxt.start >= 2:
            m.end, m.label = nxt.end, "ORG"
            m.text = doc[m.start:m.end].text
            skip.add(id(nxt))
    return [m for m in mentions if id(m) not in skip] if skip else mentions
