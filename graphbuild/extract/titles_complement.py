"""The right-hand side of a title: the complement after its head ("of the Interior", "of Y's Qods Force",
"of the board of directors of Y", "in Guatemala") and the organization, field or country it names.

Split out of titles.py (`_build` reads the left side and assembles the Title) so each module keeps one job.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..nlp.coref import NAMED_KIND_NOUNS, TERRITORY_WORDS, Cluster, DocResolver, refers_back
from ..nlp.body_heads import kind_nouns
from ..nlp.gazetteers import Gazetteers
from ..nlp.mentions import Mention
from .roles_address import address_end
from .roles_stance_sought import NOT_YET_SUFFIXES
from .titles_described import body_after_kind_noun, body_after_place_noun
from .titles_ministry import advised_ministry, field_ministry
from .titles_local import local_body
from .titles_lower_field import lower_field_end
from .titles_national import national_body
from .titles_orgs import _affiliated_group, _coordinated_org, _person_tagged_field, _untagged_known_body, titles_before_or, topic_possessor
from .titles_parts import (_after_place_modifier, _complement_org, _described_group_name, _domain_like, _group_name_end,
                           _place_unit_end, _portfolio_end, _unit_end)
from .titles_us import LEGISLATURE_HEADS
from .titles_words import COMPLEMENT_PREPS, GOVERNMENT_HEADS, LOWER_OF_NOUNS, _head_at

__all__ = ["Complement", "not_yet_end", "scan_complement"]

#: The word a hyphen joins to a post not yet taken up: "the president-elect of Y", "the minister-designate of Y".
NOT_YET_WORDS = frozenset(suffix.lstrip("-") for suffix in NOT_YET_SUFFIXES)


def not_yet_end(doc: Doc, head_end: int, limit: int) -> int:
    """The token after a "-elect" / "-designate" written onto the head ending at `head_end`, else `head_end`. The
    complement ("of Y") follows that word; the role stays the head's, `roles_stance` gives it its "-elect"."""
    if head_end + 2 <= limit and doc[head_end].text == "-" and doc[head_end + 1].lower_ in NOT_YET_WORDS \
            and not doc[head_end - 1].whitespace_ and not doc[head_end].whitespace_:
        return head_end + 2
    return head_end


@dataclass(frozen=True)
class Complement:
    """What the complement scan found; `end`/`domain_end` are token indices (the field ends the role's text at `domain_end`)."""

    end: int
    domain_end: int
    org: Cluster | None
    org_name: str | None
    also: tuple[Cluster, ...]
    country: str | None
    #: The group-noun span `_build` found left of the head ("Norteño Cartel leader"), passed through unchanged.
    group: tuple[int, int] | None


def _after_holder(doc: Doc, sent: Span, ctx: DocResolver, role_start: int) -> bool:
    """The title is set off right after its holder's name: "X, Assistant Secretary for ...", "X, the Assistant ..."."""
    k = role_start - 1
    while k > sent.start and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if k - 1 < sent.start or doc[k].text != ",":
        return False
    holder = ctx.mention_at(k - 1)
    return holder is not None and holder.label == "PERSON" and holder.end == k


