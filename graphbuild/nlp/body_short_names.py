"""A body's one-word short name, given by the release in parentheses ("Tavush Components CJSC (Tavush)"), used again
where the model tagged nothing ("Tavush is run by general director X", "| Position at Kelvor |"): each later use is a
mention of that body (thirty-first session, PE).

`mentions._add_acronym_alias_repeats` does this for an all-caps short form ("(EXANCO)"); a short name written in
lower case after its capital ("Tavush", "Kelvor") was left untagged wherever the small model read it as a common
noun, and the post or designation stated with it was lost. The repeat carries no `alias_of`: it is a use of the name,
not its definition, and the resolver gives it to the body whose form it is (`coref.DocResolver._org_match`)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_text import token_words
from .mention import Mention

#: Tags of a word that may be a use of the short name: the small model tags an unknown capitalised word opening a
#: sentence as a common noun ("Tavush is run by ...") as often as a proper one.
NAME_TAGS = frozenset({"NNP", "NNPS", "NN"})


def add_body_short_name_repeats(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """Add an ORG mention at each later, untagged, lone use of a capitalised, not all-caps short name a body's name was
    given in parentheses: one word ("Tavush"), or since the thirty-second session (CO) words joined by hyphens
    ("Elektro-Drina", "Altyn-Tash") or a few capitalised words ("Dongying Hengrun"), every word of the use untagged. Not
    a use inside a longer capitalised run ("Tavush Street", "Hotel Tavush"), which is another name, nor one glued to a
    hyphen ("Tavush-Invest")."""
    starts = {m.start: m for m in mentions}
    defined: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        base = starts.get(m.alias_of) if m.alias_of is not None else None
        words = tuple(t.text for t in doc[m.start:m.end])
        if (base is None or base.label != "ORG" or not _short_name_words(words) or m.text.isupper()
                or m.extra.get("former_name")):
            continue
        defined.setdefault(words, m)
    if not defined:
        return
    texts = token_words(doc)[0]
    for i, text in enumerate(texts):
        for words, alias in defined.items():
            end = i + len(words)
            if words[0] != text or i <= alias.start or end > len(doc) or tuple(texts[i:end]) != words:
                continue
            if any(taken[j] for j in range(i, end)) or doc[i].tag_ not in NAME_TAGS:
                continue
            if end - i == 1 and _common_noun_modifier(doc[i]):
                continue  # "Harvest season in the region is overseen by X": the common word, not the name (RE)
            if any(0 <= j < len(doc) and not taken[j] and doc[j].text[:1].isupper() and doc[j].tag_ in {"NNP", "NNPS"}
                   for j in (i - 1, end)):
                continue  # "Tavush Street", "Hotel Tavush": part of another name
            if (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                    or i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
                continue  # "Tavush-Invest": another body
            mentions.append(Mention(i, end, doc[i:end].text, "ORG", alias.authority))
            for j in range(i, end):
                taken[j] = True
            break


#: Most words of a short name written with spaces ("Dongying Hengrun"): a longer run is a name the model reads itself.
MAX_SHORT_NAME_WORDS = 3


def _short_name_words(words: tuple[str, ...]) -> bool:
    """A short name a later use may repeat: one capitalised word of three letters or more, words joined by hyphens
    ("Elektro-Drina": no space around them), or up to three capitalised words ("Dongying Hengrun")."""
    if len(words) == 1:
        return len(words[0]) >= 3 and words[0][:1].isupper() and words[0].replace("-", "").isalpha()
    names = [w for w in words if w != "-"]
    return (len(names) <= MAX_SHORT_NAME_WORDS and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in names)
            and words[0] != "-" and words[-1] != "-")


def _common_noun_modifier(tok: Token) -> bool:
    """A use tagged a common noun that modifies a lower-case noun after it ("Harvest season", "Frontier regions"): a
    short name that is also an English word read as that word, not the body (thirty-first session, RE)."""
    head = tok.head
    return (tok.tag_ == "NN" and tok.dep_ == "compound" and head.i > tok.i and head.tag_ in {"NN", "NNS"}
            and head.is_lower)
