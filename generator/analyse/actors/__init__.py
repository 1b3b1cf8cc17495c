"""Actors: the people, organisations, countries, places and groups of one article.

Named entities are the mentions, with the small model's slips mended (titles of works, prizes,
parts of titles and capitalised common words are dropped; names it cut or left untagged are
taken whole: `mentions`, `spans`). Each mention gets a kind from evidence that generalises
(`kinds`, `countries`, `cities`). Mentions of one actor are merged by normalised name whatever
their labels, by surname ("Putin" into "Vladimir Putin", "Assad" into "Bashar al-Assad"), by
middle and first name and by acronym ("HNC" into "High Negotiations Committee": `merging`,
`aliases`). Titles before a name ("Defence Minister", "Secretary of State") and appositions
("Salim al-Muslat, spokesman for ...") give roles and affiliations (`roles`). Names and cards
that are no actors are dropped (`no_actors`, `card_names`). The `ActorIndex` (`index`) also
answers the quotes stage, through one interface: which actor a token belongs to, which actor a
pronoun or description most likely refers to (`descriptions`). `find.find_actors` runs it all;
the word lists are data in `lexicon/actors.py`. One module per part, each tested alone
(`tests/test_actor_parts.py`).

Known limits, with the small model (`en_core_web_sm`): recall is bounded by what it finds at
all. Proper names it leaves untagged are taken too (recall 0.789 -> 0.847 since the first
version); names that are also English words count when they stand bare in running text
('Poseidon', 'Gaul', 'God'). Most misses left are names inside titles of works, prizes and
events ('Cannes' in 'Cannes Film Festival Award'; left out on purpose: a festival's city does
not act in the story), peoples the model does not tag ('Greeks', 'Huguenots'; taking every
capitalised plural added 26 false groups on 300 CNN summaries: 'Scrubs', 'Heroes', 'Masters'),
fictional characters and multi-word names the model cuts ('Apollinaris' + 'of Laodicea'). Most
false actors left are titles of works named without a cue ('Rusalka', 'Jean Cocteau's La Machine
Infernale'; a work noun before a title, a year in brackets after it or 'a setting / season /
performance of' does mark one), parts of names the model cut ('Centre for Irish' of 'Centre for
Irish and Scottish Studies'), and unnamed groups kept as actors on purpose ('US officials',
'researchers'). Kind errors are mostly single names the model mislabels with no cue in the text
('Kiev' an organisation, 'Goldbach' a place) and sports teams and universities named by their
city ('Boston', 'Rice'). Reaching F1 0.90 would take finding most of the names the small model
misses or mislabels with no cue in the text; that needs a larger model.
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
