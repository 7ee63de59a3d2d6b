"""A head of state or a state post named without a country: the government of the release's one country.

"President X", "Vice President X", "Prime Minister X", "X is Minister of State for Presidential Affairs" name no
body. The GUIDELINES' fallback for a state post is "Government of <country>", and a release that speaks of one
country (besides the U.S.) leaves no doubt whose president or junior minister this is ("the reforms pursued by
President X" in a release about Burundi). A release that names two or more countries gives no body: which one is
not decidable by rule. A post held "to" such a head, named ("Chief of Staff to President X", "a senior adviser
to President X"), belongs to that head's government, whatever the post's case. The U.S. President stays the U.S.
one: a person whom any sentence of the document shows to be the U.S. President (`roles_us_president`), or named in a
sentence about an Executive Order or the Administration, gets no foreign government.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.gazetteers import Gazetteers
from ..nlp.doc_text import doc_text
from .context import DocContext
from .country_aliases import ALIASES
from .designation_verbs import ACTING_VERBS
from .government_referent import government_named_before, government_title
from .issuer import issuer
from .roles_us_president import backs_his_policy, only_the_us, signs_an_order, with_the_g7
from .speakers import speaker_mention
from .titles import Title
from .titles_complement import country_of_place, posted_place
from .titles_national import demonyms_of

# heads of state or government and junior ministers: posts of a state, never of a company or group when capitalised
# without a body (a company's president is named with it: "Y President X", "X, President of Y")
STATE_HEADS = {"president", "vice president", "prime minister", "premier", "king", "head of state", "supreme leader",
               "minister of state"}
PRESIDENTS = {"president", "vice president"}
US_FORMS = {"U.S.", "US", "USA", "United States", "United States of America", "America", "American", "Americans"}
US_SENTENCE_WORDS = ("Executive Order", "E.O.", "Administration", "G7", "G-7")
KEY = "gb_release_country"
MAIN_KEY = "gb_main_country"


def release_government(ctx: DocContext, sent: Span, person: Cluster, title: Title) -> str | None:
    """"Government of <country>" for a capitalised state post with no body, when the release names one country."""
    if title.org is not None or title.org_name or title.country or title.possessed or title.plural:
        return None
    served = _head_served(ctx, sent, title)  # "a senior adviser to President Y": the head named decides, any case
    if served is None and governments_post(sent, title):  # "X, the government's chief spokesman,": the release's government
        country = release_country(ctx) or main_country(ctx)
        return f"Government of {country}" if country is not None else None
    if served is None and government_title(sent, title):  # "government spokesperson X": the one the paragraph named (NS)
        country = government_named_before(ctx, _paragraph(ctx, sent), title, lambda span: country_words(span, ctx.gaz))
        return f"Government of {country}" if country is not None else None
    if served is None and (posted := posted_to(ctx, sent, title)) is not None:  # "was named ambassador to Venezuela"
        if quoted_us_envoy(ctx, sent, title):
            return None  # "'...,' said X, ambassador to Y": a U.S. release quotes the U.S. ambassador, not Y's host's
        country = release_country(ctx) or main_country(ctx)
        return f"Government of {country}" if country is not None and country != posted else None
    if served is None and (title.head not in STATE_HEADS or not title.role[:1].isupper()):
        return None
    head, holder = served if served is not None else (title, person)
    if head.org_name and head.org_name.startswith("Government of "):
        return head.org_name  # "Chief of Staff to Liberian President X"
    if head.org is not None or head.org_name:
        return None
    if head.head in PRESIDENTS and (_us_sentence(sent) and not designated_in(ctx, sent, holder) or _us_president(ctx, holder)):
        return None
    named = _government_before(ctx, sent, title) if served is None else None
    if named is not None:  # "the Government of Y, under President X", "Y's federal government, led by Prime Minister X"
        return f"Government of {named}"
    governs = served is None and _heads_a_government(ctx, sent, title)  # "the government of President X"
    country = release_country(ctx)
    if country is None:  # several countries: the release's main one, named in this sentence, for the one named here
        held = served is None and _named_as_held(ctx, title, person)
        country = (main_country(ctx) if governs else sentence_country(ctx, sent)) if held else None
        country = country or (local_top_country(ctx, sent, governs) if held else None)
        return f"Government of {country}" if country is not None else None
    if served is None and not governs and not _named_near(ctx, sent, country):
        return None  # "As President X has made clear, ..." in a release about another country: the U.S. President
    return f"Government of {country}"


GOVERNMENT_NOUNS = {"government", "office", "cabinet"}


def _heads_a_government(ctx: DocContext, sent: Span, title: Title) -> bool:
    """The phrase says the head's government or office ("the government of President X", "The office of Prime
    Minister X said", "Prime Minister X's government"): a head of a government the release speaks of, not one
    mentioned in passing, so the release's main country is his even where the sentence or paragraph names none."""
    doc = sent.doc
    j = title.phrase_start
    if j - 2 >= sent.start and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in GOVERNMENT_NOUNS:
        return True
    m = ctx.resolver.mention_at(title.span_end)
    return (m is not None and m.end + 1 < sent.end and doc[m.end].tag_ == "POS"
            and doc[m.end + 1].lower_ in GOVERNMENT_NOUNS)


