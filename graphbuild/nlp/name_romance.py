"""Bodies named in Spanish, Portuguese, French or Italian: "Cártel de Jalisco Nueva Generación", "Cártel del
Pacífico Norte", "Fondation Lumière pour l'Avenir" (R21).

Such a name is a head noun, a lower-case particle and capitalised words. The small model reads the particle as the
end of a name: it keeps "Cártel de Jalisco" and makes a person of "Nueva Generación", or tags only "Pacífico Norte"
(a person) and leaves "Cártel del" out, or keeps the head alone ("Fondation"). The post stated for the body then goes
to a fragment, or to a person that is none. A body head noun (`organizations.yaml`: `romance_body_heads`, and the
English group and body words such as "Cartel"; not a legal form: "S.A. de C.V.") opening a capitalised run that a particle continues makes
the run one ORG mention, taking in the pieces the model found inside it. A name the model already holds whole, an
authority, a vessel or a program the gazetteer knows inside the run, or a run with no capitalised word after its particle is left as it is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..names import fold
from .doc_text import token_words
from .gazetteers import Gazetteers
from .mention import CALENDAR_WORDS, Mention, by_token, replace_spans

#: Lower-case particles inside a Spanish, Portuguese, French or Italian body's name ("de la", "do", "pour l'"); "y"/"e"/"et"
#: join two fields, "en" places the field ("Union pour la Paix en Centrafrique"). A body's list, not a person's (`names.NAME_PARTICLES`): it has "pour", "des", "les", "et", which that one
#: leaves out, and none of a person's "van", "al", "bin".
BODY_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "le", "les", "do", "da", "dos", "das", "du", "des", "di", "della",
                                "degli", "pour", "y", "e", "et", "en"})
#: The particle right after the head ("Cártel del ..."); "y", "la" or "et" never open the run.
BODY_NAME_OPENERS = frozenset({"de", "del", "do", "da", "dos", "das", "du", "des", "di", "della", "degli", "pour"})
MAX_WORDS = 14  # the longest run taken: a head, particles and a few capitalised words
#: Head nouns of the list that are English words too: an English name may open on them ("Union Minister X", "Office
#: Manager X"), so they alone never say that a name the model read as a person or a place is a body.
ENGLISH_HOMOGRAPHS = frozenset({"union", "office", "centre", "direction", "tribunal", "cartel", "comite"})


def _capitalised(tok: Token) -> bool:
    """A capitalised word of a name, also elided after a particle ("l'Avenir", "d'Ivoire")."""
    return _capitalised_word(tok.text, tok.lower_)


def _capitalised_word(word: str, lower: str) -> bool:
    """`_capitalised` of a token's text and lower-cased text (read from `token_words`, no `Token`: issue 18, S19)."""
    text = word[2:] if word[:2].lower() in {"l'", "d'"} else word
    return text[:1].isupper() and text.replace("-", "").replace(".", "").isalnum() and lower not in CALENDAR_WORDS


def _heads(gaz: Gazetteers) -> frozenset[str]:
    """Folded head nouns that open a body's name."""
    cached = getattr(gaz, "_gb_romance_heads", None)
    if cached is None:
        cached = frozenset(fold(w) for w in gaz.romance_body_heads | gaz.group_nouns | gaz.public_body_words if " " not in w)
        object.__setattr__(gaz, "_gb_romance_heads", cached)
    return cached


def opens_on_head(doc: Doc, start: int, end: int, gaz: Gazetteers) -> bool:
    """The name `doc[start:end]` (three words or more) opens on a Romance body head noun ("Universidad del X",
    "Organización X Y", "Coopérative Minière X"): in these languages the head comes first, so the name is a body's
    whatever the model typed it (twenty-eighth session, BX). The English homographs of the list are left out, and so
    is a name right after a name and a comma: "X Minera Internacional, Sociedad Anónima" spells the firm's legal form
    out, which made a firm of its own that took the next firm's short form as its alias. A name of two words is left
    to the model: several head nouns are Spanish surnames too ("Guardia", "Corte", "Frente"), and a person named by
    two surnames has that shape (lead, after review RX)."""
    if end - start < 3 or not _capitalised(doc[start]) or not _capitalised(doc[end - 1]):
        return False
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].text[:1].isupper():
        return False
    head = fold(doc[start].text)
    return head in gaz.romance_body_heads and head not in ENGLISH_HOMOGRAPHS


def _run_end(doc: Doc, k: int, stop: frozenset[str]) -> int:
    """End of the name from token `k` (a particle): particles and capitalised words on one line, closed by a
    capitalised word; a title word ("Leader") or punctuation stops it."""
    end = k
    j = k
    while j < len(doc) and j - k < MAX_WORDS and "\n" not in doc[j - 1].whitespace_:
        tok = doc[j]
        if tok.text in BODY_NAME_PARTICLES:
            j += 1
        elif _capitalised(tok) and tok.lower_ not in stop and tok.lower_[:-1] not in stop:
            j += 1
            end = j
            if tok.text.endswith("."):
                break  # "... S.A. de C.V. | Both": an abbreviation's point may close the sentence
        else:
            break
    return end


def join_romance_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each Romance body's name as one ORG mention (the pieces inside it dropped)."""
    heads = _heads(gaz)
    stop = frozenset(gaz.title_heads) | frozenset(gaz.title_modifiers)
    owner = by_token(mentions)
    joined: list[tuple[int, int]] = []
    texts, lowers = token_words(doc)
    i = 0
    while i < len(doc) - 2:
        if not (_capitalised_word(texts[i], lowers[i]) and fold(texts[i]) in heads):
            i += 1
            continue
        k = i + 1  # "Fondation Lumière pour ...", "Frente Nacional de ...": up to two words before the particle
        while k < i + 3 and k < len(doc) and _capitalised(doc[k]) and doc[k].lower_ not in stop and "\n" not in doc[k - 1].whitespace_:
            k += 1
        if k >= len(doc) or doc[k].text not in BODY_NAME_OPENERS or "\n" in doc[k - 1].whitespace_:
            i += 1
            continue
        start = i
        first = owner.get(i)
        if first is not None and first.start < i:
            start = first.start  # "[Nuevo Cártel] de la Sierra": the model's name opens before the head
        end = _run_end(doc, k, stop)
        inside = {id(m): m for k in range(start, end) if (m := owner.get(k)) is not None}.values()
        if end <= k + 1 or any(m.start < start or m.end > end or m.authority or m.label == "VESSEL"
                                          or (m.label == "PROGRAM" and gaz.programs_in(m.text)) for m in inside) \
                or any((m.start, m.end) == (start, end) for m in inside) or doc[start:end].text in gaz.countries:
            i += 1
            continue
        joined.append((start, end))  # every mention it overlaps lies inside it (checked above)
        i = end
    return replace_spans(doc, mentions, joined, "ORG") if joined else mentions
