"""A name inside the description of another person is not the subject a post after it is told of.

"Arvid Kessel, a close ally of Jonas Brekke, is the chairman of Y" / "X, known as a close ally of Y, is ..." / "X,
who is a partner of Y, is ...": the person nearest before the title is Y, and the comma and "is" after Y linked Y
to the post. Y hangs by a preposition from a phrase that describes X (an apposition, a participle or relative
clause on X), so the post is X's: the caller leaves it to the parse (`roles_syntax.syntactic_holder`). A kinship
noun ("a nephew of B") is read before this (`roles_links.kin_aside_holder`). Review of R (V), twenty-fourth session F.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from .context import DocContext

#: Dependencies a describing phrase hangs by on its way up to the person it describes.
DESCRIBING_DEPS = frozenset({"pobj", "prep", "appos", "acl", "relcl", "attr", "amod"})


def inside_anothers_description(ctx: DocContext, m: Mention, people: list[tuple[Mention, Cluster]]) -> bool:
    """`m` is the object of a preposition in a phrase that describes another person named before it, set off by a
    comma ("X, a close ally of Y,")."""
    doc = ctx.doc
    tok: Token = doc[m.start:m.end].root
    if tok.dep_ != "pobj":
        return False
    through_prep = False
    while tok.dep_ in DESCRIBING_DEPS and tok.head.i != tok.i:
        through_prep = through_prep or tok.dep_ == "prep"
        tok = tok.head
        owner = next((o for o, _ in people if o.start <= tok.i < o.end and o.end < m.start), None)
        if owner is not None:
            return through_prep and any(t.text == "," for t in doc[owner.end:m.start])
    return False