HEADED_WORDS = (("under",), ("led", "by"), ("headed", "by"))


def _government_before(ctx: DocContext, sent: Span, title: Title) -> str | None:
    """The country of a government named right before ", under" / ", led by" the head ("We urge the Government of Y,
    under President X, to ...", "The <Demonym> government, under President X, has ...", "Y's federal government, led
    by Prime Minister X, did not comment"): the phrase says whose head X is, in a release that names several
    countries too (R31). The U.S. government stays the U.S. one (None)."""
    doc = sent.doc
    j = title.phrase_start
    words = next((w for w in HEADED_WORDS if j - len(w) - 1 >= sent.start
                  and tuple(t.lower_ for t in doc[j - len(w):j]) == w and doc[j - len(w) - 1].text == ","), None)
    if words is None:
        return None
    end = j - len(words) - 1  # the comma after the government's phrase
    if doc[end - 1].lower_ == "government" and doc[end - 1].is_lower:
        k = end - 1
        while k - 1 >= sent.start and doc[k - 1].is_lower and doc[k - 1].tag_ == "JJ":
            k -= 1  # "federal", "transitional"
        prev = doc[k - 1] if k - 1 >= sent.start else None
        if prev is not None and prev.tag_ == "POS" and k - 2 >= sent.start:
            place = ctx.resolver.mention_at(k - 2)
            country = place.text if place is not None and place.end == k - 1 else None
        else:
            country = ctx.gaz.demonyms.get(prev.text) if prev is not None else None
    else:
        mention = ctx.resolver.mention_at(end - 1)
        text = mention.text if mention is not None and mention.end == end else ""
        text = text[4:] if text.lower().startswith("the ") else text
        country = text[len("Government of "):] if text.startswith("Government of ") else None
        country = country[4:] if country is not None and country.startswith("the ") else country
    country = ALIASES.get(country, country) if country else None
    if country is None or country in US_FORMS or country not in ctx.gaz.countries and country not in ALIASES.values():
        return None
    return country


def sentence_country(ctx: DocContext, sent: Span) -> str | None:
    """In a release naming several countries, the one it names most (at least twice as often as any other, by
    name or adjective) when the sentence names it and no other country ("Given President X's refusal to end the war,
    Treasury is sanctioning Russia's oil companies" in a release about Russia that also names Ukraine)."""
    main = main_country(ctx)
    if main is None:
        return None
    named = set(country_words(sent, ctx.gaz))
    return main if named == {main} else None


def local_top_country(ctx: DocContext, sent: Span, governs: bool) -> str | None:
    """The release's most-named country (strictly ahead of the next, not the twice of `main_country`) when the head's
    own words point at it: the sentence names it and no other, or names none and its paragraph names it alone, or the
    phrase is the head's government ("Prime Minister X's government") and the sentence names it among others. A
    release about two states names the second often ("Iraq" 11, "Iran" 6), and "President X succeeded his father" in
    a paragraph about the first is that state's president (G, twenty-third session)."""
    top = _top_country(ctx)
    if top is None:
        return None
    named = set(country_words(sent, ctx.gaz))
    if named == {top} or governs and top in named:
        return top
    if named:
        return None
    return top if set(country_words(_paragraph(ctx, sent), ctx.gaz)) == {top} else None


