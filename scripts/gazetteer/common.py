"""Shared helpers for the gazetteer build scripts (scripts/build-gazetteers)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "Sources" / "DossierExtraction" / "Resources" / "gazetteer"


def clean(field: str) -> str:
    """A value safe for one TSV field: no tabs, newlines or '|' separators."""
    return " ".join(str(field).replace("|", "/").split())


def write_tsv(path: Path, header_comments: list[str], columns: list[str], rows) -> int:
    """Writes '#' comment lines, a '#'-prefixed column header, then the rows (list values
    are joined with '|'). Returns the row count."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for line in header_comments:
            out.write(f"# {line}\n" if line else "#\n")
        out.write("#" + "\t".join(columns) + "\n")
        for row in rows:
            fields = ["|".join(clean(x) for x in v) if isinstance(v, (list, tuple)) else clean(v)
                      for v in row]
            out.write("\t".join(fields) + "\n")
            count += 1
    os.replace(tmp, path)
    return count


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a gazetteer TSV file, skipping blank lines and '#' comments."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def log(msg: str) -> None:
    print(msg, file=sys.stderr)
