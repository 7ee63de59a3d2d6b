"""Plain data records that flow between the stages (documents, entities, relations)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Entity types of the ontology (gb:<type>); the contract names in DESIGN.md.
ENTITY_TYPES = (
    "Person",
    "Organization",
    "PublicBody",
    "Company",
    "Vessel",
    "Country",
    "SanctionsProgram",
)
#: The entity types of a body: gb:Organization and its subclasses (what a post, a list item or a short form is at).
BODY_TYPES = frozenset({"Organization", "PublicBody", "Company"})
#: Relation kinds of the relations.jsonl contract (more may be added by extractors).
RELATION_KINDS = ("holds_role", "designated_by", "part_of", "delisted_by")
#: The evidence one relation keeps per document: its first EVIDENCE_LIMIT distinct sentences (a sentence stated again word
#: for word is stored once). A document that repeats a fact more often (a hostile or generated text: one sentence 40,000
#: times) says how often in `Relation.mentions`, not with 40,000 evidence nodes (docs/robustness.md, M14).
EVIDENCE_LIMIT = 10
#: What a role's words never start with: a list's bullet or dash ("- Colonel X heads Y"), the hyphen of "ex-president".
ROLE_OPENERS = "-\u2010\u2011\u2012\u2013\u2014\u2022*\u00b7 "


@dataclass(frozen=True)
class Document:
    """One input text with a stable id (path relative to the input root) and content hash."""

    id: str
    text: str
    sha256: str
    path: str
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


#: An `EntityRef.id` starting with this is no IRI: the ref gets its own IRI from its exact name (and the
#: scope that follows), never merged by fuzzy matching (a curation `keep_apart` entry, a country's generic body).
KEEP_APART = "graphbuild:keep-apart:"
#: The `EntityRef.id` of a person the text told apart from another of the same or a fuller name (nlp/person_apart),
#: followed by that other name: its IRI is made from what told them apart (`resolve.index`), not from its name only.
NAMESAKE = KEEP_APART + "namesake:"


@dataclass
class EntityRef:
    """A resolved entity as a document names it: the fullest name plus the other forms used."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    id: str | None = None
    country: str | None = None  # the country a generic public body belongs to (graphbuild.resolve.country)
    #: what the document states to tell a person from another of the same name: "birthDate", "nationality",
    #: "passportNumber" -> values (graphbuild.resolve.identifiers)
    identifiers: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases)}
        if self.country:
            data["country"] = self.country
        if self.identifiers:
            data["identifiers"] = {key: list(values) for key, values in self.identifiers.items()}
        return data


@dataclass
class Evidence:
    """Where a relation is stated: the sentence and its character offsets in the document."""

    sentence: str
    start: int
    end: int
    extractor: str
    doc: str = ""
    hedge: str = ""  # the words that report rather than state it ("reportedly", "believed"; extract/roles_stance.py)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sentence": self.sentence, "start": self.start, "end": self.end, "extractor": self.extractor}
        if self.hedge:  # only when set: the relations contract's evidence items keep their four keys otherwise
            out["hedge"] = self.hedge
        return out


