import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.read.language import detect_language


@pytest.mark.parametrize(
    "text, language",
    [
        ("The government said on Tuesday that the new budget would be presented to parliament next week.", "en"),
        ("O governo disse na terça-feira que o novo orçamento será apresentado ao parlamento na próxima semana.", "pt"),
        ("El gobierno dijo el martes que el nuevo presupuesto se presentará al parlamento la próxima semana.", "es"),
        ("Le gouvernement a déclaré mardi que le nouveau budget serait présenté au parlement la semaine prochaine.", "fr"),
        ("Die Regierung sagte am Dienstag, dass der neue Haushalt in der nächsten Woche dem Parlament vorgelegt wird.", "de"),
        ("Il governo ha detto martedì che il nuovo bilancio sarà presentato al parlamento la prossima settimana.", "it"),
        ("Правительство заявило во вторник, что новый бюджет будет представлен парламенту на следующей неделе.", "ru"),
        ("정부는 화요일 새 예산안을 다음 주 국회에 제출할 것이라고 밝혔습니다. 예산안은 지난해보다 늘었습니다.", "ko"),
        ("政府は火曜日、新しい予算案を来週国会に提出すると発表しました。予算は前年より増えています。", "ja"),
        ("Short", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_a_non_english_seed_is_built_with_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "noticia.md").write_text(
        "---\ntitle: Orçamento\n---\nO governo disse na terça-feira que o novo orçamento será apresentado ao parlamento "
        "na próxima semana, e a oposição criticou o plano.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 0
    assert "warning: noticia.md: the article looks like 'pt', not English" in result.output
    page = (tmp_path / "docs" / "briefings" / "orcamento" / "index.md").read_text(encoding="utf-8")
    assert "- Language: pt (the analysis is made for English)" in page


def test_a_seed_without_a_headline_is_built_with_a_warning_and_never_titled_by_its_file_name(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "scan-0042.md").write_text(
        "The council voted on Tuesday to close the old bridge to cars from the first of March.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 0
    assert "warning: scan-0042.md: no headline found" in result.output
    page = next((tmp_path / "docs" / "briefings").glob("scan-0042*/index.md")).read_text(encoding="utf-8")
    front = page.split("---\n", 2)[1]
    assert 'title: "Untitled: The council voted on Tuesday to close the …"' in front
    assert "scan-0042" not in front.split("title:", 1)[1].splitlines()[0]
    assert "No headline was found in this article" in page
