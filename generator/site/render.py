"""Rendering: briefing data to Markdown pages through the package's Jinja2 templates.

Safe by default: every value a template prints is escaped for Markdown and HTML (the
environment's `finalize`), so article text can never add markup, links, table cells or
template code to a page. Only values built here from trusted parts are marked `Markup`.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from generator.site import raw_html
from generator.briefing import DIRECT, HEADING, Briefing, Quote
from generator.site.feeds import json_feed, rss
from generator.site.pages import GENERATED_MARK, Page
from generator.read.publishers import site_publishers
from generator.site.registry import Appearance, RegisteredActor, Registry, build_registry
from generator.settings import AUTOMATIC_ACTOR_PAGES, ActorPageSettings
from generator.slugs import slugify
from generator.site.urls import page_file, placed_links

MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
YAML_UNSAFE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
SLUG_LENGTH = 80
QUOTES_PER_CARD = 2
LATEST_ON_HOME = 6
PAGE_SIZE = 100
MAX_TAGS = 5
CARD_QUOTE_WORDS = 30


def escape_markdown(value) -> str:
    """Text made inert: one line, HTML escaped, every Markdown punctuation backslash-escaped.

    Control characters go too: Python-Markdown uses STX/ETX to mark its placeholders.
    """
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", str(value)).split())
    return MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(text, quote=False))


def safe_url(url: str | None) -> Markup | None:
    """An http(s) URL fit for a Markdown link target, or None for anything else."""
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return None
    return Markup(percent_encode(url.strip(), safe=":/?#@!$&'*+,;=%~-._"))


def paragraph_link(paragraph: int) -> Markup:
    """A link to the article's paragraph; its accessible name says where it goes."""
    number = int(paragraph)
    return Markup(f'<a href="#p-{number}" aria-label="paragraph {number}">¶{number}</a>')


