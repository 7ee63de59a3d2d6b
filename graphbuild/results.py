"""What the Python API hands back: query rows (`Rows`), views (`View`), and values as RDF terms and back.

Kept apart from `graphbuild.api` (the `KnowledgeGraph` itself) so that the result types
can be read, and tested, without the store.
"""
from __future__ import annotations

import html as _html
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from .entities import Entity
from .errors import GraphBuildError, QueryError

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def pandas_module() -> Any:
    try:
        import pandas
    except ModuleNotFoundError as exc:  # pragma: no cover - pandas is in the notebooks extra
        raise GraphBuildError("DataFrames need pandas; install it with: pip install 'graphbuild[notebooks]'") from exc
    return pandas


def to_term(value: object) -> Identifier:
    """A Python value as an RDF term for a query binding.

    rdflib terms (URIRef, Literal, BNode) are kept; an `Entity` becomes its IRI; any
    other value becomes a Literal (str -> xsd:string, int -> xsd:integer, date -> xsd:date, ...).
    To bind an IRI given as text, wrap it: ``URIRef("https://...")``.

    >>> to_term("OFAC")
    rdflib.term.Literal('OFAC')
    >>> to_term(URIRef("https://w3id.org/graphbuild/id/org/x"))
    rdflib.term.URIRef('https://w3id.org/graphbuild/id/org/x')
    """
    if isinstance(value, Identifier):
        return value
    if isinstance(value, Entity):
        return value.iri
    if value is None:
        raise QueryError("cannot bind None; leave the variable out of the bindings to keep it unbound")
    return Literal(value)


def to_python(term: object) -> Any:
    """An RDF term as a plain Python value: IRIs and blank nodes as str, literals via `toPython()`."""
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        return str(value) if isinstance(value, Literal) else value
    return term


class Rows(Sequence[Any]):
    """The solutions of a SELECT query: a sequence of rdflib result rows.

    Each row is a tuple of rdflib terms (or None when unbound) with attribute and key
    access (``row.name``, ``row["name"]``, ``row.asdict()``); IRIs stay `URIRef`, so a
    value can be passed straight back as a binding of another query.

    >>> rows = kg.query("SELECT DISTINCT ?p ?name WHERE { ?p a gb:Person ; rdfs:label ?name }")
    >>> rows.columns
    ['p', 'name']
    >>> rows.to_df().head()          # pandas DataFrame with plain Python values
    """

    def __init__(self, columns: list[str], rows: list[Any]) -> None:
        self.columns = columns
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        return self._rows[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def to_dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values: ``[{"p": "https://...", "name": "Ahmad Vahidi"}, ...]``."""
        return [{c: to_python(v) for c, v in zip(self.columns, row)} for row in self._rows]

    def to_df(self) -> pandas.DataFrame:
        """A pandas DataFrame, one column per projected variable, plain Python values (needs pandas)."""
        pd = pandas_module()
        return pd.DataFrame(self.to_dicts(), columns=self.columns)

    def __repr__(self) -> str:
        return f"<Rows {len(self)} × {self.columns}>"

    def _repr_html_(self) -> str:
        try:
            return self.to_df()._repr_html_()  # type: ignore[no-any-return]
        except GraphBuildError:  # pragma: no cover
            head = "".join(f"<th>{_html.escape(c)}</th>" for c in self.columns)
            body = "".join("<tr>" + "".join(f"<td>{_html.escape(str(to_python(v)))}</td>" for v in row) + "</tr>" for row in self._rows)
            return f"<table><tr>{head}</tr>{body}</table>"


class View:
    """A self-contained interactive HTML page of the graph: shows inline in Jupyter, saves to a file.

    >>> v = kg.view(focus="Ahmad Vahidi", depth=2)
    >>> v                      # in a notebook: the interactive graph, inline
    >>> v.save("vahidi.html")  # the same page as a standalone file (works offline)
    """

    def __init__(self, html: str, height: int | str = 650) -> None:
        self.html = html
        self.height = height

    def save(self, path: str | Path) -> Path:
        """Write the page to `path` (parent folders are created); returns the path."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        from .outputs.atomic import write_text_atomic

        write_text_atomic(target, self.html, what="the view")  # whole or not at all (a full disk, P10)
        return target

    def _repr_html_(self) -> str:
        # The page in an <iframe srcdoc>: its scripts run, its styles stay apart from the notebook's, and the
        # sandbox (scripts, no same-origin) keeps text from the documents away from the notebook server.
        height = f"{self.height}px" if isinstance(self.height, int) else str(self.height)
        return (f'<iframe srcdoc="{_html.escape(self.html, quote=True)}" title="graphbuild view" '
                'sandbox="allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox" '
                f'style="width:100%;height:{_html.escape(height, quote=True)};border:1px solid #ddd"></iframe>')

    def __repr__(self) -> str:
        return f"<View: {len(self.html)} characters of HTML; shows inline in Jupyter; .save(path) writes it>"


def convert_result(result: Any, df: bool) -> Any:
    """An rdflib query Result as Rows (or a DataFrame), a bool (ASK) or an rdflib Graph (CONSTRUCT/DESCRIBE)."""
    if result.type == "ASK":
        if df:
            raise QueryError("df=True needs a SELECT query; this is an ASK query (it returns a bool)")
        return bool(result.askAnswer)
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        if df:
            raise QueryError(f"df=True needs a SELECT query; this is a {result.type} query (it returns an rdflib Graph)")
        return result.graph
    rows = Rows([str(v) for v in (result.vars or [])], list(result))
    return rows.to_df() if df else rows


__all__ = ["Rows", "View", "convert_result", "pandas_module", "to_python", "to_term"]
