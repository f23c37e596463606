"""A second run of the boilerplate stage finds nothing: on the real pages where it once did.

The rules run before the line model, and some rules look at the lines around a line: what the
model removes can make such a rule fire where it did not (a repeat of the title now right under
it, a headline-shaped first line once a menu is gone, a page that starts over, a section tag
once a repeated prompt is gone), and a model round can leave more to the next when a menu is
long. Each was a page whose output changed on a second run: 13 of the evaluation's pages read
as plain text (the article's neighbourhood, and every block of the page). They are run here,
twice each, when the evaluation pages are beside the repository (`../shared/eval`).
"""

import json
import tarfile
from pathlib import Path

import pytest

from curate.document import Document
from curate.evaluate.pages import _read_page, scoring_model
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.markup import MarkupStripper
from curate.stages.unicode import UnicodeRepair

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
# the pages that changed on a second run (session 19), by the start of their URL
CHANGED = (
    "https://uepo.de/2020/04/26/digitales-woerterbuch",
    "https://www.baumev.de/News/10365/Transformationsla",
    "https://www.dsv.de/synchronschwimmen/aktuelles-syn",
    "https://www.slf.ch/de/lawinenbulletin-und-schneesi",
    "http://www.sprechwaisen.com/sw082-82-gruende-zum-w",
    "https://arsnova.thm.de/blog/frag-jetzt/",
    "https://de.starsinsider.com/gesundheit/588409/this",
    "https://mluk.brandenburg.de/mluk/de/aktuelles/pres",
    "https://www.bundeskanzleramt.gv.at/bundeskanzleram",
    "https://www.pamelaandersonfoundation.org/news/2018",
    "https://www.piratenpartei-marburg.de/2019/09/21/wi",
    "https://www.rosalux.de/news/id/45292/wir-waren-fas",
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = EVAL_DIR / "trafilatura"
    if not (folder / "evaldata.json").is_file():
        pytest.skip("../shared/eval is not here")
    truth = json.loads((folder / "evaldata.json").read_text("utf-8"))
    wanted = {url: item for url, item in truth.items() if url.startswith(CHANGED)}
    files = {item["file"] for item in wanted.values()}
    tmp = tmp_path_factory.mktemp("pages")
    with tarfile.open(folder / "html.tar.xz") as archive:
        members = [m for m in archive.getmembers() if Path(m.name).name in files]
        archive.extractall(tmp, members=members, filter="data")
    found = []
    for url, item in sorted(wanted.items()):
        path = next(iter(tmp.rglob(item["file"])), None)
        if path is not None:
            job = (
                url,
                "trafilatura",
                url,
                path.read_bytes(),
                ((item["with"], item["without"]), {}),
            )
            found.append(_read_page(job))
    assert len(found) == len(CHANGED)
    return found


@pytest.mark.parametrize("variant", ["plain", "whole"])
def test_a_second_run_finds_nothing(pages, variant):
    stages = {part: BoilerplateRemover(model_file=scoring_model(part)) for part in "AB"}
    changed = []
    for page in pages:
        stage = stages[page.half]  # the model that never saw its site, as `make eval` has it
        lines = page.plain_lines if variant == "plain" else page.whole_lines
        doc = Document(id="page", text="\n\n".join(lines))
        for each in (UnicodeRepair(), MarkupStripper(), stage):
            doc = each.process(doc)
        again = stage.process(Document(id="page", text=doc.text, title=doc.title))
        if (again.text, again.title) != (doc.text, doc.title):
            changed.append((page.key, [(e.rule, e.before[:40]) for e in again.edits][:3]))
    assert changed == []
