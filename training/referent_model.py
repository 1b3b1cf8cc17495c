"""Train the referent ranker (`generator/analyse/referent_ranker.py`) from the corpora, and report
its cross-validated accuracy.

    pip install -e ".[train]"
    python training/referent_model.py [--corpus ../shared/corpus] [--folds 5] [--no-write]

Examples: every pronoun speaker of the quotes corpus's 90 hand-resolved articles
(`quotes/resolved.jsonl`: the referent's fullest name) and every pronoun of GUM's news,
interviews and biographies (`actors/dev.jsonl`: coreference chains) that the resolver is asked
about, as the export analyses the article. Each candidate the resolver gathers is labelled by
whether it is the gold referent (quotes: the referent's last name among the candidate's names;
GUM: one of the candidate's mentions in the gold chain). Each question weighs the same, the quotes
corpus's twice GUM's. The resolver's later questions depend on its earlier answers (a pronoun
resolved surely is a mention of its referent), so training runs in rounds: the first with a
model that resolves nothing, each next one over the answers of the model the round before.

Cross-validation is grouped by document (the rounds rerun inside each fold); the figure is what a
reader would see for each gold pronoun: the referent shown right, wrong, or left out (confidence
below 0.6). The model holds the trees' numbers, no word and no name.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from training_common import training_cli, trees_of  # noqa: E402

import generator.analyse.coreference as coreference  # noqa: E402
import generator.analyse.quotes.speakers as speakers  # noqa: E402
import generator.analyse.referent_ranker as referent_ranker  # noqa: E402
from generator.analyse.actors import find_actors  # noqa: E402
from generator.analyse.authorship import narrator  # noqa: E402
from generator.analyse.nlp import Paragraphs, load_model  # noqa: E402
from generator.analyse.quotes.assemble import find_quotes  # noqa: E402
from generator.read.records import article_from_record  # noqa: E402
from generator.trees import model_of  # noqa: E402

MODEL_FILE = ROOT / "generator" / "analyse" / "models" / "referents.json"
TREES = dict(max_iter=150, max_depth=3, learning_rate=0.05, min_samples_leaf=20, early_stopping=False, random_state=0)
ROUNDS = 3
QUOTES_WEIGHT = 2.0
NAMED_KINDS = {"person", "organisation", "organization", "group", "country"}
EMPTY = {"features": referent_ranker.FEATURES, "baseline": 0.0, "trees": []}


def documents(corpus: Path) -> list[dict]:
    """The 90 resolved quotes articles with their gold pronoun referents (by character offset), and
    GUM's documents with their gold chains (each mention's character span -> its actor)."""
    resolved: dict[str, dict[int, str]] = {}
    for line in (corpus / "quotes" / "resolved.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["named"] and entry["resolved"] and entry["kind"] in NAMED_KINDS:
            resolved.setdefault(entry["id"], {})[entry["speaker_start"]] = entry["resolved"]
    found = []
    for line in (corpus / "quotes" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] in resolved:
            found.append({"id": record["id"], "corpus": "quotes", "record": record, "gold": resolved[record["id"]]})
    for line in (corpus / "actors" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        chains = {tuple(span): number for number, actor in enumerate(record["actors"]) for span in actor["mentions"]}
        found.append({"id": record["id"], "corpus": "gum", "record": record, "gold": chains})
    return found


def parse(found: list[dict]) -> None:
    """Each document's body as the export reads it, parsed once, with the offset of the body in
    the corpus text (the gold's offsets are the text's)."""
    nlp = load_model()
    articles = [article_from_record({k: d["record"].get(k) for k in ("id", "title", "date", "text")}, d["id"]) for d in found]
    for document, article, doc in zip(found, articles, nlp.pipe(a.body for a in articles)):
        document["doc"], document["author"] = doc, article.author
        document["offsets"] = _offsets(doc.text, document["record"]["text"])


def _offsets(body: str, text: str) -> dict[int, int]:
    """Each character of the body at its offset in the corpus text (the reader evens out spaces)."""
    blocks = difflib.SequenceMatcher(None, body, text, autojunk=False).get_matching_blocks()
    return {a + k: b + k for a, b, size in blocks for k in range(size)}


class _Recorder:
    """Keeps every question the resolver is asked in one document: the pronoun, its candidates and
    their rows, and the answer the current model gives."""

    def __init__(self):
        self.questions: list[dict] = []
        self.referents: list = []

    def ranked(self, query, candidates, last_speaker):
        best, confidence = _RANKED(query, candidates, last_speaker)
        rows = referent_ranker.candidate_rows(query, candidates, last_speaker)
        self.questions.append({"query": query, "builders": [c.builder for c in candidates], "rows": rows.tolist(),
                               "answer": candidates[best].builder, "confidence": confidence})
        return best, confidence


_RANKED = referent_ranker.ranked


def questions_of(document: dict, model: dict) -> list[dict]:
    """The resolver's questions on one document under `model`, each labelled by the gold."""
    recorder = _Recorder()
    coreference.ranked = recorder.ranked
    referent_ranker.REFERENT_MODEL = model_of(model)

    class Recorded(coreference.Referents):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            recorder.referents.append(self)

    speakers.Referents = Recorded
    try:
        doc = document["doc"]
        paragraphs, index = Paragraphs(doc.text), find_actors(doc)
        find_quotes(doc, index, paragraphs, narrator(doc, index, paragraphs, document["author"]))
        for referents in recorder.referents:
            referents._catch_up(len(doc))  # the narration's pronouns after the last quote: GUM's questions
    finally:
        coreference.ranked, speakers.Referents = _RANKED, coreference.Referents
    labelled = []
    for question in recorder.questions:
        labels = _labels(document, question)
        if labels is not None:
            labelled.append({**question, "labels": labels})
    return labelled


