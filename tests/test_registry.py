import os
import subprocess
import sys

import pytest

from generator.briefing import Actor, Article, Block, Briefing, Quote
from generator.site.registry import build_registry
from generator.site.render import render_site
from generator.site.settings import LARGE_SITE, ActorPageSettings


def briefing(source, date, *actors, quotes=()):
    article = Article(id=source, source=source, title=f"Story {source}", blocks=[Block("Text.")], date=date)
    return Briefing(article, [], list(actors), list(quotes))


def person(actor_id, name, roles=()):
    return Actor(id=actor_id, name=name, kind="person", roles=list(roles), mentions=1, first_paragraph=1)


def registry_of(*briefings):
    return build_registry(list(briefings), {b.article.source: b.article.source for b in briefings})


def test_surname_joins_the_one_full_name_across_briefings():
    a = briefing("a", "2016-03-14", person("vladimir-putin", "Vladimir Putin", ["Russian President"]))
    b = briefing("b", "2016-03-15", person("putin", "Putin"), quotes=[Quote("We are done", "Putin", "putin", "said", "direct", 1)])
    registry = registry_of(a, b)
    assert [actor.name for actor in registry.actors] == ["Vladimir Putin"]
    putin = registry.actors[0]
    assert putin.slug == "vladimir-putin" and putin.aliases == ["Putin"]
    assert [role for _, role in putin.roles()] == ["Russian President"]
    assert [quote.quote for _, quote in putin.quotes()] == ["We are done"]
    assert registry.slug_of(b, "putin") == "vladimir-putin"


def test_aliases_that_differ_only_in_case_come_in_one_order_under_any_hash_seed():
    country = Actor(id="united-states", name="United States", kind="country", aliases=["Us", "US", "America"], mentions=3, first_paragraph=1)
    program = (
        "from generator.briefing import Actor, Article, Block, Briefing\n"
        "from generator.site.registry import build_registry\n"
        f"actor = Actor(**{vars(country)!r})\n"
        "article = Article(id='a', source='a', title='A', blocks=[Block('Text.')])\n"
        "print(build_registry([Briefing(article, [], [actor], [])], {'a': 'a'}).actors[0].aliases)\n"
    )
    printed = {
        subprocess.run([sys.executable, "-c", program], env={**os.environ, "PYTHONHASHSEED": str(seed)}, capture_output=True, text=True, check=True).stdout
        for seed in range(6)
    }
    assert printed == {"['America', 'US', 'Us']\n"}


def test_one_name_spelt_with_and_without_accents_is_one_actor_across_briefings():
    registry = registry_of(
        briefing("a", "2016-03-14", person("zaha-hadid", "Zaha Hadid")),
        briefing("b", "2016-03-15", person("zaha-hadid", "Zahā Ḥadīd")),
    )
    assert len(registry.actors) == 1 and registry.actors[0].briefings == 2


def test_people_sharing_a_surname_stay_apart_and_the_bare_surname_is_not_guessed():
    registry = registry_of(
        briefing("a", None, person("hillary-clinton", "Hillary Clinton")),
        briefing("b", None, person("bill-clinton", "Bill Clinton")),
        briefing("c", None, person("clinton", "Clinton")),
    )
    assert sorted(actor.name for actor in registry.actors) == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_same_name_different_kinds_get_distinct_stable_slugs():
    country = Actor(id="jordan", name="Jordan", kind="country", mentions=1, first_paragraph=1)
    first = registry_of(briefing("a", None, country), briefing("b", None, person("jordan", "Jordan")))
    second = registry_of(briefing("b", None, person("jordan", "Jordan")), briefing("a", None, country))
    slugs = sorted(actor.slug for actor in first.actors)
    assert len(set(slugs)) == 2 and slugs == sorted(actor.slug for actor in second.actors)


def test_actor_pages_and_index_are_rendered_and_linked():
    a = briefing("a", "2016-03-14", person("vladimir-putin", "Vladimir Putin"), person("sergei-shoigu", "Sergei Shoigu"))
    b = briefing("b", "2016-03-15", person("putin", "Putin"))
    pages = {page.path: page.text for page in render_site([a, b])}
    assert "actors/vladimir-putin/index.md" in pages and "actors/index.md" in pages
    assert '<a href="../sergei-shoigu/">Sergei Shoigu</a> · 1 briefing' in pages["actors/vladimir-putin/index.md"]
    assert '<a href="../../actors/vladimir-putin/"><strong>Putin</strong></a>' in pages["briefings/story-b/index.md"]
    assert "## Person (2)" in pages["actors/index.md"]


def test_on_a_large_site_only_actors_of_several_briefings_get_a_page():
    a = briefing("a", "2016-03-14", person("vladimir-putin", "Vladimir Putin"), person("sergei-shoigu", "Sergei Shoigu"))
    b = briefing("b", "2016-03-15", person("putin", "Putin"))
    pages = {page.path: page.text for page in render_site([a, b], actor_pages=ActorPageSettings(min_briefings=2))}
    assert "actors/vladimir-putin/index.md" in pages and "actors/sergei-shoigu/index.md" not in pages
    card = pages["briefings/story-a/index.md"]
    assert "<strong>Sergei Shoigu</strong>" in card and "sergei-shoigu" not in card
    assert '<a href="../../actors/vladimir-putin/"><strong>Vladimir Putin</strong></a>' in card
    assert "## Person (1)" in pages["actors/index.md"] and "1 more actor is named in one briefing only" in pages["actors/index.md"]
    assert "sergei-shoigu.md" not in pages["actors/vladimir-putin/index.md"]


@pytest.mark.parametrize(
    ("briefings", "expected"), [(1, 1), (LARGE_SITE - 1, 1), (LARGE_SITE, 2), (5 * LARGE_SITE, 2)]
)
def test_automatic_actor_page_threshold(briefings, expected):
    assert ActorPageSettings().threshold(briefings) == expected
    assert ActorPageSettings(min_briefings=3).threshold(briefings) == 3


def test_role_history_gives_each_role_once_with_its_first_and_last_briefing():
    stories = [
        briefing("a", "2016-11-09", person("t", "Donald Trump", ["President-elect"])),
        briefing("b", None, person("t", "Donald Trump", ["President"])),
        briefing("c", "2017-01-25", person("t", "Donald Trump", ["President"])),
        briefing("d", "2016-12-01", person("t", "Donald Trump", ["president-elect"])),
        briefing("e", "2017-02-01", person("t", "Donald Trump", ["President"])),
    ]
    history = registry_of(*stories).actors[0].role_history()
    assert [(span.role, span.first.briefing.article.date, span.last.briefing.article.date, len(span.sources)) for span in history] == [
        ("President-elect", "2016-11-09", "2016-12-01", 2),
        ("President", "2017-01-25", None, 3),
    ]
