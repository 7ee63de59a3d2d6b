"""The Python API: build a knowledge graph, query it, analyse it and look at it, without the CLI.

    >>> import graphbuild
    >>> kg = graphbuild.build(["seeds/"], out="out")          # or KnowledgeGraph.open("out")
    >>> kg.query("SELECT DISTINCT ?p ?name WHERE { ?p a gb:Person ; rdfs:label ?name }").to_df()
    >>> [e.name for e in kg.entities(type="PublicBody")][:3]
    >>> G = kg.to_networkx()                                  # networkx.MultiDiGraph
    >>> kg.view(focus="Ahmad Vahidi", depth=2)                # displays inline in Jupyter
    >>> kg.close()

Everything here reads the store only; `relations()`, `entities()`, `to_networkx()` and
`view()` all derive from `graphbuild.outputs.relations.iter_relations`, so they agree with
`relations.jsonl` and with each other.
"""
from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .entities import (ENTITY_TYPES, RELATION_KINDS, SUBTYPES, Entity, collect_entities, edge_label, entity_types,
                       filter_relations, relation_row)
from .errors import GraphBuildError, QueryError, StoreError
from .rdf.sparql_text import check_read_only
from .rdf.store import PREFIXES, KnowledgeStore, find_store, open_store, store_key
from .results import Rows, View, convert_result, pandas_module, to_python, to_term

if TYPE_CHECKING:  # pragma: no cover
    import networkx

    from .pipeline.options import BuildReport

__all__ = ["KnowledgeGraph", "Entity", "Rows", "View", "build", "ENTITY_TYPES", "RELATION_KINDS", "PREFIXES"]
# Also importable from here, as before the split: SUBTYPES, collect_entities, filter_relations, relation_row, to_python, to_term.

# Graphs open in this process, by store location: Oxigraph allows one handle per store,
# so re-running a notebook cell that opens or builds the same store closes the old handle.
_OPEN: dict[str, weakref.ReferenceType[KnowledgeGraph]] = {}


def _release(location: str | Path) -> None:
    ref = _OPEN.pop(store_key(location), None)
    graph = ref() if ref is not None else None
    if graph is not None:
        graph.close()


# ---- the graph --------------------------------------------------------------------------------


