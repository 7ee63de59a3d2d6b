"""What a document states to tell one person from another of the same name: birth date, nationality, passport.

Identity across documents is by name (`graphbuild.resolve.index`), so two people called "Reza Karimi", an Iranian
procurement agent born in 1971 in one release and a Canadian fraudster born in 1985 in another, became one node
holding both men's posts and designations. Releases state who is who in the designee's entry ("KARIMI, Reza;
DOB 12 Mar 1971; POB Tabriz, Iran; nationality Iran; Passport K12345678 (Iran)") or in prose ("X, born in 1962",
"an Iranian national, X"). `stated_identifiers` reads them for each person of a document's relations, from the
text right after one of the person's names (up to the end of its sentence or line, or another person's name), and
`conflicting` says when two sets of them cannot be one person: the index then keeps the two apart. The same
identifiers prove nothing more than the name does; what the text does not state never splits anyone. P4, eleventh
session (docs/facts.md).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from ..records import NAMESAKE, Document, EntityRef, Relation
from .dates import normalize_date

#: The keys of `EntityRef.identifiers`, as FollowTheMoney names the same Person and Vessel properties.
BIRTH_DATE, NATIONALITY, PASSPORT, IMO = "birthDate", "nationality", "passportNumber", "imoNumber"
#: A nationality only a description implies ("a Turkish businessman"): weak, it never splits against a stated one (M9).
DESCRIBED_NATIONALITY = "describedNationality"
KEYS = (BIRTH_DATE, NATIONALITY, PASSPORT, IMO, DESCRIBED_NATIONALITY)
#: Which identifiers tell entities of each type apart.
KEYS_OF = {"Person": (BIRTH_DATE, NATIONALITY, PASSPORT, DESCRIBED_NATIONALITY), "Vessel": (IMO,)}
#: A person the model typed Organization ("OFAC also designated <Surname Given Patronymic> (DOB ...; nationality ...)"):
#: a person's fields stated after its name are read too, so that linking rules out a list entry of that name with
#: another birth date or nationality (it linked at 0.97 before: P10's left item; P12, sixteenth session). Only the
#: fields a list writes for people; no description ("a Turkish businessman"), and they keep no namesakes apart in
#: the graph (`NAMESAKE_KINDS` is KEYS_OF's).
PERSON_FIELDS_OF_ORGANIZATION = (BIRTH_DATE, NATIONALITY, PASSPORT)
_STATED_KEYS_OF = {**KEYS_OF, "Organization": PERSON_FIELDS_OF_ORGANIZATION}
#: An Organization named after a preposition is someone's employer or owner ("X, director of Y Group, DOB 1971"):
#: the fields after it are that someone's, so they are not read for it.
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|at|for|with|by|from|in|to)\s+(?:the\s+)?$", re.I)
#: An Organization's own fields open right after its name ("X (DOB ...; nationality ...)", "X, DOB ...; Passport ..."):
#: a field further on is someone else's ("the X Cartel, which Y (born 1950) started", "a militia paid by Y, DOB ...";
#: V8's item 5: a cartel and a militia were given a birth date). A list entry's "(a.k.a. ...; DOB ...)" or "(POB ...;
#: DOB ...)" opens with its own fields too (`_organization_fields`; M30, sixteenth session).
_OWN_FIELD = re.compile(r"[\s*_\"\u201d]*(?P<open>[(,;])\s*(?=(?:DOB|D\.O\.B\.|date of birth|born|POB|place of birth|a\.k\.a\.|"
                        r"nationality|nationalities|citizen(?:ship)?|passport)(?!\w))", re.I)


def _organization_fields(after: str) -> str | None:
    """The words of a person's fields that follow an Organization's name at once (markup such as "**" between them),
    or None when none does. A parenthesis ends them unless more fields follow it ("(a.k.a. ...); DOB ...")."""
    end = 0
    while match := _OWN_FIELD.match(after, end):
        if match.group("open") != "(":
            return after
        close = after.find(")", match.end())
        if close < 0:
            return after
        end = close + 1
    return after[:end] if end else None


_DATE = r"(?:[0-3]?\d(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d|[A-Za-z]{3,9}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d" \
        r"|(?:19|20)\d\d-[01]\d-[0-3]\d|[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d)"
#: A hedged year ("born circa 1970", "born in about 1970") states no birth date: compared as exact it ruled out the list
#: entry of the man, born 1971 (F2's finding 3; M24, fifteenth session). Its span is still a birth date's (not an action's).
#: A date in figures ("12/03/1971", "12.03.1971"): day or month first, so only its year is read (`_birth_date`).
_FIGURES = r"[0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d"
#: "(b. 1962)" is a birth too; "D.O.B." ends in a dot, so no word boundary follows it.
_BIRTH = re.compile(rf"(?:\b(?:DOB|date of birth|born)\b|\bD\.O\.B\.|(?<![\w.])b\.)(?:\s+(?:on|in))?"
                    rf"(?:\s+(?P<hedge>circa|c\.|ca\.|about|approximately|around))?"
                    rf"\s*:?\s*(?P<date>{_FIGURES}|{_DATE})\b(?!\s*(?:to|-)\s*(?:19|20)\d\d)", re.I)
#: A date in a passport's or an ID's field ("Passport K123 issued 12 Mar 2015", "expires 2030-01-01").
_DOCUMENT_DATE = re.compile(rf"\b(?:issued|issue date|date of issue|expir(?:es|ed|y|ation)(?: date)?|valid (?:until|through))\b(?:\s+(?:on|in))?"
                            rf"\s*:?\s*(?P<date>{_DATE})\b", re.I)


def identifier_date_spans(text: str) -> list[tuple[int, int]]:
    """Where the text states a date that tells who someone is, not when anything was done: a birth date ("DOB 12 Mar
    1971", "born in 1962") or a passport's issue or expiry date. No action is dated by them (review V4: a list of
    designees with their dates of birth dated the document, and so every designation, by the last one)."""
    return sorted(m.span("date") for pattern in (_BIRTH, _DOCUMENT_DATE) for m in pattern.finditer(text))


#: A nationality field: right after the name or a list's separator ("; nationality Iran", "(citizenship: Iran)", ", a citizen
#: of Iran"), never inside a clause ("helped clients acquire citizenship of Dominica" is no one's nationality; V2's finding 3).
#: A country the list writes inverted is read whole ("nationality Korea, North": not "Korea", the South's code).
_NATIONALITY = re.compile(r"(?:^|[;,(]|\n)\s*(?:(?i:an?|the)\s+)?(?:(?i:dual)\s+)?\b(?i:nationality|citizen(?:ship)?)\b\s*:?\s*(?:of\s+)?(?:the\s+)?"
                          r"(?P<country>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}(?:,\s+(?:North|South|Democratic Republic of the)\b)?)")
#: "X, a Russian national", "Emirati businessman X": a nationality adjective on a noun that says what the person is.
#: A national or citizen states the nationality; a businessman's adjective only describes him (M9: "a Turkish
#: businessman" in one release and "an Iranian national who also holds Turkish citizenship" in another are one man),
#: yet tells two businessmen of one name and two countries apart (P6).
_NATIONAL_NOUNS, _DESCRIBED_NOUNS = r"(?:national|citizen)", r"(?:businessman|businesswoman|businessperson)"


def _adjective_patterns(nouns: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"X, a <Adj> <noun>" after the name and "<Adj> <noun> X" before it."""
    return (re.compile(r"^\s*,\s*(?:an?\s+)?(?P<adj>[A-Z][a-z]+)\s+" + nouns + r"\b"),
            re.compile(r"\b(?P<adj>[A-Z][a-z]+)\s+" + nouns + r"\s*,?\s*$"))


