"""An author is a person's name or nothing (`read/authors.py`)."""
import pytest

from generator.read.authors import author_name
from generator.read.copied import read_page_text


@pytest.mark.parametrize(
    "byline, author",
    [
        ("Ruth Owens", "Ruth Owens"),
        ("By Ruth Owens and Dana Kerr", "Ruth Owens and Dana Kerr"),
        ("Ruth Owens, Staff Writer", "Ruth Owens"),
        ("SETH MYDANS", "SETH MYDANS"),
        ("By JESSICA MINTZ AP Technology Writer", "JESSICA MINTZ"),  # a name in capitals, its desk after it
        ("By JEFFREY McMURRAY Associated Press Writer", "JEFFREY McMURRAY"),
        ("By JAE-SOON CHANG, Associated Press Writer 42 minutes ago", "JAE-SOON CHANG"),
        ("By SIBYLLA BRODZINSKY AND FRANCES ROBLES", "SIBYLLA BRODZINSKY and FRANCES ROBLES"),
        ("By HERB KEINON AND AP", None),  # a wire service beside the person
        ("By MATTHEW LEE", "MATTHEW LEE"),  # a short surname in capitals stays
        ("By FRANK BODANI Daily Record", "FRANK BODANI"),  # a name is set in one case: the paper after it is no part of it
        ("Jean-Luc de la Tour", "Jean-Luc de la Tour"),
        ("Mary O'Neill", "Mary O'Neill"),
        ("By CP", None),  # a wire service
        ("Associated Press", None),
        ("Username", None),  # a form's label
        ("Account You're logged in", None),
        ("Ruth Owens January 9, 2008", None),  # a date glued on: nothing rather than a wrong name
        ("Staff Reporter", None),
        ("The Harbourtimes", None),  # the site, in the author's field
        ("Sports Network", None),
        ("", None),
        ("Ruth Owens, " + "Harbour Board Member Of The Old Town Council, " * 3 + "said", None),  # a sentence, not a byline
    ],
)
def test_a_byline_s_people_or_nothing(byline, author):
    assert author_name(byline) == author


@pytest.mark.parametrize("byline, author", [("By Ruth Owens", "Ruth Owens"), ("By Account You're logged in", None)])
def test_a_copy_shows_the_byline_s_author_only_when_it_is_a_person(byline, author):
    body = "\n\n".join(
        f"The harbour board voted on Monday to rebuild the north pier, paragraph {n} of the story says, with more words." for n in range(4)
    )
    page = f"Harbour board votes to rebuild north pier\n{byline}\n\n{body}\n"
    assert read_page_text(page, "pier", "pier.txt").author == author
