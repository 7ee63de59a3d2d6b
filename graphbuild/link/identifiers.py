"""What a list entry states to tell namesakes apart, and whether a graph entity's stated identifiers fit it.

A name alone linked "Ali Rostam, a Canadian businessman (DOB 12 Mar 1988; nationality Canada)" to the SDN entry of
an Iranian namesake born in 1961 at score 1.0, and a vessel "(IMO 9911223)" to the listed vessel of the same name
with IMO 7406784 (P10, fifteenth session). The documents state these identifiers (`graphbuild.resolve.identifiers`
puts them on the entity: `gb:birthDate`, `gb:nationality`, `gb:imoNumber`), and OFAC's remarks and FtM entities
state the entry's. Here the entry's are read into the same shape, so that `resolve.identifiers.conflicting` (the
rule that keeps two namesakes of the graph apart) also rules an entry out, and `agreeing` supports one.
Passports are not compared: a list keeps some of a person's passports, a text may cite another.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..resolve.identifiers import BIRTH_DATE, IMO, NATIONALITY, agreeing, conflicting

#: Years either side of an OFAC "DOB circa 1956".
CIRCA_YEARS = 2
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DOB = re.compile(r"\bDOB\s+([^;]+)", re.IGNORECASE)
_ONE_DATE = re.compile(r"^(?:(?P<day>[0-3]?\d)\s+)?(?:(?P<month>[A-Za-z]{3})[a-z]*\.?\s+)?(?P<year>(?:1[89]|20)\d\d)$")
_IMO = re.compile(r"\bIMO\s*:?\s*(\d{7})\b")
_NATIONALITY = re.compile(r"\b(?:nationality|citizen)\s+([^;()]+?)\s*(?:;|\.$|$|\()", re.IGNORECASE)
#: Which identifiers of an entry kind are compared (a vessel's flag is no nationality).
_COMPARED = {"Person": (BIRTH_DATE, NATIONALITY), "Vessel": (IMO,)}


def _date(text: str) -> tuple[int, str] | None:
    """(year, ISO at the stated precision) of "10 Dec 1948", "Dec 1948" or "1948"; None for anything else."""
    found = _ONE_DATE.match(text.strip().rstrip("."))
    if found is None:
        return None
    year = int(found["year"])
    if not found["month"]:
        return (year, str(year)) if not found["day"] else None
    month = _MONTHS.get(found["month"].lower())
    if month is None:
        return None
    return year, f"{year}-{month:02d}" + (f"-{int(found['day']):02d}" if found["day"] else "")


def birth_dates(remarks: str) -> list[str]:
    """ISO birth dates (or years) an OFAC remark states: "DOB 10 Dec 1948", "alt. DOB 1950", "DOB circa 1956" (its
    years within CIRCA_YEARS), "DOB 1956 to 1958" (each year). Empty when any DOB is written another way: a date
    that cannot be read must not make the others look like the only ones."""
    found: list[str] = []
    for body in _DOB.findall(remarks):
        body = body.strip().rstrip(".")
        circa = body.lower().startswith("circa")
        body = body[5:].strip() if circa else body
        ends = [_date(part) for part in body.split(" to ")] if " to " in body else [_date(body)]
        if any(end is None for end in ends) or len(ends) > 2:
            return []
        years = [end[0] for end in ends if end is not None]
        if circa or len(ends) == 2:
            low, high = min(years) - (CIRCA_YEARS if circa else 0), max(years) + (CIRCA_YEARS if circa else 0)
            found += [str(year) for year in range(low, high + 1)]
        else:
            found.append(ends[0][1])  # type: ignore[index]
    return list(dict.fromkeys(found))


def ofac_identifiers(kind: str, remarks: str) -> dict[str, list[str]]:
    """The identifiers of an OFAC entry's remarks: a person's birth dates and nationalities, a vessel's IMO number."""
    if kind == "Vessel":
        imo = list(dict.fromkeys(_IMO.findall(remarks)))
        return {IMO: imo} if imo else {}
    if kind != "Person":
        return {}
    out: dict[str, list[str]] = {}
    dates = birth_dates(remarks)
    if dates:
        out[BIRTH_DATE] = dates
    codes = nationalities(_NATIONALITY.findall(remarks))
    if codes:
        out[NATIONALITY] = codes
    return out


