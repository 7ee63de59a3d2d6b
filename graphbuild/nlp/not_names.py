"""Mentions that are not names: posts ("General Director"), and pieces of a heading line set in capitals.

The small model tags a capitalised post as a person ("Sokolov is the First Deputy General Director": PERSON
"General Director") and a run of words from an all-caps section heading as an organization ("GUIDANCE ON ...
SUPPORT OF PROCUREMENT NETWORKS": ORG "PROCUREMENT NETWORKS"). Kept, such a mention becomes an entity that holds a
post, is designated, or is the antecedent of "the company". This filter runs once on the collected mentions, before
the surname and alias passes (which would spread the false name: "Director" as the surname of "General Director").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..names import fold
from ..records import Relation
from .gazetteers import Gazetteers
from .mention import PERSON_WORD, RANK_NOUNS, TITLE_ABBREVIATIONS, Mention
from .doc_text import doc_text, token_words
from .kin_words import NATIONALITY_NOUNS

CONNECTIVES = {"of", "the", "and", "for", "&", "to"}
_SPLIT = re.compile(r"[\s\-]+")


#: Fields that follow "Minister of" / "Director for" and are no part of a name ("Minister of Foreign Affairs X Y")
#: Parts of the world a post may be for ("Minister for Europe", "Assistant Secretary for Southeast Asia"): no ministry.
REGION_WORDS = frozenset({"europe", "eurasia", "asia", "africa", "americas", "hemisphere", "east",
                          "balkans", "caucasus", "sahel", "levant"})  # R22: "Special Envoy for the Western Balkans X Y"

FIELD_WORDS = frozenset({
    "affairs", "defense", "defence", "interior", "finance", "justice", "economy", "energy", "trade", "health", "education",
    "industry", "agriculture", "oil", "petroleum", "mines", "transport", "communications", "culture", "labor", "labour",
    "development", "planning", "treasury", "state", "security", "intelligence", "information", "foreign", "internal",
    "public", "national", "operations", "logistics", "investment", "investments", "works",
    "financing", "crimes", "terrorism", "sanctions",
    # fields of diplomatic posts (R18): "Coordinator for Counterterrorism X Y", "... and Security Policy X Y", "Minister
    # of Economy and Commerce X Y", "... Trafficking in Persons X Y", "Minister for Europe X Y", "for Southeast Asia X Y"
    "counterterrorism", "counternarcotics", "policy", "rights", "persons", "commerce", "democracy",
    # R21: "Minister of Energy and Water X Y", "Assistant Secretary for Intelligence and Analysis X Y"
    "water", "analysis",
    # R22: "Assistant Secretary of State for International Security and Nonproliferation X Y"
    "nonproliferation", "counterproliferation", "disarmament"}) | REGION_WORDS


def title_words(gaz: Gazetteers) -> tuple[frozenset[str], frozenset[str]]:
    """(every word of the titles lexicon, the head nouns of its titles that do not also name a body or firm): the
    last word of a head ("officer" of "chief financial officer", not "financial")."""
    cached = getattr(gaz, "_gb_title_words", None)
    if cached is None:
        words = {w for head in gaz.title_heads for w in _SPLIT.split(head) if w}
        nouns = {_SPLIT.split(head)[-1] for head in gaz.title_heads}
        bodies = gaz.public_body_words | gaz.company_words
        cached = (frozenset(words | gaz.title_modifiers), frozenset(nouns - bodies))
        object.__setattr__(gaz, "_gb_title_words", cached)
    return cached


def beside_a_name(low: str, gaz: Gazetteers) -> bool:
    """`low` (a word in lower case, without a full stop) stands before a person's name and is never one of its words:
    a word of a title or a title's modifier ("commander", "deputy", "co-founder"), a rank ("captain", "brigadier"), a
    title's abbreviation ("capt", "gen") or an honorific ("sheikh"). The one test of `name_halves` (two halves of a
    name the model cut) and `name_nicknames` (the words around a quoted nickname); each had its own word sets, and the
    nickname walk knew no rank noun the titles lexicon lacks ("Captain", "Commodore"; issue 13, R2)."""
    return low in title_words(gaz)[0] or low in gaz.title_heads or low in RANK_NOUNS or low in TITLE_ABBREVIATIONS \
        or low in gaz.honorifics

def exportable(relation: Relation, gaz: Gazetteers) -> bool:
    """False for a relation whose subject is a post ("General Director" designated) or that gives a post to a post;
    an office named by its holder's title ("Supreme Leader", the Office of the Supreme Leader) may be an object."""
    subject, obj = relation.subject, relation.object
    return not is_title_only(subject.name, gaz) and not (obj.type == "Person" and is_title_only(obj.name, gaz))


