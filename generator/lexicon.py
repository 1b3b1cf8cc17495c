"""Word lists of the speaker and pronoun stages: data, kept in one place.

Each list is closed-class English (pronouns, honorifics, nouns that carry a gender) or a short
list of how English marks a turn in a transcript; none is tuned to one article.
"""
from __future__ import annotations

MALE, FEMALE = "male", "female"

# Honorifics that say a person's gender ('Mr. Rubio', 'Ms. Maloney').
GENDERED_HONORIFICS = {
    "mr": MALE, "mr.": MALE, "sir": MALE, "lord": MALE, "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE,
    "ms.": FEMALE, "miss": FEMALE, "dame": FEMALE, "lady": FEMALE, "mme": FEMALE, "mme.": FEMALE,
    "mlle": FEMALE, "mlle.": FEMALE,
}

# Nouns of a role or a relation that say the gender of who holds it ('spokeswoman', 'his wife').
GENDERED_NOUNS = {
    **dict.fromkeys(
        """spokesman chairman congressman businessman councilman alderman assemblyman anchorman
        king prince emperor duke husband father son brother uncle nephew grandfather grandson
        boyfriend widower actor waiter monk priest""".split(),
        MALE,
    ),
    **dict.fromkeys(
        """spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman assemblywoman
        anchorwoman queen princess empress duchess wife mother daughter sister aunt niece
        grandmother granddaughter girlfriend widow actress waitress nun""".split(),
        FEMALE,
    ),
}

# Pronouns: the gender or number they agree with.
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "we", "us", "our"})

# A turn of an interview or a transcript that names no one: the interviewer, the audience.
ANONYMOUS_TURN_LABELS = frozenset("q question a answer interviewer audience unidentified voice crosstalk".split())

# Things that can speak for someone in news prose: 'a statement said', 'a new ad urges', 'the
# report found'. A description headed by another thing ('That record prompted', 'Estimates
# are') is no speaker the text vouches for.
SOURCE_NOUNS = frozenset(
    """statement letter ad advert advertisement commercial spot poll survey study report paper
    book memo email e-mail tweet post message note editorial column article story piece release
    complaint lawsuit filing document documents record records transcript video speech
    interview website site blog account page analysis review investigation audit ruling
    decision order indictment motion brief campaign""".split()
)
# Pronouns that stand for people the text does not name ('someone said', 'I told him'); 'that'
# or 'this' as a source is a thing.
PEOPLE_PRONOUNS = frozenset("i we you someone somebody everyone everybody anyone anybody nobody one another others several many some few".split())
NON_SPEAKER_ENTITIES = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())

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
DETERMINER_WORDS = frozenset("the a an this that these those his her their its our my your whose which".split())
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions
    first second third several some many few both all most other others another each every no""".split()
)
INDEFINITE_WORDS = frozenset("a an one another some any no".split())
FURNITURE_WORDS = frozenset(
    """newsletter subscribe advertisement advertising comments share print email menu search login
    signup sign-up""".split()
)
MAX_CARD_WORDS = 10
# Unnamed institutions a story quotes as sources ('police said', 'the authorities'): kept as
# cards though they hold no proper word, as are groups ('officials', 'residents').
UNNAMED_INSTITUTIONS = frozenset("police authorities government military army prosecutors investigators".split())

# Names the small model often gives the wrong kind ('Twitter' a person, 'Netflix' a place),
# with the kind they always have in news. News organisations, platforms and companies whose
# names are common in the news; each is an organisation wherever it is named.
KNOWN_ORGANISATIONS = frozenset(
    """twitter facebook instagram youtube tiktok snapchat whatsapp telegram reddit linkedin google
    microsoft apple amazon netflix uber lyft airbnb spotify tesla wikileaks wikipedia reuters
    bloomberg afp ap cnn bbc msnbc cnbc nbc abc cbs pbs npr politico axios breitbart buzzfeed vox
    huffpost""".split()
) | frozenset(
    ["associated press", "agence france-presse", "fox news", "new york times", "washington post",
     "wall street journal", "al jazeera", "sky news"]
)
# Names of things that do not act in a story: products and named events ('iPhone', 'Brexit').
NOT_ACTOR_NAMES = frozenset(
    """iphone iphones ipad ipads ipod macbook android windows kindle playstation xbox brexit
    obamacare""".split()
)

# What a paywall or sign-in wall says in place of the article (see `doubts.py`).
PAYWALL_PHRASES = (
    "subscribe to continue reading", "subscribe to read", "to continue reading", "continue reading your article",
    "already a subscriber", "already have an account", "sign in to continue", "log in to continue",
    "this article is for subscribers", "this content is for subscribers", "subscribers only",
    "become a member to read", "you have reached your limit", "free articles remaining", "for unlimited access",
)

# Publishers (see `publishers.py`). Legal forms that end a company's name ('Forbes Media LLC');
# words that make a line no publisher's name: legal and page-furniture words, the hosting
# platforms a page names in its footer ('Hosted by WordPress'); words that only add the company
# to a publisher's name ('Al Jazeera Media Network' is 'Al Jazeera').
PUBLISHER_LEGAL_FORMS = (
    "llc", "l.l.c", "inc", "incorporated", "ltd", "limited", "plc", "corp", "corporation", "co", "gmbh", "ag",
    "s.a", "sa", "pvt", "pty", "lp", "llp", "pvt ltd", "private limited",
)
NOT_PUBLISHER_WORDS = frozenset(
    """rights reserved reprint reprints permission permissions policy privacy terms cookies cookie
    tweet reply share comments comment subscribe login newsletter advertisement charity trademark
    trademarks hosted powered wordpress blogger squarespace wix tumblr theme""".split()
)
PUBLISHER_GROUP_WORDS = frozenset(
    "media network networks group news online digital publishing publications company interactive international".split()
)
