"""The U.S. President in a U.S. release: "President X" with no country, when the sentence itself says it is the U.S.

The title alone does not say whose president X is: the same releases name foreign heads of state the same way
("the reforms pursued by President X" in a release about Burundi). The sentence decides, and only by what
holds for the U.S. President alone:

- X signs or issues an Executive Order ("President X signed an Executive Order terminating ...");
- X acts with the G7 ("commitments made by President X and his G7 counterparts");
- the sentence names the U.S. (or its government) and no other country ("its U.S. government partners ... in
  support of President X's Strategy");
- a U.S. body of the sentence supports, advances or implements "President X's" policy, X named by one word alone in
  the document and no other country in the sentence ("Treasury will continue to advance President X's commitment").

The release must come from a U.S. department (`issuing_department`). Any other case keeps the post without a
body (no relation), as before.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..nlp.mentions import Mention
from .context import DocContext
from .roles_common import issuing_department
from .roles_us_president import backs_his_policy, only_the_us, signs_an_order, with_the_g7
from .titles import Title

US_BODY = "Government of the United States"
HEADS = {"president", "vice president"}


def us_head_of_state(ctx: DocContext, sent: Span, title: Title, person: Mention) -> Title:
    """`title` with the U.S. Government as its body when the sentence shows X is the U.S. President (else unchanged)."""
    if title.org is not None or title.org_name or title.head not in HEADS or title.possessed or title.plural \
            or not title.role[:1].isupper() or title.country or issuing_department(ctx) is None:
        return title
    if signs_an_order(sent, person) or with_the_g7(sent, person) or only_the_us(ctx, sent, person) \
            or backs_his_policy(ctx, sent, person):
        return replace(title, org_name=US_BODY)
    return title
