import os
import stat

import pytest

from generator.site.pages import GENERATED_MARK, Page
from generator.site.write import UnsafePath, write_pages

OWNED = f"---\n# {GENERATED_MARK} from seeds/x.txt\ntitle: x\n---\nbody\n"


def test_writes_only_changes_and_removes_stale_pages(tmp_path):
    report = write_pages(tmp_path, [Page("briefings/a.md", OWNED), Page("briefings/b.md", OWNED)])
    assert report.written == ["briefings/a.md", "briefings/b.md"]
    report = write_pages(tmp_path, [Page("briefings/a.md", OWNED)])
    assert report.unchanged == ["briefings/a.md"] and report.removed == ["briefings/b.md"]
    assert not (tmp_path / "briefings/b.md").exists()
    assert not list(tmp_path.rglob("*.tmp"))


def test_hand_written_pages_are_never_touched(tmp_path):
    hand = tmp_path / "index.md"
    hand.write_text("# My own home page\n")
    (tmp_path / "notes.md").write_text("# Notes\n")
    report = write_pages(tmp_path, [Page("index.md", OWNED)])
    assert report.kept_hand_written == ["index.md"]
    assert hand.read_text() == "# My own home page\n"
    assert (tmp_path / "notes.md").exists()


@pytest.mark.parametrize("path", ["../escape.md", "/etc/x.md", "briefings/../../x.md"])
def test_paths_outside_docs_are_refused(tmp_path, path):
    with pytest.raises(UnsafePath):
        write_pages(tmp_path / "docs", [Page(path, OWNED)])


def test_pages_are_readable_like_any_file_the_user_creates(tmp_path):
    previous = os.umask(0o022)
    try:
        write_pages(tmp_path, [Page("briefings/a.md", f"---\n# {GENERATED_MARK}\n---\nA\n")])
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "briefings" / "a.md").stat().st_mode) == 0o644


@pytest.mark.parametrize("link", ["folder", "file"])
def test_links_in_docs_that_lead_outside_are_refused(tmp_path, link):
    outside = tmp_path / "outside"
    outside.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    if link == "folder":
        (docs / "briefings").symlink_to(outside, target_is_directory=True)
    else:
        (docs / "briefings").mkdir()
        (outside / "a.md").write_text(OWNED)
        (docs / "briefings" / "a.md").symlink_to(outside / "a.md")
    with pytest.raises(UnsafePath):
        write_pages(docs, [Page("briefings/a.md", OWNED.replace("body", "new body"))])
    assert [p.name for p in outside.iterdir()] == ([] if link == "folder" else ["a.md"])
    assert not (outside / "a.md").exists() or (outside / "a.md").read_text() == OWNED
