"""A lone translation slip in a short clean English host, through the `translation` stage: the
shape the tests of each repair kind share."""

from __future__ import annotations

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