def is_title_only(name: str, gaz: Gazetteers) -> bool:
    """A name made only of title and rank words with at least one head ("General Director", "Deputy Chief"):
    a post, never an entity's name. "State" or "National Police" (no head) and "Executive Council" (a body word)
    are not posts."""
    words = [w.strip(".,'’()").lower() for w in _SPLIT.split(name)]
    words = [w for w in words if w and w not in {"'s", "’s"}]
    all_words, heads = title_words(gaz)
    return bool(words) and all(w in all_words or w in CONNECTIVES for w in words) and any(w in heads for w in words)


def capital_line(line: str) -> bool:
    """A line set wholly in capitals with two words or more and no closing full stop: a heading, not a sentence (read
    by `caps_lines` and by `name_capitals` for a name in a heading)."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(not c.isalpha() or c.isupper() for w in words for c in w) and not line.rstrip().endswith(".")


def caps_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of lines set wholly in capitals with two words or more: headings, not sentences."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        if capital_line(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def fixed_portfolios(doc: Doc, gaz: Gazetteers) -> list[tuple[int, int]]:
    """Token ranges of the portfolios of the gazetteer's fixed titles written out in the text: the words after the
    title's "for" ("Under Secretary of the Treasury for | Terrorism and Financial Intelligence", "High Representative
    for | Foreign Affairs and Security Policy"), the longest title at each start, as `titles_words.prenominal` matches
    them. The body after an "of" ("of the Treasury") is the post's body and stays."""
    spans: list[tuple[int, int]] = []
    texts = token_words(doc)[0]  # the words, not a `Token` per word and per title word (issue 18, PF)
    i = 0
    while i < len(texts):
        end = i + 1
        for key in gaz.prenominal_by_first.get(texts[i], ()):  # longest first
            words = key.split()
            if len(words) > 2 and i + len(words) <= len(texts) and texts[i:i + len(words)] == words:
                end = i + len(words)
                if "for" in words:
                    spans.append((i + words.index("for") + 1, end))
                break
        i = end
    return spans


