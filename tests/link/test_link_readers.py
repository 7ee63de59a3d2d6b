"""List readers: OFAC legacy CSV (+ alt.csv, add.csv) and FollowTheMoney JSON lines, and every bad-file case."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graphbuild.errors import GraphBuildError
from graphbuild.link import ListError, detect_format, load_list

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def entry(found, entry_id):
    return next(e for e in found.entries if e.entry_id == entry_id)


def test_ofac_csv_as_published_cp1252_crlf_null_marker_ctrl_z():
    found = load_list(FIXTURES / "sdn.csv")
    assert (found.name, found.format, found.date) == ("OFAC SDN", "ofac-csv", None)
    assert [e.entry_id for e in found.entries] == ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"]
    assert [e.kind for e in found.entries] == ["Person", "Person", "Organization", "Vessel", "Organization", "Organization",
                                               "Person", "Person"]
    assert entry(found, "1005").name == "CAFÉ ANDINO S.A."  # 0xC9 in Windows-1252
    assert entry(found, "1003").programs == ["IRAN", "SDGT"]
    assert entry(found, "1001").aliases == ["DOROKHOV, Sasha"]  # a.k.a. in the remarks
    assert entry(found, "1001").countries == ["ru"]
    assert entry(found, "1004").countries == ["pa"]  # the vessel's flag
    assert entry(found, "1007").title == "Prison Director"
    assert entry(found, "1002").remarks == "nationality Russia."


def test_alt_and_add_files_beside_the_sdn_file_add_aliases_and_countries():
    found = load_list(FIXTURES / "sdn.csv")
    assert entry(found, "1005").aliases == ["ANDEAN COFFEE TRADERS"]
    assert entry(found, "1003").aliases == ["NLS MARINE", "BOREAL SHIPPING LLC"]  # remarks a.k.a., then alt.csv f.k.a.
    assert entry(found, "1006").countries == ["by"]


def test_list_name_and_date_from_the_file_name_or_the_options(tmp_path):
    shutil.copy(FIXTURES / "sdn.csv", tmp_path / "sdn-2024-01-31.csv")
    assert load_list(tmp_path / "sdn-2024-01-31.csv").date == "2024-01-31"
    named = load_list(tmp_path / "sdn-2024-01-31.csv", name="SDN test", date="2024-02-02")
    assert (named.name, named.date) == ("SDN test", "2024-02-02")
    assert entry(named, "1005").aliases == []  # no alt.csv beside this copy


def test_ftm_entities_targets_with_flat_and_nested_sanctions():
    found = load_list(FIXTURES / "entities.ftm.json")
    assert (found.name, found.format, found.date) == ("test_sanctions", "ftm", "2024-03-05")
    assert [(e.entry_id, e.kind, e.name) for e in found.entries] == [
        ("t-person-1", "Person", "Olena Marchuk"), ("t-company-1", "Organization", "Blue Harbour Trading LLC"),
        ("t-vessel-1", "Vessel", "SEA LANTERN")]
    assert entry(found, "t-person-1").aliases == ["Elena Marchuk"]
    assert entry(found, "t-person-1").programs == ["UKRAINE-EO13660"]  # from the Sanction entity that points at it
    assert entry(found, "t-vessel-1").programs == ["IRAN"]  # from the nested sanction
    assert entry(found, "t-vessel-1").countries == ["pa"]


def test_format_is_detected_from_content_not_extension(tmp_path):
    shutil.copy(FIXTURES / "entities.ftm.json", tmp_path / "list.csv")
    assert detect_format(tmp_path / "list.csv") == "ftm"
    assert detect_format(FIXTURES / "sdn.csv") == "ofac-csv"


def _error(path: Path) -> ListError:
    with pytest.raises(ListError) as caught:
        load_list(path)
    assert isinstance(caught.value, GraphBuildError)
    assert str(path) in str(caught.value)
    return caught.value


def test_unknown_format_names_file_and_line(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("name;type\nSomeone;person\n", encoding="utf-8")
    error = _error(path)
    assert error.line == 1 and "unknown list format" in str(error)


def test_empty_file(tmp_path):
    path = tmp_path / "sdn.csv"
    path.write_bytes(b"")
    assert "empty" in str(_error(path))


def test_truncated_ofac_csv_names_the_last_line(tmp_path):
    data = (FIXTURES / "sdn.csv").read_bytes()
    cut = data[: data.index(b"1007,") + 40]  # the seventh record, cut inside its fields
    path = tmp_path / "sdn.csv"
    path.write_bytes(cut)
    error = _error(path)
    assert error.line == 7 and "truncated" in str(error)


def test_truncated_ftm_file_names_the_last_line(tmp_path):
    lines = (FIXTURES / "entities.ftm.json").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "entities.json"
    path.write_text("\n".join(lines[:3]) + "\n" + lines[3][:50], encoding="utf-8")
    error = _error(path)
    assert error.line == 4 and "truncated" in str(error)


def test_ofac_csv_with_bytes_of_no_known_encoding(tmp_path):
    data = (FIXTURES / "sdn.csv").read_bytes().replace(b"HASANI, Reza\",\"individual\",\"SDGT", b"HASANI, R\x81za\",\"individual\",\"SDGT")
    path = tmp_path / "sdn.csv"
    path.write_bytes(data)
    error = _error(path)
    assert error.line == 8 and "byte 0x81 is not valid UTF-8 or Windows-1252" in str(error)


def test_ftm_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "entities.json"
    text = (FIXTURES / "entities.ftm.json").read_text(encoding="utf-8").replace("Blue Harbour", "Bleu Café")
    path.write_bytes(text.encode("cp1252"))
    error = _error(path)
    assert error.line == 2 and "byte 0xe9 is not valid UTF-8" in str(error)


def test_utf16_file_is_refused_with_the_encoding_named(tmp_path):
    path = tmp_path / "sdn.csv"
    path.write_bytes((FIXTURES / "sdn.csv").read_bytes().decode("cp1252").encode("utf-16"))
    assert "UTF-16" in str(_error(path))


def test_ofac_row_with_wrong_field_count_is_not_the_legacy_layout(tmp_path):
    path = tmp_path / "sdn.csv"
    path.write_bytes(b'1,"A NAME",-0- ,"IRAN"\r\n2,"B NAME",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')
    error = _error(path)
    assert error.line == 1 and "4 fields where 12" in str(error)


def test_ftm_line_that_is_not_an_entity(tmp_path):
    path = tmp_path / "entities.json"
    path.write_text(json.dumps({"id": "x", "schema": "Person", "properties": {"name": ["A B"]}}) + "\n[1, 2]\n", encoding="utf-8")
    error = _error(path)
    assert error.line == 2 and "not a FollowTheMoney entity" in str(error)


def test_utf8_bom_saved_by_a_spreadsheet_is_read_in_both_formats(tmp_path):
    """Excel and Notepad save UTF-8 with a byte-order mark; the first entry must keep its number and name."""
    csv_path = tmp_path / "sdn.csv"
    csv_path.write_bytes(b'\xef\xbb\xbf4242,"ORCHARD LANTERN TRADING LLC",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')
    entries = load_list(csv_path).entries
    assert [(e.entry_id, e.name) for e in entries] == [("4242", "ORCHARD LANTERN TRADING LLC")]
    ftm_path = tmp_path / "entities.json"
    ftm_path.write_bytes(b"\xef\xbb\xbf" + json.dumps(
        {"id": "q-1", "schema": "Company", "target": True, "properties": {"name": ["Orchard Lantern Trading"]}}).encode())
    entries = load_list(ftm_path).entries
    assert [(e.entry_id, e.kind, e.name) for e in entries] == [("q-1", "Organization", "Orchard Lantern Trading")]


@pytest.mark.parametrize("bad", ["2024-13-45", "Friday", "03/05/2024"])
def test_list_date_that_is_not_an_iso_day_is_refused_naming_the_file(tmp_path, bad):
    path = tmp_path / "sdn.csv"
    shutil.copy(FIXTURES / "sdn.csv", path)
    with pytest.raises(ListError) as caught:
        load_list(path, date=bad)
    assert str(path) in str(caught.value) and f"list date {bad!r} is not a day written YYYY-MM-DD" in str(caught.value)


def test_ftm_last_change_that_is_no_date_gives_no_list_date(tmp_path):
    path = tmp_path / "entities.json"
    path.write_text(json.dumps({"id": "q-2", "schema": "Person", "target": True, "last_change": "yesterday!",
                                "properties": {"name": ["Wendel Oakhurst"]}}) + "\n", encoding="utf-8")
    assert load_list(path).date is None


def test_ofac_field_over_the_csv_limit_is_named_as_such_not_as_truncation(tmp_path):
    path = tmp_path / "sdn.csv"
    path.write_bytes(b'77,"' + b"Q" * 200_000 + b'",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')
    error = _error(path)
    assert error.line == 1 and "a field longer than 131072 characters; not an OFAC list" in str(error)
    assert "truncated" not in str(error)
