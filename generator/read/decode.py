"""Bytes to text: BOM-marked UTF-8/16, UTF-8, a page's declared charset (an HTML page's
`<meta charset>` or `http-equiv` Content-Type, used when its bytes are not UTF-8), else line by
line (UTF-8, then cp1252: a cp1252 file, or one mixing the two, reads right); NFC, LF line
ends, no control characters but newline and tab. A binary or mostly undecodable file is a
SeedError naming it.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from generator.errors import SeedError
from generator.lexicon.characters import (
    CONTROLS_BUT_LINE_BREAKS,
    CONTROLS_BUT_TAB_AND_NEWLINE,
    INVISIBLE,
    MOJIBAKE,
)

MAX_REPLACED_SHARE = 0.01
MAX_NUL_SHARE = 0.001  # more NUL bytes than this: a binary file (or UTF-16 without its BOM)
CHARSET_REACH = 4096  # a page declares its charset in the first bytes of its head
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
TYPEWRITER_QUOTE = re.compile(r"''|``")
# a space goes after each; two patterns, each opening with what it scans for, run several times
# faster than one alternation over a page's HTML (no look-behind: scanned fast)
CLOSING_QUOTE_TOUCHING = re.compile(r"[,.!?]”(?=\w)")
COLON_TOUCHING_QUOTE = re.compile(r":(?=[“\"]\w)")


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes to NFC text with LF line ends.

    BOM-marked UTF-8/16 first; then UTF-8 when the bytes are valid in it (no other codec's text
    is); then the charset the file declares (an HTML page's `<meta>`), when it names a known
    codec and the bytes are valid in it; otherwise line by line (UTF-8, then cp1252), so a file
    pasted together from UTF-8 and cp1252 parts reads right. A few broken bytes become U+FFFD;
    a file that is mostly undecodable is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], "utf-8", source)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", source)
    elif data.count(b"\x00") > MAX_NUL_SHARE * len(data):
        raise SeedError(source, "binary file (contains NUL bytes), not an article")
    else:
        data = data.replace(b"\x00", b"")  # a stray NUL in a saved page, which browsers ignore
        text = _decoded(data, "utf-8") or (_decoded(data, declared) if declared else None) or _by_lines(data, source)
    if _control_share(text) > 0.01 and _control_share(MOJIBAKE.sub(_read_again, text)) > 0.01:  # mojibake's C1 is no binary
        raise SeedError(source, "binary file (control characters), not an article")
    return normalise_text(text)


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML page names in its head (`<meta charset="...">` or the `http-equiv`
    Content-Type), if Python knows it; None for UTF-8, which is tried anyway."""
    match = DECLARED_CHARSET.search(data[:CHARSET_REACH])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if codec == "utf-8" else codec


def _by_lines(data: bytes, source: str) -> str:
    """Each line in UTF-8 or else cp1252; refused when much of it is neither."""
    text = "\n".join(_decode_line(line) for line in data.split(b"\n"))
    if text.count("\ufffd") > MAX_REPLACED_SHARE * len(text):
        raise SeedError(source, "cannot decode: neither UTF-8 nor cp1252")
    return text


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no control characters but newline and tab, no invisible characters
    (soft hyphens, zero-width spaces), UTF-8 that was read as windows-1252 read again, and a
    space where a quotation touches the words around it (',”Clinton said', 'Gowdy:"I have'):
    the marks themselves are kept as they are."""
    text = MOJIBAKE.sub(_read_again, text.replace("\r\n", "\n").replace("\r", "\n"))
    text = INVISIBLE.sub("", CONTROLS_BUT_TAB_AND_NEWLINE.sub("", text))
    text = unicodedata.normalize("NFC", text)
    if "”" in text:
        text = CLOSING_QUOTE_TOUCHING.sub(r"\g<0> ", text)
    return COLON_TOUCHING_QUOTE.sub(r"\g<0> ", text)


def with_typewriter_marks_read(text: str) -> str:
    """An article's text with a typewriter's double quotation mark, written as two apostrophes
    or two backticks ("''If elected,'' she said"), as the one mark it stands for: the quotation
    is then read as one. Not for a page's HTML, whose attributes may be empty ("alt=''")."""
    return TYPEWRITER_QUOTE.sub('"', text)


def _read_again(match: re.Match) -> str:
    """'â€™' -> '’': the characters windows-1252 gave a UTF-8 sequence, as that sequence; kept
    as they are where their bytes are no UTF-8 ('SÃO' stays)."""
    try:
        return b"".join(_windows_1252_byte(character) for character in match[0]).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match[0]


def _windows_1252_byte(character: str) -> bytes:
    """The byte a browser read as `character` in windows-1252; its five unassigned bytes it
    reads as the C1 control of the same number ('\x9d' of '”' = E2 80 9D)."""
    return bytes([ord(character)]) if 0x80 <= ord(character) <= 0x9F else character.encode("cp1252")


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("utf-8", errors="replace")


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SeedError(source, f"cannot decode: not valid {encoding} (byte {error.start})") from None


def _control_share(text: str) -> float:
    """The share of control characters (Unicode's Cc, but for tab and line breaks)."""
    return len(CONTROLS_BUT_LINE_BREAKS.findall(text)) / max(len(text), 1)
