"""Time stamps whose date parts are joined by words: Spanish, Portuguese and Italian dates.

A time stamp is a line made only of a date's and a time's words (`Shapes.timestamp`: months,
weekdays, numbers, stamp leads, time words). Spanish and Portuguese join a date's parts with
`de` ("11 de mayo de 2022", "11 de maio de 2022"), `del` ("11 de mayo del 2022"), a time with
`a las`, `às`, `alle ore`, and write the hour "07:46hrs", "18 hs": until session 40 one `de` made
the line no time stamp, so it stayed in the text as an article's line and its date was lost.
Lines that hold other words stay text, whatever dates they name.
"""

from __future__ import annotations

import pytest

from curate.stages.metadata import BylineExtractor
from tests.conftest import assert_contract

STAGE = BylineExtractor()
BODY = (
    "El concejo municipal aprobó el martes el nuevo presupuesto tras un largo debate que se "
    "prolongó hasta bien entrada la noche, dijeron los funcionarios."
)
MORE = "La oposición dijo que apelará la decisión en las próximas semanas."


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("miércoles, 11 de mayo de 2022 - 3:40 a.m.", "2022-05-11"),
        ("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "2022-05-04T07:46:00"),
        ("04 de mayo 2022 a las 09:01 hrs.", "2022-05-04T09:01:00"),
        ("Actualizado el 11 de mayo de 2022, 15:40", "2022-05-11T15:40:00"),
        ("Publicado el miércoles 11 de mayo del 2022", "2022-05-11"),
        ("Publicado em 11 de maio de 2022 às 15h40", "2022-05-11T15:40:00"),
        ("Atualizado em 3 de janeiro de 2023, 18 hs", "2023-01-03"),
        ("Pubblicato il 5 marzo 2021 alle ore 10:15", "2021-03-05T10:15:00"),
        ("Domingo 2 de octubre del 2022 | 21:05 horas", "2022-10-02T21:05:00"),
    ],
)
def test_a_date_joined_by_words_is_a_time_stamp(line, published):
    doc = assert_contract(STAGE, f"{BODY}\n\n{line}\n\n{MORE}")
    assert doc.text == f"{BODY}\n\n{MORE}"
    assert doc.labels["published"] == published
    assert {e.rule for e in doc.edits} == {"timestamp"}


@pytest.mark.parametrize(
    "line",
    [
        "El 11 de mayo de 2022 el gobierno anunció la reforma.",
        "Desde el 3 de enero de 2023 rige la nueva ley de tránsito en todo el país.",
        "Cerca de 2022 personas firmaron la petición de los vecinos.",
        "O prazo termina em 11 de maio de 2022, segundo a prefeitura.",
        "La final se jugará el domingo 2 de octubre a las 21:05 en el estadio nacional.",
    ],
)
def test_sentences_that_name_a_date_stay(line):
    doc = assert_contract(STAGE, f"{BODY}\n\n{line}\n\n{MORE}")
    assert line in doc.text
    assert not doc.labels.get("published")