def scan_complement(doc: Doc, sent: Span, ctx: DocResolver, gaz: Gazetteers, i: int, head: str, head_end: int, role_start: int,
                    country: str | None, group: tuple[int, int] | None) -> Complement:
    """Read the complement after the head at `i`: "of the Interior", "of Y", "of the board of directors of Y", "in Guatemala"."""
    end = head_end
    org: Cluster | None = None
    org_name: str | None = None
    domain_end = end
    also: tuple[Cluster, ...] = ()
    j = not_yet_end(doc, end, sent.end)  # "the president-elect of Y": the complement after the hyphened word
    if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ == "of" and titles_before_or(doc, i, sent.start):
        j += 1  # "the emir, or leader, of the X cell": the complement after the parenthetical alternative
    portfolio = _portfolio_end(doc, ctx, doc[role_start:head_end].text, head_end, sent.end, _after_holder(doc, sent, ctx, role_start))
    if portfolio is not None:  # "Assistant Secretary for Terrorist Financing and Financial Crimes X": the portfolio is in the post
        (end, org_name), domain_end, j = portfolio, portfolio[0], portfolio[0]
    if org is None and j < sent.end and doc[j].lower_ == "to" and head in DELEGATE_HEADS \
            and (seat := _legislature_after(doc, ctx, j + 1, sent.end)) is not None:
        org, end = seat  # "a deputy to the 14th National People's Congress": a seat in that legislature
        j = end
    if org is None and (posted := posted_place(doc, ctx, gaz, head, j, sent.end)) is not None:
        end, j = posted.end, posted.end  # "Ambassador to the UK": the state he is sent to closes the phrase, not his body
    if (state_rank := _state_rank_end(doc, head, j, sent.end)) is not None:
        end, domain_end, j = state_rank, state_rank, state_rank  # "Secretary of State at the Ministry of X": a rank, the body follows
    if org is None and org_name is None and head in MINISTER_AIDE_HEADS \
            and (ministry := advised_ministry(doc, ctx, gaz, j, sent.end)) is not None:
        org_name, end = ministry  # "a technical adviser to Mali's Minister of Mines": the minister's ministry (BN)
        j = end
    if org is None and org_name is None and head in ADVISER_HEADS and (advised := _advised_body(doc, ctx, j, sent.end)) is not None:
        org, end = advised  # "X, an adviser to the Y Government, met ...": the body he advises holds the post
        j = end
    area: int | None = None  # the end of a body-less name after "for" taken as the body: an area, if a body follows
    while j < sent.end and doc[j].lower_ in COMPLEMENT_PREPS:
        k = j + 1
        while k < sent.end and doc[k].lower_ in {"the", "all", "both"}:  # "director of both A and B"
            k += 1
        if k + 3 < sent.end and doc[k].is_lower and doc[k + 1].text == "-" and doc[k + 2].tag_ == "VBN" and doc[k + 3].text[:1].isupper():
            k += 3  # "the regime-controlled Ministry of Energy", "the state-owned Y": the modifier describes the body
        if k >= sent.end:
            break
        if org is None and org_name is None and doc[j].lower_ in {"of", "at", "in", "within"} \
                and (unit := _place_unit_end(doc, ctx, k, sent.end)) > k:
            end = domain_end = j = unit  # "deputy director of the Tessa branch of Y": a unit of Y named by its place
            continue
        ministry = field_ministry(doc, ctx, gaz, k, sent.end) if org is None and org_name is None else None
        if ministry is not None:  # "a spokesman for China's foreign ministry": the field's ministry (R31)
            org_name, end = ministry
            j = end
            break
        national = national_body(doc, ctx, gaz, k, sent.end) if org is None and org_name is None else None
        if national is not None:  # "a lawmaker in Moldova's parliament": the country's body in lower case (H4)
            org, org_name, end = national
            j = end
            break
        town = local_body(doc, ctx, k, sent.end) if org is None and org_name is None else None
        if town is not None:  # "a member of the municipal assembly of Kotor": the place's body in lower case (BN)
            org_name, end = town
            j = end
            break
        k = _after_place_modifier(doc, k, sent.end, ctx)
        described = (body_after_place_noun(doc, ctx, gaz, k, sent.end) or body_after_kind_noun(doc, ctx, gaz, k, sent.end)) \
            if org is None and org_name is None else None  # "the Tarsk news site Kilo", "the state weekly Kilo"
        if described is not None:  # "an analyst at Tarsk consultancy Velmont Risk": the name after the kind noun
            named_body = ctx.mention_at(described[0])
            if named_body is not None and (named_body.start, named_body.end) != tuple(described):
                named_body = None  # "the weekly Tarsk Herald", "Tarsk" a place: the outlet's whole name, not the model's piece
            if named_body is not None and named_body.label in {"GPE", "NORP"}:
                org = ctx.as_organization(named_body)  # "the Tarsk news site Kilo", "Kilo" read as a place
                end = named_body.end
                if org is not None:
                    j = end
                    break
            if named_body is None or named_body.label not in {"ORG", "GPE", "NORP"}:
                org_name, end = doc[described[0]:described[1]].text, described[1]
                j = end
                break
            k = described[0]
        renamed = renamed_affiliate(doc, ctx, k, sent.end) if org is None and org_name is None else None
        if renamed is not None:  # "chairman of its Dubai affiliate, Y": the name after the description is the body
            org, end = renamed
            second = _coordinated_org(doc, ctx, gaz, end, sent.end, doc[j].lower_)
            if second is not None:  # "chief of staff at her holding company, Y, and at Z": a post at each
                also, end = (second[0],), second[1]
            j = end
            break
        mention = ctx.mention_at(k)
        local = _local_body_end(doc, mention, sent.end, head if doc[j].lower_ == "of" else "") if mention is not None and mention.start == k and org is None and org_name is None else None
        if local is not None:
            org_name, end = doc[k:local].text, local  # "deputy head of the Gomel City police department": the place's body
            j = end
            break
        if mention is not None and mention.label == "NORP" and mention.start == k \
                and (body := ctx.mention_at(mention.end)) is not None and body.label == "ORG" and body.start == mention.end \
                and (mention.text in gaz.demonyms or _describes(doc, mention.start, mention.end, body.end)):
            k, mention = body.start, body  # "a senior official of the Ruritanian SIS": the nationality describes the body
        if mention is not None and mention.start < j:
            mention = None  # the model's span started inside the title ("Minister of [State for Regional Integration]")
        named = _described_group_name(doc, k, sent.end, gaz) if org is None and org_name is None and doc[j].lower_ in {"of", "in", "for", "with", "within"} else None
        if named is not None:
            name_start, name_end = named
            named_mention = ctx.mention_at(name_start)
            cluster = ctx.cluster_of(named_mention) if named_mention is not None and named_mention.label == "ORG" and named_mention.start == name_start else None
            if cluster is not None and named_mention is not None:
                org, end = cluster, named_mention.end
            else:
                org_name, end = doc[name_start:name_end].text, name_end  # the model read the group's name as a person or place
            j = end
            break
        if mention is None and org is None and org_name is None and (known := _untagged_known_body(doc, ctx, k, sent.end)) is not None:
            org, end = known  # "chairman of SBPG", "Deputy Coordinator of the Basij": a name the model tagged elsewhere only
            j = end
            continue
        hyphenated = mention is not None and mention.end < sent.end and doc[mention.end].text == "-"
        if hyphenated:
            affiliated = _affiliated_group(doc, ctx, gaz, mention, sent.end) if org is None and org_name is None else None
            if affiliated is not None:  # "a member of the ISIS-affiliated Addu City cell": the group after the modifier
                org, org_name, end = affiliated
                j = end
            break  # "owner of UK-registered company ...": a place used as an adjective
        group_end = _group_name_end(doc, k, sent.end, gaz) if org is None and org_name is None and doc[j].lower_ in {"of", "in", "for", "with", "within"} else None
        if group_end is not None and (doc[group_end - 1].is_lower or mention is None or mention.label != "ORG"):
            org_name = doc[k:group_end].text  # "leader of the Cite Soleil gang": the model tags such names as people or places, if at all
            end = group_end
            j = end
            break
        if mention is not None and mention.label in {"ORG", "VESSEL"} and _complement_org(mention, doc, j, org, gaz) and not _domain_like(mention, doc, gaz, head, ctx):
            m_end = mention.end
            cluster = ctx.cluster_of(mention)
            # "the IRGC's Qods Force": possessive chain, the last organization is the post's
            while m_end + 1 < sent.end and doc[m_end].tag_ == "POS" and ctx.mention_at(m_end + 1) is not None and ctx.mention_at(m_end + 1).label == "ORG":  # type: ignore[union-attr]
                nxt = ctx.mention_at(m_end + 1)
                cluster = ctx.cluster_of(nxt) or cluster
                m_end = nxt.end  # type: ignore[union-attr]
            if m_end < sent.end and doc[m_end].text == "(":
                close = next((x for x in range(m_end, min(m_end + 8, sent.end)) if doc[x].text == ")"), None)
                if close is not None:
                    m_end = close + 1
            if cluster is not None and cluster.type not in {"Person", "SanctionsProgram"}:
                if org is not None and area is not None and doc[j].lower_ in BODY_AFTER_AREA_PREPS and cluster is not org:
                    org, domain_end, area = cluster, area, None  # "regional director for Asia at Y": Asia the area, Y the body
                if org is None:
                    org = cluster
                    area = mention.end if doc[j].lower_ == "for" and area_name(doc, gaz, mention, org) else None
                    second = _coordinated_org(doc, ctx, gaz, m_end, sent.end, doc[j].lower_)
                    if second is not None:  # "the head of the DGCIM and the Presidential Guard": a post at each
                        also, m_end = (second[0],), second[1]
                end = m_end
                j = m_end
                continue
            break
        if mention is not None and mention.label == "GPE" and mention.end + 1 < sent.end and doc[mention.end].tag_ == "POS":
            owned = ctx.mention_at(mention.end + 1)
            if owned is not None and owned.label == "ORG" and (doc[j].lower_ in {"of", "at", "for"} or _complement_org(owned, doc, j, org, gaz)):
                country = mention.text  # "president of Nicaragua's Supreme Electoral Council"
                cluster = ctx.cluster_of(owned)
                if cluster is not None and cluster.type not in {"Person", "SanctionsProgram"} and org is None:
                    org = cluster
                    end = owned.end
                    j = end
                    continue
        if mention is not None and mention.label in {"GPE", "NORP"} and doc[j].lower_ in {"of", "at", "for"} and org is None \
                and head not in GOVERNMENT_HEADS and ctx.as_organization(mention) is not None:
            org = ctx.cluster_of(mention)  # "chief executive of Gazprom": not a country, an organization
            area = mention.end if doc[j].lower_ == "for" and org is not None and area_name(doc, gaz, mention, org) else None
            end = mention.end
            j = end
            continue
        if mention is not None and mention.label == "GPE" and doc[j].lower_ in {"of", "in"}:
            country = mention.text
            end = mention.end
            j = end
            break
        field_person = mention is not None and mention.label == "PERSON" and _person_tagged_field(doc, mention, j, k, head, gaz)
        if mention is not None and mention.label == "PERSON" and not field_person:
            break
        if doc[j].lower_ in {"of", "for"} and doc[k].text[:1].isupper() and (mention is None or mention.label in {"ORG"} or field_person) and org is None:
            # a capitalised domain: "Minister of the Interior", "Minister of Finance, Investments, and ..."
            m = _capitalised_domain_end(doc, ctx, gaz, head, k, sent.end, mention, field_person)
            if m > k:
                end = m
                domain_end = m
                j = m
                continue
            break
        if doc[j].lower_ == "of" and doc[k].is_lower and doc[k].tag_ == "JJ" and k + 1 < sent.end and doc[k + 1].lower_ == "board":
            k += 1  # "member of the supervisory board of Y"
        if doc[j].lower_ == "of" and doc[k].lower_ == "board" and org is None and org_name is None:
            end = k + 3 if k + 2 < sent.end and doc[k + 1].lower_ == "of" and doc[k + 2].lower_ == "directors" else k + 1
            domain_end = end  # "chairman of the board (of directors) of Y": the board is part of the post, Y its body
            j = end
            continue
        if doc[j].lower_ == "of" and (doc[k].lower_ in LOWER_OF_NOUNS and k == j + 1 or org is None and _unit_end(doc, k, sent.end) > k):
            end = _unit_end(doc, k, sent.end) if _unit_end(doc, k, sent.end) > k else k + 1  # "head of the procurement department at Y"
            domain_end = end
            j = end
            continue
        if refers_back(gaz, doc[k].lower_, ctx) and doc[k - 1].lower_ == "the" and (doc[j].lower_ in {"of", "at", "for", "with", "within"} or (
                doc[j].lower_ == "in" and doc[k].lower_ in NAMED_KIND_NOUNS)):
            # "the leader of the group", "an officer in the unit" (R23: the unit nouns of `refers_back`; "in the group"
            # is left alone, its antecedent being any organization)
            possessive = k + 1 < sent.end and doc[k + 1].tag_ == "POS"  # "a member of the company's board"
            cluster = (topic_possessor(ctx, sent, k - 1, doc[k].lower_) if possessive else None) or ctx.last_of_kind(k, doc[k].lower_)
            if cluster is not None and org is None:
                org = cluster
                end = k + 1
                j = end
                continue
        if doc[j].lower_ in {"of", "for"} and k == j + 1 and org is None and org_name is None \
                and (where := lower_field_end(doc, ctx, k, sent.end)) is not None:
            end = domain_end = j = where  # "minister for sanctions at Y": the field is the post's, the body follows (NS)
            continue
        break
    return Complement(end=end, domain_end=domain_end, org=org, org_name=org_name, also=also, country=country, group=group)