def in_portfolio(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """The mention lies in a fixed title's portfolio ("... for Terrorism and Financial Intelligence"): a field of a
    post whose body the lexicon names, no body of its own. As an antecedent, "Financial Intelligence" was the last
    body named before "Its leader, X" or "The organization is led by X" later in the release (twenty-fifth session,
    SA: six false posts in the readable sets). Dropping the mention outright moved the learned role scorer's cues of
    every Treasury release (train CV holds_role 0.914 -> 0.897), so it is only marked."""
    return any(s <= m.start and m.end <= e for s, e in spans)


def drop_non_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """Mentions without posts and heading pieces, a fixed title's portfolio marked; people lose a leading title
    ("Senior Advisor Ana Ruiz Vela")."""
    lines = caps_lines(doc)
    portfolios = fixed_portfolios(doc, gaz)
    kept: list[Mention] = []
    for m in mentions:
        if m.label == "ORG" and not m.authority and portfolios and in_portfolio(m, portfolios):
            m.extra["portfolio"] = True  # kept (the role scorer's cues count it), but no antecedent (coref.last_of_kind)
        if m.authority or m.label not in {"PERSON", "ORG", "GPE", "LOC"}:
            kept.append(m)
            continue
        if m.label in {"GPE", "LOC"}:  # "(Secretary of State for) Southeast Asia X Y" read as a place: the name only
            start = name_after_field(doc, m.start, m.end, title_words(gaz)[0], gaz.countries)
            if start != m.start:
                _strip_leading_title(doc, m, gaz)
            kept.append(m)
            continue
        if _nationality_before_noun(doc, m, gaz):
            m.label = "NORP"  # "Sri Lankan national X", "Greek Cypriot national X" read as a person or a firm (H9)
            kept.append(m)
            continue
        if is_title_only(m.text, gaz) and not (m.label == "ORG" and m.end < len(doc) and doc[m.end].tag_ == "POS"):
            continue  # a possessor stays: "the Supreme Leader's deputy chief of staff" names the office (coref keeps it a body)
        _strip_leading_title(doc, m, gaz)
        kept.append(m)
    text = doc_text(doc)
    out: list[Mention] = []
    for m in kept:
        start = doc[m.start].idx
        line = next(((s, e) for s, e in lines if s <= start < e), None)
        if line is not None and m.label in {"PERSON", "ORG"} and not m.authority and m.alias_of is None \
                and not (_names_whole_line(text[line[0]:line[1]], m.text) and _body_words(m.text, gaz)) \
                and not _named_in_body(m, kept, lines, doc):
            continue  # "GUIDANCE ON ... SUPPORT OF PROCUREMENT NETWORKS", "SHIPS AND FACILITATORS": a heading, no name
        out.append(m)
    return out


def _nationality_before_noun(doc: Doc, m: Mention, gaz: Gazetteers) -> bool:
    """"[Sri Lankan] national X", "[Greek Cypriot] national X": words that are all nationalities of the gazetteer
    (one or two of them), before "national" / "citizen", name no person and no body: the model's PERSON or ORG there
    took the post that the title before it gives to X ("Its general manager is Sri Lankan national X"; issue 13, H9)."""
    if m.end >= len(doc) or (doc[m.end].lower_ not in NATIONALITY_NOUNS and doc[m.end].lower_[:-1] not in NATIONALITY_NOUNS):
        return False
    words = m.text.split()
    return m.text in gaz.demonyms or (len(words) == 2 and all(w in gaz.demonyms for w in words))


def _strip_leading_title(doc: Doc, m: Mention, gaz: Gazetteers) -> None:
    """"Senior Advisor Tobiah Renard Voss" (PERSON) or "Co-Founder Tomas Ruben Arce" (ORG): the post is no part of
    the name; nor is the tail of a hyphened compound the span starts inside ("Second-in-|Command Joel Vera Pinto").
    Two name words must stay; an ORG becomes a person only when the rest reads as a person's name."""
    all_words, _ = title_words(gaz)
    start = m.start
    while start < m.end and (glued_to_previous(doc, start) or (doc[start].lower_.strip(".") in all_words and doc[start].text[:1].isupper())
                             or _field_of_a_post(doc, start, all_words)
                             or (doc[start].text == "-" and start > m.start and not doc[start - 1].whitespace_)):
        start += 1
    # the loop stops at the field's "for" ("State | for African Affairs X Y"): the field may still run on (R21)
    start = max(start, name_after_field(doc, m.start, m.end, all_words, gaz.countries))
    rest = doc[start:m.end]
    if m.start == start or len(rest) < 2 or not rest[0].text[:1].isupper() or rest[0].lower_ in CONNECTIVES:
        return
    if m.label in {"ORG", "GPE", "LOC"}:
        words = {t.lower_.strip(".,") for t in rest}
        if words & (gaz.public_body_words | gaz.company_words) or len(rest) > 5 or not all(_name_token(t) for t in rest):
            return
        m.label = "PERSON"
    m.start = start
    m.text = rest.text


def _name_token(tok: Token) -> bool:
    """A word of a person's name, or the glued hyphen of a double surname ("B-C")."""
    return bool(PERSON_WORD.match(tok.text)) or (tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)


def name_after_field(doc: Doc, start: int, end: int, all_words: frozenset[str], countries: set[str] | frozenset[str] = frozenset()) -> int:
    """"(Assistant Secretary of State for) Andean Affairs X Y", "(Under Secretary for Terrorism and) Financial
    Intelligence X Y": the mention opens inside the field of a post named just before it (after its "for", "of"
    or "and"), so its words up to the last field word are the post's; the two to four name words after them are
    the name. Returns the name's first token, or `start` when the words from `start` to `end` do not read so.
    "(Ambassador to) X Y" opens a field as "for" does, and a field may close with a country's name ("Ambassador to
    Bosnia and | Herzegovina X Y", `countries`)."""
    opener = start - 1
    if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 3].lower_ in all_words and doc[start - 3].text[:1].isupper():
        opener = start - 2  # "Minister for the | Middle East X Y": a capitalised post right before "for the" (R21)
    if start == 0 or doc[opener].lower_ not in {"for", "of", "and", "to"} \
            or not any(doc[k].lower_ in all_words and doc[k].text[:1].isupper() for k in range(max(0, opener - 10), opener)):
        return start
    last = max((k for k in range(start, end - 2) if doc[k].lower_ in FIELD_WORDS or _closes_country(doc, k, countries)), default=None)
    initial = _given_before_initial(doc, start, end)
    if initial is not None and (last is None or initial > last + 1):
        last = initial - 1  # "for the Cyber Division | Marcus D. Ellery": a middle initial marks where the name opens
    if last is None or not all(doc[k].text[:1].isupper() or doc[k].lower_ in CONNECTIVES for k in range(start, last)):
        return start
    rest = doc[last + 1:end]
    names = [t for t in rest if t.text != "-"]
    if not 2 <= len(names) <= 4 or not all(_name_token(t) for t in rest) or any(t.lower_ in all_words | FIELD_WORDS for t in names):
        return start
    return last + 1


