"""Quotes: who said what, as direct quotes, partial quotes and reported speech.

Quotation marks are paired per paragraph (a quote left open at a paragraph's end runs on
into the next one, as newspapers write it). Each quoted passage is attributed through the
parse: the nearest speech verb outside the quote that governs it, then that verb's subject,
resolved to an actor (pronouns and descriptions included). A quoted passage with no speech
verb in its own sentences continues the quote before it when its paragraph opens with it;
a short one with no speech verb is a scare quote or a title and is not a quote. Speech verbs
with a clausal complement and no quotation marks are reported speech.

The modules: `marks` (quotation marks and transcript turns), `cues` (verbs of saying and
which one a quotation hangs from), `speakers` (who the cue credits, with what confidence),
`assemble` (the rows, in text order).
"""
