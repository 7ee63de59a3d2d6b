"""Helpers that read what follows or precedes a title head: possessives, group names, place modifiers,
whether a complement is an organization or the title's field.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import Cluster, DocResolver
from ..nlp.gazetteers import Gazetteers


def _possessive_mark(doc: Doc, i: int) -> bool:
    """'s, or a lone apostrophe after a plural name ("Los Tordos’ founders"), which the tagger often reads as a quote."""
    tok = doc[i]
    if tok.tag_ == "POS":
        return True
    return tok.text in {"'", "\u2019"} and i > 0 and doc[i - 1].lower_.endswith("s") and not tok.whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].is_alpha


def _group_name_end(doc: Doc, k: int, limit: int, gaz: Gazetteers) -> int | None:
    """End of "Cite Soleil gang" / "Harbor Clan" at token k: capitalised words closed by a group noun from the gazetteer.

    Used when the model did not tag the name as an organization, or left the lower-case noun outside its span.
    """
    j = k
    while j < limit and j - k < 5 and doc[j].text[:1].isupper() and doc[j].lower_ not in gaz.group_nouns:
        j += 1
    if j == k or j >= limit or doc[j].lower_ not in gaz.group_nouns or doc[j].tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return None
    if j + 1 < limit and (doc[j + 1].text == "-" or doc[j + 1].tag_ == "POS"):
        return None  # "the Sinaloa cartel's ...", "cartel-linked"
    if doc[k:j].text in gaz.demonyms or doc[k:j].text in gaz.countries or (j - k == 1 and doc[k].ent_type_ == "NORP"):
        return None  # "a Mexican cartel", "a Haitian gang": a description, not a name
    return j + 1


def _named_group_before(doc: Doc, before: int, noun: str, gaz: Gazetteers) -> str | None:
    """"the gang's leader" after "The Lame Sabo gang controls ...": the last group named with that noun before `before`
    (capitalised words closed by it), for a name the model did not tag; None for a noun that closes no group name."""
    if noun not in gaz.group_nouns:
        return None
    for i in range(before - 1, max(0, before - 800), -1):
        if doc[i].lower_ != noun or not doc[i].is_lower or i == 0 or not doc[i - 1].text[:1].isupper():
            continue
        start = i - 1
        while start > 0 and i - start < 5 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in {"the", "a", "an"}:
            start -= 1
        if _group_name_end(doc, start, i + 1, gaz) == i + 1:
            return doc[start:i + 1].text
    return None


def _lower_field_end(doc: Doc, k: int, limit: int) -> int | None:
    """End of a lower-case field after a minister's head ("of industry", "of industry and trade", "of the interior"),
    else None; "of state" is a rank of minister, not a field."""
    if k + 1 >= limit or doc[k].lower_ != "of":
        return None
    n = k + 1 + (doc[k + 1].lower_ == "the")
    start = n
    while n < limit and n - start < 4 and (doc[n].is_lower and doc[n].tag_ in {"NN", "NNS"} or doc[n].lower_ == "and" and n > start):
        n += 1
    if n == start or doc[n - 1].lower_ == "and" or doc[start].lower_ in {"state", "states"}:
        return None
    return n


OWNER_NOUNS = {"shareholder", "shareholders", "partner", "partners", "investor", "stakeholder", "owner", "co-owner"}
MINISTRY_BODY_WORDS = {"ministry", "government", "cabinet", "office", "presidency", "council", "administration", "embassy"}
def _described_group_name(doc: Doc, k: int, limit: int, gaz: Gazetteers) -> tuple[int, int] | None:
    """"the Ecuadorian gang Los Zorros", "the ISIS-aligned criminal gang X": a description closed by a group noun,
    then the group's name (start, end of the capitalised words)."""
    j = k
    while j < limit and j - k < 10 and doc[j].lower_ not in gaz.group_nouns:
        tok = doc[j]
        hyphened = j + 1 < limit and doc[j + 1].text == "-"  # "ISIS-aligned"
        if not (tok.ent_type_ in {"NORP", "GPE"} or tok.text in {"-", ","} or (tok.is_lower and tok.tag_ in {"JJ", "VBN", "VBG", "NN"}) or hyphened):
            return None
        j += 1
    if j == k or j + 1 >= limit or doc[j].lower_ not in gaz.group_nouns or not doc[j].is_lower or not doc[j + 1].text[:1].isupper():
        return None
    n = j + 1
    while n < limit and n - j <= 5 and (doc[n].text[:1].isupper() or doc[n].lower_ in {"al", "el", "de", "la", "-"} and n + 1 < limit and doc[n + 1].text[:1].isupper()):
        n += 1
    return j + 1, n


