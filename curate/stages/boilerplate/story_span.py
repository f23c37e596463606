"""The lines below the story's last line that are the site's, by where they stand (issue 13).

Under a story a page sets its notices and lists: a bio, a disclaimer, a release's contacts and
its origin address, a paywall, a promo, other stories' headlines. The trees judge each line
alone and keep those written as sentences (line blind half 1 of batches 1-16: 239 of the 276
lines of these kinds the stage keeps stand below the story's last content line). `site_voice`
reads their words, walking up to the first sentence it does not call a notice and passing
every other line. Here the walk reads the segment below the story: from the text's last line
up, a line with evidence of its own that it is the site's goes (`_strong`: a sentence
`site_voice` scores `STRONG_WORDS`+; an e-mail or web address, in a sentence that scores
`WEAK_WORDS`+ too, since a story gives an address; a line that is no sentence with a telephone
number and a contact's words; the heading right above such a line when its words are a
notice's: "Forward-Looking Statements"); a line that is no sentence and that the trees doubt
(`SURE`+: another story's headline, a label) is passed over and stays; and the walk ends at the
first sentence with no such evidence (a closing "He was 82." says nothing of the site: it and
all above it are the story's), at a line the trees are sure of (a table's row, an event's
details below a ticket link), at the last body paragraph and at a line ending with a colon (what
it introduces is the story's list: "Helplines:" over numbers).

Asked once the trees and the notices remove no more (`BoilerplateRemover.story_span`), and undone
with the notices when the trees then take a line they kept (`site_voice.SPARE`). What goes
depends on the lines left alone, and the walk stops at a line that stays, so a second run finds
the same end and nothing more (idempotence).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from curate.stages.boilerplate import features, reader_address, site_voice
from curate.stages.boilerplate.features import BODY_WORDS, facts_of

STRONG_WORDS = 0.5  # the site's words: a sentence `site_voice` scores this high is a notice
WEAK_WORDS = 0.3  # ... this high, with an address in it ("Reach her at jo@...")
# a line that is no sentence the trees score under this is the story's (a table's row, an
# event's details): the walk ends there; one they doubt more (another story's headline, a
# label, "Watch: ...") is passed over and stays
SURE = 0.1
# a sentence addressing the reader where no body paragraph does is the site's (off: line blind
# half 1 one noise line more, and an advice list's "Keep your pets indoors." is the story's)
VOICE = False
# a telephone number: 7+ digits in groups ("0207 555 0100", "+1 412-555-0144", "(06) 374 0000")
PHONE = re.compile(r"(?<![\w.,])\+?\(?\d{2,4}\)?(?:[ .-]\d{2,4}){2,4}(?![\w.,]\d)")


def outside(
    lines: Sequence[str], scores: Mapping[int, float], keep: int = -1
) -> list[tuple[int, float]]:
    """(index, score) of the lines of `lines` (a document's lines left) below the story's last
    line that are the site's (the module's walk). `scores`: the trees' scores of the lines they
    judged, by index; `keep`: an index never judged (the headline), where a walk ends."""
    facts = facts_of(list(lines))
    said: dict[int, float] = {}

    def words_of(i: int) -> float:
        if i not in said:
            said[i] = site_voice.score(lines[i])
        return said[i]

    # the story's body paragraphs: 20+ words closed like a sentence that are no notice (the
    # last one only is needed, found from the end)
    bodies = (
        i
        for i in range(len(lines) - 1, -1, -1)
        if facts[i].words >= BODY_WORDS and facts[i].ends and words_of(i) < STRONG_WORDS
    )
    last = next(bodies, None)
    if last is None:
        return []
    voice = VOICE and not any(reader_address.addresses(lines[i]) for i in (last, *bodies))
    found: list[tuple[int, float]] = []
    block: list[int] = []  # the lines that are no sentence met since the last sentence
    strong = -1  # the last line that went by its own evidence
    for i in range(len(lines) - 1, last, -1):
        if i == keep:
            break
        line, known = lines[i], facts[i]
        if line.rstrip().endswith(":"):
            # it introduces the lines under it: the story's list ("Helplines:", "Tickets:"),
            # and the walk ends here with that list spared
            spared = set(block)
            found = [item for item in found if item[0] not in spared]
            break
        sentence = known.ends and known.words >= 2
        judged = sentence and known.words >= site_voice.MIN_WORDS  # `site_voice`'s lines
        block = [] if sentence else [*block, i]
        if _strong(line, (words_of(i) if judged else 0.0) if sentence else None, voice):
            found.append((i, max(words_of(i), STRONG_WORDS) if judged else 1.0))
            strong = i
        elif sentence or scores.get(i, 0.0) < SURE:
            break  # the story's last sentence, or a line the trees are sure is the story's
        elif strong == i + 1 and words_of(i) >= STRONG_WORDS:
            found.append((i, words_of(i)))  # the heading of the notice under it
    return sorted(found)


def _strong(line: str, said: float | None, voice: bool) -> bool:
    """The site's own line: a sentence (`said`: its `site_voice` score) by its words
    (`STRONG_WORDS`), an e-mail or web address, or the reader addressed where the story does not
    address them (`voice`); a line that is no sentence (`said` None) by an address or a
    telephone number ("Media: Kate Morrow, 312-555-0163": a story's sentence gives a number to
    call too, "Anyone with information is asked to call ...")."""
    addressed = bool(features.ADDRESS.search(line))
    if said is None and addressed:  # "View original content: https://...", "Press: press@..."
        return True
    if said is None:  # a contact's words and its number: a helpline's number is the story's
        return bool(PHONE.search(line)) and site_voice.score(line) >= STRONG_WORDS
    if addressed and said >= WEAK_WORDS:  # a story's sentence gives an address too
        return True
    return said >= STRONG_WORDS or voice and reader_address.addresses(line)
