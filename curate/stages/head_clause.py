"""A clause after a line's head whose subject is long: where its verb stands.

After a line's head (`line_heads`: "BREAKING: ", "SION, 12 Dec. – ", "SCIENCE · ") a translation
leaves a sentence in small letters whose subject is often longer than the stage's clause reader
reads (`TranslationRepair._clause_follows`, four words): a noun and the phrases that qualify it
("residents on the east coast of Mauritius must stay", "growers heading into Longueuil over
the Jacques-Cartier bridge face"), a participle's phrase ("volunteers living below Karthala
reported"), a possessive ("the mayor's office said"), a relative clause ("farmers who lost their
granaries will receive"), a place between two commas ("fishermen in Brenvor, below the dam, were
cut off"). This reader is asked only after a head the shape reader took and on the document's
evidence: it reads from the sentence's first word to its verb, through words in small letters,
names, figures, possessives and prepositions, and stops at a subordinator, a mark or `MOST`
words (a word after a determiner or a preposition is a noun, no verb). A verb is a finite
one (`finite`), one that says, one in the present after a subject in the plural
(`plural_present`, the subject's own noun before its phrase), or one in -s after a
determiner's noun and a short phrase (`present`: "the clinic in Tarvossa opens on Sundays").
A fragment ("the derby's third goal.", "the moment when the storm hit.") has no verb before a
subordinator or its stop; an indefinite article's noun with no phrase after it may go on the
head (`_clause_follows`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

MOST = 10  # the words of a subject before its verb at most
_EDGE = '.,;:!?“”"‘’()[]'
_ENDS = ".!?;:"
_RELATIVES = frozenset(("who", "that", "which", "whose"))
_INDEFINITE = frozenset(("a", "an"))
_JOINS = frozenset(("and", "or"))  # "volunteers and fishermen from the island were"


def verb(
    text: str,
    start: int,
    finite: Callable[[str, str], bool],
    plural_present: Callable[[list[str], int], bool],
    present: Callable[[list[str]], bool],
    table: dict[str, Collection[str]],
) -> str | None:
    """The verb of the clause whose subject opens at `text[start]` (the module's docstring), or
    None (its first word, where `present` reads the clause whole). `table`: the stage's word
    lists (`determiners`, `speech_verbs`, `clause_breakers`, `clause_before_breakers`,
    `subject_phrase_words`)."""
    tokens = text[start : start + 400].split(None, MOST + 2)[: MOST + 2]
    words = [t.strip(_EDGE).lower() for t in tokens]
    if len(words) < 2:
        return None
    if len(words) >= 4 and words[0] in table["determiners"] and present(words):
        return words[0]  # "the clinic in Tarvossa opens on Sundays": a verb in -s, read whole
    determiners = table["determiners"]
    phrase = table["subject_phrase_words"]
    subordinators = table["clause_before_breakers"]
    if words[0] not in _INDEFINITE and (
        words[0] in subordinators or words[0] in table["clause_breakers"]
    ):
        return None  # "as expected – was", "but then": no subject opens with it
    noun = 0  # where the subject's own noun phrase ends: its first phrase, participle, relative
    relative = False  # a relative clause's verb goes on the subject, the main verb follows
    aside = False  # between two commas: "in Brenvor, below the dam, were"
    for i in range(1, len(words)):
        token, word = tokens[i], words[i]
        before = words[i - 1]
        core = word.replace("-", "").replace("'", "").replace("’", "")
        if (tokens[i - 1][-1:] in _ENDS or tokens[i - 1][-1:] in "–—") and not _title_stop(
            tokens[i - 1], token
        ):
            return None  # the sentence or its clause ended before a verb
        if token[:1].isupper() or token[:1].isdigit() or token[:1] in '(“"‘':
            pass  # a name, a figure, a quote's word: "Lake Kivu", "all three", "Lausanne's"
        elif not core.isalpha() or not token[:1].isalpha():
            return None  # a mark, a word glued to a mark
        elif (
            before not in determiners
            and before not in phrase
            and (
                finite(word, words[i + 1] if i + 1 < len(words) else "")
                or word in table["speech_verbs"]
                or (noun and plural_present(words[:noun] + words[i:], noun))
            )
        ):
            if not relative:
                # an indefinite article's noun alone may go on the phrase before it
                # ("/PRNewswire/ -- an incursion was announced", `_clause_follows`)
                return word if noun or words[0] not in _INDEFINITE else None
            relative = False  # "who lost": the relative's own verb
        elif word in _RELATIVES:
            relative = True
            noun = noun or i
        elif word in subordinators and word not in phrase:
            return None  # "the moment when the storm hit.": a fragment and its clause
        elif word in phrase or word.endswith("ing"):
            noun = noun or i
        elif word not in _JOINS and word in table["clause_breakers"] and word not in determiners:
            return None  # "but", "so", "then", "nor"
        if token.endswith(","):
            if aside:
                aside = False  # the aside closes
            elif i + 1 < len(words) and words[i + 1] in phrase:
                aside = True  # "in Brenvor, below the dam, were": a place's aside
                noun = noun or i
            else:
                return None  # "the sunniest town in Sion, its tourist office claims"
    return None


def _title_stop(before: str, token: str) -> bool:
    """Whether the stop of `before` is a name's abbreviation before the name's next word ("St.
    Lawrence", "Mt. Orr", "Ft. Kelm"): a capital and one or two small letters, then a capital."""
    core = before[:-1]
    return (
        before.endswith(".")
        and 2 <= len(core) <= 3
        and core[:1].isupper()
        and core[1:].isalpha()
        and core[1:].islower()
        and token[:1].isupper()
    )