def nationalities(names: Iterable[str]) -> list[str]:
    """The codes of an entry's nationality and citizen countries, read with the map the text side reads them with
    (`extract.country_codes.to_code`, as `resolve.identifiers` does); empty when any one is unread. The list side's
    own map (rigour's current names) missed "Turkey", "United States", "Burma", "Hong Kong": an entry "nationality
    Germany; alt. nationality Turkey" kept only DE and was ruled out as a namesake of the Turkish national the text
    named (F2's finding 2; M24, fifteenth session). A nationality that cannot be read must not make the others look
    like the only ones, as with birth dates."""
    # imported here, as resolve.identifiers does: the extract package imports spaCy, which a build's driver and an
    # unchanged re-run must not pay for (tests/pipeline/test_rerun_imports.py)
    from ..extract.country_codes import to_code

    codes: list[str] = []
    for name in names:
        code = to_code(name.strip())
        if not code:
            return []
        codes.append(code.upper())
    return list(dict.fromkeys(codes))


def ftm_identifiers(kind: str, props: Mapping[str, Iterable[object]]) -> dict[str, list[str]]:
    """The same from a FollowTheMoney entity's properties (`birthDate`, `nationality`/`citizenship`, `imoNumber`)."""
    def values(key: str) -> list[str]:
        return [str(v).strip() for v in props.get(key) or [] if isinstance(v, str) and v.strip()]

    out: dict[str, list[str]] = {}
    if kind == "Vessel":
        imo = [digits for v in values("imoNumber") if len(digits := re.sub(r"\D", "", v)) == 7]
        if imo:
            out[IMO] = list(dict.fromkeys(imo))
    elif kind == "Person":
        dates = [v[:10] for v in values("birthDate") if re.match(r"^\d{4}(-\d\d(-\d\d)?)?", v)]
        if dates:
            out[BIRTH_DATE] = list(dict.fromkeys(dates))
        stated = values("nationality") + values("citizenship")
        codes = [v.upper() for v in stated if re.fullmatch(r"[a-zA-Z]{2}", v)]
        if codes and len(codes) == len(stated):  # any value not a country code: state none (`nationalities`)
            out[NATIONALITY] = list(dict.fromkeys(codes))
    return out


def _normal(identifiers: Mapping[str, Iterable[str]], kind: str) -> dict[str, list[str]]:
    keys = _COMPARED.get(kind, ())
    return {key: [str(v).upper() if key == NATIONALITY else str(v) for v in values]
            for key, values in identifiers.items() if key in keys or (kind == "Person" and key == "describedNationality")}


def rules_out(graph: Mapping[str, Iterable[str]], entry: Mapping[str, Iterable[str]], kind: str) -> bool:
    """True when what the documents state of an entity cannot be what the list states of the entry (a namesake)."""
    return bool(graph and entry) and conflicting(_normal(graph, kind), _normal(entry, kind))


def supports(graph: Mapping[str, Iterable[str]], entry: Mapping[str, Iterable[str]], kind: str) -> list[str]:
    """The identifiers both state alike ("birth date 1961", "IMO 9187629"): evidence for the link."""
    if not graph or not entry:
        return []
    g, e = _normal(graph, kind), _normal(entry, kind)
    if not agreeing(g, e):
        return []
    shared: list[str] = []
    dates = [min(x, y, key=len) for x in g.get(BIRTH_DATE, ()) for y in e.get(BIRTH_DATE, ()) if x.startswith(y) or y.startswith(x)]
    if dates:
        shared.append("birth date " + min(dates, key=len))  # as precise as both state it
    nationality = sorted(set(g.get(NATIONALITY, ())) & set(e.get(NATIONALITY, ())))
    if nationality:
        shared.append("nationality " + ", ".join(nationality))
    imo = sorted(set(g.get(IMO, ())) & set(e.get(IMO, ())))
    if imo:
        shared.append("IMO " + ", ".join(imo))
    return shared