PLACE_PARTICIPLES = {"based", "registered", "headquartered", "incorporated", "designated", "sanctioned", "flagged", "listed"}


def _after_place_modifier(doc: Doc, k: int, limit: int, ctx: DocResolver) -> int:
    """Index after a "Lima, Peru-based" / "UK-registered" modifier starting at k (or k).

    The organization the title names follows it: "the manager of Lima, Peru-based Inversiones Pacifico".
    """
    article = k + 1 < limit and doc[k].lower_ in {"a", "an"}  # "of a United Kingdom-based company, X"
    k = k + 1 if article else k
    j = k
    while j < limit and j - k < 8 and (doc[j].text == "," or (doc[j].text[:1].isupper() and _place_token(ctx, j))):
        j += 1
    if k < limit and doc[k].text[:1].isupper() and "-" in doc[k].text and doc[k].text.rsplit("-", 1)[1].lower() in PLACE_PARTICIPLES:
        j = k + 1  # "U.S.-designated" kept as one token by the tokenizer
    elif not (j > k and j + 1 < limit and doc[j].text == "-" and doc[j + 1].lower_ in PLACE_PARTICIPLES):
        return k - 1 if article else k
    else:
        j += 2
    n = j
    while n < limit and n - j < 9 and (doc[n].is_lower and doc[n].tag_ in {"NN", "NNS", "JJ", "CC"} or doc[n].text == ","
                                       or doc[n].ent_type_ == "NORP" and n == j):
        n += 1  # "UK-registered shipping company Harbor Lane Ltd.", "U.S.-designated Russian gold producer X"
    if article and n - j >= 2 and doc[n - 1].text == "," and doc[n - 2].tag_ in {"NN", "NNS"} and "," not in doc[j:n - 1].text:
        return n if n < limit and doc[n].text[:1].isupper() else j  # "a United Kingdom-based company, X": X renames it
    if n > j and (doc[n - 1].text == "," or doc[n - 1].tag_ == "CC"):
        return j  # the modifier ended a list of places or bodies, not a description of the next name
    return n if n < limit and doc[n].text[:1].isupper() else j


def _place_token(ctx: DocResolver, i: int) -> bool:
    """A token of a place name (or of no name the model found): not of an organization or a person."""
    mention = ctx.mention_at(i)
    return mention is None or mention.label in {"GPE", "NORP"} or mention.text in ctx.gaz.countries


def _complement_org(mention: object, doc: Doc, j: int, org: Cluster | None, gaz: Gazetteers) -> bool:
    """An organization after "of / for / at / with", or after "in" when it is a public body and none was named yet:
    "Minister of State ... in the Ministry of Foreign Affairs", "an officer in the National Police"."""
    if doc[j].lower_ != "in" or doc[j - 1].lower_ in OWNER_NOUNS:
        return True  # "a shareholder in Y" names Y wherever it is
    words = {t.lower_ for t in doc[mention.start:mention.end]}  # type: ignore[attr-defined]
    return org is None and bool(words & gaz.public_body_words) and mention.label == "ORG"  # type: ignore[attr-defined]


