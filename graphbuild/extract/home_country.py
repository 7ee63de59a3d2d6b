"""The home country and other governments as the subject of a designation verb.

"The United States designated X", "Washington sanctioned X" (the home country: a U.S. body acts), "Latin America
sanctioned X" (a region: nobody), "New Zealand imposed travel bans on X" (another country: not the release's body),
"the Kandari Cabinet sanctioned Y" (another government's organ the gazetteers do not know). Split out of `authority`
(issue 13, R2).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.doc_text import doc_text, sentence_entities
from .acting_subject import acting_subjects, subject_span
from .context import DocContext
from .named_bodies import authorities_in
from .release_header import header_format_body


HOME_COUNTRY_SUBJECTS = {"united states", "u.s.", "us", "the united states", "america", "the u.s.", "washington"}
#: Heads that make a longer subject the home country ("the U.S., along with its partners,"); not "america", which
#: heads regions ("Latin America").
HOME_COUNTRY_HEADS = frozenset({"u.s.", "us", "washington"})


def foreign_country_subject(ctx: DocContext, trigger: Token) -> bool:
    """The active designation verb's subject is another country named as a place ("New Zealand imposed travel bans on
    X and Y", a country the gazetteers know as no sanctioning body): that government's action, not the release's (the
    release's body was taken for it). The home country ("the United States", "Washington") is not such a subject.
    Issue 13, D17."""
    subjects = acting_subjects(trigger)
    if any(authorities_in(ctx, *subject_span(s, trigger)) for s in subjects):
        return False  # "The U.S. Treasury ... sanctioned X" beside a second subject: the body acts (review V5, finding 1)
    subject = subjects[0] if subjects else None
    if subject is None or names_home_country(subject, set()) or subject.lower_ in HOME_COUNTRY_SUBJECTS:
        return False
    mention = ctx.resolver.mention_at(subject.i)
    cluster = ctx.resolver.cluster_of(mention) if mention is not None else None
    return cluster is not None and cluster.type == "Country" and not cluster.authority \
        and mention.start <= subject.i < mention.end and subject.left_edge.i >= mention.start - 1


#: Head nouns of a government's own bodies ("the Republic of Korea's Ministry of Foreign Affairs", "Kandar's Cabinet").
GOVERNMENT_ORGANS = frozenset({"ministry", "government", "council", "commission", "office", "department", "agency",
                               "authority", "cabinet", "parliament", "bureau", "secretariat", "presidency", "regulator"})
#: Place and nationality names of the home country inside a subject ("the U.S. Department of Commerce").
HOME_PLACE_NAMES = frozenset(HOME_COUNTRY_SUBJECTS | {"united states of america", "american", "americans"})


def foreign_body_subject(ctx: DocContext, trigger: Token) -> bool:
    """The active designation verb's subject is another government's named body that the gazetteers do not know: a
    government organ ("Ministry", "Cabinet", "Council", ...) whose own words name another country or nationality ("the
    Republic of Korea's Ministry of Foreign Affairs designated X", "the Kandari Cabinet sanctioned Y"). That government
    acts, not the release's body, which took X as its own when the subject gave no known body (issue 13, D20; the
    brief's item 3, an invented news set's shape). A subject naming a known body, or the home country, is not one."""
    subjects = acting_subjects(trigger)
    if not subjects:
        return False
    subject = subjects[0]
    first, last = subject_span(subject, trigger)
    if subject.lemma_.lower() not in GOVERNMENT_ORGANS or authorities_in(ctx, first, last):
        return False
    places = [e for e in ctx.doc.ents if first <= e.start and e.end <= last and e.label_ in {"GPE", "NORP"}
              and not e.start <= subject.i < e.end]
    if places:
        return not any(e.text.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
                       in HOME_PLACE_NAMES for e in places)
    return _nationality_in_name(ctx, first, subject.i)


#: Endings of a nationality adjective the gazetteers may not hold ("Kandari", "Japanese", "Dorvanian").
NATIONALITY_ENDINGS = ("i", "ese", "ian")


def _nationality_in_name(ctx: DocContext, first: int, head: int) -> bool:
    """A word before the organ inside the body's own name says whose it is ("the Japanese Ministry of Finance", "the
    Kandari Ministry of Finance"): the model often tags the whole as one ORG, with no NORP inside to find (F3 item 10;
    mended by M35). A known demonym or country, or a capitalised adjective of a nationality's ending; never a U.S. one."""
    for tok in ctx.doc[first:head]:
        text = tok.text
        if text.lower() in HOME_PLACE_NAMES or not text[:1].isupper() or text.isupper():
            continue
        if text in ctx.gaz.demonyms or text in ctx.gaz.countries:
            return ctx.gaz.demonyms.get(text, text) != "United States"
        if tok.tag_ in {"JJ", "NNP", "NNPS"} and text.isalpha() and text.endswith(NATIONALITY_ENDINGS) \
                and len(text) > 4:
            return True
    return False


