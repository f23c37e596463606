"""Shared checks of the stage contract, used by every per-stage test file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st

from curate.document import Document, invert, replay

# `make test` (and CI) runs the property tests on the same examples every time: a clean clone
# is green or red for a reason, not by the draw. `make fuzz` draws new ones (HYPOTHESIS_PROFILE=
# explore), and what it finds is pinned as an example next to the test it broke.
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


@pytest.fixture(autouse=True, scope="session")
def _build_cache_of_this_session(tmp_path_factory):
    """The build cache (curate.build_cache) in a folder of the test session's own: tests build
    scans of many pattern lists, which must not pile up in the user's cache (and a test must
    not pass by what an earlier run kept there). Subprocesses inherit it."""
    before = os.environ.get("CURATE_CACHE_DIR")
    os.environ["CURATE_CACHE_DIR"] = str(tmp_path_factory.mktemp("build-cache"))
    yield
    if before is None:
        os.environ.pop("CURATE_CACHE_DIR", None)
    else:
        os.environ["CURATE_CACHE_DIR"] = before


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_b17ce84f0a17cb7d.txt"
SEED_003 = SEEDS / "003_e589d0cd6ea12ec2.txt"

# Arbitrary Unicode with the characters scraped text really carries, weighted in.
hostile_text = st.one_of(
    st.text(),
    st.lists(
        st.sampled_from(
            list("ab <>/p&;#x.,:!?“”«» \n\t\u00a0\u200b\u202f\r")
            + ["&amp;", "< p>", "</p >", "<br/>", "Ã©", " ,", " ."]
        )
    ).map("".join),
    st.lists(
        st.sampled_from(
            [
                "North Korea",
                "Read Also",
                "a incursion",
                "Kim Jong One",
                ". it",
                "\n\n",
                " , ",
                "“ x ”",
                "&#8217;",
                "<b>",
                "x < y",
            ]
        )
    ).map("".join),
)


def run_stage(stage, text: str, title: str | None = None) -> Document:
    return stage.process(Document(id="t", text=text, title=title, input_title=title))


def run_corpus_stage(stage, docs: list[Document]) -> tuple[list[Document], dict]:
    """sketch -> fit -> apply over `docs`; each document's edits must replay to its text."""
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)
    originals = {d.id: d.text for d in docs}
    for doc in docs:
        stage.apply(doc, stage.decision_for(state, doc.seq))
        assert replay({"text": originals[doc.id]}, doc.edits)["text"] == doc.text
    return docs, stage.summary(state)


def assert_contract(stage, text: str) -> Document:
    """No crash; idempotent; the ledger replays the input to the output and back."""
    doc = run_stage(stage, text)
    again = run_stage(stage, doc.text, doc.title)
    assert again.text == doc.text and again.title == doc.title, "stage is not idempotent"
    assert not again.edits, f"second run edited clean text: {again.edits}"
    final = {"text": doc.text, "title": doc.title or ""}
    assert replay({"text": text, "title": ""}, doc.edits) == final
    assert invert(final, doc.edits) == {"text": text, "title": ""}
    return doc


def seed_paragraphs(min_chars: int = 80) -> list[str]:
    """The seeds' longer paragraphs: raw material for generated test corpora."""
    return [
        paragraph
        for seed in (SEED_000, SEED_003)
        for paragraph in seed.read_text(encoding="utf-8").split("\n\n")
        if len(paragraph) > min_chars
    ]


def wait_until(process, ready, limit: float = 300) -> None:
    """Poll until `ready()`; fail if the process ends first or the limit passes."""
    import time

    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, "the run finished before the point waited for"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.002)


@pytest.fixture
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def assert_linear(run, make, n: int, *, step: int = 4, allowed: float = 10.0) -> None:
    """`run(make(n))` costs about `step` times `run(make(n // step))`, on any machine.

    A hostile input is how a backtracking regex or a quadratic scan shows itself: it costs
    `step ** 2` times more (16), a linear one `step` times (4). Measuring the ratio and not the
    seconds keeps the check true on a slow or busy CI runner, where a fixed bound in seconds
    failed a linear stage (10.6 s against 10) while it passed here (9.7 s). The garbage
    collector is off while timing (its pauses grow with the objects alive, not with the
    stage's work), each size takes its fastest of three runs, and 10 leaves room for noise: a
    busy machine measured 8.9 on the markup stage, which is 3.3 to 4.1 here at every length.
    """
    import gc
    import time

    def cost(k: int) -> float:
        text = make(k)
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run(text)
            return time.process_time() - start
        finally:
            gc.enable()

    small = max(min(cost(n // step) for _ in range(3)), 0.02)  # below 20 ms a clock tick counts
    big = cost(n)
    for _ in range(2):  # one slow moment on a shared runner is not a trend: look again
        if big <= allowed * small:
            break
        big = min(big, cost(n))
    assert big <= allowed * small, f"{big:.2f} s at {n} against {small:.2f} s at {n // step}"
