"""How a quote reads on a page: in quotation marks when direct, its speaker or 'unattributed',
shortened on cards, linked to its paragraph.

Only the speaker's own words are shown in quotation marks: a direct quote in marks, a partial
quote with marks around the quoted words only, reported speech with none (in the quotes table,
on the cards and on actor pages alike). A quote whose speaker the evidence does not carry says
"unattributed", with the article's words when it has some ("unattributed (he)").
"""
from __future__ import annotations

from markupsafe import Markup

from generator.briefing import DIRECT, Quote


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
