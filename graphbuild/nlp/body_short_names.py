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
    """Add an ORG mention at each later, untagged, lone use of a one-word, capitalised, not all-caps short name a
    body's name was given in parentheses; not a word inside a longer capitalised run ("Tavush Street", "Hotel Tavush"),
    which is another name, nor one glued to a hyphen ("Tavush-Invest")."""
    starts = {m.start: m for m in mentions}
    defined: dict[str, Mention] = {}
    for m in mentions:
        base = starts.get(m.alias_of) if m.alias_of is not None else None
        text = m.text
        if (base is None or base.label != "ORG" or m.end - m.start != 1 or len(text) < 3 or text.isupper()
                or not text[:1].isupper() or not text.replace("-", "").isalpha() or m.extra.get("former_name")):
            continue
        defined.setdefault(text, m)
    if not defined:
        return
    texts = token_words(doc)[0]
    for i, text in enumerate(texts):
        alias = defined.get(text)
        if alias is None or taken[i] or i <= alias.start or doc[i].tag_ not in NAME_TAGS:
            continue
        if _common_noun_modifier(doc[i]):
            continue  # "Harvest season in the region is overseen by X": the common word, not the name (RE)
        if any(0 <= j < len(doc) and not taken[j] and doc[j].text[:1].isupper() and doc[j].tag_ in {"NNP", "NNPS"}
               for j in (i - 1, i + 1)):
            continue  # "Tavush Street", "Hotel Tavush": part of another name
        if (i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
                or i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
            continue  # "Tavush-Invest": another body
        mentions.append(Mention(i, i + 1, text, "ORG", alias.authority))
        taken[i] = True


def _common_noun_modifier(tok: Token) -> bool:
    """A use tagged a common noun that modifies a lower-case noun after it ("Harvest season", "Frontier regions"): a
    short name that is also an English word read as that word, not the body (thirty-first session, RE)."""
    head = tok.head
    return (tok.tag_ == "NN" and tok.dep_ == "compound" and head.i > tok.i and head.tag_ in {"NN", "NNS"}
            and head.is_lower)
