"""Words of reading pages: what a paywall says, time zones as datelines write them, and the
words of publishers' names (legal forms, hosting platforms, furniture, company words).
"""
from __future__ import annotations

import re

# What a paywall or sign-in wall says in place of the article (see `doubts.py`).
PAYWALL_PHRASES = (
    "subscribe to continue reading", "subscribe to read", "to continue reading", "continue reading your article",
    "already a subscriber", "already have an account", "sign in to continue", "log in to continue",
    "this article is for subscribers", "this content is for subscribers", "subscribers only",
    "become a member to read", "you have reached your limit", "free articles remaining", "for unlimited access",
)
# Publishers (see `publishers.py`). Legal forms that end a company's name ('Forbes Media LLC'; the
# actor stage merges 'Microsoft Corp' with 'Microsoft' by them);
# words that make a line no publisher's name: legal and page-furniture words, the hosting
# platforms a page names in its footer ('Hosted by WordPress'); words that only add the company
# to a publisher's name ('Al Jazeera Media Network' is 'Al Jazeera').
LEGAL_FORMS = (
    "llc", "l.l.c", "inc", "incorporated", "ltd", "limited", "plc", "corp", "corporation", "co", "gmbh", "ag",
    "s.a", "sa", "pvt", "pty", "lp", "llp", "pvt ltd", "private limited",
)
LEGAL_FORM_ENDING = re.compile(r"[,\s]+(?:" + "|".join(re.escape(form) for form in LEGAL_FORMS) + r")\.?$", re.IGNORECASE)
HOSTING_PLATFORMS = frozenset("wordpress blogger blogspot squarespace wix tumblr medium substack weebly".split())
NOT_PUBLISHER_WORDS = frozenset(
    """rights reserved reprint reprints permission permissions policy privacy terms cookies cookie
    tweet reply share comments comment subscribe login newsletter advertisement charity trademark
    trademarks hosted powered theme""".split()
) | HOSTING_PLATFORMS
# Words no person's name holds where a byline stands: accounts and forms, desks and wire
# services, roles, page furniture ('Account You're logged in', 'Associated Press', 'Staff').
WIRE_SERVICES = frozenset("ap afp upi cp pa dpa ians pti ani".split())  # initials before a byline's desk: 'AP Business Writer'
NOT_AUTHOR_WORDS = frozenset(
    """username user account logged login log sign signed you your you're staff writer writers reporter reporters
    editor editors editorial correspondent columnist contributor guest admin administrator desk team newsroom
    press presse agence associated agency wire wires service services news online posted updated comments comment
    email print share follow subscribe more the network sports""".split()
)
# The endings of web addresses, the longest first, by which a host's registered name is found
# ('news.bbc.co.uk' is 'bbc.co.uk'; see `linked_site.py`): generic and country endings.
WEB_ADDRESS_ENDINGS = tuple(sorted(
    """com net org info biz edu gov int mil tv fm io me news co.uk org.uk ac.uk gov.uk me.uk ltd.uk uk
    com.au net.au org.au gov.au au co.nz org.nz net.nz nz co.za org.za za ca us ie in co.in net.in org.in
    com.pk pk com.sg sg com.my my com.ph ph com.hk hk com.cn cn jp co.jp mu ng com.ng gh co.ke ke ae eu
    de fr it es nl be ch at se no dk fi pl ru il co.il jm tt bs""".split(),
    key=lambda ending: (-ending.count("."), -len(ending), ending),
))
NAME_TAIL_WORDS = frozenset("news online".split())  # words a paper adds to the name its address spells: 'Summit Daily News'
MEDIUM_WORDS = frozenset("newspaper website homepage".split())  # 'Seattle Times Newspaper' is the Seattle Times
NOT_SITE_NAME_OPENERS = frozenset("us our me my your".split())  # 'About Us', 'Contact Our Newsroom'
PUBLISHER_GROUP_WORDS = frozenset(
    "media network networks group news online digital publishing publications company interactive international".split()
)
# Time zones as datelines write them, with their offset from UTC in hours. Generic US zones
# ('ET', 'PT') follow daylight saving time (see `read/dates.py`); 'IST' (India or Ireland) and
# other ambiguous names are left out, so a dateline with them keeps its written day.
ZONE_OFFSETS = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "gst": 4,
    "pkt": 5, "hkt": 8, "sgt": 8, "awst": 8, "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
    "ast": -4, "edt": -4, "est": -5, "cdt": -5, "cst": -6, "mdt": -6, "mst": -7, "pdt": -7, "pst": -8,
    "akst": -9, "akdt": -8, "hst": -10,
}
US_GENERIC_ZONES = {"et": -5, "ct": -6, "mt": -7, "pt": -8}  # standard time; an hour later in summer
# English function words: a body line is dense in them, a menu or a headline is not (the copy
# reader's `line_features`).
FUNCTION_WORDS = frozenset(
    """a an the and or but if of in on at to for from by with about as into over after before than then
    that this these those it its is are was were be been being has have had do does did not no so
    he she they we you i his her their our your him them us me who whom which what when where while
    will would can could should may might must also just there here more most some any all""".split()
)
