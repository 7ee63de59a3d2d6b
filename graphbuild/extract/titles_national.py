"""A state's force or assembly named by its country and a common noun: "Moldova's parliament", "the Eritrean army".

News stories and State notes name another government's army, police or parliament so ("a lawmaker in Moldova's
parliament", "a former sergeant in Mozambique's army", "the Burmese military's Chief of Air Staff"). The words are
in lower case, the model tags the country alone (as a place, a nationality or even an organization), and the post
had no body, or the country took the body's place. The body is the phrase as written, without its article: the
country makes the common noun a proper body, as the field makes "foreign ministry" one (titles_ministry.py). When the
release names the body in full elsewhere ("Two officers of Tanzania's police" in a story that names the "Tanzania
Police Force"), the post is at that body: a plain body of the document whose name holds the country (or its
demonym) and the noun's words capitalised. Seventeenth session (issue 13, H4).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import Cluster, DocResolver
from ..nlp.gazetteers import Gazetteers

__all__ = ["NATIONAL_BODY_NOUNS", "NationalBody", "demonyms_of", "national_body", "national_body_before"]

#: (the body the release names in full, else None; else the phrase as written, without its article; a token index).
NationalBody = tuple[Cluster | None, str | None, int]

#: Lower-case nouns that name one body of a state once a country owns them (one or two words, longest first).
NATIONAL_BODY_NOUNS: tuple[tuple[str, ...], ...] = (
    ("armed", "forces"), ("air", "force"), ("national", "police"), ("national", "guard"), ("coast", "guard"),
    ("border", "guard"), ("presidential", "guard"), ("national", "assembly"), ("customs", "service"),
    ("customs", "administration"), ("army",), ("navy",), ("military",),
    ("police",), ("parliament",), ("gendarmerie",), ("judiciary",), ("senate",),
)


def demonyms_of(gaz: Gazetteers) -> dict[str, frozenset[str]]:
    """Country -> its demonyms ("Russia" -> {"Russian", ...}), the gazetteer's map reversed once, not per body asked."""
    def make(g: Gazetteers) -> dict[str, frozenset[str]]:
        grouped: dict[str, set[str]] = {}
        for demonym, country in g.demonyms.items():
            grouped.setdefault(country, set()).add(demonym)
        return {country: frozenset(ds) for country, ds in grouped.items()}
    return gaz.derived("titles_national.demonyms_of", make)  # type: ignore[no-any-return]


def _named_in_full(ctx: DocResolver, gaz: Gazetteers, country: str, noun: list[str]) -> Cluster | None:
    """The document's plain body whose name holds the country (or a demonym of it) and every word of the noun
    capitalised ("Tanzania Police Force" for "Tanzania's police"), else None."""
    country = gaz.demonyms.get(country, country)
    places = {country} | demonyms_of(gaz).get(country, frozenset())
    wanted = [w.capitalize() for w in noun]
    for cluster in ctx.clusters:
        words = cluster.name.split()
        if cluster.is_plain_body and all(w in words for w in wanted) and any(
                " ".join(words[i:i + len(p.split())]) == p for p in places for i in range(len(words))):
            return cluster
    return None


def _country_end(doc: Doc, gaz: Gazetteers, k: int, limit: int, bare: bool = False) -> int | None:
    """The token after "<Country>'s" or "<Demonym>" opening at `k` (one or two words: "Burkina Faso's",
    "South Sudanese"), else None. The words alone decide: the model tags such a country as a place, a nationality or
    an organization. `bare`: the country itself may qualify the noun ("the Burma military", after an article)."""
    for width in (2, 1):
        if k + width > limit:
            continue
        words = doc[k:k + width].text
        if words in gaz.demonyms:
            return k + width
        if words in gaz.countries and k + width < limit and doc[k + width].tag_ == "POS":
            return k + width + 1
        if bare and words in gaz.countries and k + width < limit and doc[k + width].is_lower:
            return k + width
    return None


def _names_noun(doc: Doc, j: int, noun: tuple[str, ...], limit: int, capitalised: bool = False) -> bool:
    """The lower-case words of `noun` stand at `j` and end by `limit` (`capitalised`: or written with capitals)."""
    end = j + len(noun)
    return end <= limit and all((doc[j + n].is_lower or (capitalised and doc[j + n].is_title)) and doc[j + n].lower_ == w
                                for n, w in enumerate(noun))


