"""Batch extraction: inputs, workers, order, failures as values, the extract command."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipevents import Article, EventSet, parse_file
from dipevents import strategies as dst
from dipevents.batch import Failure, Item, extract_many, iter_items
from dipevents.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The examples in nested folders, with an empty, a binary and a non-matching file."""
    for number, path in enumerate(EXAMPLES):
        folder = tmp_path / "corpus" / f"part{number % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / path.name).write_bytes(path.read_bytes())
    (tmp_path / "corpus" / "part0" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "corpus" / "part1" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "corpus" / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path / "corpus"


def test_iter_items_expands_directories_jsonl_and_stdin(tmp_path: Path, corpus: Path) -> None:
    items = list(iter_items([corpus]))
    assert all(isinstance(i, Item) for i in items)
    assert len(items) == len(EXAMPLES) + 2  # *.txt only, recursively
    assert [i.source for i in items] == sorted(i.source for i in items)
    assert len(list(iter_items([corpus], glob="*.md"))) == 1
    records = tmp_path / "records.jsonl"
    records.write_text('{"text": "A", "source": "s1"}\n\n[1]\n{"text": "B"}\n', encoding="utf-8")
    found = list(iter_items([records]))
    assert found[0] == Item(source="s1", text="A")
    assert isinstance(found[1], Failure)
    assert found[1].source == f"{records}:3"
    assert found[2] == Item(source=f"{records}:4", text="B")
    assert list(iter_items(["-"], stdin=io.StringIO("\nTitle\n\nBody.\n"))) == [
        Item(source="<stdin>", text="Title\n\nBody.\n")
    ]
    piped = list(iter_items(["-"], stdin=io.StringIO('{"text": "A"}\n{"text": "B"}\n')))
    assert [i.text for i in piped if isinstance(i, Item)] == ["A", "B"]
    (missing,) = iter_items([tmp_path / "missing.txt"])
    assert isinstance(missing, Failure)
    assert missing.kind == "unreadable"


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_keeps_order_and_yields_failures(corpus: Path, workers: int) -> None:
    paths = sorted(corpus.rglob("*.txt"))
    inputs = [
        *paths[:3],
        "",
        "Summit in Helsinki\n\nPutin met Trump in Helsinki on 16 July 2018.",
        *paths[3:],
    ]
    results = list(extract_many(inputs, workers=workers, chunk_size=2, max_bytes=1_000_000))
    assert len(results) == len(inputs)
    for given_input, result in zip(inputs, results, strict=True):
        if isinstance(given_input, Path) and given_input.name in ("empty.txt", "photo.txt"):
            assert isinstance(result, Failure)
            assert result.kind == ("empty" if given_input.name == "empty.txt" else "undecodable")
        elif given_input == "":
            assert result == Failure(source="<text 3>", reason="no text", kind="empty")
        elif isinstance(given_input, Path):
            assert isinstance(result, Article)
            assert result == parse_file(given_input)
        else:
            assert isinstance(result, Article)
            assert result.events[0].TYPE == "summit"


def _no_pool(self: object, items: object, workers: int) -> None:
    raise AssertionError("a small batch started workers")


@pytest.mark.parametrize(
    ("probe", "worth"),
    [(60.0, 0.0), (0.0, 60.0)],
    ids=["done-within-the-probe", "the-rest-too-small-for-workers"],
)
def test_a_small_batch_left_to_choose_stays_in_this_process(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, probe: float, worth: float
) -> None:
    from dipevents import batch

    monkeypatch.setattr(batch._Job, "pooled", _no_pool)
    monkeypatch.setattr(batch, "default_workers", lambda: 2)
    monkeypatch.setattr(batch, "PROBE_SECONDS", probe)
    monkeypatch.setattr(batch, "POOL_WORTH_SECONDS", worth)
    paths = sorted(corpus.rglob("*.txt"))
    results = list(extract_many(paths * 3, workers=None))
    assert results == list(extract_many(paths * 3, workers=1))


def test_a_batch_left_to_choose_moves_to_workers_once_it_is_worth_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dipevents import batch

    started: list[int] = []
    pooled = batch._Job.pooled

    def spy(self: batch._Job, items: object, workers: int, **options: object) -> object:
        started.append(workers)
        return pooled(self, items, workers, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch._Job, "pooled", spy)
    monkeypatch.setattr(batch, "default_workers", lambda: 2)
    monkeypatch.setattr(batch, "PROBE_SECONDS", 0.0)
    monkeypatch.setattr(batch, "POOL_WORTH_SECONDS", 0.0)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] * 4
    results = list(extract_many(texts, workers=None, chunk_size=2))
    assert started == [2]
    assert [r.title for r in results] == [  # type: ignore[union-attr]
        r.title  # type: ignore[union-attr]
        for r in extract_many(texts, workers=1)
    ]


