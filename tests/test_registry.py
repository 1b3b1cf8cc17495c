from generator.briefing import Actor, Article, Block, Briefing, Quote
from generator.registry import build_registry
from generator.render import render_site


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
    assert "actors/vladimir-putin.md" in pages and "actors/index.md" in pages
    assert "[Sergei Shoigu](sergei-shoigu.md) · 1 briefing" in pages["actors/vladimir-putin.md"]
    assert "[**Putin**](../actors/vladimir-putin.md)" in pages["briefings/story-b.md"]
    assert "## Person (2)" in pages["actors/index.md"]