def _domain_like(mention: object, doc: Doc, gaz: Gazetteers, head: str, ctx: DocResolver) -> bool:
    """An "organization" that is really the title's field: "Minister of Electric Power", "for Terrorism and ...".

    True when the mention has no organization word, is no acronym or authority, and either follows a
    minister-class head or is one word continued by "and ..." (a list of fields).
    """
    words = {t.lower_ for t in doc[mention.start:mention.end]}  # type: ignore[attr-defined]
    end = mention.end  # type: ignore[attr-defined]
    if mention.authority or doc[mention.start].text.isupper() or (end < len(doc) and doc[end].tag_ == "POS"):  # type: ignore[attr-defined]
        return False  # an acronym, an authority, or a possessor ("minister of the president's Office of ...")
    if gaz.title_heads.get(head) == "minister" and not words & MINISTRY_BODY_WORDS and doc[mention.start - 1].lower_ in {"of", "for", "the"}:  # type: ignore[attr-defined]
        return True  # "minister of Penitentiary Services": the ministry's field, even with a body word in it
    if words & (gaz.public_body_words | gaz.company_words):
        return False
    following = ctx.mention_at(end + 1) if end + 1 < len(doc) else None
    continues = end + 1 < len(doc) and doc[end].lower_ in {"and", ","} and doc[end + 1].text[:1].isupper() and not (
        following is not None and following.label == "PERSON")  # "co-founder of Bexmart, Olga Sidorova is ...": a new clause
    n = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    body = ctx.mention_at(n) if end + 1 < len(doc) and doc[end].lower_ in {"in", "at", "within"} else None
    located = body is not None and body.label == "ORG" and bool({t.lower_ for t in doc[body.start:body.end]} & gaz.public_body_words)
    # "vice president of Planning in the Office of the Vice President": one word, then the body the post is in
    return gaz.title_heads.get(head) == "minister" or (end - mention.start == 1 and (continues or located))  # type: ignore[attr-defined]


def _country_name(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "\u2019s")) else text


def _possessive(country: str) -> str:
    name = _country_name(country)
    return f"{name}'" if name.endswith("s") else f"{name}'s"


UNIT_NOUNS = {"department", "division", "unit", "section", "team", "office", "bureau", "branch", "directorate", "wing", "arm",
              "cell", "desk", "committee", "subsidiary"}


def _unit_end(doc: Doc, k: int, limit: int) -> int:
    """End of a lower-case unit named inside a title's complement ("of the procurement department" before "at Y"), or `k`.

    The post is at the body the unit belongs to, named right after it by "of" / "at" / "in" / "within"; the unit
    stays part of the post ("head of the procurement department")."""
    j = k
    while j < limit and j - k < 4 and doc[j].is_lower and doc[j].tag_ in {"NN", "NNS", "JJ", "VBG"}:
        j += 1
    if j == k or doc[j - 1].lower_ not in UNIT_NOUNS or j + 1 >= limit or doc[j].lower_ not in {"of", "at", "in", "within"}:
        return k
    nxt = j + 1
    while nxt < limit and doc[nxt].lower_ in {"the", "its"}:
        nxt += 1
    return j if nxt < limit and (doc[nxt].text[:1].isupper() or doc[nxt].lower_ == "its") else k


def _place_unit_end(doc: Doc, ctx: DocResolver, k: int, limit: int) -> int:
    """End of a unit named by its place inside a title's complement ("of the Tessa branch" / "of the Tessa Krai
    regional department" before "of Y"), or `k` (twenty-seventh session, TH).

    As in `_unit_end` the post is at the body the unit belongs to, named right after the unit by "of" / "at" /
    "within", and the unit stays part of the post. The place's capitalised words (whatever the model read them as: a
    place, an organization, a person) are no body of their own: the body is the organization mention after the unit."""
    j = k
    while j < limit and j - k < 3 and doc[j].text[:1].isupper():
        j += 1
    n = j
    while n < limit and n - j < 3 and doc[n].is_lower and doc[n].tag_ in {"NN", "NNS", "JJ"}:
        n += 1
    if j == k or n == j or doc[n - 1].lower_ not in UNIT_NOUNS or n + 1 >= limit or doc[n].lower_ not in {"of", "at", "within"}:
        return k  # not "in": "head of the MOIS office in Kurdistan Province" names where the unit is, not whose
    nxt = n + 1
    while nxt < limit and doc[nxt].lower_ == "the":
        nxt += 1
    body = ctx.mention_at(nxt) if nxt < limit else None
    return n if body is not None and body.start == nxt and body.label == "ORG" else k