#: The body "the United States" stands for when a document names no U.S. sanctioning body (gazetteer name).
US_GOVERNMENT = "United States Government"


def home_country_subject(trigger: Token) -> bool:
    """The active verb's subject is the home country itself ("The United States designated X in 2020", "Washington
    sanctioned X", "the U.S. blacklisted X"): when the document names no U.S. sanctioning body, that is the U.S.
    Government's act, never the one sanctioning body the document does name (P7: "The United States welcomes Japan's
    decision ... The United States designated X in 2020" gave X to Japan, dated 2020). The subject is what
    `acting_subjects` gives (a persuaded object too: "urged the United States of America to sanction X"); its whole
    words name the home country, or its head is a short name that heads a longer subject ("the U.S., along with its
    partners,"), never "America" alone: "Latin America" is a region (issue 13, C6)."""
    subjects = acting_subjects(trigger)
    if not subjects:
        return False
    subject = subjects[0]
    words = subject.doc[slice(*subject_span(subject, trigger))].text.lower()
    return words in HOME_COUNTRY_SUBJECTS or words.removeprefix("the ") == "united states of america" \
        or subject.lower_ in HOME_COUNTRY_HEADS


def region_subject(ctx: DocContext, trigger: Token) -> bool:
    """The active verb's subject is a region ("Latin America sanctioned X", "Europe", "the West": a place the model
    tags LOC), neither the home country nor a body: no government acts there, and the sentence gives no designation
    (review V7 item 10: C6's home-country rule left it to the document's own body, "Canada" in a Canadian release).
    Issue 13, M22."""
    subjects = acting_subjects(trigger)
    if not subjects or home_country_subject(trigger):
        return False
    subject = subjects[0]
    if authorities_in(ctx, *subject_span(subject, trigger)):
        return False
    return subject.ent_type_ == "LOC"


def home_government(ctx: DocContext) -> str:
    """The body "the United States" acts through in a document naming no U.S. sanctioning body: the department its
    header's format line gives ("Press Statement ... Department Spokesperson": the State Department), else the U.S.
    Government."""
    return header_format_body(doc_text(ctx.doc)) or US_GOVERNMENT


def home_country_named(sent: Span) -> bool:
    """The sentence names the home country as a place ("The United States on Tuesday imposed sanctions on X",
    "Washington", "the U.S."): a place entity written so, not "U.S." inside a body's name ("the U.S. Treasury")."""
    for ent in sentence_entities(sent.doc, sent.start, sent.end):
        if ent.label_ == "GPE" and ent.text.lower().removeprefix("the ") in HOME_PLACE_NAMES:
            return True
    return False


def home_place(ctx: DocContext, first: Token) -> bool:
    """The place entity starting at `first` is the United States ("the U.S.", "Washington", "American")."""
    ent = next((e for e in ctx.doc.ents if e.start == first.i), None)
    text = (ent.text if ent is not None else first.text).lower().removeprefix("the ")
    return text in HOME_COUNTRY_SUBJECTS | {"washington", "american", "americans", "united states of america"}


def names_home_country(subject: Token, skip: set[int]) -> bool:
    """The subject's head or a conjunct of it is "the United States" / "the U.S." (not "U.S." before "Department")."""
    heads = [subject] + [t for t in subject.subtree if t.dep_ == "conj" and t.head.i == subject.i]
    for t in heads:
        if t.i in skip:
            continue
        words = t.doc[t.left_edge.i:t.i + 1].text.lower()
        if words.endswith("united states") or t.lower_ in {"u.s.", "america"}:
            return True
    return False
