"""Train the learned line readers from the corpora, and report their site-disjoint
cross-validated figures beside the readers they check.

    pip install -e ".[train]"
    python training/line_models.py [--corpus ../shared/corpus] [--folds 5] [--no-write]

Four models, written to `generator/read/models/`: `copy_lines.json` reads browser copies (every
copy of `pages/`, `copied/` and `raw/*.txt` with its gold body; its prior: the hand rules' body),
`page_lines.json` reads saved pages as `page_text` renders them (every page of `pages/` and
`raw/`; its prior: trafilatura's body); `copy_headlines.json` and `page_headlines.json` rank the
headline candidates of each (`headline_model.py`), trained on what readers with line models
that never saw the page read of it (the held-out readings of the cross-validation), each
candidate labelled by whether it is the gold headline.
A line is labelled body when its words run, in order, inside the gold body (a line of four
words or fewer only when it is a whole gold paragraph: a sub-heading). Folds are grouped by
site (`pages/`: the split's template `group`; `copied/` and `raw/`: the address's domain,
shared by a page's two copies), so a figure never rests on a page of a site seen in training.
The model is scikit-learn's gradient-boosted trees, written as plain numbers (each tree's
splits and leaf values); the same corpora give the same bytes. The corpora are read here only to measure and
train: no text of theirs goes into the model but the weights.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from training_common import load_module, training_cli, trees_of  # noqa: E402

from generator.errors import SeedError  # noqa: E402
from generator.read.body import rule_body  # noqa: E402
from generator.read.copied import find_article_in_copy  # noqa: E402
from generator.read.decode import declared_charset, decode  # noqa: E402
from generator.read.headline_model import FEATURES as HEADLINE_FEATURES  # noqa: E402
from generator.read.headline_model import candidates, features, ranked_headline  # noqa: E402
from generator.read.html import extracted, html_reading, with_stray_ends_opened  # noqa: E402
from generator.read.line_features import feature_names, line_features, word_run  # noqa: E402
from generator.read.lines import is_prose, page_lines, same_headline  # noqa: E402
from generator.read.page_body import page_lines_and_prior  # noqa: E402
from generator.trees import model_of  # noqa: E402

MODELS = ROOT / "generator" / "read" / "models"
MAX_SUBHEADING_WORDS = 4
TREES = dict(max_iter=150, max_depth=5, max_leaf_nodes=16, learning_rate=0.1, early_stopping=False, random_state=0)


def load_scorer(eval_dir: Path):
    return load_module(eval_dir / "eval_extraction.py", "eval_extraction")


def domain(url: str | None) -> str:
    host = urlsplit(url or "").hostname or "unknown"
    parts = host.removeprefix("www.").split(".")
    return ".".join(parts[-3:] if len(parts) > 2 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org") else parts[-2:])


def pages(corpus: Path) -> list[dict]:
    """Every copy with its gold record, its corpus and its group."""
    found = []
    for name in ("pages", "copied", "raw"):
        for text_file in sorted((corpus / name).glob("*.txt")):
            gold_file = text_file.with_suffix(".json")
            if not gold_file.exists():
                continue
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            group = gold.get("group") if name == "pages" else None
            found.append({
                "id": text_file.stem, "corpus": name, "gold": gold, "group": group or domain(gold.get("url")),
                "text": decode(text_file.read_bytes(), text_file.name),
            })
    return found


def labels(lines, gold_body: str) -> list[int]:
    """1 for a line whose words run, in order, inside the gold body."""
    body = " " + word_run(gold_body) + " "
    paragraphs = {word_run(p) for p in gold_body.split("\n\n")}
    marks = []
    for line in lines:
        joined = word_run(line.text)
        if not joined:
            marks.append(0)
        elif len(joined.split()) <= MAX_SUBHEADING_WORDS:
            marks.append(int(joined in paragraphs))
        else:
            marks.append(int(f" {joined} " in body))
    return marks


def fit(pages_: list[dict], priors: int) -> dict:
    """Gradient-boosted trees on the lines of `pages_`, each page weighing the same however many
    lines it has, as plain numbers."""
    trained = trees_of([(page["features"], page["labels"]) for page in pages_], TREES)
    return {"features": feature_names(priors), **trained}


RULES_HEADLINES = {"features": HEADLINE_FEATURES, "baseline": -30.0, "trees": []}  # sure of nothing: the rules' headline
HEADLINE_TREES = dict(max_iter=400, max_depth=4, learning_rate=0.03, min_samples_leaf=10, early_stopping=False, random_state=0)


def read(page: dict, model: dict, headlines: dict = RULES_HEADLINES) -> tuple[str, str | None, object, list[str]]:
    """The body and headline a reader gives with the line model `model` and the headline model
    `headlines` (the copy reader for a copy, the page reader for a saved page), what its
    headline ranker read, and the reader's doubts."""
    if page["kind"] == "html":
        found, ranked = html_reading(page["html"], page["id"], page["id"], model_of(model), model_of(headlines))
    else:
        found = find_article_in_copy(page["text"], model_of(model), model_of(headlines))
        ranked = found.headline_page
    return "\n\n".join(block.text for block in found.blocks), found.title, ranked, found.doubts


