import codecs

import pytest
from conftest import SEED

from generator.briefing import HEADING, PARAGRAPH, Block
from generator.errors import SeedError
from generator.read.body import from_the_dateline
from generator.read.copied import find_article_in_copy
from generator.read.decode import decode
from generator.read.metadata import normalise_date
from generator.read.publishers import publisher_name, site_name
from generator.read.seeds import read_seed
from generator.site.publishers import site_publishers

BODY = "The minister said on Monday that the new budget would be presented to parliament next week."


def test_seed_title_publisher_and_body():
    article = read_seed(SEED)
    assert article.title == "Putin: Russian forces to withdraw from Syria"
    assert article.publisher == "Al Arabiya English"
    texts = [block.text for block in article.blocks]
    assert "Skip to content" not in article.body
    assert "Al Arabiya English" not in texts
    assert texts[0].startswith("Russian President Vladimir Putin on Monday ordered")
    assert texts[-1].endswith("Matters will change significantly as a result of that.”")
    heading = [block for block in article.blocks if block.kind == HEADING]
    assert [block.text for block in heading] == ["Syrian opposition welcomes move"]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "café “quoted”".encode("utf-8"),
        codecs.BOM_UTF16_LE + "café “quoted”".encode("utf-16-le"),
        "café “quoted”".encode("cp1252"),
        "café “quoted”".encode("utf-8"),
    ],
)
def test_decode_common_encodings(data):
    assert decode(data, "x.txt") == "café “quoted”"


def test_decode_normalises_line_ends_and_nfc():
    assert decode("cafe\u0301\r\nnext\rlast".encode(), "x.txt") == "café\nnext\nlast"


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(SeedError, match=r"^x\.txt: binary file"):
        decode(b"abc\x00def", "x.txt")


def test_undecodable_bytes_are_refused():
    with pytest.raises(SeedError, match="cannot decode"):
        decode(b"abc \x81\x8d\x8f\x90 def", "x.txt")


def test_mixed_utf8_and_cp1252_lines_both_read_right():
    data = "“Déjà vu,” she said.".encode("utf-8") + b"\n" + "Café in Zürich".encode("cp1252")
    assert decode(data, "x.txt") == "“Déjà vu,” she said.\nCafé in Zürich"


def test_a_stray_broken_byte_does_not_lose_the_article():
    data = ("“Quoted words,” she said. " * 20).encode("utf-8") + b"\x9d\x81 end"
    assert decode(data, "x.txt").endswith("\ufffd\ufffd end")


def test_empty_seed_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ")
    with pytest.raises(SeedError, match=r"^empty\.txt: empty file"):
        read_seed(path)


def test_markdown_front_matter_wins(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Budget day\ndate: 2024-03-05\npublisher: The Herald\ntags: [economy, budget]\n"
        "url: https://example.org/budget\nauthor: Jane Roe\n---\n# Ignored heading\n\n" + BODY + "\n\n## Reaction\n\nMore text here.\n",
        encoding="utf-8",
    )
    article = read_seed(path)
    assert (article.title, article.date, article.publisher) == ("Budget day", "2024-03-05", "The Herald")
    assert article.tags == ["economy", "budget"]
    assert article.author == "Jane Roe"
    assert [(b.kind, b.text) for b in article.blocks] == [
        (HEADING, "Ignored heading"), (PARAGRAPH, BODY), (HEADING, "Reaction"), (PARAGRAPH, "More text here.")
    ]


@pytest.mark.parametrize(
    "front, problem",
    [("title: [unclosed\n", "broken YAML"), ("- a\n- list\n", "must be a mapping"), ("!!python/object:os.system {}\n", "broken YAML")],
)
def test_bad_front_matter_names_the_problem(tmp_path, front, problem):
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{front}---\n{BODY}\n", encoding="utf-8")
    with pytest.raises(SeedError, match=problem):
        read_seed(path)


def test_sidecar_overrides_detected_fields(tmp_path):
    seed = tmp_path / "copied.txt"
    seed.write_bytes(SEED.read_bytes())
    (tmp_path / "copied.yml").write_text("date: 2016-03-14\nurl: https://example.org/putin\ntitle: Better title\n")
    article = read_seed(seed)
    assert (article.date, article.url, article.title) == ("2016-03-14", "https://example.org/putin", "Better title")
    assert article.publisher == "Al Arabiya English"


