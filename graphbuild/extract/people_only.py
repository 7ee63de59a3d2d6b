"""A release that counts only people designates no body it sets in bold.

"Today, the Department of State is designating four officials of ..." and then "magistrates of the Supreme Electoral
Council (**Consejo Supremo Electoral**, **CSE**)", "a Vice Minister at the Ministry of the Interior (**MINT**)": Treasury
and State releases bold the bodies their designees serve as well as the designees. When every count of the release's
group statements admits people only ("four officials", "two individuals"), a bold name shaped like a body (a public
body, or a firm whose name has a company, body or group word, or an acronym) is a body named about them, not a designee.
A bold firm in a release that also counts entities, or one counted by no noun ("these persons"), stays a designee; a
person the model read as a firm (no body word) stays one too (issue 13, N).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..nlp.coref import Cluster
from .context import DocContext

#: The types of a name that may be a body (a person's type and a vessel's are never one).
BODY_TYPES = frozenset({"Organization", "PublicBody", "Group"})


def counts_people_only(kinds: Iterable[set[str]]) -> bool:
    """The release's counts (`GroupStatement.kinds` of its designating statements) name people and nothing else: at
    least one count of people, none of another type or of any type."""
    seen = list(kinds)
    return bool(seen) and all(k == {"Person"} for k in seen)


def body_shaped(ctx: DocContext, cluster: Cluster) -> bool:
    """A body's name: a public body, or a firm or group whose name or one of its forms is an upper-case acronym ("CSE",
    "MINT"), or whose name has a company, body or group word. A person's long name the model read as a firm has none
    of these."""
    if cluster.type not in BODY_TYPES:
        return False
    if cluster.type == "PublicBody":
        return True
    if any(_acronym(form) for form in (cluster.name, *cluster.forms)):
        return True  # "Junta Electoral Nacional (**JEN**)": a name given with its initials is a body's
    words = {w.lower().strip(".,") for w in cluster.name.split()}
    return bool(words & (ctx.gaz.company_words | ctx.gaz.public_body_words | ctx.gaz.group_nouns))


def _acronym(form: str) -> bool:
    """One upper-case word of two letters or more ("CSE", "MINT")."""
    return " " not in form.strip() and len(form.strip()) >= 2 and form.strip().isalpha() and form.strip().isupper()
