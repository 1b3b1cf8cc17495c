"""Command line: `python -m generator build | export | clean`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .build import build as build_site
from .build import terminal_progress
from .export import export as export_articles
from .nlp import ModelNotFound
from .write import BuildLocked, WriteError, is_generated


@click.group()
def main() -> None:
    """Briefings: news articles in seeds/ -> briefing pages in docs/ for MkDocs."""


def _report_failures(failures) -> None:
    for failure in failures:
        click.echo(f"error: {failure}", err=True)


@main.command()
@click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True)
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path), default=Path("docs"), show_default=True)
def build(seeds_dir: Path, docs_dir: Path) -> None:
    """Read seeds/, write the briefing pages into docs/."""
    try:
        result = build_site(seeds_dir, docs_dir, progress=terminal_progress)
    except (ModelNotFound, BuildLocked, WriteError) as error:
        raise click.ClickException(f"{error}; the site was not changed" if isinstance(error, WriteError) else str(error)) from None
    _report_failures(result.failures)
    report = result.report
    for page in report.kept_hand_written:
        click.echo(f"warning: {docs_dir / page} is hand-written; not overwritten", err=True)
    click.echo(
        f"{len(result.briefings)} briefings; {len(report.written)} pages written, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed; {len(result.failures)} failed",
        err=True,
    )
    sys.exit(0 if result.ok else 1)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="the JSONL file to write")
def export(inputs: tuple[Path, ...], output: Path) -> None:
    """Analyse articles (files, folders, .jsonl) and write one JSON line per article."""
    try:
        failures = export_articles(list(inputs), output)
    except (ModelNotFound, WriteError) as error:
        raise click.ClickException(str(error)) from None
    _report_failures(failures)
    sys.exit(1 if failures else 0)


@main.command()
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path), default=Path("docs"), show_default=True)
def clean(docs_dir: Path) -> None:
    """Remove every generated page from docs/ (hand-written pages stay)."""
    removed = [path for path in sorted(docs_dir.rglob("*.md")) if is_generated(path)]
    for path in removed:
        path.unlink()
    click.echo(f"{len(removed)} generated pages removed", err=True)
