"""The site a saved page belongs to, from the addresses it links to, and its name in the `<title>`.

A page saved from a browser keeps no address of its own, yet it links to its own site far more
than to any other, and a site's name usually spells its address: 'Guardian Unlimited' of
guardian.co.uk, 'The Seattle Times' of seattletimes.nwsource.com, 'New York Times' of nytimes.com
(initials, then the last words), 'Sun-Sentinel' of sun-sentinel.com, 'Star' of thestar.co.za,
'icHarbour' of icharbour.icnetwork.co.uk (a site within a site, by its host's own label). A
part of the `<title>` that spells the name of a site the page links to is two pieces of evidence
agreeing (the title names it, the links go there), so it is shown as the publisher; a section
('Sports') or a slogan spells no address. Where the title names none, a site's address that the page both links to most and
writes out in its own text ('© 2008 azcentral.com') is the publisher, under the name the page
spells it with where it writes one ('Brisbane Times' of brisbanetimes.com.au).
"""
from __future__ import annotations

import re
from collections import Counter

from generator.lexicon.read import (
    MEDIUM_WORDS,
    NAME_TAIL_WORDS,
    NOT_PUBLISHER_WORDS,
    PUBLISHER_GROUP_WORDS,
    WEB_ADDRESS_ENDINGS,
)
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
MIN_INITIALS = 3


def linked_sites(tree) -> Counter:
    """How often the page links to each host ('media.macon.com', without 'www.'), over links,
    forms, images, scripts and frames."""
    hosts: Counter = Counter()
    for tag, attribute in LINKING_ATTRIBUTES:
        for element in tree.iter(tag):
            match = LINK.match(element.get(attribute) or "")
            host = match[1].lower().removeprefix("www.") if match else ""
            if registered_site(host):
                hosts[host] += 1
    return hosts


def registered_sites(hosts: Counter) -> Counter:
    """The links counted by registered site ('media.macon.com' and 'macon.com' are both
    'macon.com')."""
    sites: Counter = Counter()
    for host, links in hosts.items():
        sites[registered_site(host)] += links
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


def stems(hosts: Counter) -> dict[str, int]:
    """The spellings of the sites' names ('sun-sentinel.com' -> 'sunsentinel'), each with how
    often the page links to it."""
    spellings: Counter = Counter()
    for site, links in registered_sites(hosts).items():
        spellings[spelled(ADDRESS_ENDING.sub("", site))] += links
    spellings.pop("", None)
    return dict(spellings)


def host_labels(hosts: Counter) -> dict[str, int]:
    """The spellings of the labels before a host's registered name ('icharbour' of
    icharbour.icnetwork.co.uk, 'showbuzz' of showbuzz.cbsnews.com): a site within a site, named
    by its own label. Only a brand spelling may match one (`spelled_site`): 'News' or 'Sport'
    would spell the labels news.* and sport.* of any site."""
    labels: Counter = Counter()
    for host, links in hosts.items():
        for label in host[: -len(registered_site(host))].split("."):
            if len(label) >= MIN_STEM_LETTERS:
                labels[spelled(label)] += links
    return dict(labels)


def spelled_site(
    words: list[str], site_stems: dict[str, int], labels: dict[str, int] | None = None, abbreviated: bool = True
) -> str | None:
    """The site a run of words spells: whole ('Seattle Times'), as initials and then the last
    words ('New York Times' -> 'nytimes'), as initials alone from three words ('Port Hope
    Courier' -> 'phc'), with its last word cut short ('Harbour Magazine' -> 'harbourmag'), with
    a group word the address adds ('Spiked' of spiked-online.com), or as a web address
    ('Wired.com'). `abbreviated` False in running text, where initials alone and a cut word are
    too weak ('Some Major Holding' of smh.com.au, 'Harbour Lifestyle' of harbourlife.com). A run
    opens with a word ('@ Example' is no name). A brand spelling (two words or more, or a capital
    inside a word: 'icHarbour', 'Tide Watch') may also spell a label of a host (`host_labels`)."""
    if not words[0][0].isalnum() or len(spelled("".join(words))) < MIN_STEM_LETTERS:
        return None
    forms = {spelled(ADDRESS_ENDING.sub("", "".join(words).casefold().removeprefix("www.")))}
    forms |= {"".join(word[0] for word in words[:k]).casefold() + spelled("".join(words[k:])) for k in range(1, len(words))}
    if abbreviated and len(words) >= MIN_INITIALS:
        forms.add("".join(word[0] for word in words).casefold())
    last = spelled(words[-1])
    if abbreviated and len(words) >= 2 and len(last) > MIN_STEM_LETTERS:
        forms |= {spelled("".join(words[:-1])) + last[:cut] for cut in range(MIN_STEM_LETTERS, len(last))}
    forms |= {form + word for form in forms for word in PUBLISHER_GROUP_WORDS}
    forms |= {"the" + form for form in forms}  # 'Star' of thestar.co.za, 'Post' of thepost.co.za
    found = next((form for form in sorted(forms) if form in site_stems), None)
    brand = len(words) >= 2 or any(letter.isupper() for word in words for letter in word[1:])
    if found is None and brand and labels:
        found = next((form for form in sorted(forms) if form in labels), None)
    return found