_NATIONAL_AFTER, _NATIONAL_BEFORE = _adjective_patterns(_NATIONAL_NOUNS)
_DESCRIBED_AFTER, _DESCRIBED_BEFORE = _adjective_patterns(_DESCRIBED_NOUNS)
#: The nationality adjective of an indefinite description set after the name (", a Lebanese financier", ", a senior
#: Syrian official", ", a dual Lebanese-Syrian national"): a described nationality too, as a businessman's (weak). Only
#: before the description's head noun, after at most two lower-case modifiers and no function word: ", a financier for
#: the Syrian regime" says nothing of his own country, nor ", a Beirut-based exchanger" or "a Syrian-born ..." (the
#: hyphen), nor a country's name as residence (", a money exchanger based in Syria"). A national's or citizen's is
#: stated (", a dual Lebanese-Syrian national"). One reader with nlp/person_apart (ID, twenty-ninth session).
_FUNCTION_WORDS = r"(?:of|for|to|in|at|on|with|by|from|the|and|or|but|as|who|whom|which|that|whose)"
_INDEFINITE_AFTER = re.compile(r"^\s*,\s*(?i:an?)\s+(?:(?!" + _FUNCTION_WORDS + r"\b)[a-z][a-z-]*\s+){0,2}"
                               r"(?P<adj>[A-Z][a-z]+)(?:-(?P<adj2>[A-Z][a-z]+))?\s+(?P<noun>[a-z]+)")
