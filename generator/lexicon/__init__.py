"""The word lists of every stage: data, kept in one place, a module per stage, no list twice.

Each list is closed-class English (pronouns, honorifics, titles, verbs of saying, nouns that
carry a gender or name a kind of thing), a short list of how pages and transcripts mark
something, or a short list of names the small model gets wrong in news; none is tuned to one
article. Every stage may read them (they import nothing of the generator): `read` (paywalls,
time zones, publishers' names), `actors`, `cards`, `coreference`, `quotes`, `keypoints`.
"""
