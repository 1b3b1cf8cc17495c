"""What a card's name may not be (see `analyse/actors/card_names.py`): a title or honorific
alone, a pronoun, a determiner or number opening a description, page furniture; and the
unnamed institutions a story quotes as sources, which keep their cards.
"""
from __future__ import annotations

# What a card's name may not be (see `card_names.py`): a title or honorific alone ('Lt',
# 'Pres', 'Justice'), a pronoun ('We', 'HIM'), words of page furniture ('NEWSLETTER').
TITLES_ALONE = frozenset(
    """lt cmdr col gen sgt capt maj adm mr mrs ms mx dr sen rep gov pres prof rev st sir dame lord lady
    president minister senator governor mayor secretary chairman chairwoman spokesman spokeswoman
    spokesperson king queen prince princess judge justice officer official chief director ceo premier
    chancellor ambassador commissioner congressman congresswoman representative general colonel
    captain lieutenant sergeant admiral commander deputy vice""".split()
)
CARD_PRONOUNS = frozenset("i me we us you he him she her it they them who whom this that".split())
ARTICLES = frozenset("the a an".split())
DETERMINER_WORDS = ARTICLES | frozenset("this that these those his her their its our my your whose which".split())
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions
    first second third several some many few both all most other others another each every no""".split()
)
INDEFINITE_WORDS = frozenset("a an one another some any no".split())
FURNITURE_WORDS = frozenset(
    """newsletter subscribe advertisement advertising comments share print email menu search login
    signup sign-up""".split()
)
# Unnamed institutions a story quotes as sources ('police said', 'the authorities'): kept as
# cards though they hold no proper word, as are groups ('officials', 'residents').
UNNAMED_INSTITUTIONS = frozenset("police authorities government military army prosecutors investigators".split())