def _labels(document: dict, question: dict) -> list[int] | None:
    """1 for each candidate that is the gold referent, 0 for the others; None when the gold says
    nothing of this pronoun."""
    doc, offsets = document["doc"], document["offsets"]
    token = doc[question["query"].position]
    start = offsets.get(token.idx, -1)
    if document["corpus"] == "quotes":
        gold = document["gold"].get(start)
        if gold is None:
            return None
        last = _words(gold)[-1:]
        return [int(b is not None and bool(last) and last[0] in {w for n in b.names + [b.name] for w in _words(n)}) for b in question["builders"]]
    chain = document["gold"].get((start, offsets.get(token.idx + len(token.text) - 1, -2) + 1))
    if chain is None:
        return None
    return [int(b is not None and any(document["gold"].get(_span(doc, m, offsets)) == chain for m in b.mentions)) for b in question["builders"]]


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w’'-]+", name) if w[0].isalpha()]


def _span(doc, mention, offsets: dict[int, int]) -> tuple[int, int]:
    span = doc[mention.start : mention.end]
    return offsets.get(span.start_char, -1), offsets.get(span.end_char - 1, -2) + 1


def fit(questions: list[tuple[dict, float]]) -> dict:
    """Trees over the candidates of `questions`, each question weighing its corpus's weight."""
    items = [(q["rows"], q["labels"]) for q, _ in questions]
    data = trees_of(items, TREES, [weight for _, weight in questions])
    return {"features": referent_ranker.FEATURES, **data}


def trained(train: list[dict]) -> dict:
    """The model after ROUNDS rounds over the training documents."""
    model = EMPTY
    for _ in range(ROUNDS):
        questions = [(q, QUOTES_WEIGHT if d["corpus"] == "quotes" else 1.0) for d in train for q in questions_of(d, model)]
        model = fit(questions)
    return model


def tally(documents_: list[dict], model: dict) -> dict[str, list[int]]:
    """Per corpus: the gold pronouns whose referent is shown right, wrong, or left out under
    `model` (a pronoun whose referent is among no candidates counts too: shown, it is wrong)."""
    counts = {"quotes": [0, 0, 0], "gum": [0, 0, 0]}
    for document in documents_:
        for question in questions_of(document, model):
            shown = question["confidence"] >= coreference.MIN_CONFIDENCE and question["answer"] is not None
            right = shown and question["labels"][question["builders"].index(question["answer"])]
            counts[document["corpus"]][0 if right else 1 if shown else 2] += 1
    return counts


def report(name: str, counts: dict[str, list[int]]) -> None:
    for corpus, (right, wrong, left) in counts.items():
        total = right + wrong + left
        print(f"{name:<28} {corpus:<6} right/wrong/left out {right}/{wrong}/{left} (n={total}), accuracy {right / max(total, 1):.3f}")


def main() -> None:
    args = training_cli(__doc__.splitlines()[0], "only report the figures").parse_args()
    found = documents(args.corpus)
    parse(found)
    folds: dict[str, list[int]] = {"quotes": [0, 0, 0], "gum": [0, 0, 0]}
    for fold in range(args.folds):
        test = [d for i, d in enumerate(found) if i % args.folds == fold]
        model = trained([d for i, d in enumerate(found) if i % args.folds != fold])
        for corpus, counts in tally(test, model).items():
            folds[corpus] = [a + b for a, b in zip(folds[corpus], counts)]
    report(f"{args.folds}-fold by document", folds)
    model = trained(found)
    report("all (training documents)", tally(found, model))
    if not args.no_write:
        MODEL_FILE.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
