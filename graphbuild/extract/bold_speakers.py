"""Documents that bold the people who speak: there bold is how people's names are written, not a designee's mark.

A Treasury release bolds the names it designates and leaves its quoted officials plain ("said Under Secretary X"),
so the bold-name reading (`release._bold_names`) and the scorer's bold cue take a bold person for a designee. A
wire story, a State statement or another government's notice that bolds a spokesperson who "told reporters" bolds
every person it names: the minister who "welcomed the sanctions", the network's members it only describes, the
director named in its notes to editors (issue 13, thirty-third session DP: unread_aj and unread_l). In such a
document a bold person is a designee only where something else says so (a designating sentence, a list item under
a statement, a table row). Firms are not concerned: the sign is about how the document writes people, and a story
that bolds its speakers still names the companies its action counts in bold ("sanctioned X and two companies he
controls").
"""
from __future__ import annotations

from .context import DocContext
from .speakers import speaker_mention

_KEY = "gb_bolds_speakers"


def bolds_speakers(ctx: DocContext) -> bool:
    """Some name with a bold mention is named only as the subject of a speaking verb
    (`speakers.speaker_mention` for every mention: "government spokesperson **X** told reporters", "Minister **Y**
    said:"), the bold holding the name alone; of any type (the model types a hyphenated speaker's name a firm:
    unread_aj). Computed once per document (the rules' bold reading and the scorer's vetoes ask)."""
    cached = ctx.doc.user_data.get(_KEY)
    if cached is not None:
        return bool(cached)
    speaks: dict[int, bool] = {}
    bold: set[int] = set()
    for m in ctx.resolver.mentions:
        cluster = ctx.entity(m)
        if cluster is None or cluster.authority:
            continue  # a sanctioning body that speaks ("**OFAC** said") announces; it says nothing of how names are set
        sent = ctx.sentences[ctx.sentence_index(m.start)]
        speaks[cluster.index] = speaks.get(cluster.index, True) and speaker_mention(sent, m.start, m.end)
        if m.bold and _bold_name_alone(ctx, m.start_char):
            bold.add(cluster.index)
    found = any(speaks.get(index, False) for index in bold)
    ctx.doc.user_data[_KEY] = found
    return found


def _bold_name_alone(ctx: DocContext, name_char: int) -> bool:
    """The bold range holding the name starts with it: "spokesperson **X** told reporters" bolds a name as a story
    writes names. A release that sets its official's title in the same bold ("said **Secretary of the Treasury X**")
    marks its own speaker's entry, as Treasury releases do, and says nothing of how it writes other people (unread_g:
    the first version lost two bold designees of two such releases)."""
    return any(start >= name_char - 1 and start <= name_char < end for start, end in ctx.bold)
