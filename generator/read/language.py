"""Which language an article is written in: by script, then by the share of common words.

Small on purpose, and no dependency: the analysis is English-only, so this only needs to tell
English from the languages a newsroom is likely to paste, and say which one it is. The
language is shown on the briefing's page, and `build` warns about an article that is not in
English (a `language` in the front matter or a sidecar wins over the detection).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

COMMON_WORDS = {
    "en": "the of and to in is that for it was on with as he said by at from his be have are this but not",
    "pt": "de que o a e do da em um para com não uma os no se na por mais as dos como mas ao ele das",
    "es": "de la que el en y los del se las por un para con no una su al es lo como más pero sus le",
    "fr": "de la le et les des en du un une est que dans pour qui au il pas sur par plus ne se ce avec",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an",
    "it": "di e il la che in a per un del non è una le si con da dei al della sono gli come più anche",
    "id": "yang dan di itu dengan untuk tidak ini dari dalam akan pada juga saya ke karena ada oleh",
    "nl": "de en van het een in is dat op te zijn met voor niet aan er die maar om ook als dan bij",
}
SCRIPTS = (("CYRILLIC", "ru"), ("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"),
           ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("THAI", "th"), ("DEVANAGARI", "hi"))
PROFILES = {lang: set(words.split()) for lang, words in COMMON_WORDS.items()}
SAMPLE = 20_000


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:SAMPLE]
    letters = Counter(ch for ch in sample if ch.isalpha())
    if letters.total() < 20:
        return None
    script = _main_script(letters)
    if script:
        return script
    words = re.findall(r"[^\W\d_]+", sample.lower())
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in profile) for lang, profile in PROFILES.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else None


def _main_script(letters: Counter[str]) -> str | None:
    """A non-Latin script used by most letters, as a language code (each distinct letter looked
    up once: a page has a few dozen)."""
    tally: Counter[str] = Counter()
    for ch, count in letters.items():
        name = "LATIN" if ch.isascii() else unicodedata.name(ch, "")
        tally[next((lang for script, lang in SCRIPTS if name.startswith(script)), "latin")] += count
    total = letters.total()
    script, count = tally.most_common(1)[0]
    if script == "ja" or (script == "zh" and tally["ja"] > 0.05 * total):
        return "ja"
    return script if script != "latin" and count > 0.5 * total else None
