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
    "Gerrit Amsel never admitted to being a member of the Holvard Front.",
    "Gerrit Amsel never admitted being a member of the Holvard Front.",
], ids=["is-not", "denied-being", "denied-that", "never", "never-admitted-to-being", "never-admitted-being"])
def test_a_denied_post_is_no_post(extract, text):
    assert _posts(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Wilma Ostrander, the sister of the Holvard Front's commander, manages a warehouse for the group.",
    "Wilma Ostrander, a cousin of the director of Pemberly Bank, lives in Vienna.",
    "Wilma Ostrander is the wife of the chairman of Trask Minerals Ltd.",
], ids=["sister-of-possessed", "cousin-of-the-director", "wife-of"])
def test_a_relatives_post_is_not_the_persons(extract, text):
    assert _posts(extract(text)) == []



@pytest.mark.parametrize("text", [
    "Wilma Ostrander, an ally of the commander of the Holvard Front, manages a warehouse for the group.",
    "Wilma Ostrander, a close friend of the director of Pemberly Bank, lives in Vienna.",
    "Wilma Ostrander, a supporter of the chairman of Trask Minerals Ltd., lives in Vienna.",
    "Wilma Ostrander, a crony of the governor of the Central Bank of Oskarn, lives in Vienna.",
    "Wilma Ostrander is an ally of the chairman of Trask Minerals Ltd.",
], ids=["ally-of", "friend-of", "supporter-of", "crony-of", "is-an-ally-of"])
def test_an_allys_post_is_not_the_persons(extract, text):
    """Issue 13 (C5): one list of tie words (nlp/kin_words.TIE_NOUNS): an ally, friend, supporter or crony of a post's
    holder holds no post, as a relative or an associate does not (the stance test had only family words and "associate";
    these gave the person the other's post)."""
    assert _posts(extract(text)) == []

@pytest.mark.parametrize("text, person, body, role", [
    ("Gerrit Amsel is a member of the Holvard Front.", "Gerrit Amsel", "Holvard Front", "member"),
    ("Gerrit Amsel admitted being a member of the Holvard Front.", "Gerrit Amsel", "Holvard Front", "member"),
    ("Gerrit Amsel has said that he works for the Holvard Front.", "Gerrit Amsel", "Holvard Front", "member"),
    ("Gerrit Amsel served as treasurer of the Holvard Front.", "Gerrit Amsel", "Holvard Front", "treasurer"),
    ("Wilma Ostrander, the commander of the Holvard Front, manages a warehouse for the group.", "Wilma Ostrander",
     "Holvard Front", "commander"),
    ("Wilma Ostrander, the director of Pemberly Bank, lives in Vienna.", "Wilma Ostrander", "Pemberly Bank", "director"),
    ("Wilma Ostrander is the chairman of Trask Minerals Ltd.", "Wilma Ostrander", "Trask Minerals Ltd.", "chairman"),
], ids=["is", "admitted-being", "said-that", "served", "commander", "director", "chairman"])
def test_the_same_sentences_without_the_negation_or_the_relative_state_the_post(extract, text, person, body, role):
    """The positive twins of the two tests above (M10, finding 12): an empty list there is the stance's doing, not a
    sentence the rules cannot read."""
    assert _posts(extract(text)) == [(person, body, role, "")]


@pytest.mark.parametrize("text, role", [
    ("Gerrit Amsel admitted being a member of the Holvard Front.", "member"),
    ("Gerrit Amsel acknowledged being the treasurer of the Holvard Front.", "treasurer"),
    ("Gerrit Amsel, who admitted being a member of the Holvard Front, fled to Vienna.", "member"),
    ("Gerrit Amsel admitted to being a member of the Holvard Front.", "member"),
    ("Gerrit Amsel confessed to being the treasurer of the Holvard Front.", "treasurer"),
], ids=["admitted-being", "acknowledged-being", "who-admitted-being", "admitted-to-being", "confessed-to-being"])
def test_a_post_after_the_persons_own_being_is_the_rules(accept_all_roles, text, role):
    """Issue 13 (L6): "X admitted being a member of Y" is read as "X is a member of Y" (the gerund's subject is the
    verb's), by the rules: before, only the learned scorer gave it, and a refit could lose it."""
    rules, _ = accept_all_roles(text)
    assert rules == [("Gerrit Amsel", "Holvard Front", role)]


