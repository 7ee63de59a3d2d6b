"""M45 (eighteenth session, issue 13): the last whole-change review's leftovers that change behaviour.

Invented names. Each case failed before its mend (docs/extraction.md, "eighteenth session (issue 13, M45)").
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The Treasury designated the Moldovan Army and Dorin Lungu, the Moldovan military's chief of staff.",
        {(HR, "Dorin Lungu", "Moldovan military", "chief of staff")},
        id="military-is-not-the-army-named-in-full"),
    pytest.param(
        "The Treasury designated Colombian Army officer Rafael Pardo and Hector Gil, the Colombian military's top commander.",
        {(HR, "Rafael Pardo", "Colombian Army", "officer"), (HR, "Hector Gil", "Colombian military", "top commander")},
        id="army-officer-beside-the-military-s-commander"),
])
def test_possessive_national_body_is_the_noun_written(extract, facts, text, expected):
    """"the <Demonym> military's <post>": the body named in full is looked up by "Military", the word written, not by
    the first body noun of the list ("Army") that happened to end at the mark."""
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Treasury designated Ion Rusu, who was relieved of his post as director of Vantor Holdings in 2019.",
        {(HR, "Ion Rusu", "Vantor Holdings", "director", False)},
        id="relieved-of-his-post-as"),
    pytest.param(
        "Treasury designated Ion Rusu, who became director of Vantor Holdings in 2015 and was relieved of his duties in 2019.",
        {(HR, "Ion Rusu", "Vantor Holdings", "director", False)},
        id="taken-up-then-relieved"),
    pytest.param(
        "Treasury designated Ion Rusu, who was deposed as president of Vantor Holdings in 2019.",
        {(HR, "Ion Rusu", "Vantor Holdings", "president", False)},
        id="deposed-as"),
    pytest.param(
        "Treasury designated Ion Rusu, who left his post as president of Vantor Holdings in 2019.",
        {(HR, "Ion Rusu", "Vantor Holdings", "president", False)},
        id="left-his-post-as"),
    pytest.param(
        "Treasury designated Ion Rusu, who refused to leave his post as president of Vantor Holdings.",
        {(HR, "Ion Rusu", "Vantor Holdings", "president", True)},
        id="refused-to-leave-his-post-is-held"),
])
def test_one_list_of_leaving_verbs(extract, text, expected):
    """titles_words.LEAVING_LEMMAS is the one list of verbs that end a post: after "as" (through "his post") and
    after a taking up in the same sentence."""
    got = {(r["relation"], r["subject"]["name"], r["object"]["name"], r["role"], r.get("current"))
           for r in extract(text) if r["relation"] == HR}
    assert got == expected


DB = "designated_by"
TREASURY = "U.S. Department of the Treasury"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Treasury today designated Vantor Holdings. Corvel Trading, which was designated along with Ion Rusu, remains listed.",
        {(DB, "Vantor Holdings", TREASURY, None), (DB, "Corvel Trading", TREASURY, None)},
        id="along-with-in-a-past-relative-clause"),
    pytest.param(
        "Treasury today designated Vantor Holdings. Corvel Trading, which was designated together with Ion Rusu, remains listed.",
        {(DB, "Vantor Holdings", TREASURY, None), (DB, "Corvel Trading", TREASURY, None)},
        id="together-with-in-a-past-relative-clause"),
    pytest.param(
        "Treasury today designated Vantor Holdings and Corvel Trading, which is designated today alongside Ion Rusu.",
        {(DB, "Vantor Holdings", TREASURY, None), (DB, "Corvel Trading", TREASURY, None), (DB, "Ion Rusu", TREASURY, None)},
        id="alongside-in-a-relative-clause-of-today"),
])
def test_companion_links_in_a_relative_clause_read_alike(extract, facts, text, expected):
    """"along with", "together with" and "alongside" after a relative clause's passive: an aside on an earlier
    designation names no companion, a clause stating today's action does (designation_windows._past_aside)."""
    facts(extract(text), expected, kinds=(DB,))
