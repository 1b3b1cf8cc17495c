"""Train the card model (`generator/analyse/actors/card_model.py`) and the kind models
(`kind_model.py`) from the corpora, and report their cross-validated effect on every corpus they
touch.

    pip install -e ".[train]"
    python training/card_model.py [--corpus ../shared/corpus] [--folds 5] [--no-write]

Each document of the cards corpus (`cards/dev.jsonl`, Reuters news with every gold name) and of
the actors corpus (`actors/dev.jsonl`, GUM news, interviews and biographies) is analysed as the
export does; every card it would show (quoted actors aside: they are always kept) is labelled by
whether its name or an alias is a gold actor's name (cards: a PER, ORG or LOC string, as
`eval_cards_gold.py` matches; GUM: any gold actor's name or alias, as `eval_actors.py` does).
The kind models learn, from the cards that match one gold actor of one kind (cards: PER, ORG
or LOC; GUM: its person, organisation or place), whether a card is a person, an organisation,
a place (a country is a place here; `kind_model` tells it by its name).
Each document weighs the same, GUM three times the cards corpus in all. Folds are grouped by
document; the figures are the scorers' own, over the cards that the model trained without the
document keeps, beside the cards shown with no model. The corpora are read here only to measure
and train: the model holds the trees' numbers, no word and no name.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from training_common import load_module, training_cli, trees_of  # noqa: E402

from generator.analyse.actors import find_actors  # noqa: E402
from generator.analyse.actors.card_model import (  # noqa: E402
    CARD_MODEL,
    FEATURES,
    MIN_CARD_PROBABILITY,
    card_features,
    document_evidence,
)
from generator.analyse.actors.countries import country_of  # noqa: E402
from generator.analyse.actors.kind_model import (  # noqa: E402
    KIND_MODEL,
    LEARNED_KINDS,
    MIN_KIND_PROBABILITY,
)
from generator.analyse.authorship import narrator  # noqa: E402
from generator.analyse.nlp import Paragraphs, load_model  # noqa: E402
from generator.analyse.quotes.assemble import find_quotes  # noqa: E402
from generator.briefing import COUNTRY, ORGANISATION, PERSON, PLACE  # noqa: E402
from generator.read.records import article_from_record  # noqa: E402
from generator.trees import model_of, tree_probabilities  # noqa: E402

MODELS = ROOT / "generator" / "analyse" / "actors" / "models"
KEEP_ALL = model_of({"features": FEATURES, "baseline": 30.0, "trees": []})
RULES_KINDS = {kind: model_of({"features": FEATURES, "baseline": -30.0, "trees": []}) for kind in LEARNED_KINDS}
GOLD_KINDS = {"PER": PERSON, "ORG": ORGANISATION, "LOC": PLACE, "person": PERSON, "organization": ORGANISATION, "place": PLACE}
CARD_TREES = dict(max_iter=200, max_depth=4, learning_rate=0.05, min_samples_leaf=20, early_stopping=False, random_state=0)
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)


def analysed(records: list[dict]) -> list[dict]:
    """Each document's cards as the export shows them with no card model: name, kind, aliases,
    whether a quote is attributed to it, and its features."""
    nlp = load_model()
    articles = [article_from_record({key: r.get(key) for key in ("id", "title", "date", "text")}, r["id"]) for r in records]
    found = []
    for record, article, doc in zip(records, articles, nlp.pipe(a.body for a in articles)):
        paragraphs = Paragraphs(doc.text)
        index = find_actors(doc)
        quotes = find_quotes(doc, index, paragraphs, narrator(doc, index, paragraphs, article.author))
        sources = frozenset(id(q.attribution.builder) for q in quotes if q.attribution.attributed)
        actors = index.finish(paragraphs, sources, KEEP_ALL, RULES_KINDS)
        builders = {b.id: b for b in index.builders if b.carded}
        document = document_evidence(doc)
        cards = [
            {"name": a.name, "kind": a.kind, "rule_kind": a.kind, "aliases": a.aliases, "source": id(builders[a.id]) in sources,
             "settled": builders[a.id].settled, "features": card_features(builders[a.id], doc, document)}
            for a in actors
        ]
        found.append({"id": record["id"], "record": record, "cards": cards})
    return found


def label_cards(found: list[dict], corpus: str, scorer) -> None:
    """Mark each card an actor (1) or not (0) by the corpus's gold names, as its scorer matches,
    and give it the gold kind of the one actor it matches (None: none, or several kinds)."""
    for document in found:
        record = document["record"]
        if corpus == "cards":
            gold = scorer.Gold(list(record.get("entities") or []) + list(record.get("title_entities") or []))
        for card in document["cards"]:
            if corpus == "cards":
                matched = scorer.card_strings(card) & gold.actor_strings
                kinds = set().union(*(gold.types[s] for s in matched)) & set(GOLD_KINDS) if matched else set()
            else:
                actors = [actor for actor in record.get("actors") or [] if scorer.strings(actor) & scorer.strings(card)]
                matched, kinds = actors, {scorer.kind_of(actor) for actor in actors}
            card["label"] = int(bool(matched))
            card["gold_kind"] = GOLD_KINDS.get(kinds.pop()) if len(kinds) == 1 else None


def fit(documents: list[tuple[dict, float]], target=lambda card: card["label"], kept=lambda card: not card["source"]) -> dict:
    """Trees on the cards of `documents` that `kept` keeps, labelled by `target`, each document
    weighing its given weight."""
    items = [([c["features"] for c in d["cards"] if kept(c)], [target(c) for c in d["cards"] if kept(c)]) for d, _ in documents]
    return {"features": FEATURES, **trees_of(items, CARD_TREES, [weight for _, weight in documents])}


def fit_kinds(documents: list[tuple[dict, float]]) -> dict:
    return {kind: fit(documents, lambda card, kind=kind: int(card["gold_kind"] == kind), lambda card: card["gold_kind"] is not None)
            for kind in LEARNED_KINDS}


def probabilities(model: dict, kinds: dict, documents: list[dict]) -> None:
    """Each card's P(actor) (`p`; 1 for a quoted one) and its kind as the kind models would
    make it (`kind`; the rules' where they are not sure)."""
    compiled, kind_models = model_of(model), {kind: model_of(kinds[kind]) for kind in LEARNED_KINDS}
    for document in documents:
        cards = document["cards"]
        if not cards:
            continue
        rows = np.array([c["features"] for c in cards], dtype=float)
        chances = {kind: tree_probabilities(kind_models[kind], rows) for kind in LEARNED_KINDS}
        for i, (card, p) in enumerate(zip(cards, tree_probabilities(compiled, rows))):
            card["p"] = 1.0 if card["source"] else p
            card["kind"] = _surest(card, {kind: chances[kind][i] for kind in LEARNED_KINDS})


def _surest(card: dict, chances: dict[str, float]) -> str:
    """As `kind_model._surest`, on a card of the training data."""
    best = max(LEARNED_KINDS, key=lambda kind: chances[kind])
    if card["rule_kind"] not in LEARNED_KINDS or card["settled"] or best == card["rule_kind"] or chances[best] < MIN_KIND_PROBABILITY:
        return card["rule_kind"]
    return COUNTRY if best == PLACE and country_of(card["name"]) else best


def export_lines(documents: list[dict], threshold: float | None) -> list[dict]:
    return [
        {"id": d["id"], "actors": [{k: c[k] for k in ("name", "kind", "aliases")} for c in d["cards"]
                                   if threshold is None or c["source"] or c["p"] >= threshold]}
        for d in documents
    ]


def cards_figures(scorer, documents: list[dict], threshold: float | None) -> str:
    lines = {line["id"]: line for line in export_lines(documents, threshold)}
    parts = []
    for layout in ("prose", "table"):
        gold = {d["id"]: d["record"] for d in documents if (d["record"].get("meta") or {}).get("layout") == layout}
        figures, _ = scorer.evaluate(gold, {k: v for k, v in lines.items() if k in gold})
        parts.append(f"{layout}: P {figures['card_precision']:.3f}, junk {figures['junk_per_100_docs']:.1f}/100 (misc "
                     f"{figures['misc_per_100_docs']:.1f}), kind {figures['kind_accuracy']:.3f}, R {figures['recall']:.3f}")
    return "; ".join(parts)


def gum_figures(corpus_file: Path, scorer_file: Path, documents: list[dict], threshold: float | None) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        out.write("".join(json.dumps(line) + "\n" for line in export_lines(documents, threshold)))
    result = subprocess.run([sys.executable, str(scorer_file), str(corpus_file), out.name], capture_output=True, text=True)
    Path(out.name).unlink()
    return result.stdout.splitlines()[0] if result.stdout else result.stderr.strip()


def cross_validated(corpora: dict[str, list[dict]], folds: int) -> None:
    """Fold k holds every k-th document of each corpus out; its cards are scored by models
    trained on the other folds."""
    for k in range(folds):
        train = [(d, weight) for docs, weight in _weighted(corpora) for i, d in enumerate(docs) if i % folds != k]
        probabilities(fit(train), fit_kinds(train), [d for docs in corpora.values() for i, d in enumerate(docs) if i % folds == k])


CORPUS_WEIGHTS = {"cards": 1.0, "gum": 3.0}


def _weighted(corpora: dict[str, list[dict]]) -> list[tuple[list[dict], float]]:
    """Each document of a corpus weighs the same, and each corpus its CORPUS_WEIGHTS in all: GUM
    three times the cards corpus, since its news, interviews and biographies are the only text
    here that is not 1996 wire copy (at equal weight the kind models learned the wire's
    conventions and cost GUM 0.008 of kind accuracy, cross-validated)."""
    return [(docs, 1000.0 * CORPUS_WEIGHTS[name] / len(docs)) for name, docs in corpora.items()]


def main() -> None:
    args = training_cli(__doc__.splitlines()[0], "report only; leave the shipped model as it is").parse_args()
    cards_scorer = load_module(args.eval_dir / "eval_cards_gold.py", "eval_cards_gold")
    gum_scorer = load_module(args.eval_dir / "eval_actors.py", "eval_actors")
    gum_file = args.corpus / "actors" / "dev.jsonl"
    read = lambda path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]  # noqa: E731
    corpora = {"cards": analysed(read(args.corpus / "cards" / "dev.jsonl")), "gum": analysed(read(gum_file))}
    label_cards(corpora["cards"], "cards", cards_scorer)
    label_cards(corpora["gum"], "gum", gum_scorer)
    print("no card model, the rules' kinds:")
    report(corpora, cards_scorer, gum_file, args.eval_dir, None)
    cross_validated(corpora, args.folds)
    print(f"{args.folds}-fold by document, no card model, learned kinds:")
    report(corpora, cards_scorer, gum_file, args.eval_dir, None)
    for threshold in THRESHOLDS:
        chosen = " (shipped)" if threshold == MIN_CARD_PROBABILITY else ""
        print(f"{args.folds}-fold by document, card threshold {threshold}{chosen}, learned kinds:")
        report(corpora, cards_scorer, gum_file, args.eval_dir, threshold)
    everything = [(d, weight) for docs, weight in _weighted(corpora) for d in docs]
    model, kinds = fit(everything), fit_kinds(everything)
    probabilities(model, kinds, [d for docs in corpora.values() for d in docs])
    print(f"all development, card threshold {MIN_CARD_PROBABILITY}, learned kinds:")
    report(corpora, cards_scorer, gum_file, args.eval_dir, MIN_CARD_PROBABILITY)
    if not args.no_write:
        MODELS.mkdir(parents=True, exist_ok=True)
        (MODELS / CARD_MODEL).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        (MODELS / KIND_MODEL).write_text(json.dumps(kinds, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODELS / CARD_MODEL} and {MODELS / KIND_MODEL}")


def report(corpora: dict[str, list[dict]], cards_scorer, gum_file: Path, eval_dir: Path, threshold: float | None) -> None:
    print("  cards " + cards_figures(cards_scorer, corpora["cards"], threshold))
    print("  GUM " + gum_figures(gum_file, eval_dir / "eval_actors.py", corpora["gum"], threshold))


if __name__ == "__main__":
    main()
