"""Escaping: article text made inert wherever a page prints it.

Markdown pages escape every value (one line, HTML escaped, every Markdown punctuation
backslash-escaped, control characters gone: Python-Markdown uses STX/ETX for its
placeholders); front matter is YAML double-quoted scalars of HTML-escaped text, because
Material prints `page.title` and tag names unescaped (the test suite found the tag case: a
publisher `<img onerror=…>` ran in Chromium until tags were escaped); a URL is printed only
when it is http(s).
"""
from __future__ import annotations

import html
import re
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

from markupsafe import Markup

from generator.lexicon.characters import CONTROLS
from generator.site.pages import GENERATED_MARK

MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
YAML_UNSAFE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def escape_markdown(value) -> str:
    """Text made inert: one line, HTML escaped, every Markdown punctuation backslash-escaped.

    Control characters go too: Python-Markdown uses STX/ETX to mark its placeholders.
    """
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(CONTROLS.sub(" ", str(value)).split())
    return MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(text, quote=False))


def safe_url(url: str | None) -> Markup | None:
    """An http(s) URL fit for a Markdown link target, or None for anything else."""
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return None
    return Markup(percent_encode(url.strip(), safe=":/?#@!$&'*+,;=%~-._"))


def front_matter(fields: dict[str, str | list[str] | None], source: str) -> Markup:
    """YAML front matter of text fields and lists of text; the first line says the file is
    generated.

    Every text is HTML-escaped: the theme prints `page.title` into `<title>` and the header,
    and the tags plugin prints tag names, without escaping them.
    """
    lines = [f"---\n# {GENERATED_MARK} from {escape_comment(source)}; edits are overwritten.\n"]
    for key, value in fields.items():
        if isinstance(value, list) and value:
            lines.append(f"{key}:\n" + "".join(f"- {yaml_string(html.escape(item))}\n" for item in value))
        elif isinstance(value, str):
            lines.append(f"{key}: {yaml_string(html.escape(value))}\n")
    return Markup("".join(lines) + "---\n")


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar that loads back as `text`: backslash and quote escaped, and
    every character YAML does not print or reads as a line break written as an escape. Written
    here rather than with `yaml.safe_dump` because a large site has thousands of front
    matters and the pure-Python emitter was a tenth of the rendering time."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", escaped) + '"'


def escape_comment(text: str) -> str:
    return " ".join(text.split()).replace("---", "- - -")


def clean_text(value):
    """What the HTML fragments print, before autoescaping: text without control characters."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return CONTROLS.sub(" ", value)
    return "" if value is None else value
