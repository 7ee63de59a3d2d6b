"""Collect clean entity mentions from a parsed Doc.

The small statistical model makes predictable mistakes (a leading "the", a
trailing possessive, a span across a line break, a surname tagged as a place);
this module turns `doc.ents` plus gazetteer hits, bold names, parenthesised
aliases and vessel/aircraft codes into one ordered, non-overlapping mention list.
"""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from .alias_phrases import alias_phrase_start, whole_appositive, without_naming_words
from .doc_text import forget_text, holds_text, span_text, text_now, token_flags, token_words
from .capitals import capital_government
from .gazetteers import Gazetteers
from .mention import RANK_NOUNS, TITLE_ABBREVIATIONS, Mention, title_abbreviation
from .name_bold_aliases import before_other_name
from .name_contexts import drop_heading_fragments
from .name_generations import join_age_epithets
from .name_group_nouns import join_group_kind_nouns
from .name_coordinated import join_coordinated_fields
from .name_joins import join_cut_bodies
from .name_hyphens import close_dangling_of, join_hyphen_compounds, join_particle_bodies, join_surname_particles
from .name_inverted import join_inverted_names, retype_surname_first
from .name_repeats import join_names_spelled_whole
from .name_missions import join_mission_places, join_mission_states
from .name_nicknames import join_quoted_nicknames
from .name_pairs import split_named_pairs
from .name_patronymics import people_with_patronymics
from .name_ranks import people_after_ranks
from .name_short_lists import split_short_name_lists
from .name_romance import join_romance_bodies
from .name_tables import people_in_tables
from .company_forms import company_forms
from .name_spans import repair_names, take_given_names_before
from .name_runs import PERSON_WORD, guess_label, add_names_after_titles, add_proper_noun_runs
from .name_bylines import people_in_bylines
from .name_halves import join_split_people, take_opening_given_names
from .not_names import drop_non_names, title_words
from .token_words import tokens_spelled
from .name_capitals import align_capitals
from .name_votes import people_read_as_bodies
from .naming_words import NAMING_PARTICIPLES
from .program_bodies import group_named_by_program
from .marked_short_names import add_marked_short_name_repeats
from .body_short_names import add_body_short_name_repeats
from .type_evidence import align_repeated_names, retype_mentions

#: A capitalised "His"/"Her" that opens a gazetteer authority's name is part of it (a state's style of address).
STYLE_PRONOUNS = frozenset({"His", "Her"})
LEADING_DROP = {"the", "all", "a", "an", "its", "their", "his", "her", "former", "then", "sanctioned"}
#: participles that, hyphened to the word before them, make that word a place ("Sahel-based", "Dubai-registered")
PLACE_PARTICIPLES = frozenset({"based", "registered", "headquartered"})
#: participles that, hyphened to the word before them, say who listed a name ("U.S.-designated", "EU-sanctioned")
LISTING_PARTICIPLES = frozenset({"designated", "sanctioned", "listed"})
#: "the U.S.-designated Ministry of Defense", "UAE-based Y": a modifier hyphened to the name's first word says who
#: listed it or where it sits; it is no part of the name. Made from the two lists (the place participles were
#: spelled here again; review of the twenty-second session, R23).
LEADING_MODIFIER = re.compile(rf"^\S+-({'|'.join(sorted(LISTING_PARTICIPLES | PLACE_PARTICIPLES))})$", re.IGNORECASE)
#: Words that introduce another name of the one before them, never part of a name ("X a.k.a. Y", "X aka Y"), when
#: written in lower case or with points ("Ostrov Alias Group" is a name).
ALIAS_MARKERS = frozenset({"a.k.a", "aka", "f.k.a", "fka", "alias"})
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "LAW"}
CODE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,8})+$")


def _without_title_abbreviations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the abbreviated titles they open with cut off ("Maj. Gen. X" -> "X"), and none that is only
    such a title: the passes that join capitalised words take "Lt." and "Gen." in as words of a name."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        while start < m.end and (title_abbreviation(doc, start) or doc[start].text == "." and start > m.start):
            start += 1
        while m.label == "PERSON" and m.end - start >= 3 and _rank_word(doc, start):
            start += 1  # "Captain X Y", "Major General X Y": the rank written whole is a title too (P14)
        if start == m.start:
            out.append(m)
        elif start < m.end:
            m.start, m.text = start, doc[start:m.end].text
            out.append(m)
    return out


