"""Character classes: the control characters (Unicode's Cc: C0, DEL and C1), and the same less
the ones a text keeps. One definition each, named for what it holds."""
from __future__ import annotations

import re

CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # every one: a page prints none
CONTROLS_BUT_TAB_AND_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what reading removes, once CR is LF
CONTROLS_BUT_LINE_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # what makes a file binary: not tab, LF, CR
