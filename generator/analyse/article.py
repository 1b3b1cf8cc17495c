"""Analysis: one parsed article in, its briefing data out. No files, no Markdown.

A failing article never stops the others: its analysis error, or a refusal of an article no
newsroom writes (longer than the model's `max_length`, 1,000,000 characters by default, or
more than MAX_PARAGRAPHS, 5,000, paragraphs), becomes its SeedError and the rest go on.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.actors import COUNTRY, GROUP, ORGANISATION, PLACE, find_actors
from generator.analyse.authorship import narrator
from generator.analyse.keypoints import find_key_points
from generator.analyse.nlp import Paragraphs, load_model, parse
from generator.analyse.quotes.assemble import FoundQuote, find_quotes
from generator.analyse.quotes.cues import is_speech_verb
from generator.analyse.settings import KeyPointSettings
from generator.briefing import HEADING, Actor, Article, Briefing, Quote
from generator.errors import SeedError
from generator.read.lines import is_link_label

MAX_PARAGRAPHS = 5000


def party_voices(found: list[FoundQuote], doc: Doc) -> list[int]:
    """Where each organisation, group or country is first quoted with a verb of saying (not
    'believe', not 'according to'): the voices of a multi-party story, as character offsets."""
    first: dict[int, int] = {}
    for quote in found:
        builder = quote.attribution.builder if quote.attribution.attributed else None  # a voice, card or not
        if builder is None or builder.kind not in (ORGANISATION, GROUP, COUNTRY) or quote.cue_token is None:
            continue
        cue = doc[quote.cue_token]
        if is_speech_verb(cue):
            first.setdefault(id(builder), cue.idx)
    return sorted(first.values())


def brief(article: Article, doc: Doc, settings: KeyPointSettings = KeyPointSettings()) -> Briefing:
    """The briefing of one article from its parse: actors, then quotes, then key points."""
    paragraphs = Paragraphs(doc.text)
    index = find_actors(doc)
    found = find_quotes(doc, index, paragraphs, narrator(doc, index, paragraphs, article.author))
    found = [quote for quote in found if not _in_a_heading_or_link_label(quote, article.blocks)]
    actors = index.finish(paragraphs, frozenset(id(q.attribution.builder) for q in found if q.attribution.attributed))
    quotes = [quote.freeze() for quote in found]
    key_points = find_key_points(doc, article.blocks, article.title, paragraphs, settings, party_voices(found, doc))
    return Briefing(article=article, key_points=key_points, actors=rank_actors(actors, quotes), quotes=quotes)


def _in_a_heading_or_link_label(quote: FoundQuote, blocks: list) -> bool:
    """Whether the quote comes from a sub-heading ('Woman says Lohan cost her thousands': the
    paragraph under it reports it, with its source) or a link to another story ('READ MORE: ...')."""
    if not 0 < quote.paragraph <= len(blocks):
        return False
    block = blocks[quote.paragraph - 1]
    return block.kind == HEADING or is_link_label(block.text)


def rank_actors(actors: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """Most important first: quotes count double, places that are only a setting count half."""
    quoted = Counter(quote.speaker_id for quote in quotes)

    def weight(actor: Actor) -> float:
        mentions = actor.mentions / 2 if actor.kind in (COUNTRY, PLACE) else actor.mentions
        return 2 * quoted[actor.id] + mentions

    return sorted(actors, key=lambda a: (-weight(a), a.first_paragraph, a.name))


def _too_big(article: Article, nlp: Language) -> str | None:
    """Articles no newsroom writes, refused before they cost minutes of parsing."""
    if len(article.body) >= nlp.max_length:
        return f"article too long to analyse ({len(article.body)} characters; limit {nlp.max_length})"
    if len(article.blocks) > MAX_PARAGRAPHS:
        return f"too many paragraphs to analyse ({len(article.blocks)}; limit {MAX_PARAGRAPHS})"
    return None


def analyse(
    articles: Iterable[Article], nlp: Language | None = None, settings: KeyPointSettings = KeyPointSettings()
) -> Iterator[Briefing | SeedError]:
    """Briefings in the order of the articles; an article that fails yields its SeedError."""
    nlp = nlp or load_model()
    pending = list(articles)
    refused = {id(a): problem for a in pending if (problem := _too_big(a, nlp))}
    docs = parse((a.body for a in pending if id(a) not in refused), nlp)
    for article in pending:
        if id(article) in refused:
            yield SeedError(article.source, refused[id(article)])
            continue
        doc = next(docs)
        try:
            yield brief(article, doc, settings)
        except Exception as error:  # one article's analysis bug must not stop the others
            yield SeedError(article.source, f"analysis failed: {type(error).__name__}: {error}")