def _without_title_after_comma(span: Span, gaz: Gazetteers) -> Span:
    """A bold run "A B, <title>" (a statement's byline, "**A B, Department Spokesperson**") cut to the name before the
    comma: read whole it was one body's name, and the person who signs was no mention (H11). Only when the words after
    the comma hold a post's head noun and the name before it is two words or more."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma - span.start < 2:
        return span
    rest = span.doc[comma + 1:span.end]
    if not any(t.lower_ in gaz.title_heads for t in rest) or any(t.text == "," for t in rest):
        return span
    return span.doc[span.start:comma]


def _rank_word(doc: Doc, i: int) -> bool:
    """Token `i` is a military or police rank written whole and capitalised ("Captain", "Sergeant")."""
    return doc[i].text[:1].isupper() and doc[i].lower_ in RANK_NOUNS


def _clean_span(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    # each token's text, lower form and flags read from the doc's lists (`token_words`, `token_flags`: the values the
    # Token properties give), a Token made only for a tag or whitespace (issue 18, S23)
    texts, lowers = token_words(doc)
    flags = token_flags(doc)
    # cut at a line break: the loop reads each token's text and the whitespace between them, which is the span's text
    # (sliced from the doc's text while the extractors' context holds it), so a span without "\n" skips it (S22)
    for i in range(start, end) if "\n" in span_text(span) else ():
        if "\n" in texts[i] or (i < end - 1 and "\n" in doc[i].whitespace_):
            end = i + 1 if "\n" not in texts[i] else i
            break
    while start < end and (lowers[start] in LEADING_DROP or LEADING_MODIFIER.match(texts[start]) or flags.punct[start]
                           or flags.space[start] or title_abbreviation(doc, start)):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or flags.punct[end - 1] and texts[end - 1] not in {".", ")"} or flags.space[end - 1]):
        end -= 1
    for i in range(start + 1, end):  # "Name (Alias" -> "Name"; "Name a.k.a. Alias" -> "Name" (P9: "X a.k.a" was a name)
        if texts[i] == "(" or lowers[i].rstrip(".") in ALIAS_MARKERS and (texts[i].islower() or "." in texts[i]):
            end = i
            break
    # no "(" in the tokens before the last (their whitespace holds none: `Span.text` of them, as before)
    if end > start and texts[end - 1] == ")" and not any("(" in texts[k] for k in range(start, end - 1)):
        end -= 1
    if end > start and texts[end - 1] == "." and end - start == 1:
        return None
    if end - start > 1 and _sentence_stop(doc, end - 1):
        end -= 1  # "... of the Government of X." / "Its sole director is X Y.": the stop is no part of the name
    if start >= end:
        return None
    return doc[start:end]


#: Short words a point abbreviates in a name besides the short legal forms ("X Y Jr."); a word without a vowel is one
#: too ("Zrt.", "Kft.", "Bhd."): a name's last word has one ("Ho", "Federation", "Company").
NAME_ABBREVIATIONS = frozenset({"Jr", "Sr"})
VOWEL = re.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöøùúûüýÿąęėįųūőűı]", re.IGNORECASE)


def _sentence_stop(doc: Doc, i: int) -> bool:
    """Token `i` is a "." the tokenizer split from the word before it that ends the sentence: a full stop, not the
    point of an abbreviation the name ends with ("Co.", "Ltd.", "S.A.", an initial "J.")."""
    if doc[i].text != "." or i == 0 or doc[i - 1].whitespace_:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if not (after is None or after.is_sent_start or "\n" in doc[i].whitespace_ or after.is_space and "\n" in after.text):
        return False
    word = doc[i - 1].text
    forms = company_forms().forms
    abbreviation = "." in word or len(word) == 1 or word in NAME_ABBREVIATIONS or (
        not VOWEL.search(word) or len(word) <= 4 and word in forms) and not _written_without_point(word, forms)
    return not abbreviation


def _written_without_point(word: str, forms: frozenset[str]) -> bool:
    """A capital after the first letter ("GmbH", "LLC", "AG", "DPRK"): a form or acronym written without a point, so a
    point after it is the sentence's; unless the word is a point-taking abbreviation in capitals ("LTD", "CO", "JR")."""
    return word.isalpha() and any(c.isupper() for c in word[1:]) and word.capitalize() not in forms | NAME_ABBREVIATIONS


