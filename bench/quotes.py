"""Quotes benchmark: export the PolNeAR-derived corpus, score with eval_quotes.py.

    python bench/quotes.py [../shared/corpus/quotes/dev.jsonl] [--resolved ../shared/corpus/quotes/resolved.jsonl]

Prints direct + mixed (partial) quotes, with speaker accuracy for named and for pronoun gold
speakers, then all attributions (reported speech included); for each, the speaker a reader is
shown (right / wrong / left out), the hand-resolved pronoun speakers, `wrong_speaker_rate` and
`left_out_rate`; the shown rows whose cue lacks the negation its verb has in the article
(outside quotation marks); then the export time and the share of the parse time that quote
extraction adds.
"""
import json
import re
import time
from pathlib import Path

from common import SHARED, export, parser, score

from generator.analyse.actors.find import find_actors
from generator.analyse.authorship import narrator
from generator.analyse.nlp import Paragraphs, load_model
from generator.analyse.quotes.assemble import find_quotes


def quote_share(corpus) -> str:
    """The time quote extraction adds to the spaCy parse over the corpus (target: at most 15 %)."""
    nlp = load_model()
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    quoting = 0.0
    for doc in docs:
        paragraphs, index = Paragraphs(doc.text), find_actors(doc)
        started = time.perf_counter()
        find_quotes(doc, index, paragraphs, narrator(doc, index, paragraphs))
        quoting += time.perf_counter() - started
    return f"quote extraction {quoting:.1f} s = {100 * quoting / parse:.1f} % of the spaCy parse ({parse:.1f} s)"

def speakers_by_kind(result: dict) -> str:
    """Speaker accuracy for named and for pronoun gold speakers (the scorer prints all and named)."""
    total, named = result["speaker_accuracy_n"], result["speaker_accuracy_named_n"]
    right, named_right = result["speaker_accuracy"] * total, result["speaker_accuracy_named"] * named
    pronoun = (right - named_right) / max(total - named, 1)
    return f"named {result['speaker_accuracy_named']:.3f} (n={named}), pronoun {pronoun:.3f} (n={total - named})"


def shown(result: dict) -> str:
    """What a reader sees: shown speakers, resolved pronoun speakers, the two rates."""
    return (
        f"shown right/wrong/left out {result['shown_right']}/{result['shown_wrong']}/{result['shown_left_out']} "
        f"(n={result['shown_n']}); resolved pronouns right/wrong/left out {result['resolved_right']}/"
        f"{result['resolved_wrong']}/{result['resolved_left_out']} (n={result['resolved_n']}), accuracy "
        f"{result['resolved_accuracy']:.3f}; wrong_speaker_rate {result['wrong_speaker_rate']:.4f}, "
        f"left_out_rate {result['left_out_rate']:.4f}"
    )


NEGATION = r"(?:\bnot|n't|\bnever)"
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
CUE_REACH = 100  # characters either side of a row's words where its cue is looked for


def cues_without_their_negation(rows: list[dict]) -> tuple[int, int]:
    """Shown rows whose cue verb is negated in the article ('did not say', 'does not deny', "don't
    think": a negation within two words before the cue's verb, within `CUE_REACH` characters of
    the row's words in its paragraph, outside any quotation) while the cue shown lacks it; and the
    rows with a cue."""
    lacking = with_cue = 0
    for row in rows:
        body = row["body"]
        for quote in row["quotes"]:
            if not quote.get("cue") or quote["cue"] == "according to":
                continue
            with_cue += 1
            verb = quote["cue"].split()[-1]
            start, end = max(0, quote["start"] - CUE_REACH), min(len(body), quote["end"] + CUE_REACH)
            before, after = body[start : quote["start"]].split("\n\n")[-1], body[quote["end"] : end].split("\n\n")[0]
            around = QUOTED.sub(" QUOTED ", before + " QUOTED " + after)  # the quote's own negations are no cue's
            negated = re.search(NEGATION + r"(?:\s+\w+){0,2}\s+" + re.escape(verb) + r"\b", around, re.IGNORECASE)
            lacking += bool(negated) and not re.search(NEGATION, quote["cue"], re.IGNORECASE)
    return lacking, with_cue


cli = parser(__doc__.splitlines()[0], SHARED / "corpus/quotes/dev.jsonl")
cli.add_argument("--resolved", type=Path, default=SHARED / "corpus/quotes/resolved.jsonl", help="hand-resolved pronoun speakers")
args = cli.parse_args()
predictions = args.out / "quotes.jsonl"
seconds = export([args.corpus], predictions)
scorer = args.eval_dir / "eval_quotes.py"
resolved = ["--resolved", str(args.resolved)] if args.resolved.exists() else []
direct = score(scorer, "--gold", str(args.corpus), "--pred", str(predictions), "--types", "direct,mixed", *resolved)
print("direct+partial:", direct)
print("direct+partial speaker accuracy by gold speaker:", speakers_by_kind(json.loads(direct)))
print("direct+partial, as a reader sees it:", shown(json.loads(direct)))
everything = score(scorer, "--gold", str(args.corpus), "--pred", str(predictions), *resolved)
print("all:", everything)
print("all, as a reader sees it:", shown(json.loads(everything)))
lacking, with_cue = cues_without_their_negation([json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()])
print(f"rows whose cue lacks the negation of its clause: {lacking} of {with_cue} rows with a cue")
print(f"export: {seconds:.1f} s")
print(quote_share(args.corpus))
