"""Actors: the people, organisations, countries, places and groups of one article.

Named entities are the mentions, with the small model's slips mended (titles of works, prizes,
parts of titles and capitalised common words are dropped; names it cut or left untagged are
taken whole: `mentions`, `spans`). Each mention gets a kind from evidence that generalises
(`kinds`, `countries`). Mentions of one actor are merged by normalised name whatever their
labels, by surname ("Putin" into "Vladimir Putin", "Assad" into "Bashar al-Assad"), by middle
and first name and by acronym ("HNC" into "High Negotiations Committee": `merging`). Titles
before a name ("Defence Minister", "Secretary of State") and appositions ("Salim al-Muslat,
spokesman for ...") give roles and affiliations (`roles`). The `ActorIndex` (`index`) also
answers the quotes stage, through one interface: which actor a token belongs to, which actor a
pronoun or description most likely refers to (`descriptions`). `find.find_actors` runs it all;
the word lists are data in `lexicon.py`.
"""
from generator.analyse.actors.descriptions import kind_of_description
from generator.analyse.actors.find import find_actors
from generator.analyse.actors.index import ActorIndex
from generator.analyse.actors.kinds import is_person_noun, names_a_person
from generator.analyse.actors.model import ActorBuilder, Mention
from generator.briefing import COUNTRY, GROUP, ORGANISATION, PERSON, PLACE
from generator.lexicon.actors import TITLE_WORDS

__all__ = [
    "COUNTRY", "GROUP", "ORGANISATION", "PERSON", "PLACE", "TITLE_WORDS", "ActorBuilder", "ActorIndex", "Mention",
    "find_actors", "is_person_noun", "kind_of_description", "names_a_person",
]
