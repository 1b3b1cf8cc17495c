"""A saved page's publisher and date: the `<title>` part that spells a site the page links to, the
address it links to most where it writes it as its own name, a meta tag named for the publication
date in any form, a dateline at the top of the body."""
import pytest

from generator.read.seeds import read_seed

PARAGRAPHS = "".join(
    f"<p>The harbour board voted on Tuesday to raise ferry fares by a tenth from March, paragraph {n} of the story.</p>"
    for n in range(5)
)


def saved_page(tmp_path, title: str, links: list[str], footer: str = "") -> str | None:
    anchors = "".join(f'<a href="{link}">link</a> ' for link in links)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{title}</title></head><body><nav>{anchors}</nav>"
        f"<h1>Ferry fares to rise by a tenth</h1><article>{PARAGRAPHS}</article><footer>{footer}</footer></body></html>",
        encoding="utf-8",
    )
    return read_seed(page).publisher


@pytest.mark.parametrize(
    "title, links, publisher",
    [
        # the title's other part spells the site the page links to
        ("Ferry fares to rise by a tenth | Harbour Gazette", ["http://www.harbourgazette.com/news", "http://harbourgazette.com/sport"], "Harbour Gazette"),
        # initials, then the last word: 'Port Hope Courier' of phcourier.co.uk; a subdomain counts for its site
        ("Port Hope Courier - Ferry fares to rise by a tenth", ["http://news.phcourier.co.uk/a", "http://phcourier.co.uk/b"], "Port Hope Courier"),
        # capitalised words before the spelled part belong to the name
        ("Ferry fares to rise by a tenth - North Bay Daily Tide", ["http://dailytide.com/x", "http://dailytide.com/y"], "North Bay Daily Tide"),
        # a web address in a phrase is the address alone
        ("Ferry fares to rise by a tenth | Welcome to www.HarbourGazette.com", ["http://harbourgazette.com/x"], "HarbourGazette.com"),
        # of two parts that spell linked sites, the one linked most
        ("Harbourgazette.com | A Coastline Network Site", ["http://coastline.net/a"] + ["http://harbourgazette.com/n"] * 3, "Harbourgazette.com"),
        # a site whose address adds 'the' to its name; a name after '@' or in closing '(from ...)'
        ("Gazette", ["http://thegazette.co.za/a"], "Gazette"),
        ("Ferry fares to rise by a tenth @ Harbour Gazette", ["http://harbourgazette.com/a"], "Harbour Gazette"),
        ("Ferry fares to rise by a tenth (from The Harbour Gazette)", ["http://theharbourgazette.co.uk/a"], "The Harbour Gazette"),
        # a brand spelling names a site within a site by its host's own label
        ("icHarbour - Ferry fares to rise by a tenth", ["http://icharbour.icnetwork.co.uk/a", "http://icnetwork.co.uk/b"], "icHarbour"),
        ("Ferry fares to rise by a tenth - Tide Watch", ["http://tidewatch.coastline.com/a"], "Tide Watch"),
        # initials alone, a last word cut short, a group word the address adds, a medium word dropped
        ("Ferry fares to rise by a tenth - Port Hope Courier", ["http://phc.co.uk/a"], "Port Hope Courier"),
        ("Ferry fares to rise by a tenth | Harbour Magazine", ["http://harbourmag.com/a"], "Harbour Magazine"),
        ("Ferry fares to rise by a tenth | spiked", ["http://spiked-online.com/a"], "spiked"),
        ("Ferry fares to rise by a tenth | Harbour Gazette Newspaper", ["http://harbourgazette.com/a"], "Harbour Gazette"),
    ],
)
def test_a_title_part_that_spells_a_linked_site_is_the_publisher(tmp_path, title, links, publisher):
    assert saved_page(tmp_path, title, links) == publisher


@pytest.mark.parametrize(
    "title, links",
    [
        ("Ferry fares to rise by a tenth | Sports", ["http://harbourgazette.com/a"]),  # a section spells no site
        ("Ferry fares to rise by a tenth | Harbour Gazette", ["http://ads.example-adserver.net/x"]),  # the links go elsewhere
        ("Ferry fares to rise by a tenth | Harbour Gazette", []),  # nothing corroborates the title
        ("Ferry fares to rise by a tenth | Sport", ["http://sport.harbourgazette.com/a"]),  # one plain word is no brand
    ],
)
def test_a_title_part_that_spells_no_linked_site_is_not_shown(tmp_path, title, links):
    assert saved_page(tmp_path, title, links) is None


