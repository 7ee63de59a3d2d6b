"""How a sentence stands toward the post it names (extract/roles_stance.py, P6): a denied post and a relative's post
are no post; a reported post stays, its evidence naming the words that hedge it. Invented texts and names."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def _posts(relations) -> list[tuple[str, str, str, str]]:
    """(subject, object, role, hedge of the first evidence) of each post."""
    out = []
    for r in relations:
        r = r.to_json() if hasattr(r, "to_json") else r
        if r["relation"] == HR:
            out.append((r["subject"]["name"], r["object"]["name"], r["role"], r["evidence"][0].get("hedge", "")))
    return sorted(out)


@pytest.mark.parametrize("text", [
    "Gerrit Amsel is not a member of the Holvard Front.",
    "Gerrit Amsel denied being a member of the Holvard Front.",
    "Gerrit Amsel has denied that he works for the Holvard Front.",
    "Gerrit Amsel never served as treasurer of the Holvard Front.",
], ids=["is-not", "denied-being", "denied-that", "never"])
def test_a_denied_post_is_no_post(extract, text):
    assert _posts(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Wilma Ostrander, the sister of the Holvard Front's commander, manages a warehouse for the group.",
    "Wilma Ostrander, a cousin of the director of Pemberly Bank, lives in Vienna.",
    "Wilma Ostrander is the wife of the chairman of Trask Minerals Ltd.",
], ids=["sister-of-possessed", "cousin-of-the-director", "wife-of"])
def test_a_relatives_post_is_not_the_persons(extract, text):
    assert _posts(extract(text)) == []


@pytest.mark.parametrize("text, body, role, hedge", [
    ("Gerrit Amsel reportedly heads Trask Minerals Ltd.", "Trask Minerals Ltd.", "head", "reportedly"),
    ("Gerrit Amsel allegedly serves as the chief accountant of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "chief accountant", "allegedly"),
    ("Gerrit Amsel is believed to be the treasurer of the Holvard Front.", "Holvard Front", "treasurer", "believed"),
    ("Gerrit Amsel, the purported head of Trask Minerals Ltd., fled to Vienna.", "Trask Minerals Ltd.", "head", "purported"),
    ("According to media reports, Gerrit Amsel is a senior member of the Holvard Front.", "Holvard Front",
     "senior member", "according to reports"),
], ids=["reportedly", "allegedly", "believed-to-be", "purported", "according-to-reports"])
def test_a_reported_post_stays_and_says_what_hedges_it(extract, text, body, role, hedge):
    assert _posts(extract(text)) == [("Gerrit Amsel", body, role, hedge)]


@pytest.mark.parametrize("text, body, role", [
    ("Gerrit Amsel, who heads Trask Minerals Ltd., was not designated today.", "Trask Minerals Ltd.", "head"),
    ("Gerrit Amsel, the director of Trask Minerals Ltd., denied the allegations.", "Trask Minerals Ltd.", "director"),
    ("Officials said Gerrit Amsel heads Trask Minerals Ltd.", "Trask Minerals Ltd.", "head"),
    ("Gerrit Amsel, the brother of Ilse Amsel, is the director of Trask Minerals Ltd.", "Trask Minerals Ltd.", "director"),
    ("Her brother, Gerrit Amsel, is the director of Trask Minerals Ltd.", "Trask Minerals Ltd.", "director"),
    ("Gerrit Amsel is a partner at Trask Minerals Ltd.", "Trask Minerals Ltd.", "partner"),
    ("Gerrit Amsel is the director of Trask Minerals Ltd.; he is not designated today.", "Trask Minerals Ltd.", "director"),
    ("\u201cWe will not wait,\u201d said Gerrit Amsel, the director of Trask Minerals Ltd.", "Trask Minerals Ltd.", "director"),
], ids=["negation-in-another-clause", "denial-of-something-else", "officials-said", "kin-outside-the-path",
        "relative-noun-naming-the-person", "partner-at", "negation-after-semicolon", "negated-quote"])
def test_a_stated_post_beside_such_words_stays_stated(extract, text, body, role):
    assert _posts(extract(text)) == [("Gerrit Amsel", body, role, "")]


def test_a_person_and_post_each_in_a_coordination_keep_their_own_posts(extract, facts):
    """"A, a senior official of X, and General B, an adviser at Y": two people, a post each; B is not given A's post
    at X nor his rank there (title_groups._two_holders, P6)."""
    text = ("Today, OFAC designated Colonel Arvo Lindqvist, a senior official of the Ministry of Defense of Belarus, and "
            "General Tomas Ferreira, an adviser at the Ministry of Defense of Venezuela.")
    facts(extract(text), {(HR, "Arvo Lindqvist", "Ministry of Defense of Belarus", "senior official"),
                          (HR, "Tomas Ferreira", "Ministry of Defense of Venezuela", "adviser")}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Wilma Ostrander, the wife of the firm's owner, oversees its accounts at Pemberly Bank.",
    "Wilma Ostrander, the wife of Trask Minerals Ltd.'s owner, oversees its accounts at Pemberly Bank.",
], ids=["at-on-the-object", "at-on-the-verb"])
def test_a_body_where_someones_things_are_kept_is_no_employer(extract, text):
    assert _posts(extract(text)) == []


def test_a_hedged_post_whose_evidence_runs_over_two_sentences_is_hedged(extract):
    """P6: the rules' evidence "The Treasury named X, Y and Z. X, who denies ..., is the alleged leader of the group's
    finance wing." starts in a sentence naming X beside a body; the post's own words are hedged all the same."""
    text = ("U.S. sanctions Velsar militia financiers\n\nLONDON, June 2 (Newswire) - The United States on Tuesday sanctioned "
            "three financiers of the Korvath Brigade, the Treasury Department said.\n\nThe Treasury named Harlan Mott, Sable "
            "Ridge Mining and Corin Tay. Mott, who denies any link to the brigade, is the alleged leader of the group's "
            "finance wing.")
    posts = [p for p in _posts(extract(text)) if p[0] == "Harlan Mott"]
    assert posts and all(hedge == "alleged" for *_, hedge in posts)
