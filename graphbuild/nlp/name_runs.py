"""Names the model missed, found from the words around them: after a post ("said Secretary of the Treasury X Y",
"Minister of Defense X Y"), a body before a post ("Norvik Chief Executive X Y"), and runs of proper nouns.

Split from `mentions` (which turns the model's entities into mentions): these passes add mentions where the model
tagged nothing, and must never take a post, a field ("Foreign Affairs") or a body word for a name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .gazetteers import Gazetteers
from .doc_text import token_tree, token_words
from .mention import CALENDAR_WORDS, PERSON_WORD, Mention, title_abbreviation
from .not_names import FIELD_WORDS, name_after_field, title_words



def add_names_after_titles(doc: Doc, mentions: list[Mention], taken: list[bool], gaz: Gazetteers) -> None:
    """"said Secretary of the Treasury Scott Bessent": a name the model missed, right after a title."""
    for i, text in enumerate(token_words(doc)[0]):
        if taken[i] or not PERSON_WORD.match(text) or i == 0:
            continue
        tok = doc[i]  # a `Token` only for a name-like word (issue 18, S19)
        previous = doc[tok.i - 1]
        after_title = previous.lower_ in gaz.title_heads or (taken[previous.i] and any(m.authority and m.end == tok.i for m in mentions))
        if not after_title or not previous.text[:1].isupper():
            continue
        end = tok.i
        while end < len(doc) and not taken[end] and (PERSON_WORD.match(doc[end].text)) and end - tok.i < 4:
            end += 1
        if end - tok.i >= 2 and (end == len(doc) or doc[end].is_punct or doc[end].is_lower):  # "Co-Founder X Y runs", "... X Y of Z"
            span = doc[tok.i:end]
            if not (set(t.lower_ for t in span) & (gaz.company_words | gaz.public_body_words)):
                mentions.append(Mention(tok.i, end, span.text, "PERSON"))
                for i in range(tok.i, end):
                    taken[i] = True



#: The proper-noun tags a run is made of.
PROPER_TAGS = frozenset({"NNP", "NNPS"})


def add_proper_noun_runs(doc: Doc, mentions: list[Mention], taken: list[bool], gaz: Gazetteers) -> None:
    """Names the model missed: runs of two or more proper nouns ("Dmitry Utkin", "Ocean Link Shipping LLC")."""
    texts, lowers = token_words(doc)
    tags = token_tree(doc).tags  # the words and tags read as strings: no `Token` to find a run (issue 18, S19 and PF)
    i = 0
    while i < len(doc):
        if taken[i] or not texts[i][:1].isupper() or lowers[i] in CALENDAR_WORDS or tags[i] not in PROPER_TAGS:
            i += 1
            continue
        end = i
        while end < len(doc) and not taken[end] and "\n" not in texts[end] and (
            (tags[end] in PROPER_TAGS and texts[end][:1].isupper() and lowers[end] not in CALENDAR_WORDS)
            or (lowers[end] in {"of", "and", "&"} and end + 1 < len(doc) and tags[end + 1] in PROPER_TAGS and not taken[end + 1]
                and not title_abbreviation(doc, end + 1))  # "Amb. X and Capt. Y": a second person's title opens a name (D20)
        ):
            end += 1
        span = doc[i:end]
        pair = _known_pair(doc, span, mentions)
        if pair is not None:  # "Castillo and Ixcoy are being designated": two names, each written on its own elsewhere
            for part in pair:
                mentions.append(Mention(part.start, part.end, part.text, guess_label(part, gaz)))
                for k in range(part.start, part.end):
                    taken[k] = True
            i = end
            continue
        words = {t.lower_ for t in span}
        titled = words & (set(gaz.title_heads) | gaz.title_modifiers) and not words & (gaz.company_words | gaz.public_body_words)
        person_next = end < len(doc) and any(m.start == end and m.label == "PERSON" for m in mentions)
        if titled and (end == len(doc) or doc[end].is_punct or doc[end].is_lower or person_next):
            post = next((k for k in range(i, end) if doc[k].lower_ in gaz.title_heads or doc[k].lower_ in gaz.title_modifiers), i)
            # "Minister of Defense Anton Sedov": the name after the post; "Norvik Chief Executive | X Y": the name is found
            tail = _name_after_title_field(doc[post:end], gaz) if not person_next else doc[end:end]
            if tail is not None:
                found = [(tail, "PERSON")] if len(tail) else []
                if post > i and all(PERSON_WORD.match(t.text) or t.is_upper for t in doc[i:post]) and post - i <= 3:
                    found.append((doc[i:post], "ORG"))  # "Norvik Chief Executive X Y": the body that prefixes the post
                for part, label in found:
                    mentions.append(Mention(part.start, part.end, part.text, label))
                    for k in range(part.start, part.end):
                        taken[k] = True
                i = max(end, i + 1)
                continue
        if len(span) >= 2 and not titled and not gaz.programs_in(span.text) \
                and not span.text.startswith(("E.O", "Executive")) and gaz.authority(span.text) is None:
            label = "VESSEL" if i > 0 and doc[i - 1].lower_ in gaz.vessel_words else guess_label(span, gaz)
            if label == "PERSON" and i > 0 and doc[i - 1].lower_ == "based":
                label = "ORG"  # "a Lima-based Distribuidora Santa Rosa": firms are based somewhere, people are not
            back = i - 1
            while back >= 0 and doc[back].lower_ in {"and", "&", ","}:
                back -= 1
            in_list = back < i - 1 and back >= 0 and doc[back].text[:1].isupper() and doc[back].tag_ in {"NNP", "NNPS"} \
                and not title_abbreviation(doc, i)  # "A and Capt. B": a person's rank opens B, no field list's item (M36)
            if in_list and (title_follows(doc, end, gaz) or _apposed_to_title(doc, i, end, mentions, gaz) or _apposed_to_post(doc, i, end, gaz)):
                in_list = False  # "A is the General Manager, B the COO", "the Deputy Minister of Energy, B, signed": a name
            named = name_after_field(doc, i, end, title_words(gaz)[0]) if in_list else i
            if named > i:  # "Secretary for Terrorist Financing and | Financial Crimes X Y": the last field item, then a name
                span, label, in_list = doc[named:end], "PERSON", False
            if label == "PERSON" and (in_list or (end < len(doc) and doc[end].lower_ in {"for", "of"} and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
                label = None  # part of a capitalised field list ("Finance, Investments, and Strategic Alliances")
            if label:
                mentions.append(Mention(span.start, span.end, span.text, label))
                for k in range(span.start, span.end):
                    taken[k] = True
        i = max(end, i + 1)


def _known_pair(doc: Doc, span: Span, mentions: list[Mention]) -> tuple[Span, Span] | None:
    """The two sides of a run "A and B" when each is a name the release writes on its own: another mention's text, a
    short form in parentheses after a name ("Comptoir Aurifere du Niger SARL (CAN)"), or a person's surname (the last
    one or two words of a person's mention). "Myanma Oil and Gas Enterprise", "Bridges and Roads Limited": one name."""
    ands = [t.i for t in span if t.lower_ == "and"]
    if len(ands) != 1 or not span.start < ands[0] < span.end - 1:
        return None
    left, right = doc[span.start:ands[0]], doc[ands[0] + 1:span.end]
    known: set[str] = set()
    for m in mentions:
        known.add(m.text)
        if m.label == "PERSON" and m.end - m.start > 1:
            known.update({doc[m.end - 1].text, doc[m.end - 2:m.end].text})
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            known.add(doc[m.end + 1].text)
    return (left, right) if left.text in known and right.text in known else None


