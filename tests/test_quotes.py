import pytest
from conftest import SEED

from generator.analyse.article import analyse, brief
from generator.analyse.quotes.marks import quoted_passages
from generator.briefing import HEADING, PARAGRAPH, Article, Block
from generator.read.seeds import read_seed


def test_passages_pair_straight_and_curly_marks_per_paragraph():
    text = 'He said "one two" and “three four”.\n\n“An open quote runs on\n\n“and closes here.”'
    found = [text[p.content[0] : p.content[1]] for p in quoted_passages(text)]
    assert found == ["one two", "three four", "An open quote runs on", "and closes here."]


def test_a_partial_quote_that_starts_inside_the_quotation_keeps_its_marks_the_right_way_round(analyse_text):
    briefing = analyse_text(
        "The signs along the highway were popular with drivers. Another advised, “Speeding you are, arrested you will be,” in the voice of a film character."
    )
    rows = [q.quote for q in briefing.quotes if "Speeding" in q.quote]
    assert rows and all("“Speeding you are, arrested you will be”" in row or "“" not in row for row in rows), rows


def test_unbalanced_marks_do_not_lose_other_quotes(analyse_text):
    briefing = analyse_text(
        'The mayor said the “plan was bad.\n\n'
        '“We will rebuild the bridge before winter comes,” Mayor Anna Berg said on Tuesday.'
    )
    assert any(q.quote == "We will rebuild the bridge before winter comes" and q.speaker_name == "Anna Berg" for q in briefing.quotes)


def test_direct_quote_with_pronoun_resolved(analyse_text):
    briefing = analyse_text(
        "Finance Minister Maria Lopez presented the budget on Monday.\n\n"
        "“This budget protects families and keeps the deficit under control,” she said."
    )
    quote = next(q for q in briefing.quotes if q.kind == "direct")
    assert quote.quote == "This budget protects families and keeps the deficit under control"
    assert (quote.speaker_name, quote.speaker, quote.cue, quote.paragraph) == ("Maria Lopez", "she", "said", 2)
    assert quote.speaker_id == "maria-lopez"


def test_interrupted_quote_gives_both_parts_one_speaker(analyse_text):
    briefing = analyse_text("“We are ready,” said John Smith, the union leader, “and we will strike on Monday.”")
    direct = [q for q in briefing.quotes if q.kind == "direct"]
    assert [q.quote for q in direct] == ["We are ready", "and we will strike on Monday."]
    assert {q.speaker_name for q in direct} == {"John Smith"}


def test_scare_quotes_are_not_quotes(analyse_text):
    briefing = analyse_text("Critics dismissed the so-called “deal” as a stunt during the long summit in Paris.")
    assert not any("deal" == q.quote for q in briefing.quotes)


def test_a_link_to_another_story_gives_no_quote_and_no_key_point(analyse_text):
    briefing = analyse_text(
        "The harbour board approved the dredging plan on Monday after a four-hour meeting.\n\n"
        "READ MORE: Fishermen say dredging will \"destroy\" shellfish beds\n\n"
        "\"We have listened to everyone and the channel must be deepened,\" said board chair Maria Gonzalez.\n\n"
        "Related: \"It is a sad day for the bay,\" residents say"
    )
    assert [(q.quote, q.speaker_name) for q in briefing.quotes] == [("We have listened to everyone and the channel must be deepened", "Maria Gonzalez")]
    assert not any("READ MORE" in point.text or "sad day" in point.text for point in briefing.key_points)
    assert "residents" not in [actor.name for actor in briefing.actors]


def test_a_view_someone_holds_is_kept_apart_from_what_they_said(analyse_text):
    briefing = analyse_text(
        "Harbour board chair Maria Gonzalez said the channel would be deepened by June.\n\n"
        "Fishermen believe the dredging will destroy the shellfish beds for a decade."
    )
    kinds = {q.quote: q.kind for q in briefing.quotes}
    assert kinds == {
        "the channel would be deepened by June": "indirect",
        "the dredging will destroy the shellfish beds for a decade": "belief",
    }