#: Prepositions that name the post's body after the area it covers ("director for Asia at Y", "commander for Zalingei of Y").
BODY_AFTER_AREA_PREPS = frozenset({"at", "of", "with", "within", "in"})
#: Words of a region's name ("Asia Pacific", "the Middle East", "West Africa"): a closed class, the continents, oceans
#: and compass points, which the model tags as organizations in a post's "for" phrase as often as places.
REGION_WORDS = frozenset({"asia", "africa", "europe", "america", "americas", "pacific", "atlantic", "indian", "arctic",
                          "middle", "east", "west", "north", "south", "central", "eastern", "western", "northern",
                          "southern", "latin", "caribbean", "mediterranean", "gulf", "and"})


def area_name(doc: Doc, gaz: Gazetteers, mention: Mention, org: Cluster) -> bool:
    """The name after a post's "for" is the area the post covers, not its body: it holds no word of a body (kind
    nouns, body and company words, group nouns) and is a place, by the model's own tag (GPE, LOC), by its words (a
    region's, a territory noun) or as a country. The model tags such areas organizations ("Zalingei", "Asia Pacific");
    "for the Nour Relief Foundation" (a kind noun) or "for Harakat Nur" (no place) stays the body."""
    words = {w.lower() for w in org.name.split()}
    if words & ((kind_nouns(gaz) | gaz.public_body_words | gaz.company_words | gaz.group_nouns) - TERRITORY_WORDS):
        return False
    tagged = any(t.ent_type_ in {"GPE", "LOC"} for t in doc[mention.start:mention.end])
    region = words <= REGION_WORDS or org.name.split()[-1].lower() in TERRITORY_WORDS
    return tagged or region or org.name.removeprefix("the ") in gaz.countries


