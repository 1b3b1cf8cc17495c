"""Extraction benchmark: export the saved pages (and, separately, the copied-text pages) of the
raw corpus, the browser copies of `copied/`, and the saved pages and browser copies of `pages/`
(279 sites), score each with eval_extraction.py; then the learned line readers' and headline
rankers' site-disjoint cross-validated figures beside the rules' (`training/line_models.py`,
with `.[train]`).

    python bench/extraction.py [../shared/corpus/raw] [--copied ../shared/corpus/copied] [--pages ../shared/corpus/pages]

Prints the HTML line, the .txt line, the hit rates of date and publisher (against the
corpus's silver fields, over the items that have one; for text pages also over the pages whose
text shows the silver publisher or writes the silver day, both from the HTML's metadata), the bodies that carry extractor markup
(Markdown emphasis, escapes or backticks the gold body does not have), the pages whose text
was doubted (`reading_doubts`: these are all articles, so each one is a false alarm or a
reading failure) with the doubts' recall on pages read badly (body F1 below 0.8) and false
alarms on pages read well (above 0.95), the publisher shown right / wrong / not at all
(compared loosely), the lede kept, the authors shown that are no person's name by their
shape, and the mean time to read one page (decode, extract, clean: everything
before spaCy; after one page read first, which imports the extractor), in the fastest of
TIMED_PASSES passes, since a shared machine slows some passes down.
"""
import datetime
import json
import re
import sys
import time
from pathlib import Path

from common import SHARED, export, parser, score

from generator.errors import SeedError
from generator.read.line_features import word_run
from generator.read.seeds import read_seed

TIMED_PASSES = 3
MARKUP = re.compile(r"\\[\\`*_\[\]#]|\*\*\S|(?<![\w*])\*[^\s*][^*\n]*\*(?![\w*])|`[^`\n]+`")


def markup(text: str) -> int:
    return len(MARKUP.findall(text))


def shows(page: Path, name: str) -> bool:
    """Whether a page's text holds a name as a whole word, in any case."""
    pattern = r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])"
    return re.search(pattern, page.read_text(encoding="utf-8"), re.IGNORECASE) is not None


def date_forms(iso: str) -> list[str]:
    """The ways a page may write a day: 'November 14, 2019', 'Nov. 14, 2019', '14 November
    2019', 'Nov 14,' (this year's story), '2019-11-14', '11/14/2019', '11/14/19', '14/11/2019',
    '14.11.2019'; the days before and after it too, since a dateline in local time may fall on
    another day than the UTC day of the metadata ('Nov 19, 2019, 10:31 pm CST' is Nov 20)."""
    forms = []
    middle = datetime.date.fromisoformat(iso[:10])
    for day in (middle - datetime.timedelta(days=1), middle, middle + datetime.timedelta(days=1)):
        months = {day.strftime("%B"), day.strftime("%b"), day.strftime("%b") + "."} | ({"Sept."} if day.month == 9 else set())
        short = day.year % 100
        forms += [day.isoformat(), f"{day.day:02d}.{day.month:02d}.{day.year}"]
        for m, d in ((str(day.month), str(day.day)), (f"{day.month:02d}", f"{day.day:02d}")):
            forms += [f"{m}/{d}/{day.year}", f"{m}/{d}/{short:02d}", f"{d}/{m}/{day.year}"]
        for month in months:
            for d in {str(day.day), f"{day.day:02d}"}:
                forms += [f"{month} {d}, {day.year}", f"{month} {d} {day.year}", f"{d} {month} {day.year}", f"{d} {month}, {day.year}", f"{month} {d},"]
    return forms


