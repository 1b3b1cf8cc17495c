"""Key-points benchmark: export the CNN highlights corpus, score with eval_keypoints.py (ROUGE).

    python bench/keypoints.py [../shared/corpus/summaries/dev.jsonl]

Also scores the first key point alone against the first highlight (the top of a briefing must
say what happened: at least LEAD-1's ROUGE, the body's first sentence), counts the key points
that open with a pronoun or connective (dangling openers), and times key-point selection
against the spaCy parse of the same texts (the ratio must stay under 10 %).
"""
import json
import re
import time

from common import SHARED, export, parser, score

from generator.analyse.keypoints import find_key_points
from generator.analyse.nlp import Paragraphs, load_model
from generator.lexicon.keypoints import DANGLING_OPENERS
from generator.read.records import article_from_record

args = parser(__doc__.splitlines()[0], SHARED / "corpus/summaries/dev.jsonl").parse_args()
predictions = args.out / "keypoints.jsonl"
seconds = export([args.corpus], predictions)
print(score(args.eval_dir / "eval_keypoints.py", str(args.corpus), str(predictions), "--ci"))
points = [p for line in predictions.read_text(encoding="utf-8").splitlines() for p in json.loads(line)["key_points"]]
dangling = [p for p in points if (m := re.match(r"[\W_]*(\w+)", p)) and m.group(1).lower() in DANGLING_OPENERS]

nlp = load_model()
articles = [article_from_record(json.loads(line), "corpus") for line in args.corpus.read_text(encoding="utf-8").splitlines()]
started = time.perf_counter()
docs = list(nlp.pipe((a.body for a in articles), batch_size=32))
parse_seconds = time.perf_counter() - started
started = time.perf_counter()
for article, doc in zip(articles, docs):
    find_key_points(doc, article.blocks, article.title, Paragraphs(doc.text))
select_seconds = time.perf_counter() - started

from rouge_score import rouge_scorer  # noqa: E402  (the scorer's own dependency: pip install -e ".[bench]")

rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
gold = {json.loads(line)["id"]: json.loads(line)["highlights"][0] for line in args.corpus.read_text(encoding="utf-8").splitlines()}
firsts = {row["id"]: (row["key_points"] or [""])[0] for row in map(json.loads, predictions.read_text(encoding="utf-8").splitlines())}
leads = {a.id: next((s.text for s in doc.sents), "") for a, doc in zip(articles, docs)}
for label, candidates in (("first key point", firsts), ("LEAD-1", leads)):
    totals = [0.0, 0.0, 0.0]
    for article_id, highlight in gold.items():
        scored = rouge.score(highlight, candidates.get(article_id, ""))
        totals = [t + scored[m].fmeasure for t, m in zip(totals, ("rouge1", "rouge2", "rougeL"))]
    print(f"{label} vs the first highlight: R1 {100 * totals[0] / len(gold):.2f} R2 {100 * totals[1] / len(gold):.2f} "
          f"RL {100 * totals[2] / len(gold):.2f} (n={len(gold)})")
print(
    f"key points: {len(points)} ({len(points) / max(len(articles), 1):.2f} per article); dangling openers: {len(dangling)}; "
    f"selection {select_seconds:.2f} s / parse {parse_seconds:.2f} s = {100 * select_seconds / parse_seconds:.1f} %; "
    f"export: {seconds:.1f} s"
)
