"""Stage 1, files -> `Article`: decoding, one reader per input kind (browser copies, saved HTML,
Markdown with front matter, JSONL records), sidecars, and what a copied page's lines are (body,
headline, dates, publisher, doubts). Reading never imports the analysis or the site.

An article read without a headline (none found in a copy or a page, none in the front matter)
keeps no title: the build prints a warning line naming the file, and the briefing is titled
"Untitled: " and its opening words, with a notice on its page, never with the file's name
(`Article.display_title`; a `.yml` sidecar can give the title).
"""
