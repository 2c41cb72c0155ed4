#!/usr/bin/env python3
"""Makes the benchmark documents from the repository's seeds and the labeled dev drafts, deterministically.

  make-docs.py drafts OUTDIR            -> OUTDIR/draft-6k.md, draft-100k.md, draft-1m.md
  make-docs.py sources OUTDIR N         -> OUTDIR/manifest.json + N source articles (for the scale benchmark)

Drafts are real Markdown: front matter, headings, paragraphs taken from the seed articles and the dev drafts, bullet
lists and the odd quote, with the figures in some sentences varied (so the checker has supported, contradicted and
unsupported claims to judge, as in a real draft). Same input, same bytes: the random generator is seeded.
"""
import glob, json, os, random, re, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SIZES = {"6k": 6 * 1024, "100k": 100 * 1024, "1m": 1024 * 1024}


def paragraphs():
    paras = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            paras += [p.strip() for p in f.read().split("\n") if len(p.strip()) > 60]
    dev = os.environ.get("CHECKER_DEV_CORPUS", "/work/shared/corpus/dev")
    for path in sorted(glob.glob(os.path.join(dev, "*.md"))):
        with open(path, encoding="utf-8") as f:
            text = re.sub(r"^---\n.*?\n---\n", "", f.read(), flags=re.S)
            paras += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 60 and not p.startswith("#")]
    return paras


def vary(rng, para):
    """Changes some figures: 1 in 3 paragraphs gets one number nudged, so not every claim is supported."""
    if rng.random() > 0.33:
        return para
    def nudge(m):
        n = m.group(0)
        if "," in n or len(n) == 4:  # keep years and grouped figures
            return n
        try:
            v = float(n)
        except ValueError:
            return n
        v = v * rng.choice([0.5, 0.8, 1.2, 2])
        return ("%.1f" % v) if "." in n else str(int(round(v)))
    return re.sub(r"\d+(\.\d+)?", nudge, para, count=1)


def draft(size, rng, paras):
    out = ["---\ntitle: Benchmark draft\nas_of: 2025-09-01\n---\n\n# Canada and Ukraine\n\n"]
    n = len(out[0])
    i = 0
    while n < size:
        p = vary(rng, paras[rng.randrange(len(paras))])
        r = rng.random()
        if i % 8 == 0:
            block = "## Section %d\n\n" % (i // 8 + 1)
        elif r < 0.1:
            block = "".join("- " + s.strip() + "\n" for s in re.split(r"(?<=\.) ", p)[:3]) + "\n"
        elif r < 0.15:
            block = "> " + p + "\n\n"
        else:
            block = p + "\n\n"
        out.append(block)
        n += len(block.encode("utf-8"))
        i += 1
    text = "".join(out)
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def sources(outdir, count, rng, paras):
    os.makedirs(outdir, exist_ok=True)
    entries = []
    for k in range(count):
        name = "src_%05d.txt" % k
        body = "\n\n".join(vary(rng, paras[rng.randrange(len(paras))]) for _ in range(6))
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(body + "\n")
        y, m, d = 2022 + rng.randrange(4), 1 + rng.randrange(12), 1 + rng.randrange(28)
        entries.append({"file": name, "date": "%04d-%02d-%02d" % (y, m, d), "outlet": "Outlet %d" % (k % 37),
                        "title": "Generated source %d" % k})
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"sources": entries}, f, indent=1)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("drafts", "sources"):
        print(__doc__, file=sys.stderr)
        return 2
    rng = random.Random(6)
    paras = paragraphs()
    outdir = sys.argv[2]
    if sys.argv[1] == "drafts":
        os.makedirs(outdir, exist_ok=True)
        for label, size in SIZES.items():
            with open(os.path.join(outdir, "draft-%s.md" % label), "w", encoding="utf-8") as f:
                f.write(draft(size, rng, paras))
    else:
        sources(outdir, int(sys.argv[3]), rng, paras)
    return 0


if __name__ == "__main__":
    sys.exit(main())