def _capitalised_domain_end(doc: Doc, ctx: DocResolver, gaz: Gazetteers, head: str, k: int, limit: int,
                            mention: Mention | None, field_person: bool) -> int:
    """End of a capitalised field starting at `k` ("the Interior", "Finance, Investments, and ..."), or `k` if none.

    Stops at a person's name, a second title ("Minister of Finance and Deputy Prime Minister") or a place modifier
    that opens the next complement; a serial list of fields ("Science, Technology, and Intermediary Industry") stays one field.
    """
    m = k
    while m < limit:
        tok = doc[m]
        mm = ctx.mention_at(m)
        if mm is not None and mm.label == "PERSON" and not (field_person and mm is mention):
            if gaz.title_heads.get(head) == "minister" and mm.start == m and m >= k + 2 and doc[m - 1].lower_ == "and" \
                    and doc[m - 2].text == "," and any(t.text == "," for t in doc[k:m - 2]) \
                    and (mm.end >= limit or doc[mm.end].is_punct or doc[mm.end].lower_ in {"in", "since", "from", "until"}):
                # "Minister of Science, Technology, and Intermediary Industry": the last field of a serial list (an
                # earlier comma inside the field makes it one); "Minister of Information of Belarus, and Galina X, a
                # former ...": the next person of a list of people, not a field (R23)
                m = mm.end
                continue
            break
        later = _head_at(doc, m, gaz, limit) if m > k and doc[m - 1].lower_ in {"and", ","} else None
        if later is not None and not (later[1] < limit and doc[later[1]].lower_ in {",", "and"}):
            break  # "Minister of Finance and Deputy Prime Minister": a second title; "Interior, Justice, and Peace": fields
        if m > k and _after_place_modifier(doc, m, limit, ctx) > m:
            break  # "Chairman of the Board of Directors of Turkey-based X": the modifier opens the next complement
        if m > k and address_end(doc, ctx, gaz, m, limit) > m:
            break  # "Minister of Information Dr. X": a form of address before the holder's name, no word of the field (PW)
        if tok.text[:1].isupper() and not (mm is not None and mm.label == "ORG" and mm.start == m and m != k and doc[m - 1].lower_ in {"the", "for"}):
            m += 1
        elif tok.lower_ in {"and", "of", "the", "&"} and m + 1 < limit and (doc[m + 1].text[:1].isupper() or doc[m + 1].lower_ in {"the"}):
            m += 1
        elif (tok.text == "-" or tok.tag_ == "POS") and not doc[m - 1].whitespace_ and m + 1 < limit and doc[m + 1].text[:1].isupper():
            m += 1  # "Anti-Blockade Policies", "People's Power for Communication": one field
        elif tok.text == "," and m + 1 < limit and (doc[m + 1].text[:1].isupper() or doc[m + 1].lower_ == "and") and not (ctx.mention_at(m + 1) is not None and ctx.mention_at(m + 1).label == "PERSON"):  # type: ignore[union-attr]
            m += 1
        else:
            break
    while m > k and doc[m - 1].lower_ in {"and", "of", "the", ",", "&"}:
        m -= 1
    return m


