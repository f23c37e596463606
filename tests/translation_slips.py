"""A lone translation slip in a short clean English host, through the `translation` stage: the
shape the tests of each repair kind share."""

from __future__ import annotations

from curate.document import Document
from curate.stages.translation import TranslationRepair
from tests.conftest import assert_contract
from tests.conftest import assert_linear as linear_in_size

STAGE = TranslationRepair()
# the stage before `lone_heads` (session 56): a standing line head waits for the document's
# evidence; and before `lone_items` (session 58): so does a list's item alone ("b) the")
WAITING = TranslationRepair(lone_heads=False, lone_items=False)
# the stage before `lone_items` (session 58): a list's item alone ("b) the bus drivers will")
# waits for a sure sentence start, evidence of another kind or not
NO_LONE_ITEMS = TranslationRepair(lone_items=False)
# the stage before `heading_colons` (session 57): an English heading before a colon ("What
# changes: the") heads no sentence, even on the document's evidence
NO_HEADINGS = TranslationRepair(heading_colons=False)
HOST = "The committee met in the capital for three days. Its members spoke to the press. "
# the host as a paragraph of its own (a slip that opens a line), and one whose evidence reaches
# the repair bar (two titles a translation left), for the kinds that wait for evidence
PLAIN = HOST.rstrip() + "\n\n"
EVIDENT = "The committee met M. Macron and Mme Borne for three days. Its members spoke.\n\n"


def repaired(raw: str, host: str = HOST, stage: TranslationRepair = STAGE) -> str:
    """`host + raw` through the stage (its contract checked: twice changes nothing, the ledger
    replays); the part after the host, or the whole text if the host itself was repaired."""
    doc = assert_contract(stage, host + raw)
    return doc.text[len(host) :] if doc.text.startswith(host) else doc.text


def assert_kept(text: str) -> None:
    """`text` (a paragraph of its own) unchanged without evidence and with the document's
    evidence (`PLAIN`, `EVIDENT`): what a widened repair must still leave alone."""
    assert repaired(text, PLAIN) == text
    assert repaired(text, EVIDENT).endswith("\n\n" + text)


def assert_opened(raw: str, opened: str) -> None:
    """`opened` in the repaired `raw` without evidence and with it (`PLAIN`, `EVIDENT`),
    nothing but letters' case changed: a sentence start a repair must capitalise."""
    for host in (PLAIN, EVIDENT):
        out = repaired(raw, host)
        assert opened in out, out
        assert out.lower().endswith(raw.lower())


def assert_linear(line: str, joints: tuple[str, ...] = ("\n", " ")) -> None:
    """Copies of `line`, joined by each of `joints`, through the stage: 8,000 copies cost about
    four times 2,000 (the ratio, not seconds, so a slow or busy CI runner cannot fail a linear
    reading; an absolute 3 s bound did, at 2.1 s here): a reading that looks back or ahead
    without a bound costs sixteen times."""
    for joint in joints:
        linear_in_size(
            lambda text: STAGE.process(Document(id="x", text=text)),
            lambda k, joint=joint: joint.join([line] * k),
            8000,
        )


SLIP = "The committee met for three days. its members spoke to the press.\n\n"
SLIP_FIXED = "The committee met for three days. Its members spoke to the press.\n\n"


def with_slip(raw: str, stage: TranslationRepair = STAGE) -> str:
    """`raw` after a sure sentence start in the same document (the strongest evidence)."""
    doc = stage.process(Document(id="t", text=SLIP + raw))
    assert doc.text.startswith(SLIP_FIXED), doc.text
    return doc.text[len(SLIP_FIXED) :]
