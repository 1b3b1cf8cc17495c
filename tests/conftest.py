import os
from pathlib import Path

import pytest

from generator.analyse.article import brief
from generator.analyse.nlp import load_model
from generator.briefing import Article
from generator.read.records import plain_blocks

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fbadfd8715480396.txt"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, in every MkDocs the tests run


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Text (paragraphs separated by blank lines) -> Briefing, with the real model."""

    def run(text: str, title: str | None = None):
        article = Article(id="t", source="t.txt", title=title, blocks=plain_blocks(text))
        return brief(article, nlp(article.body))

    return run
