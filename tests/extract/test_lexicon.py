"""The language of extraction as data: every list compiles, names its source and holds
its examples; users can add words by call, by file or by environment variable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dipevents.errors import SerializationError
from dipevents.extract import lexicon


@pytest.fixture(autouse=True)
def _fresh() -> None:
    lexicon.reset()
    yield
    lexicon.reset()


@pytest.mark.parametrize("name", lexicon.names())
def test_every_list_compiles_and_holds_its_examples(name: str) -> None:
    pattern = lexicon.pattern(name)
    examples = lexicon.examples(name)
    assert examples, f"{name} has no example"
    for example in examples:
        assert pattern.search(example), f"{name} does not match its example {example!r}"


def test_every_file_names_its_sources_and_review_date() -> None:
    files = {lexicon.entries(name).file for name in lexicon.names()}
    assert files == {"lexicon/claims.toml", "lexicon/meetings.toml", "lexicon/sanctions.toml"}
    for file in files:
        about = lexicon.source(file)
        assert about["sources"], file
        assert str(about["reviewed"]).startswith("20"), file


def test_add_extends_a_list_and_reset_forgets_it() -> None:
    assert not lexicon.pattern("MEASURE_TRADE").search("anti-subsidy duties")
    lexicon.add("MEASURE_TRADE", r"anti-subsidy\s+duties")
    assert lexicon.pattern("MEASURE_TRADE").search("It imposed anti-subsidy duties.")
    lexicon.reset()
    assert not lexicon.pattern("MEASURE_TRADE").search("anti-subsidy duties")


def test_added_words_change_what_is_extracted() -> None:
    import dipevents

    text = "On 3 May 2021 Ruritania imposed an exit ban on Freedonian citizens."
    lexicon.add("MEASURE_TRAVEL", r"exit\s+bans?")
    from dipevents import knowledge
    from dipevents.normalize import _gazetteer, countries

    knowledge.add_country_alias("Ruritania", "AUT")
    knowledge.add_country_alias("Freedonian", "HUN")
    try:
        found = [e for e in dipevents.parse(text).events if e.TYPE == "sanction"]
        assert [(e.imposers, e.targets) for e in found] == [(("AUT",), ("HUN",))]
    finally:  # the knowledge as it was: an extended one is neither cached nor handed to workers
        countries._extra.pop("ruritania")
        countries._extra.pop("freedonian")
        _gazetteer.invalidate()


def test_load_reads_a_file_of_lists(tmp_path: Path) -> None:
    extra = tmp_path / "words.toml"
    extra.write_text(
        '[MEASURE_TRAVEL]\nwords = ["exit\\\\s+bans?"]\n\n[MY_LIST]\nwords = ["hello"]\n',
        encoding="utf-8",
    )
    assert lexicon.load(extra) == 2
    assert lexicon.pattern("MEASURE_TRAVEL").search("an exit ban")
    assert lexicon.pattern("MY_LIST").search("Hello there")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[X]\nwords = ["(?:ab)+c"]\n', "without bound"),
        ('[X]\nwords = ["a.*b"]\n', "without bound"),
        ('[X]\nwords = ["(unclosed"]\n', "not a regular expression"),
        ('[X]\nwords = "not a list"\n', "must be a list"),
        ("[X\nwords = 1\n", "not valid TOML"),
    ],
)
def test_bad_files_are_refused_with_the_file_and_list(
    tmp_path: Path, toml: str, message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(toml, encoding="utf-8")
    with pytest.raises(SerializationError, match=message) as raised:
        lexicon.load(bad)
    assert "bad.toml" in str(raised.value)


def test_unknown_lists_are_a_key_error() -> None:
    with pytest.raises(KeyError, match="NO_SUCH_LIST"):
        lexicon.pattern("NO_SUCH_LIST")
    with pytest.raises(AttributeError):
        lexicon.NO_SUCH_LIST  # noqa: B018


def test_the_environment_variable_adds_files_in_a_fresh_process(tmp_path: Path) -> None:
    extra = tmp_path / "env.toml"
    extra.write_text('[MEASURE_TRAVEL]\nwords = ["exit\\\\s+bans?"]\n', encoding="utf-8")
    code = (
        "from dipevents.extract import lexicon; "
        "print(bool(lexicon.pattern('MEASURE_TRAVEL').search('an exit ban')))"
    )
    import os

    env = {**os.environ, "DIPEVENTS_LEXICON": str(extra)}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert run.stdout.strip() == "True"
