"""Quotes: who said what, as direct quotes, partial quotes and reported speech.

Quotation marks are paired per paragraph (a quote left open at a paragraph's end runs on
into the next one only where that paragraph opens with a quotation mark, as newspapers write
it; any other stray mark pairs with nothing). Each quoted passage is attributed through the
parse: the speech verb outside the quote that governs it, or one in its sentence, a lead-in
('According to X, "..."', 'X boomed: "..."'), an attribution after the closing mark in the same
paragraph, a name label, transcript turns ('WALLACE: ...'), the verb that narrates it; then
that cue's subject, resolved to an actor (pronouns and descriptions included). A quoted passage
with no cue in its own sentences continues the quote before it (unless the narration between
them makes another actor its subject); a short one with no speech verb is a scare quote or a
title and is not a quote. Speech verbs with a clausal complement and no quotation marks,
'according to' and verbs of belief are reported speech.

Every attribution carries its evidence and a confidence; below 0.6 (`MIN_CONFIDENCE`) the quote
is shown as "unattributed (she)", never guessed. Only the speaker's own words are ever shown in
quotation marks: a partial quote keeps curly marks around them (`it was in line with “the
continuation of ...”`).

The modules: `marks` (quotation marks and transcript turns), `cues` (verbs of saying and
which one a quotation hangs from), `speakers` (who the cue credits, with what confidence),
`assemble` (the rows, in text order).
"""