#: A second nationality held: "X, an Iranian national who also holds Turkish citizenship" (dual nationality).
_HOLDS_CITIZENSHIP = re.compile(r"\b(?:also\s+)?(?:holds|held|has|had|holding|having)\s+(?:an?\s+)?(?P<adj>[A-Z][a-z]+)\s+"
                                r"(?:citizenship|nationality)\b")
_PASSPORT = re.compile(r"\bpassport(?:\s+(?:No\.?|Number|#))?\s*:?\s*(?P<number>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,})\b", re.I)
#: A vessel's IMO number right after its name: "NORTH WIND (IMO: 9187655)", "IMO No. 9246803" (invented).
_IMO = re.compile(r"\bIMO\s*(?:No\.?|number|#)?\s*:?\s*(?P<number>\d{7})\b")
_IMO_REACH = 60
#: More numbers in the IMO number's own parenthesis or clause ("A and B (IMO 7400001 and 7200002, respectively)"): which
#: is whose is not read, so none is stated (the nearest gave B the number of A and ruled out B's list entry; F2's
#: finding 3; M24, fifteenth session).
_IMO_SHARED = re.compile(r"[^);\n]*?(?:\b\d{7}\b|\brespectively\b)", re.I)
#: Where the words about one person end: a sentence's end (not after an initial or "a.k.a."), a line's, or this far.
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\ba\.k\.a)(?<!\bNo)[.!?](?=\s+[\"\u201c*A-Z])|\n")
_REACH = 400
#: Where the words about one person turn to a relative's ("X, whose son was born in 1990", "X and his wife, born
#: 1980"; V2's finding 3): what follows is the relative's. Lower case only: "Halvik & Sons" is a name.
_KIN = re.compile(r"\b(?:whose|(?:grand|step)?(?:sons?|daughters?|fathers?|mothers?|child|children|parents?)|wife|wives|husbands?|"
                  r"spouses?|brothers?|sisters?|siblings?|nephews?|nieces?|cousins?|uncles?|aunts?|relatives?)\b")
#: A possessive right after a name ("X's son, Y, was born in 1999"): the words after it are about someone else.
_POSSESSIVE = re.compile(r"['\u2019]s(?![\w-])")
#: A word of a person's name (letters first; a vessel's name may start with a digit: `_name_pattern`).
_NAME_WORD = re.compile(r"[^\W\d_][\w'.-]*")


@lru_cache(maxsize=8192)
def _name_pattern(name: str, type_: str = "Person") -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The name as written, or in a list's inverted form ("KARIMI, Reza"), any case, any spacing; a vessel's one-word
    name ("OSPREY") only as written. With the keys (`_key`) of the words a match starts with: the first name word, and
    the last for the inverted form. Made once per name: a long list asks for a thousand of them (V2's finding 4)."""
    words = re.findall(r"[^\W_][\w'.-]*", name) if type_ == "Vessel" else _NAME_WORD.findall(name)
    if len(words) < 2:
        if words and type_ == "Vessel" and len(words[0]) > 2:
            return re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])"), (_key(words[0]),)
        return None
    if type_ == "Vessel":
        return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.I), (_key(words[0]),)
    given, surname = _given_and_surname(name, words)
    plain = r"\s+".join(re.escape(w) for w in given + surname)
    inverted = r"\s+".join(re.escape(w) for w in surname) + r"\s*,\s*" + r"\s+".join(re.escape(w) for w in given)
    return re.compile(rf"(?<![\w-])(?:{plain}|{inverted})(?![\w-])", re.I), tuple({_key(given[0]), _key(surname[0])})