#: heads whose "to" names the body the holder serves ("an adviser to Y"); a person after "to" is no body
#: ("an adviser to President X": roles_country reads the head served).
ADVISER_HEADS = {"adviser", "advisor", "advisers", "advisors", "consultant", "consultants"}
#: heads whose "to <a minister>" names the post's body, the minister's ministry (BN, thirty-second session)
MINISTER_AIDE_HEADS = ADVISER_HEADS


def _advised_body(doc: Doc, ctx: DocResolver, j: int, limit: int) -> tuple[Cluster, int] | None:
    """(body, end) of "to [the] Y" at `j` after an adviser's title when Y is a body's mention (not a person, a place or
    a program) that the phrase ends on: "X, an adviser to the Canadian Government, met ...". The copular form ("X is
    an adviser to Y") was read, the appositive one not (a review leftover of the twenty-sixth session; BM)."""
    if j + 1 >= limit or doc[j].lower_ != "to":
        return None
    k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
    mention = ctx.mention_at(k)
    if mention is None or mention.start != k or mention.label != "ORG":
        return None
    if mention.end < limit and (doc[mention.end].tag_ == "POS" or doc[mention.end].lower_ in {"of", "-"}):
        return None  # "an adviser to Y's chairman", "an adviser to the Minister of ...": another holder or a longer name
    cluster = ctx.cluster_of(mention)
    if cluster is None or cluster.type in {"Person", "SanctionsProgram"}:
        return None
    return cluster, mention.end