def _noun_end(doc: Doc, j: int, limit: int, capitalised: bool = False) -> int | None:
    for noun in NATIONAL_BODY_NOUNS:
        if _names_noun(doc, j, noun, limit, capitalised):
            return j + len(noun)
    return None


def _noun_read_alone(ctx: DocResolver, j: int, limit: int) -> int | None:
    """The end of a capitalised noun the model tagged as a name by itself after the country ("Lebanon's [Parliament]"):
    a bare kind word, no body's name, so the country's body as the lower-case noun would be; else None. A name the model
    reads whole ("the Lebanese Parliament") or going on ("Parliament Street") is left alone."""
    mention = ctx.mention_at(j)
    if mention is None or mention.start != j:
        return None
    end = _noun_end(ctx.doc, j, min(limit, mention.end), capitalised=True)
    return end if end == mention.end else None


def _named_after(doc: Doc, ctx: DocResolver, end: int, limit: int) -> bool:
    """The phrase ending at `end` is followed by an appositive organization's name (", [the] <Name>"): the body's own
    name, which the complement reads as it did before the phrase was a body (BM, thirty-first session). A name owning
    what follows (", the Vantor Party's deputy leader") states another post, not the body's name (RB)."""
    k = end + 1
    if k < limit and doc[end].text == "," and doc[k].lower_ == "the":
        k += 1
    mention = ctx.mention_at(k) if k < limit and doc[end].text == "," else None
    if mention is None or mention.start != k or mention.label != "ORG":
        return False
    return not any(t.tag_ == "POS" for t in doc[mention.start:min(mention.end + 1, len(doc))])


def national_body(doc: Doc, ctx: DocResolver, gaz: Gazetteers, k: int, limit: int) -> NationalBody | None:
    """At `k` after a title's preposition: "[the] <Country>'s | <Demonym> <body noun>" -> (the body the release names
    in full or None, else the phrase without its article, and the phrase's end). A capitalised noun ("Moldova's Parliament")
    is a name the model reads and is left alone; a noun followed by another noun ("the Russian army unit") names a part
    the phrase does not end on."""
    j = k + 1 if k < limit and doc[k].lower_ == "the" else k
    country_end = _country_end(doc, gaz, j, limit, bare=j > 0 and doc[j - 1].lower_ == "the")
    if country_end is None:
        return None
    end = _noun_end(doc, country_end, limit)
    if end is None and doc[country_end - 1].tag_ == "POS":
        end = _noun_read_alone(ctx, country_end, limit)
    if end is None or (end < limit and doc[end].tag_ in {"NN", "NNS"} and doc[end].is_lower):
        return None
    if end + 1 < limit and doc[end].tag_ == "POS" and not doc[end + 1].text[:1].islower():
        return None  # "the Russian military's 6th Army": the named unit is the body, the model's mention
    if _named_after(doc, ctx, end, limit):
        return None  # "Guinea's customs service, the Direction Generale des Douanes": the name the release gives
    country = doc[j:country_end - 1 if doc[country_end - 1].tag_ == "POS" else country_end].text  # the words, not "'s"
    named = _named_in_full(ctx, gaz, country, [t.lower_ for t in doc[country_end:end]])
    return named, (None if named is not None else doc[j:end].text), end


def national_body_before(doc: Doc, ctx: DocResolver, gaz: Gazetteers, mark: int, floor: int) -> NationalBody | None:
    """"the Burmese military's top commander": the body of a possessive ending at the mark `mark` -> (the body the
    release names in full or None, else the phrase without its article, and where the phrase opens, article included)."""
    for noun in NATIONAL_BODY_NOUNS:
        start = mark - len(noun)
        if start <= floor or not _names_noun(doc, start, noun, mark):
            continue  # the words before the mark are this noun: "military's" looks for a "Military", not an "Army" (M45)
        for width in (1, 2, 3):  # "Burmese", "Mozambique 's", "Burkina Faso 's"
            opening = start - width
            if opening < floor or _country_end(doc, gaz, opening, start) != start:
                continue
            phrase = opening - 1 if opening - 1 >= floor and doc[opening - 1].lower_ == "the" else opening
            country = doc[opening:start - 1 if doc[start - 1].tag_ == "POS" else start].text
            named = _named_in_full(ctx, gaz, country, list(noun))
            return named, (None if named is not None else doc[opening:mark].text), phrase
    return None