def fit_headlines(items: list[tuple[object, str | None, str]]) -> dict:
    """The headline ranker's trees on (what the ranker read, gold headline, corpus) triples:
    each candidate labelled by whether it is the gold headline; each corpus weighing the same
    (the 2008 pages of `pages/` outnumber the recent ones of `copied/` four to one), and within
    it each page."""
    rows, corpora = [], []
    for ranked, gold, corpus in items:
        found = candidates(ranked) if ranked is not None else []
        if found:
            rows.append((features(ranked, found), [int(same_headline(candidate.text, gold)) for candidate in found]))
            corpora.append(corpus)
    sizes = {corpus: corpora.count(corpus) for corpus in corpora}
    return {"features": HEADLINE_FEATURES, **trees_of(rows, HEADLINE_TREES, [1.0 / sizes[corpus] for corpus in corpora])}


def scores(scorer, items: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Body P / R / F1 as eval_extraction.py averages them, over (gold body, predicted body)."""
    precisions, recalls = [], []
    for gold, predicted in items:
        p, r = scorer.overlap(scorer.tokens(gold), scorer.tokens(predicted), 1)
        precisions.append(p)
        recalls.append(r if r is not None else None)
    p, r = scorer.mean(precisions), scorer.mean(recalls)
    return p, r, scorer.f1(p, r)


def prepared(corpus: Path) -> list[dict]:
    """Every copy with its lines, their features (the rules' body among them) and their labels."""
    found = pages(corpus)
    for page in found:
        page["kind"] = "txt"
        page["lines"] = page_lines(page["text"])
        prose = [i for i, line in enumerate(page["lines"]) if is_prose(line.text)]
        page["features"] = line_features(page["lines"], set(rule_body(page["lines"], prose)) if prose else set())
        page["labels"] = labels(page["lines"], page["gold"]["body"])
    return found


def prepared_html(corpus: Path) -> list[dict]:
    """Every saved page of `pages/` and `raw/` that trafilatura reads, as a copy renders it, with
    its lines' features (the extractor's body among them) and labels."""
    found = []
    for name in ("pages", "raw"):
        for html_file in sorted((corpus / name).glob("*.html")):
            gold = json.loads(html_file.with_suffix(".json").read_text(encoding="utf-8"))
            data = html_file.read_bytes()
            try:
                html = with_stray_ends_opened(decode(data, html_file.name, declared_charset(data)))  # as the reader reads it
            except SeedError:
                continue
            document, blocks = extracted(html)
            lines, by_extractor = page_lines_and_prior(html, blocks)
            if document is None or not lines:
                continue
            found.append({
                "id": html_file.stem, "corpus": name, "kind": "html", "gold": gold, "html": html, "lines": lines,
                "group": (gold.get("group") if name == "pages" else None) or domain(gold.get("url")),
                "features": line_features(lines, by_extractor), "labels": labels(lines, gold["body"]),
            })
    return found


def cross_validated(found: list[dict], scorer, priors: int, folds: int = 5) -> tuple[list[str], dict]:
    """One line per corpus and reader: the reader the model checks alone (the rules for a copy,
    trafilatura for a saved page), and the learned reader trained on the other folds (grouped
    by site) and read on the held-out one: body P/R/F1 and headline; the headline ranker is
    trained on the held-out readings of the other folds (what a reader with models that never
    saw the page gives it) and ranks the held-out fold's. Also the ranker trained on every
    held-out reading, to ship."""
    from sklearn.model_selection import GroupKFold

    held_out, alone, titles = {}, {}, {}
    splits = list(GroupKFold(n_splits=folds).split(found, groups=[page["group"] for page in found]))
    for train, test in splits:
        model = fit([found[i] for i in train], priors)
        for i in test:
            held_out[i] = read(found[i], model)
    golds = [page["gold"].get("title") for page in found]
    for train, test in splits:
        ranker = model_of(fit_headlines([(held_out[i][2], golds[i], found[i]["corpus"]) for i in train]))
        for i in test:
            ranked = held_out[i][2]
            titles[i] = ranked_headline(ranked, ranker) if ranked is not None and ranked.lines else held_out[i][1]
    # a model sure of nothing leaves the rules' body; one sure of everything trusts the extractor
    checked = {"features": feature_names(priors), "baseline": 30.0 if found[0]["kind"] == "html" else -30.0, "trees": []}
    for i, page in enumerate(found):
        alone[i] = read(page, checked)
    report = []
    for name in ("pages", "copied", "raw"):
        subset = [i for i, page in enumerate(found) if page["corpus"] == name]
        if not subset:
            continue
        kind = found[subset[0]]["kind"]
        for label, results in (("trafilatura" if kind == "html" else "rules", alone), (f"learned, {folds}-fold by site", held_out)):
            body = scores(scorer, [(found[i]["gold"]["body"], results[i][0]) for i in subset])
            right = sum(scorer.loose_title(results[i][1]) == scorer.loose_title(golds[i]) for i in subset)
            report.append(f"{name:7} {kind:4} ({len(subset):3}) {label:24} body P/R/F1 {'/'.join(f'{x:.3f}' for x in body)}"
                          f"  headline, rules {right / len(subset):.3f}")
        ranked_right = sum(scorer.loose_title(titles[i]) == scorer.loose_title(golds[i]) for i in subset)
        report.append(f"{name:7} {kind:4} ({len(subset):3}) {'headline ranker, ' + str(folds) + '-fold':24} headline {ranked_right / len(subset):.3f}")
        report.append(f"{name:7} {kind:4} ({len(subset):3}) {'doubts, ' + str(folds) + '-fold':24} {doubt_figures(scorer, found, held_out, subset)}")
    return report, fit_headlines([(held_out[i][2], golds[i], page["corpus"]) for i, page in enumerate(found)])


def doubt_figures(scorer, found: list[dict], results: dict, subset: list[int]) -> str:
    """How many pages read with body F1 below 0.8 are doubted, and how many read above 0.95."""
    bad, good = [], []
    for i in subset:
        body_f1 = scores(scorer, [(found[i]["gold"]["body"], results[i][0])])[2]
        (bad if body_f1 < 0.8 else good if body_f1 > 0.95 else []).append(bool(results[i][3]))
    return f"doubted: {sum(bad)}/{len(bad)} read with body F1 < 0.8, {sum(good)}/{len(good)} read above 0.95"


def write_model(name: str, model: dict, found: list[dict]) -> None:
    model["trained_on"] = {corpus: sum(page["corpus"] == corpus for page in found) for corpus in ("pages", "copied", "raw")}
    MODELS.mkdir(parents=True, exist_ok=True)
    (MODELS / name).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {(MODELS / name).relative_to(ROOT)}")


def main() -> None:
    args = training_cli(__doc__.splitlines()[0], "report the figures only").parse_args()
    scorer = load_scorer(args.eval_dir)
    readers = (
        ("copy_lines.json", "copy_headlines.json", prepared(args.corpus)),
        ("page_lines.json", "page_headlines.json", prepared_html(args.corpus)),
    )
    for lines_name, headlines_name, found in readers:
        groups = {page["group"] for page in found}
        print(f"{lines_name}: {len(found)} pages, {sum(len(p['lines']) for p in found)} lines, {len(groups)} site groups")
        report, headlines = cross_validated(found, scorer, 1, args.folds)
        print("\n".join(report))
        if not args.no_write:
            write_model(lines_name, fit(found, 1), found)
            write_model(headlines_name, headlines, found)


if __name__ == "__main__":
    main()
