"""Review of C's one-line-per-fact merge (RC, twenty-fourth session): two statements of one fact merged after resolution
(`resolve/restated.merge_restated`) or by extraction (`Relation.restate`) give today's action today's program and date,
whichever came first; an earlier action's date never fills today's, nor the program of an earlier action the document
dates (an undated "X was designated pursuant to E.O. A" may tell today's action: its program fills a blank); the date's
words go with the date;
what differs by role, authority or kind stays apart. Invented names; exact expectations."""
from __future__ import annotations

import json

import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.restated import merge_restated

OFAC = "Office of Foreign Assets Control"


def _designation(name: str, start: int, current: bool, program: str | None = None, date: str | None = None,
                 date_text: str | None = None, authority: str = "ofac", kind: str = "designated_by") -> Relation:
    return Relation(kind, EntityRef(name, "Company", id="firm"), EntityRef(OFAC, "PublicBody", id=authority),
                    [Evidence(f"s{start}", start, start + 5, "designations.v1")], 0.9, doc="d.md", current=current,
                    program=program, date=date, date_text=date_text)


def _details(rel: Relation) -> tuple:
    return rel.current, rel.program, rel.date, rel.date_text, [e.start for e in rel.evidence]


@pytest.mark.parametrize("today_first", [True, False])
def test_todays_action_keeps_its_program_and_date_in_either_order(today_first):
    earlier = _designation("Pelorin Abr Tavast", 10, False, "E.O. 13224", "2019-05-03", "May 3, 2019")
    today = _designation("Tavast Cloud", 50, True, "E.O. 13846", "2025-03-04", "March 4, 2025")
    merged = merge_restated([today, earlier] if today_first else [earlier, today])
    assert len(merged) == 1
    assert _details(merged[0])[:4] == (True, "E.O. 13846", "2025-03-04", "March 4, 2025")
    assert sorted(e.start for e in merged[0].evidence) == [10, 50]


@pytest.mark.parametrize("today_first", [True, False])
def test_an_earlier_actions_details_never_fill_todays(today_first):
    earlier = _designation("Pelorin Abr Tavast", 10, False, "E.O. 13224", "2019-05-03", "May 3, 2019")
    today = _designation("Tavast Cloud", 50, True)
    merged = merge_restated([today, earlier] if today_first else [earlier, today])
    assert [_details(r)[:4] for r in merged] == [(True, None, None, None)]


@pytest.mark.parametrize("today_first", [True, False])
def test_an_undated_earlier_statements_program_fills_todays_blank(today_first):
    earlier = _designation("Pelorin Abr Tavast", 10, False, "E.O. 13818")
    today = _designation("Tavast Cloud", 50, True, date="2025-03-04", date_text="March 4, 2025")
    merged = merge_restated([today, earlier] if today_first else [earlier, today])
    assert [_details(r)[:4] for r in merged] == [(True, "E.O. 13818", "2025-03-04", "March 4, 2025")]


def test_one_action_stated_twice_takes_the_date_with_its_words():
    first = _designation("Tavast Cloud", 10, True)
    merged = merge_restated([first, _designation("Pelorin Abr Tavast", 50, True, "E.O. 13846", "2025-03-04", "March 4, 2025")])
    assert [_details(r) for r in merged] == [(True, "E.O. 13846", "2025-03-04", "March 4, 2025", [10, 50])]


def test_two_earlier_statements_fill_each_other():
    first = _designation("Tavast Cloud", 10, False, date="2019-05-03", date_text="May 3, 2019")
    merged = merge_restated([first, _designation("Pelorin Abr Tavast", 50, False, "E.O. 13224", "2020-01-01", "2020")])
    assert [_details(r) for r in merged] == [(False, "E.O. 13224", "2019-05-03", "May 3, 2019", [10, 50])]


def test_other_authorities_and_kinds_stay_apart():
    merged = merge_restated([_designation("Tavast Cloud", 10, True), _designation("Tavast Cloud", 50, True, authority="eu"),
                             _designation("Pelorin Abr Tavast", 90, True, kind="delisted_by")])
    assert [(r.relation, r.object.id, [e.start for e in r.evidence]) for r in merged] == [
        ("designated_by", "ofac", [10]), ("designated_by", "eu", [50]), ("delisted_by", "ofac", [90])]


def _post(name: str, role: str, start: int, current: bool) -> Relation:
    return Relation("holds_role", EntityRef(name, "Person", id="person"), EntityRef("Ministry of Interior", "PublicBody", id="moi"),
                    [Evidence(f"s{start}", start, start + 5, "roles.v1")], 0.9, doc="d.md", role=role, current=current)


def test_posts_merge_by_role_and_a_held_post_stays_current():
    """Two roles at one body are two posts; one role stated as former and as held (two names of one person) is the
    post he holds, as extraction merges it when one name states both."""
    merged = merge_restated([_post("Marek Dovbrat", "Minister of Interior", 10, False),
                             _post("Marek I. Dovbrat", "Deputy Minister of Interior", 50, True),
                             _post("Marek Ilsen Dovbrat", "minister of interior", 90, True)])
    assert [(r.role, r.current, [e.start for e in r.evidence]) for r in merged] == [
        ("Minister of Interior", True, [10, 90]), ("Deputy Minister of Interior", True, [50])]


TODAY_AND_EARLIER = """# Treasury Sanctions Cloud Provider Supporting Censorship

March 4, 2025

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the \
Vardan-based technology company known as “Tavast Cloud,” a firm that helps the regime censor the internet.

Pelorin Abr Tavast Private Limited Company, known as Tavast Cloud, was previously designated by OFAC on May 3, 2019 \
pursuant to E.O. 13224 for support to a terrorist group.

Tavast Cloud is being designated today pursuant to E.O. 13846 for having engaged in censorship.
"""


@pytest.mark.slow
def test_a_firm_designated_before_and_today_under_two_names_is_todays_action(tmp_path):
    """Main at ecb4c30: one line, current, but with the earlier action's E.O. 13224 (the earlier statement came first)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.md").write_text(TODAY_AND_EARLIER, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["subject"]["name"], r["object"]["name"], r["current"], r["program"], r["date"], len(r["evidence"]))
            for r in rows if r["relation"] == "designated_by"] == [
        ("Pelorin Abr Tavast Private Limited Company", OFAC, True, "E.O. 13846", "2025-03-04", 2)]
