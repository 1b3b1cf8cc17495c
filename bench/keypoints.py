"""Key-points benchmark: export the CNN highlights corpus, score with eval_keypoints.py (ROUGE).

    python bench/keypoints.py [../shared/corpus/summaries/dev.jsonl]

Also counts the key points that open with a pronoun or connective (dangling openers).
"""
import json
import re

from common import SHARED, export, parser, score

from generator.keypoints import DANGLING_OPENERS

args = parser(__doc__.splitlines()[0], SHARED / "corpus/summaries/dev.jsonl").parse_args()
predictions = args.out / "keypoints.jsonl"
seconds = export([args.corpus], predictions)
print(score(args.eval_dir / "eval_keypoints.py", str(args.corpus), str(predictions), "--ci"))
points = [p for line in predictions.read_text(encoding="utf-8").splitlines() for p in json.loads(line)["key_points"]]
dangling = [p for p in points if (m := re.match(r"[\W_]*(\w+)", p)) and m.group(1).lower() in DANGLING_OPENERS]
print(f"key points: {len(points)}; dangling openers: {len(dangling)}; export: {seconds:.1f} s")
