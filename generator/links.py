"""Links to `.md` pages inside the generated raw HTML blocks, resolved like Markdown links.

MkDocs rewrites the links of Markdown (`[x](../actors/putin.md)` becomes `../../actors/putin/`
or `../actors/putin.html`, depending on `use_directory_urls`) but leaves raw HTML alone. The
generated pages put their bulky parts in raw HTML (see `render.Renderer`), so the MkDocs hook
hands each built page to `resolve_links`, which applies the same rule to `href="….md"`.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

MARKDOWN_HREF = re.compile(r'href="(?P<path>[^"#:?]+\.md)(?P<fragment>#[^"]*)?"')

Lookup = Callable[[str], "str | None"]


def resolve_links(html: str, page_path: str, url_of: Lookup) -> tuple[str, list[str]]:
    """`html` with every relative `href="x.md#frag"` replaced by the page's URL from `url_of`
    (called with the docs-relative path); also returns the paths that no page has."""
    missing: list[str] = []

    def replace(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), match["path"]))
        url = url_of(target)
        if url is None:
            missing.append(target)
            return match[0]
        return f'href="{url}{match["fragment"] or ""}"'

    return MARKDOWN_HREF.sub(replace, html), missing