def test_reported_speech(analyse_text):
    briefing = analyse_text("Police officials said the suspect had fled the city before dawn.")
    quote = briefing.quotes[0]
    assert (quote.kind, quote.quote, quote.speaker, quote.cue) == (
        "indirect", "the suspect had fled the city before dawn", "Police officials", "said"
    )


def test_seed_quotes(nlp):
    briefing = next(analyse([read_seed(SEED)], nlp))
    by_paragraph = {q.paragraph: q for q in briefing.quotes}
    putin = by_paragraph[2]
    assert putin.speaker == "Putin" and putin.speaker_name == "Vladimir Putin" and putin.cue == "told" and putin.kind == "direct"
    assert putin.quote.startswith("The task that was set before our defence ministry")
    assert by_paragraph[5].speaker_name == "Vladimir Putin" and by_paragraph[5].speaker == "The Russian leader"
    assert by_paragraph[7].kind == "partial" and by_paragraph[7].speaker == "It"
    assert "combating terrorism" in by_paragraph[8].quote and by_paragraph[8].kind == "partial"
    # 'It said' after the Syrian presidency spoke: the referent ranker leaves an 'it' unattributed
    # unless sure (on the corpora the salience rule's 'it' and 'they' were wrong more often than right)
    assert by_paragraph[7].speaker_name in (None, "Syrian presidency") and by_paragraph[8].speaker_name in (None, "Syrian presidency")
    assert by_paragraph[9].speaker == "US officials" and by_paragraph[9].kind == "indirect"
    assert by_paragraph[12].speaker_name == "Salim al-Muslat"
    assert by_paragraph[13].speaker_name == "Salim al-Muslat", "a quote running on into the next paragraph"
    assert by_paragraph[13].quote.endswith("Matters will change significantly as a result of that.")


def test_according_to_and_trailing_attribution(analyse_text):
    briefing = analyse_text(
        "According to the police, the suspect fled the city before dawn on Sunday.\n\n"
        "The storm killed twelve people in the northern provinces, officials said."
    )
    first, second = briefing.quotes
    assert (first.kind, first.quote, first.speaker, first.cue) == (
        "indirect", "the suspect fled the city before dawn on Sunday", "the police", "according to"
    )
    assert (second.kind, second.quote, second.speaker, second.cue) == (
        "indirect", "The storm killed twelve people in the northern provinces", "officials", "said"
    )


def test_attribution_after_a_closing_mark_the_parser_split_off(analyse_text):
    briefing = analyse_text(
        "The event “was the first time I walked away with the idea that maybe it’s not as simple as, "
        "‘He’s the ringleader,’” Sexton said in a phone interview. “I’m starting to wonder if he’s really in control.”"
    )
    assert [q.speaker for q in briefing.quotes if q.kind != "indirect"] == ["Sexton", "Sexton"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Governor Tom Hale called his rival a “reckless gambler” at a rally in Ohio on Friday.",
         "his rival a “reckless gambler”", "Tom Hale"),
        ("Senator Ruth Park described the new tax plan as a “work in progress” during the hearing.",
         "the new tax plan as a “work in progress”", "Ruth Park"),
        ("Mayor Ken Ito branded the strike a “reckless stunt” on Tuesday morning.",
         "the strike a “reckless stunt”", "Ken Ito"),
    ],
)
def test_a_fragment_after_a_naming_verb_is_a_partial_quote_with_what_it_names(analyse_text, text, quote, speaker):
    found = next(q for q in analyse_text(text).quotes if q.cue in ("called", "described", "branded"))
    assert (found.kind, found.quote, found.speaker_name) == ("partial", quote, speaker)


def test_a_clause_with_several_quoted_fragments_is_one_partial_quote(analyse_text):
    briefing = analyse_text("The senator said that his rival was a “liar” and a “fraud” who could not be trusted.")
    partial = [q for q in briefing.quotes if q.kind == "partial"]
    assert [q.quote for q in partial] == ["that his rival was a “liar” and a “fraud” who could not be trusted"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor told viewers on “Meet the Nation” that the budget was balanced and fair.",
        "She has been reading “The History of the Ancient World” every night since the election.",
    ],
)
def test_titles_of_works_are_not_quotes(analyse_text, text):
    quotes = analyse_text(text).quotes
    assert not any(q.quote in ("Meet the Nation", "The History of the Ancient World") for q in quotes)