class KnowledgeGraph:
    """A built knowledge graph: SPARQL, entities, relations, networkx and views over one store.

    Open one with `graphbuild.build(...)` or `KnowledgeGraph.open(path_or_url)`; close it
    with `.close()` or use it as a context manager (Oxigraph lets one process at a time
    hold a store, so close it before building into the same folder from elsewhere).

    >>> from graphbuild import KnowledgeGraph
    >>> with KnowledgeGraph.open("out") as kg:
    ...     people = kg.entities(type="Person")
    ...     roles = kg.relations(kind="holds_role", df=True)
    ...     G = kg.to_networkx()
    """

    def __init__(self, store: KnowledgeStore, out: Path | None = None, report: BuildReport | None = None) -> None:
        self.store: KnowledgeStore | None = store
        self.location = store.location
        #: The build's output folder (relations.jsonl, graph.html, ...), when known.
        self.out = out
        #: The `BuildReport` when the graph came from `graphbuild.build`, else None.
        self.report = report
        _OPEN[store_key(self.location)] = weakref.ref(self)

    # ---- opening and closing ----------------------------------------------------------------
    @classmethod
    def open(cls, path_or_url: str | Path) -> KnowledgeGraph:
        """Open a built graph: an output folder (with `store/`), a store folder, or a SPARQL endpoint URL.

        >>> kg = KnowledgeGraph.open("out")                       # the folder `graphbuild build -o out` wrote
        >>> kg = KnowledgeGraph.open("out/store")                 # the Oxigraph store itself
        >>> kg = KnowledgeGraph.open("http://localhost:7878/query")

        A graph this process already has open on the same store is closed first.
        """
        out, location = find_store(path_or_url)
        _release(location)
        return cls(open_store(location, read_only=True), out=out)

    def close(self) -> None:
        """Release the store (idempotent)."""
        store, self.store = self.store, None
        if store is not None:
            key = store_key(self.location)
            ref = _OPEN.get(key)
            if ref is not None and ref() is self:
                del _OPEN[key]
            store.close()

    @property
    def closed(self) -> bool:
        return self.store is None

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.location}{' (closed)' if self.closed else ''}>"

    def _store(self) -> KnowledgeStore:
        if self.store is None:
            raise StoreError(f"this KnowledgeGraph on {self.location} is closed (closed explicitly, or the same store "
                             "was opened or built again in this process); open it again with KnowledgeGraph.open(...)")
        return self.store

    # ---- SPARQL -----------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None, /, *, df: bool = False,
              allow_service: bool = False, **more: object) -> Any:
        """Run SPARQL; keyword arguments bind query variables (as RDF terms, never pasted into the text).

        Returns `Rows` for SELECT (a pandas DataFrame with ``df=True``), a bool for ASK, an
        rdflib Graph for CONSTRUCT/DESCRIBE. The prefixes in `PREFIXES` (gb, rdfs, prov,
        org, ...) need no declaration. The default graph is the union of all documents'
        graphs; use ``GRAPH ?g { ... }`` to keep one document's facts together.

        A str, int, date, ... binds as a Literal; a `URIRef` or an `Entity` as an IRI.
        Oxigraph substitutes only variables the query projects: keep them in the
        SELECT clause (or use SELECT *). Variables named like keyword-only parameters
        (`df`, `allow_service`) can be bound through the `bindings` dict.

        Read-only, as `graphbuild query` and `serve`: an update is refused, and so is SERVICE (requests from this
        machine to another address) unless ``allow_service=True``; both are a QueryError (P2).

        >>> kg.query('''SELECT DISTINCT ?name ?org ?role WHERE {
        ...     ?p rdfs:label ?name ; gb:holdsPosition ?post .
        ...     ?post gb:role ?role ; gb:organization/rdfs:label ?org }''', name="Ahmad Vahidi", df=True)
        >>> kg.query("ASK { ?d gb:designee ?e }", e=kg.entity("Ahmad Vahidi"))
        True
        """
        check_read_only(sparql, allow_service)
        terms = {str(k).lstrip("?$"): to_term(v) for k, v in {**(bindings or {}), **more}.items()}
        try:
            return convert_result(self._run(sparql, terms), df)
        except OSError as exc:  # a permitted SERVICE that failed: oxigraph's HTTP client raises it as rows are read
            raise QueryError(f"the query's SERVICE request failed ({exc})") from exc

    def _run(self, sparql: str, terms: dict[str, Any]) -> Any:
        try:
            return self._store().query(sparql, terms)
        except StoreError as exc:
            if "in its SELECT projection" in str(exc):
                names = ", ".join(f"?{n}" for n in sorted(terms))
                raise QueryError(f"cannot bind {names}: Oxigraph binds only variables the query returns; "
                                 f"add them to the SELECT clause or use SELECT * ({exc})") from exc
            raise

    @staticmethod
    def bundled_queries() -> list[Any]:
        """The bundled SPARQL queries (`graphbuild query --list`): each has `.name`, `.description`, `.params`, `.text`.

        >>> [(q.name, q.description) for q in KnowledgeGraph.bundled_queries()]
        """
        try:
            from .rdf import queries
        except ModuleNotFoundError as exc:  # an installation without bundled queries
            if exc.name and exc.name.startswith("graphbuild.rdf.queries"):
                return []
            raise
        return list(queries.bundled())

    def run(self, name: str, bindings: Mapping[str, object] | None = None, /, *, df: bool = False, **more: object) -> Any:
        """Run a bundled query by name, as `graphbuild query --name NAME -p KEY=VALUE` does.

        Parameters are the ones the query's header declares; they are bound as RDF terms
        (a str as a Literal, a `URIRef` or `Entity` as an IRI) in a VALUES block, so they
        need not be projected. Returns what `query` returns.

        >>> kg.run("designations-by-authority", authority="OFAC", df=True)
        >>> kg.run("entity", iri=kg.entity("OFAC"))
        """
        try:
            from .rdf import queries
        except ModuleNotFoundError as exc:
            raise QueryError(f"cannot run bundled query {name!r}: this installation has no bundled queries") from exc
        terms = {str(k).lstrip("?$"): to_term(v) for k, v in {**(bindings or {}), **more}.items()}
        return convert_result(queries.run(self._store(), queries.get(name).text, terms), df)

    # ---- entities and relations -------------------------------------------------------------
    def relations(self, kind: str | Iterable[str] | None = None, *, doc: str | None = None,
                  min_confidence: float = 0.0, df: bool = False) -> Any:
        """Relations as dicts of the relations.jsonl contract (one per relation per document).

        `kind` is a relation kind ("holds_role", "designated_by", "part_of", "delisted_by") or several;
        `doc` keeps one document's; with ``df=True`` a DataFrame with one flat row per
        relation (subject, subject_type, object, object_type, role, program, measures,
        date, current, confidence, the first evidence sentence, and the ids). A designation a
        later delisting ended has `current: false`, `end_date` and `ended_by` (as `export
        --format jsonl`; outputs/delisted.py), so `to_networkx()` and `view()` show it ended.

        >>> roles = kg.relations(kind="holds_role")
        >>> roles[0]["subject"]["name"], roles[0]["role"], roles[0]["object"]["name"]
        >>> kg.relations(kind="designated_by", df=True).groupby("object").size()
        """
        from .outputs.delisted import store_relations

        records = list(store_relations(self._store()))
        if kind is not None:
            wanted = {kind} if isinstance(kind, str) else set(kind)
            unknown = sorted(wanted - set(RELATION_KINDS) - {r["relation"] for r in records})
            if unknown:
                raise GraphBuildError(f"unknown relation kind {unknown[0]!r}; expected one of {', '.join(RELATION_KINDS)}")
            records = [r for r in records if r["relation"] in wanted]
        if doc is not None:
            records = [r for r in records if r["doc"] == doc]
        if min_confidence:
            records = [r for r in records if (r.get("confidence") or 0.0) >= min_confidence]
        if df:
            pd = pandas_module()
            columns = list(relation_row({"doc": "", "relation": "", "subject": {"id": "", "name": ""}, "object": {"id": "", "name": ""}}))
            return pd.DataFrame([relation_row(r) for r in records], columns=columns)
        return records

    def entities(self, type: str | Iterable[str] | None = None, *, df: bool = False) -> Any:  # noqa: A002
        """Entities that take part in relations, sorted by name; `type` keeps one type or several.

        Types: Person, Organization, PublicBody, Company, Vessel, Country, SanctionsProgram;
        "Organization" also matches PublicBody and Company (as ``?e a gb:Organization`` does).
        With ``df=True`` a DataFrame (id, name, type, aliases, docs).

        >>> [e.name for e in kg.entities(type="PublicBody")]
        >>> kg.entities(type=["Person", "Company"], df=True)
        """
        wanted = entity_types(type)
        found = sorted(collect_entities(self.relations()).values(), key=lambda e: (e.name.casefold(), e.id))
        if wanted is not None:
            found = [e for e in found if e.type in wanted]
        if df:
            pd = pandas_module()
            return pd.DataFrame([{f.name: list(v) if isinstance(v := getattr(e, f.name), tuple) else v for f in fields(Entity)}
                                 for e in found], columns=[f.name for f in fields(Entity)])
        return found

    def entity(self, name: str | Entity, type: str | Iterable[str] | None = None) -> Entity:  # noqa: A002
        """The entity with this id, canonical name or alias (case-insensitive); raises if there is none.

        When several match, an exact canonical name beats an alias, then the entity found
        in most documents wins.

        >>> kg.entity("OFAC").name
        'Office of Foreign Assets Control'
        """
        if isinstance(name, Entity):
            return name
        candidates = self.entities(type=type)
        for entity in candidates:
            if entity.id == name:
                return entity
        key = name.strip().casefold()
        exact = [e for e in candidates if e.name.casefold() == key]
        alias = [e for e in candidates if key in {a.casefold() for a in e.aliases}]
        for group in (exact, alias):
            if group:
                return max(group, key=lambda e: (len(e.docs), e.name, e.id))
        raise GraphBuildError(f"no entity named {name!r}{f' of type {type!r}' if type else ''}; "
                              "look names up with kg.entities() or kg.entities(df=True)")

    # ---- networkx ---------------------------------------------------------------------------
    def to_networkx(self, kind: str | Iterable[str] | None = None, *, min_confidence: float = 0.0) -> networkx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph: one node per entity, one edge per relation.

        Nodes are entity IRIs with ``label`` (canonical name), ``type``, ``aliases`` and
        ``docs``; edges go subject -> object with ``relation`` (kind), ``label`` (the role,
        "designated by" or "part of"), ``role``, ``program``, ``measures``, ``date``,
        ``current``, ``confidence``, ``doc`` and ``evidence`` (list of dicts), one edge per
        relation as asserted by one document (so parallel edges are corroboration).

        >>> import networkx as nx
        >>> G = kg.to_networkx()
        >>> nx.degree_centrality(G)
        >>> nx.shortest_path(G, kg.entity("Ahmad Vahidi").id, kg.entity("OFAC").id)
        """
        import networkx as nx

        records = self.relations(kind=kind, min_confidence=min_confidence)
        graph = nx.MultiDiGraph(name=f"graphbuild {self.location}")
        for entity in collect_entities(records).values():
            graph.add_node(entity.id, label=entity.name, type=entity.type, aliases=list(entity.aliases), docs=list(entity.docs))
        for rel in records:
            graph.add_edge(rel["subject"]["id"], rel["object"]["id"], relation=rel["relation"], label=edge_label(rel),
                           role=rel.get("role"), program=rel.get("program"), measures=list(rel.get("measures") or []),
                           date=rel.get("date"), current=rel.get("current", True), confidence=rel.get("confidence"),
                           doc=rel["doc"], evidence=list(rel.get("evidence") or []))
        return graph

    # ---- views ------------------------------------------------------------------------------
    def view(self, focus: str | Entity | None = None, depth: int = 1, *, min_confidence: float = 0.0,
             max_nodes: int | None = None, kind: str | Iterable[str] | None = None, height: int | str = 650,
             **options: Any) -> View:
        """An interactive view (the page `graphbuild view` writes): inline in Jupyter, `.save(path)` to keep it.

        `focus` (a name or alias, case-insensitive, or an Entity) with `depth` hops gives an
        ego view; `min_confidence` (0..1) hides weaker relations; `max_nodes` keeps the
        best-connected entities; `kind` keeps some relation kinds; `height` sizes the
        inline frame. Other options (e.g. `title`) go to `graphbuild.views.html.render_html`.

        >>> kg.view()                                               # everything
        >>> kg.view(focus="Ahmad Vahidi", depth=2, min_confidence=0.8)
        >>> kg.view(kind="designated_by", max_nodes=40).save("designations.html")
        """
        from .views import html as views_html

        records = self.relations(kind=kind)
        render_html = getattr(views_html, "render_html", None)
        if render_html is None:  # an older views module: graph_model + render, filtered here
            entity = self.entity(focus) if focus is not None else None
            title = options.pop("title", "graphbuild")
            if options:
                raise TypeError(f"view() got unexpected options: {', '.join(sorted(options))}")
            selected = filter_relations(records, entity, depth, min_confidence, max_nodes)
            page = views_html.render(views_html.graph_model(selected), title=title)  # type: ignore[attr-defined]
            return View(page, height=height)
        opts: dict[str, Any] = {"depth": depth, "min_confidence": min_confidence, "max_nodes": max_nodes, **options}
        if focus is not None:
            opts["focus"] = focus.name if isinstance(focus, Entity) else focus
        store_documents = getattr(views_html, "store_documents", None)
        if store_documents is not None and "documents" not in opts:
            opts["documents"] = store_documents(self._store())
        return View(render_html(records, **opts), height=height)

    def to_pyvis(self, focus: str | Entity | None = None, depth: int = 1, *, min_confidence: float = 0.0,
                 max_nodes: int | None = None, kind: str | Iterable[str] | None = None, **options: Any) -> Any:
        """The graph as a `pyvis.network.Network` with the view's styling, layout and escaped provenance tooltips,
        for customising with pyvis' own API; it renders offline (`net.write_html(...)`, `net.show(...)` in Jupyter).

        Options as for `view()`, plus `height`, `width`, `notebook`, `heading` and `fold_hubs` (see
        `graphbuild.views.pyvis_net.to_pyvis`).

        >>> net = kg.to_pyvis(focus="Ahmad Vahidi", depth=2)
        >>> net.toggle_physics(True); net.write_html("vahidi.html")
        """
        from .views.html import store_documents
        from .views.pyvis_net import to_pyvis

        opts: dict[str, Any] = {"depth": depth, "min_confidence": min_confidence, "max_nodes": max_nodes, **options}
        if focus is not None:
            opts["focus"] = focus.name if isinstance(focus, Entity) else focus
        opts.setdefault("documents", store_documents(self._store()))
        return to_pyvis(self.relations(kind=kind), **opts)


def build(inputs: str | Path | Iterable[str | Path], out: str | Path = "out", **options: Any) -> KnowledgeGraph:
    """Build or update a graph from documents (what `graphbuild build` does) and open it.

    `inputs` is a file or folder, or a list of them; `out` the output folder (store/,
    graph.html, graph.trig, relations.jsonl, report.json). Options are those of
    `graphbuild.pipeline.options.BuildOptions`: store (folder or SPARQL endpoint URL), model,
    workers, batch_size, base, prune, curation, update_url, engine, scheduler, ...
    Unchanged documents are skipped, so re-running is cheap. The build's report is
    `kg.report`.

    >>> import graphbuild
    >>> kg = graphbuild.build("seeds/", out="out", workers=2)
    >>> kg.report.to_json()["relations"]
    {'designated_by': 53, 'holds_role': 59, 'part_of': 15}
    """
    from .pipeline.run import BuildOptions, build as run_build

    on_document = options.pop("on_document", None)
    known = {f.name for f in fields(BuildOptions)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise GraphBuildError(f"unknown build option {unknown[0]!r}; expected one of {', '.join(sorted(known - {'out'}))}")
    if "out" in options:
        raise GraphBuildError("give the output folder once, as out=...")
    paths = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    build_options = BuildOptions(out=Path(out), **options)
    location = build_options.store or Path(out) / "store"
    _release(location)  # Oxigraph: one handle per store; a graph opened earlier on it is closed
    report = run_build(paths, build_options, on_document=on_document)
    graph = KnowledgeGraph.open(location)
    graph.out = Path(out)
    graph.report = report
    return graph
