"""The built-in gazetteer is cached on disk, handed to workers, and never stale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from dipevents import _cache
from dipevents.normalize import _gazetteer

TEXT = (
    "Shinzo Abe met Vladimir Putin in Vladivostok; the Kremlin and Tokyo spoke of the "
    "Kuril Islands, the Sea of Japan, the G20 summit, the US and the EU."
)


def _spans(gazetteer: _gazetteer.Gazetteer) -> list[tuple[int, int, tuple[_gazetteer.Entry, ...]]]:
    return [(m.start, m.end, m.entries) for m in gazetteer.mentions(TEXT)]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIPEVENTS_CACHE_DIR", str(tmp_path))
    _gazetteer.invalidate()
    yield tmp_path
    _gazetteer.invalidate()


def test_cached_gazetteer_matches_as_the_built_one(cache_dir: Path) -> None:
    built = _gazetteer.gazetteer()
    assert len(list(cache_dir.glob("gazetteer-*.marshal"))) == 1
    _gazetteer.invalidate()
    loaded = _gazetteer.gazetteer()
    assert loaded is not built
    assert loaded.names == built.names
    assert loaded.regex is not None
    assert built.regex is not None
    assert loaded.regex.pattern == built.regex.pattern
    assert _spans(loaded) == _spans(built)
    assert _spans(loaded) == _spans(_gazetteer.Gazetteer(built.names))


def test_the_cache_can_be_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPEVENTS_CACHE_DIR", "off")
    assert _cache.directory() is None
    assert _cache.load("gazetteer", "x") is None
    assert not _cache.store("gazetteer", "x", {"a": 1})


def test_an_unwritable_or_broken_cache_is_skipped(cache_dir: Path) -> None:
    (cache_dir / "gazetteer-x.marshal").write_bytes(b"not marshal")
    assert _cache.load("gazetteer", "x") is None
    blocked = cache_dir / "file"
    blocked.write_text("a file, not a folder")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIPEVENTS_CACHE_DIR", str(blocked / "below"))
        assert not _cache.store("gazetteer", "x", {"a": 1})
        _gazetteer.invalidate()
        assert _spans(_gazetteer.gazetteer())


def test_a_change_to_the_data_is_a_new_key(tmp_path: Path) -> None:
    data = tmp_path / "names.json"
    data.write_text("[1]")
    first = _cache.digest([data])
    data.write_text("[2]")
    assert _cache.digest([data]) != first


def test_compiled_code_round_trip() -> None:
    pattern = r"(?<![\w'])(?:tok(?:yo)?|kyiv)(?![\w])"
    parts = _cache.code_of(pattern)
    assert parts is not None
    compiled = _cache.compile_code(parts, pattern)
    assert compiled.findall("Tokyo, tok, kyiv".lower()) == re.findall(pattern, "tokyo, tok, kyiv")
    # Values of another pattern or flags are not used for this one.
    assert _cache.compile_code(parts, "kyiv").pattern == "kyiv"
    assert _cache.compile_code(parts, pattern, re.IGNORECASE).flags & re.IGNORECASE


def test_extended_knowledge_is_built_not_cached(cache_dir: Path) -> None:
    from dipevents import knowledge
    from dipevents.normalize import countries

    knowledge.add_country_alias("Ruritania", "AUT")
    try:
        assert [m.of("country") for m in _gazetteer.gazetteer().mentions("Ruritania")] == [["AUT"]]
        assert list(cache_dir.glob("gazetteer-*")) == []
        assert _gazetteer.snapshot() is None
    finally:
        countries._extra.pop("ruritania")
        _gazetteer.invalidate()


def test_a_worker_installs_the_snapshot(cache_dir: Path) -> None:
    data = _gazetteer.snapshot()
    assert data is not None
    code = (
        "import sys; from dipevents.normalize import _gazetteer as g; "
        "g.install(sys.stdin.buffer.read()); installed = g._current is not None; "
        f"print(installed, len(list(g.gazetteer().mentions({TEXT!r}))))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=data,
        capture_output=True,
        check=True,
        env={"DIPEVENTS_CACHE_DIR": "off", "PATH": ""},
    )
    installed, count = run.stdout.decode().split()
    assert installed == "True"
    assert int(count) == len(_spans(_gazetteer.gazetteer()))


def test_only_the_newest_entries_are_kept(cache_dir: Path) -> None:
    import os

    for number in range(_cache.KEPT + 2):
        assert _cache.store("probe", f"k{number}", [number])
        path = cache_dir / f"probe-k{number}.marshal"
        os.utime(path, (1_000_000 + number, 1_000_000 + number))
    _cache.store("probe", "last", ["last"])
    kept = sorted(p.name for p in cache_dir.glob("probe-*.marshal"))
    assert len(kept) == _cache.KEPT
    assert "probe-last.marshal" in kept
    assert _cache.load("probe", "last") == ["last"]


def test_the_country_index_is_cached_as_built(cache_dir: Path) -> None:
    from dipevents.normalize import countries
    from dipevents.normalize._data import knowledge_key

    key = knowledge_key()
    assert key is not None
    built = countries._build_index()
    countries._builtin_index.cache_clear()
    try:
        assert countries._builtin_index() == built
        assert _cache.load("countries", key) == built
        countries._builtin_index.cache_clear()
        assert countries._builtin_index() == built  # now from the cache
    finally:
        countries._builtin_index.cache_clear()


def test_the_knowledge_key_covers_every_data_file() -> None:
    import dipevents.normalize
    from dipevents.normalize._data import knowledge_files

    data = Path(dipevents.normalize.__file__).resolve().parent / "data"
    shipped = {p for p in data.rglob("*") if p.is_file() and p.name != "places.tsv"}
    assert shipped
    assert shipped <= set(knowledge_files())
    assert data / "geonames" / "places.tsv" not in knowledge_files()


def test_the_lexicon_is_kept_compiled_and_loads_as_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dipevents.extract import lexicon

    monkeypatch.setenv("DIPEVENTS_CACHE_DIR", str(tmp_path))
    lexicon.reset()
    try:
        built = {name: lexicon.alternation(lexicon.pattern(name)) for name in lexicon.names()}
        assert len(list(tmp_path.glob("lexicon-*.marshal"))) == 1
        lexicon.reset()
        state = lexicon._lexicon()
        assert set(state.stored) == set(built)  # read from disk, not compiled again
        sentence = "The EU extended its sanctions on Russia; Japan recalled its ambassador."
        for name, words in built.items():
            assert words is not None
            loaded = lexicon.alternation(lexicon.pattern(name))
            assert loaded is not None
            assert loaded is not words
            assert loaded.full.pattern == words.full.pattern
            assert loaded.gates == words.gates
            assert [m.span() for m in loaded.full.finditer(sentence)] == [
                m.span() for m in words.full.finditer(sentence)
            ]
        # A word added at run time is compiled as before, beside what was loaded.
        lexicon.add("MEASURE_GENERIC", "punishments")
        assert lexicon.pattern("MEASURE_GENERIC").search("new punishments")
    finally:
        lexicon.reset()


def test_kept_expressions_compile_as_re_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dipevents import _rx

    monkeypatch.setenv("DIPEVENTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_rx, "_known", None)
    monkeypatch.setattr(_rx, "_compiled", {})
    monkeypatch.setattr(_rx, "_new", {})
    source = r"(?P<who>\b[A-Z]\w+)\s+(?i:met)\s+(?P<whom>[A-Z]\w+)"
    made = _rx.compile(source, re.I)
    assert _rx.compile(source, re.I) is made  # once per process
    assert _rx.save()
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    # A new process: built from the kept code, not parsed again.
    monkeypatch.setattr(_rx, "_known", None)
    monkeypatch.setattr(_rx, "_compiled", {})
    loaded = _rx.compile(source, re.I)
    assert loaded is not made
    assert _rx._known is not None
    assert (source, int(re.I)) in _rx._known
    assert not _rx._new
    expected = re.compile(source, re.I)
    assert (loaded.pattern, loaded.flags, loaded.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groupindex,
    )
    text = "Then Abe MET Putin, and Modi met Xi."
    assert [m.groupdict() for m in loaded.finditer(text)] == [
        m.groupdict() for m in expected.finditer(text)
    ]
    with pytest.raises(re.error):
        _rx.compile("(unclosed")


def test_the_office_holders_are_cached_as_built(cache_dir: Path) -> None:
    from dipevents.normalize import people

    people._builtin_records.cache_clear()
    people._records_cached.cache_clear()
    try:
        built = people._tenures(list(people._builtin_rows()))
        assert people._builtin_records() == built
        assert len(list(cache_dir.glob("people-*.marshal"))) == 1
        people._builtin_records.cache_clear()
        assert people._builtin_records() == built  # now from the cache
        # An entry of another layout is built again, not trusted.
        (entry,) = cache_dir.glob("people-*.marshal")
        entry.write_bytes(__import__("marshal").dumps({"Someone": [["x"], [["JPN"]]]}))
        people._builtin_records.cache_clear()
        assert people._builtin_records() == built
    finally:
        people._builtin_records.cache_clear()
        people._records_cached.cache_clear()


def test_the_lexicon_files_are_kept_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipevents.extract import lexicon

    monkeypatch.setenv("DIPEVENTS_CACHE_DIR", str(tmp_path))
    lexicon.reset()
    try:
        first = lexicon._lexicon()
        lists = {name: (item.words, item.data, item.file) for name, item in first.lists.items()}
        about, pieces = dict(first.about), dict(first.pieces)
        lexicon.reset()
        parsed = lexicon.parse_toml
        monkeypatch.setattr(lexicon, "parse_toml", lambda *a: pytest.fail("parsed again"))
        second = lexicon._lexicon()
        assert {n: (i.words, i.data, i.file) for n, i in second.lists.items()} == lists
        assert second.about == about
        assert second.pieces == pieces
        monkeypatch.setattr(lexicon, "parse_toml", parsed)
    finally:
        lexicon.reset()


def test_the_gates_are_kept_as_worked_out(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipevents.extract import _gate

    monkeypatch.setattr(_gate, "_kept", None)
    monkeypatch.setattr(_gate, "_new", {})
    _gate.needs_all.cache_clear()
    pattern = r"\b(?:sanctions?|embargo(?:es)?)\s+on\b"
    try:
        worked_out = _gate.needs_all(pattern, re.IGNORECASE)
        assert worked_out[0]  # strings to test for
        assert _gate.save()
        monkeypatch.setattr(_gate, "_kept", None)
        _gate.needs_all.cache_clear()
        assert _gate._kept_gates()[(pattern, int(re.IGNORECASE))] == worked_out
        monkeypatch.setattr(_gate, "_needs_all", lambda *a: pytest.fail("worked out again"))
        assert _gate.needs_all(pattern, re.IGNORECASE) == worked_out
    finally:
        _gate.needs_all.cache_clear()
