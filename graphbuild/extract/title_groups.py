"""Titles of one phrase that form one post list ("Minister of A, Minister of B, and Minister of C", "the emir, or
leader, of Y"): shared by the rules that read a person's posts and the list-of-bodies rule, which the person-post rules
call (so it lives below both)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .titles import Title

__all__ = ["CHAIN_WORDS", "title_groups"]

CHAIN_WORDS = {"and", "as", "well", ",", "previously", "served", "serves", "was", "is", "also", "the", "a", "an", "has", "formerly",
               "then", "later", "currently", "concurrently", "been", "in", "addition", "additionally", "before", "that"}


def title_groups(titles: list[Title], doc: Doc) -> list[list[Title]]:
    """Titles joined by "and" / "as well as" / "and previously served as" form one group."""
    groups: list[list[Title]] = []
    gaps = [[t.lower_ for t in doc[a.span_end:b.phrase_start] if t.ent_type_ != "DATE"] for a, b in zip(titles, titles[1:])]
    for index, title in enumerate(titles):
        if groups and _two_holders(doc, groups[-1][-1], title):
            last = groups[-1][-1]
            between = gaps[index - 1]
            if title.org is None and not title.org_name and (last.org is not None or last.org_name) \
                    and title.role_class != "commander" and "and" in between and set(between) <= CHAIN_WORDS \
                    and not _own_body_after_name(doc, title):
                # "A, the chairman of X, and Vice Chairman B": B's post is his own, at A's body (M9); a rank alone
                # ("and General B") is no post at A's body (GUIDELINES)
                title = replace(title, org=last.org, org_name=last.org_name, org_type=last.org_type,
                                country=title.country or last.country)
            groups.append([title])
            continue
        if groups:
            last = groups[-1][-1]
            between = gaps[index - 1]  # "since 2015, and as"
            if between == [","] and _serial_list_closes(gaps[index:]):
                groups[-1].append(title)  # "Minister of A, Minister of B, and Minister of C": one list of posts
                continue
            if between and all(w in CHAIN_WORDS | {"or", "since"} for w in between) and ("and" in between or "as" in between or "or" in between) and len(between) <= 6:
                if "or" in between and "and" not in between:  # "the emir, or leader, of Y": one post named twice
                    if last.org is None and not last.org_name:
                        groups[-1][-1] = replace(last, org=title.org, org_name=title.org_name, span_end=title.span_end)
                    continue
                groups[-1].append(title)
                continue
        groups.append([title])
    return groups


APPOSITION_OPENERS = {"a", "an", "the", "its", "his", "her", "their"}


def _two_holders(doc: Doc, first: Title, second: Title) -> bool:
    """The first title is an apposition of a person named before it and the second a title before another person's
    name: "A, a senior official of X, and General B" names two people and a post of each, no list of posts (P6: B was
    given A's post at X)."""
    k = first.phrase_start
    while k > 0 and doc[k - 1].lower_ in APPOSITION_OPENERS:
        k -= 1
    after_person = k >= 2 and doc[k - 1].text == "," and doc[k - 2].ent_type_ == "PERSON" or _relative_of_person(doc, k)
    if not after_person or second.end >= len(doc) or second.span_end != second.end:
        return False
    if doc[second.end].ent_type_ == "PERSON":
        return True
    # "A, who is the director of X, and his deputy, B": a post of A's own person, named after it (P7: A got "deputy")
    return doc[second.phrase_start].lower_ in PERSON_POSSESSIVES and second.end + 1 < len(doc) \
        and doc[second.end].text == "," and doc[second.end + 1].is_title


PERSON_POSSESSIVES = {"his", "her", "their"}
RELATIVE_LINKS = {"is", "was", "serves", "served", "as"}


def _relative_of_person(doc: Doc, k: int) -> bool:
    """Token `k` opens the complement of a relative clause on a person: "A, who is the director of X" (up to two link
    words after "who")."""
    j = k - 1
    while j >= 0 and k - j <= 2 and doc[j].lower_ in RELATIVE_LINKS:
        j -= 1
    # "who" names a person whatever the model tagged the name ("Ilse Varnholt Brenn" untagged; F1 item 5, M17): a
    # capitalised word before the comma will do
    return j < k - 1 and j >= 2 and doc[j].lower_ == "who" and doc[j - 1].text == "," and (
        doc[j - 2].ent_type_ == "PERSON" or doc[j - 2].is_title and doc[j - 2].is_alpha)


def _own_body_after_name(doc: Doc, title: Title) -> bool:
    """The person named after `title` has a body of their own: "and Managing Director B of Z" (M10: B was given the
    first holder's body)."""
    k = title.end
    while k < len(doc) and doc[k].ent_type_ == "PERSON" and (k == title.end or doc[k].ent_iob_ != "B"):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "at"}:
        return False
    body = doc[k + 2] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else doc[k + 1]
    return body.ent_type_ in {"ORG", "GPE", "FAC", "NORP"} or body.is_title


def _serial_list_closes(later_gaps: list[list[str]]) -> bool:
    """Whether the commas between titles run on to an "and" that closes the list ("A, B, and C")."""
    for gap in later_gaps:
        if gap in ([",", "and"], ["and"]):
            return True
        if gap != [","]:
            return False
    return False