def title_site_name(title: str, headline: str | None, hosts: Counter) -> str | None:
    """The part of the `<title>` (not the headline) that spells a site the page links to; of
    several, the one that spells the site linked most ('Footballworld.com | A Netsports Site' on
    a page that links to footballworld.com more than to netsports.com), then the last ('Headline
    - Section - Site'). Besides the usual separators, a site's name may follow an '@' or close
    the title in brackets ('Headline @ Example Media', 'Headline (from The Example News)')."""
    site_stems, labels = stems(hosts), host_labels(hosts)
    parts = [" ".join(part.split()) for part in SITE_PART.split(FROM_SITE.sub(r" | \1", title or "")) if part]
    named = [
        (site_stems.get(site) or labels[site], k, name) for k, part in enumerate(parts)
        if part and not same_headline(part, headline) and len(part.split()) <= MAX_NAME_WORDS
        for name, site in [site_name_in(part, site_stems, labels)] if name
    ]
    return max(named)[2] if named else None


def site_name_in(part: str, site_stems: dict[str, int], labels: dict[str, int]) -> tuple[str | None, str | None]:
    """The site's name in a part of a title, and the site it spells: a web address alone
    ('Welcome to www.Example.com' -> 'Example.com'), else the part from the words that spell the
    site's name on, with the capitalised words and 'The' before them ('San Jose Mercury News',
    'Online News @ TheCheers' -> 'TheCheers'; 'Guardian Unlimited Football' whole), without a
    medium word closing it ('Seattle Times Newspaper' -> 'Seattle Times')."""
    words = part.split()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_RUN_WORDS) + 1):
            site = spelled_site(words[start:end], site_stems, labels)
            if not site:
                continue
            if end - start == 1 and WEB_ADDRESS.fullmatch(words[start]):
                return re.sub(r"^www\.", "", words[start], flags=re.IGNORECASE), site
            while start and NAME_WORD.fullmatch(words[start - 1]):
                start -= 1
            last = len(words)
            while last > end and words[last - 1].casefold() in MEDIUM_WORDS:
                last -= 1
            name = " ".join(words[start:last])
            return (None, None) if name.split()[0].casefold() in NOT_PUBLISHER_WORDS else (name, site)
    return None, None


def written_site(hosts: Counter, lines: list[str]) -> str | None:
    """The site the page links to most, where the page writes that address as its own name: in
    a copyright line ('(c) 2008 Example.org, All Rights Reserved.'), a line of its own
    ('www.Example.com') or the site's furniture ('About Example.com'); shown as the name the
    page spells it with, where it writes one (`spelled_name`), else as the page writes the
    address. An address in a sentence ('visit example.co.uk, also part of ...') may be a sister
    site."""
    if not hosts:
        return None
    site, _ = registered_sites(hosts).most_common(1)[0]
    address = re.compile(r"(?<![\w.@/-])(?:www\.)?(" + re.escape(site) + r")(?![\w-]|\.\w)", re.IGNORECASE)
    for line in lines:
        written = address.search(line)
        if written and (COPYRIGHT.search(line) or written[0] == line.strip() or site_name([line, line]) == written[0]):
            return spelled_name(site, lines) or written[1]
    return None


CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")  # dots kept: 'Example.com' is an address


def spelled_name(site: str, lines: list[str]) -> str | None:
    """The name the page writes that spells a site's address ('Harbour Gazette' of
    harbourgazette.com), with 'The' before it and 'News' or 'Online' after it ('Summit Daily
    News' of summitdaily.com); of several, the one written most. Two words or more: one word
    that spells an address is the address's own brand ('Example' of example.com, better shown
    as the address the page writes) or, in a sentence, as often a place or a person ('Macon' of
    macon.com). A name in capitals ('HARBOUR GAZETTE') is a masthead's type, so the page's own
    case comes first."""
    stem = {spelled(ADDRESS_ENDING.sub("", site)): 1}
    names: Counter = Counter()
    for line in lines:
        for run in CAPITALISED_RUN.finditer(line):
            words = [word.rstrip(".") for word in run[0].split()]
            for start in range(len(words)):
                for end in range(start + 2, min(len(words), start + MAX_RUN_WORDS) + 1):
                    run_words = words[start:end]
                    if spelled_site(run_words, stem, abbreviated=False) and not any(WEB_ADDRESS.fullmatch(word) for word in run_words):
                        names[_with_name_tail(words, start, end)] += 1
    return max(names, key=lambda name: (not name.isupper(), names[name], len(name))) if names else None


def _with_name_tail(words: list[str], start: int, end: int) -> str:
    """A run of a name with 'The' before it and the words papers add to their names after it."""
    while end < len(words) and words[end].casefold() in NAME_TAIL_WORDS:
        end += 1
    if start and words[start - 1] == "The":
        start -= 1
    return " ".join(words[start:end])
