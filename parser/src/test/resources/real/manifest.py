#!/usr/bin/env python3
"""Builds and checks the real-document set's manifest.

usage: manifest.py [--set SET_DIR] build TEXTS_DIR PARTS_DIR GOLD_DIR   # write manifest.jsonl, place gold files in dev/ and test/
       manifest.py [--set SET_DIR] check TEXTS_DIR                      # check that TEXTS_DIR holds the texts the manifest names
       manifest.py [--set SET_DIR] place TEXTS_DIR FOUND.jsonl...       # write each found text that matches its SHA-256
       manifest.py [--set SET_DIR] queries PART [TEXTS_DIR]             # the searches that rebuild PART (dev, test or all), most texts first

FOUND.jsonl holds one {"id": ..., "excerpt": ...} per line: a page's text as the search service
answered the manifest's query for it. A text is written to TEXTS_DIR/PART/ID.txt only when it is
the one annotated; one whose trailing blank lines the copy lost is mended first.

`queries` prints one line per distinct query: how many texts of PART its answer rebuilds (those
not yet in TEXTS_DIR, when given) and the query. A session's searches are limited, so rebuilding
the most texts first, or one part only, makes the most of them.

SET_DIR is the set's folder: this one (English) by default, ../real-ru for the Russian set.

The texts are not in the project (they belong to their publishers); the manifest keeps what
identifies each one (URL, title, the query that found it, length and SHA-256 of the text that
was annotated). The split into a development and a test part is by publisher (the site's
domain), fixed once by a hash of the domain, so that no publisher is in both parts.
"""
import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def part_of(domain):
    """One third of publishers, chosen by a hash of the domain, form the test part."""
    return "test" if int(hashlib.sha256(domain.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def build(texts, parts, golds):
    rows = []
    for part_file in sorted(Path(parts).glob("*.jsonl")):
        for line in part_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    seen = set()
    manifest = []
    for row in sorted(rows, key=lambda r: r["id"]):
        text_file = Path(texts) / (row["id"] + ".txt")
        gold_file = Path(golds) / (row["id"] + ".gold.json")
        if row["id"] in seen or not text_file.exists() or not gold_file.exists():
            print(f"skipped {row['id']}: duplicate, or text or gold missing", file=sys.stderr)
            continue
        seen.add(row["id"])
        data = text_file.read_bytes()
        json.loads(gold_file.read_text(encoding="utf-8"))
        domain = row["domain"].lower().removeprefix("www.")
        part = part_of(domain)
        manifest.append({
            "id": row["id"], "part": part, "url": row["url"], "title": row.get("title", ""),
            "publisher": row.get("publisher", ""), "domain": domain, "region": row.get("region", ""),
            "query": row.get("query", ""), "rank": row.get("rank"),
            "chars": len(data.decode("utf-8")), "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        })
        target = HERE / part / gold_file.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(gold_file, target)
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as out:
        for entry in manifest:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    for part in ("dev", "test"):
        docs = [m for m in manifest if m["part"] == part]
        print(f"{part}: {len(docs)} documents, {len({m['domain'] for m in docs})} publishers")


def check(texts):
    bad = 0
    for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        path = Path(texts) / entry["part"] / (entry["id"] + ".txt")
        if not path.exists():
            path = Path(texts) / (entry["id"] + ".txt")
        if not path.exists():
            print(f"missing {entry['id']}: {entry['url']}")
            bad += 1
        elif hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            print(f"differs {entry['id']}: the text is not the one annotated")
            bad += 1
    print("all texts present and unchanged" if bad == 0 else f"{bad} texts missing or changed")
    return 1 if bad else 0


def candidates(text):
    """The text as found, then with its trailing line breaks counted again: copies lose them."""
    yield text
    core = text.rstrip("\n")
    for breaks in range(0, 40):
        yield core + "\n" * breaks


def place(texts, found_files):
    manifest = {}
    for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        manifest[entry["id"]] = entry
    placed = unmatched = 0
    for found_file in found_files:
        for number, line in enumerate(Path(found_file).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            found = json.loads(line)
            entry = manifest.get(found.get("id"))
            if entry is None:
                print(f"{found_file}:{number}: no document {found.get('id')!r} in the manifest")
                unmatched += 1
                continue
            match = next((c.encode() for c in candidates(found["excerpt"])
                          if hashlib.sha256(c.encode()).hexdigest() == entry["sha256"]), None)
            if match is None:
                print(f"{found_file}:{number}: {entry['id']} differs from the text annotated "
                      f"({len(found['excerpt'])} characters, {entry['chars']} expected)")
                unmatched += 1
                continue
            target = Path(texts) / entry["part"] / (entry["id"] + ".txt")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(match)
            placed += 1
    print(f"{placed} texts written, {unmatched} not")
    return 1 if unmatched else 0


def queries(part, texts=None):
    wanted = {}
    for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if part != "all" and entry["part"] != part:
            continue
        if texts and (Path(texts) / entry["part"] / (entry["id"] + ".txt")).exists():
            continue
        wanted[entry["query"]] = wanted.get(entry["query"], 0) + 1
    for query, count in sorted(wanted.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count}\t{query}")
    print(f"{len(wanted)} searches rebuild {sum(wanted.values())} texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--set":
        HERE = Path(sys.argv[2]).resolve()
        del sys.argv[1:3]
    if len(sys.argv) == 5 and sys.argv[1] == "build":
        build(*sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    elif len(sys.argv) in (3, 4) and sys.argv[1] == "queries" and sys.argv[2] in ("dev", "test", "all"):
        sys.exit(queries(*sys.argv[2:]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "place":
        sys.exit(place(sys.argv[2], sys.argv[3:]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