#: heads whose "to" names the legislature the holder sits in ("deputy to the National People's Congress")
DELEGATE_HEADS = {"deputy", "deputies", "delegate", "delegates"}
#: words that name a legislature, lower case, anywhere in its name or forms: `titles_us.LEGISLATURE_HEADS` less
#: "representatives", with the Kurultai and the Hural
LEGISLATURE_NAME_WORDS = {w.lower() for w in LEGISLATURE_HEADS} - {"representatives"} | {"kurultai", "hural"}


def _legislature_after(doc: Doc, ctx: DocResolver, k: int, limit: int) -> tuple[Cluster, int] | None:
    """(legislature, end) of "the 14th National People's Congress" / "the NPC" at `k` after "to", else None (R24)."""
    while k < limit and (doc[k].lower_ == "the" or doc[k].like_num or doc[k].ent_type_ == "ORDINAL"):
        k += 1
    mention = ctx.mention_at(k)
    if mention is None or mention.start != k or mention.label != "ORG":
        return None
    cluster = ctx.cluster_of(mention)
    if cluster is None or not cluster.is_plain_body:
        return None
    words = {w.lower() for name in (cluster.name, *cluster.forms) for w in name.split()}  # "the NPC" after its full name
    if not words & LEGISLATURE_NAME_WORDS:
        return None
    return cluster, mention.end


