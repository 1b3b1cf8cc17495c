"""Stage 2, `Article` -> `Briefing`: spaCy once per article, then actors, quotes, coreference
and key points over the parsed `Doc`. The analysis never touches files, Markdown or templates."""