def _given_and_surname(name: str, words: list[str]) -> tuple[list[str], list[str]]:
    """The given names and the surname of a person's name (its words): the last word for "Reza Karimi", the words
    before the comma for a list's "KARIMI, Reza" kept as the entity's name (the text may say either)."""
    head, comma, tail = name.partition(",")
    if comma and "," not in tail:
        surname = _NAME_WORD.findall(head)
        given = _NAME_WORD.findall(tail)
        if surname and given:
            return given, surname
    return words[:-1], words[-1:]


_RUN = re.compile(r"\w+")


def _fold(run: str) -> str:
    """A run of word characters folded as a case-blind pattern (re.I) compares letters: lower() read "IŞIK" as "işik",
    which the name's "ışık" never equals, though re.I matches them (V9 item 6, M37). casefold() ("ſ" -> "s", "ς" ->
    "σ"), the dotless "ı" as "i" (re.I matches it to "I" and "i"), and without the marks casefold() adds ("İ" -> "i̇" ->
    "i"). Two words re.I matches fold alike; a fold may join more ("ß" and "ss"), which only tries a pattern more."""
    if run.isascii():
        return run.lower()
    return re.sub(r"\W", "", run.casefold().replace("ı", "i"))


def _key(word: str) -> str:
    """What a word is looked up by: its first run of word characters, folded (`_fold`: "Al-Hassan" -> "al")."""
    run = _RUN.match(word)
    return _fold(run.group() if run else word)


