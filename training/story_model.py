"""Train the story scorer (`generator/stories/likeness.py`) on the stories corpus, and report its
cross-validated B-cubed figures.

    pip install -e ".[train]"
    python training/story_model.py [--corpus ../shared/corpus] [--folds 5] [--no-write]

Examples: each article of `stories/dev.jsonl`, taken in the order grouping takes them, against
each candidate story grouping gathers for it (its rows of features), labelled by whether the
story is the article's own. Grouping's later choices depend on its earlier ones, and a story
grouped wrongly looks unlike any gold story, so training runs in rounds: the first follows the
gold stories (a row's label: the candidate is the article's gold story), each next one follows
the choices of the model the round before (a row's label: most of the candidate's articles are of
the article's gold story); a round's rows join the earlier rounds'. An AllSides article's rows
against stories of other days are left out (`trusted`): that part's gold story is one day's
roundup, so its labels would teach that a story never runs over days.

Cross-validation holds out whole stories (`--folds` groups, the rounds rerun inside each fold):
each fold's model groups the whole corpus, and the held-out articles are scored with B-cubed
(`../shared/eval/eval_stories.py`'s measure: each article's precision and recall within its
predicted and gold stories). The corpus's `story` and `corpus` fields are read only here, never
by grouping. The model holds the trees' numbers, no word and no name.
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from training_common import training_cli, trees_of  # noqa: E402

from generator.read.records import article_from_record  # noqa: E402
from generator.stories import grouping  # noqa: E402
from generator.stories.likeness import FEATURES  # noqa: E402
from generator.trees import model_of, tree_probabilities  # noqa: E402

DAYS_APART = FEATURES.index("days apart in windows")
MODEL_FILE = ROOT / "generator" / "stories" / "models" / "stories.json"
TREES = dict(max_iter=150, max_depth=4, learning_rate=0.08, min_samples_leaf=20, early_stopping=False, random_state=0)
ROUNDS = 2
SEED = 0


@dataclass(frozen=True)
class Corpus:
    texts: list[grouping.StoryText]  # in the order grouping takes them
    gold: dict[str, str]  # article -> its gold story
    part: dict[str, str]  # article -> the corpus it comes from


def read_corpus(path: Path) -> Corpus:
    """The articles as grouping reads them, their gold stories and their corpus parts."""
    texts, gold, part = [], {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = article_from_record(record, record["id"])
        texts.append(grouping.StoryText(str(record["id"]), article.title or "", tuple(block.text for block in article.blocks), article.date))
        gold[str(record["id"])] = record["story"]
        part[str(record["id"])] = record["corpus"]
    return Corpus(grouping.in_time_order(texts), gold, part)


def scorer_of(data: dict):
    model = model_of({**data, "features": list(FEATURES)})
    return lambda rows: tree_probabilities(model, rows)


def trusted(article: str, rows: list[list[float]], labels: list[int], part: dict[str, str]) -> tuple[list, list[int]]:
    """The rows whose labels say what they should. An AllSides story is one day's roundup, so a
    row of an AllSides article against a story of another day is left out: the next day's
    roundup of a developing story is labelled another story, and learnt, it would teach that a
    story never runs over days (BASIL's do)."""
    if part[article] != "allsides":
        return rows, labels
    kept = [at for at, row in enumerate(rows) if row[DAYS_APART] == 0]
    return [rows[at] for at in kept], [labels[at] for at in kept]


def following_gold(corpus: Corpus, learned: set[str]) -> list[tuple[list, list[int]]]:
    """Rows and labels of the articles of `learned` stories, each article joining its gold story."""
    index, number_of, examples, gold = grouping.StoryIndex(grouping.GroupingSettings()), {}, [], corpus.gold

    def choose(text: grouping.StoryText, rows: list[list[float]], candidates: list[int]) -> int | None:
        story = gold[text.id]
        if story in learned and rows:
            labels = [int(gold[index.stories[number].ids[0]] == story) for number in candidates]
            examples.append(trusted(text.id, rows, labels, corpus.part))
        return number_of.get(story)

    for text in corpus.texts:
        number_of[gold[text.id]] = index.add_choosing(text, choose)
    return examples


def following_model(corpus: Corpus, learned: set[str], scorer) -> tuple[list, dict[str, int]]:
    """Rows and labels of the articles of `learned` stories as the model groups the corpus, and
    the stories it finds."""
    index, examples, gold = grouping.StoryIndex(grouping.GroupingSettings(), scorer), [], corpus.gold

    def choose(text: grouping.StoryText, rows: list[list[float]], candidates: list[int]) -> int | None:
        story = gold[text.id]
        if story in learned and rows:
            labels = []
            for number in candidates:
                ids = index.stories[number].ids
                labels.append(int(2 * sum(gold[other] == story for other in ids) > len(ids)))
            examples.append(trusted(text.id, rows, labels, corpus.part))
        return index.likeliest(text, rows, candidates)

    for text in corpus.texts:
        index.add_choosing(text, choose)
    return examples, index.story_of


def trained(corpus: Corpus, learned: set[str]) -> dict:
    examples = following_gold(corpus, learned)
    data = trees_of(examples, TREES, [float(len(marks)) for _, marks in examples])
    for _ in range(ROUNDS):
        more, _ = following_model(corpus, learned, scorer_of(data))
        examples += more
        data = trees_of(examples, TREES, [float(len(marks)) for _, marks in examples])
    return {"features": list(FEATURES), **data}


def bcubed(story_of: dict[str, int], gold: dict[str, str], ids: list[str]) -> dict[str, tuple[float, float]]:
    """Each article's B-cubed precision and recall."""
    found, told = defaultdict(set), defaultdict(set)
    for article, story in story_of.items():
        found[story].add(article)
    for article, story in gold.items():
        told[story].add(article)
    scores = {}
    for article in ids:
        shared = len(found[story_of[article]] & told[gold[article]])
        scores[article] = (shared / len(found[story_of[article]]), shared / len(told[gold[article]]))
    return scores


def figures(scores: dict[str, tuple[float, float]], ids: list[str]) -> str:
    precision = sum(scores[i][0] for i in ids) / len(ids)
    recall = sum(scores[i][1] for i in ids) / len(ids)
    return f"P {precision:.3f} R {recall:.3f} F1 {2 * precision * recall / (precision + recall):.3f}"


def main() -> None:
    args = training_cli(__doc__.splitlines()[0], "report the cross-validated figures only").parse_args()
    corpus = read_corpus(args.corpus / "stories" / "dev.jsonl")
    gold, part = corpus.gold, corpus.part
    stories = sorted(set(gold.values()))
    random.Random(SEED).shuffle(stories)
    fold_of = {story: number % args.folds for number, story in enumerate(stories)}
    scores: dict[str, tuple[float, float]] = {}
    for fold in range(args.folds):
        data = trained(corpus, {story for story in stories if fold_of[story] != fold})
        _, story_of = following_model(corpus, set(), scorer_of(data))
        scores.update(bcubed(story_of, gold, [i for i in gold if fold_of[gold[i]] == fold]))
        print(f"fold {fold + 1}/{args.folds} done", file=sys.stderr)
    print(f"cross-validated ({args.folds} folds by story), B-cubed: all {figures(scores, list(gold))}")
    for name in sorted(set(part.values())):
        print(f"  {name}: {figures(scores, [i for i in gold if part[i] == name])}")
    if not args.no_write:
        MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
        MODEL_FILE.write_text(json.dumps(trained(corpus, set(stories)), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