#: heads of a post held in another state, named with that state after "to" ("Ambassador to the UK")
POSTED_HEADS = frozenset({"ambassador", "envoy"})


def posted_place(doc: Doc, ctx: DocResolver, gaz: Gazetteers, head: str, j: int, limit: int) -> Mention | None:
    """The country of "to [the] <country>" after an ambassador's head, else None: the state the holder is sent to closes
    the title's phrase ("Equatorial Guinea's Ambassador to the UK, X, said": the phrase stopped before "to", so the name
    after the comma was no apposition of it; G, twenty-third session), and is no body of his: he serves his own
    government, or the one the release is about (`roles_country.posted_to`)."""
    if head not in POSTED_HEADS or j + 1 >= limit or doc[j].lower_ != "to":
        return None
    k = j + 1 + int(doc[j + 1].lower_ == "the")
    place = ctx.mention_at(k) if k < limit else None
    if place is None or place.start != k or country_of_place(place.text, gaz) is None:
        return None
    return place


def country_of_place(text: str, gaz: Gazetteers) -> str | None:
    """The place's words as a gazetteer country ("the UK" -> "UK"), else None."""
    text = text.removeprefix("the ")
    return text if text in gaz.countries else None


#: prepositions after "Secretary of State" that name the body the rank is held in
STATE_RANK_PREPS = {"at", "in", "within"}


def _state_rank_end(doc: Doc, head: str, j: int, limit: int) -> int | None:
    """End of "of State" after a secretary's head when "at"/"in" and a capitalised body follow ("Secretary of State at
    Cambodia's Ministry of Public Works", "Secretary of State in the Ministry of Finance"), else None.

    Several governments (Cambodia, Portugal, Romania, France) name a junior minister's post so: the words are the
    rank, the body is the ministry after them, not the U.S. Department of State (nor a body "State"). R24, issue 13.
    """
    if head != "secretary" or j + 3 >= limit or doc[j].lower_ != "of" or doc[j + 1].text != "State" \
            or doc[j + 2].lower_ not in STATE_RANK_PREPS:
        return None
    k = j + 3 + (doc[j + 3].lower_ == "the")
    return j + 2 if k < limit and doc[k].text[:1].isupper() else None


#: Lower-case nouns that close a body named by its place or people ("the Gomel City police department", "the Malian
#: customs service"); "government", "regime" or "state" after a place are the country's own (its government fallback).
LOCAL_BODY_NOUNS = {"police", "department", "service", "court", "office", "directorate", "agency", "unit", "bureau", "authority",
                    "administration", "ministry", "commission", "committee", "council", "prosecutor's", "post"}
#: Lower-case nouns that make the name before them a facility run as a body ("Vakilabad prison"), the place read as a
#: place and a named person's name as a person by the model (G, twenty-third session).
FACILITY_NOUNS = frozenset({"prison", "jail", "penitentiary"})
#: heads of a territory's government: "governor of Kursk oblast" holds a post in the oblast's government (R29)
TERRITORY_HEADS = {"governor", "governors", "mayor", "vice governor", "lieutenant governor"}


