"""Stories benchmark: export the stories corpus (`story` on every line) and score the grouping
with eval_stories.py, overall and per part; then time the grouping alone on 2,000 and 20,000
articles (the corpus's articles, repeated under new ids and later dates) once they are analysed
(each article's bags of words read: their time is given apart) and the time to add one more
article to 20,000.

    python bench/stories.py [../shared/corpus/stories/dev.jsonl] [--grouping-only] [--threshold T] [--window D]

`--grouping-only` groups the articles as read (no analysis: grouping reads the headline, the
paragraphs and the date), which takes seconds instead of the export's minutes and gives the
same stories; use it to try settings, then confirm through the export.
"""
import datetime as dt
import json
import time
from pathlib import Path

from common import SHARED, export, parser, score

from generator.read.records import article_from_record
from generator.stories.grouping import (
    GroupingSettings,
    StoryIndex,
    StoryText,
    group,
    in_time_order,
)

SIZES = (2_000, 20_000)


def texts_of(records: list[dict]) -> list[StoryText]:
    texts = []
    for record in records:
        article = article_from_record(record, record["id"])
        texts.append(StoryText(str(record["id"]), article.title or "", tuple(block.text for block in article.blocks), article.date))
    return texts


def repeated(texts: list[StoryText], count: int) -> list[StoryText]:
    """`count` articles: the corpus again and again, each round under new ids and 30 days later;
    the undated articles of the rounds after the first dated too (one day of the round per
    story-sized batch of ten), as a site's articles almost always are."""
    out = []
    for round_number in range(count // len(texts) + 1):
        shift = dt.timedelta(days=30 * round_number)
        for number, text in enumerate(texts):
            if text.date:
                date = (dt.date.fromisoformat(text.date) + shift).isoformat()
            else:
                date = (dt.date(2030, 1, 1) + shift + dt.timedelta(days=number // 10 % 30)).isoformat() if round_number else None
            out.append(StoryText(f"{text.id}-{round_number}", text.headline, text.paragraphs, date))
    return out[:count]


def timings(texts: list[StoryText], settings: GroupingSettings) -> str:
    found = []
    for size in SIZES:
        many = repeated(texts, size)
        started = time.perf_counter()
        for text in many:
            text.words
        read = time.perf_counter() - started
        started = time.perf_counter()
        group(many, settings)
        found.append(f"{size:,} articles grouped in {time.perf_counter() - started:.2f} s (their words read before in {read:.2f} s)")
    index = StoryIndex(settings)
    for text in in_time_order(repeated(texts, SIZES[-1])):
        index.add(text)
    last = texts[len(texts) // 2]
    started = time.perf_counter()
    index.add(StoryText("one-more", last.headline, last.paragraphs, "2031-01-01"))
    found.append(f"one more added to {SIZES[-1]:,} in {1000 * (time.perf_counter() - started):.1f} ms")
    return "; ".join(found)


def same_day_precision(records: list[dict], predictions: Path, part: str) -> float:
    """B-cubed precision on one part of the corpus, counting against an article only the articles
    of its own day in its story: AllSides' gold story is one day's roundup, so a story that runs
    over days (what grouping is for) is scored wrong there by construction."""
    story_of = {line["id"]: line["story"] for line in map(json.loads, predictions.read_text(encoding="utf-8").splitlines())}
    told = {record["id"]: (record["story"], record["date"]) for record in records if record["corpus"] == part}
    members: dict[str, list[str]] = {}
    for article in told:
        members.setdefault(story_of[article], []).append(article)
    precision = 0.0
    for article, (story, day) in told.items():
        same_day = [other for other in members[story_of[article]] if told[other][1] == day]
        precision += sum(told[other][0] == story for other in same_day) / len(same_day)
    return precision / len(told)


def main() -> None:
    ap = parser(__doc__.splitlines()[0], SHARED / "corpus" / "stories" / "dev.jsonl")
    ap.add_argument("--grouping-only", action="store_true", help="group the articles as read, without the export's analysis")
    ap.add_argument("--threshold", type=float, default=GroupingSettings.threshold)
    ap.add_argument("--window", type=int, default=GroupingSettings.window_days)
    args = ap.parse_args()
    settings = GroupingSettings(threshold=args.threshold, window_days=args.window)
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts_of(records)
    predictions = args.out / "stories.jsonl"
    predictions.parent.mkdir(parents=True, exist_ok=True)
    if args.grouping_only:
        story_of = group(texts, settings)
        predictions.write_text("".join(json.dumps({"id": i, "story": str(s)}) + "\n" for i, s in story_of.items()), encoding="utf-8")
    else:
        seconds = export([args.corpus], predictions)
        print(f"export of {len(records)} articles: {seconds:.0f} s")
    result = json.loads(score(args.eval_dir / "eval_stories.py", str(args.corpus), str(predictions), "--by", "corpus"))
    print("B-cubed all: P {p:.3f} R {r:.3f} F1 {f1:.3f}".format(**result["bcubed"]), f"(pairwise F1 {result['pairwise']['f1']:.3f}, ARI {result['ari']:.3f}; {result['pred_clusters']} stories for {result['gold_clusters']} gold)")
    for part, block in sorted(result.get("by_corpus", {}).items()):
        print(f"  {part}: P {block['bcubed']['p']:.3f} R {block['bcubed']['r']:.3f} F1 {block['bcubed']['f1']:.3f}")
    print(f"  allsides, a story's articles of other days not counted against it: P {same_day_precision(records, predictions, 'allsides'):.3f}")
    print(timings(texts, settings))


if __name__ == "__main__":
    main()
