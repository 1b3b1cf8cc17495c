"""Actors benchmark: export the GUM-derived actor corpus, score with eval_actors.py; export the
cards corpus (Reuters news with gold names), score with eval_cards_gold.py.

    python bench/actors.py [../shared/corpus/actors/dev.jsonl] [--genre news,interview] [--names 2000]
                           [--cards ../shared/corpus/cards/dev.jsonl] [--show 20]
                           [--news ../shared/corpus/quotes/dev.jsonl ../shared/corpus/summaries/dev.jsonl]

Prints the actors figures (for the genres given too), the cards corpus's figures for prose and
for tables apart (card precision, junk per 100 documents, kind accuracy, recall, split, merged;
with `--show N`, N examples of each error to read), then the card lint (eval_cards.py: junk
cards per 100 briefings) over the exports of the news corpora (`--news` with no paths: none).
The learned card and kind models' cross-validated figures come from `training/card_model.py`.

Also times the analysis after the parse (actors, quotes, key points) of one article naming
N and then 4N distinct people and places, each quoted: the ratio stays near 4 while merging,
look-ups and descriptions stay linear in the number of actors.
"""
import random
import string
import time
from pathlib import Path

from common import SHARED, export, parser, score

from generator.analyse.article import brief
from generator.analyse.nlp import load_model
from generator.briefing import Article
from generator.read.records import plain_blocks

ap = parser(__doc__.splitlines()[0], SHARED / "corpus/actors/dev.jsonl")
ap.add_argument("--names", type=int, default=2000, help="distinct names in the smaller synthetic article")
ap.add_argument("--genre", default="news,interview", help="also score only these genres (comma list; empty: skip)")
ap.add_argument(
    "--news", nargs="*", type=Path,
    default=[SHARED / "corpus/quotes/dev.jsonl", SHARED / "corpus/summaries/dev.jsonl"],
    help="news corpora whose exports the card lint checks",
)
ap.add_argument("--cards", type=Path, default=SHARED / "corpus/cards/dev.jsonl", help="the cards corpus (gold names); empty: skip")
ap.add_argument("--show", type=int, default=0, help="examples of each error of the cards corpus to print")
args = ap.parse_args()
predictions = args.out / "actors.jsonl"
seconds = export([args.corpus], predictions)
scorer = args.eval_dir / "eval_actors.py"
print(score(scorer, str(args.corpus), str(predictions)))
if args.genre:
    print(f"genres {args.genre}:", score(scorer, str(args.corpus), str(predictions), "--genre", args.genre))
print(f"export: {seconds:.1f} s")
if args.cards:
    cards = args.out / "cards-gold.jsonl"
    export([args.cards], cards)
    for layout in ("prose", "table"):
        shown = ("--show", str(args.show)) if args.show else ()
        print(f"cards corpus, {layout}:", score(args.eval_dir / "eval_cards_gold.py", "--gold", str(args.cards), "--pred", str(cards), "--layout", layout, *shown))
for corpus in args.news:
    cards = args.out / f"cards-{corpus.parent.name}.jsonl"
    export([corpus], cards)
    print(f"cards, {corpus.parent.name}:", score(args.eval_dir / "eval_cards.py", str(cards)))

PARAGRAPH = "“We will come,” {} {} said. The Russian leader told {} in {} that the spokesman {} {} would visit {}."
NAMES_PER_PARAGRAPH = 7


def analysis_seconds(names: int, rng: random.Random) -> float:
    def name() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(8)).title()

    paragraphs = [PARAGRAPH.format(*(name() for _ in range(NAMES_PER_PARAGRAPH))) for _ in range(names // NAMES_PER_PARAGRAPH)]
    article = Article(id="scale", source="scale.txt", title=None, blocks=plain_blocks("\n\n".join(paragraphs)))
    doc = load_model()(article.body)
    started = time.perf_counter()
    brief(article, doc)
    return time.perf_counter() - started


analysis_seconds(NAMES_PER_PARAGRAPH, random.Random(7))  # warm-up: word lists and tables load once, outside the timing
small, large = (analysis_seconds(n, random.Random(7)) for n in (args.names, 4 * args.names))
print(f"analysis after the parse, {args.names} / {4 * args.names} names: {small:.2f} s / {large:.2f} s (ratio {large / small:.1f}; linear = 4)")