def _local_body_end(doc: Doc, mention: Mention, limit: int, head: str = "") -> int | None:
    """End of "Gomel City police department" after a place or nationality mention, else None. A governor's or
    mayor's territory after "of" is the body too ("deputy governor of Tarsk region": the region's government;
    "Y's governor for the Z region" is Y's post for an area; R29)."""
    if mention.end < limit and doc[mention.end].lower_ in FACILITY_NOUNS and doc[mention.end].is_lower:
        return mention.end + 1  # "the warden of Qezel Hesar prison": the prison, whatever the model read its name as
    if mention.label not in {"GPE", "NORP"}:
        return None
    n = mention.end
    while n < limit and n - mention.end < 4 and doc[n].is_lower and doc[n].tag_ in {"NN", "NNS", "JJ"}:
        n += 1
    territory = head in TERRITORY_HEADS and mention.label == "GPE" and not (n < limit and doc[n].lower_ == "of")
    nouns = LOCAL_BODY_NOUNS | TERRITORY_WORDS if territory else LOCAL_BODY_NOUNS  # not "the <demonym> municipality of Y"
    if n == mention.end or doc[n - 1].lower_ not in nouns or (n < limit and doc[n].text == "-"):
        return None
    return n


#: nouns that close a description of a body ("the country's civilian intelligence agency, the Y", "his holding company, Y")
DESCRIBED_BODY_NOUNS = NAMED_KIND_NOUNS | {"agency", "service", "office", "force", "police", "wing", "arm", "department", "bureau",
                                           "authority", "council", "committee", "party", "branch", "affiliate", "subsidiary", "outlet",
                                           "newspaper", "channel", "broadcaster", "army", "institute", "court", "company", "firm",
                                           "group", "network", "militia", "organization", "organisation", "ministry", "bank"}


def renamed_affiliate(doc: Doc, ctx: DocResolver, k: int, limit: int) -> tuple[Cluster, int] | None:
    """(body, end) of "its Dubai affiliate, Y" / "its subsidiary, Y" at `k`: a possessed description closed by a
    comma and the organization's name. Also a body named by a description first (R26, issue 13): "a director in the
    country's civilian intelligence agency, the Y (YZ)", "an inspector of the country's national police force, the Y",
    "chief of staff at his holding company, Y": the description ends in a body noun and the name is apposed to it."""
    possessed = doc[k].lower_ in {"its", "their"}
    described = not possessed and (doc[k].lower_ in {"his", "her"} or k >= 1 and doc[k - 1].lower_ == "the" and doc[k].is_lower)
    if not (possessed or described):
        return None
    n = k + 1 if doc[k].lower_ in {"its", "their", "his", "her"} else k
    while n < limit and n - k <= (6 if described else 5) and (doc[n].is_lower or doc[n].text == "-" or (described and doc[n].tag_ == "POS") or (
            (m := ctx.mention_at(n)) is not None and m.label in {"GPE", "NORP"})):
        n += 1
    if n == k + 1 and possessed or n == k or n + 1 >= limit or doc[n].text != "," or not doc[n - 1].is_lower:
        return None
    if described and doc[n - 1].lower_ not in DESCRIBED_BODY_NOUNS:
        return None
    start = n + 2 if described and n + 2 < limit and doc[n + 1].lower_ == "the" else n + 1
    named = ctx.mention_at(start)
    cluster = ctx.cluster_of(named) if named is not None and named.label == "ORG" and named.start == start else None
    if cluster is None or cluster.type in {"Person", "Country", "SanctionsProgram"}:
        return None
    end = named.end  # type: ignore[union-attr]
    if described and end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "the Y (YZ)"
    if described and end < limit and not doc[end].is_punct:
        return None  # "deputy in the security office, SAA Colonel X": the body modifies a rank and a name, no apposition
    return cluster, end


def _describes(doc: Doc, start: int, end: int, body_end: int) -> bool:
    """A one-word nationality the gazetteer does not list ("the Soviet KGB": a former state's adjective) that the parser
    attaches to the body's name after it: it describes that body and is no body of its own (issue 13, M28)."""
    return end - start == 1 and doc[start].dep_ in {"compound", "amod"} and end <= doc[start].head.i < body_end
