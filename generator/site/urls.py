"""Where each generated page lies in docs/, and its links, the same under every engine.

The generated pages link to each other in raw HTML too, and the engines read a relative link
there differently: MkDocs leaves it as written, so it must be the final URL relative to the
built page; Zensical takes it as relative to the Markdown file and rebases it onto the built
page. The two agree wherever the Markdown file and its built page lie in the same folder. So
every generated page is a folder's `index.md` (`briefings/<slug>/index.md`, built as
`briefings/<slug>/`, or `briefings/<slug>/index.html` without directory URLs), and its links
are final: HTML links as URLs (`../../actors/putin/`, MkDocs' own `File.url` and
`get_relative_url` rule), Markdown links as relative `.md` paths, which every engine checks
and rewrites. The renderer writes links between logical pages (`../actors/putin.md` from
`briefings/x.md`); `placed_links` moves them to where the pages lie.
"""
from __future__ import annotations

import posixpath
import re

HTML_LINK = re.compile(r'href="(?P<path>[^"#:?]+\.md)(?P<fragment>#[^"]*)?"')
MARKDOWN_LINK = re.compile(r"\]\((?P<path>[^)\s#:?<>]+)(?P<fragment>#[^)\s]*)?\)")


def page_file(path: str) -> str:
    """The file in docs/ of the logical page `path`: 'briefings/x.md' -> 'briefings/x/index.md';
    an index page and any other file stay where they are."""
    if not path.endswith(".md") or path == "index.md" or path.endswith("/index.md"):
        return path
    return f"{path[: -len('.md')]}/index.md"


def placed_links(text: str, path: str, directory_urls: bool = True) -> str:
    """`text` of the logical page `path`, its relative links made to point from `page_file(path)`:
    `href="….md"` as final URLs, Markdown links as relative paths to the files."""
    source, placed = posixpath.dirname(path), page_file(path)

    def target(match: re.Match) -> str:
        return posixpath.normpath(posixpath.join(source, match["path"]))

    def html(match: re.Match) -> str:
        return f'href="{relative_url(page_file(target(match)), placed, directory_urls)}{match["fragment"] or ""}"'

    def markdown(match: re.Match) -> str:
        moved = _relative_path(page_file(target(match)), posixpath.dirname(placed))
        return f"]({moved}{match['fragment'] or ''})"

    return MARKDOWN_LINK.sub(markdown, HTML_LINK.sub(html, text))


def page_url(path: str, directory_urls: bool = True) -> str:
    """'briefings/x.md' -> 'briefings/x/' (or 'briefings/x.html'); 'index.md' -> './'."""
    stem = path[: -len(".md")] if path.endswith(".md") else path
    is_index = stem == "index" or stem.endswith("/index")
    destination = f"{stem}.html" if is_index or not directory_urls else f"{stem}/index.html"
    folder, name = posixpath.split(destination)
    if directory_urls and name == "index.html":
        return f"{folder or '.'}/"
    return destination


def relative_url(target: str, page: str, directory_urls: bool = True) -> str:
    """The link from `page` to `target` (both docs-relative `.md` paths)."""
    url, other = page_url(target, directory_urls), page_url(page, directory_urls)
    folder, name = posixpath.split(other)
    if "." in name:
        other = folder
    relative = _relative_path("/" + url, "/" + other)
    return relative + "/" if url.endswith("/") else relative


def _relative_path(path: str, start: str) -> str:
    """`posixpath.relpath(path, start)`, worked out by hand for paths both absolute or both
    relative and without '..' (a page links every actor and story it names: a large site asks
    this a hundred thousand times, and `relpath` makes both paths absolute first)."""
    to, since = [part for part in path.split("/") if part not in ("", ".")], [part for part in start.split("/") if part not in ("", ".")]
    if ".." in to or ".." in since or path.startswith("/") != start.startswith("/"):
        return posixpath.relpath(path, start)
    shared = 0
    while shared < min(len(to), len(since)) and to[shared] == since[shared]:
        shared += 1
    return "/".join([".."] * (len(since) - shared) + to[shared:]) or "."


def site_link(site_url: str | None, path: str, directory_urls: bool = True) -> str:
    """A logical page's address for a feed: absolute under `site_url`, else relative to the
    site's root."""
    url = page_url(page_file(path), directory_urls)
    base = (site_url or "").rstrip("/")
    return f"{base}/{url}" if base else url
