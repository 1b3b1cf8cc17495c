"""The site a saved page belongs to, from the addresses it links to, and its name in the `<title>`.

A page saved from a browser keeps no address of its own, yet it links to its own site far more
than to any other, and a site's name usually spells its address: 'Guardian Unlimited' of
guardian.co.uk, 'The Seattle Times' of seattletimes.nwsource.com, 'New York Times' of nytimes.com
(initials, then the last words), 'Sun-Sentinel' of sun-sentinel.com, 'Star' of thestar.co.za. A
part of the `<title>` that spells the name of a site the page links to is two pieces of evidence
agreeing (the title names it, the links go there), so it is shown as the publisher; a section
('Sports') or a slogan spells no address. Where the title names none, a site's address that the page both links to most and
writes out in its own text ('© 2008 azcentral.com') is the publisher as the page gives it.
"""
from __future__ import annotations

import re
from collections import Counter

from generator.lexicon.read import NOT_PUBLISHER_WORDS, WEB_ADDRESS_ENDINGS
from generator.read.lines import TITLE_SEPARATOR, same_headline
from generator.read.publishers import COPYRIGHT, site_name

LINK = re.compile(r"\s*https?://([^/:?#\s\\\"']+)", re.IGNORECASE)
ADDRESS_ENDING = re.compile(r"\.(?:" + "|".join(re.escape(ending) for ending in WEB_ADDRESS_ENDINGS) + r")$")
LINKING_ATTRIBUTES = (("a", "href"), ("link", "href"), ("form", "action"), ("img", "src"), ("script", "src"), ("iframe", "src"))
WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,4}){1,2}", re.IGNORECASE)
NAME_WORD = re.compile(r"[A-Z0-9][\w'’!.&-]*|the|The")
SITE_PART = re.compile(TITLE_SEPARATOR.pattern + r"|\s+@\s+")  # 'Headline @ Example Media'
FROM_SITE = re.compile(r"\s*\(from\s+([^()]+)\)\s*$")  # 'Headline (from The Example News)'
MAX_NAME_WORDS = 6
MAX_RUN_WORDS = 5
MIN_STEM_LETTERS = 3


def linked_sites(tree) -> Counter:
    """How often the page links to each registered site ('media.macon.com' and 'macon.com' are
    both 'macon.com'), over links, forms, images, scripts and frames."""
    sites: Counter = Counter()
    for tag, attribute in LINKING_ATTRIBUTES:
        for element in tree.iter(tag):
            match = LINK.match(element.get(attribute) or "")
            site = registered_site(match[1].lower()) if match else None
            if site:
                sites[site] += 1
    return sites


def registered_site(host: str) -> str | None:
    """The registered name of a host: its last label before a known ending, with the ending
    ('news.bbc.co.uk' -> 'bbc.co.uk'); None for an IP address or an unknown ending."""
    ending = ADDRESS_ENDING.search(host)
    if not ending or host.replace(".", "").isdigit():
        return None
    stem = host[: ending.start()].rsplit(".", 1)[-1]
    return stem + ending[0] if len(stem) >= MIN_STEM_LETTERS - 1 else None


def spelled(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def stems(sites: Counter) -> dict[str, int]:
    """The spellings of the sites' names ('sun-sentinel.com' -> 'sunsentinel'), each with how
    often the page links to it."""
    spellings: Counter = Counter()
    for site, links in sites.items():
        spellings[spelled(ADDRESS_ENDING.sub("", site))] += links
    spellings.pop("", None)
    return dict(spellings)


def spelled_site(words: list[str], site_stems: dict[str, int]) -> str | None:
    """The site a run of words spells: whole ('Seattle Times'), as initials and then the last
    words ('New York Times' -> 'nytimes'), or as a web address ('Wired.com'). A run opens with a
    word ('@ Example' is no name)."""
    if not words[0][0].isalnum() or len(spelled("".join(words))) < MIN_STEM_LETTERS:
        return None
    forms = {spelled(ADDRESS_ENDING.sub("", "".join(words).casefold().removeprefix("www.")))}
    forms |= {"".join(word[0] for word in words[:k]).casefold() + spelled("".join(words[k:])) for k in range(1, len(words))}
    forms |= {"the" + form for form in forms}  # 'Star' of thestar.co.za, 'Post' of thepost.co.za
    return next((form for form in sorted(forms) if form in site_stems), None)


def title_site_name(title: str, headline: str | None, sites: Counter) -> str | None:
    """The part of the `<title>` (not the headline) that spells a site the page links to; of
    several, the one that spells the site linked most ('Footballworld.com | A Netsports Site' on
    a page that links to footballworld.com more than to netsports.com), then the last ('Headline
    - Section - Site'). Besides the usual separators, a site's name may follow an '@' or close
    the title in brackets ('Headline @ Example Media', 'Headline (from The Example News)')."""
    site_stems = stems(sites)
    parts = [" ".join(part.split()) for part in SITE_PART.split(FROM_SITE.sub(r" | \1", title or "")) if part]
    named = [
        (site_stems[site], k, name) for k, part in enumerate(parts)
        if part and not same_headline(part, headline) and len(part.split()) <= MAX_NAME_WORDS
        for name, site in [site_name_in(part, site_stems)] if name
    ]
    return max(named)[2] if named else None


def site_name_in(part: str, site_stems: dict[str, int]) -> tuple[str | None, str | None]:
    """The site's name in a part of a title, and the site it spells: a web address alone
    ('Welcome to www.Example.com' -> 'Example.com'), else the part from the words that spell the
    site's name on, with the capitalised words and 'The' before them ('San Jose Mercury News',
    'Online News @ TheCheers' -> 'TheCheers'; 'Guardian Unlimited Football' whole)."""
    words = part.split()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_RUN_WORDS) + 1):
            site = spelled_site(words[start:end], site_stems)
            if not site:
                continue
            if end - start == 1 and WEB_ADDRESS.fullmatch(words[start]):
                return re.sub(r"^www\.", "", words[start], flags=re.IGNORECASE), site
            while start and NAME_WORD.fullmatch(words[start - 1]):
                start -= 1
            name = " ".join(words[start:])
            return (None, None) if name.split()[0].casefold() in NOT_PUBLISHER_WORDS else (name, site)
    return None, None


def written_site(sites: Counter, lines: list[str]) -> str | None:
    """The site the page links to most, where the page writes that address as its own name: in
    a copyright line ('(c) 2008 Example.org, All Rights Reserved.'), a line of its own
    ('www.Example.com') or the site's furniture ('About Example.com'), as the page writes it. An
    address in a sentence ('visit example.co.uk, also part of ...') may be a sister site."""
    if not sites:
        return None
    site, _ = sites.most_common(1)[0]
    address = re.compile(r"(?<![\w.@/-])(?:www\.)?(" + re.escape(site) + r")(?![\w-]|\.\w)", re.IGNORECASE)
    for line in lines:
        written = address.search(line)
        if written and (COPYRIGHT.search(line) or written[0] == line.strip() or site_name([line, line]) == written[0]):
            return written[1]
    return None
