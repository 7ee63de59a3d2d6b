"""Repair the spans of names the small model cuts, splits or misses.

`en_core_web_sm` stops a company's name before its legal form or keeps only the form
("Tanjong Merah | Pte Ltd", "Acme Sanayi | Ve | Ticaret Anonim Sirketi"), splits long
personal names ("Maria Teodora | Villaverde Ocampo"), and misses upper-case vessel names
("NORTH STAR (IMO 1234567)") and names with digits ("Nova 12"). A fragment exported as
an entity is worse than no entity, so the mention list is repaired here, from the
document's own structure: legal forms (data in `ontology/gazetteers/company_forms.yaml`)
and adjacent capitalised proper nouns; the context cues (vessels, kind nouns, numbers,
the title line) live in `name_contexts.py`. Work is done only around candidate tokens.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from ..names import FILIAL_AFTER_PARENT, PARENT_PARTICLES
from .company_forms import CompanyForms, company_forms
from .gazetteers import Gazetteers
from .mention import CALENDAR_WORDS, Mention, by_token, replace_spans
from .name_bodies import cut_body_runs
from .name_possessives import cut_country_possessors, possessive_body_splits
from .name_slots import person_slots
from .title_fields import after_title_modifier, in_title_field
from .word_trie import longest_first
from .name_contexts import (NOT_NAME_WORDS, _absorb_numbers, body_name_runs, numbered_unit_runs, _is_name_word, _names_after_kind_nouns, _protected,
                            _same_line, _vessel_runs, token_indices)

MAX_NAME_TOKENS = 14
_ONE_WORD_ALIAS = re.compile(r"\((?=[A-Z][\w'-]*\))")


def _is_form(text: str, forms: CompanyForms) -> bool:
    return text.rstrip(".") in forms.forms


def repair_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mention list with company, person, digit and vessel spans repaired."""
    forms = company_forms()
    mentions = _apply(doc, mentions, _company_runs(doc, mentions, forms, gaz), "ORG")
    mentions = _apply(doc, mentions, _vessel_runs(doc, mentions, gaz), "VESSEL")
    mentions = _apply(doc, mentions, _person_runs(doc, mentions, gaz) + _surname_alias_runs(doc, mentions, gaz), "PERSON",
                      lambda m: _misread_given_name(m, gaz))
    _absorb_numbers(doc, mentions)
    _cut_rank_tails(doc, mentions, gaz)  # "IRGC Brigadier | General X": the rank's first word is no part of the body
    mentions = _apply(doc, mentions, numbered_unit_runs(doc, mentions) + body_name_runs(doc, mentions, set(gaz.title_heads)), "ORG")
    mentions = _apply(doc, mentions, possessive_body_splits(doc, mentions, gaz), "ORG")  # "Russian Ministry of Defense's | Main Intelligence Directorate"
    mentions = cut_country_possessors(doc, mentions, gaz)  # "Export Control Bureau | of China's | Ministry of Commerce"
    mentions = _apply(doc, mentions, cut_body_runs(doc, mentions, frozenset(gaz.title_heads), _body_words(gaz)), "ORG")  # "Main Directorate | for the | Execution of ..."
    mentions = _names_after_kind_nouns(doc, mentions, gaz)
    person_slots(doc, mentions, gaz)  # "its representative, X": a person, whatever the model's label
    return mentions


def _body_words(gaz: Gazetteers) -> frozenset[str]:
    """The words of public bodies' and firms' names (organizations.yaml), once per gazetteer."""
    cached = getattr(gaz, "_gb_body_words", None)
    if cached is None:
        cached = frozenset(gaz.public_body_words | gaz.company_words)
        object.__setattr__(gaz, "_gb_body_words", cached)
    return cached


# ---- companies --------------------------------------------------------------------------------