def test_the_most_linked_address_written_as_the_site_s_name_is_the_publisher(tmp_path):
    links = ["http://media.harbourgazette.com/i.jpg", "http://harbourgazette.com/a", "http://adserver.example.net/x"]
    copyright = "<p>(c) 2008 HarbourGazette.com, All Rights Reserved.</p>"
    assert saved_page(tmp_path, "Ferry fares to rise by a tenth", links, copyright) == "HarbourGazette.com"
    in_a_sentence = "<p>For more on fares visit harbourgazette.com, also part of the Coastline network of sites.</p>"
    assert saved_page(tmp_path, "Ferry fares to rise by a tenth", links, in_a_sentence) is None
    elsewhere = "<p>(c) 2008 CoastlineNetwork.net, All Rights Reserved.</p>"
    assert saved_page(tmp_path, "Ferry fares to rise by a tenth", links, elsewhere) is None


def test_the_name_a_page_writes_for_its_address_is_shown_for_the_address(tmp_path):
    """The copyright line writes the address; the masthead and the text spell it as a name, which
    a reader knows the paper by. One capitalised word that spells it is no such name."""
    links = ["http://summitgazette.com/a", "http://summitgazette.com/b"]
    footer = "<p>(c) 2008 summitgazette.com, All Rights Reserved.</p>"
    named = f"<p>SUMMIT GAZETTE</p><p>Write to the Summit Gazette News desk.</p><p>Summit Gazette News staff</p>{footer}"
    assert saved_page(tmp_path, "Ferry fares to rise by a tenth", links, named) == "Summit Gazette News"
    links = ["http://summit.com/a", "http://summit.com/b"]
    one_word = "<p>Ferries leave Summit at six.</p><p>(c) 2008 summit.com, All Rights Reserved.</p>"
    assert saved_page(tmp_path, "Ferry fares to rise by a tenth", links, one_word) == "summit.com"


def test_an_xhtml_page_with_an_xml_declaration_is_read_whole(tmp_path):
    page = tmp_path / "xhtml.html"
    page.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Ferry fares to rise by a tenth | Harbour Gazette</title></head><body>"
        '<a href="http://harbourgazette.com/a">home</a><h1>Ferry fares to rise by a tenth</h1>'
        f"<div>{PARAGRAPHS}</div></body></html>",
        encoding="utf-8",
    )
    article = read_seed(page)
    assert (article.title, article.publisher) == ("Ferry fares to rise by a tenth", "Harbour Gazette")


def page_with_head(tmp_path, head: str, top: str = "") -> str | None:
    page = tmp_path / "dated.html"
    page.write_text(
        f"<html><head><title>Ferry fares to rise by a tenth</title>{head}</head><body>"
        f"<h1>Ferry fares to rise by a tenth</h1><article>{top}{PARAGRAPHS}</article></body></html>",
        encoding="utf-8",
    )
    return read_seed(page).date


@pytest.mark.parametrize(
    "head, day",
    [
        ('<meta name="PUBDATE" content="Jan 20, 2008">', "2008-01-20"),
        ('<meta name="dateofpublication" content="Tuesday, January 8, 2008 03:20 AM">', "2008-01-08"),
        ('<meta name="last-modified" content="Jan 21, 2008"><meta name="PublishDate" content="18 Jan 2008">', "2008-01-18"),
        ('<meta name="revised_pubdate" content="Jan 21, 2008">', None),  # a revision is no publication
    ],
)
def test_a_meta_tag_named_for_the_publication_date_gives_the_day_in_any_form(tmp_path, head, day):
    assert page_with_head(tmp_path, head) == day


def test_a_dateline_at_the_top_of_the_body_dates_the_page(tmp_path):
    assert page_with_head(tmp_path, "", "<p>Thursday, January 17, 2008; 8:43 AM</p>") == "2008-01-17"


def test_a_title_s_site_part_beside_a_headline_with_a_colon_is_the_publisher_its_copyright_names(tmp_path):
    """'The Harbour Gazette | Update: Ferry fares ...': the headline has a separator of its own;
    the part before it is the site, where the copyright line names it too."""
    page = tmp_path / "colon.html"
    page.write_text(
        "<html><head><title>The Harbour Gazette | Update: Ferry fares to rise by a tenth</title></head><body>"
        f"<h1>Update: Ferry fares to rise by a tenth</h1><article>{PARAGRAPHS}</article>"
        "<footer><p>Copyright &copy; 2008, The Harbour Gazette.</p></footer></body></html>",
        encoding="utf-8",
    )
    assert read_seed(page).publisher == "The Harbour Gazette"