def _given_before_initial(doc: Doc, start: int, end: int) -> int | None:
    """The given name of "Given X. Surname" closing `start:end` (R21): the word before a middle initial, which no
    field of a post holds; None without one."""
    if end - start < 4 or not re.fullmatch(r"[A-Z]\.", doc[end - 2].text):
        return None
    return end - 3 if end - 3 > start and _name_token(doc[end - 3]) and _name_token(doc[end - 1]) else None


def _closes_country(doc: Doc, k: int, countries: set[str] | frozenset[str]) -> bool:
    """Token k is the last word of a country's name ("Bosnia and Herzegovina", "Kyrgyzstan")."""
    return doc[k].text[:1].isupper() and any(doc[j:k + 1].text in countries for j in range(max(0, k - 3), k + 1))


def _field_of_a_post(doc: Doc, i: int, all_words: frozenset[str]) -> bool:
    """"(Minister of Foreign) Affairs Anton Sedov": a field word right after the post's "of" or another field word."""
    return doc[i].lower_ in FIELD_WORDS and i > 0 and (doc[i - 1].lower_ in {"of", "for"} or doc[i - 1].lower_ in FIELD_WORDS | all_words)


def glued_to_previous(doc: Doc, i: int) -> bool:
    """Token i continues a hyphened compound: "-" right before it and no space on either side of the hyphen."""
    return 2 <= i < len(doc) and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _body_words(name: str, gaz: Gazetteers) -> bool:
    """A word that makes a heading a body's name ("THE NATIONAL ASSEMBLY", "... TRADING LLC")."""
    return bool({w.strip(".,()") for w in fold(name).split()} & (gaz.public_body_words | gaz.company_words))


def _names_whole_line(line: str, name: str) -> bool:
    """"THE NATIONAL ASSEMBLY": a heading that is one body's name alone."""
    folded = fold(line).strip(" \t\r:-–—")
    folded = folded[4:] if folded.startswith("the ") else folded
    return folded == fold(name)


def _named_in_body(m: Mention, mentions: list[Mention], lines: list[tuple[int, int]], doc: Doc) -> bool:
    """The heading's name is also a name of the text ("SANCTIONS ON KALVEX TRADING" and "Kalvex Trading LLC")."""
    words = fold(m.text).split()
    for other in mentions:
        if other is m:
            continue
        at = doc[other.start].idx if lines else -1  # one Token per mention, not one per line (S22)
        if any(s <= at < e for s, e in lines):
            continue
        theirs = fold(other.text).split()
        if any(theirs[i:i + len(words)] == words for i in range(len(theirs) - len(words) + 1)):
            return True
    return False
