"""Gender and number: the honorifics, nouns and pronouns that say who a pronoun can stand for.
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
# What a sentence may say a person is ('Omar is one of the first women ...', 'Jones, a man of 40'),
# never read from the words before a name: 'a woman who accused Donald Trump'.
GENDERED_PEOPLE = {**GENDERED_NOUNS, "man": MALE, "boy": MALE, "woman": FEMALE, "girl": FEMALE}
# Pronouns: the gender or number they agree with.
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "we", "us", "our"})
