"""Words of the actor stage (`analyse/actors/`): names the small model gets wrong in news,
things that are no actors, heads of names of works, events, places and organisations; titles,
ranks and honorifics; particles of names; countries' other names and demonyms; nouns of
people and occupations."""
from __future__ import annotations

import calendar

# Deities and figures of faith that the small model tags as places ('devote himself to God',
# 'Satan'); each is a person wherever it is named.
DEITIES = frozenset("god allah yahweh jehovah jesus christ satan lucifer buddha vishnu shiva krishna zeus".split())
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
# Names of things that do not act in a story: products ('iPhone'), with the browsers and systems
# the tech news names, and a name opening or ending with a product's is a version of it or its
# maker's name for it ('Windows XP', 'Google Chrome'); named events ('Brexit'); religions and
# their feasts (the small model tags 'Islam' an organisation, 'Hajj' a person).
PRODUCT_NAMES = frozenset(
    """iphone iphones ipad ipads ipod macbook android windows kindle playstation xbox chrome firefox
    safari gmail""".split()
) | frozenset(["internet explorer"])
NOT_ACTOR_NAMES = PRODUCT_NAMES | frozenset(
    """brexit obamacare bitcoin islam christianity judaism hinduism buddhism sikhism hajj ramadan eid
    christmas easter passover hanukkah diwali""".split()
)
# The actor stage (`actors/`): heads of names of works, events, places and organisations;
# titles, ranks and honorifics; particles of names; demonyms; nouns of people and occupations.
AWARD_WORDS = frozenset("award awards prize prizes medal trophy expo".split())
WORK_AND_EVENT_HEADS = frozenset(
    """olympics paralympics championship championships draft game games concerto symphony sonata series festival invitational
    edition gospel gospels bible quran koran torah talmud cup cups open slam slams stakes tour rally prix carnival
    olympiad olympic convention final finals treaty disease index""".split()
)  # 'Davis Cup', 'US Open', 'Grand Slam', 'Nunthorpe Stakes', 'Democratic Convention', 'Nikkei Index', 'Olympic' alone
EVENT_OPENERS = frozenset("cyclone hurricane typhoon storm tropical operation".split())
POST_NOMINALS = frozenset("jr sr qc kc sc mp obe cbe mbe kbe dbe frs phd md esq".split())
GENERATION_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())  # 'Patrick W. Carlineo Jr.' is a Carlineo
DEGREE_WORDS = frozenset("degree ph.d. phd doctorate master bachelor diploma mba".split())
PLACE_NAME_PARTICLES = frozenset("la le les de du des sur sous en upon on under lès am an der di del della da do dos das".split())
WORK_NOUNS = frozenset(
    """book novel novella film movie play opera operetta drama comedy thriller musical series miniseries
    sitcom show story poem song album symphony concerto sonata trio quartet painting essay treatise
    memoir documentary anthology""".split()
)
# What is of a work: 'a setting of Stabat Mater', 'season four of Ridiculousness'.
WORK_PART_NOUNS = frozenset("season episode setting staging premiere performance sequel prequel remake screening demonstration".split())
PLACE_HEADS = frozenset(
    """cemetery stadium hall museum centre center hospital hôpital square street road avenue bridge
    park palace cathedral airport station arena island islands river lake mountain mountains
    valley desert hotel tower towers castle theatre theater beach bay inn harbour harbor hills heights
    springs falls gardens cave""".split()
)
PEERAGE_TITLES = frozenset("duke duchess earl count countess baron baroness marquess marchioness viscount viscountess".split())  # '1st Earl of Snowdon': of a place
WHERE_PREPOSITIONS = frozenset("in at from near through outside around".split())  # 'at Kiev', not 'to CNN'
NOT_WHERE_VERBS = frozenset("invest believe trust participate involve engage specialise specialize interest join".split())
PLACE_NOUNS = frozenset(
    """town city village hamlet province region county district diocese desert island state port
    capital suburb municipality prefecture commune parish oblast canton""".split()
)
ORGANISATION_HEADS = frozenset(
    """university college conservatory academy school institute party committee ministry department
    company corporation association society league club union agency commission foundation bank
    court army navy church org bureau newsroom newsdesk""".split()
)
# A body's name ends at these words when a person's name follows ('Punjab Police Nasim Ahmed').
HEADS_BEFORE_A_NAME = ORGANISATION_HEADS | frozenset("police council government".split())
NEWSPAPER_WORDS = frozenset(
    """gazette times post herald tribune journal chronicle telegraph observer guardian sun star
    magazine daily weekly courier examiner inquirer mail express""".split()
)
# Descriptions that any firm fits ('the company said' of Apple), unless its name says it is
# something else: a state body, a school, a party, a newsroom (`descriptions.fits_description`).
BUSINESS_DESCRIPTIONS = frozenset("company firm group business carrier maker manufacturer retailer conglomerate".split())
NOT_BUSINESS_HEADS = frozenset(
    """university college conservatory academy school institute party committee ministry department
    commission court army navy church government council parliament senate congress police military
    agency press news office authority administration embassy union association federation league
    foundation society branch bureau board service tribunal inspectorate regulator""".split()
) | NEWSPAPER_WORDS
# What an organisation is, said after its name ('the Interfax news agency', 'the Kathmandu Post
# newspaper', 'the Socialist CFDT union'): the name and the noun are one actor. Not the bodies
# that belong to one ('the Microsoft board', 'the UN refugee agency').
SELF_DESCRIBING_HEADS = frozenset("newspaper daily weekly magazine broadcaster network union party".split())
NEWS_AGENCY = ("news", "agency")
# Spellings of one sound that transliterations of one name differ by ('Mohamed' / 'Mohammed' is a
# doubled letter, which `merging._transliterated` also folds).
TRANSLITERATIONS = (("ph", "f"), ("x", "ks"), ("kh", "h"), ("y", "i"))
# Institutions a capitalised common word names on its own ('the Senate', 'the House').
INSTITUTION_WORDS = frozenset("house senate congress parliament assembly cabinet navy".split())
NEWSROOM_WORDS = frozenset("news radio tv television online magazine".split())  # 'CBC' of CBC News, 'Freedom' of Freedom Magazine
GENERIC_ORGANISATION_WORDS = ORGANISATION_HEADS | frozenset("house senate congress government council assembly".split())
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "syrian arab republic": "Syria", "russian federation": "Russia",
    "people's republic of china": "China", "islamic republic of iran": "Iran", "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea",
    "turkey": "Türkiye", "czech republic": "Czechia", "ivory coast": "Côte d’Ivoire", "burma": "Myanmar",
    "swaziland": "Eswatini", "macedonia": "North Macedonia", "vatican": "Vatican City", "east timor": "Timor-Leste",
    "holland": "Netherlands", "democratic republic of the congo": "Congo - Kinshasa", "dr congo": "Congo - Kinshasa",
    "republic of the congo": "Congo - Brazzaville",
}
DEMONYMS = {
    demonym: country
    for country, demonyms in {
        "Russia": "russian", "Syria": "syrian", "United States": "american us u.s.", "United Kingdom": "british uk",
        "France": "french", "Germany": "german", "China": "chinese", "Iran": "iranian", "Iraq": "iraqi",
        "Israel": "israeli", "Türkiye": "turkish", "Ukraine": "ukrainian", "Saudi Arabia": "saudi",
        "Egypt": "egyptian", "India": "indian", "Pakistan": "pakistani", "Afghanistan": "afghan", "Japan": "japanese",
        "Italy": "italian", "Spain": "spanish", "Canada": "canadian", "Mexico": "mexican", "Brazil": "brazilian",
        "Australia": "australian", "Lebanon": "lebanese", "Jordan": "jordanian", "Libya": "libyan", "Yemen": "yemeni",
        "Qatar": "qatari", "United Arab Emirates": "emirati", "Nigeria": "nigerian", "Kenya": "kenyan",
        "Venezuela": "venezuelan", "Cuba": "cuban", "Poland": "polish", "Greece": "greek", "Netherlands": "dutch",
        "Sweden": "swedish", "Norway": "norwegian", "Denmark": "danish", "Switzerland": "swiss", "Belgium": "belgian",
        "Austria": "austrian", "Ireland": "irish", "Argentina": "argentine argentinian", "Colombia": "colombian",
        "Vietnam": "vietnamese", "Indonesia": "indonesian", "Philippines": "filipino philippine",
        "Ethiopia": "ethiopian", "Algeria": "algerian", "Morocco": "moroccan", "Tunisia": "tunisian",
        "Slovakia": "slovak", "Croatia": "croat", "Serbia": "serb", "Czechia": "czech", "Bosnia & Herzegovina": "bosnian",
    }.items()
    for demonym in demonyms.split()
}
TITLE_WORDS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader",
    "chancellor", "premier", "governor", "senator", "mayor", "king", "queen", "prince", "general",
    "commander", "chief", "director", "chairman", "chairwoman", "chair", "ambassador", "envoy",
    "judge", "justice", "prosecutor", "officer", "official", "head", "deputy", "foreign", "defence",
    "defense", "prime", "vice", "representative", "rep.", "sen.", "gov.", "gen.", "dr.", "mr.",
    "mrs.", "ms.", "professor", "pope", "sheikh", "emir", "colonel", "captain", "lieutenant",
    "sergeant", "admiral", "ceo", "cto", "cfo", "coo", "cio", "founder", "editor", "correspondent", "analyst", "candidate",
    "speaker", "congressman", "congresswoman", "commissioner", "attorney",
}
# Roles written after an organisation's name ('State Department Spokesperson'), which end no
# organisation's name as 'General' ends 'Office of the Attorney General'.
ROLE_TAILS = frozenset("spokesman spokeswoman spokesperson minister secretary correspondent editor analyst official".split())
RANK_WORDS = frozenset(
    """tsar tsarina tsarevna tsarevich emperor empress saint st st. abba apa father rabbi imam bishop
    archbishop cardinal reverend rev. inspector detective sheriff mathematician""".split()
)
DEMONYM_ENDINGS = ("an", "ese", "ish", "er", "ite", "i")
# A club's players and staff, named after the club ('the Newcastle midfielder', 'Derby manager').
SPORTS_ROLES = frozenset(
    """midfielder striker defender goalkeeper keeper winger fullback full-back playmaker forward manager coach
    batsman bowler opener pitcher reliever catcher shortstop outfielder infielder quarterback""".split()
)
MATCH_VERBS = frozenset(  # what one side does to another in a match ('Porto beat Benfica', 'lost to Milwaukee')
    """beat defeat draw tie lose host play face edge rout thrash down overcome outplay hammer crush whip upset stun
    trail lead""".split()
)
SPORTS_WORDS = frozenset(  # a sports page's words: there a club named by its city is an organisation ('Porto beat Benfica')
    """beat beaten draw drew drawn defeat defeated victory goal goals scored scorer striker midfielder defender
    goalkeeper keeper coach league cup championship tournament semi-final quarter-final innings wicket wickets
    bowled batting bowler batsman lap laps seeded halftime half-time penalty penalties soccer football rugby
    cricket tennis golf basketball baseball hockey fixture fixtures standings unbeaten relegation""".split()
)
CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)
HONORIFICS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "mlle", "mme", "sir", "dame", "lord", "lady"}
PERSONAL_TITLES = (
    frozenset(
        """president minister secretary senator mayor king queen prince princess ambassador judge governor
        professor pope sheikh emir colonel captain lieutenant sergeant admiral congressman congresswoman
        commissioner chancellor premier""".split()
    )
    | RANK_WORDS
    | HONORIFICS
)
PERSONAL_TITLE_STEMS = frozenset(title.rstrip(".") for title in PERSONAL_TITLES)  # 'mlle' of 'Mlle.'
PARTICLES = frozenset("du de da di van von der al el le la".split())
LABEL_PREFIXES = frozenset("pro anti pan non ex neo post pre un trans mid".split())
ROLE_BREAKS = frozenset({",", ";", "(", "—", "–", ":"})
CAPTION_LABELS = frozenset("image photo picture credit video source".split())
ORGANISATION_NOUNS = {
    "presidency", "ministry", "government", "committee", "council", "office", "agency", "army",
    "military", "police", "court", "party", "commission", "department", "administration",
    "parliament", "senate", "congress", "company", "group", "campaign", "embassy", "kremlin",
    "opposition", "coalition", "board", "union", "authority", "authorities", "forces", "regime",
    "service", "newspaper", "network", "spokesman's office", "white house", "cabinet", "federation",
    "association", "institute", "foundation", "bank", "league", "alliance", "organisation", "organization",
    "corporation", "firm", "airline", "university", "hospital",
}
# Words that make a name a place's or a body's, never a person's ('Carnegie Hall', 'Ford Foundation').
PLACE_OR_BODY_WORDS = PLACE_HEADS | ORGANISATION_HEADS | frozenset(ORGANISATION_NOUNS)
# Head words that make a Title Case phrase a name however common its words ('Social Welfare
# Department', 'World Food Programme', 'Human Rights Watch'; in the singular):
# `no_actors._words_mostly_lower`.
NAME_HEAD_WORDS = (
    ORGANISATION_NOUNS | ORGANISATION_HEADS | GENERIC_ORGANISATION_WORDS | PLACE_HEADS | NEWSPAPER_WORDS | NEWSROOM_WORDS
    | frozenset(
        """base force bureau fund forum conference programme project circuit watch division team unit guard
        guide press book picture studio record comic airway airline report review poll strategy
        partnership enforcement movement research legislature""".split()
    )
)
# Nouns that introduce an organisation's name ('the militant group al-Shabab', 'the company,
# Uber,'): the kind the article gives a name it calls so.
ORGANISATION_INTRODUCERS = frozenset(
    """group militia company firm party organisation organization network agency newspaper airline
    band movement faction charity startup broadcaster channel website label""".split()
)
QUANTIFIERS = frozenset("some many several few other others most all both various numerous".split())
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "crat")
PEOPLE_NOUNS = frozenset(
    """people official individual citizen troop rebel critic expert witness victim family relative
    fan staff source diplomat ally soldier man woman child kid judge militant guard delegate
    candidate advocate activist police crowd""".split()
)
OCCUPATIONS = frozenset(
    """writer author composer painter sculptor mathematician scientist physicist chemist biologist
    historian philosopher actor actress singer musician dancer comedian director producer poet
    novelist playwright journalist reporter artist architect player coach manager inventor founder
    engineer lawyer politician businessman businesswoman entrepreneur translator priest monk
    economist professor teacher student nurse doctor surgeon physician pilot chef clerk agent veteran
    pastor minister sheriff attorney lawmaker legislator midfielder striker defender goalkeeper winger
    opener bowler batsman pitcher reliever catcher shortstop outfielder infielder quarterback trainer
    jockey cyclist sprinter broker dealer trader analyst teenager""".split()
)
OWNER_PRONOUNS = {"his", "her", "its", "their"}
NAME_NOUNS = frozenset("name pseudonym nickname alias moniker sobriquet".split())

INDEFINITE_DETERMINERS = frozenset("a an one another some several any".split())  # a description that brings in someone new
