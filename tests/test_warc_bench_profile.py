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