@lru_cache(maxsize=2)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word (`_key`) starts in the text: made once, so a name is tried only where its first word is. Kept
    for the last texts (read only): `_mentions` asks it for every name of a document, for `person_types` and then for
    the identifiers of the same text (R1, seventeenth session)."""
    index: dict[str, list[int]] = {}
    for run in _RUN.finditer(text):
        index.setdefault(_fold(run.group()), []).append(run.start())  # `_key` of a whole run, not matched again
    return index


def _mentions(text: str, names: Iterable[str], type_: str) -> list[tuple[int, int]]:
    """The (start, end) of every mention of any of the names, sorted; each name tried only where its first word starts
    (`_word_starts`, cached per text)."""
    index = _word_starts(text)
    spans: set[tuple[int, int]] = set()
    for name in names:
        if (found := _name_pattern(name, type_)) is None:
            continue
        pattern, keys = found
        for key in keys:
            for pos in index.get(key, ()):
                if (match := pattern.match(text, pos)) is not None:
                    spans.add(match.span())
    return sorted(spans)


def _segments(text: str, matches: list[tuple[int, int]], other_at: Callable[[int, int], int | None]) -> Iterable[tuple[str, str]]:
    """(the words just before, the words after) each mention (start, end) of the name, the latter up to its
    sentence's or line's end, a relative (`_KIN`) or where another person's name starts (`other_at(from, to)`: the
    first such start). A possessive mention ("X's wife, born 1980") says nothing of X."""
    for start, end in matches:
        if _POSSESSIVE.match(text, end):
            continue
        after = text[end:end + _REACH]
        if stop := _SENTENCE_END.search(after):
            after = after[:stop.start()]
        if stop := _KIN.search(after):
            after = after[:stop.start()]
        if (other := other_at(end, end + len(after))) is not None:
            after = after[:other - end]
        yield text[max(0, start - 40):start], after


def _country(words: str) -> str | None:
    from ..extract.country_codes import to_code

    words = words.strip()
    while words:  # "Iran Passport" -> "Iran": the longest leading run of words that names a country
        code = to_code(words)
        if code:
            return code.upper()
        words = words.rsplit(" ", 1)[0] if " " in words else ""
    return None


def _birth_date(words: str) -> str | None:
    """A stated birth date as ISO at its own precision ("1971-03-12", "1971-03", "1971"); of a date in figures
    ("12/03/1971": the 12th of March or the 3rd of December) the year only, which both readings share."""
    if re.fullmatch(_FIGURES, words):
        return words[-4:]
    date = normalize_date(words, None)
    return None if date is None else date.iso


def identifiers_in(before: str, after: str, keys: Iterable[str] = KEYS) -> dict[str, set[str]]:
    """The identifiers of `keys` stated in the words after a person's name (and a nationality just before it); only
    the patterns of those keys are run (a vessel has no birth date, a person no IMO number)."""
    keys = set(keys)
    found: dict[str, set[str]] = {}
    if BIRTH_DATE in keys:
        for match in _BIRTH.finditer(after):
            if not match.group("hedge") and (date := _birth_date(match.group("date"))) is not None:
                found.setdefault(BIRTH_DATE, set()).add(date)
    if NATIONALITY in keys:
        for match in _NATIONALITY.finditer(after):
            if code := _country(match.group("country")):
                found.setdefault(NATIONALITY, set()).add(code)
        for match in (_NATIONAL_AFTER.search(after), _NATIONAL_BEFORE.search(before), *_HOLDS_CITIZENSHIP.finditer(after)):
            if match is not None and (code := _country(match.group("adj"))):
                found.setdefault(NATIONALITY, set()).add(code)
    if DESCRIBED_NATIONALITY in keys:
        for match in (_DESCRIBED_AFTER.search(after), _DESCRIBED_BEFORE.search(before), _INDEFINITE_AFTER.search(after)):
            groups = match.groupdict() if match is not None else {}
            key = NATIONALITY if re.fullmatch(_NATIONAL_NOUNS + "s?", groups.get("noun") or "") else DESCRIBED_NATIONALITY
            for adj in (groups.get("adj"), groups.get("adj2")):
                if adj and (code := _country(adj)):
                    found.setdefault(key, set()).add(code)
    if PASSPORT in keys:
        for match in _PASSPORT.finditer(after):
            found.setdefault(PASSPORT, set()).add(match.group("number").upper().replace("-", ""))
    if IMO in keys and (match := _IMO.search(after[:_IMO_REACH])) and not _IMO_SHARED.match(after, match.end()):
        found.setdefault(IMO, set()).add(match.group("number"))  # the nearest only: a list goes on to the next vessel's
    return found


def stated_after(text: str, spans: Iterable[tuple[int, int]], others: Iterable[int] = (),
                 keys: Iterable[str] = KEYS_OF["Person"]) -> dict[str, set[str]]:
    """What the text states of one person right after its mentions (start, end), each read up to its sentence's or
    line's end, a relative, or the first of `others` (where another person's name starts): the reader of
    `stated_identifiers`, for one person's mentions. The resolver within a document compares two namings' with
    `conflicting` (nlp/person_apart), as the index compares two documents' people."""
    starts = sorted(others)

    def other_at(lo: int, hi: int) -> int | None:
        k = bisect_left(starts, lo)
        return starts[k] if k < len(starts) and starts[k] < hi else None

    return _stated(text, sorted(spans), other_at, keys)


def _stated(text: str, spans: list[tuple[int, int]], other_at: Callable[[int, int], int | None], keys: Iterable[str],
            organization: bool = False) -> dict[str, set[str]]:
    """The identifiers of `keys` stated after each of one entity's mentions (`_segments`); an organization's only in
    its own fields, and not where its name is a preposition's object ("a director of X, born 1970")."""
    found: dict[str, set[str]] = {}
    for before, after in _segments(text, spans, other_at):
        if organization and (_OBJECT_OF_PREPOSITION.search(before) or (after := _organization_fields(after)) is None):
            continue
        for key, values in identifiers_in(before, after, keys).items():
            found.setdefault(key, set()).update(values)
    return found


