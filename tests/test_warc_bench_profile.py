"""`python -m curate.bench_warc --profile TOP`: where a web run's time goes, under cProfile."""

from __future__ import annotations

from curate.bench_warc import main, profile


def test_the_profile_names_the_top_functions_and_the_parts(tmp_path, capsys):
    text = profile(12, "resiliparse", 4)
    lines = text.splitlines()
    assert lines[0].startswith("cProfile of curate run --recipe web, extractor resiliparse")
    top = lines[2 : 2 + 4]
    assert all(" s own " in line and " calls " in line for line in top)
    own = [float(line.split()[0]) for line in top]
    assert own == sorted(own, reverse=True)  # by own time, largest first
    parts = lines[lines.index("  by part (cumulative, profiled seconds):") + 1 :]
    names = [line.split(" s  ", 1)[1] for line in parts if " s  " in line]
    assert any(name.startswith("reader (read_warc") for name in names)
    # the boilerplate stage runs a batch at a time (`process_batch`), the others a document
    assert "boilerplate.process_batch" in names and "dedup.sketch_batch" in names
    assert "unicode.process" in names and "unicode.process_batch" not in names
    assert main(["--profile", "3", "--pages", "6"]) == 0
    assert "top 3 by own time" in capsys.readouterr().out


def test_the_parts_give_each_steps_cpu_seconds_without_a_profiler(monkeypatch, capsys):
    import curate.bench
    import curate.io.page_metadata
    from curate.engines.plan import RowValidator
    from curate.io import fast_html
    from curate.stages.base import MapStage
    from curate.stages.language import LanguageLabeler

    # the language stage has its own process_batch since session 46 (a batch's detections
    # settled together): the profiler wraps it and must put that one back, not the base's
    own_batch = vars(LanguageLabeler).get("process_batch")
    before = (
        fast_html._anchor_texts,
        fast_html.caption_texts,
        RowValidator.problem,
        MapStage.process_batch,
    )
    # in this process (the command runs it in a fresh one): the timed entry points go back
    monkeypatch.setattr(curate.bench, "measure_fresh", lambda task, spec: task(spec))
    assert main(["--parts", "--pages", "6"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("CPU seconds by part, curate run --recipe web, extractor resil")
    total = float(lines[0].split(" HTML pages: ")[1].split()[0])
    found = {
        line.split(" calls  ", 1)[1]: float(line.split()[0]) for line in lines if " calls  " in line
    }
    reader = found["reader: read_page (all of a page's steps)"]
    steps = [name for name in found if name.startswith("  ")]  # the reader's own steps
    assert "  resiliparse extraction" in steps and "  page metadata (resiliparse reader)" in steps
    assert "  link texts (resiliparse reader)" in steps
    # the parse and the one search of the tree, a quarter of the reader, were timed by no part
    assert "  resiliparse parse" in steps and "  the one tree search (resiliparse reader)" in steps
    # the captions, a quarter of the fast reader's time, were timed by no part
    assert "  image captions (resiliparse reader)" in steps
    assert "  captioned lines (resiliparse reader)" in steps
    assert sum(found[name] for name in steps) <= reader + 0.01  # inside it, each timed once
    assert "stage boilerplate.process_batch" in found and "stage dedup.sketch_batch" in found
    assert "row validation" in found and "writing rows" in found
    assert lines[-1].endswith("the rest (WARC records, documents, batches, the report)")
    tops = sum(seconds for name, seconds in found.items() if not name.startswith(" "))
    assert 0 < tops <= total + 0.01
    after = (
        fast_html._anchor_texts,
        fast_html.caption_texts,
        RowValidator.problem,
        MapStage.process_batch,
    )
    assert after == before
    assert fast_html.from_resiliparse is curate.io.page_metadata.from_resiliparse
    assert vars(LanguageLabeler).get("process_batch") is own_batch  # its own again, not wrapped
