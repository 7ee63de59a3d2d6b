"""Writes the list fixtures of tests/link/fixtures (run once; the files are committed).

Every name here is invented for the tests. The OFAC files are written as OFAC publishes
them: Windows-1252, CRLF, "-0- " for an empty field, a Ctrl-Z byte at the end.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "fixtures"
E = "-0- "


def ofac_line(*fields: str) -> str:
    return ",".join(f if f == E else f'"{f}"' if not f.isdigit() else f for f in fields)


SDN = [
    ("1001", "DOROKHOV, Aleksandr Ivanovich", "individual", "RUSSIA-EO14024", E, E, E, E, E, E, E,
     "DOB 01 Jan 1960; nationality Russia; Gender Male; a.k.a. 'DOROKHOV, Sasha'."),
    ("1002", "DOROKHOV, Pavel", "individual", "UKRAINE-EO13661", E, E, E, E, E, E, E, "nationality Russia."),
    ("1003", "NORTHERN LIGHT SHIPPING CO., LTD.", E, "IRAN] [SDGT", E, E, E, E, E, E, E, "a.k.a. 'NLS MARINE'."),
    ("1004", "NORTHERN LIGHT", "vessel", "IRAN", E, "3FAB7", "Crude Oil Tanker", E, "150000", "Panama", E,
     "Vessel Registration Identification IMO 9000001; Linked To: NORTHERN LIGHT SHIPPING CO., LTD.."),
    ("1005", "CAFÉ ANDINO S.A.", E, "VENEZUELA", E, E, E, E, E, E, E, E),
    ("1006", "MINISTRY OF DEFENSE", E, "BELARUS-EO14038", E, E, E, E, E, E, E, E),
    ("1007", "HASANI, Reza", "individual", "IRAN-HR", "Prison Director", E, E, E, E, E, E, "nationality Iran."),
    ("1008", "HASANI, Reza", "individual", "SDGT", E, E, E, E, E, E, E, "nationality Lebanon."),
]
ALT = [("1005", "201", "aka", "ANDEAN COFFEE TRADERS", E), ("1003", "202", "fka", "BOREAL SHIPPING LLC", E)]
ADD = [("1006", "301", "Minsk", E, "Belarus", E)]


def write_ofac(path: Path, rows: list[tuple[str, ...]]) -> None:
    text = "".join(ofac_line(*row) + "\r\n" for row in rows) + "\x1a"
    path.write_bytes(text.encode("cp1252"))


FTM = [
    {"id": "t-person-1", "schema": "Person", "caption": "Olena Marchuk",
     "properties": {"name": ["Olena Marchuk"], "alias": ["Elena Marchuk"], "nationality": ["ua"]},
     "datasets": ["test_sanctions"], "target": True, "last_change": "2024-02-01T10:00:00"},
    {"id": "t-company-1", "schema": "Company", "properties": {"name": ["Blue Harbour Trading LLC"], "country": ["ae"]},
     "datasets": ["test_sanctions"], "target": True, "last_change": "2024-03-05T08:00:00"},
    {"id": "t-sanction-1", "schema": "Sanction", "properties": {"entity": ["t-person-1"], "program": ["UKRAINE-EO13660"]},
     "datasets": ["test_sanctions"]},
    {"id": "t-vessel-1", "schema": "Vessel", "datasets": ["test_sanctions"], "target": True,
     "properties": {"name": ["SEA LANTERN"], "flag": ["pa"],
                    "sanctions": [{"id": "t-sanction-2", "schema": "Sanction", "properties": {"program": ["IRAN"]}}]}},
    {"id": "t-address-1", "schema": "Address", "properties": {"full": ["1 Harbour Road"]}, "datasets": ["test_sanctions"]},
    {"id": "t-person-2", "schema": "Person", "properties": {"name": ["Ivo Dralic"]}, "datasets": ["test_sanctions"], "target": False},
]

if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_ofac(HERE / "sdn.csv", SDN)
    write_ofac(HERE / "alt.csv", ALT)
    write_ofac(HERE / "add.csv", ADD)
    (HERE / "entities.ftm.json").write_text("".join(json.dumps(e) + "\n" for e in FTM), encoding="utf-8")