def stated_identifiers(text: str, people: Mapping[str, list[str]],
                       types: Mapping[str, str] | None = None) -> dict[str, dict[str, set[str]]]:
    """For each person or vessel (canonical name -> all its names; `types`: its type, default Person), what the
    document states about who or which it is."""
    types = types or {}
    return _read_identifiers(text, _find_mentions(text, people, types), types)


def _find_mentions(text: str, people: Mapping[str, list[str]], types: Mapping[str, str]) -> dict[str, list[tuple[int, int]]]:
    """{person: the (start, end) of each mention of any of its names}."""
    return {person: _mentions(text, names, types.get(person, "Person")) for person, names in people.items()}


def _read_identifiers(text: str, mentions: Mapping[str, list[tuple[int, int]]], types: Mapping[str, str],
                      only: Iterable[str] | None = None) -> dict[str, dict[str, set[str]]]:
    """`stated_identifiers` from every entity's mentions: each one's words end where another's name starts; read for
    the entities of `only` (default all)."""
    owners: dict[int, set[str]] = {}
    for person, spans in mentions.items():
        for start, _ in spans:
            owners.setdefault(start, set()).add(person)
    starts = sorted(owners)
    out: dict[str, dict[str, set[str]]] = {}
    for person in (mentions if only is None else only):
        spans = mentions[person]

        def other_at(lo: int, hi: int, person: str = person) -> int | None:
            for k in range(bisect_left(starts, lo), len(starts)):
                if starts[k] >= hi:
                    return None
                if owners[starts[k]] != {person}:
                    return starts[k]
            return None

        wanted = _STATED_KEYS_OF.get(types.get(person, "Person"), ())
        found = _stated(text, spans, other_at, wanted, organization=types.get(person) == "Organization")
        if found:
            out[person] = found
    return out


def attach_identifiers(doc: Document, relations: list[Relation]) -> None:
    """Give every person and vessel of the document's relations the identifiers the document states for them (in place),
    and an Organization a person's fields stated after its name (a person the model typed Organization).

    The references of one name, however written ("Vadim Orlek" and the list's "ORLEK, Vadim"), are one person here:
    apart, each one's mentions cut the words after the other's (`_segments`: another person's name starts)."""
    refs: dict[str, list[EntityRef]] = {}
    names: dict[str, list[str]] = {}
    types: dict[str, str] = {}
    for rel in relations:
        for ref in (rel.subject, rel.object):
            if ref.type in KEYS_OF:
                person = _person_key(ref.name, ref.type)
                refs.setdefault(person, []).append(ref)
                types.setdefault(person, ref.type)
                known = names.setdefault(person, [])
                known += [n for n in (ref.name, *ref.aliases) if n not in known]
    mentions = _find_mentions(doc.text, names, types)  # the people's mentions, found once for both passes
    if refs:
        for person, found in _read_identifiers(doc.text, mentions, types).items():
            own = [ref for ref in refs[person] if ref.id and ref.id.startswith(NAMESAKE)]
            for ref in own:  # a namesake's own, read from its mentions only (nlp/person_apart): no other's of its name
                found = {key: values - set(ref.identifiers.get(key, ())) for key, values in found.items()}
            for ref in refs[person]:
                if not any(ref is o for o in own):
                    ref.identifiers = {key: sorted(found[key]) for key in KEYS if found.get(key)}
    _attach_to_organizations(doc, relations, mentions, types)


def _attach_to_organizations(doc: Document, relations: list[Relation], mentions: Mapping[str, list[tuple[int, int]]],
                             types: Mapping[str, str]) -> None:
    """A person's fields stated after an Organization's name (`PERSON_FIELDS_OF_ORGANIZATION`), in a pass of its own:
    the organizations' mentions bound their own words but never cut a person's ("X, director of Y Group, DOB ...").
    The people's `mentions` are the first pass's: only the organizations' are found and only theirs read here."""
    orgs: dict[str, list[EntityRef]] = {}
    for rel in relations:
        for ref in (rel.subject, rel.object):
            if ref.type == "Organization":
                orgs.setdefault(_person_key(ref.name, ref.type), []).append(ref)
    if not orgs:
        return
    org_names = {key: list(dict.fromkeys(n for ref in refs for n in (ref.name, *ref.aliases))) for key, refs in orgs.items()}
    org_types = dict.fromkeys(orgs, "Organization")
    everyone = {**mentions, **_find_mentions(doc.text, org_names, org_types)}
    for key, found in _read_identifiers(doc.text, everyone, {**types, **org_types}, only=orgs).items():
        for ref in orgs[key]:
            ref.identifiers = {k: sorted(found[k]) for k in KEYS if k in found}