def _looks_like_person(span: Span, gaz: Gazetteers, people: frozenset[str] = frozenset()) -> bool:
    """An ORG/GPE span that is really a name: name-shaped words followed by "(Surname)".

    A two-word alias counts when it skips a middle name ("(Nikos Andreou)") or the model tags it as a
    person somewhere in the document ("(Ruiz Tapia)"); "Inversiones Monte Verde (Monte Verde)" stays a firm.
    """
    words = _hyphened_words(span)
    if set(words) & (gaz.company_words | gaz.public_body_words) or not all(
            PERSON_WORD.match(t.text) or _capitalised_word(t.text) or _glued_hyphen(span, k) for k, t in enumerate(span)):
        return False
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(":
        close = next((j for j in range(span.end + 2, min(span.end + 7, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        alias = _hyphened_words(doc[span.end + 1:close])
        if len(alias) == 1:
            return alias[0] in words[1:]
        suffix = words[-len(alias):] == alias
        return alias[-1] == words[-1] and all(w in words for w in alias) and (not suffix or doc[span.end + 1:close].text in people)
    return False


def _capitalised_word(text: str) -> bool:
    """A capitalised word in any alphabet, its first letter accented too ("Élie", "Ömer"), not in capitals."""
    return text.isalpha() and text[:1].isupper() and text[1:].islower()


def _glued_hyphen(span: Span, k: int) -> bool:
    """Token k of the span is a hyphen glued to a word on each side ("Pierre-Louis", "Varesi-Kolbin")."""
    return span[k].text == "-" and 0 < k < len(span) - 1 and not span[k - 1].whitespace_ and not span[k].whitespace_


def _hyphened_words(span: Span) -> list[str]:
    """The span's words in lower case, a glued hyphen joining its two halves into one ("A B-C (B-C)": the short form
    is one word, the surname; token by token it was three and the name failed a person's shape; twenty-second
    session, M)."""
    words: list[str] = []
    for k, t in enumerate(span):
        if _glued_hyphen(span, k) or words and k > 0 and _glued_hyphen(span, k - 1):
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
    return words


def _label_for(span: Span, label: str, gaz: Gazetteers, people: frozenset[str] = frozenset()) -> str:
    if label in {"PERSON", "ORG", "GPE", "NORP"} and 2 <= len(span) <= 5 and _looks_like_person(span, gaz, people):
        return "PERSON"  # "Cyprus-based Nikos Petrovich Andreou (Nikos Andreou)": the alias shows a person
    if label == "PERSON" and span.start > 0 and span.doc[span.start - 1].lower_ == "based":
        return "ORG"  # "the Lima-based Distribuidora Santa Rosa": firms are based somewhere, people are not
    words = {t.lower_ for t in span}
    if label in {"GPE", "NORP", "FAC", "LOC"} and words & (gaz.company_words | gaz.public_body_words) and len(span) > 1:
        return "ORG"
    if label in {"FAC", "LOC"}:
        return "GPE"
    if label in {"PRODUCT", "ORG"} and span.text in gaz.countries and not (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        return "GPE"  # "a Cyprus-based broker" read as a product: a country is a place, never a designee or an employer
    if label == "PRODUCT":
        return "ORG"
    words = {t.lower_ for t in span}
    if label == "PERSON" and words & (gaz.company_words | gaz.public_body_words) and len(span) > 1:
        last = span[-1].lower_
        if last in gaz.company_words or last in gaz.public_body_words:
            return "ORG"
    return label


def _code_tokens(doc: Doc) -> list[tuple[int, str]]:
    """(index, text) of the tokens written as a code (`CODE`, not a "FIN-"/"EO-" reference), in order: each distinct
    word is tested once, from the doc's ORTH array, instead of every Token (issue 18)."""
    if not len(doc):
        return []
    orths = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    codes = {h: text for h in set(orths) if CODE.match(text := strings[h]) and not re.match(r"^(FIN|E\.O|EO)-", text)}
    return [(i, codes[h]) for i, h in enumerate(orths) if h in codes]


def collect_mentions(doc: Doc, gaz: Gazetteers, bold: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Ordered, non-overlapping mentions of people, organizations, places and codes."""
    mentions: list[Mention] = []
    caller_holds_text = holds_text(doc)  # the extractors' context (extract/context.py) keeps the text for after
    taken = [False] * len(doc)
    # names the model tags as people in running text (not inside the parentheses that define an alias)
    ents = doc.ents  # built once: `Doc.ents` makes a Span per entity at each call (issue 18, T25)
    people = frozenset(ent.text for ent in ents if ent.label_ == "PERSON" and not (ent.start > 0 and doc[ent.start - 1].text == "("))
    surname_words = _surname_words(doc, people, bold or [], gaz)
    for ent in ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        surnames = coordinated_surnames(ent, surname_words) if ent.label_ != "PERSON" else None
        for part in _split_people(ent) if ent.label_ == "PERSON" else surnames or _split_at_clause_comma(_before_colon(ent), gaz):
            span = _clean_span(part)
            if span is None:
                continue
            if ent.ent_id_ and part.start < span.start and part[0].text in STYLE_PRONOUNS \
                    and gaz.authority(part.text) is not None:
                span = doc[part.start:span.end]  # "His Majesty's Government": the gazetteer's name, no person's "his"
            if ent.label_ == "ORG":
                span = doc[span.start:_glued_acronym_end(doc, span.end)]
            ent_id = ent.ent_id_
            if any(taken[i] for i in range(span.start, span.end)):
                continue  # the place a namesake's name took in ("National Congress of [Honduras]")
            if ent.label_ == "ORG" and (start := _namesake_start(span, gaz, taken)) < span.start:
                span, ent_id = doc[start:_place_complement_end(span)], ""  # another state's body, not the U.S. one the ruler matched
            mention = _mention(span, "PERSON" if surnames else ent.label_, ent_id, gaz, people)
            if mention is None:
                continue
            mentions.append(mention)
            for i in range(span.start, span.end):
                taken[i] = True
    for i, text in _code_tokens(doc):  # vessel / aircraft / registration codes such as EW-001PA
        if not taken[i]:
            mentions.append(Mention(i, i + 1, text, "VESSEL"))
            taken[i] = True
    for start_char, end_char in bold or []:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        span = _clean_span(span) if span is not None else None
        if span is None or not (span[0].text[:1].isupper() or span[0].like_num) or len(span) > MAX_BOLD_NAME_TOKENS:
            continue
        span = _without_title_after_comma(span, gaz)  # "**A B, Secretary of State**": the name, then its title (H11)
        span = before_other_name(span)  # "**A B (also known as C)**": the name; the other name is read as in prose (NS)
        inside = [m for m in mentions if m.start < span.end and span.start < m.end]
        if any(m.start < span.start or m.end > span.end for m in inside):
            continue  # a bold fragment of a longer name: keep the name
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (span.start, span.end):
            continue
        if any((m.label in {"GPE", "NORP"} and not _in_name_complement(doc, span, m)) or m.label == "PROGRAM" or m.authority
               for m in inside) or gaz.programs_in(span.text):
            continue
        if len(inside) > 1 and (span[0].lower_ in gaz.title_heads or span[0].lower_ in gaz.title_modifiers or span[0].text in gaz.prenominal_by_first
                                or span[0].lower_ == "said"):
            continue  # "**Under Secretary ... John K. Hurley**": a title and a name, not one name
        largest = max(inside, key=lambda m: m.end - m.start, default=None)
        label = largest.label if largest is not None and largest.label in {"PERSON", "ORG"} else guess_label(span, gaz)
        if label == "PERSON" and guess_label(span, gaz) == "ORG":
            label = "ORG"
        if label == "ORG" and _looks_like_person(span, gaz, people):
            label = "PERSON"  # a bold "Carlos Eduardo Ruiz Tapia (Ruiz Tapia)" the model read as a firm
        if not label:
            continue
        for m in inside:
            mentions.remove(m)
        mentions.append(Mention(span.start, span.end, span.text, label))
        for i in range(span.start, span.end):
            taken[i] = True
    add_names_after_titles(doc, mentions, taken, gaz)
    add_proper_noun_runs(doc, mentions, taken, gaz)
    mentions = join_hyphen_compounds(doc, mentions)
    join_surname_particles(doc, mentions, gaz)
    mentions = close_dangling_of(doc, mentions, gaz.countries)
    mentions = repair_names(doc, mentions, gaz)
    mentions = join_split_people(doc, mentions, gaz, bold or [])  # "[Leonardo Ovidio] [Reyes Ramírez]": one person (D20)
    take_opening_given_names(doc, mentions, gaz)  # "A [B C], a curator": the sentence's first word too (NM34)
    mentions = join_particle_bodies(doc, mentions, gaz)  # "[Comptoir Minier] du [Mali SARL]"
    mentions = join_romance_bodies(doc, mentions, gaz)  # "[Cártel de Jalisco] [Nueva Generación]"
    mentions = join_mission_states(doc, mentions, gaz)  # "the Embassy of [Great Britain]"
    mentions = join_mission_places(doc, mentions, gaz)  # "the [Iranian] embassy in [Baghdad]"
    mentions = drop_heading_fragments(doc, mentions)
    mentions = drop_non_names(doc, mentions, gaz)
    labels = [m.label for m in mentions]
    retype_mentions(doc, mentions, gaz)
    take_given_names_before(doc, mentions, [m for m, was in zip(mentions, labels) if m.label == "PERSON" and was != "PERSON"], gaz)
    for m in mentions:
        if m.label == "ORG" and not m.authority and _statute(doc[m.start:m.end]):
            m.label = "PROGRAM"  # a law, whichever pass read it as a name
    mentions = join_names_spelled_whole(doc, mentions, frozenset(gaz.anaphora_heads))  # "Bank Y Z" read whole elsewhere (H9)
    mentions = join_inverted_names(doc, mentions, gaz)  # "SURNAME, Given" opening a list line
    retype_surname_first(mentions, gaz)  # "HUANG Zhiqiang" read as a firm
    people_with_patronymics(doc, mentions, gaz)  # "A Anatolyevich B" read as a firm or a place, or cut (NM)
    mentions = people_in_tables(doc, mentions, (gaz.title_heads, gaz.title_modifiers))  # "Name | Nationality | Role" rows: the first cell is a person
    mentions = join_quoted_nicknames(doc, mentions, gaz)  # 'Given "Nick" Surname': one person, not the nickname and a firm
    people_after_ranks(doc, mentions, gaz)  # "**Lieutenant Colonel A B**" / "Colonel A B" read as a body (NM)
    mentions = _without_title_abbreviations(doc, mentions)  # "Lt. Gen. X" taken in by a pass over capitalised runs
    join_age_epithets(doc, mentions)  # "A B the younger": another person than "A B the elder" (NS)
    mentions = join_cut_bodies(doc, mentions, gaz)  # "the A and B", "Force to Combat ...": one body's name (NS)
    mentions = join_group_kind_nouns(doc, mentions)  # "the [X] clan": the clan's name with its noun (PT)
    mentions = join_coordinated_fields(doc, mentions, gaz)  # "the [Major Organised Crime and] Anti-Corruption Agency" (NM33)
    mentions = people_in_bylines(doc, mentions, gaz)  # "A B, SECRETARY OF STATE": the statement's issuer (NM34)
    if not caller_holds_text:
        forget_text(doc)
    taken = _taken(doc, mentions)
    _add_known_surnames(doc, mentions, taken)
    mentions = join_hyphen_compounds(doc, mentions)  # a known second half ("A B-C" later as "C")
    mentions = split_named_pairs(doc, mentions)  # "X Trading SARL and Y Z W": two names each written apart (BN)
    mentions = split_short_name_lists(doc, mentions)  # "A, B and C are designated": "A, B" read as one (DP)
    mentions.sort(key=lambda m: m.start)
    taken = _taken(doc, mentions)
    _mark_aka_aliases(doc, mentions)
    _add_parenthesised_aliases(doc, mentions, taken, gaz)
    _add_acronym_alias_repeats(doc, mentions, taken)
    add_body_short_name_repeats(doc, mentions, taken)  # "X Y CJSC (X)" then a bare "X" the model missed (PE)
    add_marked_short_name_repeats(doc, mentions, taken)  # "X Y (X)" then a bare "X" the model missed (HL)
    mentions.sort(key=lambda m: m.start)
    align_repeated_names(doc, mentions, gaz)
    people_read_as_bodies(doc, mentions, gaz)  # a person's name read as a firm in a heading, a person elsewhere (R20)
    align_capitals(doc, mentions, gaz)  # a name in capitals takes its kind in running text (H11)
    _places_before_based(doc, mentions)  # "a Sahel-based group": the word before "-based" is where, never who (M)
    ranges = bold or []
    for m in mentions:
        # the offsets read once per mention (`Mention.start_char` reads `extra` back at each call; S22)
        start_char = m.extra["start_char"] = doc[m.start].idx
        last = doc[m.end - 1]
        end_char = last.idx + len(last.text)
        m.bold = any(s <= start_char + 1 and end_char <= e + 1 for s, e in ranges) or any(
            start_char <= s and e <= end_char for s, e in ranges
        )
    return mentions


def _places_before_based(doc: Doc, mentions: list[Mention]) -> None:
    """Relabel, in place, a mention glued by a hyphen to "based"/"registered"/"headquartered" after it as a place: a
    body's short form that spells a region ("X Sahel Y" shortened "Sahel") otherwise took in "a Sahel-based armed
    group" as that body (twenty-second session, M)."""
    for m in mentions:
        k = m.end
        if m.label in {"ORG", "PERSON", "NORP"} and not m.authority and k + 1 < len(doc) and doc[k].text == "-" \
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].lower_ in PLACE_PARTICIPLES:
            m.label = "GPE"


MAX_BOLD_NAME_TOKENS = 20  # official names of state institutes run long ("... Institute 4 of the Ministry of ... of the X Federation")


def _taken(doc: Doc, mentions: list[Mention]) -> list[bool]:
    """Whether each token of `doc` is inside one of `mentions` (made again after a repair moves the spans)."""
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    return taken


def _in_name_complement(doc: Doc, span: Span, mention: Mention) -> bool:
    """A place inside a bold name's "of" complement ("... Bureau of the Ministry of Defense of the X Federation"):
    part of the name, unlike a bold phrase that opens with or consists of the place."""
    if mention.start - span.start < 3:
        return False
    before = doc[mention.start - 1].lower_ if doc[mention.start - 1].lower_ != "the" else doc[mention.start - 2].lower_
    return before == "of"


def _glued_acronym_end(doc: Doc, end: int) -> int:
    """The end of an acronym the model cut at a glued hyphen: "KDF-NC" (a branch) tagged as "KDF" names the parent
    body, so the branch and its parent would share one name. Extends over "-" + capitals with no space."""
    while (end + 1 < len(doc) and doc[end - 1].text.isupper() and not doc[end - 1].whitespace_ and doc[end].text == "-"
           and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.isupper() and len(doc[end + 1]) <= 6
           and not doc[end].ent_type_ and not doc[end + 1].ent_type_):
        end += 2
    return end


#: Tokens that close a list item right after a name (`_before_colon`).
ITEM_ENDS = frozenset({",", ";", ".", "("})
#: Relative words after a comma that refer to a thing or a place, never to a person (`_before_colon`).
THING_RELATIVES = frozenset({"which", "where"})


def _before_colon(ent: Span) -> Span:
    """"members of the Y Organization: A, B, and C": the model ran a body's name over the colon that opens a list into
    the list's first name. No name holds a colon between words, so where the span closes the first item after the
    colon (a comma, "and", a point or an alias's parenthesis right after it) the name ends before the colon; the words
    after it are left to the later passes, which read them as the name they are. A span that stops inside that item
    ("...: General de División" before the officer's name) is left whole: cut, its rank would be read into the name
    (twenty-sixth session, PX). A comma with "which" or "where" after it closes no person's item but a body's name:
    "the X Institute: Center for Strategic Studies, which ..." is one body with its subtitle, left whole (BM)."""
    colon = next((t.i for t in ent if t.text == ":" and ent.start < t.i < ent.end - 1), None)
    doc = ent.doc
    if colon is None or ent.end >= len(doc) or doc[ent.end].text not in ITEM_ENDS and doc[ent.end].lower_ != "and":
        return ent
    if doc[ent.end].text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in THING_RELATIVES:
        return ent
    return doc[ent.start:colon]


def _split_at_clause_comma(ent: Span, gaz: Gazetteers) -> list[Span]:
    """"... a spokesman for the Ministry of Energy, Talvek Holdings paid ...": the model ran two names over the
    clause's comma into one. The parse shows it: the comma and both sides hang on words outside the span. A
    comma inside one name ("Ministry of Economy, Finances, and External Trade", "Talvek Holdings, Ltd.") hangs
    inside it, and a side made only of legal-form words is never split off."""
    doc = ent.doc

    def outside(tok: Token) -> bool:
        return tok.head.i == tok.i or not ent.start <= tok.head.i < ent.end

    for tok in ent:
        if tok.text != "," or not ent.start < tok.i < ent.end - 1 or not outside(tok):
            continue
        left, right = doc[ent.start:tok.i], doc[tok.i + 1:ent.end]
        if outside(left.root) and outside(right.root) and all(
                any(t.text[:1].isupper() and t.lower_.strip(".") not in gaz.company_words for t in side) for side in (left, right)):
            return [left, *_split_at_clause_comma(right, gaz)]
    return [ent]


def _surname_words(doc: Doc, people: frozenset[str], bold: list[tuple[int, int]], gaz: Gazetteers) -> frozenset[str]:
    """The later words of the full names the document gives people: the model's person names and the bold names (a
    release sets its designees' full names in bold), without legal-form and body words."""
    names = set(people)
    text = text_now(doc) if bold else ""
    for start_char, end_char in bold:
        names.add(text[start_char:end_char])
    return frozenset(word for name in names if len(words := name.split()) >= 2 for word in words[1:]
                     if word[:1].isupper() and word.lower() not in gaz.company_words | gaz.public_body_words)


def coordinated_surnames(ent: Span, surname_words: frozenset[str]) -> list[Span] | None:
    """"sanctioned Quintero and Salas in 2018" tagged as one organization: short names joined by "and" or commas, each a
    later word of a person's full name the document gives, are those people's names, one span each (issue 13, M18: the
    joined pair was exported as one entity). A firm named after two people ("Brandt and Sons") keeps its name: its
    parts are not all the document's people's surnames."""
    if not any(t.lower_ in {"and", ","} for t in ent):
        return None
    parts = _split_people_at(ent)
    if len(parts) < 2 or not all(1 <= len(p) <= 2 and all(t.text in surname_words for t in p) for p in parts):
        return None
    return parts


def _split_people(ent: Span) -> list[Span]:
    """"Lopez and Gamboa" tagged as one PERSON: one span per name."""
    if ent.label_ != "PERSON" or not any(t.lower_ in {"and", ","} for t in ent):
        return [ent]
    return _split_people_at(ent)


def _split_people_at(ent: Span) -> list[Span]:
    """The pieces of a span between its "and"s and commas."""
    parts, start = [], ent.start
    for tok in ent:
        if tok.lower_ in {"and", ","}:
            if tok.i > start:
                parts.append(ent.doc[start:tok.i])
            start = tok.i + 1
    if start < ent.end:
        parts.append(ent.doc[start:ent.end])
    return parts


#: `Mention.extra` key: the mention spells a U.S. body's alias but names another state's body of that name
NAMESAKE = "foreign_namesake"


#: Words before a U.S. body's alias that keep it the U.S. body ("the U.S. Congress", "American Congress")
US_WORDS = {"U.S.", "US", "United", "States", "American", "America"}


def _namesake_start(span: Span, gaz: Gazetteers, taken: list[bool]) -> int:
    """Start of "National People's [Congress]", "Provincial People's [Congress]": the gazetteer matched a U.S. body's
    alias inside another state's longer name, whose capitalised words (and a possessive "'s" between them) come
    before it; else the span's own start (R24, issue 13). Words another entity holds are not taken in."""
    doc = span.doc
    record = gaz.authority(span.text)
    if record is None or not record.name.startswith("U.S.") or doc[span.start].is_sent_start:
        return span.start
    k = span.start
    while k > 0 and not taken[k - 1] and not doc[k].is_sent_start and (
            doc[k - 1].tag_ in {"NNP", "NNPS"} and doc[k - 1].text[:1].isupper() and doc[k - 1].text not in US_WORDS
            or doc[k - 1].tag_ == "POS" and k >= 2 and doc[k - 2].text[:1].isupper()):
        k -= 1
    while k < span.start and doc[k].tag_ == "POS":
        k += 1  # "Guatemala's [Congress]": the country holds its words; the possessive alone is no name
    return k


def _place_complement_end(span: Span) -> int:
    """End of "of Honduras" / "of the Republic" after a namesake's name ("National Congress of Honduras"), else the
    span's end: the place is part of the body's name, as the model reads "the National Assembly of Honduras"."""
    doc = span.doc
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return span.end
    k += 1 + (doc[k + 1].lower_ == "the")
    end = k
    while end < len(doc) and end - k < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
        end += 1
    return end if end > k else span.end


def _foreign_namesake(span: Span, canonical: str, countries: set[str] = frozenset()) -> bool:
    """A U.S. body's plain name ("House of Representatives", "Department of Justice", "Congress") followed by
    "of" and another capitalised name, or after another state's possessive ("Belarus' House of Representatives"):
    that other state's or assembly's body of the same name (the possessive gave the U.S. House "part of" Belarus)."""
    doc = span.doc
    if not canonical.startswith("U.S.") or "U.S" in span.text or "United States" in span.text:
        return False
    if span.start >= 2 and doc[span.start - 1].text in {"'s", "'", "’s", "’"} and any(
            doc[j:span.start - 1].text in countries - {"U.S.", "US", "USA", "United States", "America"}
            for j in range(max(0, span.start - 5), span.start - 1)):  # "North Korea's", "Bosnia and Herzegovina's"
        return True
    if span.end + 1 >= len(doc):
        return False
    if doc[span.end].lower_ != "of":
        return False
    k = span.end + 2 if doc[span.end + 1].lower_ == "the" else span.end + 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].text not in {"U.S.", "US", "United", "America", "Treasury", "State"}


def _statute(span: Span) -> bool:
    """"the Immigration and Nationality Act", "the Global Magnitsky Human Rights Accountability Act": a law the model
    tagged an organization. A law is no body: "the group's emir" after "... under Section 219 of the Immigration and
    Nationality Act" is no post at the act (H2, sixteenth session)."""
    return len(span) >= 2 and span[-1].text == "Act" and span[0].text[:1].isupper()


def _mention(span: Span, ent_label: str, ent_id: str, gaz: Gazetteers, people: frozenset[str] = frozenset()) -> Mention | None:
    text = span.text
    authority = gaz.authority(text) or (capital_government(span, gaz) if ent_label == "GPE" else None)
    label = "ORG" if authority else _label_for(span, ent_label, gaz, people)
    if ent_id and gaz.authorities.get(ent_id):
        authority = gaz.authorities[ent_id]
        label = "ORG"
    namesake = authority is not None and _foreign_namesake(span, authority.name, gaz.countries)
    if namesake:
        authority = None  # "the House of Representatives of the Parliamentary Assembly of X": X's body, not the U.S. one
    if label == "LAW" or (label in {"ORG", "PERSON"} and gaz.programs_in(text)):
        label = "ORG" if label != "LAW" and group_named_by_program(span, gaz) else "PROGRAM"  # "the X Transnational Criminal Organization"
    if label == "PERSON" and not any(PERSON_WORD.match(t.text) for t in span):
        return None
    if label == "ORG" and not authority and _is_title_phrase(span, gaz):
        return None
    mention = Mention(span.start, span.end, text, label, authority.name if authority else None)
    if namesake:
        mention.extra[NAMESAKE] = True  # coref keeps it out of the U.S. body's cluster, whose alias it spells (R24)
    return mention


def _is_title_phrase(span: Span, gaz: Gazetteers) -> bool:
    """"Minister of Communications" tagged ORG: a post, not a body (a possessor such as "the Supreme Leader's" stays)."""
    words = {t.lower_ for t in span}
    if words & (gaz.public_body_words | gaz.company_words):
        return False
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return False
    first = span[0].lower_
    return first in gaz.title_heads or first in gaz.title_modifiers


def _add_known_surnames(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """A lone word the model missed that the document uses elsewhere as a surname or an acronym."""
    surnames = {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start >= 2}
    acronyms = {m.text: m.authority for m in mentions if m.label == "ORG" and m.end - m.start == 1 and m.text.isupper() and len(m.text) >= 2}
    for i in tokens_spelled(doc, surnames | acronyms.keys()):
        if taken[i]:
            continue
        tok = doc[i]
        if tok.text in surnames and tok.tag_ in {"NNP", "NNPS", "NN"}:
            mentions.append(Mention(tok.i, tok.i + 1, tok.text, "PERSON"))
            taken[tok.i] = True
        elif tok.text in acronyms:
            end = _glued_acronym_end(doc, tok.i + 1)  # "KDF-NC" is the branch, not the known "KDF"
            if any(taken[k] for k in range(tok.i, end)):
                continue
            text = doc[tok.i:end].text
            mentions.append(Mention(tok.i, end, text, "ORG", acronyms[tok.text] if end == tok.i + 1 else None))
            for k in range(tok.i, end):
                taken[k] = True


def _mark_aka_aliases(doc: Doc, mentions: list[Mention]) -> None:
    """', a.k.a. “El Abuelo,”': the nickname is another name of the mention before it, not a new person."""
    mentions[:] = without_naming_words(doc, mentions)  # "nom de" of "known by the nom de guerre Y" is no name
    (texts, lowers), quotes = token_words(doc), token_flags(doc).quote  # no `Token` per word read back (issue 18, PF)
    for previous, mention in zip(mentions, mentions[1:]):
        j = mention.start - 1
        while j >= 0 and (quotes[j] or texts[j] in {",", ".", "\u201c", "\u201d"}):
            j -= 1
        if j >= 0 and lowers[j] in {"a.k.a.", "aka", "a.k.a", "alias"} and previous.end <= j:
            mention.alias_of = previous.alias_of if previous.alias_of is not None else previous.start
            mention.label = previous.label
        elif (opener := _naming_phrase_start(doc, j) or _whole_alias_start(doc, j, mention)) is not None \
                and _right_after(doc, previous, opener):
            mention.alias_of = previous.alias_of if previous.alias_of is not None else previous.start
            mention.label = previous.label
            if doc[opener + 1].lower_ in FORMER_NAME_WORDS:
                mention.extra["former_name"] = True  # coref never names the entity by it
            else:  # "X, also known as Y" (Y1), "X, better known by his nom de guerre Y" (R, twenty-third session):
                mention.extra["other_name"] = True  # X stays the name however long Y is


def _whole_alias_start(doc: Doc, j: int, mention: Mention) -> int | None:
    """`alias_phrase_start` when the mention is the whole appositive ("better known as Y," not "as Y's financier")."""
    opener = alias_phrase_start(doc, j)
    return opener if opener is not None and whole_appositive(doc, mention) else None


def _naming_phrase_start(doc: Doc, j: int) -> int | None:
    """The comma opening ", also spelled" / ", formerly named" / ", formerly known as" that ends at token `j`. Not
    ", also known as": the rules read that name as a person's other name beside it, with its own posts and designations
    (an alias here lost the posts told after it: "A, also known as B, who heads Y")."""
    if j >= 0 and doc[j].lower_ == "as":
        j -= 1
    if j < 2 or doc[j].lower_ not in NAMING_PARTICIPLES or doc[j - 1].lower_ not in {"also", "formerly", "previously"}:
        return None
    if doc[j].lower_ == "known" and doc[j - 1].lower_ == "also":
        return None
    return j - 2 if doc[j - 2].text == "," else None


def _right_after(doc: Doc, previous: Mention, comma: int) -> bool:
    """The comma follows the mention at once, or after one parenthesis of its own ("X (IMO 9811223), formerly named Y")."""
    if previous.end == comma:
        return True
    return doc[previous.end].text == "(" and doc[comma - 1].text == ")" and \
        not any(t.text in {"(", ")"} for t in doc[previous.end + 1:comma - 1])

#: Words opening a parenthesised other name: "(a.k.a. X)", "(also known as X)", and a former name, "the vessel X
#: (formerly Y)", "(f.k.a. Y)": the earlier name of the same ship or firm, not a second target (P11).
PARENTHESIS_ALIAS_WORDS = frozenset({"a.k.a.", "a.k.a", "aka", "also", "known", "as", "formerly", "previously",
                                     "f.k.a.", "f.k.a", "fka", "spelled", "spelt", "transliterated", "named", "called"})
#: Of those, the words saying the name is a former one: "(formerly Y)" may as well hold a former post ("(formerly
#: Deputy Minister)", "(formerly Corvane Bank's director)"), so only a whole tagged name is taken (M29, V8 items 1-2).
FORMER_NAME_WORDS = frozenset({"formerly", "previously", "f.k.a.", "f.k.a", "fka"})


def _add_parenthesised_aliases(doc: Doc, mentions: list[Mention], taken: list[bool], gaz: Gazetteers) -> None:
    """`Name (ALIAS)` and `Name ("Alias")`: the alias becomes a mention tied to the name."""
    by_end = {m.end: idx for idx, m in enumerate(mentions)}
    starts = {m.start: idx for idx, m in enumerate(mentions)}
    for end, idx in list(by_end.items()):
        if end < len(doc) and doc[end].text == "(":
            close = next((j for j in range(end + 1, min(end + 12, len(doc))) if doc[j].text == ")"), None)
            if close is None or close == end + 1:
                continue
            inner_start, inner_end = end + 1, close
            former = False
            while inner_start < inner_end and (doc[inner_start].is_quote or doc[inner_start].lower_ in PARENTHESIS_ALIAS_WORDS):
                former = former or doc[inner_start].lower_ in FORMER_NAME_WORDS
                inner_start += 1
            while inner_end > inner_start and doc[inner_end - 1].is_quote:
                inner_end -= 1
            if inner_start >= inner_end or not doc[inner_start].text[:1].isupper():
                continue
            inner = doc[inner_start:inner_end]
            if gaz.programs_in(inner.text) or inner.text.startswith(("E.O", "Executive", "IMO")):
                continue
            if former:
                if inner_start in starts and _former_name(doc, mentions[starts[inner_start]], inner_end, gaz, mentions[idx]):
                    alias = mentions[starts[inner_start]]
                    alias.alias_of = mentions[idx].start
                    alias.extra["former_name"] = True  # coref never names the entity by it
                if inner_start in starts or mentions[idx].label != "VESSEL" or not inner.text.isupper():
                    continue  # an untagged former name is made only for a ship, written in capitals as ships are
            if inner_start in starts:
                mentions[starts[inner_start]].alias_of = mentions[idx].start
                continue
            if any(taken[i] for i in range(inner_start, inner_end)):
                continue
            base = mentions[idx]
            mention = Mention(inner_start, inner_end, inner.text, base.label, _authority_name(gaz, inner.text), alias_of=base.start)
            if former:
                mention.extra["former_name"] = True
            mentions.append(mention)
            for i in range(inner_start, inner_end):
                taken[i] = True


def _former_name(doc: Doc, mention: Mention, inner_end: int, gaz: Gazetteers, base: Mention) -> bool:
    """Whether the tagged `mention` opening "(formerly ...)" of `base` is the whole of it and a name: not "Y's
    director", "Varela Cartel treasurer", "Dubai-based", a post ("Deputy Minister", "Chief Executive Officer") or a
    place (a ship's former name in capitals the model read as a place stays one)."""
    if mention.end != inner_end:
        return False
    ship = base.label == "VESSEL" and mention.text.isupper()
    if mention.label in {"GPE", "NORP", "LAW", "PROGRAM"} and not ship:
        return False
    span = doc[mention.start:mention.end]
    if any(t.tag_ == "POS" for t in span) or _is_title_phrase(span, gaz):
        return False
    words = [t.lower_ for t in span if t.is_alpha]
    return not words or not all(w in title_words(gaz)[0] for w in words)


def _add_acronym_alias_repeats(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """A body's all-caps short form defined in parentheses ("Exportadora Andina de Cobre, S.A. (EXANCO)") and used
    again where the model tagged nothing ("EXANCO's president"): each later use is a mention of that body. The
    acronyms `_add_known_surnames` repeats are those the model tagged alone; these were defined after it ran."""
    defined = {}
    for m in mentions:
        if (m.alias_of is not None and m.label == "ORG" and m.end - m.start == 1 and m.text.isupper() and len(m.text) >= 3
                and m.text.isalpha()):
            defined.setdefault(m.text, m)
    if not defined:
        return
    for i, text in enumerate(token_words(doc)[0]):  # the words, a `Token` only for an acronym (issue 18, S19)
        alias = defined.get(text)
        if alias is None or taken[i] or i <= alias.start:
            continue
        tok = doc[i]
        if _glued_acronym_end(doc, tok.i + 1) != tok.i + 1:
            continue  # "EXANCO-Norte": another body
        mentions.append(Mention(tok.i, tok.i + 1, tok.text, "ORG", alias.authority, alias_of=alias.alias_of))
        taken[tok.i] = True


def _authority_name(gaz: Gazetteers, text: str) -> str | None:
    record = gaz.authority(text)
    return record.name if record else None