@dataclass
class Relation:
    """One relation as asserted by one document (a line of relations.jsonl)."""

    relation: str
    subject: EntityRef
    object: EntityRef
    evidence: list[Evidence]
    confidence: float
    doc: str = ""
    role: str | None = None
    role_class: str | None = None
    current: bool = True
    program: str | None = None
    measures: list[str] = field(default_factory=list)
    date: str | None = None  # ISO (YYYY-MM-DD, YYYY-MM or YYYY) once normalised (graphbuild.resolve.dates)
    date_text: str | None = None  # the date as the document words it
    #: how many times the document states the fact, set only when that is more than the evidence kept (`bound_evidence`)
    mentions: int | None = None

    def __post_init__(self) -> None:
        """A role as a reader writes it ("- Colonel", "-president" -> "Colonel", "president"; P4): here, so that every
        relation gets it, whichever extractor built it."""
        if self.role:
            self.role = self.role.lstrip(ROLE_OPENERS) or self.role

    def key(self) -> tuple[str, str, str, str]:
        """Identity within a document: the same fact stated twice merges into one relation."""
        return (self.relation, self.subject.name.casefold(), self.object.name.casefold(), (self.role or "").casefold())

    def restate(self, other: Relation) -> None:
        """The same fact (same `key`) stated again: the higher confidence, the details either statement gives, and
        today's action over an earlier one, whichever came first: today's program and date; an earlier action's date
        never dates today's, nor does the program of an earlier action the document dates ("X was designated in May
        2019 pursuant to E.O. A" is not today's action under A; an undated "X was designated pursuant to E.O. A" often
        tells today's, and fills its blank). RC, twenty-fourth session. The date's words go with the date. Evidence and
        names are the caller's to merge (fact_merge.FactMerger, the one path)."""
        self.confidence = max(self.confidence, other.confidence)
        if self.current == other.current:  # one action stated twice: the details either gives
            if not self.date:
                self.date, self.date_text = other.date, other.date_text
            self.program = self.program or other.program
        elif other.current:  # today's action dates the fact, not an earlier one merged into it
            self.program = other.program or (self.program if not self.date else None)
            self.date, self.date_text = other.date, other.date_text
        elif not self.program and not other.date:
            self.program = other.program
        self.current = self.current or other.current
        self.measures = sorted(set(self.measures) | set(other.measures))

    def mention_count(self) -> int:
        """How many statements of the fact the document gives (evidence offsets; two rules reading one sentence are
        one statement), or the count kept when the evidence was bounded."""
        return max(self.mentions or 0, len({e.start for e in self.evidence}))

    def bound_evidence(self, limit: int = EVIDENCE_LIMIT) -> None:
        """Keep the first `limit` distinct evidence sentences (one of each identical sentence), and the count of all
        statements in `mentions` when some were left out: a repetitive text must not grow the graph per repetition."""
        total = self.mention_count()
        kept: list[Evidence] = []
        starts: set[int] = set()
        seen: set[tuple[str, str]] = set()
        for ev in self.evidence:
            if ev.start in starts:  # the same statement read by another rule: kept beside it, as before
                kept.append(ev)
            elif len(starts) < limit and (ev.sentence, ev.hedge) not in seen:
                seen.add((ev.sentence, ev.hedge))
                starts.add(ev.start)
                kept.append(ev)
        self.evidence = kept
        self.mentions = total if total > len(starts) else None

    def to_json(self) -> dict[str, Any]:
        data = {
            "doc": self.doc,
            "relation": self.relation,
            "subject": self.subject.to_json(),
            "object": self.object.to_json(),
            "role": self.role,
            "role_class": self.role_class,
            "current": self.current,
            "program": self.program,
            "measures": list(self.measures),
            "date": self.date,
            "date_text": self.date_text,
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.mentions:  # only when evidence was left out: the contract's lines keep their keys otherwise
            data["mentions"] = self.mentions
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Relation":
        def ref(d: dict[str, Any]) -> EntityRef:
            return EntityRef(name=d["name"], type=d["type"], aliases=list(d.get("aliases") or []), id=d.get("id"),
                             country=d.get("country"),
                             identifiers={k: list(v) for k, v in (d.get("identifiers") or {}).items()})

        return cls(
            relation=data["relation"],
            subject=ref(data["subject"]),
            object=ref(data["object"]),
            evidence=[
                Evidence(sentence=e["sentence"], start=e["start"], end=e["end"], extractor=e["extractor"], doc=data["doc"],
                         hedge=e.get("hedge") or "")
                for e in data.get("evidence", [])
            ],
            confidence=float(data.get("confidence", 0.5)),
            doc=data["doc"],
            role=data.get("role"),
            role_class=data.get("role_class"),
            current=bool(data.get("current", True)),
            program=data.get("program"),
            measures=list(data.get("measures") or []),
            date=data.get("date"),
            date_text=data.get("date_text"),
            mentions=int(data["mentions"]) if data.get("mentions") else None,
        )