def test_markup_attribute_values_are_not_quotes():
    text = '<blockquote class="tweet" data-id="7479869">Great rally tonight!</blockquote> He said “we will win the state”.'
    assert [text[p.content[0] : p.content[1]] for p in quoted_passages(text)] == ["we will win the state"]


def test_a_name_label_with_a_colon_gives_the_speaker(analyse_text):
    briefing = analyse_text(
        "Critics were quick to react to the debate on Wednesday night.\n\n"
        "Maria Stone, The Daily Example: “This was the best debate of the whole campaign so far.”\n\n"
        "Paul Grant, Radio North: “Nobody won, and the voters lost again tonight.”"
    )
    speakers = {q.quote: q.speaker_name for q in briefing.quotes if q.kind == "direct"}
    assert speakers == {
        "This was the best debate of the whole campaign so far.": "Maria Stone",
        "Nobody won, and the voters lost again tonight.": "Paul Grant",
    }


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("According to Dana Whitfield, “The council has run out of money and out of ideas.”", "Dana Whitfield", "according to"),
        ("Mayor Lena Ortiz spoke first.\n\nOrtiz continued: “We will open the new school in September, on time.”", "Ortiz", "continued"),
        ("After the vote, Senator Omar Reyes issued a statement, “This is a dark day for the farmers of this state.”",
         "Senator Omar Reyes", "issued"),
        ("“We have never seen a winter like this one in forty years,” mused radio host Carl Jensen.", "Carl Jensen", "mused"),
        ("“Everyone here wants the same thing, a fair deal for the workers,” Tom Baird shot back.", "Tom Baird", "shot"),
        ("“Our children are thriving and our families are grateful,” the letter reads.", "the letter", "reads"),
    ],
)
def test_quote_openings_and_closings_that_name_the_speaker(analyse_text, text, speaker, cue):
    quote = next(q for q in analyse_text(text).quotes if q.kind == "direct")
    assert speaker in quote.speaker and quote.cue == cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Terrorism is a real threat. One of the best ways of fighting it is staying united,” Governor Ann Lowe said.",
         "Governor Ann Lowe"),
        ("“The early states matter, but they award only four percent of the delegates,” Rob Miles said.", "Rob Miles"),
        ("Senator Tim Cole was asked by the host, Gina Ford, whether the plan was “a costly mistake.”", "Gina Ford"),
    ],
)
def test_the_speaker_is_outside_the_quotation_and_the_agent_of_a_passive(analyse_text, text, speaker):
    quote = next(q for q in analyse_text(text).quotes if q.kind in ("direct", "partial"))
    assert speaker in (quote.speaker or "") and speaker not in quote.quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not close the hospital while I am the mayor of this city,\" said Paula Devlin.", "Paula Devlin"),
        ("Governor Sam Hill waved at the crowd, then leaned in and boomed: “We are going to win this state in November.”",
         "Governor Sam Hill"),
        ("Senator Ida Bell also defended the new budget -- “It protects the people who need help the most.”", "Senator Ida Bell"),
        ("Mayor Ann Cole, exasperated, finally responded: “What difference does it make to the people waiting for a bus?”",
         "Mayor Ann Cole"),
        ("Senator Joe Marsh answered the veteran by saying that the war had been “a grave mistake from the very start.”",
         "Senator Joe Marsh"),
    ],
)
def test_quotes_after_a_colon_a_dash_or_a_preposition_and_with_mixed_marks(analyse_text, text, speaker):
    quote = next(q for q in analyse_text(text).quotes if q.kind in ("direct", "partial"))
    assert speaker in (quote.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We were wrong not to confront him from the beginning,” Mario Ruiz, 58, told reporters in Madrid on Monday.",
         "Mario Ruiz"),
        ("The tax code is a mess, experts say. Said Paul Ellis: “Nobody in this campaign wants to fix it.”", "Paul Ellis"),
        ("“Many analysts told her not to do it, and she proved them all wrong,” remembered Roy Verley, a former spokesman.",
         "Roy Verley"),
        ("But Senator Dick Durbin, noting the size of the crowd, said, “He has a heck of an email list.”", "Dick Durbin"),
    ],
)
def test_speakers_the_parse_misses_are_found_beside_the_verb(analyse_text, text, speaker):
    quote = next(q for q in analyse_text(text).quotes if q.kind == "direct")
    assert speaker in (quote.speaker or "") and not (quote.speaker or "").startswith(("”", "Said"))