def shorten(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def quotation(quote: Quote, words: int | None = None) -> str:
    """A quote as a reader should see it: a direct quote in quotation marks; a partial quote as
    extracted, its marks around the speaker's own words only; reported speech with none."""
    text = shorten(quote.quote, words) if words else quote.quote
    return f"“{text}”" if quote.kind == DIRECT else text


def speaker_label(quote: Quote) -> str:
    """Who the table credits: the actor, or the source as the text names it; else
    'unattributed', with the article's words when it has some ('unattributed (she)'), so no
    guess is printed as fact."""
    if quote.speaker_name:
        return quote.speaker_name
    if quote.speaker and quote.speaker_start is not None:
        return quote.speaker  # a source the text names without naming an actor: 'a spokesman'
    return f"unattributed ({quote.speaker})" if quote.speaker else "unattributed"


def assign_slugs(briefings: list[Briefing]) -> dict[str, str]:
    """Source file -> page slug, from the title; on a clash the first source (by name) keeps
    the plain slug and the others get a suffix derived from their own file name, so slugs do
    not depend on which other seeds exist."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for briefing in sorted(briefings, key=lambda b: b.article.source):
        article = briefing.article
        base = slugify(article.title or "", SLUG_LENGTH) or slugify(article.id, SLUG_LENGTH) or "briefing"
        if base in taken or base == "index":
            base = f"{base}-{hashlib.sha1(article.source.encode()).hexdigest()[:8]}"
        taken.add(base)
        slugs[article.source] = base
    return slugs


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
        return CONTROL_CHARACTERS.sub(" ", value)
    return "" if value is None else value


class Renderer:
    """Two environments over the same templates: `*.md.j2` pages escape every value for
    Markdown (`escape_markdown`); `_*.html.j2` fragments, the bulky parts of a page (cards,
    tables, the article text), are raw HTML blocks with every value HTML-escaped. Python-Markdown
    passes raw HTML through without parsing it, which makes those parts cheap to build and
    leaves nothing in them for Markdown to interpret. Pages are rendered at their logical
    paths (`briefings/x.md`) with links between those; `placed` moves them to their files."""

    def __init__(self) -> None:
        options = {
            "loader": jinja2.PackageLoader("generator.site", "templates"),
            "undefined": jinja2.StrictUndefined,
            "keep_trailing_newline": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
        }
        self.env = jinja2.Environment(finalize=escape_markdown, autoescape=False, **options)
        self.html_env = jinja2.Environment(finalize=clean_text, autoescape=True, **options)
        helpers = {
            "paragraph_link": paragraph_link, "safe_url": safe_url, "shorten": shorten, "quotation": quotation,
            "speaker_label": speaker_label, "HEADING": HEADING,
        }
        self.env.globals.update(helpers, html=self._fragment)
        self.html_env.globals.update(helpers)

    def render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(**context)

    @jinja2.pass_context
    def _fragment(self, context, template: str, **extra) -> Markup:
        """An HTML fragment, rendered with the calling page's context, as one marked raw HTML
        block (no blank line inside, so Markdown sees a single block; see `raw_html`)."""
        text = self.html_env.get_template(template).render({**context.get_all(), **extra})
        return Markup(raw_html.mark("\n".join(line for line in text.splitlines() if line.strip())))


@functools.cache
def render_version() -> str:
    """A hash of the package's code and templates: pages made by other code are made again."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *(package / "templates").glob("*.j2")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Reuse:
    """Pages already on disk, by path, with the digest of the inputs they were made from
    (`state.SiteState.reusable`). A page whose inputs are the same is kept, not made again:
    editing one seed re-renders its briefing and the pages of its actors, not the whole site."""

    def __init__(self, made_from: dict[str, str] | None = None, context: tuple = ()):
        self.made_from = made_from or {}
        self.context = context  # what every page is made with (the form of the links)

    def page(self, path: str, parts: tuple | None, make: Callable[[], str]) -> Page:
        """`parts`: everything the page is made from (None: unknown, always make it)."""
        if parts is None:
            return Page(path, make())
        inputs = hashlib.sha256(repr((render_version(), path, *self.context, *parts)).encode("utf-8")).hexdigest()
        if self.made_from.get(page_file(path)) == inputs:
            return Page(path, None, inputs)
        return Page(path, make(), inputs)


def render_site(
    briefings: list[Briefing],
    site_url: str | None = None,
    actor_pages: ActorPageSettings = AUTOMATIC_ACTOR_PAGES,
    reuse: Reuse | None = None,
    directory_urls: bool = True,
) -> list[Page]:
    """All generated pages of the site: one per briefing and per paged actor, plus the index
    pages. Briefing and actor pages whose inputs did not change are reused, not made again.
    The links of their raw HTML are final (see `urls.py`), in the form `directory_urls` says."""
    renderer = Renderer()
    reuse = Reuse(reuse.made_from if reuse else None, context=(directory_urls,))
    briefings = site_publishers(briefings)
    slugs = assign_slugs(briefings)
    registry = build_registry(briefings, slugs, actor_pages.threshold(len(briefings)))
    pages = []
    for briefing in briefings:
        slug = slugs[briefing.article.source]
        links = tuple(registry.slug_of(briefing, actor.id) for actor in briefing.actors)
        known = None if briefing.key is None else (briefing.key, slug, briefing.article.publisher)
        pages.append(reuse.page(f"briefings/{slug}.md", known and (*known, links), functools.partial(render_briefing, renderer, briefing, slug, registry)))
        pages.append(reuse.page(f"briefings/{slug}.json", known, functools.partial(briefing_data, briefing)))
    pages += render_actors(renderer, registry, reuse)
    entries = [(b, Markup(slugs[b.article.source])) for b in newest_first(briefings)]
    pages += [rss(entries, site_url, directory_urls), json_feed(entries, site_url, directory_urls)]
    pages += render_archive(renderer, entries)
    pages += render_publishers(renderer, entries)
    return [placed(page, directory_urls) for page in pages]


def placed(page: Page, directory_urls: bool) -> Page:
    """The logical page where it lies in docs/, its links made final (see `urls.py`)."""
    text = page.text if page.text is None or not page.path.endswith(".md") else placed_links(page.text, page.path, directory_urls)
    return Page(page_file(page.path), text, page.inputs)


def newest_first(briefings: list[Briefing]) -> list[Briefing]:
    """Newest first, undated last; equal dates by title, then source (sorts are stable)."""
    ordered = sorted(briefings, key=lambda b: ((b.article.title or "").lower(), b.article.source))
    ordered.sort(key=lambda b: b.article.date or "", reverse=True)
    ordered.sort(key=lambda b: b.article.date is None)
    return ordered


@dataclass
class Voices:
    """Who the quotes come from: named people, organisations, unnamed sources; and per actor."""

    people: int
    organisations: int
    unnamed: int
    per_actor: list[tuple[str, str, int]]


def voices(briefing: Briefing) -> Voices:
    kinds = {actor.id: actor for actor in briefing.actors}
    counts = {"person": 0, "organisation": 0, "unnamed": 0}
    per_actor: dict[str, int] = defaultdict(int)
    for quote in briefing.quotes:
        actor = kinds.get(quote.speaker_id or "")
        if actor is None or actor.kind == "group":
            counts["unnamed"] += 1
        else:
            counts["person" if actor.kind == "person" else "organisation"] += 1
        if actor is not None:
            per_actor[actor.id] += 1
    ranked = sorted(per_actor.items(), key=lambda item: (-item[1], kinds[item[0]].name))
    return Voices(counts["person"], counts["organisation"], counts["unnamed"], [(i, kinds[i].name, n) for i, n in ranked])


def briefing_data(briefing: Briefing) -> str:
    """The briefing's data (the export contract) published beside its page, for reuse."""
    data = {"generator": f"{GENERATED_MARK} from seeds/{briefing.article.source}", **briefing.to_dict()}
    return json.dumps(data, ensure_ascii=False) + "\n"


def render_actors(renderer: Renderer, registry: Registry, reuse: Reuse) -> list[Page]:
    """A page per paged actor across all briefings, and the actors index by kind."""
    pages = []
    for actor in registry.paged:
        seen_with = registry.seen_with.get(actor.slug, [])
        keys = [a.briefing.key for a in actor.appearances]
        parts = None if None in keys else (
            tuple(zip(keys, (a.page for a in actor.appearances), (a.actor.id for a in actor.appearances))),
            tuple((other.slug, other.name, count) for other, count in seen_with),
        )
        pages.append(reuse.page(f"actors/{actor.slug}.md", parts, functools.partial(render_actor, renderer, actor, seen_with)))
    by_kind = defaultdict(list)
    for actor in registry.paged:
        by_kind[actor.kind].append((actor, Markup(f"{actor.slug}.md")))
    groups = [(kind, sorted(by_kind[kind], key=lambda item: item[0].name.lower())) for kind in sorted(by_kind)]
    text = renderer.render(
        "actors_index.md.j2",
        front=front_matter({"title": "Actors"}, "seeds/"),
        groups=groups,
        without_page=len(registry.actors) - len(registry.paged),
    )
    pages.append(Page("actors/index.md", text))
    return pages


def render_actor(renderer: Renderer, actor: RegisteredActor, seen_with: list[tuple[RegisteredActor, int]]) -> str:
    appearances = sorted(actor.appearances, key=lambda a: (a.briefing.article.date or "", a.page))
    return renderer.render(
        "actor.md.j2",
        front=front_matter({"title": actor.name}, "seeds/"),
        actor=actor,
        appearances=[(a, Markup(f"../briefings/{a.page}.md")) for a in appearances],
        roles=[(span, _briefing_link(span.first), _briefing_link(span.last)) for span in actor.role_history()],
        quotes=[(a, q, Markup(f"../briefings/{a.page}.md#p-{int(q.paragraph)}")) for a, q in actor.quotes()],
        seen_with=[(other, count, Markup(f"{other.slug}.md")) for other, count in seen_with],
    )


def _briefing_link(appearance: Appearance) -> Markup:
    return Markup(f"../briefings/{appearance.page}.md")


def render_archive(renderer: Renderer, entries: list) -> list[Page]:
    """The home page (latest briefings as cards, then the newest PAGE_SIZE) and `archive/N.md`
    for the older ones, so no page lists thousands of briefings."""
    chunks = _chunks(entries)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        home = number == 1
        path = "index.md" if home else f"archive/{number}.md"
        text = renderer.render(
            "index.md.j2",
            entries=chunk,
            total=len(entries),
            number=number,
            pages=len(chunks),
            root=Markup("" if home else "../"),
            latest=LATEST_ON_HOME if home else 0,
            previous=Markup(_archive_link(number - 1, home)) if number > 1 else None,
            next=Markup(_archive_link(number + 1, home)) if number < len(chunks) else None,
            front=front_matter(  # the home page is titled by the site's name alone
                {"description": "The latest news briefings"} if home else {"title": f"Briefings, page {number}"}, "seeds/"
            ),
        )
        pages.append(Page(path, text))
    return pages


def render_publishers(renderer: Renderer, entries: list) -> list[Page]:
    """`briefings/index.md` lists the publishers; each has its own pages of briefings,
    `publishers/<slug>.md` then `<slug>-p2.md`, ..., newest first, PAGE_SIZE to a page."""
    by_publisher = defaultdict(list)
    for briefing, slug in entries:
        by_publisher[briefing.article.publisher or "Unknown publisher"].append((briefing, slug))
    names = sorted(by_publisher, key=lambda name: (name.lower(), name))
    slugs = _publisher_slugs(names)
    pages = []
    for name in names:
        chunks = _chunks(by_publisher[name])
        for number, chunk in enumerate(chunks, start=1):
            text = renderer.render(
                "publisher.md.j2",
                publisher=name,
                entries=chunk,
                total=len(by_publisher[name]),
                number=number,
                pages=len(chunks),
                previous=Markup(_publisher_page(slugs[name], number - 1)) if number > 1 else None,
                next=Markup(_publisher_page(slugs[name], number + 1)) if number < len(chunks) else None,
                front=front_matter({"title": name if number == 1 else f"{name}, page {number}"}, "seeds/"),
            )
            pages.append(Page(f"publishers/{_publisher_page(slugs[name], number)}", text))
    groups = [(name, by_publisher[name], Markup(f"../publishers/{_publisher_page(slugs[name], 1)}")) for name in names]
    front = front_matter({"title": "By publisher"}, "seeds/")
    pages.append(Page("briefings/index.md", renderer.render("by_publisher.md.j2", groups=groups, front=front)))
    return pages


def _publisher_slugs(names: list[str]) -> dict[str, str]:
    """A slug per publisher name; a clash takes a hash of the name, so slugs are stable."""
    slugs, taken = {}, set()
    for name in names:
        slug = slugify(name, SLUG_LENGTH) or "publisher"
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def _publisher_page(slug: str, number: int) -> str:
    return f"{slug}.md" if number == 1 else f"{slug}-p{number}.md"


def _chunks(entries: list) -> list[list]:
    """Entries PAGE_SIZE to a page; at least one (empty) page."""
    return [entries[i : i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)] or [[]]


def _archive_link(number: int, from_home: bool) -> str:
    if number == 1:
        return "../index.md"
    return f"archive/{number}.md" if from_home else f"{number}.md"


def render_briefing(renderer: Renderer, briefing: Briefing, slug: str, registry: Registry) -> str:
    article = briefing.article
    quotes_by_actor = defaultdict(list)
    for quote in briefing.quotes:
        if quote.speaker_id:
            quotes_by_actor[quote.speaker_id].append(quote)
    fields = {
        "title": article.display_title,
        "date": article.date,
        "publisher": article.publisher,
        "tags": _tags(briefing),
    }
    def actor_page(actor_id: str | None) -> Markup | None:
        actor_slug = registry.slug_of(briefing, actor_id)
        return Markup(f"../actors/{actor_slug}.md") if actor_slug else None

    text = renderer.render(
        "briefing.md.j2",
        actor_page=actor_page,
        actor_ids={actor.name: actor.id for actor in briefing.actors},
        front=front_matter(fields, f"seeds/{article.source}"),
        b=briefing,
        a=article,
        title=article.display_title,
        quotes_by_actor=quotes_by_actor,
        voices=voices(briefing),
        data_file=Markup(f"{slug}.json"),
        card_quotes=QUOTES_PER_CARD,
        card_words=CARD_QUOTE_WORDS,
    )
    return text


def _tags(briefing: Briefing) -> list[str]:
    """The seed's own tags, the publisher and the briefing's leading actors, MAX_TAGS at most:
    Material shows every tag as a chip above the title, and the cards below list the rest."""
    tags = list(briefing.article.tags)
    if briefing.article.publisher:
        tags.append(briefing.article.publisher)
    tags += [a.name for a in briefing.actors if a.kind != "place"]
    return list(dict.fromkeys(" ".join(tag.split()) for tag in tags if tag.strip()))[:MAX_TAGS]
