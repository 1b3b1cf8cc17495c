"""One polite GET: an address from the command line or from a feed is untrusted, and so is the
server behind it.

Only `http` and `https` are fetched (a feed's `file:///…` link would otherwise publish a local
file), redirects too, at most MAX_REDIRECTS of them. The request says who asks (USER_AGENT) and
asks for no compression, so the size read is the size sent. The answer must be of a type the
caller accepts (PAGE_TYPES or FEED_TYPES) and no larger than `Limits.max_bytes`, whether its
Content-Length says so or the body runs on; the whole exchange must end within
`Limits.timeout` seconds, not only each read. Any failure is one WebError naming the address
given and the problem on one line. Proxies set in the environment (`https_proxy`) are used.
"""
from __future__ import annotations

import http.client
import time
import urllib.request
from dataclasses import dataclass
from importlib import metadata
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin, urlsplit

SCHEMES = ("http", "https")
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
MAX_REDIRECTS = 5
CHUNK = 65536


def _version() -> str:
    try:
        return metadata.version("briefings")
    except metadata.PackageNotFoundError:  # run from a checkout that was not installed
        return "unknown"


USER_AGENT = f"Briefings/{_version()} (+Briefings, a news-briefing site generator)"


@dataclass(frozen=True)
class Limits:
    timeout: float = 20.0  # seconds for the whole exchange
    max_bytes: int = 10_000_000


@dataclass(frozen=True)
class Fetched:
    url: str  # where the body came from, after redirects
    body: bytes


class WebError(Exception):
    """An address that gave nothing usable; the message names it and the problem."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.problem = problem


class _Refused(Exception):
    """Raised inside urllib's machinery; `fetch` turns it into a WebError naming the address given."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in SCHEMES:
            fp.close()
            raise _Refused(f"redirected to {target!r}, which is no http or https address; refused")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    """HTTP and HTTPS only: no file:, ftp: or data: handler is installed."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _Redirects(), urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, accepted: tuple[str, ...], limits: Limits = Limits()) -> Fetched:
    """The body at `url`, of one of the `accepted` content types; else a WebError."""
    if urlsplit(url).scheme.lower() not in SCHEMES:
        raise WebError(url, "not an http or https address")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accepted),
                                                   "Accept-Encoding": "identity"})
    deadline = time.monotonic() + limits.timeout
    try:
        with _opener().open(request, timeout=limits.timeout) as response:
            _check_type(response.headers, accepted)
            _check_length(response.headers.get("Content-Length"), limits.max_bytes)
            return Fetched(response.geturl(), _read(response, limits, deadline))
    except _Refused as refused:
        raise WebError(url, str(refused)) from None
    except HTTPError as error:
        error.close()
        raise WebError(url, _http_problem(error)) from None
    except (OSError, http.client.HTTPException, ValueError) as error:  # URLError and timeouts are OSErrors
        raise WebError(url, _problem(error, limits)) from None


def _check_type(headers, accepted: tuple[str, ...]) -> None:
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    if content_type not in accepted:
        raise _Refused(f"content type {content_type or '(none)'}, expected {' or '.join(accepted)}")


def _check_length(declared: str | None, max_bytes: int) -> None:
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise _Refused(f"too large ({int(declared)} bytes; limit {max_bytes})")


def _read(response, limits: Limits, deadline: float) -> bytes:
    """The body, refused once it passes the size cap or the deadline."""
    chunks, size = [], 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise _Refused(f"too large (over {limits.max_bytes} bytes)")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _http_problem(error: HTTPError) -> str:
    if 300 <= error.code < 400:
        return f"HTTP {error.code}: redirected more than {MAX_REDIRECTS} times, or to no address"
    return f"HTTP {error.code} {_one_line(error.reason)}".rstrip()


def _problem(error: BaseException, limits: Limits) -> str:
    reason = error.reason if isinstance(error, URLError) else error
    if isinstance(reason, TimeoutError):
        return f"no complete answer within {limits.timeout:g} s"
    return f"cannot fetch ({_one_line(reason) or type(reason).__name__})"


def _one_line(value) -> str:
    return " ".join(str(value).split())
