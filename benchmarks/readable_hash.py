"""One build of every readable document, and a fingerprint of its relations: did a change alter any extracted fact?

A change meant to leave extraction alone (a refactor, a speed-up) is checked by building the same documents with the
tree before and after it and comparing `relations.jsonl`. The sessions did that with a scratch script under /tmp
(`readhash.sh`, and before it one `build.sh` per helper) that the docs cite; this is that script, kept.

The readable documents (issue 13's folds rule: nothing of `benchmarks/blind/unread_*` is ever read) are linked into
one flat folder, each under a name saying where it comes from: `real_<file>` (the shared train and dev releases and
the shared unlabeled ones), `seeds_<file>` (seeds/ without its gold), `t<N>_<file>` (benchmarks/synthetic/t<N>/docs)
and `blind<set>_<file>` (blind study, check and final). A document's name is its id in `relations.jsonl`, so the
names are part of the fingerprint: the same folder gives the figures the docs quote (10,992 lines at eaf761a).

    python benchmarks/readable_hash.py OUT                   # this tree's code
    python benchmarks/readable_hash.py OUT --tree /path/B    # another checkout's code (e.g. a `git archive` of main)

prints `<N> documents, <lines> lines, sorted sha256 <16 hex>`: the sha256 of the file's lines sorted byte-wise (`LC_ALL=C sort`),
so that two builds whose documents finished in another order still compare equal. A missing source folder (the
shared eval folder not found from a `git archive` without `--shared`, no synthetic set) stops it with the folders'
names instead of printing the fingerprint of a part of the documents (V8's item 13: 446 of 512 documents, printed as
if complete; M30, sixteenth session).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from graphbuild.errors import GraphBuildError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


class MissingSources(GraphBuildError):
    """A readable set's folder is not there: the fingerprint would be of a part of the documents."""
#: The blind sets anyone may read; the `unread_*` ones are never linked.
BLIND_READABLE = ("study", "check", "final")


def readable_sources(root: Path, shared: Path) -> list[tuple[str, Path]]:
    """(prefix, folder) of each readable set, in a fixed order."""
    sources = [("real", shared / "eval" / "train" / "docs"), ("real", shared / "eval" / "dev" / "docs"),
               ("real", shared / "eval" / "unlabeled"), ("seeds", root / "seeds")]
    synthetic = root / "benchmarks" / "synthetic"
    numbers = sorted(int(p.name[1:]) for p in synthetic.glob("t*") if p.name[1:].isdigit()) if synthetic.is_dir() else []
    sources += [(f"t{n}", synthetic / f"t{n}" / "docs") for n in numbers]
    sources += [(f"blind{name}", root / "benchmarks" / "blind" / name / "docs") for name in BLIND_READABLE]
    return sources


def link_readable(links: Path, root: Path = ROOT, shared: Path | None = None) -> int:
    """Fill `links` (made if missing) with a link to every readable document; how many. Gold files and READMEs are
    no documents."""
    sources = readable_sources(root, shared or root.parent / "shared")
    missing = [str(folder) for _, folder in sources if not folder.is_dir()]
    if not any(prefix.startswith("t") for prefix, _ in sources):
        missing.append(str(root / "benchmarks" / "synthetic" / "t<N>" / "docs"))
    if missing:
        raise MissingSources("readable source folders missing (pass --shared, or build from a full checkout): "
                         + ", ".join(missing))
    links.mkdir(parents=True, exist_ok=True)
    count = 0
    for prefix, folder in sources:
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.name.startswith(".") or path.name == "README.md" or path.name.startswith("gold"):
                continue
            target = links / f"{prefix}_{path.name}"
            if not target.is_symlink():
                target.symlink_to(path.resolve())
            count += 1
    return count


def sorted_hash(relations: Path) -> tuple[int, str]:
    """(lines, the first 16 hex of the sha256 of the lines sorted byte-wise)."""
    lines = relations.read_bytes().splitlines(keepends=True)
    return len(lines), hashlib.sha256(b"".join(sorted(lines))).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="a new folder: OUT/readable (the links) and OUT/build (the build)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose code builds (default: this one)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared eval folder's parent")
    args = parser.parse_args(argv)
    links, build = args.out / "readable", args.out / "build"
    try:
        documents = link_readable(links, ROOT, args.shared)
    except MissingSources as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    env = {**os.environ, "PYTHONPATH": str(args.tree.resolve())}
    with open(args.out / "build.log", "w", encoding="utf-8") as log:
        done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(links), "-o", str(build)],
                              cwd=args.tree, env=env, stdout=log, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        print(f"build failed, see {args.out / 'build.log'}", file=sys.stderr)
        return 1
    lines, digest = sorted_hash(build / "relations.jsonl")
    print(f"{documents} documents, {lines} lines, sorted sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