def shows_date(page: Path, iso: str) -> bool:
    """Whether a page's text writes the day, or the day before or after it, in one of
    `date_forms`, in any case."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", page.read_text(encoding="utf-8"))
    text = re.sub(r"\s+", " ", text).lower()
    return any(re.search(r"(?<![\w/.])" + re.escape(form.lower()) + r"(?![\w/])", text) for form in date_forms(iso))


def _reading_time(pages: list[Path]) -> float:
    started = time.perf_counter()
    for page in pages:
        try:
            read_seed(page)
        except SeedError:
            continue  # reported by the export
    return time.perf_counter() - started


def loose_name(name: str | None) -> str:
    """A publisher's name compared loosely, as the corpus README asks: case, a leading 'The',
    'www.' and a web address's ending aside ('The Vancouver Sun' ~ 'Vancouver Sun', 'Wired.com'
    ~ 'wired')."""
    name = re.sub(r"^(the\s+|www\.)", "", (name or "").casefold().strip())
    name = re.sub(r"\.(com|co\.uk|org|net|com\.au|ca|co\.nz|in|ie|tv)$", "", name)
    return re.sub(r"[^\w]", "", name)


def publishers_shown(kind: str, rows: list[dict], golds: dict) -> str:
    """Of the pages whose silver publisher is known: shown right (loosely), shown wrong, none."""
    have = [r for r in rows if golds[r["id"]].get("publisher")]
    right = sum(1 for r in have if r["publisher"] and loose_name(r["publisher"]) == loose_name(golds[r["id"]]["publisher"]))
    shown = sum(1 for r in have if r["publisher"])
    n = max(len(have), 1)
    return f"{kind} publisher (loose, n={len(have)}): right {right / n:.3f}, wrong {(shown - right) / n:.3f}, none {(len(have) - shown) / n:.3f}"


def doubts_and_ledes(kind: str, rows: list[dict], golds: dict, scorer) -> str:
    """Doubt recall (pages read with body F1 below 0.8 that are doubted) and false alarms (pages
    read above 0.95 that are doubted), and the lede kept: the first 10 words of the gold body's
    first paragraph of 10 words or more (a sentence: the gold keeps a stray 'Story Highlights'
    or '.' as a paragraph here and there) found in the body read."""
    bad = good = bad_doubted = good_doubted = kept = 0
    for r in rows:
        gold = golds[r["id"]].get("body") or ""
        p, rec = scorer.overlap(scorer.tokens(gold), scorer.tokens(r["body"]), 1)
        f1 = scorer.f1(p, rec) if rec is not None else 1.0
        if f1 < 0.8:
            bad, bad_doubted = bad + 1, bad_doubted + bool(r["reading_doubts"])
        elif f1 > 0.95:
            good, good_doubted = good + 1, good_doubted + bool(r["reading_doubts"])
        first = next((paragraph for paragraph in gold.split("\n\n") if len(paragraph.split()) >= 10), "")
        lede = " ".join(word_run(first).split()[:10])
        kept += f" {lede} " in f" {word_run(r['body'])} "
    return (f"{kind} doubted: {bad_doubted}/{bad} of the pages read with body F1 < 0.8, {good_doubted}/{good} of those above 0.95;"
            f" lede kept {kept}/{len(rows)} = {kept / max(len(rows), 1):.3f}")


def looks_like_a_person(author: str) -> bool:
    """Two to four capitalised words a name, no digits, no '@', per name of a list."""
    names = re.split(r"\s*(?:,|&|\band\b)\s*", author)
    return all(2 <= len(name.split()) <= 4 and name[:1].isupper() and not re.search(r"[\d@:/]", name) for name in names if name)


cli = parser(__doc__.splitlines()[0], SHARED / "corpus/raw")
cli.add_argument("--copied", type=Path, default=SHARED / "corpus/copied", help="browser copies of the same pages")
cli.add_argument("--pages", type=Path, default=SHARED / "corpus/pages", help="saved pages and browser copies of 279 sites")
cli.add_argument("--folds", type=int, default=5, help="folds of the cross-validation, grouped by site")
args = cli.parse_args()
scorer = args.eval_dir / "eval_extraction.py"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from line_models import load_scorer  # noqa: E402

scorer_module = load_scorer(args.eval_dir)
readings = (("html", args.corpus), ("txt", args.corpus), ("copied", args.copied), ("pages-html", args.pages), ("pages-txt", args.pages))
for kind, folder in readings:
    suffix = "txt" if kind in ("copied", "pages-txt") else kind.removeprefix("pages-")
    predictions = args.out / f"extraction-{kind}.jsonl"
    pages = sorted(p for p in folder.glob(f"*.{suffix}") if p.with_suffix(".json").exists())
    _reading_time(pages[:1])  # the first call imports trafilatura and lxml: once per process, not per page
    per_page = min(_reading_time(pages) for _ in range(TIMED_PASSES)) / len(pages)
    export(pages, predictions)
    extra = ["--ids-from-txt"] if suffix == "txt" else []
    print(score(scorer, str(predictions), str(folder), "--label", kind, *extra))
    rows = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    for field in ("date", "publisher"):
        gold = {r["id"]: json.loads((folder / f"{r['id']}.json").read_text(encoding="utf-8")).get(field) for r in rows}
        have = [r for r in rows if gold[r["id"]]]
        def right(r: dict) -> bool:
            return (r[field] or "").strip().lower() == gold[r["id"]].strip().lower()

        hits = sum(map(right, have))
        print(f"  {kind} {field}: {hits}/{len(have)} = {hits / max(len(have), 1):.3f}")
        if field == "publisher" and suffix == "txt":  # a copy shows no metadata: the silver name may not be on it
            shown = [r for r in have if shows(folder / f"{r['id']}.txt", gold[r["id"]])]
            hits = sum(map(right, shown))
            print(f"  {kind} publisher, of the pages whose text shows that name: {hits}/{len(shown)} = {hits / max(len(shown), 1):.3f}")
        copy_of = {r["id"]: folder / f"{r['id']}.txt" for r in have}
        if field == "date" and all(copy.exists() for copy in copy_of.values()):  # the silver date comes from the HTML's metadata or address
            shown = [r for r in have if shows_date(copy_of[r["id"]], gold[r["id"]])]
            hits = sum(map(right, shown))
            print(f"  {kind} date, of the pages whose text (a browser's copy) writes that day: {hits}/{len(shown)} = {hits / max(len(shown), 1):.3f}")
    golds = {r["id"]: json.loads((folder / f"{r['id']}.json").read_text(encoding="utf-8")) for r in rows}
    print("  " + publishers_shown(kind, rows, golds))
    marked = sum(1 for r in rows if markup(r["body"]) > markup(golds[r["id"]].get("body") or ""))
    doubted = sum(1 for r in rows if r["reading_doubts"])
    print(f"  {kind} bodies with extractor markup: {marked}/{len(rows)}; pages doubted: {doubted}/{len(rows)}")
    print("  " + doubts_and_ledes(kind, rows, golds, scorer_module))
    no_person = [r["author"] for r in rows if r.get("author") and not looks_like_a_person(r["author"])]
    print(f"  {kind} authors shown: {sum(1 for r in rows if r.get('author'))}, of which no person's name by shape: {len(no_person)} {no_person[:5]}")
    print(f"  {kind} extraction: {1000 * per_page:.1f} ms per page on average (the fastest of {TIMED_PASSES} passes)")
try:
    import sklearn  # noqa: F401  (training only: pip install -e ".[train]")
except ImportError:
    print("cross-validated copy reader: scikit-learn is not installed (pip install -e \".[train]\")")
else:
    from line_models import cross_validated, prepared, prepared_html

    print(f"learned line readers and headline rankers, {args.folds}-fold cross-validation grouped by site (training/line_models.py):")
    print("\n".join(cross_validated(prepared(args.corpus.parent), scorer_module, 1, args.folds)[0]))
    print("\n".join(cross_validated(prepared_html(args.corpus.parent), scorer_module, 1, args.folds)[0]))