def _company_runs(doc: Doc, mentions: list[Mention], forms: CompanyForms, gaz: Gazetteers) -> list[tuple[int, int]]:
    """Token ranges of company names anchored on a legal form."""
    protected = _protected(doc, mentions)
    runs: list[tuple[int, int]] = []
    for i in token_indices(doc, _form_pattern(forms)):
        if (runs and i < runs[-1][1]) or not _is_form(doc[i].text, forms) or i in protected \
                or not (doc[i].text[:1].isupper() or "." in doc[i].text.rstrip(".")):
            continue  # a lower-case form only when dotted inside ("X Y d.o.o.", R21), not a word such as "co"
        start = _extend_left(doc, i, forms, protected, mentions, runs[-1][1] if runs else 0)
        opening = all(doc[k].text.rstrip(".") in forms.prefix_forms for k in range(start, i + 1))  # "Open Joint Stock Company X"
        end = _extend_right(doc, i + 1, forms, protected, prefix=opening)
        while start < end and (doc[start].lower_ in NOT_NAME_WORDS or doc[start].lower_ in gaz.title_heads
                               or doc[start].text in gaz.demonyms and start + 1 < end and _is_form(doc[start + 1].text, forms) is False
                               and not _inside_one_mention(mentions, start, end)):
            start += 1
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {")", "."} or doc[end - 1].lower_ in forms.joiners):
            end -= 1
        if end - start >= 2 and end - start <= MAX_NAME_TOKENS and any(_is_name_word(t.text) and not _is_form(t.text, forms) for t in doc[start:end]):
            runs.append((start, end))
    return _join_across_for(doc, runs)


PURPOSE_FORMS = {"Co", "Company", "Corporation", "Establishment", "Est"}