@pytest.mark.parametrize("verb", ["avoided", "escaped", "feared", "risked", "resented"])
def test_a_being_under_a_verb_that_does_not_assert_it_is_no_rule_post(accept_all_roles, verb):
    """F1 item 6 (M27): only a verb that asserts the state lends its subject to "being" ("admitted", "remained");
    "X avoided being a member of Y" states no post, and L6 had made it a rule post at 0.75."""
    rules, _ = accept_all_roles(f"Gerrit Amsel {verb} being a member of the Holvard Front.")
    assert rules == []


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
    # the exact list (M10, finding 11: `posts and all(...)` passed on any hedged list); the body is not pinned: the
    # sentence's body is the group's finance wing, the rules take the company named before it (a known wrong body)
    assert [(role, hedge) for _, _, role, hedge in posts] == [("alleged leader", "alleged")]


LEAD = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "four individuals and two entities under Executive Order 13224.\n")


@pytest.mark.parametrize("text, body, role", [
    ("Gerrit Amsel is not merely the treasurer of Trask Minerals Ltd. but also its largest creditor.",
     "Trask Minerals Ltd.", "treasurer"),
    ("Gerrit Amsel, not his cousin, is the general manager of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "general manager"),
    ("Gerrit Amsel never gave up his post as head of Trask Minerals Ltd.", "Trask Minerals Ltd.", "head"),
    ("Gerrit Amsel has never run for parliament but is the director of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "director"),
    ("Gerrit Amsel did not attend the hearing, but he is the chairman of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "chairman"),
    ("Gerrit Amsel has denied nothing: he is the chairman of Trask Minerals Ltd.", "Trask Minerals Ltd.", "chairman"),
    ("Gerrit Amsel did not conceal that he is the treasurer of the Holvard Front.", "Holvard Front", "treasurer"),
    ("Gerrit Amsel manages his sister's accounts as chief financial officer of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "chief financial officer"),
], ids=["not-merely", "not-on-the-person", "negated-leaving", "negation-in-a-conjunct", "negated-clause-before-but",
        "denied-an-object", "negated-hiding", "post-on-the-path"])
def test_a_post_the_sentence_states_beside_a_negation_stays(extract, text, body, role):
    """Review v5, finding 6 (M9): "not"/"never" counts on the post's own predicate only; a denying verb only over a
    complement and with no object; no "elsewhere" when the post's words lie on the path. All were dropped."""
    assert _posts(extract(LEAD + text)) == [("Gerrit Amsel", body, role, "")]


def test_two_posts_after_a_negated_conjunct_stay(extract):
    text = LEAD + "Gerrit Amsel has never held elected office but is the owner and director of Trask Minerals Ltd."
    assert _posts(extract(text)) == [("Gerrit Amsel", "Trask Minerals Ltd.", "director", ""),
                                     ("Gerrit Amsel", "Trask Minerals Ltd.", "owner", "")]


@pytest.mark.parametrize("text, role", [
    ("Gerrit Amsel, the self-styled commander of the Holvard Front, was designated today.", "commander"),
    ("Gerrit Amsel, the self-proclaimed leader of the Holvard Front, was designated today.", "leader"),
    ("Gerrit Amsel is the so-called finance chief of the Holvard Front.", "finance chief"),
], ids=["self-styled", "self-proclaimed", "so-called"])
def test_a_self_styled_post_is_a_stated_post(extract, text, role):
    """Review v5, finding 7 (M9): the hyphenated hedges never matched (spaCy splits "self-styled"); read whole, they
    would hedge posts the readable gold scores as true ("the so-called minister of education", "self-styled Minister
    of Oil and Minerals", "the self-proclaimed emir": t14, t15, t9, train). They question the post's standing, not
    that the person holds it, so they are no hedge (a guard: passes before too)."""
    assert _posts(extract(LEAD + text)) == [("Gerrit Amsel", "Holvard Front", role, "")]


def test_a_hedge_on_an_act_through_the_post_leaves_the_post_stated(extract):
    """Review v5, finding 7 (M9): "allegedly" in "allegedly used his position as Y's deputy governor" hedges the use,
    not the post (it lowered the post's confidence)."""
    text = LEAD + "Gerrit Amsel allegedly abused his position as deputy governor of Trask Minerals Ltd. to hide funds."
    assert _posts(extract(text)) == [("Gerrit Amsel", "Trask Minerals Ltd.", "deputy governor", "")]


def test_a_hyphenated_kin_word_is_read_whole():
    """Review v5, item b/finding 7 (M9): one list of family words; its hyphenated entries match the whole word."""
    from graphbuild.extract.roles_stance import TIE_NOUNS, whole_word
    from graphbuild.nlp.kin_words import KIN_NOUNS as FAMILY
    from graphbuild.resolve.types import KINSHIP
    from spacy.lang.en import English

    doc = English()("Ilse Amsel, the son-in-law of the owner, and a self-styled leader")
    assert whole_word(doc[4]) == whole_word(doc[8]) == "son-in-law" and whole_word(doc[17]) == "self-styled"
    assert {"son-in-law", "stepson"} <= FAMILY <= TIE_NOUNS and FAMILY <= KINSHIP


def test_a_title_after_another_persons_post_takes_that_body(extract, facts):
    """Review v5, finding 8 (M9): "A, the chairman of X, and Vice Chairman B": B's own post is at X (P6's split gave B
    nothing); a rank alone ("and General B") takes no body."""
    text = LEAD + "OFAC designated Gerrit Amsel, the chairman of Orvask Crest Bank, and Vice Chairman Ilse Varnholt."
    facts(extract(text), {(HR, "Gerrit Amsel", "Orvask Crest Bank", "chairman"),
                          (HR, "Ilse Varnholt", "Orvask Crest Bank", "Vice Chairman")}, kinds=(HR,))


@pytest.mark.parametrize("text, body, role", [
    ("As president of Trask Minerals Ltd., Gerrit Amsel did not attend the hearing.", "Trask Minerals Ltd.", "president"),
    ("In his role as chief executive officer of Trask Minerals Ltd., Gerrit Amsel was never questioned by the auditors.",
     "Trask Minerals Ltd.", "chief executive officer"),
    ("As treasurer of the Holvard Front, Gerrit Amsel denied that the group paid the smugglers.", "Holvard Front",
     "treasurer"),
], ids=["as-phrase-negated-verb", "in-his-role-as-never", "as-phrase-denying-verb"])
def test_a_post_in_an_as_phrase_is_not_denied_by_the_main_verb(extract, text, body, role):
    """Final read fb, finding 1 (M10): "As president of Y, X did not attend ..." states the post; the negation (or the
    denial) is on the act, not on the post (_predicate_chain climbed from the post through "as" to the main verb, and
    the post was lost). "X never served as treasurer of Y" is still denied (test_a_denied_post_is_no_post)."""
    assert _posts(extract(LEAD + text)) == [("Gerrit Amsel", body, role, "")]


@pytest.mark.parametrize("text, body, role", [
    ("Gerrit Amsel, who is the director of Trask Minerals Ltd., reportedly directed the transfers.", "Trask Minerals Ltd.",
     "director"),
    ("Gerrit Amsel did not present the accounts he kept as president of Trask Minerals Ltd.", "Trask Minerals Ltd.",
     "president"),
], ids=["directed-is-not-director", "present-is-not-president"])
def test_a_word_sharing_the_posts_first_letters_is_not_the_post(extract, text, body, role):
    """Final read fb, finding 2 (M10): the four-letter stems that find "heads" for head also found "directed" for
    director and "present" for president; the hedge or negation of that word was put on the post."""
    assert _posts(extract(LEAD + text)) == [("Gerrit Amsel", body, role, "")]


def test_a_second_holder_with_a_body_of_his_own_keeps_it(extract, facts):
    """Final read fb, finding 3 (M10): "A, the chairman of X, and Managing Director B of Z": B's post is at Z, not at
    A's body X (M9's copy of the first holder's body ran over B's own "of Z")."""
    text = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
            "Gerrit Amsel, the chairman of Orvask Holdings, and Managing Director Tomas Brenner of Pemberly Shipping LLC.")
    facts(extract(text), {(HR, "Gerrit Amsel", "Orvask Holdings", "chairman"),
                          (HR, "Tomas Brenner", "Pemberly Shipping LLC", "Managing Director")}, kinds=(HR,))
