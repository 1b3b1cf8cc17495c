"""Actors benchmark: export the GUM-derived actor corpus, score with eval_actors.py.

    python bench/actors.py [../shared/corpus/actors/dev.jsonl]
"""
from common import SHARED, export, parser, score

args = parser(__doc__.splitlines()[0], SHARED / "corpus/actors/dev.jsonl").parse_args()
predictions = args.out / "actors.jsonl"
seconds = export([args.corpus], predictions)
print(score(args.eval_dir / "eval_actors.py", str(args.corpus), str(predictions)))
print(f"export: {seconds:.1f} s")
