"""`caption_place` and the credit that closes a story: a picture's credit standing alone under
the story's last paragraph (a picture with no caption) does not take the story's own closing
short line with it; a caption at the end, which names or places what it shows, still goes.
Made-up stories in several wordings and languages, not the blind batches'.

On the base commit the closing lines here are removed (rule `caption_place`).
"""

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.boilerplate import caption_place as place
from tests.test_stage_boilerplate_caption_shape import ABOVE, BELOW, HEADLINE  # one story

ON = BoilerplateRemover(caption_place=True)

# the story's closing short line: nothing new named, or speech
CLOSING = [
    "They have no plans to grow again.",
    "None of the crew was hurt.",
    "It was the first win of the season for the visitors.",
    "The couple say they would do it all again.",
    '"We will be back next year," said Ana Duarte.',
    "– Wrócimy tu za rok – mówi Anna Nowak.",
    "Ils ne comptent pas s'agrandir à nouveau.",
    "Sie wollen nicht noch einmal wachsen.",
]
CREDITS = ["Photo: Helen Carew", "Picture: SUPPLIED", "(Courier Photo/Ian Dall)", "Fot. Jan Lis"]
# what may follow the credit at the end of the text: nothing, or the page's furniture
AFTER = [[], ["Share this article: Email | LinkedIn | X"]]
# a caption at the end over its credit: a name, a place or a scene's time
END_CAPTIONS = [
    "Fieldbox co-founders Manish Gowda and Shalini Iyer.",
    "Trucks lined up outside a warehouse in Jurong.",
    "Volunteers ladle soup at the curling rink on Saturday.",
    "Kacper Wróbel (z lewej) cieszy się z gola.",
    "Die Kapelle spielt am Sonntagabend auf dem Marktplatz.",
]


def _lines(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


def _ending(line: str, credit: str, after: list[str]) -> Document:
    return Document(id="d", text="\n\n".join([HEADLINE, ABOVE, BELOW, line, credit, *after]))


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("line", CLOSING)
def test_closing_line_over_a_lone_credit_stays(line: str, credit: str, after: list[str]) -> None:
    out = ON.process(_ending(line, credit, after))
    assert line in _lines(out)
    assert not any(edit.rule == place.RULE and edit.before == line for edit in out.edits)


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("caption", END_CAPTIONS)
def test_caption_at_the_end_still_goes(caption: str, after: list[str]) -> None:
    out = ON.process(_ending(caption, "Photo: Helen Carew", after))
    assert caption not in _lines(out)
    assert BELOW in _lines(out)


def test_idempotent() -> None:
    for line in CLOSING + END_CAPTIONS:
        once = ON.process(_ending(line, "Photo: Helen Carew", AFTER[1]))
        again = ON.process(Document(id="d", text=once.text, title=once.title))
        assert again.text == once.text


def test_pictured() -> None:
    shapes = ON._caption_shapes
    assert place._pictured("Trucks lined up outside a Sentosa Cargo warehouse.", shapes)
    assert place._pictured("Volunteers at the rink on Saturday.", shapes)
    assert not place._pictured("They have no plans to grow again.", shapes)
    assert not place._pictured("Smith said the plan would go ahead.", shapes)
    assert not place._pictured('"It is over," Smith told reporters on Monday.', shapes)