def test_html_page(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{BODY} Paragraph {i} adds some more words to it.</p>" for i in range(4))
    page.write_text(
        "<html><head><title>Budget day - The Herald</title>"
        '<meta property="og:site_name" content="The Herald"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Budget day</h1>{paragraphs}<h2>Reaction</h2><p>{BODY}</p></article>"
        "<footer>Copyright The Herald</footer></body></html>",
        encoding="utf-8",
    )
    article = read_seed(page)
    assert article.title == "Budget day", "the visible <h1>, not the SEO <title>"
    assert article.publisher == "The Herald"
    assert "Home" not in article.body and "Copyright" not in article.body
    assert "Paragraph 3 adds some more words" in article.body
    assert (HEADING, "Reaction") in [(b.kind, b.text) for b in article.blocks]


def test_unsupported_extension(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    with pytest.raises(SeedError, match="unsupported file type"):
        read_seed(path)


@pytest.mark.parametrize(
    "value, expected",
    [("2016-03-14", "2016-03-14"), ("2016-03-14T10:00:00Z", "2016-03-14"), ("14 March 2016", "2016-03-14"),
     ("March 14, 2016", "2016-03-14"), ("yesterday", None), ("", None), (42, None)],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_declared_title_loses_its_site_suffix_when_there_is_no_h1():
    from generator.read.html import visible_headline

    page = "<html><head><title>Storm hits coast | The Herald</title></head><body><p>Text</p></body></html>"
    assert visible_headline(page, "Storm hits coast | The Herald", "The Herald") == "Storm hits coast"
    assert visible_headline(page, "Storm hits coast | Weather", "The Herald") == "Storm hits coast | Weather"


def test_a_quotation_touching_the_next_word_gets_a_space_and_keeps_its_marks():
    from generator.read.decode import normalise_text

    assert normalise_text("“It was hard,”Clinton said. Gowdy:\"Who told you?\"") == (
        "“It was hard,” Clinton said. Gowdy: \"Who told you?\""
    )
    assert normalise_text("Write to mailto:desk@example.org at 10:30.") == "Write to mailto:desk@example.org at 10:30."


def test_a_typewriter_s_double_quotation_mark_is_read_as_one(tmp_path):
    """"''If elected,'' she said": two apostrophes (or two backticks) are one double mark, so
    the quotation is a direct quote of its speaker; an apostrophe stays one, and a page's HTML
    keeps its empty attributes (alt='')."""
    copy = tmp_path / "pier.txt"
    copy.write_text("``We will rebuild the pier by spring,'' Anna Korvald said on Monday. It's the 1990s' pier.", encoding="utf-8")
    assert read_seed(copy).body == "\"We will rebuild the pier by spring,\" Anna Korvald said on Monday. It's the 1990s' pier."
    page = tmp_path / "pier.html"
    text = "The harbour board voted on Monday to rebuild the pier that storms closed. " * 3
    page.write_text(f"<html><body><h1>Pier</h1><img src='/a.jpg' alt=''><p>{text}</p><p>''It will open in May,'' Korvald said.</p></body></html>", encoding="utf-8")
    assert '"It will open in May," Korvald said.' in read_seed(page).body


def test_html_declared_charset_is_honoured(tmp_path):
    """A windows-1250 page says so in its head; its Czech and Polish letters read right."""
    text = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl starosta Łodzi ve středu."
    page = tmp_path / "page.html"
    page.write_bytes(
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            f"<title>Kůň</title></head><body><article><h1>Kůň</h1><p>{text} {BODY}</p><p>{BODY}</p></article></body></html>"
        ).encode("cp1250")
    )
    assert text in read_seed(page).body


def test_an_article_written_loose_in_a_layout_block_is_read_not_the_whole_page(tmp_path):
    """No <p> around the article's text (it follows an image in a grid column): the extractor's
    quick pass gives up and returns the page's text as one block, menus first; the page is read
    again with the slower comparison, which finds the article."""
    sentence = (
        "The harbour board voted on Tuesday to close the old ferry pier after engineers found cracks "
        "in its pilings, and the mayor said repairs would take most of next year. "
    )
    menu = "".join(f'<li><a href="/s{i}">Section {i} news and services for residents</a></li>' for i in range(60))
    footer = "".join(f'<div><a href="/f{i}">Footer link {i} about the town council offices</a></div>' for i in range(40))
    page = tmp_path / "pier.html"
    page.write_text(
        f"<html><head><title>Ferry pier to close</title></head><body><div id='menu'><ul>{menu}</ul></div>"
        "<div class='container'><div class='row'><div class='col-md-9'><h1>Ferry pier to close</h1>"
        f"<img src='/a.jpg' alt=''>{sentence * 4}<br><br>{sentence * 3}<br><br>{sentence * 3}</div></div></div>"
        f"{footer}</body></html>",
        encoding="utf-8",
    )
    body = read_seed(page).body
    assert "harbour board voted" in body
    assert "Section 0" not in body and "Footer link" not in body


def test_a_declared_charset_does_not_spoil_valid_utf8(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body><p>Café “Łódź”. {BODY}</p></body></html>'.encode())
    assert "Café “Łódź”." in read_seed(page).body


def test_html_body_is_plain_text_with_its_spacing(tmp_path):
    """No Markdown from the extractor: emphasis, links and brackets read as the page shows them."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Budget day</title></head><body><article><h1>Budget day</h1>"
        f"<p>The <b>finance minister</b> said the plan [for <i>2027</i>] was <a href='/x'>fully costed</a>, and *not* a gamble. {BODY}</p>"
        f"<h2><strong>Reaction</strong></h2><p>{BODY}<br>{BODY}</p><p>The council<br>met at noon and {BODY[4:]}</p>"
        f"<p>Storm closes the harbour<br>{BODY}</p><p>Dates:<br>June 9 -- Harbour Hall<br>June 10 -- Town Square</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_seed(page)
    assert "The finance minister said the plan [for 2027] was fully costed, and *not* a gamble." in article.body
    assert (HEADING, "Reaction") in [(b.kind, b.text) for b in article.blocks]
    assert "\\[" not in article.body and "**" not in article.body
    paragraphs = [b.text for b in article.blocks]
    assert paragraphs.count(BODY) == 3, "a line break between two sentences parts two paragraphs (<br><br> pages)"
    assert f"The council met at noon and {BODY[4:]}" in paragraphs, "a line break inside a sentence is a space"
    assert (HEADING, "Storm closes the harbour") in [(b.kind, b.text) for b in article.blocks], "a sub-heading before prose"
    assert not any(b.kind == HEADING and "June" in b.text for b in article.blocks), "a list's items are no sub-headings"


@pytest.mark.parametrize(
    "value, name",
    [
        ("© 2019 Hearst Communications, Inc. All Rights Reserved.", "Hearst Communications"),
        ("Copyright 2014", None),
        ("2019", None),
        ("@", None),
        ("Hosted", None),
        ("Powered by WordPress", None),
        ("(3) public charity)", None),
        ("All Rights Reserved", None),
        ("Forbes Media LLC", "Forbes Media"),
        ("The Republic unless otherwise noted", "The Republic"),
        ("pv magazine", "pv magazine"),
        ("Tweet", None),
        ("Al Jazeera Media Network", "Al Jazeera Media Network"),
    ],
)
def test_publisher_names(value, name):
    assert publisher_name(value) == name


def test_one_name_per_publisher_across_the_site():
    from generator.briefing import Article, Block, Briefing

    def briefing(source, publisher):
        return Briefing(Article(source, source, "T", [Block(BODY)], publisher=publisher), [], [], [])

    given = [briefing("a", "Al Jazeera Media Network"), briefing("b", "Al Jazeera"), briefing("c", "The Times"),
             briefing("d", "The Times of India"), briefing("e", None)]
    assert [b.article.publisher for b in site_publishers(given)] == ["Al Jazeera", "Al Jazeera", "The Times", "The Times of India", None]
    assert given[0].article.publisher == "Al Jazeera Media Network", "the briefings given are not changed"


@pytest.mark.parametrize(
    "front_matter, publisher",
    [
        ("url: https://www.harbour-gazette.co.uk/local/pier-closes", "harbour-gazette.co.uk"),
        ("url: https://harbourwatch.wordpress.com/2026/pier", "harbourwatch.wordpress.com"),
        ("url: https://medium.com/@harbourwatch/pier", None),  # the platform's, not the writer's
        ("url: http://localhost:8000/pier", None),
        ("url: https://www.harbour-gazette.co.uk/pier\npublisher: Harbour Gazette", "Harbour Gazette"),
    ],
)
def test_an_article_s_address_names_its_site_when_nothing_else_does(tmp_path, front_matter, publisher):
    seed = tmp_path / "pier.md"
    seed.write_text(f"---\ntitle: Pier closes\n{front_matter}\n---\n{BODY} {BODY}\n", encoding="utf-8")
    assert read_seed(seed).publisher == publisher


def test_a_sidecar_s_address_names_the_site_of_a_copy_that_names_none(tmp_path):
    seed = tmp_path / "pier.txt"
    seed.write_text(f"Pier closes\n\n{BODY} {BODY}\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "pier.yml").write_text("url: https://www.harbour-gazette.co.uk/pier\n", encoding="utf-8")
    assert read_seed(seed).publisher == "harbour-gazette.co.uk"


def test_a_trailing_name_line_is_the_publisher_only_where_no_footer_follows(tmp_path):
    body = "\n\n".join(f"{BODY} Paragraph {n} says more about the budget and the opposition." for n in range(4))
    short = tmp_path / "short.txt"
    short.write_text(f"Budget day in parliament\n\n{body}\n\nThe Harbour Gazette\n", encoding="utf-8")
    assert read_seed(short).publisher == "The Harbour Gazette"
    footer = tmp_path / "footer.txt"
    footer.write_text(f"Budget day in parliament\n\n{body}\n\nMore news\nSport\nWeather\nTravel Deals\n", encoding="utf-8")
    assert read_seed(footer).publisher is None


def test_a_site_name_in_the_heading_is_not_the_headline(tmp_path):
    """Where the page's only <h1> (and so its declared title) is the site's short name, the
    headline is the <title>'s own part: 'Headline - Site'."""
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{BODY} Paragraph {i} adds some more words to it.</p>" for i in range(4))
    page.write_text(
        "<html><head><title>Ferry fares rise by a tenth in March - Gazette</title></head><body>"
        f"<header><h1>Harbour Gazette</h1></header><article>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    assert read_seed(page).title == "Ferry fares rise by a tenth in March"


@pytest.mark.parametrize(
    "lines, name",
    [
        (["Harbour Gazette homepage", "News", "About Harbour Gazette", "© 2024 Coast Media Group"], "Harbour Gazette"),
        (["Follow The Harbour Post online:", "Work at The Harbour Post"], "The Harbour Post"),
        (["About Us", "Contact Us", "About Us"], None),  # a pronoun is no site's name
        (["About Harbour Gazette"], None),  # named once: a menu item as likely as the site
        (["About Health", "Health", "Eat well: health news"], None),  # a section, a word the page writes in lower case
        (["About Elmsby Theater", "About Theater", "Elmsby Theater tickets"], "Elmsby Theater"),
        (["Contact HARBOURGATE", "About HARBOURGATE", "Contact HARBOURGATE Customer Support"], "HARBOURGATE"),
        (["Popular on Quayside", "Advertise with Quayside", "Back to Main Menu"], "Quayside"),
        (["Dana Kerr is a reporter for Harbour News.", "More from Harbour News"], "Harbour News"),
        (["By Dana Kerr, Quaywire Staff", "Quaywire deals"], "Quaywire"),
        (["By\xa0Dana Kerr, Quaywire Staff"], "Quaywire"),  # a byline names the site once, with a browser's no-break space
        (["Menu", "Dana Kerr is a reporter for Harbour News."], "Harbour News"),  # an author's note, once
        (["Back to Main Menu", "Main Menu", "Email Newsletters", "Email"], None),  # menus, not a site's furniture
    ],
)
def test_the_site_s_name_from_its_own_furniture(lines, name):
    assert site_name(lines) == name


def test_a_copy_s_publisher_is_the_site_never_the_copyright_holder_alone():
    page = (
        "Why you can trust Harbour Gazette\nFerry terminal to stay open until 2027\nBy Dana Kerr\n\n"
        "The harbour authority said on Tuesday that the old ferry terminal would stay open until the new one is finished.\n\n"
        "The decision ends months of doubt for the crews and the cafes that depend on the terminal's passengers.\n\n"
        "About Harbour Gazette\n© 2024 Harbour Gazette, a Coast Media Group title. All rights reserved.\n"
    )
    assert find_article_in_copy(page).publisher == "Harbour Gazette"  # its furniture, and its copyright line
    owner = page.replace("© 2024 Harbour Gazette, a Coast Media Group title", "© 2024 Coast Media Group")
    assert find_article_in_copy(owner).publisher is None  # two menu lines and an owner do not agree
    alone = owner.replace("Why you can trust Harbour Gazette\n", "").replace("About Harbour Gazette\n", "")
    assert find_article_in_copy(alone).publisher is None  # the owner, alone


def test_soft_hyphens_and_zero_width_characters_are_read_as_nothing():
    text = decode("The Te\u00adkau\u00adri\u00adnui family met the mini\u200bster on Monday.\n".encode("utf-8"), "x.txt")
    assert "Tekaurinui" in text and "minister" in text


def test_one_nul_byte_in_a_saved_page_is_no_reason_to_refuse_it():
    page = b"<html><body><h1>Ferry fares rise</h1>" + b"<p>The ferry company raised its fares on Monday by a tenth.</p>" * 20
    text = decode(page[:200] + b"\x00" + page[200:], "x.html")
    assert "\x00" not in text and "raised its fares" in text
    with pytest.raises(SeedError, match="binary"):
        decode(b"\x00\x01\x02\x03" * 100, "y.txt")


def test_utf8_read_as_windows_1252_is_read_again():
    copied = "Kosovo’s future — “no agreement”, said the café’s owner; SÃO PAULO stays."
    garbled = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in copied.encode("utf-8"))
    assert decode(garbled.encode("utf-8"), "x.txt") == decode(copied.encode("utf-8"), "x.txt")
    assert "SÃO PAULO" in decode("SÃO PAULO, a city".encode("utf-8"), "x.txt")


CAPTION = (
    "Rescue workers search the wreckage of the ferry that ran aground off the coast near Portvale, "
    "Friday Jan. 18, 2008. All 152 passengers and crew escaped safely, but eight suffered injuries."
)
DATELINE_LEDE = (
    "PORTVALE, Norland — The ferry that ran aground off Portvale lost both engines two miles from the harbour, "
    "a preliminary report said Friday."
)
FOLLOWING = [
    "Investigators will now study the engine logs recovered from the ship, according to the report from the maritime authority.",
    "The ferry had left the northern port on Thursday morning with a full load of cars and passengers on board.",
    "The operator said it would cooperate fully with the investigation and offered its sympathy to the injured.",
]


def test_a_caption_above_a_dateline_lede_is_not_read_as_the_lede_in_a_copy():
    copy = "\n".join(
        ["Home", "News", "World", "", "Ferry lost both engines before it ran aground, report says", "",
         "By TARA HOLM Associated Press Writer", "", "Click photo to enlarge", CAPTION, DATELINE_LEDE, "", *(f"{p}\n" for p in FOLLOWING),
         "Share this article", "© 2008 The Coast Times"]
    )
    texts = [block.text for block in find_article_in_copy(copy).blocks]
    assert texts[0] == DATELINE_LEDE and CAPTION not in texts


def test_a_caption_above_a_dateline_lede_is_not_read_as_the_lede_in_a_saved_page(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>{text}</p>" for text in [CAPTION, DATELINE_LEDE, *FOLLOWING])
    page.write_text(
        "<html><head><title>Ferry lost both engines - The Coast Times</title></head><body>"
        f"<article><h1>Ferry lost both engines before it ran aground, report says</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    texts = [block.text for block in read_seed(page).blocks]
    assert texts[0] == DATELINE_LEDE and CAPTION not in texts


def test_a_letter_that_opens_with_its_addressee_keeps_its_opening():
    blocks = [
        Block("My husband of twenty years just bought plane tickets for a trip without asking me first, and I feel hurt."),
        Block("DEAR ABBY: Am I right to wonder whether his love of money is stronger than his love for his own family?"),
    ]
    assert from_the_dateline(blocks) == blocks, "a colon opens a letter, not a dateline"


NOTE = "Tara Holm is a reporter for The Coast Times."


def test_the_note_about_the_writer_that_closes_an_article_is_not_its_text():
    """An author box closes the body: her name, then a line about her. The briefing would make a
    key point, a card and a quote of it. Inside the article such a sentence is the story."""
    from generator.read.body import without_author_note

    article = [Block(DATELINE_LEDE), *(Block(text) for text in FOLLOWING)]
    assert without_author_note(article + [Block("Tara Holm"), Block(NOTE)]) == article
    assert without_author_note(article + [Block("Sean Park is a freelance writer living in Leeds")]) == article
    inside = [Block(DATELINE_LEDE), Block("Jo Bell is a writer who lost her home in the flood, and she spoke for the villagers."), Block(FOLLOWING[0])]
    assert without_author_note(inside) == inside
    assert without_author_note(article + [Block("Her husband is a film producer named Tom Reyes.")])[-1].text.startswith("Her husband")
