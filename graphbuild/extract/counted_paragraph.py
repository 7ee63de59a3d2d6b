"""A paragraph that opens on a counted group and names its members in the sentences after.

"The two financiers are Kessel-based traders. A, the owner of a fuel depot, sold ... . B, a former clerk at a
regional bank, moved ...", "Two harbor officials were also on the list. Customs inspector A allegedly waved ...,
while B, the port's deputy director, took ...": the opening sentence counts a group and names nobody; the
paragraph's next sentences name its members as their subjects, no designation verb beside them. The members are
designees when the opening states the group's designation ("were also on the list", "were also sanctioned") or
restates a group noun of a counted designation of today ("We are also designating ... two of its financiers"), and
the paragraph names exactly as many subjects of the group's kind as the opening counts, none of them a speaker
("X said he had warned the ministry": the paragraph reports people, not the group). Each is designated by the body
its sentence reports from ("..., Treasury said"), else by the statement's or the release's, at 0.6 as a described
paragraph's. Issue 13, D25.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..records import Relation
from .common import ref
from .context import DocContext
from .described_targets import GROUP_NOUNS, SPEAKING, _subjects_of, number_of
from .designation_mood import unrealised
from .designation_tense import about_earlier
from .designation_verbs import ACTING_VERBS
from .designation_windows import negated
from .list_items import starts_line
from .release import GroupStatement, designation_for, group_kinds, group_statements, person_read_as_firm
from .reported_by import sentence_reporter
from .targets import NOT_DESIGNEE_TYPES, candidates
from .titles_words import singular


def counted_paragraph_designees(ctx: DocContext, found: list[Relation], extractor: str) -> list[Relation]:
    """Designations of the members a counted paragraph opening names in its next sentences (none a rule gave)."""
    given = {r.subject.name for r in found if r.relation == "designated_by" and r.current}
    out: list[Relation] = []
    for index, sent in enumerate(ctx.sentences):
        opening = _counted_opening(ctx, sent)
        if opening is None:
            continue
        noun, count = opening
        statement = _restated(ctx, index, noun)
        if statement is None and not _states_designation(sent.root):
            continue
        kinds = group_kinds(_forms(noun))
        members = _members(ctx, index, kinds)
        if members is None or len(members) != count:
            continue
        for name_sent, cluster in members:
            if cluster.name in given:
                continue
            retype = person_read_as_firm(ctx, cluster, kinds)
            rel = designation_for(ctx, name_sent, cluster, statement, 0.6, extractor, sentence_reporter(ctx, name_sent))
            if rel is not None:
                if retype:  # as a list of "individuals" retypes its names (`release.structural_designees`); only once
                    cluster.type = "Person"  # designated: the cluster is the DocContext's, read by every extractor after
                    rel.subject = ref(cluster)
                given.add(cluster.name)
                out.append(rel)
    return out


def _counted_opening(ctx: DocContext, sent: Span) -> tuple[str, int] | None:
    """(noun, count) of a sentence whose subject is a counted plural group noun ("The two financiers are ...", "Two
    harbor officials were also on the list") and which names no one (a place before "-based" aside)."""
    subject = next(_subjects_of(sent), None)
    if subject is None or subject.tag_ != "NNS" or subject.lower_ not in GROUP_NOUNS or not starts_line(sent):
        return None  # the words first: `starts_line` reads the text before the sentence
    count = next((n for c in sent.doc[subject.left_edge.i:subject.i] if c.dep_ == "nummod" for n in [number_of(c)] if n is not None), None)
    # the parser may hang the number on a compound ("Two/nummod harbor/compound officials")
    doc = sent.doc
    if count is None or any(not (m.end < len(doc) and doc[m.end].text == "-") for m, _ in candidates(ctx, sent, sent.start, sent.end)):
        return None  # a name of its own; not "Niamey-based businessmen", a place describing the group
    return subject.lower_, count


def _forms(noun: str) -> set[str]:
    """The group noun and its singular, as `group_kinds` reads them ("financiers", "financier")."""
    return {noun, singular(noun)}


def _states_designation(root: Token) -> bool:
    """The opening states the group's designation of today: "were also sanctioned", "were also on the list"; not one
    only possible ("could also be sanctioned": `designation_mood.unrealised`), nor an earlier one ("were sanctioned
    in 2019", "had previously been sanctioned": `designation_tense.about_earlier`), nor one by a body the verb names
    ("were also sanctioned by the EU": the members would go to the release's body; M1, twenty-first session)."""
    if negated(root) or unrealised(root) or about_earlier(root) or any(c.dep_ == "agent" for c in root.children):
        return False
    if root.lemma_.lower() in ACTING_VERBS and root.pos_ == "VERB":
        return True
    return root.lemma_.lower() == "be" and any(p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ == "list" for o in p.children)
                                               for p in root.children)


def _restated(ctx: DocContext, index: int, noun: str) -> GroupStatement | None:
    """The counted designation of today before sentence `index` whose group noun the opening restates ("two of its
    financiers" -> "The two financiers")."""
    for statement in group_statements(ctx):
        if statement.index < index and statement.direction == "all" and not statement.program_only and not statement.partner \
                and any(t.lower_ == noun for t in statement.sent):
            return statement
    return None


def _members(ctx: DocContext, index: int, kinds: set[str]) -> list[tuple[Span, Cluster]] | None:
    """(sentence, name) of each named subject of the group's kind in the paragraph's next sentences; None when the
    paragraph has none or one of them speaks."""
    out: list[tuple[Span, Cluster]] = []
    for sent in ctx.sentences[index + 1:]:
        if starts_line(sent):
            break
        for m, cluster in candidates(ctx, sent, sent.start, sent.end):
            head = sent.doc[m.start:m.end].root
            subject = head.head if head.dep_ == "appos" else head  # "Customs inspector A", "A, the port's deputy director,"
            if subject.dep_ not in {"nsubj", "nsubjpass"} or cluster.authority or cluster.type in NOT_DESIGNEE_TYPES \
                    or kinds and cluster.type not in kinds and not person_read_as_firm(ctx, cluster, kinds):
                continue
            if subject.head.lemma_.lower() in SPEAKING:
                return None  # "Port director X said he had warned the ministry": people reported, not the group
            if all(c.index != cluster.index for _, c in out):
                out.append((sent, cluster))
    return out or None
