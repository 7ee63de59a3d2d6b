"""A person's name the model split in one place but read whole in another ("A | B-c" and "A B-c").

The small model types each occurrence of a name from its neighbours: a given name that is also a common word,
an ethnonym or a place ("Han", "Jordan") is cut off in one sentence and kept in the next. The document's own
whole reading settles it: where the exact words of a person's full name recur split into pieces (mentions that
lie wholly inside those words, or words no mention holds), the pieces are one mention of that person. So are the
pieces of a group's name closed by its kind ("the X DTO" read whole once, and as "X" | "DTO" elsewhere, the
family name taken for a person's: issue 13, R15), of a body's name opened by its kind ("Bank Y Z", bold where the
release defines it, read later as "Bank" | "Y Z": the kind word then taken for "the Bank" named last, another bank,
and "Y Z" for a person; issue 13, H9), and of a body's name read whole after "the" (BS, thirty-fourth session).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention, by_token
from .token_words import tokens_spelled

#: capitalised last words of a group's name whose pieces are joined back as the group ("X DTO", "X Cartel", "X Clan")
GROUP_HEADS = frozenset({"dto", "cartel", "clan", "gang", "faction", "syndicate", "organization", "organisation", "network", "brigade",
                         "brigades", "militia", "mafia"})


def join_names_spelled_whole(doc: Doc, mentions: list[Mention], kind_words: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with each split occurrence of a person's full name (as read elsewhere) joined into one; so is a
    body's name closed by a group's head or opened by one of `kind_words` (lower-case: "bank", "company", "group")."""
    full = {tuple(t.text for t in doc[m.start:m.end]) for m in mentions
            if m.label == "PERSON" and m.alias_of is None and len(m.text.split()) >= 2 and not m.authority}
    candidates = [m for m in mentions if m.label == "ORG" and m.alias_of is None and m.end - m.start >= 2 and not m.authority
                  and doc[m.end - 1].text[:1].isupper()]
    groups = {tuple(t.text for t in doc[m.start:m.end]) for m in candidates
              if doc[m.end - 1].lower_ in GROUP_HEADS or doc[m.start].text[:1].isupper() and doc[m.start].text.lower() in kind_words}
    after_the = {tuple(t.text for t in doc[m.start:m.end]) for m in candidates if _after_the(doc, m)} - groups
    groups |= after_the
    full |= groups
    if not full:
        return mentions
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in full:
        by_first.setdefault(words[0], []).append(words)
    owner = by_token(mentions)
    joined: list[tuple[int, int]] = []
    for i in tokens_spelled(doc, by_first):  # the tokens a full name can start at
        tok = doc[i]
        for words in by_first.get(tok.text, ()):
            start, end = tok.i, tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[start:end]) != words or (joined and start < joined[-1][1]):
                continue
            if any("\n" in doc[k].whitespace_ for k in range(start, end - 1)):
                continue
            inside = {id(owner[k]): owner[k] for k in range(start, end) if k in owner}.values()
            if any(m.start < start or m.end > end or m.authority or m.label in {"PROGRAM", "VESSEL"} for m in inside):
                continue
            if len(inside) == 1 and next(iter(inside)).start == start and next(iter(inside)).end == end:
                continue  # already one mention of those words: its kind is not this function's business
            if words in after_the and not (inside and all(m.label == "PERSON" for m in inside)):
                continue  # only a piece read as a person is mended: "the [Syrian] [Military Intelligence]" stays as read
            joined.append((start, end))
    if not joined:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in joined)]
    kept += [Mention(s, e, doc[s:e].text, "ORG" if tuple(t.text for t in doc[s:e]) in groups else "PERSON") for s, e in joined]
    kept.sort(key=lambda m: m.start)
    return kept


def _after_the(doc: Doc, m: Mention) -> bool:
    """"the Jama'at X al-Y" read whole as a body after "the": a body's name (no person's name takes the article), so its
    words cut elsewhere ("the Jama'at | X al-Y", the tail typed a person and made a designee of its own) are that body
    (thirty-fourth session, BS)."""
    return m.start > 0 and doc[m.start - 1].text.lower() == "the" and doc[m.start].text[:1].isupper()
