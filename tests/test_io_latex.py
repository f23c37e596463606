"""LaTeX read a file a document, its markup off (io.latex): newcomer round 22. `.tex` files
were passed over as of no known kind (0 -> 1 of 1)."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from curate.io.latex import latex_text
from tests.newcomer_runs import documents, read_all, run_counted, texts_of

A, B = texts_of(2)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (r"The \emph{council} met on \textbf{Tuesday}\texttt{.}", None),
        (r"The council met \cite{smith2020} on Tuesday.", None),
        (r"The council met\citep[p.~4]{smith2020,jones} on Tuesday.", None),
        (r"The council met on Tuesday~\ref{fig:a}.", None),
        (r"The council met on Tuesday\label{sec:a}\footnote{In the hall.}.", None),
        (r"The council met on Tuesday. % said the clerk", None),
        (r"The council met on \href{https://x.org}{Tuesday}.", None),
        (r"The council {\bf met} on {\itshape Tuesday}.", None),
        ("The council met\n  on Tuesday.", None),  # a source's wrapped line
        (r"Caf\'e na\"{i}ve \c{c}a \'{\i} --- 5\% \& ``so''", "Café naïve ça í — 5% & “so”"),
        (r"It cost \$5 and $x^2$ more, \(y\) too.", "It cost $5 and more, too."),
    ],
)
def test_commands_become_their_words_or_go(written, read):
    assert latex_text(written) == (read or "The council met on Tuesday.", None)


@pytest.mark.parametrize(
    "block",
    [
        "\\begin{figure}[h]\n\\centering\n\\includegraphics[width=3cm]{a.png}\n"
        "\\caption{A caption}\\label{fig:a}\n\\end{figure}",
        "\\begin{table*}\n\\begin{tabular}{ll}\nTown & Rain \\\\\n\\end{tabular}\n\\end{table*}",
        "\\begin{equation}\nE = mc^2 \\label{eq:1}\n\\end{equation}",
        "\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}",
        "\\[ x = \\frac{1}{2} \\]",
        "$$ y = 2 $$",
        "\\begin{verbatim}\nprint(1)\n\\end{verbatim}",
        "\\begin{thebibliography}{9}\n\\bibitem{a} A. Writer, 2020.\n\\end{thebibliography}",
        "% a comment line\n% another",
        "\\bibliographystyle{plain}\n\\bibliography{refs}",
    ],
)
def test_figures_tables_equations_and_the_bibliography_go(block):
    assert latex_text(f"{A}\n\n{block}\n\n{B}") == (f"{A}\n\n{B}", None)


@pytest.mark.parametrize(
    "heading", [r"\section{Reaction}", r"\subsection*{Reaction}", r"\chapter[Short]{Reaction}"]
)
def test_a_sectioning_command_is_a_paragraph_of_its_words(heading):
    assert latex_text(f"{A}\n{heading}\n{B}") == (f"{A}\n\nReaction\n\n{B}", None)


def test_list_items_are_lines_and_an_abstract_keeps_its_text():
    written = f"\\begin{{abstract}}\n{A}\n\\end{{abstract}}\n\\begin{{itemize}}\n"
    written += "\\item one\n\\item[b)] two\n\\end{itemize}"
    assert latex_text(written) == (f"{A}\n\none\ntwo", None)


def test_the_preamble_is_no_text_and_its_title_is_the_title():
    written = (
        "\\documentclass[11pt]{article}\n\\usepackage[utf8]{inputenc}\n"
        "\\newcommand{\\R}{\\mathbb{R}}\n\\def\\x#1{#1}\n"
        "\\title{Storm over \\emph{the} coast\\\\ a study}\n\\author{A. Writer}\n"
        f"\\begin{{document}}\n\\maketitle\n{A}\n\\end{{document}}\nafter the end\n"
    )
    assert latex_text(written) == (A, "Storm over the coast a study")


def test_a_lone_dollar_sign_stays_text():
    assert latex_text(f"It cost $5.\n\n{A}") == (f"It cost $5.\n\n{A}", None)


def test_nesting_deeper_than_the_bound_is_read_flat():
    assert latex_text("{" * 5000 + "deep" + "}" * 5000) == ("deep", None)


def _paper(body: str) -> str:
    preamble = "\\documentclass{article}\n\\title{Storm}\n"
    return f"{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"


def test_a_folder_a_zip_and_a_gz_are_read_a_file_a_document(tmp_path):
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "main.tex").write_text(_paper(f"\\section{{Intro}}\n{A}"), "utf-8")
    # an included chapter: no `\begin{document}`, read whole
    (tmp_path / "paper" / "chapter1.tex").write_text(f"\\chapter{{One}}\n{B}\n", "utf-8")
    docs = documents(read_all(tmp_path / "paper"))
    assert sorted((d.id, d.title, d.text) for d in docs) == [
        ("chapter1", None, f"One\n\n{B}"),
        ("main", "Storm", f"Intro\n\n{A}"),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("arxiv/main.tex", _paper(A))
    (tmp_path / "source.zip").write_bytes(buf.getvalue())
    (tmp_path / "report.tex.gz").write_bytes(gzip.compress(_paper(B).encode(), mtime=0))
    for name, text in (("source.zip", A), ("report.tex.gz", B)):
        [doc] = documents(read_all(tmp_path / name))
        assert (doc.title, doc.text) == ("Storm", text)


def test_curate_run_reads_a_latex_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tex").write_text(_paper(A), "utf-8")
    (tmp_path / "in" / "b.tex").write_text(_paper(B), "utf-8")
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 2
    assert report["counts"].get("quarantined", 0) == 0
