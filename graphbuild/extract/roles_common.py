"""Pieces every holds_role pattern shares: the people of a sentence, the end of a name past its alias,
coordinated names, and turning a (person, title) pair into a relation."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import EntityRef, Relation
from .common import implied_ref, ref, relation
from .context import DocContext
from .roles_stance_ended import NOW_WORDS
from .titles import Title
from .titles_partner import is_partner_title
from .titles_us import release_department
from .titles_words import singular

NAME = "roles.v1"
COPULA_WORDS = {"is", "was", "are", "were", "has", "have", "had", "been", "being", "also", "currently", "previously", "formerly", "earlier",
                "now", "still", "serves", "served", "serving", "as", "became", "becomes", "remains", "remained", "the", "a", "an",
                "acting", "appointed", "named", "elected", "then", "later", "once", "reportedly", "who", "concurrently",
                "simultaneously", "presently", "works", "worked", "working", "acts", "acted", "since", "until", "recently", ",",
                "employed", "hired", "listed", "registered", "among"}
# "X is employed by Y as a manager": the employer phrase is read with the title; "X is listed / registered as the
# director of Y" (a registry's words); "X is among the leaders of Y" (a plural post, one holder)
#: Adverbs between a person's name and the verb that states the post ("X, who also runs", "X currently manages",
#: "X reportedly controls"): skipped to reach the verb (roles_relative, roles_body_lists).
ADVERBS = frozenset({"also", "now", "still", "currently", "previously", "reportedly", "jointly"})
#: Relative pronouns that stand as the object of the clause's verb for the noun the clause describes ("Y, whom X
#: replaced as chairman", "Y, which X owns"): one list for `roles_links` and `roles_doc_filters` (R, twenty-second
#: session: two lists with other members).
RELATIVE_OBJECTS = frozenset({"whom", "who", "which", "that"})
PAST_WORDS = {"previously", "formerly", "earlier", "former", "was", "served", "had", "were", "once", "until", "worked", "acted"}


#: Words that open a nickname's aside after a name (", known as "W",", ", alias W,", ", a.k.a. W,"), and the adverbs
#: that may come first (", also known as", ", better known as"): one list for `_after_alias` and
#: `roles_head_verb._alias_owner` (R, twenty-second session: two lists with other members).
ALIAS_WORDS = frozenset({"known", "alias", "a.k.a.", "aka", "a.k.a", "called", "nicknamed"})
ALIAS_ADVERBS = frozenset({"also", "commonly", "better"})


def _opens_alias(doc: Doc, k: int) -> bool:
    """A nickname's aside opens at token `k`: an alias word, or an adverb and one (", also known as"). An adverb
    alone opens none: ", also serves as the company secretary of Y", ", also a deputy to Y," state a post (R, the
    twenty-second session: the aside was skipped to the next comma and the post lost or read by the scorer only)."""
    low = doc[k].lower_
    return low in ALIAS_WORDS or low in ALIAS_ADVERBS and k + 1 < len(doc) and doc[k + 1].lower_ in ALIAS_WORDS


def _after_alias(doc: Doc, m: Mention) -> int:
    """End of a person mention, past "(Surname)" and ", a.k.a. “Nickname”," asides."""
    end = m.end
    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end, min(end + 10, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            end = close + 1
    if end + 1 < len(doc) and doc[end].text == "," and _opens_alias(doc, end + 1):
        close = next((j for j in range(end + 2, min(end + 16, len(doc))) if doc[j].text == "," and j > end + 2), None)
        if close is not None:
            while close + 1 < len(doc) and doc[close + 1].is_quote:
                close += 1  # ', a.k.a. “El Abuelo,”' ends after the closing quote
            return close + 1 if doc[close].is_quote else close
    return end


def _org_ref(ctx: DocContext, title: Title) -> EntityRef | None:
    if title.org is not None:
        return ref(title.org)
    if title.org_name:
        return implied_ref(ctx, title.org_name)
    if _issuer_title(title):
        department = issuing_department(ctx)
        return implied_ref(ctx, department) if department else None
    return None


# Titles of a US department's own officers: in a release, "said Secretary X" / "Under Secretary X" names an officer of
# the department that issues the release (GUIDELINES: quoted US officials hold their post at their department).
ISSUER_TITLES = {"secretary", "deputy secretary", "under secretary", "assistant secretary", "deputy assistant secretary",
                 "general counsel", "deputy general counsel", "counselor"}


def _issuer_title(title: Title) -> bool:
    role = title.role[7:] if title.role.startswith("Acting ") else title.role
    role = role.split(" for ", 1)[0]  # "Assistant Secretary for Terrorist Financing and Financial Crimes": the portfolio
    return role[:1].isupper() and role.lower() in ISSUER_TITLES and not title.possessed and not title.plural


def issuing_department(ctx: DocContext) -> str | None:
    """The US department the document speaks for: the first authority it names that is, or belongs to, a department.

    A Treasury release opens with "Treasury Sanctions ..." or "the U.S. Department of the Treasury's OFAC"; OFAC
    counts as its parent department (titles_us.release_department).
    """
    return release_department(ctx.resolver)


def _person_mentions(ctx: DocContext, sent: Span) -> list[tuple[Mention, Cluster]]:
    out = []
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.type == "Person" and m.alias_of is None:
            out.append((m, cluster))
    return out


def _emit(ctx: DocContext, sent: Span, person: Cluster, title: Title, confidence: float, former: bool = False) -> Relation | None:
    org = _org_ref(ctx, title)
    if org is None and title.head not in ctx.gaz.not_roles:
        from .roles_country import release_government  # a state post with no body: the release's one country

        government = release_government(ctx, sent, person, title)
        org = implied_ref(ctx, government) if government else None
    if org is None or (title.head in ctx.gaz.not_roles and not is_partner_title(title)):  # a firm's partner (titles_partner)
        return None
    role = singular(title.role) if title.plural else title.role
    return relation("holds_role", ref(person), org, sent, NAME, confidence, role=role, role_class=title.role_class,
                    current=not (former or title.former))


def group_former(doc: Doc, group: list[Title], former: bool) -> list[bool]:
    """Whether each title of a group is a former post: the link's "formerly" holds up to a title that a present word
    opens ("X, formerly director of Y and currently an adviser in Z": the adviser is held now; P11). Every loop over a
    group's titles with one `former` (a name's link, a pronoun's, the parse's verb) reads it so (R1, seventeenth
    session: "he was formerly director of Y and currently chairman of Z" made both former)."""
    out, now = [], False
    for i, title in enumerate(group):
        if i and former and not now:
            now = any(t.lower_ in NOW_WORDS for t in doc[group[i - 1].span_end:title.phrase_start])
        out.append(former and not now)
    return out


def _coordinated_people(doc: Doc, by_start: dict[int, tuple[Mention, Cluster]], first: Mention, limit: int) -> list[tuple[Mention, Cluster]]:
    """The people coordinated after `first`: "A, B (B), and C"."""
    out: list[tuple[Mention, Cluster]] = []
    m = first
    while True:
        j = _after_alias(doc, m)
        k = j
        while k < limit and k - j < 3 and doc[k].lower_ in {",", "and"}:
            k += 1
        if k == j or k not in by_start:
            return out
        out.append(by_start[k])
        m = by_start[k][0]


def _possessive(tok: object) -> bool:
    return tok.tag_ == "POS" or tok.text in {"'s", "\u2019s", "'", "\u2019"}  # type: ignore[attr-defined]


def _coordinated_before(doc: Doc, people: list[tuple[Mention, Cluster]], last: Mention) -> list[tuple[Mention, Cluster]]:
    """The people coordinated before `last`: "A (A), B (B), and C" -> A and B for C."""
    out: list[tuple[Mention, Cluster]] = []
    current = last
    for m, cluster in reversed([p for p in people if p[0].start < last.start]):
        words = [t.lower_ for t in doc[_after_alias(doc, m):current.start]]
        if not words or len(words) > 2 or not all(w in {",", "and"} for w in words):
            break
        out.append((m, cluster))
        current = m
    return out