def test_an_attribution_in_the_next_paragraph_does_not_take_a_quote(analyse_text):
    briefing = analyse_text(
        "“That would take money away from the classroom,” Senator Amy Jolly said. "
        "“Let’s not create another layer of administration for our schools.”\n\n"
        "Mark Grayson criticized his opponents for their plans to cut the department."
    )
    second = next(q for q in briefing.quotes if q.quote.startswith("Let’s not create"))
    assert second.speaker_name == "Amy Jolly"


def test_an_answer_after_the_quote_names_its_speaker(analyse_text):
    quote = analyse_text("“Two things only: welfare reform and two judges,” Brent Bozell answers.").quotes[0]
    assert quote.speaker_name == "Brent Bozell" and quote.cue == "answers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Actress Kerry Stone thanked the president for “taking these steps to make all of us safer.”", "Kerry Stone"),
        ("The new campaign ad targets a “corrupt political system that keeps a rigged economy in place.”", "The new campaign ad"),
    ],
)
def test_a_quotation_a_narrated_verb_governs_takes_that_verb_s_subject(analyse_text, text, speaker):
    quote = next(q for q in analyse_text(text).quotes if q.kind == "direct")
    assert speaker in (quote.speaker or "")


def test_a_short_scare_quote_in_narration_stays_out(analyse_text):
    assert not analyse_text("The senator dismissed the “deal” as a stunt on Tuesday.").quotes


def test_the_reporter_of_a_reported_response_is_its_source(analyse_text):
    briefing = analyse_text(
        "Governor Ray Trent said he responded: “When you have incoming fire, you cannot be too polite about it.”"
    )
    quote = next(q for q in briefing.quotes if q.kind in ("direct", "partial"))
    assert quote.speaker_name == "Ray Trent" and "Trent" in quote.speaker


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The ministry does not deny that the new law is flawed, officials in Velsk admitted.", "does not deny"),
        ("Harwood said he did not think the bill would pass in the spring.", "did not think"),
        ("The company may have told regulators that the plant was safe, the report found.", "may have told"),
    ],
)
def test_a_cue_keeps_its_negation_and_modality(analyse_text, text, cue):
    """A row never asserts the opposite of its sentence: the cue shown is the verb with its
    'not', 'did' and 'may have'."""
    cues = [quote.cue for quote in analyse_text(text).quotes]
    assert cue in cues, cues


def test_a_negation_inside_the_quotation_is_the_speaker_s_not_the_cue_s(analyse_text):
    """'“Is the port ready? Probably not,” Ms. Korvald said': she said it; a cue 'not said'
    would deny it."""
    briefing = analyse_text("“Is the port ready for the winter ships? Probably not,” Ms. Anna Korvald said on Monday.")
    quote = next(q for q in briefing.quotes if q.kind == "direct")
    assert (quote.cue, quote.speaker_name) == ("said", "Anna Korvald")


def test_words_quoted_after_a_negated_verb_are_not_its_subject_s(analyse_text):
    """'… for not calling the attack an act of “state terror”': the one who did not call it so
    did not say the words; the row shows the negated cue and no speaker."""
    briefing = analyse_text(
        "Senator Ola Brand said on Monday that the city council had failed the harbour workers. "
        "Mayor Per Lund was criticised in the debate for not calling the harbour fire an act of “organised arson by the cartel.”"
    )
    rows = [q for q in briefing.quotes if "organised arson" in q.quote]
    assert all(q.speaker_name != "Per Lund" and "not" in (q.cue or "not") for q in rows), [(q.quote, q.cue, q.speaker_name) for q in rows]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Its hosts do not hesitate to report that “the harbour is still in question,” as one host did last week.", "do not hesitate to report"),
        ("The auditors could not be sure that the money was not coming from “the drug trade and other crimes in the port.”", "was not coming"),
    ],
)
def test_a_negated_verb_the_cue_hangs_from_is_shown_with_it(analyse_text, text, cue):
    cues = [quote.cue for quote in analyse_text(text).quotes]
    assert cue in cues, cues