def title_follows(doc: Doc, end: int, gaz: Gazetteers) -> bool:
    """"B the Chief Operating Officer": a determiner and a post right after the words ending at `end` (the gapped
    verb of "where A is the General Manager, B the COO and C the CEO" makes B a holder, not an item of a field list)."""
    if end >= len(doc) or doc[end].lower_ not in {"the", "a", "an"}:
        return False
    for k in range(end + 1, min(end + 5, len(doc))):
        if doc[k].lower_ in gaz.title_heads:
            return True
        if not (doc[k].lower_ in gaz.title_modifiers or doc[k].text[:1].isupper()):
            return False
    return False


def _apposed_to_title(doc: Doc, start: int, end: int, mentions: list[Mention], gaz: Gazetteers) -> bool:
    """"the Deputy Minister of Energy, B, signed": words between commas right after a name that opens with a post."""
    if end >= len(doc) or doc[end].text != "," or start < 2 or doc[start - 1].text != ",":
        return False
    before = next((m for m in mentions if m.end == start - 1), None)
    return before is not None and (doc[before.start].lower_ in gaz.title_heads or doc[before.start].lower_ in gaz.title_modifiers)


#: Words a post's capitalised field may hold besides capitalised words ("Minister of Economy and Foreign Trade").
FIELD_JOINERS = {"of", "and", "the", "for", "'s", "\u2019s"}


def _apposed_to_post(doc: Doc, start: int, end: int, gaz: Gazetteers) -> bool:
    """"Colombia's Minister of Defense, X Y Z, told reporters", "Zimbabwe's Vice President, X Y, remains": a name
    between commas right after a capitalised post and its field, the clause going on in lower case. A serial list of
    fields goes on with "and" ("Minister of Planning, Budget Management, and Finance") and is left alone (R23)."""
    if start < 3 or doc[start - 1].text != "," or end + 1 >= len(doc) or doc[end].text != "," \
            or not doc[end + 1].is_lower or doc[end + 1].lower_ in {"and", "or"}:
        return False
    k = start - 2
    while k >= 0 and start - 2 - k < 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in FIELD_JOINERS):
        if doc[k].lower_ in gaz.title_heads:
            return True
        k -= 1
    return False


def _name_after_title_field(span: Span, gaz: Gazetteers) -> Span | None:
    """The two to four name words closing a run that opens with a post and its field, or None."""
    stop = set(gaz.title_heads) | gaz.title_modifiers | FIELD_WORDS | {"of", "and", "&", "for", "the"}
    if span[0].lower_ not in set(gaz.title_heads) | gaz.title_modifiers:
        return None
    start = span.end
    while start > span.start and span.doc[start - 1].lower_ not in stop and PERSON_WORD.match(span.doc[start - 1].text):
        start -= 1
    tail = span.doc[start:span.end]
    if not 2 <= len(tail) <= 4 or start == span.start or {t.lower_ for t in tail} & (gaz.company_words | gaz.public_body_words):
        return None
    return tail if guess_label(tail, gaz) == "PERSON" else None


def guess_label(span: Span, gaz: Gazetteers) -> str | None:
    words = [t.lower_ for t in span]
    if set(words) & gaz.company_words or set(words) & gaz.public_body_words:
        return "ORG"
    if 2 <= len(span) <= 6 and all(PERSON_WORD.match(t.text) or t.lower_ in {"de", "del", "la", "bin", "al", "van", "von"} for t in span):
        return "PERSON"
    if len(span) >= 1 and span[0].text[:1].isupper():
        return "ORG"
    return None
