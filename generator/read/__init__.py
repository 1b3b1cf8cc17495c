"""Stage 1, files -> `Article`: decoding, one reader per input kind (browser copies, saved HTML,
Markdown with front matter, JSONL records), sidecars, and what a copied page's lines are (body,
headline, dates, publisher, doubts). Reading never imports the analysis or the site."""