def _person_key(name: str, type_: str) -> str:
    """One key for the ways a document writes one name: its given names and surname in that order, any case."""
    words = _NAME_WORD.findall(name)
    if type_ != "Person" or len(words) < 2:
        return f"{type_}\x1f{name.casefold()}"
    given, surname = _given_and_surname(name, words)
    return f"{type_}\x1f{' '.join(given + surname).casefold()}"


def _dates_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    """Some date of one is some date of the other, at the coarser precision ("1971" and "1971-03-12" agree)."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def conflicting(a: Mapping[str, Iterable[str]] | None, b: Mapping[str, Iterable[str]] | None) -> bool:
    """Two people whose stated identifiers cannot be one person's: birth dates that disagree, nationalities with none
    in common, or passports with none in common where no birth date is stated on both sides (a person may hold
    several passports over the years; the birth date then decides). A described nationality ("a Turkish
    businessman") counts only where neither side states one."""
    if not a or not b:
        return False
    dates_a, dates_b = set(a.get(BIRTH_DATE, ())), set(b.get(BIRTH_DATE, ()))
    if dates_a and dates_b and not _dates_agree(dates_a, dates_b):
        return True
    nat_a, nat_b = set(a.get(NATIONALITY, ())), set(b.get(NATIONALITY, ()))
    if nat_a and nat_b and not nat_a & nat_b:
        return True
    described_a, described_b = set(a.get(DESCRIBED_NATIONALITY, ())), set(b.get(DESCRIBED_NATIONALITY, ()))
    if not nat_a and not nat_b and described_a and described_b and not described_a & described_b:
        return True
    imo_a, imo_b = set(a.get(IMO, ())), set(b.get(IMO, ()))
    if imo_a and imo_b and not imo_a & imo_b:  # two vessels of one name (a ship's IMO number never changes)
        return True
    pass_a, pass_b = set(a.get(PASSPORT, ())), set(b.get(PASSPORT, ()))
    return bool(pass_a and pass_b and not pass_a & pass_b and not (dates_a and dates_b))


def agreeing(a: Mapping[str, Iterable[str]] | None, b: Mapping[str, Iterable[str]] | None) -> bool:
    """Some identifier stated on both sides is the same: a positive sign the two are one person."""
    if not a or not b:
        return False
    if _dates_agree(a.get(BIRTH_DATE, ()), b.get(BIRTH_DATE, ())):
        return True
    if (set(a.get(NATIONALITY, ())) | set(a.get(DESCRIBED_NATIONALITY, ()))) & (
            set(b.get(NATIONALITY, ())) | set(b.get(DESCRIBED_NATIONALITY, ()))):
        return True  # "a Turkish businessman" fits the namesake who holds Turkish citizenship
    return any(set(a.get(key, ())) & set(b.get(key, ())) for key in (PASSPORT, IMO))


def merged(a: Mapping[str, Iterable[str]] | None, b: Mapping[str, Iterable[str]] | None) -> dict[str, list[str]]:
    """Both sets of identifiers, as one entity's."""
    out: dict[str, set[str]] = {}
    for source in (a or {}, b or {}):
        for key, values in source.items():
            out.setdefault(key, set()).update(values)
    return {key: sorted(values) for key, values in out.items()}


__all__ = ["BIRTH_DATE", "DESCRIBED_NATIONALITY", "IMO", "KEYS", "KEYS_OF", "NATIONALITY", "PERSON_FIELDS_OF_ORGANIZATION", "PASSPORT", "agreeing", "attach_identifiers", "conflicting", "identifier_date_spans", "identifiers_in",
           "merged", "stated_after", "stated_identifiers"]
