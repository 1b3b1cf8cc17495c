"""Character classes: the control characters (Unicode's Cc: C0, DEL and C1), and the same less
the ones a text keeps. One definition each, named for what it holds."""
from __future__ import annotations

import re

CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # every one: a page prints none
CONTROLS_BUT_TAB_AND_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what reading removes, once CR is LF
CONTROLS_BUT_LINE_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # what makes a file binary: not tab, LF, CR
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width space, word joiner, a BOM inside the text
# UTF-8 read as windows-1252 ('Kosovoâ€™s'): a lead byte's character, then one to three of the
# characters windows-1252 gives continuation bytes (0x80-0xBF).
CP1252_CONTINUATIONS = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{CP1252_CONTINUATIONS}]{{1,3}}")
