"""A lone translation slip in a short clean English host, through the `translation` stage: the
shape the tests of each repair kind share."""

from __future__ import annotations

import time

from curate.document import Document
from curate.stages.translation import TranslationRepair
from tests.conftest import assert_contract

STAGE = TranslationRepair()
HOST = "The committee met in the capital for three days. Its members spoke to the press. "
# the host as a paragraph of its own (a slip that opens a line), and one whose evidence reaches
# the repair bar (two titles a translation left), for the kinds that wait for evidence
PLAIN = HOST.rstrip() + "\n\n"
EVIDENT = "The committee met M. Macron and Mme Borne for three days. Its members spoke.\n\n"


def repaired(raw: str, host: str = HOST) -> str:
    """`host + raw` through the stage (its contract checked: twice changes nothing, the ledger
    replays); the part after the host, or the whole text if the host itself was repaired."""
    doc = assert_contract(STAGE, host + raw)
    return doc.text[len(host) :] if doc.text.startswith(host) else doc.text


def assert_kept(text: str) -> None:
    """`text` (a paragraph of its own) unchanged without evidence and with the document's
    evidence (`PLAIN`, `EVIDENT`): what a widened repair must still leave alone."""
    assert repaired(text, PLAIN) == text
    assert repaired(text, EVIDENT).endswith("\n\n" + text)


def assert_linear(line: str, joints: tuple[str, ...] = ("\n", " ")) -> None:
    """8,000 copies of `line`, joined by each of `joints`, through the stage in under 3 seconds
    of CPU each (a second or less; the bound leaves room for a slow machine): a reading that
    looks back or ahead without a bound would take minutes."""
    for joint in joints:
        text = joint.join([line] * 8000)
        begun = time.process_time()
        STAGE.process(Document(id="x", text=text))
        assert time.process_time() - begun < 3.0
