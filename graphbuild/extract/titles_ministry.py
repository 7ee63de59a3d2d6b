"""A ministry named in lower case by its field: "China's foreign ministry", "the Nicaraguan interior ministry".

News stories name a foreign government's ministry so ("A spokesman for China's foreign ministry, X", "Chinese foreign
ministry spokesperson X") and the model seldom tags the words as a body, so the spokesperson had no body and no post.
The field word names the ministry as a title's field does ("Defense Minister X" -> Ministry of Defense,
`titles.yaml: ministry_fields`), with the country the phrase names (R31, fourteenth session).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from ..nlp.gazetteers import Gazetteers
from .country_aliases import canonical_country
from .titles_national import _country_end
from .titles_parts import _possessive

__all__ = ["advised_ministry", "country_after_field", "field_ministry", "kept_apart", "ministry_in_title",
           "portfolio_without_ministry"]

MINISTRY_WORDS = {"ministry"}


def _ministry_name(gaz: Gazetteers, field: str, country: str | None) -> str:
    name = f"Ministry of {gaz.ministry_fields[field]}"
    return f"{_possessive(country)} {name}" if country else name


def field_ministry(doc: Doc, ctx: DocResolver, gaz: Gazetteers, k: int, limit: int) -> tuple[str, int] | None:
    """At `k` after a title's preposition: "[the] [<Country>'s | <Demonym>] <field> ministry" -> (the ministry's
    name, the end). The field and "ministry" in lower case: a capitalised "Foreign Ministry" is a name the model reads."""
    j = k + 1 if k < limit and doc[k].lower_ == "the" else k
    country = None
    mention = ctx.mention_at(j) if j < limit else None
    if mention is not None and mention.start == j and mention.label in {"GPE", "NORP"}:
        after = mention.end
        if mention.label == "GPE" and after < limit and doc[after].tag_ == "POS" and mention.text in gaz.countries:
            country, j = mention.text, after + 1  # "China's foreign ministry"
        elif mention.text in gaz.demonyms:
            country, j = gaz.demonyms[mention.text], after  # "the Chinese foreign ministry"
        else:
            return None
    elif j < limit and doc[j].text in gaz.demonyms:
        country, j = gaz.demonyms[doc[j].text], j + 1  # a nationality the model did not tag
    if j + 1 >= limit:
        return None
    if doc[j].is_lower and doc[j].lower_ in gaz.ministry_fields \
            and doc[j + 1].lower_ in MINISTRY_WORDS and doc[j + 1].is_lower:
        return _ministry_name(gaz, doc[j].lower_, country), j + 2
    return None


def ministry_in_title(doc: Doc, ctx: DocResolver, gaz: Gazetteers, head_start: int, floor: int, country: str | None) -> str | None:
    """"Chinese foreign ministry spokesperson X", "China's foreign ministry spokesperson, X": the lower-case "<field>
    ministry" right before the head is the post's body; the country is the title's, else the one right before."""
    if head_start - 2 < floor:
        return None
    field, word = doc[head_start - 2], doc[head_start - 1]
    if not (word.lower_ in MINISTRY_WORDS and word.is_lower and field.is_lower and field.lower_ in gaz.ministry_fields):
        return None
    k = head_start - 3
    if country is None and k >= floor:
        if doc[k].tag_ == "POS" and k - 1 >= floor and (place := ctx.mention_at(k - 1)) is not None \
                and place.end == k and place.label == "GPE" and place.text in gaz.countries:
            country = place.text  # "China's foreign ministry spokesperson"
        elif doc[k].text in gaz.demonyms:
            country = gaz.demonyms[doc[k].text]
    return _ministry_name(gaz, field.lower_, country)


def country_after_field(doc: Doc, gaz: Gazetteers, head_end: int, domain_end: int) -> tuple[int, str] | None:
    """"Minister of Finance of Honduras": (the end of the field, the country) when the field closes with "of [the]
    <country>", else None. The country says whose ministry it is, as "Honduras's" would; kept in the field it made a
    body "Ministry of Finance of Honduras" that names no ministry the gold or another release writes (G, twenty-third
    session). A field of one word is kept ("Minister of Honduras" names no field)."""
    for k in range(domain_end - 2, head_end, -1):
        if doc[k].lower_ != "of" or doc[k].is_upper:
            continue
        start = k + 1 + int(doc[k + 1].lower_ == "the")
        words = doc[start:domain_end].text
        if start < domain_end and words in gaz.countries and k > head_end + 1:
            return _state_form_start(doc, head_end, k), words
        return None
    return None


