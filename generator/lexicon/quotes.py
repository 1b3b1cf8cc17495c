"""Words of quotes: transcript labels that name no one, things that speak for someone, how a
text introduces its author, pronouns of unnamed people, and entity labels that never speak.
"""
from __future__ import annotations

# A turn of an interview or a transcript that names no one: the interviewer, the audience.
ANONYMOUS_TURN_LABELS = frozenset("q question a answer interviewer audience unidentified voice crosstalk me".split())
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
# How a text introduces its author when no byline comes with it: an editor's note opening it, and
# the written works a sentence may say are the author's ('X's new book').
EDITOR_NOTE_OPENERS = ("editor's note", "editors' note", "editor's notes", "author's note")
AUTHORED_WORKS = frozenset("book memoir novel essay column op-ed biography".split())
# Pronouns that stand for people the text does not name ('someone said', 'I told him'); 'that'
# or 'this' as a source is a thing.
PEOPLE_PRONOUNS = frozenset("i we you someone somebody everyone everybody anyone anybody nobody one another others several many some few".split())
NON_SPEAKER_ENTITIES = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())
REPORTING_VERBS = frozenset(
    """say tell add warn announce stress insist deny claim state explain note argue report confirm
    declare write ask reply respond suggest acknowledge admit predict assert allege emphasize
    emphasise reiterate contend maintain testify tweet post joke quip confess shout yell exclaim
    proclaim conclude wonder recount plead tout lament echo retort counter whisper mutter
    muse""".split()
)
NAMING_VERBS = frozenset("call describe label dub brand term characterize characterise".split())
SPEECH_VERBS = REPORTING_VERBS | NAMING_VERBS | frozenset(
    """promise vow urge caution complain recall estimate point observe remark comment
    pledge threaten demand concede boast agree disclose reveal signal indicate order accuse blame
    criticize criticise praise welcome chant compare sing scream continue surmise read
    advise repeat snipe scoff gush marvel mock taunt tease rail chide scold query inquire implore
    interject rebut opine assure reassure remind inform swear thunder bellow roar sigh react
    remember answer""".split()
)
BELIEF_VERBS = frozenset(
    """believe think expect hope fear worry feel know suspect assume doubt find show""".split()
)
# verbs whose object is the one spoken to: in the passive ('was asked whether ...', 'was told that
# ...') the subject is spoken to, not speaking
ADDRESSED_VERBS = frozenset("ask tell inform advise assure reassure remind warn caution urge notify brief".split())
FIRST_PERSON_SINGULAR = frozenset("i me my mine myself".split())  # one person speaks so, never a group
ANSWER_VERBS = frozenset("shoot fire hit push snap write".split())  # '... shot back'
LEAD_IN_VERBS = frozenset("continue issue release put begin start open close finish offer send give read go".split())
DUMMY_SUBJECTS = frozenset({"it", "there", "this", "that"})
SPEECH_NOUNS = frozenset("statement speech remarks interview message letter tweet post email note response".split())
TITLE_SMALL_WORDS = frozenset("a an and & at by for from in of on or the to with".split())
# A cue's helpers kept in the cue shown ('did not say', 'may have told'), the words that negate it,
# and the words that make a clause a question ('asked if she believed ...': no claim).
CUE_HELPER_DEPS = frozenset({"aux", "auxpass", "neg"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
NEGATED_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})
QUESTION_MARKS = frozenset({"if", "whether"})
REFUSAL_VERBS = frozenset({"decline", "refuse"})  # 'declined to say whether ...' says nothing
DEMANDING_MODALS = frozenset({"must", "should", "ought"})  # 'X must explain why ...': a speech demanded, not made
IRREGULAR_PASTS = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak", "sang": "sing", "read": "read"}
