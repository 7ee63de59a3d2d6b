"""Two people whose names fit one another, told apart by what the text says of each (issue 13, NM).

"Karim Haddad" fits "Karim Nadir Haddad" (the same first name and surname, the middle name left out), and the resolver
made them one person: a short form usually is the full name again. But a release that introduces each of them says so:

- each naming is followed by an indefinite description of its own ("Karim Nadir Haddad, a Lebanese financier, ..."
  and, later, "Karim Haddad, a Syrian money exchanger, ..."): a writer introduces a person once, and names him again
  without "a ...";
- each is a list entry of its own in bold ("- **Karim Nadir Haddad**, ..." and "- **Karim Haddad**, ...");
- each naming is followed by a birth date, and the two differ ("(born 12 March 1971)", "(born 4 June 1985)").

Then the shorter name is another person (`coref.DocResolver._person_match`, `short_forms.short_form_owners`), kept
apart from the fuller one across the build too (`coref.Cluster.namesake`). What must still merge does: a short name
without such a sign ("Karim Haddad is the owner of ..."), "Mr. Haddad", a name defined in brackets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .mentions import Mention

#: Words that open an indefinite description set beside a name (", a Syrian money exchanger").
INDEFINITE = frozenset({"a", "an"})
#: Words that open a birth statement after a name ("(born 12 March 1971)", ", DOB 4 Jun 1985", "(b. 1962)").
BIRTH_WORDS = frozenset({"born", "dob", "b."})


def introduced(doc: Doc, m: Mention) -> bool:
    """The naming is followed by an indefinite description (", a ...", ", an ...")."""
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in INDEFINITE


def birth_statement(doc: Doc, m: Mention) -> str | None:
    """The birth date stated right after the naming (its words up to the closing bracket, comma or line), folded; None
    when none is."""
    k = m.end
    if k < len(doc) and doc[k].text in {"(", ","}:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in BIRTH_WORDS:
        return None
    words: list[str] = []
    for t in doc[k + 1:k + 12]:
        if t.text in {")", ",", ";"} or "\n" in t.text:
            break
        words.append(t.lower_)
    text = re.sub(r"\b(on|in)\b", " ", " ".join(words))
    return " ".join(text.split()) or None


def told_apart(doc: Doc, short: Sequence[Mention], whole: Sequence[Mention]) -> bool:
    """The mentions `short` of a shorter name and `whole` of a fuller one it fits name two people (module docstring)."""
    if any(introduced(doc, m) for m in short) and any(introduced(doc, w) for w in whole):
        return True
    if any(m.bold for m in short) and any(w.bold for w in whole):
        return True
    births = {b for m in short if (b := birth_statement(doc, m))}
    others = {b for w in whole if (b := birth_statement(doc, w))}
    return bool(births and others and not births & others)
