"""Quotes benchmark: export the PolNeAR-derived corpus, score with eval_quotes.py.

    python bench/quotes.py [../shared/corpus/quotes/dev.jsonl]

Prints two lines: direct + mixed (partial) quotes, then all attributions (reported speech included).
"""
from common import SHARED, export, parser, score

args = parser(__doc__.splitlines()[0], SHARED / "corpus/quotes/dev.jsonl").parse_args()
predictions = args.out / "quotes.jsonl"
seconds = export([args.corpus], predictions)
scorer = args.eval_dir / "eval_quotes.py"
print("direct+partial:", score(scorer, "--gold", str(args.corpus), "--pred", str(predictions), "--types", "direct,mixed"))
print("all:", score(scorer, "--gold", str(args.corpus), "--pred", str(predictions)))
print(f"export: {seconds:.1f} s")