def test_a_speech_verb_whose_subject_is_denied_reports_nothing_of_theirs(analyse_text):
    briefing = analyse_text(
        "“The harbour will reopen in the spring, and the ferries will run again,” Ms. Anna Korvald said. "
        "Neither Lund nor Brand acknowledged “the harbour board's long delays” in the debate."
    )
    rows = [q for q in briefing.quotes if "long delays" in q.quote]
    assert all(q.speaker_name not in ("Per Lund", "Lund", "Brand") for q in rows), [(q.quote, q.cue, q.speaker_name) for q in rows]


def test_a_name_the_parser_hangs_on_the_verb_is_its_subject(analyse_text):
    briefing = analyse_text(
        "When someone in the audience shouted, “Brand,” Beck joked, again using an exaggerated accent, “Amen, brother! Come on up and get baptized!”"
    )
    quote = next(q for q in briefing.quotes if q.quote.startswith("Amen"))
    assert quote.speaker == "Beck"


@pytest.mark.parametrize(
    "text",
    [
        "Officials did not say why they had decided to close the border on Monday.",
        "Asked if she believed the rebels wanted the port, Anna Korvald said she would not guess.",
        "Not everyone finds that the rebels wanted the port.",
        "Though Korvald was not willing to say whether the rebels wanted the port, she praised the army.",
        "The harbour master declined to say whether the rebels wanted the port.",
        "Anna Korvald refused to say that the rebels wanted the port.",
        # an infinitive of saying urged on someone else: nobody has said it, least of all the agency
        "The shipping agency advised captains to insist that the rebels wanted the port.",
    ],
)
def test_a_negated_speech_act_or_a_question_reports_nothing(analyse_text, text):
    quotes = analyse_text(text).quotes
    assert not any("decided to close" in q.quote or "rebels wanted the port" in q.quote for q in quotes), [(q.quote, q.cue) for q in quotes]


def test_a_quotation_that_continues_a_view_keeps_its_speaker_but_not_the_verb_of_belief(analyse_text):
    """'Ilves believes the vote was a ploy.' then '“Everyone is only talking about the pier ...”':
    the words quoted are hers, said, not 'believed'."""
    quotes = analyse_text(
        "Marta Ilves, the editor of the harbour weekly, believes the vote was a clever ploy.\n\n"
        "“Everyone is only talking about the pier. Nobody asks about the fishing fleet.”"
    ).quotes
    assert [(q.kind, q.speaker_name, q.cue) for q in quotes] == [("belief", "Marta Ilves", "believes"), ("direct", "Marta Ilves", None)]


def test_a_speech_a_modal_demands_is_no_row_of_the_one_asked_to_speak(analyse_text):
    """'Korvald said the minister must explain why ...': Korvald's words are a row; the
    minister has said nothing."""
    quotes = analyse_text("Anna Korvald said the harbour minister Jon Berg must explain why the port was closed.").quotes
    assert [(q.speaker_name, q.cue) for q in quotes] == [("Anna Korvald", "said")]


def test_an_attribution_turned_round_in_a_label_credits_the_name_before_the_colon(analyse_text):
    """'Explained ... Jo Bloggs: “...”': the verb first (which the parser may read as a name), the
    speaker last; the organisation in the speaker's title is not the speaker."""
    briefing = analyse_text(
        "Explained Harbourside Shipping chief engineer Marta Ilves: “The crane failed because nobody had inspected its cables.”"
    )
    assert [(q.speaker_name, q.kind) for q in briefing.quotes] == [("Marta Ilves", "direct")]


def test_a_verb_first_attribution_with_a_comma_credits_the_name_after_the_verb(analyse_text):
    briefing = analyse_text(
        "Harbourside Shipping found the fault in March. Explained Harbourside chief engineer Marta Ilves, "
        "“The crane failed because nobody had inspected its cables.”"
    )
    assert [q.speaker_name for q in briefing.quotes] == ["Marta Ilves"]


