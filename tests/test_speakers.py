"""Who said it: pronoun and description speakers, transcripts, confidence, and what the page
shows as a quotation. Every text here is written for the tests."""
import pytest

from generator.analyse.quotes.marks import quoted_passages, transcript_turns
from generator.briefing import Quote
from generator.site.quoting import quotation, speaker_label


def quote_of(briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.quote)


@pytest.mark.parametrize(
    ("text", "words", "written", "speaker"),
    [
        pytest.param(
            "Robin Vale met Peter Grant at the port. Vale said her company would buy the old docks.\n\n"
            "“We will keep every job at the harbour,” she said.",
            "every job", "she", "Robin Vale", id="the article's own pronouns over the first name",
        ),
        pytest.param(
            "Karen Holt spoke at the rally outside the factory on Monday.\n\n"
            "“Paul Drake has never paid his workers on time,” she said.",
            "never paid", "she", "Karen Holt", id="a man quoted about by a woman",
        ),
        pytest.param(
            "Anna Ruiz has worked for the mayor for ten years.\n\n"
            "She described Mayor Ken Lowe as “a patient and decent man who listens.”",
            "patient", "She", "Anna Ruiz", id="a name the speech verb governs",
        ),
        pytest.param(
            "“We will not attend the speech,” said Rabbi Howard Ingram, who leads a congregation in Kansas City.\n\n"
            "During the debate, Donald Trump spoke of his daughter, who converted to Judaism when she married. "
            "“I happen to have a son-in-law and a daughter that are Jewish,” he said.",
            "son-in-law", "he", "Donald Trump",
            id="a pronoun the first names contradict ('she' of no named woman) never carries the chain",
        ),
        pytest.param(
            "President Anna Berg met the families on Sunday. The mayor had asked her to come.\n\n"
            "Speaking beside the engineer Maria Reyes later, the president framed the flood as a test for the whole city.\n\n"
            "She did not mention the budget. But it was clearly on her mind as she urged people not to “give up on the river.”",
            "give up on the river", "she", "Anna Berg",
            id="a title subject ('the president') keeps its one holder in the pronoun chain",
        ),
        pytest.param(
            "Peter Marsden said that if Jan Rowley were a man, she would not get five percent of the vote.\n\n"
            "Rowley answered on Friday. \"I will let the voters decide,\" she said.",
            "voters decide", "she", "Jan Rowley", id="a supposition says nothing of a gender ('if Jan Rowley were a man')",
        ),
        pytest.param(
            "On Friday, the lawyer for a woman who accused Peter Marsden of fraud dropped the lawsuit against him.\n\n"
            "Marsden has denied the accusations. \"We will find out the truth at a later date,\" he said on Friday.",
            "later date", "he", "Peter Marsden", id="a woman named before a man does not make him a woman",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_referent_agreement_and_structure_allow(analyse_text, text, words, written, speaker):
    quote = quote_of(analyse_text(text), words)
    assert (quote.speaker, quote.speaker_name) == (written, speaker)


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        pytest.param(
            "Senator Tom Becker opened the hearing on Tuesday. Becker then called the engineer Laura Finch.\n\n"
            "“The dam was never inspected after the flood,” she said.",
            "never inspected", "Tom Becker", id="she: never the man named just before, whose first name says he",
        ),
        pytest.param(
            "Senator Ted Cruz said on Sunday that his choice was made with the primary in mind. “With an eye to February, "
            "Carolina,” he said.\n\nBen Carson defied the question and did not make a choice. “With 100 percent certainty, "
            "I will predict the winner,” he said.",
            "With 100 percent", "Ted Cruz",
            id="parallelism: never the one who spoke before, when another is the subject of the sentence before",
        ),
        pytest.param(
            "A man pleaded guilty on Monday to threatening to kill councillor Ilhan Demir, prosecutors said.\n\n"
            "Peter Marsden, 55, called the offices of Demir in March. Demir is one of the first two women elected to the council.\n\n"
            "The aide who took the call recalled that he said, \"I will come to your office with a gun.\"",
            "with a gun", "Ilhan Demir",
            id="he: never a woman the text calls one of the women, whatever the name lists say of 'Ilhan'",
        ),
    ],
)
def test_a_pronoun_speaker_is_never_the_candidate_the_text_rules_out(analyse_text, text, words, wrong):
    """The ranker may leave these unattributed when its margin is thin; it never shows the wrong one."""
    quote = quote_of(analyse_text(text), words)
    assert quote.speaker_name != wrong


def test_an_even_choice_leaves_the_quote_unattributed_and_says_so(analyse_text):
    briefing = analyse_text(
        "Tom Reed and Mark Hale met the press after the vote on Sunday.\n\n“We will win this seat next year,” he said."
    )
    quote = quote_of(briefing, "win this seat")
    assert quote.speaker == "he" and quote.speaker_id is None and quote.speaker_name is None
    assert quote.speaker_start is None and quote.speaker_end is None and quote.speaker_confidence < 0.6
    assert speaker_label(quote) == "unattributed (he)"


def test_a_named_speaker_carries_its_span_and_a_high_confidence(analyse_text):
    briefing = analyse_text("“The bridge opens in May,” said Mayor Anna Berg on Tuesday.")
    quote = quote_of(briefing, "bridge opens")
    body = "\n\n".join(block.text for block in briefing.article.blocks)
    assert body[quote.speaker_start : quote.speaker_end] == quote.speaker
    assert quote.speaker_confidence >= 0.9 and quote.speaker_evidence == "speech verb"


def test_the_company_resolves_to_the_named_company_and_gets_no_card(analyse_text):
    briefing = analyse_text(
        "Big Harbor Records signed the band in 2010 and owns its first three albums.\n\n"
        "The company said on Monday that it would appeal the ruling of the court."
    )
    quote = quote_of(briefing, "appeal the ruling")
    assert quote.speaker == "The company" and quote.speaker_name == "Big Harbor Records"
    assert not any(actor.name.lower() == "company" for actor in briefing.actors)


def test_a_thing_is_no_speaker(analyse_text):
    briefing = analyse_text(
        "The delay prompted new questions about the budget, “which nobody in the city council has answered so far.”"
    )
    quote = quote_of(briefing, "nobody in the city council")
    assert quote.speaker is None and quote.speaker_id is None


def test_transcript_labels_give_each_turn_its_speaker(analyse_text):
    briefing = analyse_text(
        "Reporter Lena Holt interviewed the minister Mara Vance on Sunday.\n\n"
        "HOLT: Why did you resign from the cabinet?\n\n"
        "VANCE: I resigned because the board hid the losses from us.\n\n"
        "HOLT: Will you run again?\n\n"
        "VANCE: Not this year, and maybe never."
    )
    assert quote_of(briefing, "board hid the losses").speaker_name == "Mara Vance"
    assert quote_of(briefing, "Why did you resign").speaker_name == "Lena Holt"
    assert quote_of(briefing, "maybe never").speaker_evidence == "label"


def test_one_labelled_line_is_no_transcript():
    assert transcript_turns("UPDATE: The road reopened at noon.\n\nThe council met on Friday.") == []
    assert [t.label for t in transcript_turns("Q: Why?\n\nA: Because.\n\nSMITH: We agree.")] == ["SMITH"]


def test_an_interview_labelled_in_ordinary_case_gives_each_answer_its_speaker(analyse_text):
    briefing = analyse_text(
        "Rita Okafor, who led the design team at Harbour Motors, spoke to me after the launch.\n\n"
        "Me: Congratulations on the car. How did you keep the price so low?\n\n"
        "Rita: Cheaper parts, and a team that never gave up on the idea.\n\n"
        "Me: Any regrets about the project?\n\n"
        "Rita: None at all. I had the best team anyone could ask for."
    )
    assert quote_of(briefing, "Cheaper parts").speaker_name == "Rita Okafor"
    assert quote_of(briefing, "best team anyone").speaker_name == "Rita Okafor"
    assert not any("price so low" in quote.quote and quote.speaker_name for quote in briefing.quotes), "the writer's own questions"


def test_labels_in_ordinary_case_that_make_no_dialogue_are_no_turns():
    text = "Note: The road reopened at noon.\n\nPhoto: The bridge at dawn.\n\nSource: The council.\n\nUpdate: More soon."
    assert transcript_turns(text) == []
    assert transcript_turns("Rita: Yes.\n\nMe: Why?\n\nRita: Because.") == [], "three turns make no dialogue yet"


def test_a_scare_quoted_plan_name_is_not_a_quote(analyse_text):
    briefing = analyse_text("The ministry began “phase one” of the housing plan in March after a long delay.")
    assert not any("phase one" in q.quote for q in briefing.quotes)


def test_a_stray_mark_swallows_no_sentence():
    text = 'The council voted on the "budget after a debate that lasted late into the night.\n\nThe mayor left early.'
    assert quoted_passages(text) == []
    run_on = "“The first part of a long quote\n\n“goes on here,” she said."
    assert len(quoted_passages(run_on)) == 2


def test_a_partial_quote_keeps_the_marks_around_the_speaker_s_own_words(analyse_text):
    briefing = analyse_text("The minister said the agreement was “a step toward peace in the whole region” on Monday.")
    quote = quote_of(briefing, "step toward peace")
    assert quote.kind == "partial"
    assert "“a step toward peace in the whole region”" in quote.quote and not quote.quote.startswith("“")


@pytest.mark.parametrize(
    "kind, shown",
    [("direct", "“We will rebuild.”"), ("partial", "the town would “rebuild”"), ("indirect", "the town would rebuild")],
)
def test_only_the_speaker_s_own_words_are_shown_in_quotation_marks(kind, shown):
    text = {"direct": "We will rebuild.", "partial": "the town would “rebuild”", "indirect": "the town would rebuild"}[kind]
    assert quotation(Quote(text, "Ann Lee", "ann-lee", "said", kind, 1)) == shown


def test_a_name_before_the_colon_after_a_dash_is_the_label_not_the_verb_s_subject(analyse_text):
    briefing = analyse_text("Economists agree - Nora Quist: “The rate will fall before the end of the summer.”")
    assert quote_of(briefing, "rate will fall").speaker_name == "Nora Quist"


def test_a_name_the_lead_in_verb_governs_is_not_a_label(analyse_text):
    briefing = analyse_text("Governor Ada Lind told Radio Kent: “We will open the schools again next week.”")
    assert quote_of(briefing, "open the schools").speaker_name == "Ada Lind"


def test_of_two_joined_speech_acts_the_one_whose_clause_holds_the_quote_speaks(analyse_text):
    briefing = analyse_text(
        "After the meeting, Mayor Tom Hale said he was pleased, and Governor Ruth Park called the plan a “costly mistake”."
    )
    assert quote_of(briefing, "costly mistake").speaker_name == "Ruth Park"


def test_a_verb_of_saying_in_an_adverbial_clause_keeps_its_own_subject(analyse_text):
    briefing = analyse_text(
        "Senator Joe Marsh tweeted a photo after Senator Eva Stone argued that “nobody in this room has read the bill.”"
    )
    assert quote_of(briefing, "nobody in this room").speaker_name == "Eva Stone"


def test_a_person_pronoun_narrating_a_quotation_is_one_weak_link_not_two(analyse_text):
    """'He offered "..."': a verb that is no verb of saying, with a person pronoun sure of its
    referent, carries the speaker; 'It's "..."' (two weak links) still does not."""
    briefing = analyse_text(
        "In somber comments, Donald Trump called the assault on the officers an attack on the country. "
        "He offered \"my thoughts and prayers for all of the victims' families and friends.\"\n\n"
        "Critics were unmoved. It is \"a very long way from what a president should say at such a time.\""
    )
    assert quote_of(briefing, "thoughts and prayers").speaker_name == "Donald Trump"
    assert quote_of(briefing, "long way from").speaker_name is None


def test_a_long_quotation_does_not_hide_its_speaker(analyse_text):
    """The window of candidates counts sentences of narration: six quoted sentences between
    'President Obama' and 'he said' leave him the speaker."""
    briefing = analyse_text(
        "President Barack Obama rebuked his critics on Tuesday at the Treasury.\n\n"
        "“What exactly would using this label accomplish? What exactly would it change? Would it make the group less "
        "committed? Would it bring in more allies? Is there a military strategy that is served by this? The answer is none "
        "of the above,” he said."
    )
    assert quote_of(briefing, "using this label").speaker_name == "Barack Obama"


def test_a_dummy_subject_before_a_colon_is_no_speaker(analyse_text):
    briefing = analyse_text(
        "The Washington Post published its fact check of the claim on Monday.\n\n"
        "Wait, it gets better: “By law, the president every fiscal year sets the maximum number of refugees.”"
    )
    assert quote_of(briefing, "By law").speaker_name is None


def test_a_narrating_i_is_the_author_the_byline_names(tmp_path, nlp):
    """A first-person column: 'I said' is the author of the byline, where the text names her."""
    from generator.analyse.article import brief
    from generator.read.seeds import read_seed

    seed = tmp_path / "column.txt"
    seed.write_text(
        "What the harbour taught me about the city\n\nBy Anna Berg\n\n"
        "When the council called Anna Berg to speak about the old harbour last week, the room went quiet for a while.\n\n"
        "“I was seventeen when I first worked on the ferries, and I have never left the water since,” I said to them.\n\n"
        "The council listened, and then it voted to keep the terminal open for another three years.\n",
        encoding="utf-8",
    )
    article = read_seed(seed)
    assert article.author == "Anna Berg"
    quote = quote_of(brief(article, nlp(article.body)), "I was seventeen")
    assert quote.speaker == "I" and quote.speaker_name == "Anna Berg" and quote.speaker_evidence == "the author"
    article.author = None
    assert quote_of(brief(article, nlp(article.body)), "I was seventeen").speaker_name is None, "without a byline, 'I' names no one"


NARRATED_QUOTE = "“I grew up two streets from the harbour, and I will not watch it close,” I told the council."


@pytest.mark.parametrize(
    ("text", "narrator"),
    [
        pytest.param(
            "Editor's note: The following is an excerpt from author Nora Quill's new book about the harbour.\n\n"
            f"The council met on a wet Thursday in March.\n\n{NARRATED_QUOTE}",
            "Nora Quill", id="an editor's note naming the author of the book",
        ),
        pytest.param(
            f"The council met on a wet Thursday in March.\n\n{NARRATED_QUOTE}\n\n"
            "The vote was put off for a month.\n\nSamuel Orme is a retired ferry captain and a columnist in Leith.",
            "Samuel Orme", id="a closing biography of someone the text has not named",
        ),
        pytest.param(
            "Samuel Orme chaired the council meeting on a wet Thursday in March.\n\n"
            f"{NARRATED_QUOTE}\n\nSamuel Orme is a retired ferry captain who has chaired the council since 2009.",
            None, id="a last paragraph about a person of the story is no biography",
        ),
        pytest.param(
            f"The council met on a wet Thursday in March.\n\n{NARRATED_QUOTE}\n\nThe vote was put off for a month.",
            None, id="no byline, note or biography: the I names no one",
        ),
    ],
)
def test_a_narrating_i_is_the_author_the_text_introduces(analyse_text, text, narrator):
    quote = quote_of(analyse_text(text), "I grew up")
    assert quote.speaker == "I" and quote.speaker_name == narrator


def test_the_narrator_is_never_a_later_he(analyse_text):
    briefing = analyse_text(
        "Senator Paul Adler came to the harbour on Monday.\n\n"
        f"{NARRATED_QUOTE}\n\n“The terminal stays open while I am in office,” he said.\n\n"
        "Samuel Orme is a retired ferry captain and a columnist in Leith."
    )
    assert quote_of(briefing, "I grew up").speaker_name == "Samuel Orme"
    assert quote_of(briefing, "terminal stays open").speaker_name == "Paul Adler"


def test_a_surname_tagged_as_a_common_noun_is_its_bearer_when_it_is_the_bare_subject(analyse_text):
    briefing = analyse_text(
        "Donald Trump visited the harbour on Monday. Governor Chris Christie spoke after him.\n\n"
        "Trump blamed local officials on Twitter before the speech. “The pols made all the wrong moves,” he wrote."
    )
    trump = next(actor for actor in briefing.actors if actor.name == "Donald Trump")
    assert trump.mentions >= 2
    assert quote_of(briefing, "wrong moves").speaker_name == "Donald Trump"


def test_an_actor_the_quotation_names_is_not_its_pronoun_speaker(analyse_text):
    briefing = analyse_text(
        "Rita Okafor met Paul Weller at the harbour on Monday.\n\n"
        "“Rita Okafor never answered a single letter from the crews,” she said."
    )
    assert quote_of(briefing, "single letter").speaker_name != "Rita Okafor"


def test_an_indefinite_description_is_nobody_named_before(analyse_text):
    briefing = analyse_text(
        "Dana Whitfield, a spokeswoman for the Port Authority, said the cranes were sound.\n\n"
        "A Port Authority spokeswoman later said, “We will inspect every crane again in May.”"
    )
    quote = quote_of(briefing, "inspect every crane")
    assert quote.speaker == "A Port Authority spokeswoman" and quote.speaker_name is None


def test_a_name_inside_the_last_quote_s_own_attribution_takes_no_floor(analyse_text):
    briefing = analyse_text(
        "Carla Mendes watched the count at home with her brother.\n\n"
        "“It is over,” she said of the vote, in which she was sure Mayor Dan Reyes would win. “In my head, anyway.”"
    )
    quote = quote_of(briefing, "In my head")
    assert quote.speaker_name != "Dan Reyes" and quote.speaker_evidence == "continued"


def test_she_after_a_woman_whose_first_name_other_languages_give_men(analyse_text):
    briefing = analyse_text(
        "Former governor Jan Rowley, an early backer of the plan, calls security \"a priority\" for women.\n\n"
        "“That is something that will resonate with voters,” she said in an interview."
    )
    assert briefing.quotes[-1].speaker_name == "Jan Rowley"


def test_someone_a_place_s_name_only_places_is_not_the_place(analyse_text):
    """'a New Hampshire Republican said': the place does not speak; the words name nobody."""
    briefing = analyse_text(
        "The candidates spent the weekend in New Hampshire before the primary on Tuesday.\n\n"
        "\"The governor will be defeated in this process, but it will take a while,\" said a New Hampshire Republican."
    )
    quote = quote_of(briefing, "defeated in this process")
    assert quote.speaker_name is None and "Republican" in (quote.speaker or "")


def test_a_quotation_in_the_first_person_singular_is_no_group_the_narration_names(analyse_text):
    briefing = analyse_text(
        "“The first week was hard on everyone,” said Dana Wolfe, who joined the Northern Fire Brigade in May.\n\n"
        "Despite the long shifts, the Northern Fire Brigade has bonded like a family. "
        "“I'm really amazed. We all get along so well, and it has been easy from the start.”"
    )
    quote = quote_of(briefing, "really amazed")
    assert quote.speaker_name != "Northern Fire Brigade"


def test_the_one_asked_or_told_is_not_the_speaker(analyse_text):
    briefing = analyse_text(
        "Coach Joe Marsh was asked whether he planned to stay with the team next season. "
        "The players were told that the stadium would close for repairs in June."
    )
    assert not any("planned to stay" in quote.quote for quote in briefing.quotes), "a question put to him: nobody's claim"
    assert all(quote.speaker_name is None for quote in briefing.quotes if "stadium would close" in quote.quote), "told by someone unnamed"
    told_by = analyse_text("The players were told by coach Joe Marsh that the stadium would close for repairs in June.")
    assert quote_of(told_by, "stadium would close").speaker_name == "Joe Marsh"


def test_what_it_is_hard_to_say_is_nobody_s_speech(analyse_text):
    briefing = analyse_text(
        "The council met on Monday. It is hard to predict what will happen to the bridge next year. "
        "It is too early to say whether the repairs will be finished. Mayor Anna Berg was happy to report that the road reopened."
    )
    rows = [quote.quote for quote in briefing.quotes]
    assert not any("what will happen" in row or "repairs will be finished" in row for row in rows), rows
    assert "the road reopened" in rows, "a person glad to report something does report it"


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        ("When the senator did take Mr. Kell on, Ms. Dunmore did it sideways, acknowledging that Mr. Kell had "
         "tapped into a vein but warning that his style would have repercussions.",
         "Mr. Kell had tapped into a vein", "his style would have repercussions", "Ms. Dunmore"),
        ("Senator Ann Holt praised the plan on Monday, saying it would create jobs and warning that costs could rise.",
         "it would create jobs", "costs could rise", "Senator Ann Holt"),
        ("Premier Salim Dauda said in Paris he hoped the Gulf states would pitch in, adding that Europe could not be "
         "expected to go much beyond the aid it had been providing.",
         "he hoped the Gulf states would pitch in", "Europe could not be expected to go much beyond the aid it had been providing",
         "Premier Salim Dauda"),
    ],
)
def test_a_second_participle_of_saying_is_the_first_one_s_speaker_s(analyse_text, text, first, second, speaker):
    """A participle the parser joins to the reported clause ('... but warning that ...') reports
    for the same speaker as the first participle, not for the subject of the clause it is joined
    to, and the first row ends before it."""
    quotes = {quote.quote: quote for quote in analyse_text(text).quotes}
    assert set(quotes) == {first, second}
    assert quotes[first].speaker == quotes[second].speaker == speaker