def _join_across_for(doc: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"X Co for Development Ltd", "Y Company for General Trading LLC": a form naming the firm's purpose after "for"
    and a second form close the one name (common in Arabic company names); two runs on either side of "for" (and of
    capitalised words the run left out, such as "General") are one."""
    joined: list[tuple[int, int]] = []
    for start, end in runs:
        if joined:
            prev_start, prev_end = joined[-1]
            gap = doc[prev_end:start]
            if 1 <= len(gap) <= 3 and gap[0].lower_ == "for" and all(t.text[:1].isupper() and t.is_alpha for t in gap[1:]) \
                    and doc[prev_end - 1].text.rstrip(".") in PURPOSE_FORMS and end - prev_start <= MAX_NAME_TOKENS:
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


@lru_cache(maxsize=4)
def _form_pattern(forms: CompanyForms) -> re.Pattern[str]:
    words = sorted((w for w in forms.forms if w[:1].isupper() or "." in w), key=len, reverse=True)  # "d.o.o" (R21)
    return re.compile(r"(?<![\w.])(?:" + longest_first(words) + r")(?![\w])")  # the words as a trie: ~3x quicker (PF, 32nd)


def _extend_left(doc: Doc, i: int, forms: CompanyForms, protected: set[int], mentions: list[Mention], floor: int = 0) -> int:
    start = i
    through_parenthesis = False
    while start > floor and i - start < MAX_NAME_TOKENS:
        prev = doc[start - 1]
        if start - 1 in protected or "\n" in prev.text or "\n" in prev.whitespace_:
            break
        if prev.text == "," and start - 2 >= 0 and _ends_name(doc, start, forms):
            start -= 1  # "Brevik Nord, OOO" (a form after a comma closes the name)
            continue
        if prev.text in {".", "-"} and not prev.whitespace_ and _is_form(doc[start].text, forms) and start - 2 >= 0 and _is_form(doc[start - 2].text, forms):
            start -= 1  # "Pte. Ltd." / "FZ-LLC"
            continue
        if start == i and (opening := _parenthesis_before_form(doc, start, floor)) is not None:
            start, through_parenthesis = opening, True  # "X Y (HK) Limited", "X (Private) Limited": one name through the form
            continue
        if through_parenthesis and prev.text == "-" and not prev.whitespace_ and start - 2 >= floor \
                and not doc[start - 2].whitespace_ and _is_name_word(doc[start - 2].text):
            start -= 2  # "X Agro-Industrial Holdings (Private) Limited": a glued hyphen inside the name
            continue
        if prev.lower_ == "and" and start - 2 >= floor and not _is_form(doc[start - 2].text, forms) and not _is_list_and(mentions, start - 1):
            start -= 1
            continue
        if _is_name_word(prev.text) and prev.tag_ != "POS" and not prev.is_punct or prev.text in forms.joiners and start - 2 >= 0 and _is_name_word(doc[start - 2].text):
            start -= 1
            continue
        break
    while start < i and (doc[start].text in forms.joiners or doc[start].lower_ == "and" or doc[start].is_punct):
        start += 1
    return start


def _parenthesis_before_form(doc: Doc, form_at: int, floor: int) -> int | None:
    """The "(" of one or two capitalised words in parentheses right before a legal form, after a name word: a place or
    kind the company's registered name holds ("X Y (HK) Limited", "X (Private) Limited", "(Pty) Ltd", "(Cyprus)
    Ltd"; 25 readable releases). The model read the parenthesis as an alias and cut the name before it, or read the
    words before it as a person's name."""
    for width in (1, 2):
        opening = form_at - width - 2
        if opening - 1 < floor or doc[form_at - 1].text != ")" or doc[opening].text != "(":
            continue
        inside = doc[opening + 1:form_at - 1]
        if all(t.is_alpha and t.text[:1].isupper() for t in inside) and _is_name_word(doc[opening - 1].text) \
                and not doc[opening - 1].is_punct and "\n" not in doc[opening - 1].whitespace_:
            return opening
    return None


def _ends_name(doc: Doc, form_at: int, forms: CompanyForms) -> bool:
    """The form after a comma ends the name: followed by punctuation, a lower-case word or the end."""
    j = form_at
    while j < len(doc) and _is_form(doc[j].text, forms):
        j += 1
    return j > form_at and (j == len(doc) or not _is_name_word(doc[j].text) or doc[j].is_punct)


def _point_ends_sentence(doc: Doc, end: int, forms: CompanyForms) -> bool:
    """The point of the form before `end` ends the sentence the parser starts at `end`, unless the words after it
    run on to a legal form of the same name that repeats no word of the name before the point, in a "sentence"
    whose root is no verb: "X Freight Co. International Limited, a front company" is one name; "X Holdings Ltd. X Holdings
    Ltd was not designated" is two sentences. The small model marks a sentence start after "Co."/"Inc." inside a
    name (F4 item 7). Mended by M42 (F4 item 7)."""
    before = {t.lower_ for t in doc[max(0, end - 6):end] if t.is_alpha}
    k = end
    while k < len(doc) and k - end < 3 and _is_name_word(doc[k].text) and not _is_form(doc[k].text, forms):
        if doc[k].lower_ in before:
            return True
        k += 1
    if k == end or k >= len(doc) or not _is_form(doc[k].text, forms):
        return True
    return doc[end].sent.root.pos_ in {"VERB", "AUX"}


def _extend_right(doc: Doc, end: int, forms: CompanyForms, protected: set[int], prefix: bool) -> int:
    """Over further forms ("Pvt Ltd", "Co., Ltd.", "S.A. de C.V.", "SAL (Offshore)"), or the name after a prefix form."""
    n = len(doc)
    while end < n and end - 1 not in protected:
        tok = doc[end]
        if "\n" in doc[end - 1].whitespace_ or "\n" in tok.text:
            break
        if doc[end - 1].text.endswith(".") and not _is_form(tok.text, forms) and doc.has_annotation("SENT_START") \
                and tok.is_sent_start and _point_ends_sentence(doc, end, forms):
            break  # "a subsidiary of X Holdings Ltd. X Holdings Ltd was not ...": the form's point ends the sentence (P13)
        if _is_form(tok.text, forms) or (_is_name_word(tok.text) and not tok.is_punct and end not in protected
                                         and (prefix or any(_is_form(t.text, forms) for t in doc[end + 1:end + 3]))):
            end += 1
            continue
        if tok.text in {",", ".", "-"} and end + 1 < n and _is_form(doc[end + 1].text, forms) and doc[end + 1].text[:1].isupper() \
                and (tok.text != "," or _ends_name(doc, end + 1, forms)):
            end += 2  # "Co., Ltd." / "Pte. Ltd" / "FZ-LLC"
            continue
        if tok.text in forms.joiners and end + 1 < n and (_is_form(doc[end + 1].text, forms) or prefix and _is_name_word(doc[end + 1].text)):
            end += 1  # "S.A. de C.V."
            continue
        if tok.text == "(" and end + 2 < n and doc[end + 1].text in forms.parenthesised and doc[end + 2].text == ")":
            end += 3  # "SAL (Offshore)"
            continue
        if tok.text == "." and not doc[end - 1].whitespace_ and "." in doc[end - 1].text and _is_form(doc[end - 1].text, forms):
            end += 1  # "d.o.o | ." (the tokenizer kept the form's last point apart, R21)
        break
    return end


def _is_list_and(mentions: list[Mention], and_index: int) -> bool:
    """"A Ltd and B": an "and" between two separate names lists them; inside one name ("Science and Technology") it joins."""
    for m in mentions:
        if m.start < and_index < m.end:
            return False
        if m.end == and_index or m.start == and_index + 1:
            return True
    return False


def _inside_one_mention(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end for m in mentions)


# ---- people -----------------------------------------------------------------------------------

def _person_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[tuple[int, int]]:
    """Personal names the model split: adjacent PERSON mentions, or a PERSON mention next to untagged proper nouns."""
    by_start = {m.start: m for m in mentions}
    owner = by_token(mentions)
    runs: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label != "PERSON" or any(r[0] <= m.start < r[1] for r in runs):
            continue
        start, end = m.start, m.end
        while True:  # right: a further PERSON mention, or proper nouns nobody claimed
            nxt = by_start.get(end)
            if end < len(doc) and doc[end].is_sent_start and doc[end - 1].text.endswith("."):
                break  # "... and X Jr. | X Sr. is ...": the next sentence's subject is another person (issue 13, M7)
            if nxt is not None and nxt.label == "PERSON" and nxt.alias_of is None and _same_line(doc, end - 1):
                end = nxt.end
            elif end + 1 < len(doc) and end not in owner and _joins_name(doc, end, gaz) and by_start.get(end + 1) is not None \
                    and by_start[end + 1].label == "PERSON":
                end = by_start[end + 1].end  # "Pae In Sok": a capitalised particle the tagger read as a preposition
            elif end + 2 < len(doc) and end not in owner and doc[end].text in NAME_LINKS and end + 1 not in owner \
                    and _name_noun(doc, end + 1, gaz) and _same_line(doc, end):
                end += 2  # "Tariq ibn | Salem [Dorani]": the parent's untagged given name after the link (V9 item 13)
            elif end < len(doc) and end not in owner and _name_noun(doc, end, gaz) and _same_line(doc, end - 1):
                end += 1
            elif (tail := _misread_surname_end(doc, end, owner, gaz)) is not None and _same_line(doc, end - 1) and end - m.start >= 2:
                end = tail
            else:
                break
            if end - start > 6:
                break
        while start > 0 and (start - 1 not in owner or _misread_given_name(owner[start - 1], gaz)) \
                and not (end - start >= 2 and (in_title_field(doc, start - 1, gaz) or after_title_modifier(doc, start - 1, gaz))) \
                and (_name_noun(doc, start - 1, gaz) or _opening_given_name(doc, start - 1, end, gaz)
                     or (start - 1 in owner and owner[start - 1].start < start - 1)) \
                and _same_line(doc, start - 1) and end - start < 5:
            start = owner[start - 1].start if start - 1 in owner else start - 1  # "[Jean-Marc] Ruiz Vela": a hyphened given name
            if doc[start].is_sent_start:
                break  # "Ho Tal Mun is ...": the sentence's first word may be the family name, nothing before it
        start = _list_surname_first(doc, start, owner, gaz)
        if (start, end) != (m.start, m.end) and end - start <= 7:
            runs.append((start, end))
    return runs


def take_given_names_before(doc: Doc, mentions: list[Mention], retyped: list[Mention], gaz: Gazetteers) -> None:
    """Names the model read as a body's and the type evidence made a person's ("Ana | Lucía Paredes de la Cruz, the
    treasurer of Y"): the untagged proper nouns right before such a name, on its line, are its first given names, as
    `_person_runs` takes them before a name the model read as a person's (it runs before the retyping; P14)."""
    owner = by_token(mentions)
    for m in retyped:
        start = m.start
        while start > 0 and start - 1 not in owner and _name_noun(doc, start - 1, gaz) and _same_line(doc, start - 1) \
                and m.end - start < 6:
            start -= 1
            if doc[start].is_sent_start:
                break
        if start != m.start:
            m.start, m.text = start, doc[start:m.end].text


#: Lower-case links inside a surname ("X Y ag Z", "X ould Y", "X bin Y") before a word the model tagged apart (R21):
#: the parents' links, one set with nlp.coref's (M45).
SURNAME_LINKS = PARENT_PARTICLES
#: The words a person's name goes on over: those links and the filial words written after the parent's name
#: ("X Y | qizi | Z": the model tags the two sides apart; twenty-eighth session, BX).
NAME_LINKS = SURNAME_LINKS | FILIAL_AFTER_PARENT


def _misread_surname_end(doc: Doc, end: int, owner: dict[int, Mention], gaz: Gazetteers) -> int | None:
    """End of the last word of a person's name the model tagged as a body, place or people ("Omar Haddad | Kharrat",
    "X Y ag | Z"), right after the name: one unknown title-case word (`_misread_given_name`) that closes the name (a
    punctuation mark, a lower-case word or the line's end follows). None when no such word is there (R21)."""
    k = end + 1 if end < len(doc) and doc[end].text in NAME_LINKS else end
    nxt = owner.get(k)
    if nxt is None or nxt.start != k or not _misread_given_name(nxt, gaz) or not _same_line(doc, k - 1):
        return None
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return nxt.end if after is None or after.is_punct or after.text[:1].islower() or "\n" in doc[nxt.end - 1].whitespace_ else None


def _list_surname_first(doc: Doc, start: int, owner: dict[int, Mention], gaz: Gazetteers) -> int:
    """"LEBEDEV, Boris Olegovich" opening a line (a list in the style of the SDN list): the capitals and the comma
    belong to the name after them."""
    k = start - 2
    if k < 0 or doc[start - 1].text != "," or not (doc[k].is_alpha and doc[k].is_upper and len(doc[k]) >= 3):
        return start
    other = owner.get(k)
    if other is not None and (other.end - other.start != 1 or other.authority or other.label not in {"PERSON", "ORG", "NORP", "GPE"}) \
            or doc[k].text.title() in gaz.countries or doc[k].text.title() in gaz.demonyms:
        return start
    opens_line = k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text or all(c in "0123456789.)-*\u2022" for c in doc[k - 1].text)
    return k if opens_line else start


def _misread_given_name(m: Mention, gaz: Gazetteers) -> bool:
    """"Irina | Pavlovna Kuznetsova": one unknown title-case word the model tagged as a body or a place right before a
    person's name is the name's first word (known countries, peoples and bodies stay what they are)."""
    return (m.label in {"ORG", "NORP", "GPE"} and len(m.text.split()) == 1 and not m.authority and m.text.istitle()
            and m.text not in gaz.countries and m.text not in gaz.demonyms and m.text.lower() not in gaz.company_words
            and m.text.lower() not in gaz.public_body_words)


def _surname_alias_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[tuple[int, int]]:
    """"..., Given Surname (Surname), ...": the release defines a person's short name; the words before it are the name."""
    owner = by_token(mentions)
    runs: list[tuple[int, int]] = []
    for i in token_indices(doc, _ONE_WORD_ALIAS):
        if i < 2 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        surname = doc[i + 1].text
        if doc[i - 1].text != surname:
            continue
        start = i - 1
        while start > 0 and i - start < 5 and _name_noun(doc, start - 1, gaz) and _same_line(doc, start - 1):
            start -= 1
        if i - start < 2 or any(owner.get(k) is not None and owner[k].label not in {"PERSON", "ORG", "GPE", "NORP"} for k in range(start, i)):
            continue
        if any(owner.get(k) is not None and (owner[k].start < start or owner[k].end > i) for k in range(start, i)):
            continue  # part of a longer name the model found
        runs.append((start, i))
    return runs


def _name_noun(doc: Doc, i: int, gaz: Gazetteers) -> bool:
    """An untagged proper noun that can be part of a personal name."""
    tok = doc[i]
    low = tok.lower_
    return (tok.tag_ in {"NNP", "NNPS"} and tok.text[:1].isupper() and tok.text[1:2].islower() and tok.is_alpha
            and low not in CALENDAR_WORDS and low not in NOT_NAME_WORDS and low not in gaz.title_heads and low not in gaz.title_modifiers
            and low not in gaz.company_words and low not in gaz.public_body_words and tok.text not in gaz.demonyms
            and tok.text not in gaz.countries)


def _cut_rank_tails(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """An organization's name the model ran into the first word of a post ("IRGC Brigadier" before "General X"): the
    name ends before that word when it and the words after it form a post."""
    for m in mentions:
        if m.label != "ORG" or m.authority or m.end - m.start < 2 or m.end >= len(doc):
            continue
        cut = m.end
        while cut - 1 > m.start and doc[cut - 1].text[:1].isupper() and doc[cut - 1].lower_ in gaz.title_head_starts:
            cut -= 1
        if cut == m.end:
            continue
        tail = " ".join(t.lower_ for t in doc[cut:m.end])
        post = next((k for k in (1, 2) if f"{tail} {' '.join(t.lower_ for t in doc[m.end:m.end + k])}" in gaz.title_heads), None)
        named = post is not None and m.end + post < len(doc) and doc[m.end + post].text[:1].isupper()
        if named and doc[cut - 1].is_alpha and doc[cut - 1].lower_ not in {"the", "of", "and", "for"}:
            m.end = cut  # not "Office of the Vice | President": the words left must end a name, and a name follows the post
            m.text = doc[m.start:cut].text


def _opening_given_name(doc: Doc, i: int, name_end: int, gaz: Gazetteers) -> bool:
    """"Rogelio Vanegas Pardo is ...": the sentence's first word, which the tagger read as a common noun (sentence-initial
    capitals), is a given name when the parser hangs it on the name as a compound and it is no word of a post or a body."""
    tok = doc[i]
    return (tok.is_sent_start and tok.tag_ == "NN" and tok.dep_ == "compound" and i < tok.head.i < name_end
            and tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok) >= 3
            and _name_noun_words(tok.lower_, gaz))


def _name_noun_words(low: str, gaz: Gazetteers) -> bool:
    return (low not in CALENDAR_WORDS and low not in NOT_NAME_WORDS and low not in gaz.title_heads and low not in gaz.title_modifiers
            and low not in gaz.company_words and low not in gaz.public_body_words and low not in gaz.group_nouns
            and low not in gaz.anaphora_heads)


def _joins_name(doc: Doc, i: int, gaz: Gazetteers) -> bool:
    """A short word between two parts of one person's name: a capitalised particle ("Pae In Sok") or a lower-case
    surname link ("Tariq ibn Salem Dorani": the model tags the two sides apart, and the name after "ibn" alone is the
    father's, P13; V9 item 13, M44)."""
    tok = doc[i]
    if tok.text in NAME_LINKS:
        return True
    return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok) <= 3 and not tok.is_sent_start \
        and tok.lower_ not in {"and", "the", "of", "for", "to", "on", "at", "by"}


# ---- applying ---------------------------------------------------------------------------------

def _apply(doc: Doc, mentions: list[Mention], runs: list[tuple[int, int]], label: str,
           misread: Callable[[Mention], bool] | None = None) -> list[Mention]:
    """Replace the mentions a run overlaps by one mention of the run; parts outside any run stay as they were.

    A person's run never swallows a mention of another kind, unless `misread` says the model mislabelled it."""
    if not runs:
        return mentions
    covered: list[tuple[int, int]] = []
    for start, end in runs:
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.authority or m.label == "PROGRAM" for m in inside):
            continue
        holder = next((m for m in inside if m.start <= start and end <= m.end and m.label in {"ORG", "VESSEL"}), None)
        if label == "ORG" and holder is not None and sum(1 for s2, e2 in runs if holder.start <= s2 and e2 <= holder.end) == 1:
            continue  # the model's own span already holds the run ("Science and Technology Co."), unless it holds two names
        if label == "PERSON" and any(m.label != "PERSON" and m.start < end and start < m.end and not (misread and misread(m)) for m in inside):
            continue
        covered.append((start, end))
    return replace_spans(doc, mentions, covered, label) if covered else mentions
