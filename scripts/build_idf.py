"""Build the government document-frequency table shipped in govdoc/enrich/data/gov_df.tsv.

    python scripts/build_idf.py [FOLDER ...]      # default: ../shared corpus, seed, fixtures

It segments every government text found (with the genre user dictionary) and counts in how
many documents each word occurs. Only the statistics are shipped, never the texts. A word
that stands in most government documents (工作, 推进, 情况 …) says little about any one of
them; keywords weigh jieba's general IDF by how rare a word is in this genre.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "govdoc" / "enrichment" / "data"
DEFAULT = [ROOT.parent / "shared" / "corpus" / "dev", ROOT.parent / "shared" / "seed", ROOT / "fixtures"]


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    import govdoc
    from govdoc.enrichment.tokenizer import tokenizer

    folders = [Path(a) for a in sys.argv[1:]] or DEFAULT
    cut = tokenizer()
    df: Counter[str] = Counter()
    documents = 0
    for folder in folders:
        for path in sorted(folder.glob("*")):
            if path.suffix not in (".txt", ".md"):
                continue
            try:
                text = govdoc.parse(path).text
            except govdoc.GovDocError:
                continue
            documents += 1
            df.update({w for w in cut.cut(text) if len(w) >= 2 and not w.isdigit()})
    rows = sorted((w, n) for w, n in df.items() if n >= 2)
    with open(DATA / "gov_df.tsv", "w", encoding="utf-8") as fh:
        fh.write(f"#documents\t{documents}\n")
        for word, n in rows:
            fh.write(f"{word}\t{n}\n")
    print(f"{documents} documents, {len(rows)} words with df >= 2 -> {DATA / 'gov_df.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