def _top_country(ctx: DocContext) -> str | None:
    """The country the release names most, strictly ahead of the next; a country that sanctions in the release is not
    counted ("The UK has today sanctioned two relatives of Y's President": the release is about Y, not the UK). Read
    once per document (`DocContext.top_country`): each state post without a body asked it, and both counts walk
    every token."""
    if not ctx.top_country_known:
        acting = _acting_countries(ctx)
        counts = Counter(c for c in country_words(ctx.doc, ctx.gaz, whole=True) if c not in acting)
        ranked = counts.most_common(2)
        ctx.top_country = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        ctx.top_country_known = True
    return ctx.top_country


def _acting_countries(ctx: DocContext) -> set[str]:
    """The countries named as the subject of a designating verb anywhere in the release ("The UK has sanctioned")."""
    found: set[str] = set()
    for tok in ctx.doc:
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in ACTING_VERBS | {"impose"}:
            for child in tok.children:
                if child.dep_ == "nsubj":
                    found.update(country_words(ctx.doc[child.left_edge.i:child.right_edge.i + 1], ctx.gaz))
    return found


def _paragraph(ctx: DocContext, sent: Span) -> Span:
    """The paragraph (blank-line block) holding the sentence, as a span of whole tokens."""
    text = doc_text(ctx.doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    end = text.find("\n\n", sent.start_char + len(sent.text.rstrip()))  # a sentence keeps the blank line after it
    span = ctx.doc.char_span(start + 2 if start >= 0 else 0, end if end >= 0 else len(text), alignment_mode="expand")
    return span if span is not None else sent


def governments_post(sent: Span, title: Title) -> bool:
    """"the government's (chief) spokesman", "The government's spokeswoman, X": a post the phrase gives to the
    government of the state the release is about, which the text never names as a body (GUIDELINES' fallback
    "Government of Y"; G, twenty-third session). "the U.S. government's" is no "the government's"."""
    doc = sent.doc
    k = title.phrase_start
    return k - 3 >= sent.start and doc[k - 1].tag_ == "POS" and doc[k - 2].lower_ == "government" \
        and doc[k - 2].is_lower and doc[k - 3].lower_ == "the"


def posted_to(ctx: DocContext, sent: Span, title: Title) -> str | None:
    """The country an ambassador with no country of his own is sent to ("ambassador to Venezuela"), else None. He
    serves the government of the state the release is about, when that is another (G, twenty-third session)."""
    place = posted_place(sent.doc, ctx.resolver, ctx.gaz, title.head, title.end, sent.end)
    country = country_of_place(place.text, ctx.gaz) if place is not None else None
    return ALIASES.get(country, country) if country is not None else None


def quoted_us_envoy(ctx: DocContext, sent: Span, title: Title) -> bool:
    """The ambassador speaks in a release a U.S. body issues ("'We will ...,' said X, ambassador to Y"): the release
    quotes its own government's envoy, whose government is no foreign state's (W's probe, twenty-third session;
    guarded in the twenty-fourth, M). A designee who speaks is said in no such voice: the speaker test
    (`speakers.speaker_mention`) refuses a subject holding a designation word."""
    return speaker_mention(sent, title.start, title.end) and issuer(ctx) is not None


def designated_in(ctx: DocContext, sent: Span, person: Cluster) -> bool:
    """The person is designated in this sentence (the passive subject or object of "designate", "sanction", ...): a
    designee is no U.S. President, though the sentence names an Executive Order ("Former Vice President X was
    designated ... under E.O. 13818"; G, twenty-third session)."""
    doc = sent.doc
    for m in ctx.mentions_in(sent.start, sent.end):
        if ctx.entity(m) is not person:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ in {"nsubjpass", "dobj"} and root.head.lemma_.lower() in ACTING_VERBS:
            return True
    return False


def _named_as_held(ctx: DocContext, title: Title, person: Cluster) -> bool:
    """The name right after the title is the person's whole name ("President X" where the document names X so): a
    bare surname that the document resolved to a longer name may be a relative's ("A B C, the son of President B")."""
    m = ctx.resolver.mention_at(title.span_end)
    return m is not None and m.start == title.span_end and ctx.entity(m) is person and " ".join(m.text.split()) == person.name


def main_country(ctx: DocContext) -> str | None:
    """The country a release names at least twice as often as any other (names and adjectives), else None."""
    doc = ctx.doc
    if MAIN_KEY not in doc.user_data:
        counts = Counter(country_words(doc, ctx.gaz, whole=True))
        ranked = counts.most_common(2)
        doc.user_data[MAIN_KEY] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
    return doc.user_data[MAIN_KEY]


def _named_near(ctx: DocContext, sent: Span, country: str) -> bool:
    """The country, or its nationality adjective or plural ("Nicaraguans"), is named in the sentence's paragraph."""
    text = doc_text(ctx.doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    end = text.find("\n\n", sent.end_char)
    para = text[start + 2 if start >= 0 else 0:end if end >= 0 else len(text)]
    forms = {country} | {d for c, ds in demonyms_of(ctx.gaz).items() if ALIASES.get(c, c) == country for d in ds}
    return any(re.search(r"\b" + re.escape(form) + r"s?\b", para) for form in forms)


def _head_served(ctx: DocContext, sent: Span, title: Title) -> tuple[Title, Cluster] | None:
    """The head of state, and its holder, whom a post is held "to": "Chief of Staff to President X", "adviser to
    Ecuador's Prime Minister X". The head must be named ("to the President" alone may be the U.S. one)."""
    doc = sent.doc
    j = title.span_end
    if j >= sent.end or doc[j].lower_ != "to":
        return None
    for head in ctx.titles_in(sent):
        if head.phrase_start in {j + 1, j + 2} and head.head in STATE_HEADS - {"minister of state"} and head.role[:1].isupper():
            holder = ctx.entity(ctx.resolver.mention_at(head.span_end))
            if holder is not None and holder.type == "Person":
                return head, holder
    return None


def _us_sentence(sent: Span) -> bool:
    text = sent.text
    return any(w in text for w in US_SENTENCE_WORDS)


def _us_president(ctx: DocContext, person: Cluster) -> bool:
    """Whether some sentence of the document shows this person to be the U.S. President (signs an Executive Order,
    acts with the G7, or is named in a sentence about the U.S. alone)."""
    for m in ctx.resolver.mentions:
        if ctx.entity(m) is not person:
            continue
        sent = ctx.sentences[ctx.sentence_index(m.start)]
        if _us_sentence(sent) and not designated_in(ctx, sent, person) or signs_an_order(sent, m) or with_the_g7(sent, m) or only_the_us(ctx, sent, m) \
                or backs_his_policy(ctx, sent, m):
            return True
    return False


def release_country(ctx: DocContext) -> str | None:
    """The one country other than the U.S. that the document names (by name or nationality adjective), else None."""
    doc = ctx.doc
    if KEY not in doc.user_data:
        named = countries_named(doc, ctx.gaz)
        doc.user_data[KEY] = next(iter(named)) if len(named) == 1 else None
    return doc.user_data[KEY]


def countries_named(doc: Doc, gaz: Gazetteers) -> set[str]:
    """Every country a text names, as words anywhere (also inside a body's name: "Central Bank of Iran"), the U.S.
    aside. Read from the words, not the model's tags: a country the model tagged as a person or a body still counts."""
    return set(country_words(doc, gaz))


def country_words(doc: Doc | Span, gaz: Gazetteers, whole: bool = False) -> list[str]:
    """The country of each name or adjective of a country in the text, in order (the U.S. aside). With `whole`, the
    words of a name found are not read again ("Republic of the Congo" is not also "Congo"): one count per name."""
    found: list[str] = []
    words = [t.text for t in doc]
    skip = 0
    for i in range(len(words)):
        if not words[i][:1].isupper() or i < skip:
            continue
        if doc[i].ent_iob_ == "I" and doc[i].ent_type_ == "PERSON":
            continue  # a surname ("A Cerda Montenegro"), not the country (twenty-fourth session, M)
        for n in (5, 4, 3, 2, 1):
            text = " ".join(words[i:i + n])
            if i + n > len(words):
                continue
            if text in US_FORMS or text.startswith("U.S"):
                break
            country = gaz.demonyms.get(text) or (text if text in gaz.countries else None)
            if country is not None:
                country = ALIASES.get(country, country)
                if country not in US_FORMS:
                    found.append(country)
                skip = i + n if whole else skip
                break
    return found