#: A US department officer's title ("Assistant Secretary", "Under Secretary"): "for <portfolio>" belongs to the post.
PORTFOLIO_TITLES = {"secretary", "deputy secretary", "under secretary", "assistant secretary", "deputy assistant secretary",
                    "deputy under secretary"}
PORTFOLIO_JOINERS = {"and", "of", "the", ",", "&"}
#: The portfolio titles read after their holder's name up to the clause's end (`_portfolio_end`'s `after_holder`).
PORTFOLIO_AFTER_NAME = {"assistant secretary", "deputy assistant secretary"}
#: The marks that end an appositive title's clause.
CLAUSE_ENDS = {".", ";", ")", '"', "\u201d"}


def _portfolio_end(doc: Doc, ctx: DocResolver, role_words: str, head_end: int, limit: int,
                   after_holder: bool = False) -> tuple[int, str | None] | None:
    """(end, department) of "[of State] for Terrorist Financing and Financial Crimes" after "Assistant Secretary" when a
    person's name follows: the capitalised portfolio is part of the post (whatever bodies the model tagged inside it),
    the name holds it; "of State" / "of the Treasury" names the U.S. department (else the issuer's, as for "Secretary X").
    With `after_holder` (the title is set off after its holder's name, "said X, Assistant Secretary for Terrorist
    Financing and Financial Crimes."), the portfolio may end at the clause's end instead: the model's body inside it
    ("Terrorist Financing and") was the post's body (BM). Only the titles of PORTFOLIO_AFTER_NAME: a bare "Secretary
    for Security" after a name is another state's minister as often. Nor past an "of" in the portfolio: "X, Assistant
    Secretary for Security of the Ruritanian Interior Ministry" names the body he serves, not a U.S. portfolio (review RB)."""
    words = role_words.lower().removeprefix("acting ")
    after_holder = after_holder and words in PORTFOLIO_AFTER_NAME
    if words not in PORTFOLIO_TITLES:
        return None
    j, department = head_end, None
    if j + 2 < limit and doc[j].lower_ == "of":
        k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        if k + 1 < limit and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k + 1].lower_ == "for":
            department, j = f"U.S. Department of {doc[j + 1:k + 1].text}", k + 1  # "of State", "of the Treasury"
    if j + 1 >= limit or doc[j].lower_ != "for" or not doc[j + 1].text[:1].isupper():
        return None
    m = j + 1
    while m < limit and m - j <= 10:
        found = ctx.mention_at(m)
        if found is not None and found.label == "PERSON" and found.start == m:
            return (m, department) if doc[m - 1].lower_ not in PORTFOLIO_JOINERS else None
        ends = doc[m].text in CLAUSE_ENDS or doc[m].text == "," and m + 1 < limit and doc[m + 1].is_lower and doc[m + 1].lower_ != "and"
        after_holder = after_holder and doc[m].lower_ != "of"
        if after_holder and ends and m > j + 1 and doc[m - 1].lower_ not in PORTFOLIO_JOINERS:
            return m, department  # "X, Assistant Secretary for Terrorist Financing and Financial Crimes."
        if not (doc[m].text[:1].isupper() or doc[m].lower_ in PORTFOLIO_JOINERS):
            return None
        m += 1
    return (m, department) if after_holder and m == limit and m > j + 1 and doc[m - 1].lower_ not in PORTFOLIO_JOINERS else None
