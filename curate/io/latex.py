"""LaTeX files (`.tex`) read as text documents, their markup taken off.

A paper, a thesis or a report written in LaTeX (arXiv's source, an Overleaf download) is a
folder of `.tex` files; they were passed over as of no known kind. A file is a document:
`\\title{...}` is its title; with `\\begin{document}` only the document's body is read (the
preamble's `\\usepackage` and `\\newcommand` are no text), and a file without one (a chapter
that `\\input` includes) is read whole. Comments (`%`), math (`$...$`, `\\[...\\]`), figures,
tables, equations, listings and the bibliography go with their captions and labels;
`\\cite`, `\\ref`, `\\label`, `\\footnote`, `\\includegraphics` and the preamble's commands go
with their arguments; any other command (`\\emph{x}`, `\\textbf{x}`, `\\section{x}`) leaves its
argument's words, a sectioning command as a paragraph of its own. Accents (`\\'e`, `\\"{o}`),
TeX's quotes and dashes (` `` ''`, `--`) and escaped characters (`\\%`, `\\&`) become the
characters they print; a source's wrapped lines are joined into its paragraphs.

One scan, left to right, with no regex over the whole text: linear on any input.
"""

from __future__ import annotations

import re
import unicodedata

LATEX_SUFFIXES = (".tex", ".tex.gz", ".ltx", ".latex")
# environments that hold no prose: skipped whole, to their `\end{...}`
DROPPED_ENVIRONMENTS = frozenset(
    {
        *(f"{name}{star}" for star in ("", "*") for name in ("figure", "table", "equation")),
        *(f"{name}{star}" for star in ("", "*") for name in ("align", "gather", "multline")),
        *(f"{name}{star}" for star in ("", "*") for name in ("eqnarray", "flalign", "alignat")),
        *("wrapfigure", "wraptable", "sidewaysfigure", "sidewaystable", "subfigure"),
        *("tabular", "tabular*", "tabularx", "longtable", "tikzpicture", "picture"),
        *("displaymath", "math", "verbatim", "verbatim*", "lstlisting", "minted", "comment"),
        *("thebibliography", "filecontents", "filecontents*", "algorithm", "algorithmic"),
    }
)
# commands that go with their arguments: how many `{...}` each takes
DROPPED_COMMANDS = {
    **dict.fromkeys(("cite", "citep", "citet", "citealp", "citeauthor", "citeyear"), 1),
    **dict.fromkeys(("ref", "eqref", "autoref", "cref", "Cref", "pageref", "label"), 1),
    **dict.fromkeys(("footnote", "footnotetext", "thanks", "includegraphics", "caption"), 1),
    **dict.fromkeys(("documentclass", "usepackage", "RequirePackage", "input", "include"), 1),
    **dict.fromkeys(("bibliography", "bibliographystyle", "addbibresource", "nocite"), 1),
    **dict.fromkeys(("author", "date", "affiliation", "email", "keywords", "address"), 1),
    **dict.fromkeys(("vspace", "hspace", "pagestyle", "thispagestyle", "graphicspath"), 1),
    **dict.fromkeys(("setcounter", "setlength", "addtolength", "definecolor"), 2),
    **dict.fromkeys(("newenvironment", "renewenvironment"), 3),
    **dict.fromkeys(("newcommand", "renewcommand", "providecommand", "DeclareMathOperator"), 2),
    "href": 1,  # its address; the words it shows stay
}
SECTIONS = frozenset(
    {"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"}
)
BREAKS = frozenset({"item", "newline", "linebreak", "par", "bigskip", "medskip", "smallskip"})
WORDS = {"LaTeX": "LaTeX", "TeX": "TeX", "LaTeXe": "LaTeX2e", "ldots": "...", "dots": "..."}
WORDS |= {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å"}
WORDS |= {"AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "textendash": "–", "textemdash": "—"}
WORDS |= {"euro": "€", "pounds": "£", "S": "§", "copyright": "©", "textquoteright": "’"}
ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}
ACCENTS |= {"=": "\u0304", ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306"}
ACCENTS |= {"H": "\u030b", "k": "\u0328", "r": "\u030a"}
ESCAPED = {"%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " "}
ESCAPED |= {",": " ", ";": " ", ":": " ", "!": "", "-": "", "/": "", "@": ""}
GONE = "\x1f"  # where a citation or a reference stood: `Figure~\\ref{a}.` -> `Figure.`
LINE = "\x1e"  # a line break kept inside a paragraph (`\\`, `\item`)
PARAGRAPH = "\n\n"
MAX_DEPTH = 100  # deeper groups are read as text, never recursed into
TYPOGRAPHY = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("`", "‘"), ("~", " "))


def latex_text(text: str) -> tuple[str, str | None]:
    """(text, title) of a LaTeX file's text (see the module)."""
    from curate.io.line_ends import lone_cr_as_lf

    source = lone_cr_as_lf(text).lstrip("\ufeff")
    scan = _Scan(source)
    begin = source.find("\\begin{document}")
    if begin >= 0:  # the preamble: its title alone
        scan = _Scan(source[begin + len("\\begin{document}") :])
        scan.title = _Scan(source[:begin]).read_title()
    body = scan.read()
    return _paragraphs(body), scan.title


class _Scan:
    """A left-to-right reader of LaTeX source: `read` gives its words, `title` its title."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0
        self.title: str | None = None
        self.depth = 0

    def read_title(self) -> str | None:
        self.read()
        return self.title

    def read(self, closing: bool = False) -> str:
        """The words up to the end (or, in a group, its closing brace, consumed)."""
        out: list[str] = []
        s, n = self.s, len(self.s)
        while self.i < n:
            c = s[self.i]
            if c == "\\":
                word = self._command()
                if word is None:  # `\end{document}`: nothing after it is read
                    self.i = n
                    break
                out.append(word)
            elif c == "{":
                self.i += 1
                if self.depth < MAX_DEPTH:
                    self.depth += 1
                    out.append(self.read(closing=True))
                    self.depth -= 1
            elif c == "}":
                self.i += 1
                if closing:
                    break
            elif c == "%":
                end = s.find("\n", self.i)
                self.i = n if end < 0 else end + 1  # the comment and its line's end
            elif c == "$":
                out.append(self._skip_math())
            else:
                end = self.i + 1
                while end < n and s[end] not in "\\{}%$":
                    end += 1
                out.append(s[self.i : end])
                self.i = end
        return "".join(out)

    def _command(self) -> str | None:
        s, n = self.s, len(self.s)
        start = self.i + 1
        if start >= n:
            self.i = n
            return ""
        first = s[start]
        if not first.isalpha():
            self.i = start + 1
            if first == "\\":
                return LINE
            if first in "[(":  # display or inline math: to its `\]` / `\)`
                close = s.find("\\" + ("]" if first == "[" else ")"), self.i)
                self.i = n if close < 0 else close + 2
                return " "
            if first in ACCENTS:
                return self._accent(first)
            return ESCAPED.get(first, first)
        end = start
        while end < n and s[end].isalpha():
            end += 1
        name = s[start:end]
        self.i = end
        if self.i < n and s[self.i] == "*":
            self.i += 1
        if name in ACCENTS and len(name) == 1 and self._next_is_group():
            return self._accent(name)
        if name in WORDS:
            return WORDS[name]
        if name == "begin":
            return self._begin()
        if name == "end":
            env = self._group_text()
            return None if env == "document" else PARAGRAPH
        if name == "title":
            self._skip_options()
            if self._next_is_group():
                title = " ".join(self._group().replace(LINE, " ").split())
                self.title = self.title or title or None
            return ""
        if name in ("def", "gdef", "edef", "let"):
            return self._skip_definition()
        if name == "verb" and self.i < n:
            close = s.find(s[self.i], self.i + 1)
            close = n if close < 0 else close
            words, self.i = s[self.i + 1 : close], close + 1
            return words
        if name in DROPPED_COMMANDS:
            for _ in range(DROPPED_COMMANDS[name]):
                self._skip_options()
                self._skip_group_or_name()
            self._skip_options()
            return GONE
        if name in SECTIONS:
            self._skip_options()
            return PARAGRAPH + (self._group() if self._next_is_group() else "") + PARAGRAPH
        if name in BREAKS:
            self._skip_options()
            return LINE
        self._skip_options()
        return ""  # any other command: its `{...}` arguments are read as groups

    def _begin(self) -> str:
        env = self._group_text()
        if env in DROPPED_ENVIRONMENTS:
            close = self.s.find("\\end{" + env + "}", self.i)
            self.i = len(self.s) if close < 0 else close + len(env) + 6
        else:
            self._skip_options()
            if env in ("minipage", "multicols", "wrapfigure"):
                self._skip_group_or_name()
        return PARAGRAPH

    def _accent(self, mark: str) -> str:
        s, n = self.s, len(self.s)
        if self._next_is_group():
            base = self._group()
        elif self.i < n and not s[self.i].isspace() and s[self.i] not in "\\{}%$":
            base, self.i = s[self.i], self.i + 1
        else:
            return ""
        if not base:
            return ""
        if base[0] == "ı":  # `\'{\i}`: the dotless i takes the accent
            base = "i" + base[1:]
        return unicodedata.normalize("NFC", base[0] + ACCENTS[mark] + base[1:])

    def _next_is_group(self) -> bool:
        j = self.i
        while j < len(self.s) and self.s[j] in " \t":
            j += 1
        if j < len(self.s) and self.s[j] == "{":
            self.i = j
            return True
        return False

    def _group(self) -> str:
        """The words of the `{...}` at the cursor."""
        self.i += 1
        self.depth += 1
        words = self.read(closing=True)
        self.depth -= 1
        return words

    def _group_text(self) -> str:
        """The raw text of the `{...}` at the cursor (an environment's name), else ''."""
        if not self._next_is_group():
            return ""
        close = self.s.find("}", self.i)
        close = len(self.s) if close < 0 else close
        name, self.i = self.s[self.i + 1 : close].strip(), close + 1
        return name

    def _skip_group_or_name(self) -> None:
        """Past one argument: a balanced `{...}`, or a `\\name` (`\\newcommand\\x`)."""
        s, n = self.s, len(self.s)
        if self._next_is_group():
            level = 0
            while self.i < n:
                c = s[self.i]
                if c == "\\":
                    self.i += 2
                    continue
                level += (c == "{") - (c == "}")
                self.i += 1
                if level == 0:
                    return
        elif self.i < n and s[self.i] == "\\":
            self.i += 1
            while self.i < n and s[self.i].isalpha():
                self.i += 1

    def _skip_options(self) -> None:
        """Past `[...]` arguments (a command's options: `\\includegraphics[width=3cm]`)."""
        s, n = self.s, len(self.s)
        while True:
            j = self.i
            while j < n and s[j] in " \t":
                j += 1
            if j >= n or s[j] != "[":
                return
            close = s.find("]", j)
            if close < 0 or "\n\n" in s[j:close]:
                return  # a `[` of the text's own
            self.i = close + 1

    def _skip_definition(self) -> str:
        """`\\def\\name#1{...}` or `\\let\\a\\b`: all of it."""
        s, n = self.s, len(self.s)
        self._skip_group_or_name()
        while self.i < n and s[self.i] not in "{\\\n":
            self.i += 1  # the parameter text, `#1#2`
        if self.i < n and s[self.i] == "\\":
            self._skip_group_or_name()
        elif self.i < n and s[self.i] == "{":
            self._skip_group_or_name()
        return ""

    def _skip_math(self) -> str:
        s, n = self.s, len(self.s)
        fence = "$$" if s.startswith("$$", self.i) else "$"
        j = self.i + len(fence)
        end = s.find("\n\n", j)  # math never spans a paragraph: a lone `$` is a dollar
        n = n if end < 0 else end
        while j < n:
            if s[j] == "\\":
                j += 2
                continue
            if s.startswith(fence, j):
                self.i = j + len(fence)
                return " "
            j += 1
        self.i += 1
        return "$"


def _paragraphs(body: str) -> str:
    """The read words as paragraphs: a blank line parts them, a source's wrapped lines join."""
    body = re.sub(r"[ \t~]*\x1f(?=[.,;:!?)\]])", "", body).replace(GONE, "")
    for tex, printed in TYPOGRAPHY:
        body = body.replace(tex, printed)
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [" ".join(line.split()) for line in block.split(LINE)]
        kept = "\n".join(line for line in lines if line)
        if kept:
            paragraphs.append(kept)
    return "\n\n".join(paragraphs)