def kept_apart(ctx: DocResolver, name: str, country: str) -> str:
    """The bare ministry's name for "Minister of Finance of Honduras" ("Ministry of Finance"), unless the document has a
    body of that name that its mentions place in another country ("an adviser to the Ministry of Finance of Guatemala",
    "Guatemala's Ministry of Finance": the mention stage keeps the bare name): the bare name would join that body
    (`common.implied_ref` matches clusters by name), so it takes its country's possessive ("Honduras' Ministry of
    Finance"), and two countries' ministries stay two nodes (review W, twenty-third session). Countries compare in one
    form (`country_aliases`): "of the Russian Federation" is "Russia's" (C, twenty-fourth session)."""
    own = canonical_country(country)
    for cluster in ctx.clusters:
        if cluster.name != name:
            continue
        named = {canonical_country(c) for m in ctx.mentions if ctx.cluster_of(m) is cluster
                 for c in _countries_beside(ctx.doc, m.start, m.end, ctx.gaz)}
        if named and own not in named:
            return f"{_possessive(country)} {name}"
    return name


#: Tokens read before a body's mention for the country that owns it ("Guatemala's X"); one more after ("X of the
#: United States").
BESIDE = 3


def _countries_beside(doc: Doc, start: int, end: int, gaz: Gazetteers) -> set[str]:
    """The gazetteer countries named within `BESIDE` tokens before a mention or `BESIDE` + 1 after it."""
    found: set[str] = set()
    for span in (doc[max(0, start - BESIDE):start], doc[end:min(len(doc), end + BESIDE + 1)]):
        text = " " + " ".join(t.text for t in span) + " "  # token by token: "Guatemala's", "of Guatemala," hold whole words
        found.update(c for c in gaz.countries if f" {c} " in text)
    return found


#: Words of a state's formal name before "of <country>" ("of the Republic of South Sudan", "of the Islamic Republic of
#: Iran", "of the Kingdom of Y"): the formal name is the country's, not the field's.
STATE_FORM_WORDS = frozenset({"republic", "kingdom", "federation", "state", "emirate", "sultanate", "principality",
                              "islamic", "federal", "democratic", "people's", "socialist", "arab", "united", "hashemite"})


def _state_form_start(doc: Doc, head_end: int, k: int) -> int:
    """The "of" that opens "of the Republic of <country>" when the words before `k` are a state's formal name, else
    `k` ("Minister of Petroleum of the Republic of South Sudan": the field is "Petroleum")."""
    j = k
    while j - 1 > head_end and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ in STATE_FORM_WORDS:
        j -= 1
    if j < k and j - 2 > head_end and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ == "of":
        return j - 2
    return k


def portfolio_without_ministry(doc: Doc, gaz: Gazetteers, head_end: int, domain_end: int) -> bool:
    """"(UK) Minister for Sanctions": a "Minister for <portfolio>" whose portfolio holds no ministry's field word is a
    minister's brief inside a government, not a "Ministry of Sanctions" (no state has one; BN, twenty-ninth session).
    The post goes to the state the title names before it (the caller asks that it is a sanctioning authority:
    another state's "Minister for Forests" is at its ministry); "Minister for Foreign Affairs" keeps its ministry."""
    if domain_end - head_end < 2 or doc[head_end].lower_ != "for":
        return False
    return not any(t.lower_ in gaz.ministry_fields for t in doc[head_end + 1:domain_end])


#: Words inside a minister's field besides its capitalised ones ("of the Interior", "of Labour, Employment and ...").
FIELD_JOINERS = frozenset({"and", "the", "of"})


def advised_ministry(doc: Doc, ctx: DocResolver, gaz: Gazetteers, j: int, limit: int) -> tuple[str, int] | None:
    """At `j` after an adviser's or a chief of staff's head: "to [the] [<Country>'s | <Demonym>] Minister of|for
    <Field>" -> (the ministry of that field, the field's end), else None. The adviser serves the minister's ministry
    ("a technical adviser to Mali's Minister of Mines": the gold's Ministry of Mines); the post went to a body named
    "Minister of Energy" or to none (BN, thirty-second session). The minister's own name after the field ends it."""
    if j + 3 >= limit or doc[j].lower_ != "to":
        return None
    k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
    country = None
    after_country = _country_end(doc, gaz, k, limit)
    if after_country is not None:
        words = doc[k:after_country - 1 if doc[after_country - 1].tag_ == "POS" else after_country].text
        country, k = gaz.demonyms.get(words, words), after_country
    if k + 2 >= limit or doc[k].text != "Minister" or doc[k + 1].lower_ not in {"of", "for"}:
        return None
    n = field_end = k + 2
    while n < limit:
        word, mention = doc[n], ctx.mention_at(n)
        if mention is not None and mention.start == n and mention.label == "PERSON" and n > k + 2:
            break  # "chief of staff to Minister of the Interior Ana Ruiz": the minister's name closes the field
        if word.is_alpha and word.is_title:
            n = field_end = n + 1
        elif (word.lower_ in FIELD_JOINERS and word.is_lower or word.text == ",") and n + 1 < limit and doc[n + 1].is_title:
            n += 1
        else:
            break
    if field_end == k + 2:
        return None
    name = f"Ministry of {doc[k + 2:field_end].text}"
    return (f"{_possessive(country)} {name}" if country else name), field_end
