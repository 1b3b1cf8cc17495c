"""Stage 3, briefings -> pages: the registry of actors across briefings, rendering with Jinja2,
feeds, URLs, and writing docs/ atomically with its state and the analysis cache. The site never
imports spaCy. Same input, same bytes: nothing in a page depends on the time of the build or
on the order files are found in.
"""