def test_workers_no_faster_than_this_process_are_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    from dipevents import batch

    monkeypatch.setattr(batch, "default_workers", lambda: 2)
    monkeypatch.setattr(batch, "PROBE_SECONDS", 0.0)
    monkeypatch.setattr(batch, "POOL_WORTH_SECONDS", 0.0)
    monkeypatch.setattr(batch, "TRIAL_SECONDS", 0.0)
    monkeypatch.setattr(batch, "MIN_GAIN", 1e9)  # no pool can be that much faster
    here: list[str] = []
    in_process = batch._Job.in_process

    def spy(self: batch._Job, items: object) -> object:
        for result in in_process(self, items):  # type: ignore[arg-type]
            here.append(result.title)
            yield result

    monkeypatch.setattr(batch._Job, "in_process", spy)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES] * 6
    titles = [r.title for r in extract_many(texts, workers=None, chunk_size=1)]  # type: ignore[union-attr]
    assert titles == [r.title for r in extract_many(texts, workers=1)]  # type: ignore[union-attr]
    # The first items and, after the trial, the rest were parsed here; the trial's on workers.
    assert 2 <= len(here) - len(texts) < len(texts)


def test_extract_many_refuses_huge_inputs(corpus: Path) -> None:
    (result,) = extract_many([EXAMPLES[0]], max_bytes=100)
    assert isinstance(result, Failure)
    assert result.kind == "too-large"
    assert "over the limit of 100" in result.reason


def test_a_crashing_parser_is_a_failure_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    import dipevents._pipeline

    def boom(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("a bug")

    monkeypatch.setattr(dipevents._pipeline, "parse", boom)
    (result,) = extract_many(["Some text"])
    assert result == Failure(source="<text 0>", reason="RuntimeError: a bug", kind="parse-error")


@given(
    st.builds(
        Failure, source=st.text(), reason=st.text(), kind=st.sampled_from(["empty", "unreadable"])
    )
)
def test_failures_pickle(failure: Failure) -> None:
    assert pickle.loads(pickle.dumps(failure)) == failure


@given(st.lists(dst.events(), max_size=5).map(EventSet))
def test_event_sets_pickle(events: EventSet) -> None:
    assert pickle.loads(pickle.dumps(events)) == events


def test_cli_writes_output_atomically_and_lists_errors(tmp_path: Path, corpus: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, stdout, stderr = run(
        "extract", str(corpus), "-w", "2", "-o", str(out), "--errors", str(errors)
    )
    assert code == 1
    assert stdout == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [
        str(p) for p in sorted(corpus.rglob("*.txt")) if p.name not in ("empty.txt", "photo.txt")
    ]
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(f["kind"], Path(f["source"]).name) for f in failed] == [
        ("empty", "empty.txt"), ("undecodable", "photo.txt"),
    ]  # fmt: skip
    assert [line.split(": ")[1] for line in stderr.splitlines()] == [f["source"] for f in failed]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "errors.jsonl", "out.jsonl"]


def test_an_interrupted_run_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dipevents.batch

    out = tmp_path / "out.jsonl"
    out.write_text("the previous run\n", encoding="utf-8")
    real = dipevents.batch.process
    calls = []

    def interrupted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dipevents.batch, "process", interrupted)
    code, _, stderr = run("extract", *map(str, EXAMPLES), "-w", "1", "-o", str(out))
    assert code == 130
    assert "interrupted" in stderr
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_progress_on_a_terminal_only(corpus: Path) -> None:
    code, _, stderr = run("extract", str(corpus), "-w", "1", stderr=Terminal())
    assert code == 1
    assert "\r\x1b[K" in stderr
    assert "articles/s" in stderr
    assert stderr.rsplit("\x1b[K", 1)[-1].startswith(f"dipevents: {len(EXAMPLES) + 2} files")
    _, _, quiet = run("extract", str(corpus), "-w", "1", "-q", stderr=Terminal())
    assert "articles/s" not in quiet
    assert len(quiet.splitlines()) == 2
    _, _, piped = run("extract", str(corpus), "-w", "1")
    assert "articles/s" not in piped
    _, _, verbose = run("extract", str(EXAMPLES[0]), "-w", "1", "-v")
    assert verbose.splitlines()[0] == f"dipevents: {EXAMPLES[0]}: ok"


def test_usage_errors(tmp_path: Path) -> None:
    assert run("extract", str(EXAMPLES[0]), "--format", "nope")[0] == 2
    assert run("extract", str(EXAMPLES[0]), "--workers", "0")[0] == 2
    code, _, stderr = run("extract", str(tmp_path))  # an empty folder: surely a mistake
    assert code == 1
    assert stderr == f"dipevents: {tmp_path}: a directory with no files matching *.txt\n"
