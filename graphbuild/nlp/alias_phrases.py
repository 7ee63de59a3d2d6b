"""Appositives that give a person's other name: "X, better known as Y," / "X, known by the nom de guerre Y,".

Why: read as a name of its own, Y became a second person beside X, and a surname both carry ("al-Saadi") was then
nobody's (two bearers named together; `shared_surnames`), so the designation told by that surname was lost. "Better
known", "also known as" and "nom de guerre" say the name is the same person's (", also known as Y," joined them in
the twenty-second session, Y1: read as a name beside X, Y held X's post a second time), and so does a bare ", known as
Y," (V, review of R's twenty-third session: Y held X's post a second time); ", also known by his alias Y" is left to
the rules that read it as another name beside X.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention
from .naming_words import EPITHET_PARTICIPLES

#: Possessives and articles between "known by" and the naming noun: "known by his nom de guerre", "by the alias".
NAMING_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a"})
#: Nouns that, after "better known by his", name the person: "his nom de guerre Y", "his alias Y", "his nickname Y".
NAMING_NOUNS = (("nom", "de", "guerre"), ("alias",), ("nickname",), ("name",), ("moniker",))
#: Adverbs that may stand before "known": "better known", "also known by the nom de guerre", "commonly known as".
KNOWN_ADVERBS = frozenset({"better", "also", "commonly"})
#: Of those, the ones that make any "known as Y" / "known by his alias Y" the same person's other name ("commonly":
#: R of the twenty-third session, read as a second person holding X's post).
SAME_NAME_ADVERBS = frozenset({"better", "commonly"})
#: The words such a phrase can end on: a naming noun's last word, or "as". Any other word at `j` rules the phrase out
#: before the nouns are compared (issue 18: this is asked before nearly every mention of every document).
LAST_WORDS = frozenset({noun[-1] for noun in NAMING_NOUNS} | {"as"})


def alias_phrase_start(doc: Doc, j: int) -> int | None:
    """The comma that opens ", [better|commonly|also] known as" / ", [better|also] known by his nom de guerre" ending at
    token `j`, or None. After "known by", only "nom de guerre" makes the name the same person's unless "better" or
    "commonly" stands before "known"."""
    if j < 0 or doc[j].lower_ not in LAST_WORDS:
        return None
    noun_end = j + 1
    by_noun = None
    for noun in NAMING_NOUNS:
        start = noun_end - len(noun)
        if start >= 0 and tuple(t.lower_ for t in doc[start:noun_end]) == noun:
            by_noun = (start, noun)
            break
    if by_noun is not None:
        k = by_noun[0] - 1
        if k < 1 or doc[k].lower_ not in NAMING_DETERMINERS or doc[k - 1].lower_ != "by":
            return None
        k -= 2
    elif j >= 0 and doc[j].lower_ == "as":
        k = j - 1
    else:
        return None
    if k < 0 or doc[k].lower_ != "known":
        return None
    adverb = doc[k - 1].lower_ if k >= 1 else ""
    if adverb in KNOWN_ADVERBS:
        k -= 1
    as_name = by_noun is None and adverb in {"also", ","}  # "X, also known as Y," (Y1) / "X, known as Y," (V23)
    if adverb not in SAME_NAME_ADVERBS and not as_name and (by_noun is None or by_noun[1] != NAMING_NOUNS[0]):
        return None  # "also known by his alias Y": left as another name beside X
    return k - 1 if k >= 1 and doc[k - 1].text == "," else None


#: Words that may follow a whole appositive name: "X, better known as Y, who ...", "better known as “Y”".
CLOSING_WORDS = frozenset({",", ".", ";", ")", "who", "whom", "whose"})


def whole_appositive(doc: Doc, mention: Mention) -> bool:
    """The name after "better known as" is the whole appositive: the closing comma, a quote, "who" or the sentence's
    end follows it. Not so in "X, better known as Y LLC's main financier,": Y is another body named inside a
    description of X, and read as X's other name it took X's designation (review of R2, X1)."""
    if mention.end >= len(doc) or doc[mention.end].is_sent_start:
        return True
    after = doc[mention.end]
    return after.is_quote or after.lower_ in CLOSING_WORDS


def without_naming_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those inside a naming phrase before a name: the model tags "nom de" of "known by the nom de
    guerre Y" as a firm, which then stands between Y and the name Y is another name of."""
    phrases = []
    for m in mentions:
        j = m.start - 1
        while j >= 0 and (doc[j].is_quote or doc[j].text == ","):
            j -= 1
        opener = alias_phrase_start(doc, j) if j >= 0 else None
        if opener is not None:
            phrases.append((opener, j + 1))
    return [m for m in mentions if not any(opener < m.start and m.end <= end for opener, end in phrases)]


def epithet_of_name_before(doc: Doc, mention: Mention) -> bool:
    """`mention` is an epithet with an article set off after a name: "X, also called the Banker, and Z", "X, nicknamed
    "the Banker"," / "X, known as the Banker,". The article hides the naming phrase from the mention stage (which
    marks other names without one), so the epithet was a designee of its own; marking it an alias there took the name's
    label for it (V, twenty-third session: a readable post lost), so the designation rules only skip it (F, 24th)."""
    j = mention.start - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 0 or doc[j].lower_ != "the":
        return False
    j -= 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j >= 0 and doc[j].lower_ == "as":
        if j < 1 or doc[j - 1].lower_ != "known":
            return False
        j -= 1
    if j < 0 or doc[j].lower_ not in EPITHET_PARTICIPLES or (doc[j].lower_ == "known" and doc[j + 1].lower_ != "as"):
        return False
    if j >= 1 and doc[j - 1].lower_ in KNOWN_ADVERBS | {"often", "widely", "locally", "sometimes"}:
        j -= 1
    return j >= 2 and doc[j - 1].text == "," and (doc[j - 2].pos_ == "PROPN" or bool(doc[j - 2].ent_type_)) \
        and whole_appositive(doc, mention)
