"""`graphbuild validate`: check the graph against ontology/shapes.ttl with SHACL (pyshacl).

The data graph is the union of every document's graph; the ontology
(ontology/graphbuild.ttl) is mixed in so that `sh:class gb:Organization` accepts a
gb:PublicBody. A failure is reported as one line per problem -- the shape's message,
the entity's name and IRI, the property, and the documents that state it -- rather
than pyshacl's raw report.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SH

from ..errors import GraphBuildError
from ..paths import ontology_dir
from .base import KnowledgeStore, open_store
from .terms import from_ox

MAX_LISTED = 20
_GB = "https://w3id.org/graphbuild/ontology#"
_COMMON = {"http://www.w3.org/2000/01/rdf-schema#": "rdfs:", "http://www.w3.org/ns/prov#": "prov:",
           "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", _GB: "gb:"}


def _short(term: object) -> str:
    text = str(term)
    for namespace, prefix in _COMMON.items():
        if text.startswith(namespace):
            return prefix + text[len(namespace):]
    return f"<{text}>"


def _path(results: Graph, path: Any) -> str:
    if path is None:
        return ""
    inverse = results.value(path, SH.inversePath)
    return f"^{_short(inverse)}" if inverse is not None else _short(path)


def load_data(ks: KnowledgeStore) -> tuple[Graph, dict[Any, set[str]]]:
    """(union of the document graphs, {subject: document ids that state something about it})."""
    data = Graph()
    graph_docs: dict[str, str] = {}
    for row in ks.query("PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
                        " SELECT ?g ?id WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id } }"):
        graph_docs[str(row[0])] = str(row[1])
    sources: dict[Any, set[str]] = defaultdict(set)
    for quad in ks.iter_quads():
        subject = from_ox(quad.subject)
        data.add((subject, from_ox(quad.predicate), from_ox(quad.object)))
        doc = graph_docs.get(getattr(quad.graph_name, "value", ""))
        if doc:
            sources[subject].add(doc)
    return data, sources


def _read_turtle(path: Path, what: str) -> Graph:
    """A Turtle file of the validation, or an error naming that file (shapes or ontology)."""
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphBuildError(f"{path}: cannot read the {what} ({exc})") from exc


def validate_graph(data: Graph, sources: dict[Any, set[str]] | None = None, shapes: Path | None = None,
                   ontology: Path | None = None) -> tuple[bool, str]:
    """SHACL-validate `data`; (conforms, readable message)."""
    from pyshacl import validate

    shapes = shapes or ontology_dir() / "shapes.ttl"
    ontology = ontology or ontology_dir() / "graphbuild.ttl"
    shapes_graph, ont_graph = _read_turtle(shapes, "SHACL shapes"), _read_turtle(ontology, "ontology")
    conforms, results, _ = validate(data, shacl_graph=shapes_graph, ont_graph=ont_graph, inference="none",
                                    abort_on_first=False, allow_warnings=True, advanced=True)
    shape_count = len(set(shapes_graph.subjects(RDF.type, SH.NodeShape)))
    if conforms:
        return True, f"conforms: {len(data)} triples checked against {shapes.name} ({shape_count} shapes)"
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = _short(component).replace("<http://www.w3.org/ns/shacl#", "sh:").rstrip(">")
        label = data.value(focus, RDFS.label) if focus is not None else None
        types = sorted(_short(t) for t in data.objects(focus, RDF.type) if str(t).startswith(_GB))
        value = results.value(result, SH.value)
        path = _path(results, results.value(result, SH.resultPath))
        where = ", ".join(sorted((sources or {}).get(focus, set()))) or "?"
        what = f'"{label}" ' if isinstance(label, Literal) else ""
        line = f"{message}: {what}{'/'.join(types) or 'node'} <{focus}>"
        if path:
            line += f" (property {path}" + (f", value {value.n3() if isinstance(value, (Literal, URIRef)) else value}" if value is not None else "") + ")"
        line += f" [document: {where}]"
        problems.append(line)
    problems.sort()
    shown = problems[:MAX_LISTED]
    more = f"\n... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    header = (f"does not conform: {len(problems)} violation{'s' if len(problems) != 1 else ''} "
              f"of {shapes.name} in {len(data)} triples")
    return False, header + "\n" + "\n".join(f"- {p}" for p in shown) + more


COUNTRYLESS = """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?e (SAMPLE(?label) AS ?name) (GROUP_CONCAT(DISTINCT ?id; separator=", ") AS ?docs) (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?e a gb:PublicBody ; rdfs:label ?label . ?g dcterms:identifier ?id }
  FILTER NOT EXISTS { GRAPH ?any { ?e gb:country ?country } }
} GROUP BY ?e HAVING (COUNT(DISTINCT ?g) > 1) ORDER BY ?name"""


def countryless_merges(ks: KnowledgeStore) -> list[str]:
    """Warnings: generic public bodies ("Ministry of Defense") with no country that several documents share.

    A build keeps such a body local to its document (graphbuild.resolve.country); one
    shared across documents comes from an older build or a curation merge, and may
    join two countries' bodies.
    """
    from ..records import EntityRef
    from ..resolve.country import is_generic

    warnings = []
    for iri, name, docs, count in ks.query(COUNTRYLESS):
        if is_generic(EntityRef(str(name), "PublicBody")):
            warnings.append(f"warning: the public body {str(name)!r} <{iri}> has no country (gb:country) but {int(count)} "
                            f"documents share it, so it may join two countries' bodies [documents: {docs}]; rebuild "
                            "them, or give it a country with a curation entry")
    return warnings


def validate_store(location: str) -> tuple[bool, str]:
    """Validate the store at `location` (folder or SPARQL endpoint) against ontology/shapes.ttl.

    Country-less generic public bodies shared by documents are warnings: listed, but the
    graph still conforms.
    """
    with open_store(location, read_only=True) as ks:
        data, sources = load_data(ks)
        if not len(data):  # "conforms: 0 triples checked" read as a pass for a folder never built into (P12)
            raise GraphBuildError(f"{location}: the store holds no triples (no document was built into it), so there is "
                                  "nothing to validate; build into it first (graphbuild build INPUT -o OUT) or pass another --store")
        warnings = countryless_merges(ks)
    conforms, message = validate_graph(data, sources)
    shown = warnings[:MAX_LISTED] + ([f"... and {len(warnings) - MAX_LISTED} more warnings"] if len(warnings) > MAX_LISTED else [])
    return conforms, "\n".join([message, *shown])


__all__ = ["countryless_merges", "load_data", "validate_graph", "validate_store"]