def test_an_acronym_the_parser_leaves_untagged_and_a_description_used_before_keep_their_actor(analyse_text):
    """'“...,” BECTA wrote.': the acronym the article introduced is that agency's, tagged or not;
    'the agency', once resolved to it, means it again where its name is far back."""
    briefing = analyse_text(
        "Schools should not upgrade, the British Educational Communications and Technology Agency (BECTA) said in a report. "
        "The agency said the cost would be high.\n\n"
        "Microsoft said it disagreed with the report. Its spokesman Tom Reyes said the software was safe. Reyes added that "
        "schools liked it. Microsoft has sold many copies. Sales rose in March. Prices fell in April. Analysts were surprised.\n\n"
        "“The processes for dealing with these files are very cumbersome,” BECTA wrote.\n\n"
        "“We believe these arrangements present difficulties,” the agency said."
    )
    agency = "British Educational Communications and Technology Agency"
    speakers = {q.quote.split()[1]: q.speaker_name for q in briefing.quotes if q.kind == "direct"}
    assert speakers == {"processes": agency, "believe": agency}, speakers


def test_a_nickname_in_quotation_marks_does_not_continue_the_last_speaker(analyse_text):
    briefing = analyse_text(
        "“It is another broken promise,” Jonathan Holiff said on Monday. "
        "“Fluke” Holland played the drums with Cash for forty years."
    )
    assert not any(q.quote == "Fluke" for q in briefing.quotes)


def test_a_sub_heading_gives_no_row_though_it_reports_speech(nlp):
    blocks = [
        Block("Mayor says the bridge will open in May", HEADING),
        Block("Mayor Anna Berg said on Tuesday that the new bridge over the river would open in May.", PARAGRAPH),
    ]
    article = Article(id="t", source="t.txt", title="Bridge news", blocks=blocks)
    quotes = brief(article, nlp(article.body)).quotes
    assert [q.paragraph for q in quotes] == [2] and quotes[0].speaker_name == "Anna Berg"


def test_a_quotation_run_on_over_paragraphs_keeps_its_speaker_to_the_end(analyse_text):
    """Newspapers leave a long quotation open at each paragraph's end and open the next one with a
    mark: one speech, whose speaker does not fade paragraph by paragraph."""
    briefing = analyse_text(
        "Harbour master Roy Hodgson spoke to reporters on Monday about the new ferry timetable for the winter.\n\n"
        "“We have a lot of work to do before the first storms arrive,” Hodgson said. “The crews are ready.\n\n"
        "“The boats are old but they are safe, and the engineers have checked every hull this month.\n\n"
        "“We will run three crossings a day until March, and more if the weather allows it.\n\n"
        "“Nobody will be left on the quay.\n\n"
        "“That is my promise to the islanders.”"
    )
    rows = [q for q in briefing.quotes if q.kind == "direct"]
    assert len(rows) == 6 and {q.speaker_name for q in rows} == {"Roy Hodgson"}, [(q.quote, q.speaker_name, q.speaker_confidence) for q in rows]


@pytest.mark.parametrize(
    "text",
    [
        "The club is close to signing the defender. It is also expected that the transfer will be finalised before the weekend.",
        "It is believed that the harbour master will resign on Monday, after a week of protests.",
    ],
)
def test_an_impersonal_passive_view_is_nobody_s_row(analyse_text, text):
    """'It is expected that ...' is the writer's narration: no belief row whose speaker is 'It'."""
    rows = [q for q in analyse_text(text).quotes if q.kind == "belief"]
    assert not rows, [(q.speaker, q.cue, q.quote) for q in rows]


def test_the_attribution_right_after_a_quotation_wins_over_the_verb_that_reports_it(analyse_text):
    """'the Gazette reported: "...," the radio host wrote': the host's words, which the Gazette
    reports; the row must not put them in the Gazette's mouth."""
    briefing = analyse_text(
        "Ovide Marsh printed his account number in the Courier to prove his point, the Gazette reported: "
        "\"All you'll be able to do with them is put money into my account,\" the radio host wrote."
    )
    row = next(q for q in briefing.quotes if q.quote.startswith("All you'll"))
    assert row.cue == "wrote" and row.speaker != "the Gazette"
