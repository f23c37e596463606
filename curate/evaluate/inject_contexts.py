"""A third planting procedure: each kind of translation artifact in a matrix of contexts.

The first two procedures (`inject`, `inject_varied`) find places for an artifact in the clean
text, so each kind is measured where clean text happens to offer it, mostly mid-sentence
between plain words. A rule can fit those places and miss the kind elsewhere. This one writes
the context itself: a short snippet (a sentence, a paragraph, a list, a headline) that holds
one artifact in one named context (after an opening quote or bracket, before each mark, next
to digits, in capitals, at a paragraph start, at the end of the text without a stop, ...), and
inserts it at a sentence or paragraph boundary of a clean host text. The whole snippet is the
place scored: the output must hold the clean snippet there, so a repair that damages the
context fails too.

Kinds: the eight rules of the `translation` stage, some in two forms (`KINDS`). The words,
names and numbers are drawn per planting; the snippet's own text is plain clean English.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from curate.evaluate.inject import Artifact, Injection
from curate.resources import data_file

# kind -> the rule of the `translation` stage that should repair it
KINDS: dict[str, str] = {
    "space_before_punct": "space_before_punct",
    "space_inside_quotes": "space_inside_quotes",
    "guillemets": "space_inside_quotes",
    "decimal_comma": "number_format",
    "thousands_space": "number_format",
    "title_m": "title_word",
    "title_mme": "title_word",
    "gazetteer": "gazetteer",
    "article": "article",
    "doubled_word": "doubled_word",
    "sentence_case": "sentence_case",
    "title_mm": "title_word",  # third held-out batch only
}
# the kinds whose fragment is a noun phrase ("an incursion", "Kim Jong Un", "“real war”")
PHRASES = frozenset(KINDS) - {"space_before_punct", "sentence_case"}
QUOTES = frozenset({"space_inside_quotes", "guillemets"})

# right article, word: "an incursion" planted as "a incursion", "a unique" as "an unique"
ARTICLE_WORDS = (
    ("an", "incursion"), ("an", "offensive"), ("an", "inquiry"), ("an", "election"),
    ("an", "agreement"), ("an", "hour"), ("an", "honest answer"), ("an", "emergency"),
    ("a", "unique offer"), ("a", "union"), ("a", "university"), ("a", "one-day visit"),
    ("a", "European summit"), ("a", "report"), ("a", "ceasefire"), ("an", "8-year-old"),
)  # fmt: skip
DOUBLED = (("the", "report"), ("a", "report"), ("an", "inquiry"), ("its", "report"),
           ("their", "report"), ("his", "report"), ("our", "report"))  # fmt: skip
SURNAMES = ("Macron", "Lawan", "Borne", "Kala", "Nzeribe", "Lévy", "Séjourné", "Ørsted")
DECIMALS = (("1.5", " million euros"), ("2.3", "%"), ("4.75", " billion dollars"),
            ("0.8", " percent"), ("12.5", " km"), ("3.2", " million people"))  # fmt: skip
THOUSANDS = (("5,000", " people"), ("12,500", " euros"), ("250,000", " inhabitants"),
             ("1,200", " troops"), ("1,350,000", " voters"), ("7,400", " homes"))  # fmt: skip
PHRASES_QUOTED = ("real war", "tactical nuclear", "a betrayal", "Élysée accord", "never again")
OPENERS = ("the talks", "talks", "it", "they", "but talks", "then talks")


@dataclass(frozen=True)
class Context:
    """One context: `template` with `{F}` where the artifact goes (and `{A}` for an adjacent
    spaced comma). `place`: where the snippet goes in the host ("sentence": before a sentence
    in a paragraph; "paragraph": a paragraph of its own; "end": the last paragraph, with no
    stop after it). `start`: the fragment opens a sentence (capitalised). `case`: "upper" or
    "title" for the whole snippet. `space`: the space the snippet uses next to `{F}`."""

    name: str
    template: str
    place: str = "sentence"
    start: bool = False
    case: str = ""
    space: str = " "
    openers: tuple[str, ...] = ()  # a sentence's first words, when not `OPENERS` (batch 5)


def _c(name: str, template: str, place: str = "sentence", **kw) -> Context:
    return Context(name, template, place, **kw)


# Noun-phrase kinds (article, doubled word, gazetteer, titles, numbers, quotes).
PHRASE_CONTEXTS = (
    _c("mid", "Officials said {F} was discussed on Monday."),
    _c("sentence_start", "{F} was discussed on Monday.", start=True),
    _c("paragraph_start", "{F} was discussed on Monday.", "paragraph", start=True),
    _c("after_open_curly", "“{F} was discussed,” officials said.", start=True),
    _c("after_open_straight", '"{F} was discussed," officials said.', start=True),
    _c("after_open_paren", "Talks resumed ({F} was on the agenda) on Monday."),
    _c("after_open_paren_start", "({F} was discussed on Monday.)", start=True),
    _c("inside_curly", "Officials called it “talks on {F} and the border” on Monday."),
    _c("inside_straight", 'Officials called it "talks on {F} and the border" on Monday.'),
    _c("inside_parens", "Talks resumed (on {F} and the border) on Monday."),
    _c("before_comma", "Officials discussed {F}, then they left."),
    _c("before_semicolon", "Officials discussed {F}; then they left."),
    _c("before_colon", "Officials discussed {F}: the talks ended there."),
    _c("before_bang", "Officials discussed {F}!"),
    _c("before_question", "Did officials discuss {F}?"),
    _c("before_ellipsis", "Officials discussed {F}… then they left."),
    _c("before_close_curly", "Officials called it “talks on {F}” on Monday."),
    _c("before_close_paren", "Talks resumed (on {F}) on Monday."),
    _c("before_stop", "Officials discussed {F}."),
    _c("after_comma", "On Monday, {F} was discussed."),
    _c("after_semicolon", "Talks resumed; {F} was discussed."),
    _c("after_colon", "On the agenda: {F} and the border."),
    _c("after_bang", "Talks resumed! {F} was discussed.", start=True),
    _c("after_question", "Why? {F} was discussed.", start=True),
    _c("after_ellipsis", "Talks resumed… {F} was discussed.", start=True),
    _c("after_dash", "Talks resumed — {F} was discussed."),
    _c("after_digits", "In 2019 {F} was discussed."),
    _c("before_digits", "Officials discussed {F} 24 hours later."),
    _c("no_break_space", "Officials said {F} was discussed.", space="\u00a0"),
    _c("narrow_no_break_space", "Officials said {F} was discussed.", space="\u202f"),
    _c("thin_space", "Officials said {F} was discussed.", space="\u2009"),
    _c("all_caps", "OFFICIALS DISCUSS {F} IN PARIS", "paragraph", case="upper"),
    _c("title_case_headline", "Officials Discuss {F} in Paris", "paragraph", case="title"),
    _c("headline", "Officials discuss {F} in Paris", "paragraph"),
    _c("list_dash", "- {F} was discussed\n- The border was closed", "paragraph", start=True),
    _c("list_bullet", "• {F} was discussed\n• The border was closed", "paragraph", start=True),
    _c("list_number", "1. {F} was discussed\n2. The border was closed", "paragraph", start=True),
    _c("end_no_stop", "Officials discussed {F}", "end"),
    _c("adjacent", "Officials discussed {F}{A} then they left."),
    _c("accented", "In Besançon, Ségolène Royal discussed {F} with François Bayrou."),
    _c("after_abbreviation", "In the U.S. {F} was discussed on Monday."),
    _c("after_title", "Mr. Bayrou said {F} was discussed on Monday."),
)
# quoted phrases inside quotes are nested quotes, not the kind: those contexts are left out
NOT_FOR_QUOTES = frozenset(
    {"after_open_curly", "after_open_straight", "inside_curly", "inside_straight",
     "before_close_curly", "inside_single_quotes", "inside_quote_sentence",
     "quote_spanning", "court_quote"}
)  # fmt: skip

# space before a mark: `{F}` is where the space goes, before the mark
SPACE_CONTEXTS = (
    _c("before_comma", "Officials met in Paris{F}, then they left."),
    _c("before_semicolon", "Officials met in Paris{F}; then they left."),
    _c("before_colon", "Officials met in Paris{F}: the talks ended there."),
    _c("before_bang", "Officials met in Paris{F}! The talks ended there."),
    _c("before_question", "Did officials meet in Paris{F}? The talks ended there."),
    _c("before_stop", "Officials met in Paris{F}. The talks ended there."),
    _c("after_digits", "Officials met in 2019{F}, then they left."),
    _c("after_percent", "Prices rose 4%{F}; then they fell."),
    _c("after_close_curly", "Officials called it “real war”{F}, then they left."),
    _c("after_close_straight", 'Officials called it "real war"{F}, then they left.'),
    _c("after_close_paren", "Officials met (in Paris){F}, then they left."),
    _c("after_caps", "Officials met at NATO{F}, then they left."),
    _c("accented", "Officials met in Besançon{F}, then Ségolène Royal left."),
    _c("after_abbreviation", "Officials met in the U.S.{F}, then they left."),
    _c("paragraph_start", "Paris{F}, the capital, hosted the talks.", "paragraph"),
    _c("after_open_paren", "The talks (Paris{F}, the capital) ended."),
    _c("after_open_curly", "“Paris{F}, the capital, hosted the talks,” officials said."),
    _c("before_close_curly", "“Why did they meet{F}?” officials asked."),
    _c("before_close_paren", "The talks ended (why{F}?) on Monday."),
    _c("line_end", "Why did they meet in Paris{F}?", "paragraph"),
    _c("before_digits", "The score was{F}: 3 to 1 for the hosts."),
    _c("before_open_quote", "Officials said{F}: “the talks ended.”"),
    _c("headline", "Talks in Paris{F}: what we know", "paragraph"),
    _c("list_bullet", "• Why did they meet{F}?\n• Who paid?", "paragraph"),
    _c("end_no_stop", "Why did they meet in Paris{F}?", "end"),
    _c("adjacent", "Did they meet in Paris{F}? Yes{F}!"),
    _c("no_break_space", "Officials met in Paris{F}; then they left.", space="\u00a0"),
    _c("narrow_no_break_space", "Officials met in Paris{F}? Yes.", space="\u202f"),
    _c("all_caps", "OFFICIALS MET IN PARIS{F}: WHAT WE KNOW", "paragraph", case="upper"),
)

# a sentence opening in lower case: `{F}` is the sentence's first words
SENTENCE_CONTEXTS = (
    _c("after_stop", "Officials met on Monday. {F} resumed on Tuesday."),
    _c("after_bang", "Officials met on Monday! {F} resumed on Tuesday."),
    _c("after_question", "Did officials meet on Monday? {F} resumed on Tuesday."),
    _c("after_ellipsis", "Officials met on Monday… {F} resumed on Tuesday."),
    _c("after_close_curly", "Officials said “we met on Monday.” {F} resumed on Tuesday."),
    _c("after_close_straight", 'Officials said "we met on Monday." {F} resumed on Tuesday.'),
    _c("after_close_paren", "Officials met (on Monday). {F} resumed on Tuesday."),
    _c("after_paren_sentence", "(Officials met on Monday.) {F} resumed on Tuesday."),
    _c("after_open_curly", "Officials met on Monday. “{F} resumed,” they said."),
    _c("after_open_straight", 'Officials met on Monday. "{F} resumed," they said.'),
    _c("after_open_paren", "Officials met on Monday. ({F} resumed on Tuesday.)"),
    _c("after_digits", "Officials met in 2019. {F} resumed on Tuesday."),
    _c("after_percent", "Prices rose 4%. {F} resumed on Tuesday."),
    _c("before_comma", "Officials met on Monday. {F}, however, resumed."),
    _c("paragraph_start", "{F} resumed on Tuesday.", "paragraph"),
    _c("no_break_space", "Officials met on Monday. {F} resumed.", space="\u00a0"),
    _c("after_caps", "Officials met at NATO. {F} resumed on Tuesday."),
    _c("accented", "Officials met in Besançon. {F} resumed with Ségolène Royal."),
    _c("after_abbreviation", "Officials met Mr. Bayrou in the U.S. on Monday. {F} resumed."),
    _c("end_no_stop", "Officials met on Monday. {F} resumed", "end"),
    _c("adjacent", "Officials met on Monday. {F} resumed on Tuesday.", case="doubled"),
)


# Held-out contexts, written after the stage was fixed on the contexts above and never tuned
# on: a check that the fixes hold in contexts they were not made for.
HELD_OUT_PHRASE = (
    _c("em_dash_aside", "Officials—after {F}—left on Monday."),
    _c("square_brackets", "He said they [{F}] were ready."),
    _c("after_eg", "Several issues, e.g. {F}, were discussed."),
    _c("qa_line", "Q: Was {F} discussed?\nA: Yes.", "paragraph"),
    _c("after_colon_clause", "One thing is clear: {F} was discussed."),
    _c("after_quote_semicolon", "He said “yes”; {F} was discussed."),
    _c("numbered_clause", "(1) {F} was discussed; (2) the border was closed."),
    _c("dialogue_dash", "– {F} was discussed, he said.", "paragraph", start=True),
    _c("after_exclaim_quote", "They won! “{F} was discussed,” he said.", start=True),
)
HELD_OUT_SPACE = (
    _c("em_dash_word", "Officials met—in Paris{F}, then they left."),
    _c("after_square_bracket", "Officials met [in Paris]{F}, then they left."),
    _c("qa_line", "Q{F}: Did they meet in Paris?", "paragraph"),
    _c("inside_paren_bang", "They met (what a day{F}!) on Monday."),
    _c("before_semicolon_digit", "Officials met in Paris{F}; 3 of them left."),
)
HELD_OUT_SENTENCE = (
    _c("after_square_bracket", "Officials met [on Monday]. {F} resumed on Tuesday."),
    _c("after_em_dash_clause", "Officials met—briefly. {F} resumed on Tuesday."),
    _c("after_question_paren", "(Did officials meet?) {F} resumed on Tuesday."),
    _c("after_bang_open_quote", "Officials met! “{F} resumed,” they said."),
    _c("after_year_paren", "Officials met (in 2019). {F} resumed on Tuesday."),
)


# A second held-out batch, written in session 20 before any fix it measures: new realizations of
# the contexts the first batch found weak (a sentence closed inside a quote or a bracket, words
# joined by a dash with no space), and contexts of no batch before.
HELD_OUT_2_PHRASE = (
    _c("after_em_dash_glued", "The talks—{F} among them—ended on Monday."),
    _c("after_word_and_dash", "Officials—and {F}—left on Monday."),
    _c("after_slash", "Officials and/or {F} were discussed."),
    _c("inside_single_quotes", "Officials called it ‘talks on {F}’ on Monday."),
    _c("after_number_paren", "Three items: 1) {F}, 2) the border."),
    _c("subtitle_colon", "Paris talks: {F} on the agenda", "paragraph"),
    _c("in_year_aside", "In 2019 (and with {F}) officials met."),
    _c("after_said_colon", "He said: {F} was discussed on Monday."),
)
HELD_OUT_2_SPACE = (
    _c("before_colon_time", "They met at noon{F}: the talks ended there."),
    _c("after_quote_question", 'Did he say "yes"{F}? Nobody knows.'),
    _c("before_bang_paren", "(They won{F}!) The talks ended there."),
    _c("after_initials", "Officials met J.K. Rowling{F}, then they left."),
    _c("before_semicolon_quote", "He called it “progress”{F}; then they left."),
)
HELD_OUT_2_SENTENCE = (
    _c("after_single_quote_stop", "He called it ‘a step forward.’ {F} resumed on Tuesday."),
    _c("after_colon_quote_stop", 'She said: "We are done." {F} resumed on Tuesday.'),
    _c("after_bracketed_bang", "(What a week it was!) {F} resumed on Tuesday."),
    _c("after_square_question", "[Did they agree?] {F} resumed on Tuesday."),
    _c("after_domain", "Details are at example.org. {F} resumed on Tuesday."),
    _c("after_score", "The vote was 52 to 48. {F} resumed on Tuesday."),
    _c("after_list_sentence", "They agreed on two points: trade and energy. {F} resumed."),
    _c("after_quote_attribution", "“We met,” she said. {F} resumed on Tuesday."),
)


# A third held-out batch, written in session 21 before any fix it measures and without running
# the stage on it: sentences that end in what a stop also closes inside a sentence (a domain, a
# URL, an e-mail, `U.S.`, `Inc.`, `p.m.`, `etc.`, a decimal, initials), three-dot ellipses,
# closing quotes and square brackets, lines of a list or a headline without a stop, a dateline,
# and the plural title `MM.` (`title_mm`, planted in this batch only).
HELD_OUT_3_PHRASE = (
    _c("after_us_mid", "Talks between the U.S. and {F} stalled on Monday."),
    _c("after_inc_mid", "A spokesman for Acme Holdings Inc. said {F} was under review."),
    _c("after_am_mid", "At 9.30 a.m. {F} was discussed by the cabinet."),
    _c("after_decimal_mid", "With 3.5 million votes counted, {F} was still in doubt."),
    _c("after_initials_mid", "Author J. K. Rowling said {F} was discussed."),
    _c("after_domain_mid", "According to lemonde.fr, {F} was discussed on Monday."),
    _c("after_url_paren", "The text (www.elysee.fr) says {F} was discussed."),
    _c("after_three_dots_mid", "They waited... and {F} was discussed."),
    _c("list_semicolons", "On the agenda:\n- the budget;\n- {F};\n- the border.", "paragraph"),
    _c("live_headline", "Live updates | {F} on the agenda", "paragraph"),
    _c("after_article_number", "Under Article 49.3, {F} was adopted without a vote."),
    _c("after_title_pair", "Mrs. Borne and {F} met on Monday."),
    _c("after_st_abbrev", "In St. Petersburg, {F} was discussed."),
    _c("inside_parens_initial", "The report (by J. Smith and {F}) was published."),
    _c("dateline", "PARIS (AFP) - {F} was discussed on Monday.", "paragraph", start=True),
    _c("question_aside", "Was {F}, as reported, discussed?"),
    _c("after_percent_decimal", "Inflation hit 5.2% and {F} was discussed."),
    _c("before_url", "{F} is described at www.gouvernement.fr.", start=True),
    _c("caption_credit", "{F} in Paris on Monday. (Photo: AFP)", "paragraph", start=True),
)
HELD_OUT_3_SPACE = (
    _c("after_domain", "Read the decree on legifrance.gouv.fr{F}; it runs to 40 pages."),
    _c("after_url_slash", "The form is at www.impots.gouv.fr/portail/{F}, officials said."),
    _c("after_inc", "Shares of Apple Inc.{F}, the iPhone maker, fell."),
    _c("after_am", "They met at 10 a.m.{F}; the talks ended at noon."),
    _c("after_decimal", "Growth was 3.5{F}; inflation was 2.1."),
    _c("after_clock", "At 10:30{F}, officials met."),
    _c("after_initials", "J. K. Rowling{F}: a life in pictures", "paragraph"),
    _c("inside_quote_question", "“Who paid{F}?” one deputy asked."),
    _c("after_three_dots", "So what now...{F}? Nobody knows."),
    _c("after_handle_paren", "He wrote on X (@EmmanuelMacron){F}: “we will act.”"),
    _c("after_acronym_paren", "The European Commission (EC){F}, based in Brussels, agreed."),
    _c("list_label", "- Budget{F}: adopted\n- Pensions: postponed", "paragraph"),
    _c("after_currency", "The fine reached €1.5 million{F}, a record."),
    _c("after_plural_apostrophe", "The workers' union{F}; then they left."),
    _c("after_ordinal", "They met on the 3rd{F}; the talks failed."),
    _c("headline_bang", "Goal{F}! France leads 2-1", "paragraph"),
    _c("after_email", "Write to presse@elysee.fr{F}; replies take a week."),
    _c("after_unit", "The convoy covered 12.5 km{F}, then stopped."),
)
HELD_OUT_3_SENTENCE = (
    _c("after_www_domain", "The decree is at www.legifrance.gouv.fr. {F} resumed on Tuesday."),
    _c("after_dotcom", "Tickets sold out on ticketmaster.com. {F} resumed on Tuesday."),
    _c("after_url_path", "The text is at https://www.elysee.fr/discours. {F} resumed."),
    _c("after_email", "Questions go to presse@elysee.fr. {F} resumed on Tuesday."),
    _c("after_us_end", "The delegation then flew back to the U.S. {F} resumed on Tuesday."),
    _c("after_inc_end", "The contract went to Acme Holdings Inc. {F} resumed on Tuesday."),
    _c("after_pm_end", "Polls closed at 8 p.m. {F} resumed on Tuesday."),
    _c("after_decimal_end", "The quake measured 5.8. {F} resumed on Tuesday."),
    _c("after_article_number", "The government used Article 49.3. {F} resumed on Tuesday."),
    _c("after_initials_name", "The prize went to J. K. Rowling. {F} resumed on Tuesday."),
    _c("after_three_dots", "Officials met on Monday... {F} resumed on Tuesday."),
    _c("after_colon_quote_question", "He asked: “Why now?” {F} resumed on Tuesday."),
    _c("after_square_sentence", "[Officials met on Monday.] {F} resumed on Tuesday."),
    _c("after_list_lines", "Agreed:\n- trade\n- energy\n{F} resumed on Tuesday.", "paragraph"),
    _c("after_headline_line", "Paris talks resume\n{F} resumed on Tuesday.", "paragraph"),
    _c("after_mr_name", "The minister spoke with Mr. Attal. {F} resumed on Tuesday."),
    _c("after_percent_decimal", "Unemployment fell to 7.5%. {F} resumed on Tuesday."),
    _c("after_clock", "The meeting ended at 18:30. {F} resumed on Tuesday."),
    _c("after_reference_number", "The decree is No. 2023-1250. {F} resumed on Tuesday."),
    _c("after_etc", "They discussed trade, energy, etc. {F} resumed on Tuesday."),
)
# A fourth held-out batch, written in session 21 (second round) before any fix it measures and
# without running the stage on it: sentence and paragraph shapes no batch had (a byline, a
# dateline line, a dialogue, a caption credit, a list without stops, a sentence inside a quote or
# a bracket, very long and very short sentences, an answer of one word), and what precedes the
# artifact varied: a money amount, a month, a name, a hashtag, an ellipsis in brackets, `No.`
# and `Jr.` as words, a question or an exclamation of one or two words.
HELD_OUT_4_PHRASE = (
    _c("after_byline", "By Claire Dubois, AFP\n{F} was discussed.", "paragraph", start=True),
    _c(
        "long_sentence",
        "After three days of talks that ran late into the night and that several "
        "delegations called tense, officials said {F} had finally been settled.",
    ),
    _c("short_sentence", "{F}, again.", start=True),
    _c("after_number_series", "Points 3, 4 and 5 concern {F}."),
    _c("dialogue_question", "– Was it about {F}?\n– No.", "paragraph"),
    _c("analysis_headline", "Analysis: why {F} matters", "paragraph"),
    _c("semicolon_series", "Three topics: trade; {F}; energy."),
    _c("after_bracketed_ellipsis", "He added […] that {F} was discussed."),
    _c("after_quoted_title", "The daily “Le Monde” said {F} was discussed."),
    _c("dash_aside_start", "{F} – as expected – was discussed.", start=True),
    _c("after_three_dots_lower", "And then... {F} was discussed."),
    _c("question_end", "What about {F}?", "paragraph"),
    _c("after_no_number", "Under decree No. 12, {F} was discussed."),
    _c("after_place_date_line", "Paris, 3 May\n{F} was discussed.", "paragraph", start=True),
    _c("after_hashtag", "Under the hashtag #Paris2024, {F} was discussed."),
    _c("after_pm_comma", "At 5 p.m., {F} was discussed."),
    _c("after_money", "For €2 million, {F} was bought."),
    _c("inside_quote_sentence", "“We met. {F} was discussed,” she said.", start=True),
)
HELD_OUT_4_SPACE = (
    _c("after_long_number", "The budget reached 1,200,000 euros{F}; officials agreed."),
    _c("after_particle_name", "Officials met Charles de Gaulle{F}, then they left."),
    _c("dialogue_dash", "– Are you leaving{F}? she asked.", "paragraph"),
    _c("after_hyphenated_place", "They met in Saint-Étienne{F}, then they left."),
    _c("before_colon_list", "Three points{F}:\n- trade\n- energy", "paragraph"),
    _c("byline", "By Claire Dubois{F}, AFP", "paragraph"),
    _c("after_quote_colon", "He said “no”{F}: the talks ended."),
    _c("after_year_paren", "The law (passed in 2019){F}; it was repealed."),
    _c(
        "long_sentence",
        "After three days of talks that ran late into the night, officials "
        "finally met in Paris{F}, where the talks resumed.",
    ),
    _c("one_word_question", "Why{F}? Nobody knows."),
    _c("after_ellipsis_word", "They waited… and waited{F}! Then they left."),
    _c("headline_question", "Is this the end of the euro{F}?", "paragraph"),
    _c("after_possessive", "The decision was Macron’s{F}, officials said."),
    _c("after_contraction", "They didn’t{F}! Nobody expected it."),
    _c("one_word_answer", "Yes{F}, they met.", "paragraph"),
    _c("caps_label", "BREAKING{F}: TALKS COLLAPSE IN PARIS", "paragraph", case="upper"),
    _c("after_ampersand", "Officials met at Marks & Spencer{F}, then they left."),
    _c("before_stop_digit", "Officials met in Paris{F}. 12 of them stayed."),
    _c("after_hashtag", "The slogan was #NeverAgain{F}; it spread fast."),
)
HELD_OUT_4_SENTENCE = (
    _c("after_byline_line", "By Claire Dubois\n{F} resumed on Tuesday.", "paragraph"),
    _c("after_dateline_line", "Talks: day two\n{F} resumed on Tuesday.", "paragraph"),
    _c("after_numbered_lines", "1. Trade\n2. Energy\n{F} resumed on Tuesday.", "paragraph"),
    _c(
        "after_long_sentence",
        "After three days of talks that ran late into the night and that "
        "several delegations called tense, officials left Paris on Monday. {F} resumed.",
    ),
    _c("after_one_word_no", "Did they agree? No. {F} resumed on Tuesday."),
    _c("after_dialogue_line", "– We are done, she said. {F} resumed on Tuesday.", "paragraph"),
    _c("after_colon_word", "The reason was simple: money. {F} resumed on Tuesday."),
    _c("after_quote_ellipsis", "“We will see…” {F} resumed on Tuesday."),
    _c("after_money", "The fine was €2 million. {F} resumed on Tuesday."),
    _c("after_month", "The vote is set for 12 May. {F} resumed on Tuesday."),
    _c("after_full_name", "Officials met Angela Merkel. {F} resumed on Tuesday."),
    _c("after_paren_gloss", "They met at the Élysée (the presidency). {F} resumed."),
    _c("after_one_word_bang", "Finally! {F} resumed on Tuesday."),
    _c("after_two_word_question", "Why now? {F} resumed on Tuesday."),
    _c("after_dialogue_answer", "– Did they meet?\n– Yes. {F} resumed.", "paragraph"),
    _c("after_count", "The toll rose to 1,200. {F} resumed on Tuesday."),
    _c("after_line_no_stop", "Officials met on Monday\n\n{F} resumed on Tuesday.", "paragraph"),
    _c("after_hashtag", "The slogan was #NeverAgain. {F} resumed on Tuesday."),
    _c("after_caption_credit", "Macron in Paris on Monday. (AFP)\n{F} resumed.", "paragraph"),
    _c("inside_quote", "“We met. {F} resumed on Tuesday,” she said."),
    _c("inside_parens", "(Officials met on Monday. {F} resumed on Tuesday.)"),
    _c("after_jr", "The prize went to Martin Luther King Jr. {F} resumed on Tuesday."),
)

# A fifth held-out batch, written in session 22 (round 3) before any fix it measures and without
# running the stage on it: genres no batch had (sports results, finance figures, court reports),
# quotes spanning sentences, lists, asides in brackets, sentences opening with a number, an
# acronym, a name or a word in small letters with a capital inside (`iPhone`, `eBay`), names
# that are not English, questions. The lower-case openers are other words than `OPENERS` too
# (`OPENERS_5`): a repair that knows the wording `talks` but not the kind misses them.
OPENERS_5 = ("he", "she", "shares", "police", "the court", "we", "this", "his lawyers", "both")
HELD_OUT_5_PHRASE = (
    _c("sports_result", "Lyon beat Nantes 3-1 on Sunday, and {F} was discussed afterwards."),
    _c("finance_figures", "Shares rose 2.4% to $187.50 as {F} was discussed."),
    _c("court_report", "The court in Rennes heard that {F} was discussed before the verdict."),
    _c("court_versus", "In Dupont v. Martin, {F} was discussed at length."),
    _c("quote_spanning", "“We met on Monday. We talked about {F},” she said."),
    _c("paren_aside", "The minister (who had discussed {F} before) declined to comment."),
    _c("paren_aside_end", "The talks ended on Monday (a week after {F} was discussed)."),
    _c("opens_number", "12 deputies said {F} was discussed."),
    _c("opens_acronym", "NATO said {F} was discussed on Monday."),
    _c("opens_lowercase_brand", "iPhone sales fell as {F} was discussed."),
    _c("foreign_names", "According to José María Aznar, {F} was discussed with Jürgen Müller."),
    _c("question_tag", "{F} was discussed, wasn't it?", start=True),
    _c("indirect_question", "Nobody asked whether {F} was discussed."),
    _c("lettered_list", "Two items: (a) {F}; (b) the border."),
    _c(
        "numbered_lines_paren",
        "1) {F} was discussed\n2) The border was closed",
        "paragraph",
        start=True,
    ),
    _c("headline_number", "5 things to know about {F}", "paragraph"),
    _c("sports_headline", "PSG vs. Marseille: {F} on the agenda", "paragraph"),
    _c("question_then_answer", "Was it about {F}? Perhaps.", "paragraph"),
    _c("after_ordinal_day", "On the 2nd day of the trial, {F} was discussed."),
    _c("court_quote", "The judge said {F} was “not relevant” to the case."),
    _c("after_score_colon", "Final score, 2-2: {F} was discussed after the match."),
)
HELD_OUT_5_SPACE = (
    _c("sports_score", "Lyon beat Nantes 3-1{F}, their first win of the season."),
    _c("finance_price", "Shares closed at $187.50{F}; volume was thin."),
    _c("finance_amount", "Revenue was 4.2 billion euros{F}, up 3% on the year."),
    _c("court_case", "In Dupont v. Martin{F}, the court ruled for the tenant."),
    _c("opens_lowercase_brand", "iPhone sales fell{F}; Samsung gained."),
    _c("opens_acronym", "NATO agreed{F}, the diplomats said."),
    _c("foreign_name", "They met Jürgen Müller{F}, then Zhou Wei."),
    _c("paren_aside_colon", "The minister (a former judge){F}: “I will stay.”"),
    _c("quote_spanning_question", "“We met. Did we agree{F}?” she asked."),
    _c("numbered_question", "1) Who pays{F}?\n2) When?", "paragraph"),
    _c("choice_question", "Trade or energy{F}? Both, said the minister."),
    _c("after_ordinal", "She finished 2nd{F}; her sister was 5th."),
    _c("after_time_pm", "Kick-off is at 9pm{F}; the gates open at 7pm."),
    _c("after_version", "The update to iOS 17{F}, released on Monday, fixed it."),
    _c("score_headline", "Lyon 3-1 Nantes{F}: the key moments", "paragraph"),
    _c("shout_in_quote", 'She shouted "stop{F}!" and left.'),
    _c("court_verdict_stop", "The court sentenced him to two years{F}. He will appeal."),
    _c("acronym_bang_line", "Goal for PSG{F}!", "paragraph"),
)
HELD_OUT_5_SENTENCE = tuple(
    replace(c, openers=OPENERS_5)
    for c in (
        _c("after_score", "Lyon beat Nantes 3-1. {F} resumed on Tuesday."),
        _c("after_price", "Shares closed at $187.50. {F} resumed on Tuesday."),
        _c("after_percent_word", "The index fell 1.2 percent. {F} resumed on Tuesday."),
        _c("after_verdict", "The court sentenced him to two years. {F} resumed on Tuesday."),
        _c("after_case_name", "The case is Dupont v. Martin. {F} resumed on Tuesday."),
        _c("after_quote_two_sentences", "“We met. We agreed,” she said. {F} resumed on Tuesday."),
        _c("inside_spanning_quote", "She said: “We met on Monday. {F} resumed on Tuesday.”"),
        _c("after_paren_reference", "The figures are final (see page 4). {F} resumed."),
        _c("after_digit_acronym", "The deal was approved by the G7. {F} resumed on Tuesday."),
        _c("after_lowercase_brand", "iPhone sales fell. {F} resumed on Tuesday."),
        _c("after_number_opener", "12 deputies abstained. {F} resumed on Tuesday."),
        _c("after_foreign_name", "The award went to Björn Ulvaeus. {F} resumed on Tuesday."),
        _c("after_question_chain", "Who paid? Who knew? {F} resumed on Tuesday."),
        _c("in_list_item", "- Trade rose. {F} resumed on Tuesday.\n- Energy fell.", "paragraph"),
        _c("after_version_number", "Apple released iOS 17.2. {F} resumed on Tuesday."),
        _c("after_minutes", "Mbappé scored twice (12th, 67th). {F} resumed on Tuesday."),
        _c("after_roman_numeral", "The title went to Louis XIV. {F} resumed on Tuesday."),
        _c("after_ordinal_end", "She finished 2nd. {F} resumed on Tuesday."),
        _c("after_time_pm", "Kick-off was at 9pm. {F} resumed on Tuesday."),
        _c("after_quote_question_said", "“Why now?” she asked. {F} resumed on Tuesday."),
        _c("after_shout_in_quote", 'She shouted "stop!" and left. {F} resumed on Tuesday.'),
        _c("after_cents", "Shares rose 12 cents. {F} resumed on Tuesday."),
    )
)

# A sixth held-out batch, written in session 23 (round 4) before any fix it measures and without
# running the stage on it: genres no batch had (obituaries, weather, science and health reports,
# interviews in Q&A form, recipes, press releases), sentences after a list introduced by a colon,
# dates and times of other formats (`2024-05-03`, `12/03/2024`, `14h30`), abbreviations of other
# kinds (`Dr.`, `St.`, `Gen.`, `vs.`, `approx.`, `i.e.`), brackets holding whole sentences, a
# sentence ending in a number and a unit (`5 km.`, `31°C.`), URLs with a path or a query, and
# `U.S.`, `p.m.`, `Inc.`, `etc.`, `Ltd.` ending a sentence before other openers (`OPENERS_6`).
OPENERS_6 = ("rain", "researchers", "the family", "doctors", "then talks", "it", "most", "she")
HELD_OUT_6_PHRASE = (
    _c("obituary_survivors", "He is survived by his wife and {F}, his family said."),
    _c("obituary_years", "Dupont (1931–2024) wrote about {F} for 40 years."),
    _c("weather_forecast", "Highs of 31°C and {F} are forecast for Sunday."),
    _c("science_study", "The study, published in The Lancet, linked {F} to a 12% rise."),
    _c("qa_question_dot", "Q. What about {F}?\nA. We are working on it.", "paragraph"),
    _c("interview_label", "DUPONT: I think {F} was a mistake.", "paragraph"),
    _c("recipe_step", "Preheat the oven to 180°C and set aside {F} for later."),
    _c(
        "press_release",
        "LYON, France, Dec. 3, 2024 /PRNewswire/ -- {F} was announced today.",
        "paragraph",
    ),
    _c("after_colon_series", "Three items were on the table: pensions, wages and {F}."),
    _c("after_dr", "Dr. Martin said {F} was discussed."),
    _c("after_gen", "Gen. Dubois said {F} was discussed on Monday."),
    _c("after_vs", "In the match vs. Lyon, {F} was discussed."),
    _c("after_approx", "It lasted approx. 3 hours and {F} was discussed."),
    _c("after_ie", "Small groups, i.e. {F}, were discussed."),
    _c("paren_whole_sentence", "Talks resumed. (Officials said {F} was discussed.)"),
    _c("url_query_mid", "The page at https://example.com/report?id=4 says {F} was discussed."),
    _c("iso_date", "On 2024-05-03, {F} was discussed."),
    _c("slash_date", "On 12/03/2024 {F} was discussed."),
    _c("time_24h_h", "At 14h30, {F} was discussed."),
    _c("step_heading", "Step 3: {F}", "paragraph"),
    _c("temperature_below_zero", "Temperatures fell to -5°C as {F} was discussed."),
)
HELD_OUT_6_SPACE = (
    _c("obituary_years", "Dupont (1931–2024){F}, a writer, died on Monday."),
    _c("weather_degrees", "Highs will reach 31°C{F}; lows will be near 18°C."),
    _c("weather_unit", "Up to 15 cm{F}, perhaps more, is expected."),
    _c("science_p_value", "The effect was small (p = 0.03){F}, the authors said."),
    _c("interview_name_label", "Dr. Martin{F}: We are not sure yet.", "paragraph"),
    _c("recipe_step", "Add the flour{F}; stir for 2 minutes."),
    _c("press_contact", "Contact: Jane Doe{F}, +33 1 23 45 67 89", "paragraph"),
    _c("after_dr_name", "They met Dr. Martin{F}, the surgeon."),
    _c("after_st_place", "They met in St. Louis{F}; then they left."),
    _c("versus_headline", "France vs. Italy{F}: the key facts", "paragraph"),
    _c("after_approx_unit", "The walk is approx. 5 km{F}; allow two hours."),
    _c("after_url_query", "See https://example.com/a?b=1{F}; it is free."),
    _c("after_time_24h", "The train leaves at 14h30{F}; it arrives at 18h."),
    _c("after_iso_date", "The deadline is 2024-05-03{F}; there is no extension."),
    _c("after_us_question", "Is it legal in the U.S.{F}? Nobody knows."),
    _c("before_colon_ingredients", "The ingredients{F}: flour, eggs and milk."),
    _c("inside_paren_sentence_bang", "(The vote was close{F}!) It passed."),
)
HELD_OUT_6_SENTENCE = tuple(
    replace(c, openers=OPENERS_6)
    for c in (
        _c("after_obituary_age", "He died on Monday at the age of 87. {F} will follow."),
        _c("after_survived_by", "He is survived by his wife, Anne. {F} will follow."),
        _c("after_km", "Visibility fell to 5 km. {F} will follow on Friday."),
        _c("after_degrees", "Temperatures reached 31°C. {F} will follow on Friday."),
        _c("after_kg", "The parcel weighed 2.5 kg. {F} will follow on Friday."),
        _c("after_mph", "Winds gusted to 90 mph. {F} will follow on Friday."),
        _c("after_journal_year", "The findings appear in The Lancet (2024). {F} will follow."),
        _c("after_p_value", "The difference was significant (p < 0.05). {F} will follow."),
        _c(
            "after_qa_answer",
            "Q. Did you expect it?\nA. Not at all. {F} will follow.",
            "paragraph",
        ),
        _c("after_recipe_step", "Bake for 25 minutes at 180°C. {F} will follow."),
        _c("after_us_varied", "Most of the funds came from the U.S. {F} will follow."),
        _c("after_pm_varied", "The store closes at 9 p.m. {F} will follow on Friday."),
        _c("after_inc_varied", "The deal was signed with Acme Inc. {F} will follow."),
        _c("after_etc_varied", "The kit holds tents, stoves, etc. {F} will follow."),
        _c("after_ltd", "The firm is Baxter Ltd. {F} will follow on Friday."),
        _c("after_st_street", "The march ended on Main St. {F} will follow on Friday."),
        _c("after_url_query", "Tickets are at https://example.com/t?id=42. {F} will follow."),
        _c("after_slash_date", "The deadline is 12/03/2024. {F} will follow on Friday."),
        _c("after_iso_date", "The file is dated 2024-05-03. {F} will follow on Friday."),
        _c("after_time_24h", "The train left at 14h30. {F} will follow on Friday."),
        _c("after_paren_two_sentences", "(The vote was close. It passed.) {F} will follow."),
        _c(
            "after_numbered_steps",
            "Method:\n1. Sift the flour.\n2. Add the eggs.\n{F} will follow.",
            "paragraph",
        ),
        _c("after_decade", "Sales peaked in the 1990s. {F} will follow on Friday."),
        _c("after_ellipsis_word", "The results were… mixed. {F} will follow on Friday."),
    )
)

# A seventh held-out batch, written in session 24 (round 5) before any fix it measures, without
# running the stage on it and without reading the sixth batch's misses: topics no batch had
# (strikes and transport, farming and wine, elections, a weather warning in km/h, culture and
# property), phrasings of translated news (`Asked by AFP`, `As for`, `In a press release`), what
# precedes the artifact varied again: a speed or an area unit (`km/h`, `m²`, `48 h.`), a ratio, a
# fraction, a handle, a line letter (`line B.`), an abbreviation of a month, a page or a title
# (`Jan.`, `p.`, `Prof.`, `Sen.`, `cf.`), `E.U.`, a year cut short (`’89`), a word in capitals;
# and other lower-case openers (`OPENERS_7`).
OPENERS_7 = ("farmers", "the strike", "voters", "a spokesman", "unions", "prices",
             "several ministers", "its director", "these figures", "one")  # fmt: skip
HELD_OUT_7_PHRASE = (
    _c("asked_by_agency", "Asked by AFP on Tuesday, the prefecture said {F} was under way."),
    _c("as_for", "As for {F}, the ministry has not commented."),
    _c("press_release_that", "In a press release, the union said that {F} would be examined."),
    _c("after_speed_unit", "Gusts of 130 km/h and {F} were recorded overnight."),
    _c("after_vote_share", "With 52.3% of the votes cast, {F} came first in the second round."),
    _c("after_minute", "In the 78th minute, {F} changed the game."),
    _c("after_line_letters", "On lines A and B of the RER, {F} disrupted traffic."),
    _c("after_price_per_litre", "At €1.89 per litre, {F} weighs on households."),
    _c("after_cf", "The rules (cf. {F}) were amended in March."),
    _c("after_ratio", "By a ratio of 3:1, the board backed {F}."),
    _c("after_fraction", "Nearly 3/4 of respondents back {F}."),
    _c("after_handle", "The @SNCF account said {F} was over."),
    _c("before_em_dash_spaced", "It all came down to {F} — and to money."),
    _c("after_prof", "Prof. Girard, who studied {F}, retired in June."),
    _c("after_sen", "Sen. Morin voted against {F} on Thursday."),
    _c("after_month_abbrev", "On Jan. 14, {F} was signed in Brussels."),
    _c("relative_clause", "The reform, which {F} had delayed, passed on Friday."),
    _c("wine_harvest", "The harvest began early, and {F} is expected in Burgundy."),
    _c("after_signed_percent", "Up +3.2% over a year, {F} worries economists."),
    _c("after_regulation_number", "Under Regulation (EU) 2019/1020, {F} is required."),
    _c("paragraph_adverb", "Meanwhile, {F} was postponed.", "paragraph"),
    _c("label_line", "Why it matters: {F} affects millions.", "paragraph"),
    _c("table_row", "Lyon: {F}\nMarseille: no change", "paragraph", start=True),
)
HELD_OUT_7_SPACE = (
    _c("after_speed_unit", "Gusts reached 130 km/h{F}; trees fell on the A7."),
    _c("after_vote_share", "She won 52.3%{F}, ahead of the outgoing mayor."),
    _c("after_minute", "He scored in the 78th minute{F}! The stadium erupted."),
    _c("after_handle", "Follow @SNCF{F}: delays are posted there."),
    _c("harvest_question", "What will the harvest be like{F}? Winemakers are worried."),
    _c("after_ratio", "The board voted 3:1{F}, a clear margin."),
    _c("after_fraction", "Nearly 3/4 voted yes{F}; the rest abstained."),
    _c("after_prof_name", "We spoke to Prof. Girard{F}, a historian."),
    _c("after_month_abbrev", "The law took effect on Jan. 14{F}; appeals followed."),
    _c("after_price_per_litre", "Diesel costs €1.89/litre{F}, a record."),
    _c("after_line_letter", "On line B{F}, no trains will run before noon."),
    _c("after_cf_paren", "The rules (cf. article 7){F}, however, changed."),
    _c("after_single_quote", "He called it ‘a disgrace’{F}; the union agreed."),
    _c("headline_date_question", "What changes on 1 January{F}?", "paragraph"),
    _c("vintage_headline", "The 2023 vintage{F}: a small harvest", "paragraph"),
    _c("after_caps_word", "It was a SCANDAL{F}, she said."),
    _c("two_exclamations", "What a match{F}! What a goal{F}!", "paragraph"),
    _c("after_area_unit", "The flat measures 45 m²{F}; the rent is €900."),
    _c("after_year_cut", "The best vintage since ’89{F}? Maybe."),
)
HELD_OUT_7_SENTENCE = tuple(
    replace(c, openers=OPENERS_7)
    for c in (
        _c("after_speed_unit", "Gusts reached 130 km/h. {F} stayed indoors."),
        _c("after_area_unit", "The flat measures 45 m². {F} found it small."),
        _c("after_hours_unit", "The strike lasted 48 h. {F} returned on Monday."),
        _c("after_ratio", "The board voted 3:1. {F} reacted on Friday."),
        _c("after_fraction", "Turnout reached 3/4. {F} welcomed it."),
        _c("after_minute", "He scored in the 78th minute. {F} left early."),
        _c("after_handle", "The notice was posted by @SNCF. {F} criticised it."),
        _c("after_prof_name", "The study was led by Prof. Girard. {F} disputed it."),
        _c("after_month_abbrev", "The law took effect on Jan. 14. {F} opposed it."),
        _c("after_cf_paren", "The rules changed (cf. article 7). {F} did not."),
        _c("after_price_per_litre", "Diesel now costs €1.89/litre. {F} rose again."),
        _c("after_line_letter", "Traffic is cut on line B. {F} blamed the storm."),
        _c("after_caps_word", "She called it a SCANDAL. {F} agreed with her."),
        _c("after_semicolon_clauses", "Trains ran late; buses were full. {F} complained."),
        _c("after_tally", "Result: 12 votes for, 3 against. {F} abstained."),
        _c("after_year_cut", "It was the best vintage since ’89. {F} celebrated."),
        _c("after_eu_dots", "The plan was reviewed by the E.U. {F} approved it."),
        _c("after_sen_name", "The bill was filed by Sen. Morin. {F} backed it."),
        _c("after_paren_question", "Turnout was low (why?). {F} had no answer."),
        _c("after_caps_shout_line", "STRIKE!\n{F} walked out at dawn.", "paragraph"),
        _c("after_page_ref", "The figures are on p. 12. {F} were revised."),
        _c("after_heading_colon", "Background:\n{F} had warned of this.", "paragraph"),
        _c("after_percent_signed", "Prices rose +3.2%. {F} expected less."),
    )
)

# An eighth held-out batch, written in session 24 (round 6) before any fix it measures, without
# running the stage on it: topics no batch had (hospitals and medicines, wildfires, cycling,
# aviation, energy, broadband, noise, housing), what ends the sentence before the artifact varied
# again: other measures and amounts (`ha`, `MW`, `mg`, `dB`, `Gbit/s`, `€3.4bn`, `±3 points`,
# `~40,000`), a race stage, a flight or a summit code (`AF447`, `COP28`), a year range, a
# reference in brackets (`[2]`), a street address, an acronym in brackets, a quote closed by a
# question mark, heading lines (a question, capitals with a colon, a numbered heading); and other
# lower-case openers (`OPENERS_8`).
OPENERS_8 = ("patients", "the airline", "tourists", "the riders", "engineers", "residents",
             "the prosecutor", "two of them", "many", "her team")  # fmt: skip
HELD_OUT_8_PHRASE = (
    _c("after_hectares", "After 1,200 ha burned, {F} was declared a disaster zone."),
    _c("cycling_stage", "On stage 14, {F} attacked on the final climb."),
    _c("after_summit_code", "At COP28, {F} was on the agenda."),
    _c("after_dosage", "At 500 mg a day, {F} is safe, doctors say."),
    _c("after_acronym_gloss", "The ARS (Regional Health Agency) said {F} was under review."),
    _c("after_tilde_count", "For ~40,000 fans, {F} was the highlight of the season."),
    _c("after_floor_ordinal", "On the 3rd floor, {F} was found intact."),
    _c("after_currency_word", "Tickets at 12 euros and {F} were announced on Friday."),
    _c("after_possessive_plural", "According to the firefighters' figures, {F} rose sharply."),
    _c("year_range", "Between 2024 and 2029, {F} will be reviewed twice."),
    _c("after_flight_code", "Flight AF447 and {F} were named in the report."),
    _c("key_figures_heading", "Key figures: {F} and the budget", "paragraph"),
    _c("update_dateline", "UPDATE 2 - {F} was confirmed on Monday.", "paragraph", start=True),
    _c("after_unit_paren", "Noise levels (105 dB) and {F} were measured at night."),
    _c("after_megawatts", "The 1,650 MW reactor and {F} were inspected in May."),
)
HELD_OUT_8_SPACE = (
    _c("after_hectares", "The fire destroyed 1,200 ha{F}; the wind then turned."),
    _c("after_billion_abbrev", "The bill came to €3.4bn{F}, a record for the region."),
    _c("after_dosage", "Take 500 mg{F}, twice a day."),
    _c("after_summit_code", "At COP28{F}, the talks dragged on."),
    _c("flight_headline", "Flight AF447{F}: what we know", "paragraph"),
    _c("after_quote_inside", "Was it “the end of an era”{F}? Many think so."),
    _c("after_decibels", "Noise peaked at 105 dB{F}! Residents were furious."),
    _c("after_plus_minus", "The margin of error is ±3 points{F}; the lead is narrow."),
    _c("after_currency_word", "Tickets cost 12 euros{F}, or 8 euros for students."),
    _c("after_tilde_count", "The crowd was ~40,000{F}; police counted fewer."),
    _c("after_ref_bracket", "Deaths fell by 12% [2]{F}; injuries rose."),
    _c("one_word_verdict", "Guilty{F}! The verdict fell at 6 p.m.", "paragraph"),
    _c("after_stage", "He won stage 14{F}, his third this year."),
    _c("after_acronym_dash", "The agency (ARS-IDF){F}, however, declined to comment."),
    _c("heading_label", "Where to vote{F}: the full list", "paragraph"),
)
HELD_OUT_8_SENTENCE = tuple(
    replace(c, openers=OPENERS_8)
    for c in (
        _c("after_hectares", "The fire destroyed 1,200 ha. {F} were evacuated overnight."),
        _c("after_megawatts", "The new reactor produces 1,650 MW. {F} visited the site."),
        _c("after_dosage", "Each tablet contains 500 mg. {F} should not take more."),
        _c("after_billion_abbrev", "The bill came to €3.4bn. {F} called it a waste."),
        _c("after_stage", "He won stage 14. {F} crossed the line behind him."),
        _c("after_flight_code", "The passengers were on flight AF447. {F} said nothing."),
        _c("after_summit_code", "The deal was struck at COP28. {F} hailed it."),
        _c("after_quote_bang_said", "“Never!” shouted one protester. {F} left at noon."),
        _c("after_street_address", "The office is at 55 rue de Rivoli. {F} gathered outside."),
        _c("after_decibels", "Noise peaked at 105 dB. {F} complained to the mayor."),
        _c("after_bandwidth", "Download speeds reached 1 Gbit/s. {F} were impressed."),
        _c("after_per_head", "That is €2,300 per head. {F} say it is too much."),
        _c("after_clock_range", "Trains run from 5:30 to 0:45. {F} want later services."),
        _c("after_acronym_paren", "It was run by the health agency (ARS). {F} declined."),
        _c("after_plus_minus", "The poll has a margin of ±3 points. {F} read it warily."),
        _c("after_negative_range", "Lows fell to between -8 and -12°C. {F} lost power."),
        _c("after_question_line", "What happens next?\n{F} will vote in June.", "paragraph"),
        _c(
            "after_caps_heading_line",
            "HEATWAVE: RED ALERT IN 14 DEPARTMENTS\n{F} were told to stay indoors.",
            "paragraph",
        ),
        _c("after_numbered_heading", "2. The budget\n{F} will pay more in 2025.", "paragraph"),
        _c("after_quoted_question", "Is this “the end of an era”? {F} think so."),
        _c("after_ref_bracket", "Deaths fell by 12% [2]. {F} welcomed the figures."),
        _c("after_tilde_count", "The crowd was ~40,000. {F} sang the anthem."),
        _c("after_bib_number", "The runner wore No. 7. {F} cheered him on."),
        _c("after_currency_word", "A ticket costs 12 euros. {F} find it cheap."),
        _c("after_year_range", "Her term runs 2024-2029. {F} expect changes."),
        _c("after_half_hours", "The wait was 2½ hours. {F} gave up."),
        _c("after_french_hour", "Polling stations close at 20h. {F} wait for the results."),
        _c("after_dash_aside", "Nobody expected it — not even her. {F} was stunned."),
    )
)

# A ninth held-out batch, written in session 24 (round 7) before any fix it measures, without
# running the stage on it: topics no batch had (schools and exams, rugby and tennis, fishing and
# ports, ski resorts, museums and a film festival, pensions, space, bird flu, motorways), what
# ends the sentence before the artifact varied again: a code of letters and digits (`A320`,
# `H5N1`, `A69`, `RN7`, `Q3`, `Ligue 1`), a score (`24-17`), an acronym with dots (`U.N.`,
# `U.K.`), an amount in millions (`€12m`), a tonnage, a clock time, a frequency (`2.4 GHz`), a
# rank (`1st`); lines that end without a stop (a shout, a label with a colon, a question, a
# heading in capitals, a plain heading), a quote that ends in a mark before its speaker; and
# other lower-case openers (`OPENERS_9`).
OPENERS_9 = ("pupils", "the club", "fishermen", "the jury", "skiers", "retirees", "some",
             "the ministry", "investors", "local officials")  # fmt: skip
HELD_OUT_9_PHRASE = (
    _c("after_aircraft_code", "The A320 and {F} were grounded for checks."),
    _c("after_virus_code", "Since the H5N1 outbreak, {F} has been banned in the region."),
    _c("after_score", "After the 24-17 win, {F} was celebrated in Toulouse."),
    _c("after_quarter", "In Q3, {F} grew faster than expected."),
    _c("after_league_number", "Relegated from Ligue 1, {F} faces a hard season."),
    _c("after_un_dots", "At the U.N., {F} was raised by the delegation."),
    _c("after_tonnage", "With 7.5 t of cod landed, {F} was a relief for the port."),
    _c("exam_results", "When the baccalauréat results came out, {F} was published online."),
    _c("after_clock", "By 8:30, {F} had closed the pass."),
    _c("festival_line", "In Cannes this year, {F} split the critics."),
    _c("pension_reform", "Under the pension reform, {F} would change from 2026."),
    _c("motorway_code", "On the A69 motorway, {F} was halted by the court."),
    _c("in_brief_line", "IN BRIEF: {F} and the weather", "paragraph"),
)
HELD_OUT_9_SPACE = (
    _c("after_aircraft_code", "The airline ordered 40 A320{F}, its largest order."),
    _c("after_virus_code", "Bird flu (H5N1){F}: farms on alert", "paragraph"),
    _c("after_score", "Toulouse won 24-17{F}; the crowd stayed late."),
    _c("after_quarter", "Sales fell in Q3{F}, the firm said."),
    _c("after_league_number", "They are back in Ligue 1{F}! Fans celebrated all night."),
    _c("after_million_abbrev", "The museum raised €12m{F}, mostly from donors."),
    _c("after_tonnage", "Boats landed 7.5 t{F}; quotas were cut."),
    _c("after_clock", "The pass closed at 8:30{F}; skiers were turned back."),
    _c("after_frequency", "The network uses 2.4 GHz{F}, like most routers."),
    _c("after_rank", "She finished 1st{F}, ahead of two Norwegians."),
    _c("road_code_headline", "RN7{F}: traffic resumes after the landslide", "paragraph"),
    _c("pension_question", "Who retires at 64{F}? The answer depends on your job."),
    _c("exam_headline", "Baccalauréat 2025{F}: the results by region", "paragraph"),
    _c("after_un_dots", "The vote at the U.N.{F}, however, was close."),
    _c("after_launch_code", "The Ariane 6 launch{F}; a success, the agency said."),
)
HELD_OUT_9_SENTENCE = tuple(
    replace(c, openers=OPENERS_9)
    for c in (
        _c("after_aircraft_code", "The airline grounded its A320. {F} were rebooked."),
        _c("after_virus_code", "Tests confirmed H5N1. {F} culled the flock."),
        _c("after_motorway_code", "The court halted work on the A69. {F} appealed."),
        _c("after_road_code", "A landslide blocked the RN7. {F} took the detour."),
        _c("after_quarter", "Profits fell in Q3. {F} sold their shares."),
        _c("after_league_number", "The club was relegated from Ligue 1. {F} were in tears."),
        _c("after_score", "Toulouse won 24-17. {F} celebrated in the streets."),
        _c("after_un_dots", "The resolution went to the U.N. {F} welcomed it."),
        _c("after_uk_dots", "The boat was seized by the U.K. {F} protested."),
        _c("after_million_abbrev", "The museum raised €12m. {F} gave more than expected."),
        _c("after_tonnage", "Boats landed 7.5 t. {F} said it was a poor catch."),
        _c("after_clock", "The pass closed at 8:30. {F} were turned back."),
        _c("after_frequency", "The network runs at 2.4 GHz. {F} asked for 5 GHz."),
        _c("after_rank", "She finished 1st. {F} applauded her."),
        _c("after_launch_name", "The satellite flew on Ariane 6. {F} watched the launch."),
        _c("after_quote_bang_chanted", "“Shame!” chanted the crowd. {F} left the square."),
        _c("after_quote_question_asked", "“Why now?” asked a teacher. {F} had no answer."),
        _c("after_shout_line", "GOAL!\n{F} could not believe it.", "paragraph"),
        _c("after_label_line", "What we know:\n{F} were told on Monday.", "paragraph"),
        _c("after_question_heading", "Who pays?\n{F} will cover half the cost.", "paragraph"),
        _c(
            "after_caps_heading",
            "SKI RESORTS OPEN EARLY\n{F} rushed to the slopes.",
            "paragraph",
        ),
        _c("after_plain_heading", "The new timetable\n{F} will start at 8 a.m.", "paragraph"),
        _c("after_bang_line", "A record!\n{F} hailed the result.", "paragraph"),
        _c("after_exam_code", "Pupils sat paper B2. {F} found it hard."),
        _c("after_percent_points", "Turnout rose 4 pts. {F} were surprised."),
    )
)

# A tenth held-out batch, written in session 24 (round 8) before any fix it measures, without
# running the stage on it: topics no batch had (sailing, archaeology, overseas territories, the
# Paris metro, handball, cheese and labels, box office, sea rescue, droughts, the royal court of
# history), what ends the sentence before the artifact varied again: initialisms of capitals and
# stops (`I.M.F.`, `U.S.`, `E.C.B.`, `I.O.C.`), a number or a Roman numeral after a name (`line
# 14`, `Vendée Globe 2024`, `Louis XIV`, `Rafale F4`, `Article 49.3`), ordinals (`2nd`, `21st`,
# `5th`), short measures (`40 t`, `3 kg`, `1.5 m`, `12 l`), numbered and plain headings of other
# shapes (`1) The timeline`, `II. Reactions`, `3 - What next`, a plain heading); and other
# lower-case openers (`OPENERS_10`).
OPENERS_10 = ("sailors", "the union", "archaeologists", "the coastguard", "three of them",
              "lawmakers", "growers", "the team", "critics", "everyone")  # fmt: skip
HELD_OUT_10_PHRASE = (
    _c("after_metro_line", "On metro line 14, {F} caused delays all morning."),
    _c("after_regnal_name", "Under Louis XIV, {F} was built in stone."),
    _c("after_initialism_comma", "According to the I.M.F., {F} will slow next year."),
    _c("after_ordinal_place", "Finishing 2nd, {F} still qualified for the final."),
    _c("after_short_measure", "With 40 t of debris removed, {F} reopened the harbour."),
    _c("sailing_race", "In the Vendée Globe 2024, {F} led for three weeks."),
    _c("cheese_label", "Since the AOP label was granted, {F} has doubled its sales."),
    _c("overseas_territory", "In New Caledonia, {F} was debated in Nouméa."),
    _c("numbered_heading_paren", "1) The timeline: {F} and the vote", "paragraph"),
    _c("roman_heading", "II. Reactions: {F} in the spotlight", "paragraph"),
)
HELD_OUT_10_SPACE = (
    _c("after_initialism", "The loan came from the I.M.F.{F}, not the banks."),
    _c("after_regnal_name", "It was built under Louis XIV{F}; the roof came later."),
    _c("after_metro_line", "Trains are cut on line 14{F}: take the RER instead."),
    _c("after_ordinal", "The boat finished 21st{F}, far behind the leaders."),
    _c("after_short_measure", "The catch weighed 3 kg{F}! The record stands."),
    _c("after_article_number", "The government used Article 49.3{F}; the left protested."),
    _c("box_office_question", "Will it pass one million tickets{F}? Cinemas hope so."),
    _c("numbered_dash_heading", "3 - What next{F}?", "paragraph"),
    _c("after_jet_code", "The deal covers 42 Rafale F4{F}, delivered from 2027."),
    _c("drought_headline", "Drought in the south{F}: 12 l per person a day", "paragraph"),
)
HELD_OUT_10_SENTENCE = tuple(
    replace(c, openers=OPENERS_10)
    for c in (
        _c("after_imf_dots", "The loan was approved by the I.M.F. {F} welcomed the news."),
        _c("after_us_dots", "The yacht was built in the U.S. {F} sailed it home."),
        _c("after_ecb_dots", "Rates were raised by the E.C.B. {F} had feared as much."),
        _c("after_ioc_dots", "The bid was rejected by the I.O.C. {F} called it unfair."),
        _c("after_metro_line", "Work will close metro line 14. {F} must find another route."),
        _c("after_race_year", "She won the Vendée Globe 2024. {F} greeted her in port."),
        _c("after_regnal_name", "The chapel dates from Louis XIV. {F} found coins under it."),
        _c("after_jet_code", "The air force chose the Rafale F4. {F} approved the order."),
        _c("after_article_number", "The bill passed under Article 49.3. {F} filed a motion."),
        _c("after_ordinal_2nd", "The handball team finished 2nd. {F} flew home on Monday."),
        _c("after_ordinal_21st", "The boat finished 21st. {F} were still proud."),
        _c("after_ordinal_5th", "The flat is in the 5th. {F} say rents are too high."),
        _c("after_tonnes", "The wreck held 40 t. {F} worked through the night."),
        _c("after_kilograms", "The largest cheese weighed 3 kg. {F} sold out by noon."),
        _c("after_metres", "The wall stands 1.5 m. {F} dated it to Roman times."),
        _c("after_litres", "Each household may use 12 l. {F} say it is not enough."),
        _c("after_paren_numbered_heading", "1) The timeline\n{F} met twice in May.", "paragraph"),
        _c("after_roman_heading", "II. Reactions\n{F} were quick to respond.", "paragraph"),
        _c("after_dash_numbered_heading", "3 - What next\n{F} will meet in June.", "paragraph"),
        _c("after_plain_heading", "A quiet summer\n{F} expect fewer visitors.", "paragraph"),
        _c("after_place_heading", "In Nouméa\n{F} gathered at the port.", "paragraph"),
        _c("after_box_office", "It sold 1.2 million tickets in a week. {F} were surprised."),
    )
)

# An eleventh held-out batch, written in session 25 (round 9) before any fix it measures, without
# running the stage on it: topics no batch had (trade unions and pension funds, railways, flooding,
# the Court of Audit, universities, overseas departments, the Tour de France, the Beaujolais and
# the harvest, cinema festivals, ski resorts), the shapes listed as left after round 8 in new
# wordings: initialisms of capitals and stops ending a sentence before a noun (`the E.U. farmers`
# reads like `the U.S. officials`: `E.U.`, `U.N.`, `U.K.`, `O.E.C.D.`, `D.C.`, `U.S.A.`), headings
# (Roman `III. The costs`, dashes `- Background`, `— The reform`, plain ones of one to three words),
# regnal numbers (`Henri IV.`, `Napoleon III.`, `Elizabeth II.`), a year closing a name (`Expo
# 2025.`, `Cannes 2025.`, `Tour de France 2026.`), a space before marks in headlines (plain,
# title case, capitals, after a year or a heading number); and shapes no batch had: a degree
# before a noun (`Ph.D.`), a lettered heading (`A. The timeline`), a Markdown heading
# (`## Background`), a live blog's time line (`10:45`), a month cut short ending a sentence
# (`mid-Sept.`), `per cent.`, a footnote mark after the stop (`€5.1bn.¹`), an emoji after a mark,
# a department's number in brackets (`the Gard (30).`), a foreign gloss in brackets; and other
# lower-case openers (`OPENERS_11`).
OPENERS_11 = ("rail workers", "students", "the auditors", "winemakers", "the festival",
              "firefighters", "its president", "few", "those affected", "each of them")  # fmt: skip
HELD_OUT_11_PHRASE = (
    _c("rail_strike", "During the rail strike, {F} was the drivers' main grievance."),
    _c("after_initialism_noun", "E.U. farmers and {F} were discussed in Brussels."),
    _c("after_regnal_comma", "Since Napoleon III, {F} has stood on the square."),
    _c("after_year_name_comma", "At Expo 2025, {F} drew long queues."),
    _c("roman_heading_colon", "III. The costs: {F} and the deficit", "paragraph"),
    _c("dash_heading_colon", "- Background: {F} and the 2023 law", "paragraph"),
    _c("lettered_heading", "B. {F} and the vote", "paragraph", start=True),
    _c("markdown_heading", "## {F} in the spotlight", "paragraph", start=True),
    _c("live_blog_time", "10:45 — {F} was announced by the prefect.", "paragraph", start=True),
    _c("court_of_audit", "In its annual report, the Court of Audit said {F} cost too much."),
    _c("university", "At the Sorbonne, {F} was debated by the students' union."),
    _c("overseas_departments", "In Mayotte and La Réunion, {F} was declared after the cyclone."),
    _c("flood_level", "With the Seine at 6.1 m, {F} was closed to traffic."),
    _c("cycling_climb", "On the Alpe d'Huez, {F} decided the yellow jersey."),
    _c("wine_release_year", "Before the Beaujolais Nouveau 2024 release, {F} was tasted in Lyon."),
    _c("after_phd", "With a Ph.D. in law, she said {F} was overdue."),
    _c("after_per_cent", "Up 1.1 per cent, {F} still lags behind prices."),
    _c("after_footnote_mark", "The report¹ said {F} was too costly."),
    _c("union_list", "The CGT, FO and the CFDT said {F} was not enough."),
    _c("festival_title_case", "Cannes 2025: Jury Honours {F}", "paragraph", case="title"),
)
HELD_OUT_11_SPACE = (
    _c("flood_headline", "Floods in the Aude{F}: 1,200 people evacuated", "paragraph"),
    _c("rail_strike_headline", "Rail strike{F}: which trains run on Tuesday", "paragraph"),
    _c("race_year_headline", "Tour de France 2026{F}: the route unveiled", "paragraph"),
    _c("festival_question_headline", "Who will win the Palme d'Or{F}?", "paragraph"),
    _c("title_case_bang", "Ski Resorts Open Early{F}!", "paragraph"),
    _c("caps_headline", "COURT OF AUDIT{F}: A €5BN HOLE", "paragraph", case="upper"),
    _c("roman_heading", "III. The costs{F}: who pays", "paragraph"),
    _c("dash_heading", "- Background{F}: the 2023 law", "paragraph"),
    _c("regnal_headline", "Henri IV{F}: the king who loved Paris", "paragraph"),
    _c("expo_headline", "Expo 2025{F}: the French pavilion in numbers", "paragraph"),
    _c("after_initialism_question", "Is the wine cheaper in the U.K.{F}? Not always."),
    _c("live_time", "10:45{F}: the first trains leave Lyon", "paragraph"),
    _c("overseas_headline", "Mayotte{F}: a red cyclone alert", "paragraph"),
    _c("caps_bang_headline", "STRIKE CALLED OFF{F}!", "paragraph", case="upper"),
    _c("after_per_cent", "Pensions rose 1.1 per cent{F}; prices rose faster."),
    _c("after_footnote_mark", "The deficit reached €5.1bn¹{F}, a record."),
    _c("department_number_headline", "Red alert in the Gard (30){F}!", "paragraph"),
    _c("markdown_heading", "## Background{F}: the 2023 law", "paragraph"),
    _c("after_month_abbrev", "The harvest starts mid-Sept.{F}; the grapes are late."),
)
HELD_OUT_11_SENTENCE = tuple(
    replace(c, openers=OPENERS_11)
    for c in (
        _c("after_eu_dots", "Half the money came from the E.U. {F} will get the rest in May."),
        _c("after_un_dots", "The report was sent to the U.N. {F} read it on Monday."),
        _c("after_uk_dots", "The film was shot in the U.K. {F} saw it first."),
        _c("after_oecd_dots", "The figures come from the O.E.C.D. {F} dispute them."),
        _c("after_dc", "The union met lawmakers in Washington, D.C. {F} flew back."),
        _c("after_usa_dots", "Most of the wine goes to the U.S.A. {F} hope to sell more."),
        _c("after_phd", "She holds a Ph.D. {F} praised her thesis."),
        _c("after_regnal_henri", "The château was built for Henri IV. {F} restored it in 1990."),
        _c("after_regnal_napoleon", "The station opened under Napoleon III. {F} still use it."),
        _c("after_regnal_queen", "The film is about Elizabeth II. {F} loved it."),
        _c("after_expo_year", "The pavilion was shown at Expo 2025. {F} queued for hours."),
        _c("after_festival_year", "The film premiered at Cannes 2025. {F} stood to applaud."),
        _c("after_race_year", "The route was set for the Tour de France 2026. {F} approved it."),
        _c("after_wine_year", "Tastings began for the Beaujolais Nouveau 2024. {F} were pleased."),
        _c("after_roman_heading", "III. The costs\n{F} will pay most of it.", "paragraph"),
        _c("after_roman_dash_heading", "IV - What next\n{F} will vote in June.", "paragraph"),
        _c("after_dash_heading", "- Background\n{F} had warned of this in 2023.", "paragraph"),
        _c("after_em_dash_heading", "— The reform\n{F} will retire later.", "paragraph"),
        _c("after_lettered_heading", "A. The timeline\n{F} met twice in March.", "paragraph"),
        _c("after_markdown_heading", "## Background\n{F} had seen it coming.", "paragraph"),
        _c("after_plain_heading", "Floods in the south\n{F} were moved overnight.", "paragraph"),
        _c("after_one_word_heading", "Reactions\n{F} spoke of a disaster.", "paragraph"),
        _c("after_live_time", "10:45\n{F} have reached the station.", "paragraph"),
        _c("after_month_abbrev", "The harvest began in mid-Sept. {F} expect a small crop."),
        _c("after_per_cent", "Pensions will rise by 1.1 per cent. {F} call it too little."),
        _c("after_footnote_mark", "The deficit reached €5.1bn.¹ {F} blamed the ministry."),
        _c("after_emoji", "Snow at last! ❄️ {F} rushed to the slopes."),
        _c("after_department_number", "The alert covers the Gard (30). {F} were told to leave."),
        _c("after_foreign_gloss", "It was the Court of Audit (Cour des comptes). {F} said so."),
    )
)

# A twelfth held-out batch, written in session 25 (round 10) before any fix it measures, without
# running the stage or the eval on it and without reading round 9's code: topics no batch had
# (ports and shipping, frost in the vineyards, tax reform, nurses' strikes, a chess tournament,
# lighthouses, a train derailment, a film restoration, beekeeping, the Senate's budget vote); the
# shapes listed as left after round 9 in new wordings (a present in the plural or after a subject
# of three words before an initialism's stop, `Ph.D.` before a subject, a name's year or number
# without evidence, Markdown `###` and lettered `b)` headings, an emoji or a footnote mark after the
# stop, the article after a live blog's time and in a Markdown heading, a space before a mark after
# a place, a time, `mid-Oct.` or a footnote mark, `M.` and a thousands space in a title-case
# headline); the kinds rounds 5 to 9 fixed in new wordings (`N.A.T.O.`, `U.A.E.`, `U.S.` before a
# clause, `U.N. envoys` before a noun, `Louis XVI.`, `round IV.`, `6:40.`, `11 p.m.`, `1-0.`,
# `205-112.`, `@infirmieres_fr.`, Roman and plain headings, a caption's credit `(Photo: AFP)`, a
# clause after a numbered or a bulleted list, a question before a clause); negatives inside the
# snippets that must stay (`the E.U. ministers met`, `9 a.m. on Monday`, `Washington, D.C. were`,
# `6 p.m. because`); and other lower-case openers (`OPENERS_12`).
OPENERS_12 = ("dockers", "the growers", "beekeepers", "the nurses", "senators",
              "the grandmaster", "its keeper", "both sides", "restorers", "passengers")  # fmt: skip
HELD_OUT_12_PHRASE = (
    _c("port_containers", "At the port of Le Havre, {F} held up 300 containers."),
    _c("after_initialism_noun_mid", "He told the U.N. envoys that {F} was overdue."),
    _c("after_regnal_comma", "Under Louis XV, {F} lit the harbour entrance."),
    _c("after_clock_ampm_comma", "At 6:40 a.m., {F} was announced on the radio."),
    _c("after_score_comma", "After the 2-2 draw in round IV, {F} was all anyone discussed."),
    _c("after_handle", "Posting as @SenatFR, the clerk said {F} was ready."),
    _c("caption_credit", "{F} at the quay in Marseille. (Photo: AFP)", "paragraph", start=True),
    _c("markdown_heading_h3", "### {F} and the Senate vote", "paragraph", start=True),
    _c(
        "live_time_hyphen",
        "08:15 - {F} was confirmed by the rail operator.",
        "paragraph",
        start=True,
    ),
    _c("lettered_heading_paren", "c) {F} and the frost", "paragraph", start=True),
    _c("title_case_port", "Le Havre Dockers Reject {F}", "paragraph", case="title"),
    _c("after_phd_noun", "Her Ph.D. thesis found {F} hard to measure."),
    _c("beekeeping", "In the Cévennes, {F} was blamed for the empty hives."),
    _c("vineyard_frost", "After three nights of frost in Chablis, {F} was all growers feared."),
    _c("tax_reform", "Under the tax reform, {F} would replace the housing tax."),
    _c("nurses_strike", "On the fourth day of the nurses' strike, {F} was signed at dawn."),
    _c("chess_round", "In round 7 of the Grand Chess Tour, {F} was the surprise."),
    _c("lighthouse", "At the Cordouan lighthouse, {F} was the keepers' last task."),
    _c(
        "after_bullet_list",
        "- Brest\n- Lorient\n{F} was agreed for both ports.",
        "paragraph",
        start=True,
    ),
    _c("senate_tally", "By 205 votes to 112, {F} passed the Senate."),
    _c("after_footnote_comma", "As note² says, {F} was never paid."),
    _c("film_restoration", "In the 4K restoration of Napoléon (1927), {F} was found intact."),
)
HELD_OUT_12_SPACE = (
    _c("port_headline_place", "Strike at Le Havre{F}: ships wait offshore", "paragraph"),
    _c("live_time_headline", "06:40{F}: a freight train derails near Dijon", "paragraph"),
    _c("after_month_abbrev", "Will the vote slip to mid-Oct.{F}? Senators doubt it."),
    _c("footnote_headline", "Tax reform¹{F}: who gains", "paragraph"),
    _c("title_case_question", "Will Nurses Strike Again{F}?", "paragraph"),
    _c("caps_headline", "SENATE VOTE{F}: BUDGET PASSES BY 205 TO 112", "paragraph", case="upper"),
    _c("roman_round_headline", "Round IV{F}: the champion holds the draw", "paragraph"),
    _c("after_score", "The game ended 1-0{F}; the champion resigned late."),
    _c("after_handle", "Follow @PortdeMarseille{F}: updates every hour."),
    _c("after_initialism_bang", "The frost even made the news in the U.S.A.{F}!"),
    _c("after_clock_ampm", "The train left at 6:40 a.m.{F}, ten minutes late."),
    _c("markdown_heading", "### Why it matters{F}: the budget", "paragraph"),
    _c("lettered_heading", "B) The hives{F}: what went wrong", "paragraph"),
    _c("after_year_name", "Grand Chess Tour 2026{F}: the final standings", "paragraph"),
    _c("after_percent", "The tax falls by 2%{F}; few will notice."),
    _c("lighthouse_bang", "The last keeper has left Cordouan{F}!"),
    _c("after_closing_quote", "The nurses called it “a betrayal”{F}; the minister did not."),
    _c("em_dash_heading_question", "— What now{F}?", "paragraph"),
)
HELD_OUT_12_SENTENCE = tuple(
    replace(c, openers=OPENERS_12)
    for c in (
        _c(
            "after_uae_present_plural",
            "The ships fly the flag of the U.A.E. {F} say crews go unpaid.",
        ),
        _c("after_eu_long_subject", "Most of the grain goes to the E.U. {F} want new quotas."),
        _c("after_phd", "The new keeper holds a Ph.D. {F} joked about it."),
        _c("after_name_year", "The event was the Grand Chess Tour 2026. {F} played nine rounds."),
        _c("after_article_number", "The tax is in Article 12. {F} amended it twice."),
        _c("after_markdown_heading", "### The vote\n{F} met at dawn.", "paragraph"),
        _c("after_emoji", "The film is back on screen. 🎬 {F} queued all night."),
        _c("after_footnote_mark", "The reform will cost €12bn.² {F} doubt the figure."),
        _c("after_lettered_heading", "b) The hives\n{F} lost half their bees.", "paragraph"),
        _c("after_nato_dots", "The frigate sailed for N.A.T.O. {F} watched from the quay."),
        _c("after_us_dots", "The honey was sold in the U.S. {F} paid twice the price."),
        _c("after_regnal_louis", "The lighthouse was lit under Louis XVI. {F} restored its lens."),
        _c("after_roman_round", "The champion lost in round IV. {F} had tipped him to win."),
        _c("after_clock_time", "The train derailed at 6:40. {F} were stuck for hours."),
        _c("after_clock_pm", "The vote ended at 11 p.m. {F} went home at midnight."),
        _c("after_chess_result", "The final game ended 1-0. {F} shook hands."),
        _c("after_vote_tally", "The Senate passed it 205-112. {F} had expected a closer vote."),
        _c("after_handle", "The strike was called by @infirmieres_fr. {F} joined in every city."),
        _c("after_plain_heading", "Frost damage\n{F} counted their losses on Monday.", "paragraph"),
        _c("after_roman_heading", "IV. The derailment\n{F} were evacuated at night.", "paragraph"),
        _c(
            "after_caption_credit",
            "Dockers at the port of Marseille. (Photo: AFP)\n{F} voted to strike again.",
            "paragraph",
        ),
        _c(
            "after_numbered_list",
            "1. Lift the frames.\n2. Check the queen.\n{F} should then close the hive.",
            "paragraph",
        ),
        _c(
            "after_bullet_list",
            "- taxes on fuel\n- taxes on flights\n{F} voted against both.",
            "paragraph",
        ),
        _c("after_question", "Who pays for the lighthouses? {F} have no answer."),
        _c("negatives_eu_am", "The E.U. ministers met at 9 a.m. on Monday. {F} waited outside."),
        _c(
            "negatives_dc_pm",
            "Hives near Washington, D.C. were spared until 6 p.m. because of "
            "the wind. {F} blamed the frost.",
        ),
    )
)

# A thirteenth held-out batch, written in session 26 (round 11) before any fix it measures, without
# running the stage or the eval on it and without reading round 10's code: topics no batch had
# (oyster farming, a city marathon, a cyberattack on a town hall, a solar eclipse, a library's
# archives, a cantonal referendum, a zoo's panda cub, mountain rescue, a truffle market, a dam's
# works); the shapes listed as left after round 10 in new wordings (a present in the plural after
# an initialism's stop, `the U.A.E. say`, or before it after a long subject, `E.U. member states
# agree with the U.N.`, `works with the U.K.`; `Ph.D.` and `M.A.` before a subject; a name's year
# or number without evidence, `Paris Marathon 2026.`, `Section 8.`, `Enclosure 4.`; Markdown
# `####` and bold headings, lettered `(ii)` and `d)` headings; an emoji, a footnote mark or a
# bracketed reference after the stop; a space before a colon after a place in a headline before a
# number, `Avalanche above Chamonix : 3`; `M.` and a thousands space in title-case headlines);
# the kinds rounds 5 to 10 fixed, in new wordings (`traced to the U.S.`, `Charles X.`, `phase
# III.`, `20:27.`, `2:18:33.`, `3,412 to 2,980.`, `@BeauvalZoo.`, `VI. The budget`, a
# plain heading, a caption's `(Credit: Reuters)`, a list of `*` bullets, a question, a live
# blog's time and an en dash, a space before a mark after `11:42`, `late Nov.`, `canton¹`,
# `Ph.D.`, a handle, a road code, an emoji); negatives inside the snippets that must stay
# (`Officials in the U.A.E. say`, `Two Ph.D. students said`, `Under Section 8 of the charter`,
# `Two U.N. observers and a Ph.D. student counted`, `odds of 5 : 1`, `the cub 🐼 slept`, `i.e.
# the new rule`); and other lower-case openers (`OPENERS_13`).
OPENERS_13 = ("oyster farmers", "the runners", "hackers", "astronomers", "the librarians",
              "zookeepers", "rescuers", "truffle growers", "its mayor", "most of them")  # fmt: skip
HELD_OUT_13_PHRASE = (
    _c("oyster_basin", "In the Arcachon basin, {F} was blamed for the oyster deaths."),
    _c("marathon_km", "At kilometre 30 of the Paris marathon, {F} was handed out to runners."),
    _c("town_hall_hack", "After the cyberattack on Rouen's town hall, {F} was done by hand."),
    _c("eclipse_path", "During the total eclipse over Bilbao, {F} was visible for a minute."),
    _c("library_archive", "When the Reims library closed, {F} was moved to the archives."),
    _c("canton_vote", "In the Vaud referendum, {F} was rejected by 54% of voters."),
    _c("zoo_cub", "At Beauval Zoo, {F} was shown to the press on Tuesday."),
    _c("mountain_rescue", "Above Chamonix, {F} was called off at nightfall."),
    _c("truffle_market", "At the Richerenches truffle market, {F} was sold at dawn."),
    _c("title_case_oysters", "Arcachon Oyster Farmers Back {F}", "paragraph", case="title"),
    _c(
        "title_case_marathon",
        "Marathon Organisers Thank {F} After a Record Day",
        "paragraph",
        case="title",
    ),
    _c("markdown_heading_h4", "#### {F} after the eclipse", "paragraph", start=True),
    _c("roman_lettered_heading", "(ii) {F} and the canton", "paragraph", start=True),
    _c(
        "live_time_en_dash",
        "14:05 – {F} was reported at the finish line.",
        "paragraph",
        start=True,
    ),
    _c("dateline_en_dash", "CHAMONIX, France – {F} was found on Sunday.", "paragraph", start=True),
    _c(
        "after_star_list",
        "* Marennes\n* Oléron\n{F} was agreed for both basins.",
        "paragraph",
        start=True,
    ),
    _c("after_regnal_comma", "Under Charles X, {F} was added to the collection."),
    _c("after_race_time_comma", "Finishing in 2:05:41, {F} broke the course record."),
    _c("after_bracket_ref_comma", "As the audit [3] notes, {F} was never tested."),
    _c("negative_uae_say", "Officials in the U.A.E. say {F} was never ordered."),
    _c("negative_phd_students", "Two Ph.D. students said {F} was hidden in the logs."),
    _c("negative_section_of", "Under Section 8 of the charter, {F} was put to a vote."),
)
HELD_OUT_13_SPACE = (
    _c("place_headline_number", "Avalanche above Chamonix{F}: 3 climbers rescued", "paragraph"),
    _c("place_headline_thousands", "Eclipse over Bilbao{F}: 40,000 on the beach", "paragraph"),
    _c("place_mid_number", "The hackers hit one city, Rouen{F}: 2,300 files leaked."),
    _c("after_race_time", "The course record is now 2:01:09{F}! Nobody expected it."),
    _c("after_clock", "The eclipse peaks at 11:42{F}; it is over by 12:58."),
    _c("after_month_abbrev", "The dam reopens in late Nov.{F}; anglers are relieved."),
    _c("after_footnote_word", "The vote covers the whole canton¹{F}; Lausanne votes apart."),
    _c("after_phd", "She earned her Ph.D.{F}, then joined the zoo."),
    _c("after_handle", "Follow @BeauvalZoo{F}! The cub appears at noon."),
    _c("after_emoji", "What a finish 🎉{F}! The crowd stayed until dark."),
    _c("title_case_question", "Can Oyster Farmers Survive Another Summer{F}?", "paragraph"),
    _c(
        "caps_headline",
        "ZOO WELCOMES A PANDA CUB{F}: THE FIRST IN FRANCE SINCE 2021",
        "paragraph",
        case="upper",
    ),
    _c("markdown_heading", "#### What changes{F}: the new fares", "paragraph"),
    _c("roman_lettered_heading", "(ii) The costs{F}: who pays what", "paragraph"),
    _c("after_name_number", "The ban is in Section 8{F}; it takes effect in May."),
    _c("after_ratio_spaced", "The odds were 5 : 1{F}; nobody bet on the cub."),
    _c("after_initialism_plural", "Most of the truffles go to the U.A.E.{F}; few stay here."),
    _c("after_road_code", "The zoo lies on the D764{F}, south of Blois."),
    _c("place_headline_bang", "Record crowd in Richerenches{F}!", "paragraph"),
)
HELD_OUT_13_SENTENCE = tuple(
    replace(c, openers=OPENERS_13)
    for c in (
        _c(
            "after_uae_plural_present",
            "Most of the oysters are sold to the U.A.E. {F} say demand keeps rising.",
        ),
        _c(
            "after_eu_member_states",
            "E.U. member states agree with the U.N. {F} expect a vote in May.",
        ),
        _c(
            "after_long_subject_uk",
            "The mountain rescue team of Chamonix works with the U.K. {F} sent two dogs.",
        ),
        _c("after_phd", "The zoo's new vet has a Ph.D. {F} call her the panda doctor."),
        _c("after_ma", "The head librarian holds an M.A. {F} praised her catalogue."),
        _c("after_name_year", "The record fell at the Paris Marathon 2026. {F} wept at the line."),
        _c("after_section_number", "The ban is set out in Section 8. {F} challenged it in court."),
        _c("after_enclosure_number", "The cub lives in Enclosure 4. {F} feed it twice a day."),
        _c("after_markdown_h4", "#### The route\n{F} will start at the Eiffel Tower.", "paragraph"),
        _c("after_bold_heading", "**The damage**\n{F} lost 40% of their stock.", "paragraph"),
        _c("after_roman_lettered_heading", "(ii) The result\n{F} rejected the plan.", "paragraph"),
        _c("after_lettered_heading", "d) Next steps\n{F} will meet in March.", "paragraph"),
        _c("after_emoji", "The cub opened its eyes on Friday. 🐼 {F} cheered."),
        _c("after_footnote_mark", "Turnout reached 61%.¹ {F} expected far less."),
        _c("after_bracket_ref", "The new spillway cost €400m.[3] {F} say it was worth it."),
        _c("after_us_past", "The malware was traced to the U.S. {F} warned other towns."),
        _c("after_regnal_charles", "The library holds letters of Charles X. {F} listed them."),
        _c("after_roman_phase", "The dam works entered phase III. {F} will finish in 2027."),
        _c("after_clock_time", "Totality began at 20:27. {F} gasped as the sky went dark."),
        _c("after_race_time", "She won in 2:18:33. {F} ran with her to the line."),
        _c("after_vote_tally", "The plan was rejected 3,412 to 2,980. {F} will try again."),
        _c("after_handle", "The video was posted by @BeauvalZoo. {F} shared it widely."),
        _c("after_roman_heading", "VI. The budget\n{F} approved it on Friday.", "paragraph"),
        _c("after_plain_heading", "Back to paper\n{F} now write everything by hand.", "paragraph"),
        _c(
            "after_caption_credit",
            "Runners crossing the Seine. (Credit: Reuters)\n{F} set off at dawn.",
            "paragraph",
        ),
        _c("after_star_list", "* Marennes\n* Oléron\n{F} share the same water.", "paragraph"),
        _c("after_question", "Who leaked the files? {F} still have no idea."),
        _c(
            "negatives_un_phd",
            "Two U.N. observers and a Ph.D. student counted the votes. {F} were kept out.",
        ),
        _c(
            "negatives_ratio_emoji_ie",
            "At odds of 5 : 1, the cub 🐼 slept, i.e. the bet was lost. {F} laughed.",
        ),
    )
)

# A fourteenth held-out batch, written in session 27 (round 12) before any fix it measures, without
# running the stage or the eval on it and without reading round 11's code: topics no batch had (a
# lavender harvest, a new tram line, a rocket launch from Kourou, a cheese cooperative's cellars, a
# lighthouse's restoration, a rugby final, a shrinking glacier, Grasse's perfumers, a stamp auction,
# a night ferry); the shapes listed as left after round 11 in new wordings (a regnal numeral of one
# letter ending a sentence, `Napoleon I.`, `Pope Pius X.`; bold headings, `**What went wrong**`,
# `__The harvest__`, and a bold heading holding the phrase; a subject with a prepositional phrase
# before an initialism, `The cheese cooperative of Poligny sells to the U.S.`; verbs neither in -ed
# nor common after a name's year or number, a caption's credit or a plain heading, `hid`, `fought`,
# `swam`, `began`; `M.` and a thousands space in title-case headlines; `M.` after a heading's
# letter, `C. M. Kala`); the kinds rounds 5 to 11 fixed, in new wordings (`11 p.m.`, `12°C.`,
# `27-24.`, `06:15.`, `@CNES.`, `Louis XIV,`, `IX. The verdict`, `(b) The cost`, `## The launch`,
# `1)` lists, an emoji, `8%.²` and `40 m.[7]` after the stop, `Inc.`, a question; a space before a
# mark after `12%`, `14°C`, `Ariane 6`, `tan.fr`, `#Kourou`, `3.5 m`, `27-24`, `[4]`, a closing
# quote, an emoji, `early Sept.`, in `###`, bold and lettered headings, a place in a headline before
# a number); negatives inside the snippets that must stay (`Lawyers in the U.S. argue`, `Three M.A.
# graduates wrote`, `At approx. 6 p.m. on Friday`, `a 16 : 9 screen`, `At approx. 5 p.m. the U.S.
# envoys met two M.A. students`, `The Queen Mary II sails at 9 a.m. on Sunday, i.e. in two days`, a
# hard-wrapped line `because\nthe rain`); and other lower-case openers (`OPENERS_14`).
OPENERS_14 = ("lavender growers", "the crews", "cheesemakers", "rugby fans", "glaciologists",
              "perfumers", "stamp collectors", "tram drivers", "many locals",
              "all of them")  # fmt: skip
HELD_OUT_14_PHRASE = (
    _c("lavender_field", "On the Valensole plateau, {F} was cut before the heat."),
    _c("tram_opening", "When the new Nantes tram line opened, {F} was on board."),
    _c("launch_pad", "At the Kourou launch pad, {F} was delayed by wind."),
    _c("cheese_cellar", "Inside the Poligny cellars, {F} was checked every week."),
    _c("lighthouse_boat", "Off the Gironde estuary, {F} was brought to the lighthouse by boat."),
    _c("rugby_final", "Before the rugby final in Marseille, {F} was cheered by the fans."),
    _c("glacier_survey", "On the Mer de Glace, {F} was measured again in August."),
    _c("stamp_auction", "At the Drouot stamp sale, {F} was sold for a record sum."),
    _c(
        "title_case_perfume", "Grasse Perfumers Honour {F} at Their Gala", "paragraph", case="title"
    ),
    _c(
        "title_case_tram",
        "Nantes Tram Riders Welcome {F} on Opening Day",
        "paragraph",
        case="title",
    ),
    _c("letter_heading", "C. {F} and the launch window", "paragraph", start=True),
    _c("bold_heading", "**{F} at the lighthouse**", "paragraph", start=True),
    _c("markdown_heading_h3", "### {F} in the cellars", "paragraph", start=True),
    _c(
        "live_time_hyphen",
        "21:10 - {F} was confirmed by the referee.",
        "paragraph",
        start=True,
    ),
    _c(
        "dateline_em_dash",
        "KOUROU, French Guiana — {F} was postponed to Friday.",
        "paragraph",
        start=True,
    ),
    _c(
        "after_paren_number_list",
        "1) Valensole\n2) Sault\n{F} was felt in both places.",
        "paragraph",
        start=True,
    ),
    _c("after_regnal_comma", "Under Louis XIV, {F} was planned at the estuary."),
    _c("after_score_comma", "After the 27-24 win, {F} was celebrated in the stands."),
    _c("after_footnote_comma", "As the catalogue² says, {F} was printed in 1849."),
    _c("negative_us_argue", "Lawyers in the U.S. argue {F} was never signed."),
    _c("negative_ma_graduates", "Three M.A. graduates wrote that {F} was lost at sea."),
    _c("negative_approx_pm", "At approx. 6 p.m. on Friday, {F} was sold."),
)
HELD_OUT_14_SPACE = (
    _c("place_headline_number", "Drought in Valensole{F}: 1,300 hectares lost", "paragraph"),
    _c("after_percent", "Yields fell by 12%{F}; growers blame the heat."),
    _c("after_degrees", "The cellar stays at 14°C{F}, even in August."),
    _c("after_month_abbrev", "The lighthouse reopens in early Sept.{F}; visits are free."),
    _c("after_product_number", "The launch of Ariane 6{F}, twice delayed, went well."),
    _c("after_company_inc", "The probe was built by Orbital Parts Inc.{F}; it weighs a tonne."),
    _c("after_domain", "Tickets are sold on tan.fr{F}; fares start at €1.70."),
    _c("after_hashtag", "Fans posted under #Kourou{F}! It trended all day."),
    _c("title_case_question", "Will the Glacier Be Gone by 2050{F}?", "paragraph"),
    _c(
        "caps_headline",
        "RECORD BID FOR A STAMP{F}: 1.2 MILLION EUROS",
        "paragraph",
        case="upper",
    ),
    _c("markdown_heading_h3", "### Who pays{F}: the region and the state", "paragraph"),
    _c("bold_heading", "**The verdict**{F}: a late win for Toulon", "paragraph"),
    _c("lettered_heading", "c) The route{F}: from Nantes to Rezé", "paragraph"),
    _c("after_closing_quote", "She called it “the best harvest in years”{F}; others disagree."),
    _c("after_emoji", "Liftoff 🚀{F}! The satellite is in orbit."),
    _c("after_decimal_unit", "The glacier lost 3.5 m{F}; it lost 2.1 m the year before."),
    _c("negative_ratio_screen", "The film is shown on a 16 : 9 screen{F}; tickets cost €8."),
    _c("after_bracket_ref", "The first tram ran in 1879 [4]{F}; it was drawn by horses."),
    _c("after_score", "Toulon won 27-24{F}! Nobody saw it coming."),
)
HELD_OUT_14_SENTENCE = tuple(
    replace(c, openers=OPENERS_14)
    for c in (
        _c("after_regnal_one_letter", "The scent was made for Napoleon I. {F} wore it at court."),
        _c("after_pope_regnal", "The stamp shows Pope Pius X. {F} bid for it all morning."),
        _c("after_bold_heading", "**What went wrong**\n{F} blame the wind.", "paragraph"),
        _c("after_underscore_bold", "__The harvest__\n{F} cut the rows by hand.", "paragraph"),
        _c(
            "after_subject_of_place",
            "The cheese cooperative of Poligny sells to the U.S. {F} say prices are fair.",
        ),
        _c(
            "after_subject_with_pp_uk",
            "The crew of the lighthouse boat trains with the U.K. {F} lent a spare engine.",
        ),
        _c(
            "after_name_year_irregular",
            "It was the hottest day of the Nice Carnival 2026. {F} hid in the shade.",
        ),
        _c("after_lot_number", "The stamp was listed as Lot 212. {F} fought over it."),
        _c(
            "after_caption_photo",
            "The lighthouse at dawn. (Photo: Getty Images)\n{F} swam out to it.",
            "paragraph",
        ),
        _c("after_plain_heading", "A late harvest\n{F} began cutting on Monday.", "paragraph"),
        _c(
            "after_plain_heading_present", "Fares and times\n{F} drive the first tram.", "paragraph"
        ),
        _c("after_markdown_h2", "## The launch\n{F} watched from the beach.", "paragraph"),
        _c("after_lettered_paren", "(b) The cost\n{F} pay half of it.", "paragraph"),
        _c("after_roman_heading", "IX. The verdict\n{F} took it badly.", "paragraph"),
        _c("after_emoji", "The rocket cleared the tower. 🚀 {F} clapped."),
        _c("after_footnote_mark", "Sales rose by 8%.² {F} knew it would happen."),
        _c("after_bracket_ref", "The glacier shrank by 40 m.[7] {F} fear worse."),
        _c("after_us_present", "Most Comté is eaten in France, not the U.S. {F} eat far less."),
        _c("after_pm", "The ferry left at 11 p.m. {F} slept on deck."),
        _c("after_degrees", "The cellar is kept at 12°C. {F} turn each wheel by hand."),
        _c("after_score", "Toulon won 27-24. {F} ran onto the pitch."),
        _c("after_clock_time", "Liftoff came at 06:15. {F} held their breath."),
        _c("after_handle", "The news came from @CNES. {F} spread it fast."),
        _c("after_question", "Will the glacier survive? {F} doubt it."),
        _c(
            "after_paren_number_list",
            "1) Valensole\n2) Sault\n{F} lost half the crop.",
            "paragraph",
        ),
        _c("after_company_inc", "The probe was built by Orbital Parts Inc. {F} sent it on."),
        _c(
            "negative_hard_wrap",
            "The harvest ran late this year because\nthe rain kept the rows wet. {F} waited.",
            "paragraph",
        ),
        _c(
            "negatives_pm_us_ma",
            "At approx. 5 p.m. the U.S. envoys met two M.A. students. {F} stayed outside.",
        ),
        _c(
            "negatives_regnal_am_ie",
            "The Queen Mary II sails at 9 a.m. on Sunday, i.e. in two days. {F} booked early.",
        ),
    )
)

# A fifteenth held-out batch, written in session 28 (round 13) before any fix it measures, without
# running the stage or the eval on it and without reading round 11's or 12's code: topics no batch
# had (a wildfire in the Landes, Guérande's salt marshes, a jazz festival in Marciac, a bakery on a
# city avenue, a bridge's engineer, a wind farm's turbines, a heron count, an opera revival, a
# heat wave in Seville, a lifeboat rescue); sentence ends after abbreviations no batch closed a
# sentence with (`etc.`, `Fifth Ave.`, `Jr.`, `Ltd.`, `No. 7.`, `in Nov.`, `6 a.m.`, `Dr. A.
# Moreau.`), after shapes of a number (`July 28th.`, `€2.5m.`, `41%.`, `23h40.`, `(1911).`, `§ 4.`),
# after a domain, an initialism without stops (`SNSM.`), a closing parenthesis or quote, a block
# quote line; openers that are function words (`we`, `none of us`, `few of them`); negatives
# inside the snippets that must stay (`St. Louis`, `Gate No. 5`, `e.g. Mimizan`, `J. R. Ortega`,
# `Lyon vs. Nice`, `approx. 4,000`, a `21 : 9` ratio, an emoticon ` :)`, hard-wrapped paragraphs
# whose lines break after a noun or a verb, `iPhone` and `eBay` opening a sentence, a quoted
# fragment in lower case opening one, `because\nthe` style wraps in a phrase context).
OPENERS_15 = ("salt workers", "the firefighters", "jazz fans", "we", "none of us",
              "some residents", "the bakers", "few of them", "most voters",
              "both crews")  # fmt: skip
HELD_OUT_15_PHRASE = (
    _c("negative_gate_no", "At Gate No. 5 {F} was announced to the crowd."),
    _c("after_st_louis", "In St. Louis, {F} was on every front page."),
    _c("negative_eg_list", "Some issues, e.g. {F}, were left for a later day."),
    _c("after_pm_time", "At 4 p.m. {F} was read out in the square."),
    _c("negative_initials", "J. R. Ortega wrote that {F} was long overdue."),
    _c(
        "hard_wrap_that",
        "The firefighters told the mayor that\n{F} was their main worry.",
        "paragraph",
    ),
    _c("negative_iphone_start", "iPhone users learned that {F} was coming.", "paragraph"),
    _c("negative_ebay_start", "eBay said {F} was under review.", "paragraph"),
    _c(
        "title_case_salt",
        "Salt Workers in Guérande Fear {F} This Summer",
        "paragraph",
        case="title",
    ),
    _c("caps_wildfire", "WILDFIRE IN THE LANDES: {F} ORDERED", "paragraph", case="upper"),
    _c("block_quote", "> {F} was never the plan, she wrote.", "paragraph", start=True),
    _c("after_emoji_start", "🔥 {F} was declared in the Landes.", "paragraph", start=True),
    _c("after_step_colon", "Step 2: {F} was signed by both towns.", "paragraph"),
    _c("negative_vs", "It was Lyon vs. Nice, and {F} was at stake."),
    _c("after_jr", "Ellis Grant Jr. said {F} was a fair deal."),
    _c("after_french_time", "At 23h40, {F} was finally agreed."),
    _c(
        "dateline_agency",
        "MARCIAC (AFP) - {F} was announced for the festival.",
        "paragraph",
        start=True,
    ),
    _c("after_semicolons", "The fire was out; the road was open; {F} was lifted."),
    _c("after_quoted_question", '"Why now?" she asked, and {F} was raised again.'),
    _c("after_ordinal", "On July 28th {F} was signed in Marciac."),
    _c("markdown_heading_h4", "#### {F} for the salt marsh", "paragraph", start=True),
    _c("list_star", "* {F} for the bakers\n* A new oven", "paragraph", start=True),
)
HELD_OUT_15_SPACE = (
    _c("after_paren_year", "The dike (built in 1953){F}, held the sea back."),
    _c("after_french_time", "The fire reached the canal at 23h40{F}; crews held it there."),
    _c("after_ordinal", "The festival opens on July 28th{F}, as it does every year."),
    _c("after_money_m", "The repairs cost €2.5m{F}; the state pays half."),
    _c("after_acronym", "The rescue was led by the SNSM{F}, based in Arcachon."),
    _c("after_domain_hyphen", "The timetable is on sncf-connect.com{F}, updated daily."),
    _c("after_avenue_abbrev", "The bakery is on Fifth Ave.{F}, next to the bank."),
    _c("after_jr", "It was signed by Ellis Grant Jr.{F}, the engineer."),
    _c("negative_ratio_format", "The screens use a 21 : 9 format{F}; fans love them."),
    _c(
        "negative_emoticon",
        "Thanks to all the crews :) The road{F}, closed since May, is open.",
    ),
    _c("title_case_heat", "Heat Wave Hits Seville{F}: 46°C Recorded", "paragraph"),
    _c("caps_exclaim", "FIRE IN THE LANDES{F}!", "paragraph", case="upper"),
    _c("after_etc", "They sell salt, honey, soap, etc.{F}; prices vary."),
    _c("list_label", "- Wind speed{F}: 90 km/h\n- Rain: 40 mm", "paragraph"),
    _c("after_italic", "The opera *Carmen*{F}, staged in Lyon, sold out."),
    _c("after_speed_unit", "Gusts reached 130 km/h{F}; trees fell on the road."),
    _c("title_case_question", "Who Will Pay for the Dike{F}?", "paragraph"),
    _c("after_single_quote", "They call it ‘white gold’{F}; it is only salt."),
    _c("after_number_abbrev", "The winning float was No. 7{F}, the last one."),
)
HELD_OUT_15_SENTENCE = tuple(
    replace(c, openers=OPENERS_15)
    for c in (
        _c("after_etc", "The stalls sell salt, honey, soap, etc. {F} come from far away."),
        _c("after_avenue", "The new bakery is on Fifth Ave. {F} queue there at dawn."),
        _c("after_jr", "The bridge was designed by Ellis Grant Jr. {F} still admire it."),
        _c("after_ltd", "The turbines were made by Atlantic Blades Ltd. {F} saw them in May."),
        _c("after_number_abbrev", "The winning float was No. 7. {F} cheered it all the way."),
        _c("after_month_abbrev", "The vote was held in Nov. {F} turned out in force."),
        _c("after_am", "The first ferry leaves at 6 a.m. {F} board it half asleep."),
        _c(
            "after_doctor_initial", "The heron count was led by Dr. A. Moreau. {F} found 312 nests."
        ),
        _c("after_ordinal_date", "The festival opens on July 28th. {F} camp in the fields."),
        _c("after_money_m", "The repairs cost €2.5m. {F} will pay part of it."),
        _c("after_percent", "Turnout fell to 41%. {F} stayed at home."),
        _c("after_french_time", "The count ended at 23h40. {F} went to bed."),
        _c("after_paren_year", "The opera was first staged in Lyon (1911). {F} booed it."),
        _c("after_section_sign", "The rule is set out in § 4. {F} rarely read it."),
        _c("after_domain", "The timetable is on sncf-connect.com. {F} can book there."),
        _c("after_acronym", "The rescue was led by the SNSM. {F} towed the boat in."),
        _c("after_us_object", "Guérande salt is shipped to the U.S. {F} pay twice the price."),
        _c("after_paren_sentence", "(The dike was built in 1953.) {F} walk on it every day."),
        _c("after_quote_said", "“We will rebuild the pier,” the mayor said. {F} doubt it."),
        _c("after_exclamation", "What a night that was! {F} danced until dawn."),
        _c("after_block_quote", "> The river is rising.\n{F} moved the cars uphill.", "paragraph"),
        _c(
            "negative_st_louis",
            "The jazz tour ends in St. Louis on Sunday. {F} travel home by bus.",
        ),
        _c("negative_gate_no", "Gate No. 5 opens at 7 p.m. on Friday. {F} should come early."),
        _c("negative_eg", "Some towns, e.g. Mimizan, were cleared. {F} left by car."),
        _c("negative_initials_vs", "J. R. Ortega saw Lyon vs. Nice at approx. 9 p.m. {F} did too."),
        _c(
            "negative_iphone_ebay",
            "The app came out on Monday. iPhone owners got it first. eBay listed it. {F} waited.",
            "paragraph",
        ),
        _c(
            "negative_quoted_lower",
            'The verdict came at noon. "a shame" was all she said. {F} agreed.',
            "paragraph",
        ),
        _c(
            "negative_hard_wrap_noun",
            "The firefighters cleared the forest\nroads before dusk and\nslept in the trucks. "
            "{F} went home at noon.",
            "paragraph",
        ),
        _c(
            "negative_hard_wrap_verb",
            "Crews from four regions worked\nthrough the night, and by morning\nthe wind had "
            "turned. {F} could rest.",
            "paragraph",
        ),
    )
)

# A sixteenth held-out batch, written in session 29 (round 14) before any fix it measures, without
# running the stage or the eval on it and without reading the stage's rules: topics no batch had
# (a mountain stage of a cycling race, a dairy group's buy-out, a comet seen from the Alps, an
# assize trial in Rennes, a storm over Brest, a ski lift, a Gallo-Roman fort, a cathedral's altar,
# a weather service's alerts, a film director at a festival); sentence ends after abbreviations no
# batch closed a sentence with (`& Co.`, `Raspail Blvd.`, `Sr.`, `52 B.C.`, `p. 14.`, `Art. 5.`,
# `ca. 1250.`), after shapes of a number (`3-1.`, `20h.`, `–12°C.`, `40 km².`, `€1.2bn.`,
# `version 2.0.`, `5 July.`), after a hashtag, a URL's path, `?!`, a quoted question's tag, a
# verdict after a colon, `[sic].`, a closing single quote, a dash aside, a word in capitals, an
# initialism without stops (`ECHR.`); after a title-case headline line, a list of roads, a step;
# openers of two or three words (`two jurors`, `several shop owners`, `many of them`, `all of
# us`); the phrase kinds after `Fig. 2`, `Art. 5,`, `52 B.C.`, `ca. 1250`, `20h,`, in a Q&A line,
# a markdown table's cell, after a handle's colon, a hashtag, a shouted quote, a leading dash,
# `(3)`, in title-case and capitals headlines, an interview headline, a photo caption, a list
# after semicolons, `Sr.`; negatives inside the snippets that must stay (`M. Night Shyamalan`, `A
# U-turn`, `an MP`, `cf. Art. 12`, `Mt. Blanc`, `5 a.m. on Sunday`, `pH levels` and `www.` opening
# a sentence, `vol. 2, pp. 30-41`, a French phone number `02 99 12 34 56`, an emoticon ` ;)`, a
# paragraph hard-wrapped after an adjective and a preposition).
OPENERS_16 = ("the riders", "farmers", "they", "many of them", "two jurors",
              "the astronomers", "several shop owners", "all of us", "both teams",
              "local skiers")  # fmt: skip
HELD_OUT_16_PHRASE = (
    _c("after_fig", "Fig. 2 shows {F} over ten years."),
    _c("after_article_abbrev", "Under Art. 5, {F} was ruled out by the court."),
    _c("after_bc", "In 52 B.C. {F} was fought near Alesia."),
    _c("after_circa", "A chapel built ca. 1250 hosted {F} last week."),
    _c("after_french_hour", "At 20h, {F} was announced on TV."),
    _c("q_and_a", "Q: Was {F} a surprise?\nA: Not really.", "paragraph"),
    _c("table_cell", "| Stage 4 | {F} | 12 km |", "paragraph"),
    _c("after_handle_colon", "@MeteoFrance: {F} is expected tonight.", "paragraph"),
    _c("after_hashtag_start", "#TDF2025 {F} was confirmed for Sunday.", "paragraph"),
    _c("after_shouted_quote", "“Allez!” the fans shouted as {F} was announced."),
    _c("after_leading_dash", "— {F} was the real story, said one farmer.", "paragraph", start=True),
    _c("after_century", "In the 13th century, {F} was built on this hill."),
    _c("title_case_verdict", "Verdict in Rennes: {F} Upheld on Appeal", "paragraph", case="title"),
    _c("caps_storm", "STORM WARNING IN BREST: {F} CANCELLED", "paragraph", case="upper"),
    _c("interview_headline", "Interview: {F} on the Storm", "paragraph", case="title"),
    _c("photo_caption", "{F} at the trial in Rennes (Photo: AFP)", "paragraph", start=True),
    _c("after_according", "According to {F}, the ruling was fair."),
    _c("semicolon_list", "Present: the mayor; {F}; two jurors."),
    _c("after_sr", "Paul Roux Sr. said {F} was long overdue."),
    _c("numbered_paren_list", "(3) {F} for the riders\n(4) A new stage", "paragraph", start=True),
    _c("negative_m_night", "M. Night Shyamalan said {F} was the best part of the festival."),
    _c("negative_u_turn_mp", "A U-turn on {F} came late, an MP said."),
    _c("negative_cf_article", "Earlier rulings (cf. Art. 12) mentioned {F} twice."),
)
HELD_OUT_16_SPACE = (
    _c("after_minus_degrees", "The thermometer fell to –12°C{F}; pipes froze."),
    _c("after_french_hour", "The storm hit Brest at 20h{F}, as forecast."),
    _c("after_square_km", "The fire burned 40 km²{F}, mostly pine."),
    _c("after_score", "The match ended 3-1{F}; the fans went wild."),
    _c("after_bc", "The fort dates from 52 B.C.{F}, the guide says."),
    _c("after_company_co", "The dairy belongs to Lactalis & Co.{F}, based in Laval."),
    _c("after_url_path", "Alerts are on meteofrance.com/alerts{F}; check them often."),
    _c("after_hashtag", "Fans used #TDF2025{F}, the official tag."),
    _c("after_sic", "The sign read “Welcom” [sic]{F}, to everyone's amusement."),
    _c("after_version", "The app is now at version 2.0{F}; bugs remain."),
    _c("after_billion", "The deal is worth €1.2bn{F}, analysts say."),
    _c("title_case_colon", "Storm Ciarán Batters Brest{F}: Gusts of 200 km/h", "paragraph"),
    _c("caps_colon", "VERDICT IN RENNES{F}: GUILTY", "paragraph", case="upper"),
    _c("title_case_bang", "What a Finish in Tignes{F}!", "paragraph"),
    _c("after_century", "The altar dates from the 13th century{F}; it was restored."),
    _c("before_question_quote", "Did the judge really say “never”{F}?"),
    _c("after_decimal_percent", "Milk prices fell 4.5%{F}; farmers are angry."),
    _c("list_label_hour", "- Start{F}: 8h30\n- Finish: 17h", "paragraph"),
    _c("negative_phone", "Call 02 99 12 34 56{F}, the hotline, before noon."),
    _c("negative_wink", "Great race ;) The riders{F}, tired, went home."),
)
HELD_OUT_16_SENTENCE = tuple(
    replace(c, openers=OPENERS_16)
    for c in (
        _c("after_company_co", "The dairy was bought by Lactalis & Co. {F} protested outside."),
        _c("after_boulevard", "The museum is on Raspail Blvd. {F} queued there for hours."),
        _c("after_sr", "The ski lift was built by Paul Roux Sr. {F} still ride it."),
        _c("after_bc", "The fort dates from 52 B.C. {F} dug it up in 1998."),
        _c("after_page", "The ruling is quoted on p. 14. {F} read it aloud."),
        _c("after_article_abbrev", "The judges cited Art. 5. {F} appealed at once."),
        _c("after_circa", "The altar dates from ca. 1250. {F} restored it in 1870."),
        _c("after_score", "The match ended 3-1. {F} stormed the pitch."),
        _c("after_french_hour", "The storm hit Brest at 20h. {F} lost power."),
        _c("after_minus_degrees", "The thermometer fell to –12°C. {F} kept the stoves on."),
        _c("after_square_km", "The fire burned 40 km². {F} fled the area."),
        _c("after_billion", "The deal is worth €1.2bn. {F} welcomed it."),
        _c("after_version", "The app moved to version 2.0. {F} complained about it."),
        _c("after_day_month", "The race starts on 5 July. {F} booked hotels early."),
        _c("after_hashtag", "The race trended as #TDF2025. {F} posted photos."),
        _c("after_url_path", "The alerts are on meteofrance.com/alerts. {F} checked them."),
        _c("after_interrobang", "Who could have guessed?! {F} certainly did not."),
        _c("after_quoted_question", "“Is it over?” the coach asked. {F} said nothing."),
        _c("after_verdict_colon", "The verdict: guilty on all counts. {F} left in silence."),
        _c("after_sic", "The sign read “Welcom to Tignes” [sic]. {F} laughed at it."),
        _c("after_single_quote", "He called it ‘a disaster’. {F} agreed with him."),
        _c("after_dash_aside", "The lift – closed since May – reopened on Friday. {F} cheered."),
        _c("after_caps_word", "The jury found him GUILTY. {F} gasped."),
        _c("after_initialism", "The case went to the ECHR. {F} hoped for more."),
        _c(
            "after_headline_line",
            "Storm Ciarán Hits Brittany\n{F} lost power overnight.",
            "paragraph",
        ),
        _c("after_road_list", "Closed roads:\n- D12\n- N165\n{F} took detours.", "paragraph"),
        _c("after_step_line", "Step 3. Pour the milk.\n{F} stirred it slowly.", "paragraph"),
        _c("negative_cf_article", "Earlier rulings (cf. Art. 12) were ignored. {F} noted it."),
        _c(
            "negative_mt_blanc_am",
            "Skiers on Mt. Blanc saw the comet at 5 a.m. on Sunday. {F} filmed it.",
        ),
        _c(
            "negative_ph_www",
            "The lake's pH fell. pH levels under 6 kill fish. www.lac.fr has the data. "
            "{F} read it.",
            "paragraph",
        ),
        _c("negative_vol_pages", "The report (vol. 2, pp. 30-41) is online. {F} can read it."),
        _c(
            "negative_hard_wrap_adj",
            "The jurors heard the long\nand painful testimony of\nthe victim's mother. {F} wept.",
            "paragraph",
        ),
    )
)

# A seventeenth held-out batch, written in session 30 (round 15) before any fix it measures, without
# running the stage or the eval on it and without reading the stage's rules: topics no batch had (a
# football derby's scorers, a clay-court final, a fraud trial in Lille and the Court of Cassation's
# rulings, hail over the Beaujolais, a museum's reopened rooms, a Jurassic fossil, a tram line's
# budget in Grenoble, a mass in Lourdes, drink-driving limits, power prices, a town hall's posts
# and threads); sentence ends after shapes no batch closed a sentence with (an added-time minute
# `45'+2.`, a tie-break `7-6 (7-5).`, `et al.`, `Mgr. Aupetit.`, `40 M€.`, `1.2‰.`, `21:00 CET.`,
# `€0.25/kWh.`, `n° 23/0145.`, a court's citation `Cass. crim., 12 March 2024.`, `12th c.`,
# `Warner Bros.`, a range `45-48%.` and `8h-20h.`, a source in brackets, two hashtags, a quoted
# title ending in `!`); after lines no batch had (an embedded post's signature, a thread's `2/3`
# counter as a line's lead, a `READ ALSO:` line, a league table's lines ending in `pts`, a final
# score's label line, a forecast's line); the kinds left after round 14 in new wordings (a plural
# noun after `!` with no count word, a two-word subject after a name's number, irregular verbs no
# batch used: knelt, swore, shook, foresaw, withdrew, forgave; `M.` after a capitalised verb in a
# title-case headline); the phrase kinds after `45'+2,`, a tennis score, `et al.`, `Mgr.`,
# `40 M€,`, `incl. tax,`, a court's citation, `n° 23/0145,`, before a post's signature, after a
# thread counter, after `READ ALSO:`, in a league table's line, in a forecast's list, in
# title-case and capitals headlines; negatives inside the snippets that must stay (`the singer
# M. Pokora`, `a ewe`, `an heir`, `a UNESCO-listed`, a company number `SIREN 552 100 554`, `mRNA`
# and `easyJet` opening a sentence, `et al. found`, `incl. tax`, `p.a.`, `a.k.a. the Baker`, a
# map's scale `1 : 25,000`, an emoticon ` :-)`, a paragraph hard-wrapped after a verb and a comma).
OPENERS_17 = ("the defence", "spectators", "forecasters", "the councillors", "its curator",
              "neither team", "those present", "the plaintiffs", "some fans",
              "palaeontologists")  # fmt: skip
HELD_OUT_17_PHRASE = (
    _c("after_added_minute", "Scored at 45'+2, {F} sealed the derby for Lens."),
    _c("after_tennis_score", "After a 6-4, 3-6, 7-6 (7-5) final, {F} was all Paris talked about."),
    _c("after_et_al", "As Moreau et al. showed, {F} was buried with the fossil."),
    _c("after_mgr", "Blessed by Mgr. Aupetit, {F} was carried through Lourdes."),
    _c("after_m_euro", "With a budget of 40 M€, {F} was the council's main project."),
    _c("after_incl_tax", "At €12 incl. tax, {F} was cheaper than in Lyon."),
    _c(
        "after_court_citation",
        "In its ruling (Cass. crim., 12 March 2024), the court said {F} was unlawful.",
    ),
    _c("after_case_number", "In case n° 23/0145, {F} was struck out by the Lille court."),
    _c(
        "before_post_signature",
        "{F} is cancelled tonight. — Mairie de Lyon (@Lyon) March 3, 2025",
        "paragraph",
        start=True,
    ),
    _c(
        "after_thread_counter",
        "1/4 {F} was voted on by the council tonight.",
        "paragraph",
        start=True,
    ),
    _c("after_read_also", "READ ALSO: {F} in the Var floods", "paragraph", start=True),
    _c("title_case_court", "Lille Court Clears {F} of Fraud", "paragraph", case="title"),
    _c(
        "title_case_council",
        "Grenoble Council Elects {F} as Deputy Mayor",
        "paragraph",
        case="title",
    ),
    _c("caps_hail", "HAILSTORM RUINS {F} IN BEAUJOLAIS", "paragraph", case="upper"),
    _c("league_table_line", "1. Lens 45 pts\n2. {F} 41 pts", "paragraph", start=True),
    _c("forecast_list", "- Tomorrow: {F}, 24°C\n- Sunday: rain", "paragraph"),
    _c(
        "museum_rooms",
        "When the Musée d'Orsay reopened its rooms, {F} was the first thing visitors saw.",
    ),
    _c("fossil_quarry", "In the Jura quarry, {F} was dug out beside the bones."),
    _c("after_aka", "Jean Roux, a.k.a. the Baker, said {F} was fair."),
    _c("negative_pokora", "Asked about the gala, the singer M. Pokora said {F} was overdue."),
    _c(
        "negative_ewe_heir_unesco",
        "At the fair, a ewe, an heir to a UNESCO-listed estate and {F} drew crowds.",
    ),
    _c("negative_siren", "The firm (SIREN 552 100 554) said {F} was under review."),
    _c("negative_mrna_start", "mRNA vaccines and {F} were discussed at the CNRS.", "paragraph"),
)
HELD_OUT_17_SPACE = (
    _c("after_added_minute", "Martin scored at 45'+2{F}; Lille never recovered."),
    _c("after_tiebreak", "She won 6-4, 7-6 (7-5){F}, her first title on clay."),
    _c("after_et_al", "The fossil was described by Moreau et al.{F}, who dated it."),
    _c("after_m_euro", "The tram line costs 40 M€{F}; the region pays half."),
    _c("after_per_mille", "The legal limit is 0.5‰{F}; he was at 1.2‰."),
    _c("after_time_zone", "The final starts at 21:00 CET{F}, on France 2."),
    _c("after_kwh", "Power now costs €0.25/kWh{F}; bills will rise."),
    _c("before_bang_question", "Lens lost at home again{F}!? The fans are furious."),
    _c("after_paren_ellipsis", "The mayor listed the roads, the schools (…){F}; it took an hour."),
    _c("after_case_number", "The case, n° 23/0145{F}, was heard in Lille."),
    _c("after_mgr", "The mass was said by Mgr. Aupetit{F}, the former archbishop."),
    _c("read_also_label", "Read also{F}: in the Var, a town counts the cost", "paragraph"),
    _c("thread_counter", "The council voted against it (1/3){F}: here is why.", "paragraph"),
    _c("score_label", "Final score{F}: Lens 2, Lille 1", "paragraph"),
    _c("after_century_abbrev", "The chapel dates from the 12th c.{F}; the tower is newer."),
    _c("title_case_question", "Can Lens Win the Title Again{F}?", "paragraph"),
    _c("caps_quote_label", "DEFENCE LAWYER{F}: “MY CLIENT IS INNOCENT”", "paragraph", case="upper"),
    _c("after_paren_percent", "Turnout was low (38.2%){F}; the mayor won anyway."),
    _c("negative_map_scale", "Use a map at 1 : 25,000{F}; the trail is badly marked."),
    _c("negative_nose_smiley", "Thanks for the photos :-) The hail{F}, luckily, spared the vines."),
)
HELD_OUT_17_SENTENCE = tuple(
    replace(c, openers=OPENERS_17)
    for c in (
        _c("after_added_minute", "Martin scored at 45'+2. {F} never recovered."),
        _c("after_tiebreak", "She won 6-4, 7-6 (7-5). {F} rose to applaud."),
        _c("after_et_al", "The fossil was described by Moreau et al. {F} dated it later."),
        _c("after_mgr", "The mass was said by Mgr. Aupetit. {F} knelt in the rain."),
        _c("after_m_euro", "The new tram line will cost 40 M€. {F} swore to cut it."),
        _c("after_per_mille", "His blood alcohol was 1.2‰. {F} shook their heads."),
        _c("after_time_zone", "The final started at 21:00 CET. {F} arrived early."),
        _c("after_kwh", "Power now costs €0.25/kWh. {F} foresaw it in May."),
        _c("after_case_number", "The case is n° 23/0145. {F} withdrew it on Monday."),
        _c("after_court_citation", "The court relied on Cass. crim., 12 March 2024. {F} appealed."),
        _c("after_century_abbrev", "The chapel dates from the 12th c. {F} restored its roof."),
        _c("after_bros", "The film was made by Warner Bros. {F} hated the ending."),
        _c(
            "after_post_signature",
            "The fireworks are cancelled. — Mairie de Lyon (@Lyon) March 3, 2025\n{F} went home.",
            "paragraph",
        ),
        _c(
            "after_thread_counter",
            "1/3 The council voted against the plan.\n2/3 {F} wanted a referendum.",
            "paragraph",
        ),
        _c(
            "after_read_also",
            "READ ALSO: Floods in the Var\n{F} spent the night on roofs.",
            "paragraph",
        ),
        _c(
            "after_league_table",
            "1. Lens 45 pts\n2. Lille 41 pts\n{F} predicted a close finish.",
            "paragraph",
        ),
        _c(
            "after_score_label",
            "Final score: Lens 2, Lille 1\n{F} celebrated until dawn.",
            "paragraph",
        ),
        _c("after_forecast_line", "Sunday: hail, 14°C\n{F} warned of more storms.", "paragraph"),
        _c("after_bang_plural", "What a comeback for Lens! {F} sang all night."),
        _c("after_bang_short", "Hail in July! {F} could not believe it."),
        _c("after_name_number", "The show opened in Hall 6. {F} queued at dawn."),
        _c("after_name_number_irregular", "The case was heard in Room 3. {F} forgave him."),
        _c(
            "after_source_paren",
            "Turnout was 38.2% (source: Interior Ministry). {F} expected more.",
        ),
        _c("after_percent_range", "Support for the tram is 45-48%. {F} doubted the poll."),
        _c("after_hour_range", "Polling stations are open 8h-20h. {F} brought their ID."),
        _c("after_two_hashtags", "The post read #Lens #RCL. {F} shared it all night."),
        _c("after_quoted_bang_title", "The play is called “Enough!”. {F} walked out."),
        _c("negative_et_al_mid", "Moreau et al. found the bones in 2019. {F} doubted it."),
        _c(
            "negative_incl_pa_aka",
            "Tickets cost €12 incl. tax, up 3% p.a. since 2020. Jean Roux, a.k.a. the Baker, "
            "sold them. {F} paid.",
        ),
        _c(
            "negative_easyjet_mrna",
            "easyJet cancelled 40 flights. mRNA research went on. {F} stayed home.",
            "paragraph",
        ),
        _c(
            "negative_hard_wrap_comma",
            "The council, which met\nin March, rejected the tram,\nwhich cost too much. {F} left.",
            "paragraph",
        ),
        _c(
            "negative_pokora_mgr",
            "The singer M. Pokora met Mgr. Aupetit in Lourdes. {F} filmed them.",
        ),
    )
)

# An eighteenth held-out batch, written in session 31 (round 16) before any fix it measures, without
# running the stage or the eval on it and without reading the stage's rules: topics no batch had (a
# time trial's times, the Hospices de Beaune wine auction, the Douai court of appeal, the Mistral in
# Marseille, snow in the Pyrenees, a château of Louis XIV, a group's half-year sales, rents, a
# refuge's altitude, a health study, a cup tie on penalties); sentence ends after shapes no batch
# closed a sentence with (a race time `1h02'13''.`, `980 hPa.`, `35 ha.`, `38 t.`, `ibid.`, a name
# with a particle `Gen. de Gaulle.`, `Jean d'Ormesson.`, `Ursula von der Leyen.`, `Louis XIV.`, a
# date `17/11/2024.`, `H1 2024.`, `+1.8%.`, `St-Étienne.`, `2,450 m.`, `Pr. Delfraissy.`,
# `(4-3 on pens).`, `15th c.`, `18:40 CEST.`); after lines no batch had (a `VIDEO.` headline, a
# `Published on ... at 14:05` line, a byline `By ..., in Rennes`, a photo credit line, a lettered
# list's `b)`, a dialogue's en dash, a signature line ending in `14 Jan 2025`, a `2/2` counter);
# round 15's leftovers in new wordings (a plural noun after `!`, a signature ending in a date, a
# thread counter, `15th c.`, `CEST.`); the phrase kinds after `VIDEO.`, `LIVE -`, a byline, a
# published line, a photo credit, `Gen. de Gaulle,`, `von der Leyen`, a race time, `980 hPa,`,
# `Pr.`, `a)`, `ibid., p. 12),`, `H1 2024,`, `Louis XIV,`, `St-Étienne,`, `+3.2%`, in title-case and
# capitals headlines and an `EXCLUSIVE.` one; negatives inside the snippets that must stay (`an
# SNCF strike`, `an MEP`, a postcode `33000 Bordeaux`, the channel `M6`, particles `de Villepin`,
# `von der Leyen`, `approx. 40`, a spaced ellipsis ` … ` in a quote, `.NET` and the `.fr` domain,
# `pH` opening a paragraph, `Yahoo! readers`, an inline list `a) soup; b) fish`).
OPENERS_18 = ("the bidders", "snowploughs", "the prosecution", "wine lovers", "the peloton",
              "its author", "mountain guides", "half of them", "auctioneers",
              "the residents")  # fmt: skip
HELD_OUT_18_PHRASE = (
    _c("after_video_label", "VIDEO. {F} was filmed leaving the Douai court.", "paragraph",
       start=True),
    _c("after_live_dash", "LIVE - {F} is expected at the auction at 14:00", "paragraph",
       start=True),
    _c("after_byline", "By Anne-Claire Le Gall, in Rennes\n{F} was the talk of the market.",
       "paragraph", start=True),
    _c("after_published_line", "Published on 12/03/2024 at 14:05\n{F} was confirmed by the "
       "prefecture.", "paragraph", start=True),
    _c("after_photo_credit", "Photo: Jean Dupont / AFP\n{F} was seen near the Old Port.",
       "paragraph", start=True),
    _c("after_gen_de_gaulle", "On Place Gen. de Gaulle, {F} was set up for the night."),
    _c("after_von_der_leyen", "In Brussels, Ursula von der Leyen said {F} was a matter for Paris."),
    _c("after_race_time", "Finishing in 1h02'13'', {F} took the yellow jersey."),
    _c("after_hpa", "With pressure down to 980 hPa, {F} was expected by evening."),
    _c("after_pr_title", "Questioned by Pr. Delfraissy, {F} was described as stable."),
    _c("after_lettered_list", "a) {F} was approved\nb) The budget was not", "paragraph",
       start=True),
    _c("after_ibid", "As the report notes (ibid., p. 12), {F} was never funded."),
    _c("after_half_year", "In H1 2024, {F} was the group's best performer."),
    _c("after_roman_numeral", "Under Louis XIV, {F} was built beside the château."),
    _c("after_st_abbrev", "In St-Étienne, {F} was voted down by the council."),
    _c("after_plus_percent", "Up +3.2% on the year, {F} was the only good news."),
    _c("title_case_auction", "Beaune Wine Auction: {F} Sold for a Record", "paragraph",
       case="title"),
    _c("caps_snow", "SNOW IN THE PYRENEES: {F} CUT OFF", "paragraph", case="upper"),
    _c("exclusive_headline", "EXCLUSIVE. {F} Speaks Out After the Verdict", "paragraph",
       start=True, case="title"),
    _c("negative_sncf_mep", "An SNCF strike and an MEP's visit meant {F} was delayed."),
    _c("negative_postcode", "Its office (12 rue Sainte-Catherine, 33000 Bordeaux) said {F} "
       "was closed."),
    _c("negative_m6_particle", "Speaking on M6, Dominique de Villepin said {F} was a scandal."),
    _c("negative_approx", "Pr. Delfraissy said approx. 40 beds and {F} were ready."),
)  # fmt: skip
HELD_OUT_18_SPACE = (
    _c("after_hpa", "Pressure fell to 980 hPa{F}; the Mistral rose."),
    _c("after_race_time", "He won in 1h02'13''{F}, a new record."),
    _c("after_particle_name", "The prize went to Jean d'Ormesson{F}; his widow accepted it."),
    _c("after_video_label", "VIDEO{F}: the Mistral tears roofs off in Marseille", "paragraph"),
    _c("after_half_year", "Sales rose in H1 2024{F}; margins fell."),
    _c("after_hectares", "The fire burned 35 ha{F}, mostly scrub."),
    _c("after_ibid", "The figure is quoted ibid.{F}, on page 12."),
    _c("after_snow_cm", "Up to 80 cm of snow fell in Barèges{F}! The resorts opened early."),
    _c("after_plus_percent", "Prices rose +3.2%{F}; rents +1.8%."),
    _c("after_tonnes", "The lorry carried 38 t{F}, far above the limit."),
    _c("interview_question", "Your reaction to the verdict{F}?\n– Relief, above all.",
       "paragraph"),
    _c("after_roman_numeral", "The château was built under Louis XIV{F}; it burned in 1871."),
    _c("after_date_slash", "The auction was held on 17/11/2024{F}, in Beaune."),
    _c("after_st_abbrev", "The match is in St-Étienne{F}; kick-off at 21:00."),
    _c("title_case_colon", "Douai Court of Appeal{F}: Sentence Halved", "paragraph"),
    _c("caps_question", "WHO WILL BUY THE BARREL{F}?", "paragraph", case="upper"),
    _c("after_altitude", "The refuge sits at 2,450 m{F}; it opens in June."),
    _c("negative_quote_ellipsis", "“We will rebuild … slowly,” the mayor said{F}; no one clapped."),
    _c("negative_dot_net", "The app was rewritten in .NET{F}; it crashes less."),
    _c("negative_dot_fr", "Sales of the .fr domain rose{F}; .com fell."),
)  # fmt: skip
HELD_OUT_18_SENTENCE = tuple(
    replace(c, openers=OPENERS_18)
    for c in (
        _c("after_race_time", "Pogačar won in 1h02'13''. {F} could not keep up."),
        _c("after_hpa", "Pressure fell to 980 hPa. {F} stayed in port."),
        _c("after_hectares", "The fire burned 35 ha. {F} were evacuated."),
        _c("after_tonnes", "The lorry carried 38 t. {F} blocked the road."),
        _c("after_ibid", "The same figure appears ibid. {F} disputed it."),
        _c("after_gen_de_gaulle", "The stage finished on Place Gen. de Gaulle. {F} crossed it."),
        _c("after_particle_name", "The prize went to Jean d'Ormesson. {F} applauded."),
        _c("after_von_der_leyen", "It was signed by Ursula von der Leyen. {F} welcomed it."),
        _c("after_roman_numeral", "The château was built for Louis XIV. {F} visit it in summer."),
        _c("after_date_slash", "The auction was held on 17/11/2024. {F} bid by phone."),
        _c("after_half_year", "Sales rose in H1 2024. {F} expected less."),
        _c("after_plus_percent", "Rents rose +1.8%. {F} protested."),
        _c("after_st_abbrev", "The final is in St-Étienne. {F} travelled by train."),
        _c("after_altitude", "The refuge sits at 2,450 m. {F} reached it at noon."),
        _c("after_pr_abbrev", "The study was led by Pr. Delfraissy. {F} questioned it."),
        _c("after_pens", "Nantes won 1-1 (4-3 on pens). {F} invaded the pitch."),
        _c("after_century_abbrev", "The vat dates from the 15th c. {F} still use it."),
        _c("after_summer_time_zone", "The auction ended at 18:40 CEST. {F} went home."),
        _c("after_bang_plural", "Snow in June! {F} came out at dawn."),
        _c("after_video_line", "VIDEO. The Mistral tears roofs off in Marseille\n{F} filmed "
           "the damage.", "paragraph"),
        _c("after_published_line", "Published on 17/11/2024 at 14:05\n{F} bid a record sum.",
           "paragraph"),
        _c("after_byline", "By Anne-Claire Le Gall, in Rennes\n{F} gathered outside the court.",
           "paragraph"),
        _c("after_photo_credit", "Photo: Jean Dupont / AFP\n{F} queued for hours.", "paragraph"),
        _c("after_lettered_list", "a) The barrel sold for €810,000.\nb) {F} paid in cash.",
           "paragraph"),
        _c("after_dialogue_dash", "– Will you appeal?\n– {F} will decide, said the lawyer.",
           "paragraph"),
        _c("after_signature_date", "Roads are closed. — Météo-France (@meteofrance) 14 Jan "
           "2025\n{F} stayed home.", "paragraph"),
        _c("after_thread_counter", "1/2 The auction raised €15m.\n2/2 {F} gave it to the "
           "hospital.", "paragraph"),
        _c("negative_ph_start", "pH levels in the lake fell. {F} were worried.", "paragraph"),
        _c("negative_yahoo", "The story led Yahoo! readers to protest. {F} did too."),
        _c("negative_abbrev_mid", "Approx. 40 riders met Gen. de Gaulle's grandson. {F} filmed "
           "it."),
        _c("negative_particles_mid", "Ursula von der Leyen met Dominique de Villepin. {F} "
           "watched."),
        _c("negative_inline_list", "The menu: a) soup; b) fish; c) cheese. {F} ate it all."),
    )
)  # fmt: skip

# A nineteenth held-out batch, written in session 32 (round 17) before any fix it measures, without
# running the stage or the eval on it and without reading the stage's rules: surroundings no batch
# had (tables as text with pipes and tabs, a category label before a pipe, checkbox `[x]` and arrow
# `→` lists, a roman `(i)`/`(ii)` list inside a sentence, a list whose items end in semicolons, an
# agency line `Le Monde with AFP`, a `Reading time: 3 min` line, a byline as name and role, a
# quote's attribution line, a capitals score headline); sports scores (`PSG 3-1 OM`, `24-18`, a
# half-time `(1-0)`, `HT:`, `No. 10`, a substitute's `78'`, `16 golds`); legal references
# (`Art. L. 121-1`, `Law No. 2024-42`, `Hirst v. the United Kingdom`, `application no. 12345/19`);
# code-like tokens (`parse_url()`, `budget_2025.xlsx`); `€150k`, `3 pts`, a department `(33)`,
# `[…]`, a plural noun after `!` in a new wording; negatives inside the snippets that must stay
# (`J.-M. Le Pen`, `Formula One`, `an NBA star`, a spreadsheet's `=ROUND(C4,2)`, a text table's
# columns `2023 812`, Python's `:=`, CSS's `!important`, a ternary `x ? y : z`, chess moves
# `1. e4 e5`, `easyJet` and `npm` opening a paragraph, `v. the United Kingdom`).
OPENERS_19 = ("the tenants", "subscribers", "the home fans", "its editor", "developers",
              "the magistrates", "three of them", "most readers", "the away side",
              "bettors")  # fmt: skip
HELD_OUT_19_PHRASE = (
    _c("after_pipe_category", "Strikes | {F} brings Marseille to a halt", "paragraph",
       start=True),
    _c("table_pipe_row", "Item | Cost\n{F} | €2.4m", "paragraph", start=True),
    _c("table_tab_row", "Name\tRole\n{F}\tspokesperson", "paragraph", start=True),
    _c("after_score_colon", "PSG 3-1 OM: {F} decided the match."),
    _c("after_half_time_score", "At half-time (1-0), {F} was already the story."),
    _c("after_legal_article", "Under Art. L. 121-1 of the Consumer Code, {F} was banned."),
    _c("after_law_number", "Under Law No. 2024-42 of 26 January 2024, {F} was tightened."),
    _c("after_agency_line", "Le Monde with AFP\n{F} was confirmed on Monday.", "paragraph",
       start=True),
    _c("after_reading_time", "Reading time: 3 min\n{F} was at the heart of the debate.",
       "paragraph", start=True),
    _c("after_byline_role", "Marie Dupuis, Lyon correspondent\n{F} was the talk of the fair.",
       "paragraph", start=True),
    _c("list_checkbox", "[x] {F} was signed\n[ ] The budget was voted", "paragraph",
       start=True),
    _c("list_arrow", "→ {F} is on the agenda\n→ The vote is on Monday", "paragraph",
       start=True),
    _c("inline_roman_list", "The deal: (i) {F} was approved; (ii) the rest was not."),
    _c("after_jersey_number", "Wearing No. 10, {F} was booed by the Vélodrome."),
    _c("after_k_euro", "With a bonus of €150k, {F} was the best paid."),
    _c("after_department_paren", "In the Gironde (33), {F} was hit hardest."),
    _c("after_quote_attribution_line", "“We will not give in.” — Élisabeth Borne\n{F} was "
       "debated all night.", "paragraph", start=True),
    _c("caps_score_headline", "FOOTBALL: {F} STUNS PSG 2-1", "paragraph", case="upper"),
    _c("title_case_legal", "Council of State Rules on {F}", "paragraph", case="title"),
    _c("negative_initials_le_pen", "Asked about J.-M. Le Pen, {F} was not mentioned."),
    _c("negative_formula_one_nba", "At the Formula One race, an NBA star said {F} was a "
       "factor."),
    _c("negative_spreadsheet_formula", "The sheet used =ROUND(C4,2) and showed {F} was due."),
    _c("negative_text_table_columns", "Visitors (thousands)\n2023 812\n2024 905\n{F} was the "
       "surprise.", "paragraph", start=True),
)  # fmt: skip
HELD_OUT_19_SPACE = (
    _c("table_pipe_question", "Is it legal{F}? | Yes, since 2021", "paragraph"),
    _c("list_semicolon_items", "- bread{F};\n- milk{F};\n- eggs.", "paragraph"),
    _c("quote_bang_headline", "“Never again{F}!”: the cry of the flood victims", "paragraph"),
    _c("inside_quote_bang", "He shouted “Enough{F}!” and left the room."),
    _c("half_time_label", "HT{F}: PSG 1-0 OM", "paragraph"),
    _c("after_score_dash", "Toulouse won 24-18{F}; Clermont stay fourth."),
    _c("after_legal_article", "See Art. L. 121-1{F}; see also Art. R. 121-2."),
    _c("after_law_number", "Law No. 2024-42{F}: what changes for tenants", "paragraph"),
    _c("after_code_call", "The bug was in parse_url(){F}; it is fixed."),
    _c("after_file_name", "The leak came from budget_2025.xlsx{F}: 40,000 names."),
    _c("after_etc_paren", "The stalls (cheese, wine, etc.){F}; all sold out."),
    _c("after_medal_count", "France won 16 golds{F}! A record."),
    _c("after_k_euro", "The bonus was €150k{F}; the union was furious."),
    _c("after_jersey_number", "He wears No. 10{F}; his son wears 7."),
    _c("caps_legal_headline", "JUSTICE{F}: THE COUNCIL OF STATE SUSPENDS THE DECREE",
       "paragraph", case="upper"),
    _c("after_department_paren", "The fire is in the Gironde (33){F}; 200 homes are empty."),
    _c("title_case_score_bang", "Brest Stun PSG 2-1{F}!", "paragraph"),
    _c("negative_walrus_operator", "Python 3.8 added the := operator{F}; purists hated it."),
    _c("negative_css_important", "Designers overuse !important{F}; pages get slower."),
    _c("negative_ternary", "The patch turned x ? y : z into an if{F}; the leak stopped."),
)  # fmt: skip
HELD_OUT_19_SENTENCE = tuple(
    replace(c, openers=OPENERS_19)
    for c in (
        _c("after_pipe_table", "Lens | 45 pts\nLille | 41 pts\n{F} expect a close finish.",
           "paragraph"),
        _c("after_tab_table", "2023\t812\n2024\t905\n{F} expected more.", "paragraph"),
        _c("after_score_line", "PSG 3-1 OM\n{F} celebrated on the Champs-Élysées.",
           "paragraph"),
        _c("after_score_dash", "Toulouse won 24-18. {F} booed the referee."),
        _c("after_half_time_paren", "PSG led at half-time (1-0). {F} left early."),
        _c("after_legal_article", "It is set out in Art. L. 121-1. {F} may appeal."),
        _c("after_law_number", "It was created by Law No. 2024-42. {F} must comply by June."),
        _c("after_case_versus", "The ruling cited Hirst v. the United Kingdom. {F} disagreed."),
        _c("after_application_number", "The case is application no. 12345/19. {F} lodged it in "
           "2019."),
        _c("after_code_call", "The bug sat in parse_url(). {F} patched it overnight."),
        _c("after_file_name", "The leak came from budget_2025.xlsx. {F} were told on Monday."),
        _c("after_k_euro", "The bonus was €150k. {F} called it indecent."),
        _c("after_points_abbrev", "Turnout fell 3 pts. {F} blamed the rain."),
        _c("after_jersey_number", "He wears No. 10. {F} chant his name."),
        _c("after_minute_mark", "He came on at 78'. {F} rose to their feet."),
        _c("after_department_paren", "The fire is in the Gironde (33). {F} were evacuated."),
        _c("after_bracket_ellipsis", "He went on about taxes […]. {F} stopped listening."),
        _c("after_bang_plural", "Hail in May! {F} lost their crops."),
        _c("after_agency_line", "Le Monde with AFP\n{F} read it first.", "paragraph"),
        _c("after_reading_time", "Reading time: 3 min\n{F} skip to the end.", "paragraph"),
        _c("after_byline_role", "Marie Dupuis, Lyon correspondent\n{F} met the mayor.",
           "paragraph"),
        _c("after_pipe_headline", "Strikes | Marseille at a standstill\n{F} walked to work.",
           "paragraph"),
        _c("after_checkbox_list", "[x] The rent\n[ ] The charges\n{F} must pay both.",
           "paragraph"),
        _c("after_arrow_item", "→ Strike on Thursday.\n→ {F} will march in Paris.",
           "paragraph"),
        _c("after_roman_list", "They owe (i) the rent; (ii) the charges. {F} refuse to pay."),
        _c("after_semicolon_list", "- bread;\n- milk;\n- eggs.\n{F} queued for an hour.",
           "paragraph"),
        _c("after_quote_attribution_line", "“We will not give in.” — Élisabeth Borne\n{F} "
           "expected it.", "paragraph"),
        _c("after_caps_score_headline", "PSG CRUSH OM 4-0\n{F} sang until dawn.", "paragraph"),
        _c("negative_chess_moves", "The game opened 1. e4 e5 2. Nf3. {F} resigned at move 40."),
        _c("negative_easyjet_start", "easyJet cancelled 40 flights. {F} were stranded.",
           "paragraph"),
        _c("negative_versus_mid", "In Hirst v. the United Kingdom the court ruled for him. {F} "
           "cheered."),
        _c("negative_npm_start", "npm was down for an hour. {F} could not deploy.", "paragraph"),
    )
)  # fmt: skip

# A twentieth held-out batch, written in session 33 (round 18) before any fix it measures, without
# running the stage or the eval on it and without reading the stage's rules: surroundings no batch
# had (an e-mail's `From:` and `Subject:` lines, a chat log's `[14:02] Léa:` lines, a transcript's
# speaker label in capitals and its cues `(Applause.)`, `[laughs]`, `[inaudible]`, an `Update,
# 15:40` line, a `Correction:` note, a table of contents with dot leaders, a bibliography entry, a
# podcast's `S02E05 –` line, a `Tags:` line, a `TL;DR:` line, an `[Image: ...]` placeholder, an
# `Advertisement` line, a `P.S.` line, a job ad's `Salary:` line); sentence ends after shapes no
# batch closed a sentence with (`Station Rd.`, `Trafalgar Sq.`, `the Sales Dept.`, `2nd ed.`,
# `3 tbsp.`, `104°F.`, `128 bpm.`, `64 GB.`, `iOS 17.4.`, `the 1980s.`, `1914–1918.`, `(EPA: AIR).`,
# `14:00 UTC.`, an ISBN, a DOI); the phrase and space kinds in the same surroundings (`Capt.`,
# `Sq.,`, `2nd ed.,`, `98.6°F`, `120 bpm`, `300 Mbps`, `ch. 4`, `€38k`); negatives inside the
# snippets that must stay (`bell hooks` mid-sentence and opening a paragraph, `macOS` opening a
# paragraph, `feat. Aya Nakamura`, `Capt. Le Goff and Rev. Jones` mid-sentence, Slack's ` :fire:`
# and ` :thumbsup:`, the dotfiles `.gitignore` and `.env`, a shell's `cd ..`, a `TL;DR:` line in
# lower case, `Rev. A. Jones`).
OPENERS_20 = ("the listeners", "applicants", "the landlord", "its producer", "the crew",
              "first-time buyers", "each of them", "the organisers", "shift workers",
              "the cast")  # fmt: skip
HELD_OUT_20_PHRASE = (
    _c("after_email_subject", "From: Press Office\nSubject: {F} postponed to June",
       "paragraph", start=True),
    _c("after_chat_time", "[14:02] Léa: {F} is cancelled, sorry", "paragraph", start=True),
    _c("after_speaker_label", "MAYOR: {F} was never on the table.", "paragraph", start=True),
    _c("after_update_time", "Update, 15:40: {F} was confirmed by the prefecture.",
       "paragraph", start=True),
    _c("after_correction_label", "Correction: an earlier version of this article said {F} "
       "was in May.", "paragraph"),
    _c("toc_dot_leaders", "Contents\n1. {F} ........ 4\n2. The budget ........ 9",
       "paragraph", start=True),
    _c("bibliography_title", "Moreau, J. (2021). {F} and the Republic. Paris: Seuil.",
       "paragraph", start=True),
    _c("after_episode_code", "S02E05 – {F} and what came after", "paragraph", start=True),
    _c("tags_line", "Tags: {F}, Lyon, budget", "paragraph", start=True),
    _c("tldr_line", "TL;DR: {F} was approved, the rest was not.", "paragraph", start=True),
    _c("image_placeholder", "[Image: {F} at the town hall]", "paragraph", start=True),
    _c("after_applause_cue", "(Applause.) {F} was the first thing he mentioned.", start=True),
    _c("after_laughs_cue", "“Never [laughs]. {F} was a joke,” she said.", start=True),
    _c("after_square_abbrev", "Outside Trafalgar Sq., {F} was read aloud."),
    _c("after_capt_title", "Asked by Capt. Dreyfus, {F} was described as routine."),
    _c("after_edition_abbrev", "In its 2nd ed., {F} was cut to a footnote."),
    _c("after_fahrenheit", "At 98.6°F, {F} was ruled out by the doctors."),
    _c("after_ticker_paren", "Airbus (EPA: AIR) said {F} was behind schedule."),
    _c("after_year_range", "Between 1914–1918, {F} was never debated."),
    _c("after_bpm", "At 120 bpm, {F} was the summer's hit."),
    _c("title_case_podcast", "Podcast: Why {F} Still Matters", "paragraph", case="title"),
    _c("caps_listing", "FOR SALE: {F} NEAR THE STATION", "paragraph", case="upper"),
    _c("negative_feat_rev", "On the track feat. Aya Nakamura, Rev. A. Jones said {F} was "
       "sampled."),
    _c("negative_bell_hooks", "Quoting bell hooks, the lecturer said {F} was overdue."),
    _c("negative_slack_shortcode", "The post got 40 :fire: reactions and said {F} was over."),
    _c("negative_dotfile", "The .gitignore file listed {F} as a secret."),
)  # fmt: skip
HELD_OUT_20_SPACE = (
    _c("after_email_subject", "Subject{F}: the Lyon budget", "paragraph"),
    _c("chat_question", "[14:02] Léa: are you coming{F}?", "paragraph"),
    _c("speaker_label", "MAYOR{F}: No comment.", "paragraph"),
    _c("update_label", "Update{F}: the road has reopened.", "paragraph"),
    _c("tldr_label", "TL;DR{F}: nothing changes for tenants", "paragraph"),
    _c("after_chapter_ref", "See ch. 4{F}; also para. 3."),
    _c("after_bpm", "The track runs at 120 bpm{F}; the crowd loved it."),
    _c("after_mbps", "Speeds reach 300 Mbps{F}! The town waited years for it."),
    _c("after_fahrenheit", "His temperature was 101°F{F}; he was sent home."),
    _c("after_doi", "The paper is doi:10.1000/182{F}; cite it as such."),
    _c("after_ticker_paren", "Airbus (EPA: AIR){F}, up 2%, led the index."),
    _c("after_year_range", "He served in 1914–1918{F}; he never spoke of it."),
    _c("version_headline", "iOS 17.4{F}: what's new", "paragraph"),
    _c("after_edition_abbrev", "The quote is in the 2nd ed.{F}, on page 40."),
    _c("after_salary", "Salary: €38k{F}; start date in May.", "paragraph"),
    _c("after_applause_paren", "He paused (applause){F}; then he went on."),
    _c("caps_urgent", "URGENT{F}: THE MEETING IS CANCELLED", "paragraph", case="upper"),
    _c("title_case_question", "Is the Fourth Lane Worth It{F}?", "paragraph"),
    _c("negative_shell_parent", "He typed cd .. and ls{F}; the folder was empty."),
    _c("negative_slack_shortcode", "She replied :thumbsup: and left{F}; no one else answered."),
    _c("negative_dotfile", "The key sat in a .env file{F}; the leak followed."),
)  # fmt: skip
HELD_OUT_20_SENTENCE = tuple(
    replace(c, openers=OPENERS_20)
    for c in (
        _c("after_email_subject", "Subject: Lyon budget\n{F} voted against it.", "paragraph"),
        _c("after_email_from", "From: Press Office <press@lyon.fr>\n{F} received it on Monday.",
           "paragraph"),
        _c("after_chat_line", "[14:02] Léa: On my way\n{F} waited an hour.", "paragraph"),
        _c("after_speaker_label", "MAYOR: No comment.\n{F} left the room.", "paragraph"),
        _c("after_applause_paren", "He thanked the firemen (applause). {F} stood up."),
        _c("after_applause_line", "We will rebuild.\n(Applause.)\n{F} rose to their feet.",
           "paragraph"),
        _c("after_inaudible", "The rest of his answer was [inaudible]. {F} asked him to repeat "
           "it."),
        _c("after_update_line", "Update, 15:40\n{F} confirmed the road is open.", "paragraph"),
        _c("after_correction_note", "Correction: this article first gave the wrong date.\n{F} "
           "pointed it out.", "paragraph"),
        _c("after_toc_line", "Contents\n1. The budget ........ 4\n2. The vote ........ 9\n{F} "
           "will find the tables at the end.", "paragraph"),
        _c("after_bibliography", "Moreau, J. (2021). The Republic. Paris: Seuil.\n{F} cite it "
           "often.", "paragraph"),
        _c("after_isbn", "The book is ISBN 978-2-02-130451-0. {F} ordered it."),
        _c("after_doi", "The study is doi:10.1000/182. {F} checked it."),
        _c("after_tags_line", "Tags: Lyon, budget, tram\n{F} can follow these topics.",
           "paragraph"),
        _c("after_image_placeholder", "[Image: the flooded square]\n{F} waded across it.",
           "paragraph"),
        _c("after_advert_line", "Advertisement\n{F} had seen it coming.", "paragraph"),
        _c("after_ps_line", "P.S. The market moves to Sunday.\n{F} welcomed the change.",
           "paragraph"),
        _c("after_episode_line", "S02E05 – The landlord\n{F} loved the twist.", "paragraph"),
        _c("after_road_abbrev", "The crash was on Station Rd. {F} slowed down."),
        _c("after_square_abbrev", "The rally ended in Trafalgar Sq. {F} dispersed."),
        _c("after_dept_abbrev", "The complaint went to the Sales Dept. {F} never replied."),
        _c("after_edition_abbrev", "The quote appears in the 2nd ed. {F} missed it."),
        _c("after_tbsp", "The recipe needs 3 tbsp. {F} used more."),
        _c("after_fahrenheit", "It reached 104°F. {F} stayed indoors."),
        _c("after_bpm", "The song runs at 128 bpm. {F} danced all night."),
        _c("after_gigabytes", "The phone has 64 GB. {F} wanted more."),
        _c("after_version", "The fix ships in iOS 17.4. {F} should update."),
        _c("after_decade", "The house was built in the 1980s. {F} bought it in 2020."),
        _c("after_year_range", "He fought in 1914–1918. {F} remember him."),
        _c("after_ticker_paren", "Shares rose at Airbus (EPA: AIR). {F} bought more."),
        _c("after_utc", "The launch is at 14:00 UTC. {F} will watch it live."),
        _c("negative_tldr_lower", "TL;DR: nothing changes\n{F} can relax.", "paragraph"),
        _c("negative_bell_hooks_start", "bell hooks wrote it in 1981. {F} quoted her.",
           "paragraph"),
        _c("negative_macos_start", "macOS 14 broke the plug-in. {F} reverted.", "paragraph"),
        _c("negative_abbrev_names_mid", "Capt. Le Goff and Rev. Jones waited on the quay. {F} "
           "waved."),
        _c("negative_feat_mid", "The hit feat. Aya Nakamura topped the charts. {F} streamed "
           "it."),
    )
)  # fmt: skip

# A twenty-first held-out batch, written in session 33 (a check of round 18) before any run on it,
# without reading the stage, its rules, or round 18's change or tests: line starts of kinds no batch
# had (a setext heading's `=====` line, a `---` rule, a subtitle file's number and timing lines, an
# IRC `<marc>` line, a WhatsApp export's `03/05/2024, 21:14 - Marc:` line, a `[Music]` cue, a
# `[Translated from French]` note, a `Figure 3:` caption, a `Source:` line, an `Edit:` note, a
# `Note:` line, a `WARNING:` line, an `N.B.` line, a quote alone on its line, a nested `>>` quote,
# `Question:`/`Answer:` lines, form lines `Name:`/`Age:`, ✅/❌ and ▪ lists, a log line, a shell
# prompt `$ make deploy`, CSV and markdown table rows, a script's speaker name alone on its line, a
# `— Marc` sign-off, a `(Reporting by ...)` credit, a date line, a `Day 3` line); sentence ends no
# batch closed a sentence with (`Sunset Blvd.`, `Acme Corp.`, `pp. 12–14.`, `CO₂.`, `Velcro™.`,
# `?!`); the phrase and space kinds in the same surroundings; negatives that must stay (`viz.`,
# `e.e. cummings` and `k.d. lang` opening a paragraph, a `www.` line, a `pip install` line, an
# indented code line, a `.45` revolver, a `.pdf` file, vim's `:q`).
OPENERS_21 = ("the nurses", "residents", "the jurors", "the volunteers", "most tenants",
              "the referees", "night-shift staff", "many voters", "the dockers",
              "both teams")  # fmt: skip
HELD_OUT_21_PHRASE = (
    _c("after_setext_heading", "Results\n=======\n{F} was the main topic.", "paragraph",
       start=True),
    _c("after_rule_line", "---\n{F} was announced at noon.", "paragraph", start=True),
    _c("srt_subtitle", "12\n00:01:02,500 --> 00:01:05,000\n{F} was all he talked about.",
       "paragraph", start=True),
    _c("irc_line", "<marc> {F} is on the agenda tonight", "paragraph", start=True),
    _c("whatsapp_line", "03/05/2024, 21:14 - Marc: {F} is off, sorry", "paragraph", start=True),
    _c("after_music_cue", "[Music]\n{F} was the theme of the night.", "paragraph", start=True),
    _c("figure_caption", "Figure 3: {F} in the past decade", "paragraph", start=True),
    _c("source_line", "Source: {F}, 2024 annual report", "paragraph", start=True),
    _c("markdown_table_row", "| Item | Cost |\n|---|---|\n| {F} | €2.4m |", "paragraph",
       start=True),
    _c("emoji_checklist", "✅ {F} adopted\n❌ The tram rejected", "paragraph", start=True),
    _c("question_answer_labels", "Question: was {F} expected?\nAnswer: no.", "paragraph"),
    _c("edit_note", "Edit: {F} was added after the vote.", "paragraph", start=True),
    _c("reuters_credit", "(Reporting by {F}; editing by Anne Martin)", "paragraph"),
    _c("signoff_dash", "— {F}, Lyon", "paragraph", start=True),
    _c("after_blvd", "Near Sunset Blvd., {F} was filmed."),
    _c("after_corp", "According to Acme Corp., {F} was delayed."),
    _c("after_pages", "As noted on pp. 12–14, {F} was debated."),
    _c("after_co2", "At 420 ppm of CO₂, {F} was the worry."),
    _c("after_trademark", "Its Velcro™ strap aside, {F} was the selling point."),
    _c("negative_viz", "Only one item, viz. {F}, was kept."),
    _c("negative_cummings_start", "e.e. cummings wrote of {F} once.", "paragraph"),
    _c("negative_www_start", "www.lyon.fr lists {F} under events.", "paragraph"),
    _c("negative_pip_line", "Install it with:\npip install tram-data\nThe guide covers {F} in "
       "detail.", "paragraph"),
)  # fmt: skip
HELD_OUT_21_SPACE = (
    _c("setext_heading", "Results{F}: a draw\n=================", "paragraph"),
    _c("figure_caption", "Figure 3{F}: rainfall in May", "paragraph"),
    _c("source_label", "Source{F}: INSEE", "paragraph"),
    _c("edit_label", "Edit{F}: typo fixed", "paragraph"),
    _c("note_label", "Note{F}: prices include VAT.", "paragraph"),
    _c("irc_question", "<marc> Anyone at the station{F}?", "paragraph"),
    _c("whatsapp_bang", "03/05/2024, 21:14 - Marc: Made it{F}!", "paragraph"),
    _c("emoji_line", "✅ Budget adopted{F}; tram rejected", "paragraph"),
    _c("markdown_table_cell", "| Status | Closed{F}; reopens Monday |", "paragraph"),
    _c("after_blvd", "It is on Sunset Blvd.{F}; parking is free."),
    _c("after_pages", "See pp. 12–14{F}; the rest is notes."),
    _c("after_co2", "Emissions hit 36 Gt of CO₂{F}! A record."),
    _c("after_trademark", "He bought a Velcro™ strap{F}; it broke."),
    _c("interrobang", "You paid how much{F}?! Nobody believed him."),
    _c("negative_caliber", "It was a .45 revolver{F}; the police kept it."),
    _c("negative_pdf", "Save it as a .pdf file{F}; then send it."),
    _c("negative_vim_quit", "Type :q to quit vim{F}; it always works."),
)  # fmt: skip
HELD_OUT_21_SENTENCE = tuple(
    replace(c, openers=OPENERS_21)
    for c in (
        _c("after_note_line", "Note: prices include VAT.\n{F} paid the full fare.", "paragraph"),
        _c("after_warning_label", "WARNING: the bridge is closed.\n{F} must take the ferry.",
           "paragraph"),
        _c("after_source_line", "Source: INSEE\n{F} were surveyed in May.", "paragraph"),
        _c("after_figure_caption", "Figure 3: Rainfall in May.\n{F} measured it daily.",
           "paragraph"),
        _c("after_edit_note", "Edit: typo fixed.\n{F} spotted it first.", "paragraph"),
        _c("after_whatsapp_line", "03/05/2024, 21:14 - Marc: On my way\n{F} waited at the gate.",
           "paragraph"),
        _c("after_irc_line", "<marc> See you at 8\n{F} never showed up.", "paragraph"),
        _c("after_music_cue", "[Music]\n{F} took their seats.", "paragraph"),
        _c("after_translation_note", "[Translated from French]\n{F} disputed the figures.",
           "paragraph"),
        _c("after_emoji_list", "✅ Budget adopted\n❌ Tram rejected\n{F} voted on both.",
           "paragraph"),
        _c("after_square_bullets", "▪ Lyon\n▪ Nantes\n{F} will host the finals.", "paragraph"),
        _c("after_nb_line", "N.B. Doors open at 7 p.m.\n{F} should arrive early.", "paragraph"),
        _c("after_quote_alone", "“Never again.”\n{F} repeated the slogan.", "paragraph"),
        _c("after_nested_quote", ">> The river is rising.\n> It is.\n{F} moved the cars.",
           "paragraph"),
        _c("after_question_answer_labels", "Question: Will fares rise?\nAnswer: Yes, in May.\n{F} "
           "were not surprised.", "paragraph"),
        _c("after_form_lines", "Name: Marie Dupuis\nAge: 34\n{F} confirmed her details.",
           "paragraph"),
        _c("after_setext_heading", "Results\n=======\n{F} counted until midnight.", "paragraph"),
        _c("after_rule_line", "The vote is over.\n---\n{F} went home.", "paragraph"),
        _c("after_srt_block", "12\n00:01:02,500 --> 00:01:05,000\n{F} never came back.",
           "paragraph"),
        _c("after_log_line", "2024-05-03 09:15:32 INFO Server started\n{F} could log in again.",
           "paragraph"),
        _c("after_shell_prompt", "$ make deploy\n{F} saw the site go live.", "paragraph"),
        _c("after_csv_rows", "City,Votes\nLyon,812\n{F} checked the totals.", "paragraph"),
        _c("after_markdown_table", "| City | Votes |\n|---|---|\n| Lyon | 812 |\n{F} checked the "
           "totals.", "paragraph"),
        _c("after_date_line", "Monday 3 March\n{F} met at the town hall.", "paragraph"),
        _c("after_day_line", "Day 3\n{F} reached the summit.", "paragraph"),
        _c("after_signoff", "See you all on Sunday.\n— Marc\n{F} replied within minutes.",
           "paragraph"),
        _c("after_script_name", "MARIE\nWhere were you?\n{F} laughed.", "paragraph"),
        _c("after_reuters_credit", "(Reporting by Jean Dupont; editing by Anne Martin)\n{F} "
           "declined to comment.", "paragraph"),
        _c("after_blvd", "The parade ended on Sunset Blvd. {F} cheered."),
        _c("after_corp", "The deal went to Acme Corp. {F} objected."),
        _c("after_pages", "The rule is on pp. 12–14. {F} missed it."),
        _c("after_co2", "The plant emits 2 Mt of CO₂. {F} want it shut."),
        _c("after_trademark", "The strap is made of Velcro™. {F} liked it."),
        _c("after_interrobang", "He paid how much?! {F} were stunned."),
        _c("negative_cummings_start", "e.e. cummings wrote it in 1923. {F} read it aloud.",
           "paragraph"),
        _c("negative_kd_lang_start", "k.d. lang sang it in 1992. {F} sang along.", "paragraph"),
        _c("negative_pip_line", "Install it with:\npip install tram-data\n{F} need Python 3.12.",
           "paragraph"),
        _c("negative_www_line", "Tickets:\nwww.lyon.fr/tram\n{F} can also buy them on board.",
           "paragraph"),
        _c("negative_code_line", "The fix was one line:\n    if stock < 0: stock = 0\n{F} shipped "
           "it on Friday.", "paragraph"),
    )
)  # fmt: skip

# A twenty-second held-out batch, written in session 34 (a check of round 18 and the batch before
# round 19) before any run on it, without reading the stage, its rules, or round 18's change or
# tests: line starts of kinds the rounds may miss (a lone `=====` separator, a `---` rule opening
# a paragraph, a `* * *` break, a shell prompt `$ ./publish.sh` and a `marc@server:~$` prompt, a
# quote alone on its line in straight, single and stopless curly quotes, `Table 2:`, `Fig. 4 —`
# and `Photo:` labels, IRC `* anna has joined` and `[21:04] <anna>` lines, `Lyon: 812 votes` and
# `Lyon | 812 | +4%` rows, a hashtag line, a byline, `PARIS (Reuters) -` and `LYON, France —`
# datelines, an `Updated 14:05 GMT` stamp, a stopless subheading, an e-mail `>` quote, a `[1]`
# footnote) and hyphenated openers (OPENERS_22), but mostly ordinary prose (sentence ends after
# a closing quote's question, a parenthesis, metres, the 21st, €1.2bn, 20:00, ‘Heroes’, a dash
# aside, a web address, an e-mail address, the EU; a second sentence inside a quote); negatives
# that must stay (`et al.`, `e.g.`, `vs.`, `mRNA` and `pH` opening a paragraph, `iPhone` opening a
# sentence, a lower-case IRC nick and prompt, `.NET`, a `;-)` wink, `./configure`, `.uk`).
OPENERS_22 = ("part-time workers", "so-called experts", "long-haul drivers", "first-time buyers",
              "the night-shift nurses", "off-duty officers", "the market traders",
              "local farmers", "several witnesses", "most commuters")  # fmt: skip
HELD_OUT_22_PHRASE = (
    _c("after_equals_separator", "=====\n{F} was the main item.", "paragraph", start=True),
    _c("after_rule_posted_in", "Posted in Local\n---\n{F} was approved late on Friday.",
       "paragraph", start=True),
    _c("after_shell_prompt", "$ grep budget notes.txt\n{F} was on page 2.", "paragraph",
       start=True),
    _c("after_quote_alone", "“We are not leaving.”\n{F} was the reply.", "paragraph",
       start=True),
    _c("table_label", "Table 2: {F} by district", "paragraph", start=True),
    _c("photo_credit", "Photo: {F} at the opening", "paragraph", start=True),
    _c("irc_action", "* anna says {F} is back on", "paragraph"),
    _c("pipe_row", "Lyon | {F} | +4%", "paragraph", start=True),
    _c("reuters_dateline", "PARIS (Reuters) - {F} was signed on Monday, officials said.",
       "paragraph", start=True),
    _c("after_byline", "By Marie Dupuis\n{F} was delayed again.", "paragraph", start=True),
    _c("after_hashtag_line", "#GrèveLyon\n{F} was trending by noon.", "paragraph", start=True),
    _c("after_quote_attribution", "“It is over,” she said of {F} on Tuesday."),
    _c("after_ordinal", "On the 21st, {F} was raised again."),
    _c("after_currency", "For €1.2bn, {F} was sold to investors."),
    _c("after_clock_time", "At 14:30 {F} was announced."),
    _c("after_subheading_question", "What happens next?\n{F} is expected in May.", "paragraph",
       start=True),
    _c("figure_abbreviation", "Fig. 4 — {F} over time", "paragraph", start=True),
    _c("email_quote_line", "> On Monday, {F} was discussed.", "paragraph"),
    _c("footnote_line", "[1] {F} was first reported in 2019.", "paragraph", start=True),
    _c("after_web_address", "Details of {F} are on lyon.fr, the city said."),
    _c("negative_et_al", "Dupont et al. linked {F} to the drought."),
    _c("negative_mrna_start", "mRNA research shaped {F} in 2021.", "paragraph"),
    _c("negative_eg", "Some items, e.g. {F}, were cut."),
    _c("negative_versus", "Lyon vs. Nantes overshadowed {F} on Sunday."),
)  # fmt: skip
HELD_OUT_22_SPACE = (
    _c("equals_heading", "Budget{F}: the vote\n==========", "paragraph"),
    _c("shell_output", "$ make test\nAll passed{F}!", "paragraph"),
    _c("table_label", "Table 2{F}: turnout by district", "paragraph"),
    _c("photo_credit", "Photo{F}: AFP", "paragraph"),
    _c("dateline_comma", "LYON{F}, France — The strike ended on Monday.", "paragraph"),
    _c("irc_stamped", "[21:04] <anna> Anyone here{F}?", "paragraph"),
    _c("quote_alone", "“Are we done{F}?”", "paragraph"),
    _c("after_ordinal", "It opens on the 21st{F}; tickets are free."),
    _c("after_currency", "It cost €1.2bn{F}, twice the estimate."),
    _c("after_clock_time", "The polls close at 20:00{F}; results follow."),
    _c("after_unit", "The route is 12 km{F}; most of it is flat."),
    _c("after_elision", "He said […] it was over{F}! Nobody clapped."),
    _c("byline_comma", "By Marie Dupuis{F}, Lyon", "paragraph"),
    _c("hashtag_bang", "Join us at #GrèveLyon{F}!", "paragraph"),
    _c("negative_dotnet", "It runs on the .NET runtime{F}; the app is free."),
    _c("negative_wink", "See you soon ;-) he wrote{F}, then logged off."),
    _c("negative_configure", "Run ./configure first{F}; then run make."),
    _c("negative_uk_domain", "Sites on the .uk domain{F}: most were slow."),
)  # fmt: skip
HELD_OUT_22_SENTENCE = tuple(
    replace(c, openers=OPENERS_22)
    for c in (
        _c("after_equals_separator", "Polls have closed.\n==========\n{F} waited for the count.",
           "paragraph"),
        _c("after_rule_opening", "---\n{F} spoke to reporters.", "paragraph"),
        _c("after_asterisk_break", "The night was long.\n* * *\n{F} returned at dawn.",
           "paragraph"),
        _c("after_shell_prompt", "$ ./publish.sh\n{F} saw the page update.", "paragraph"),
        _c("after_quote_alone_straight", '"We will not back down."\n{F} cheered.', "paragraph"),
        _c("after_quote_alone_single", "‘Enough.’\n{F} nodded.", "paragraph"),
        _c("after_quote_alone_no_stop", "“Never again”\n{F} chanted it all night.",
           "paragraph"),
        _c("after_table_label", "Table 2: Turnout by district\n{F} were counted twice.",
           "paragraph"),
        _c("after_figure_abbreviation", "Fig. 4 — Flood levels, 1990–2024\n{F} checked the "
           "gauges.", "paragraph"),
        _c("after_photo_credit", "Photo: AFP\n{F} gathered outside.", "paragraph"),
        _c("after_irc_join", "* anna has joined #lyon\n{F} said hello.", "paragraph"),
        _c("after_irc_stamped", "[21:04] <anna> brb\n{F} kept talking.", "paragraph"),
        _c("after_label_rows", "Lyon: 812 votes\nNantes: 640 votes\n{F} disputed the count.",
           "paragraph"),
        _c("after_pipe_row", "Lyon | 812 | +4%\n{F} asked for a recount.", "paragraph"),
        _c("after_hashtag_line", "#GrèveLyon\n{F} joined the march.", "paragraph"),
        _c("after_byline", "By Marie Dupuis\n{F} stayed home on Monday.", "paragraph"),
        _c("after_dash_dateline", "LYON, France — {F} marched on Monday.", "paragraph"),
        _c("after_reuters_dateline", "PARIS (Reuters) - {F} walked out on Monday.",
           "paragraph"),
        _c("after_updated_stamp", "Updated 14:05 GMT\n{F} are still waiting.", "paragraph"),
        _c("after_subheading", "Why the strike matters\n{F} explain in their own words.",
           "paragraph"),
        _c("after_email_quote", "On Monday, Marc wrote:\n> See you at the depot.\n{F} never "
           "came.", "paragraph"),
        _c("after_footnote", "[1] Figures from INSEE.\n{F} published them in May.",
           "paragraph"),
        _c("after_quoted_question", "He asked, “Who pays?” {F} had no answer."),
        _c("after_paren_aside", "The law passed (narrowly, by 212 to 210). {F} appealed."),
        _c("after_metres", "The river rose 2.4 metres. {F} moved their cars."),
        _c("after_ordinal", "The strike began on the 21st. {F} joined on day two."),
        _c("after_currency", "The bill came to €1.2bn. {F} called it a waste."),
        _c("after_clock_time", "The polls closed at 20:00. {F} went to bed."),
        _c("after_single_quoted_title", "The crowd sang ‘Heroes’. {F} joined in."),
        _c("after_dash_aside", "It was late — very late. {F} kept working."),
        _c("inside_quoted_speech", "“We met on Monday. {F} agreed to talk,” she said."),
        _c("after_initialism", "The plan went to the EU. {F} backed it."),
        _c("after_web_address", "Details are on lyon.fr. {F} can apply online."),
        _c("after_email_address", "Write to info@lyon.fr. {F} will get a reply within a week."),
        _c("negative_et_al", "Dupont et al. reported it in 2021. {F} disputed the data."),
        _c("negative_ph_start", "pH levels fell overnight. {F} tested the water.", "paragraph"),
        _c("negative_user_prompt", "marc@server:~$ git pull\n{F} got the latest version.",
           "paragraph"),
        _c("negative_irc_nick", "marc: see you at 8\n{F} never came.", "paragraph"),
        _c("negative_iphone_start", "Sales rose in May. iPhone owners were pleased. {F} were "
           "not."),
    )
)  # fmt: skip

# A twenty-third held-out batch, written in session 35 before any run on it, reading only this
# module, `translation_contexts` and batch 22's commit (not the stage, its rules, its round tests
# or any round's diff): real news prose after sentence ends that look like something else (`U.S.`,
# `Jr.`, `No. 5`, `Inc.`, `etc.`, `3 a.m.`, `plan B.`, a closing quote and bracket, km/h, a
# percentage, °C, three dots, a web address with a path, a `!` inside quotes), line starts
# after a Markdown heading, a capitals heading, a numbered heading, a bullet list, a dated
# dateline (`NEW DELHI, Feb. 12 —`, `WASHINGTON (AP) —`), a tweet ending in a hashtag, a byline
# with a date, a bare time and an `x hours ago` stamp, `Q:`/`A:` labels, speaker labels of a
# transcript (`MODERATOR:`, `Dr Patel:`), a pipe table, a `Read more:` link and an e-mail line;
# and negatives that must stay (`eBay`, `iOS`, `x.com` opening a sentence, a code identifier, a
# unit and a clause continuing a sentence after a line break, `a.m. on` and `U.S. rose`
# mid-sentence, `J. van der Berg` after an initial, `de Gaulle`, a `:)` line, `.env`, a `.22`
# rifle).
OPENERS_23 = ("residents", "the union leaders", "many parents", "two passengers",
              "city officials", "analysts", "investors", "some teachers", "rescue workers",
              "their lawyers")  # fmt: skip
HELD_OUT_23_PHRASE = (
    _c("after_us_abbreviation", "Officials in the U.S. described {F} as premature."),
    _c("after_jr", "Robert Kennedy Jr. criticised {F} on Monday."),
    _c("after_number_abbreviation", "Resolution No. 5 concerns {F} and little else."),
    _c("ap_dateline", "WASHINGTON (AP) — {F} dominated the talks on Monday.", "paragraph",
       start=True),
    _c("dated_dateline", "NEW DELHI, Feb. 12 — {F} was raised again at the summit.",
       "paragraph", start=True),
    _c("hashtag_label", "#EUsummit: leaders discuss {F}", "paragraph"),
    _c("after_dated_byline", "By Tom Hale | 5 June 2024\n{F} topped the agenda.", "paragraph",
       start=True),
    _c("after_time_stamp", "14:07 BST\n{F} was confirmed by the ministry.", "paragraph",
       start=True),
    _c("answer_label", "Q: What was agreed?\nA: {F}, officials said.", "paragraph",
       start=True),
    _c("speaker_label", "MODERATOR: Tell us about {F}.", "paragraph"),
    _c("table_row", "Item | Status\n{F} | agreed", "paragraph", start=True),
    _c("markdown_heading", "## {F} explained", "paragraph", start=True),
    _c("after_square_bracket", "The treaty [signed in 1998] mentions {F} twice."),
    _c("after_distance", "A 40 km corridor separates {F} from the coast."),
    _c("after_three_dots", "He hesitated... then mentioned {F} again."),
    _c("after_web_address_path", "The full text (www.un.org/en/report) covers {F} in detail."),
    _c("before_email_address", "Send views on {F} to consult@leeds.gov.uk by Friday."),
    _c("after_initials", "J. K. Rowling wrote about {F} in 2020."),
    _c("after_pm", "At 9 p.m. {F} was announced."),
    _c("negative_initial_van", "A study by J. van der Berg linked {F} to the floods."),
    _c("negative_ebay_start", "eBay listed {F} among its top searches.", "paragraph"),
    _c("negative_de_gaulle", "In 1962, de Gaulle discussed {F} with his cabinet."),
)  # fmt: skip
HELD_OUT_23_SPACE = (
    _c("after_us_abbreviation", "Exports to the U.S.{F}, however, fell in May."),
    _c("after_jr", "Sammy Davis Jr.{F}, the singer, was born in 1925."),
    _c("after_number_abbreviation", "It was ranked No. 5{F}; the rest trailed far behind."),
    _c("after_speed", "Winds hit 130 km/h{F}, the highest since 1987."),
    _c("after_percentage", "Turnout rose to 61.4%{F}: a record for the city."),
    _c("after_closing_quote", "He called it “a disgrace”{F}, then left the room."),
    _c("after_closing_paren", "The vote was close (51 to 49){F}; the motion passed."),
    _c("question_label", "Q{F}: When do the trains run again?", "paragraph"),
    _c("speaker_label", "MODERATOR{F}: Your time is up.", "paragraph"),
    _c("after_web_address", "See www.gov.uk/budget{F}, page 4, for the tables."),
    _c("after_email_address", "Write to press@leeds.gov.uk{F}; replies take a week."),
    _c("updated_label", "Last updated{F}: 5 June 2024, 09:42", "paragraph"),
    _c("before_hashtag", "Polls are open until 10pm{F}! #GE2024", "paragraph"),
    _c("markdown_heading", "## Results{F}: what changed", "paragraph"),
    _c("after_am", "The fire started at 3 a.m.{F}; nobody was hurt."),
    _c("answer_line", "Q: Is it fixed?\nA: Not yet{F}. We expect it in May.", "paragraph"),
    _c("negative_smiley", "Thanks for coming :)\nSee you next week{F}!", "paragraph"),
    _c("negative_dotfile", "Copy the .env file{F}; never commit it."),
    _c("negative_calibre", "A .22 rifle was found{F}; police are investigating."),
)  # fmt: skip
HELD_OUT_23_SENTENCE = tuple(
    replace(c, openers=OPENERS_23)
    for c in (
        _c("after_us_abbreviation", "The deal was signed in the U.S. {F} welcomed it."),
        _c("after_jr", "The prize went to Davis Love Jr. {F} applauded."),
        _c("after_number_abbreviation", "The winning ticket was No. 5. {F} checked theirs."),
        _c("after_inc", "The site belongs to Acme Inc. {F} declined to comment."),
        _c("after_etc", "Shops ran out of bread, milk, eggs etc. {F} queued from dawn."),
        _c("after_am", "The fire started at 3 a.m. {F} were evacuated."),
        _c("after_single_letter", "The council has no plan B. {F} want answers."),
        _c("after_quote_stop_outside", "He called it “a disgrace”. {F} agreed."),
        _c("after_quote_stop_inside", 'She said: "We will appeal." {F} filed papers on Monday.'),
        _c("after_quote_bang", "‘Get out!’ {F} fled the building."),
        _c("after_bracketed_sentence", "(The figures are provisional.) {F} expect changes."),
        _c("after_speed", "Winds reached 130 km/h. {F} stayed indoors."),
        _c("after_percentage", "Turnout was 61.4%. {F} called it a good result."),
        _c("after_temperature", "It hit 41°C in Seville. {F} stayed in the shade."),
        _c("after_three_dots", "The lights went out... {F} reached for their phones."),
        _c("after_web_address_path", "The report is at www.gov.uk/budget. {F} can read it "
           "there."),
        _c("after_markdown_heading", "## Results\n{F} voted late.", "paragraph"),
        _c("after_capitals_heading", "LATEST NEWS\n{F} were told to stay home.", "paragraph"),
        _c("after_numbered_heading", "3. What it means for you\n{F} will pay less.",
           "paragraph"),
        _c("after_bullet_list", "• Schools closed\n• Trains cancelled\n{F} were told to wait.",
           "paragraph"),
        _c("after_dated_dateline", "NEW DELHI, Feb. 12 — {F} gathered outside parliament.",
           "paragraph"),
        _c("after_ap_dateline", "WASHINGTON (AP) — {F} sued the state on Tuesday.",
           "paragraph"),
        _c("after_tweet_hashtag", "Huge queues in Leeds tonight #GE2024\n{F} waited for hours.",
           "paragraph"),
        _c("after_dated_byline", "By Tom Hale and Priya Nair | 5 June 2024\n{F} met on "
           "Monday.", "paragraph"),
        _c("after_bare_time", "09:42\n{F} have begun to arrive.", "paragraph"),
        _c("after_hours_ago", "Posted 2 hours ago\n{F} reported long delays.", "paragraph"),
        _c("answer_label", "Q: When do the trains run again?\nA: {F} should check the website.",
           "paragraph"),
        _c("after_question_label", "Q. How long will it take?\nA. {F} think at least a year.",
           "paragraph"),
        _c("speaker_label_caps", "JOHNSON: We disagree.\nMODERATOR: {F} have one minute each.",
           "paragraph"),
        _c("speaker_label_title", "Presenter: So what now?\nDr Patel: {F} need more beds.",
           "paragraph"),
        _c("after_pipe_table", "Region | Cases\nNorth | 412\n{F} expect more next week.",
           "paragraph"),
        _c("after_read_more_link", "Read more: www.bbc.co.uk/news/12345\n{F} said little.",
           "paragraph"),
        _c("after_email_line", "Contact: jobs@leeds.gov.uk\n{F} may apply until May.",
           "paragraph"),
        _c("negative_ebay_start", "Sales fell in May. eBay blamed the weather. {F} were not "
           "convinced."),
        _c("negative_ios_start", "iOS 18 fixed the bug. {F} updated overnight.", "paragraph"),
        _c("negative_x_com_start", "x.com was down for an hour. {F} moved elsewhere.",
           "paragraph"),
        _c("negative_code_identifier", "getUser() returns null on a timeout. {F} reported it.",
           "paragraph"),
        _c("negative_unit_after_wrap", "The train reached 320\nkm/h on the test run. {F} "
           "cheered.", "paragraph"),
        _c("negative_wrapped_line", "The minister said the plan would\nsave money within ten "
           "years. {F} doubted it.", "paragraph"),
        _c("negative_am_continues", "The talks ended at 2 a.m. on Friday. {F} slept in."),
        _c("negative_us_continues", "Prices in the U.S. rose 3% in May. {F} were worried."),
    )
)  # fmt: skip

# A twenty-fourth held-out batch, written in session 35 before any run on it, reading only this
# module, `translation_contexts` and batch 23's commit (not the stage, its rules, its round
# tests or any round's diff): the kinds batch 23 tested, in new wordings and
# shapes. A label and its colon or period before a sentence (capitals, two-word and title-case
# speaker labels, a role in brackets or in small letters, a timestamped label, `Q.`/`A.`,
# `Question:`/`Answer:`, `Q:`/`A:` on one line), a line or sentence that opens in small letters
# (`iPad`, `npm`, a handle, a domain, a line wrapped mid-sentence, a paragraph opened by `eBay`)
# before a real sentence, datelines with a date (`LAGOS, March 3 —`, `BERLIN, 4 Feb (dpa) -`,
# `(Reuters) —`, an en dash, `--`), a closing quote after `!`, `?` or `.`, and `See also:`,
# `Read more:` and `Related:` link lines; negatives that must stay (a clock `10:30 am`, `3:1`
# odds, `John 3:16`, `Note: iOS users`, a `Source:` URL, pros and cons in small letters after
# their labels, a speech verb and a noun after a quoted question or cry).
OPENERS_24 = ("local traders", "the fishermen", "most commuters", "three nurses",
              "shop owners", "several drivers", "the farmers", "both parties", "market women",
              "our correspondents")  # fmt: skip
HELD_OUT_24_PHRASE = (
    _c("speaker_label_caps", "CHAIR: {F} is next on the agenda.", "paragraph", start=True),
    _c("speaker_label_title", "Ms Okafor: We raised {F} twice last year.", "paragraph"),
    _c("dated_dpa_dateline", "BERLIN, 4 Feb (dpa) - {F} was on the table again.", "paragraph",
       start=True),
    _c("see_also_line", "See also: What {F} means for Lagos", "paragraph"),
    _c("after_quoted_cry", "“Never!” shouted the crowd as {F} was read out."),
    _c("negative_clock_am", "At 10:30 am {F} was announced to the press."),
    _c("negative_ratio", "By 3:1, members backed {F} on Thursday."),
)  # fmt: skip
HELD_OUT_24_SPACE = (
    _c("speaker_label_caps", "CHAIR{F}: Order, please.", "paragraph"),
    _c("speaker_label_title", "Ms Okafor{F}: Thank you, Chair.", "paragraph"),
    _c("question_label_period", "Q{F}. Were you warned?\nA. Yes, at midnight.", "paragraph"),
    _c("read_more_label", "Read more{F}: How the port strike began", "paragraph"),
    _c("negative_clock", "Doors open at 10:30{F}; bring an ID card."),
    _c("negative_url", "The form is at https://lagos.gov.ng/form{F}; it closes on Friday."),
)  # fmt: skip
HELD_OUT_24_SENTENCE = tuple(
    replace(c, openers=OPENERS_24)
    for c in (
        _c("speaker_two_word_caps", "CHAIR: Order, please.\nMR ADEYEMI: {F} have waited long "
           "enough.", "paragraph"),
        _c("speaker_title_one_line", "Ms Okafor: {F} were never consulted.", "paragraph"),
        _c("speaker_role_small_letters", "Interviewer: Is the port open?\nHarbour master: {F} "
           "are still waiting at anchor.", "paragraph"),
        _c("speaker_role_brackets", "Sen. Ruiz (D-Texas): {F} deserve better than this.",
           "paragraph"),
        _c("speaker_after_timestamp", "[00:12:41] REPORTER: {F} say the water is still rising.",
           "paragraph"),
        _c("speaker_first_line_caps", "ANNA: {F} told us nothing.\nTOM: That is not true.",
           "paragraph"),
        _c("speaker_title_and_name", "Reporter: What happens next?\nMayor Bello: {F} will be "
           "rehoused by June.", "paragraph"),
        _c("speaker_court_caps", "THE COURT: Proceed.\nTHE WITNESS: {F} were paid in cash.",
           "paragraph"),
        _c("question_answer_words", "Question: Is it over?\nAnswer: {F} hope so.", "paragraph"),
        _c("answer_period_label", "Q. Were you warned?\nA. {F} got a text at midnight.",
           "paragraph"),
        _c("answer_colon_same_line", "Q: Who pays? A: {F} do, in the end."),
        _c("lagos_dated_dateline", "LAGOS, March 3 — {F} queued for fuel overnight.",
           "paragraph"),
        _c("dpa_dated_dateline", "BERLIN, 4 Feb (dpa) - {F} walked off the job.", "paragraph"),
        _c("country_dated_agency_dateline", "NAIROBI, Kenya, Jan. 9 (Reuters) — {F} blocked "
           "the main road.", "paragraph"),
        _c("en_dash_dateline", "SYDNEY, 12 August 2024 – {F} were told to boil water.",
           "paragraph"),
        _c("double_hyphen_dateline", "MEXICO CITY, Oct 30 (AFP) -- {F} returned to work.",
           "paragraph"),
        _c("after_quote_bang_in_sentence", "The sign read “Closed!” {F} went home "
           "disappointed."),
        _c("after_quote_stop_after_colon", "Her reply was short: “No.” {F} left it there."),
        _c("after_single_quote_question", "The banner asked ‘Why us?’ {F} stood beneath it in "
           "the rain."),
        _c("after_straight_quote_bang", 'Someone shouted "Fire!" {F} ran for the exits.'),
        _c("after_single_quote_stop_inside", "The minister called it ‘a mistake.’ {F} wanted "
           "more."),
        _c("after_see_also_title", "See also: Floods in the north\n{F} were moved to higher "
           "ground.", "paragraph"),
        _c("after_read_more_question", "Read more: Why is fuel so scarce in Lagos?\n{F} waited "
           "six hours on Tuesday.", "paragraph"),
        _c("after_see_also_domain", "See also: lagos.gov.ng/floods\n{F} can report damage "
           "there.", "paragraph"),
        _c("after_related_line", "Related: The port strike in 5 charts\n{F} lost a week's "
           "pay.", "paragraph"),
        _c("after_ipad_sentence", "iPad sales slowed in spring. {F} blamed high prices.",
           "paragraph"),
        _c("after_npm_line", "npm was down for two hours.\n{F} could not publish updates.",
           "paragraph"),
        _c("after_handle_line", "@lagosgov posted the notice at noon.\n{F} shared it widely.",
           "paragraph"),
        _c("after_domain_sentence", "nytimes.com broke the story first. {F} followed within "
           "the hour."),
        _c("after_wrapped_verb", "Officials said the new bridge\nwould open in June. {F} were "
           "sceptical.", "paragraph"),
        _c("after_wrapped_line_stop", "The storm cut power to homes\nin three districts "
           "overnight.\n{F} used candles.", "paragraph"),
        _c("after_ebay_paragraph", "eBay cut its fees on Monday.\n\n{F} welcomed the move.",
           "paragraph"),
        _c("negative_clock_am", "The session resumes at 10:30 am on Tuesday. {F} expect a "
           "vote."),
        _c("negative_ratio_odds", "Bookmakers offer 3:1 odds on a draw. {F} are betting "
           "anyway."),
        _c("negative_bible_verse", "The bishop quoted John 3:16 at the rally. {F} cheered."),
        _c("negative_note_ios", "Note: iOS users must update the app first.\n{F} can skip "
           "this step.", "paragraph"),
        _c("negative_source_url", "Source: https://lagos.gov.ng/budget\n{F} may download the "
           "tables.", "paragraph"),
        _c("negative_pros_cons", "Pros: cheap, quiet, light\nCons: slow to charge\n{F} liked "
           "it anyway.", "paragraph"),
        _c("negative_quote_asked", "“Is it safe?” asked one mother. {F} had no answer."),
        _c("negative_quote_noun_after", "“We won!” the coach shouted. {F} ran onto the pitch."),
    )
)  # fmt: skip

# A twenty-fifth held-out batch, written in session 36 before any run on it, reading only this
# module (its top, `snippet`, `plant`, `contexts` and batches 21 to 24), `translation_contexts`,
# the planting test of tests/test_translation_contexts.py, the lines of
# `curate/evaluate/translation.py` that name `BEFORE_TRANSLATION`, and batch 24's commit (not the
# stage, its rules, its round tests or any round's diff): the kinds batches 23 and 24 tested, in
# new wordings and shapes. A sentence opening in small letters after a speaker label (after a bare
# timestamp and an en dash, with a party in brackets `Mayor Adisa (APC):`, with a role after a
# comma, court capitals `THE DEFENDANT:`, `Q: ... A:` on one line), a dateline (`Halvary/Kessara
# (dpa) -`, `14.03.2025 –`, `2025-03-14 --`, `March 14, 2025 —`), a handle alone on its line, a
# tweet's embed credit, a line opened by a lower-case brand (`pnpm`, `iOS`), a line wrapped after
# a verb or a preposition, a quote ending in `!` after a dash or `?` in straight quotes, numbered,
# dashed and lettered list items, a URL or an e-mail address, a sentence end after `Fig. 4`,
# `vol. 12`, `approx.` or `No. 118`, a closing square bracket, a caption ending in a photo
# credit's bracket, a heading without a stop (with a colon, in title case, opened by a digit);
# spaces before `;` `!` `?` `:` after a number, a unit, a closing quote and a bracket; negatives
# that must stay (`18:45`, a `2:1` score, `Psalm 23:4`, `client.refresh()`, `cache.clear()` opening
# a line, `approx. three hours` and `e.g. the fish sellers` mid-sentence, `iPhone` opening a
# paragraph, `eBay` opening a line, a lower-case chat line, a list in small letters, a
# hard-wrapped paragraph); new openers (OPENERS_25).
OPENERS_25 = ("ferry crews", "the midwives", "bus conductors", "the plumbers",
              "school inspectors", "many shopkeepers", "four surgeons", "the bricklayers",
              "their neighbours", "street vendors")  # fmt: skip
HELD_OUT_25_PHRASE = (
    _c("speaker_role_party", "Mayor Adisa (APC): {F} is the first thing we fix.", "paragraph",
       start=True),
    _c("dpa_two_city_dateline", "Halvary/Kessara (dpa) - {F} was back on the agenda on Friday.",
       "paragraph", start=True),
    _c("after_handle_line", "@velmorafire\n{F} was reported near the ring road.", "paragraph",
       start=True),
    _c("numbered_item", "1) {F} and the levy\n2) Night buses", "paragraph", start=True),
    _c("after_fig_abbreviation", "See Fig. 4 for {F} over ten years."),
    _c("negative_verse_ref", "Quoting Psalm 23:4, the bishop spoke of {F} at the funeral."),
    _c("negative_method_call", "A call to client.refresh() brought {F} back on screen."),
)  # fmt: skip
HELD_OUT_25_SPACE = (
    _c("after_number", "Votes counted in Ward 7: 1,482{F}; in Ward 9: 1,090."),
    _c("after_unit", "The river stood at 6.2 m{F}! Sandbags ran out by noon."),
    _c("after_closing_quote", "Was it really “the last time”{F}? Few believed it."),
    _c("speaker_role_party", "Mayor Adisa (APC){F}: We will rebuild the market.", "paragraph"),
    _c("negative_clock", "The ferry leaves at 18:45{F}; check in by 18:15."),
    _c("negative_score", "Kessara won the final 2:1{F}! Fans sang until dawn."),
)  # fmt: skip
HELD_OUT_25_SENTENCE = tuple(
    replace(c, openers=OPENERS_25)
    for c in (
        _c("speaker_after_bare_timestamp", "14:32 – Commissioner Idowu: {F} must leave the "
           "riverbank tonight.", "paragraph"),
        _c("speaker_role_party", "Mayor Adisa (APC): {F} will get new stalls by May.",
           "paragraph"),
        _c("speaker_role_after_comma", "Dr Renner, health commissioner: {F} should boil their "
           "water.", "paragraph"),
        _c("speaker_court_defendant", "THE JUDGE: Answer the question.\nTHE DEFENDANT: {F} had "
           "already gone home.", "paragraph"),
        _c("question_answer_one_line", "Q: Will the ferry run on Sunday? A: {F} have been told "
           "yes.", "paragraph"),
        _c("dpa_two_city_dateline", "Halvary/Kessara (dpa) - {F} were evacuated overnight.",
           "paragraph"),
        _c("dotted_date_en_dash_dateline", "PORT OSWIN, 14.03.2025 – {F} blocked the harbour "
           "road.", "paragraph"),
        _c("iso_date_double_hyphen_dateline", "DREVNIK, 2025-03-14 -- {F} went back to work.",
           "paragraph"),
        _c("country_long_date_dateline", "VELMORA, Ondara, March 14, 2025 — {F} lined the "
           "streets.", "paragraph"),
        _c("after_handle_alone", "@velmorafire\n{F} were told to leave by six.", "paragraph"),
        _c("after_tweet_embed_credit", "— Kessara Water (@kessarawater) March 14, 2025\n{F} "
           "filled buckets before the cut.", "paragraph"),
        _c("after_pnpm_line", "pnpm 10 drops support for Node 18.\n{F} must upgrade first.",
           "paragraph"),
        _c("after_ios_line_no_stop", "iOS 19.1 is rolling out now\n{F} reported a faster "
           "battery drain.", "paragraph"),
        _c("after_wrap_after_verb", "Engineers say the bridge at Halvary will\nreopen before the "
           "rains. {F} are not so sure.", "paragraph"),
        _c("after_wrap_after_preposition", "The convoy waited for six hours at\nthe checkpoint "
           "outside Drevnik. {F} slept in the trucks.", "paragraph"),
        _c("after_dash_quote_bang", "Residents have one word for it — “Enough!” {F} plan to "
           "march on Friday."),
        _c("after_straight_quote_question", 'The placard asked "Where did the money go?" {F} '
           "wanted to know too."),
        _c("after_numbered_items", "1) Fares rise in May\n2) Night buses end\n{F} were not "
           "consulted.", "paragraph"),
        _c("after_dash_items", "- Water: restored\n- Power: partial\n{F} expect full service "
           "by Friday.", "paragraph"),
        _c("after_lettered_items", "(a) the levy;\n(b) the permits.\n{F} challenged both in "
           "court.", "paragraph"),
        _c("after_url_line", "Apply online: https://kessara.gov.ks/permits\n{F} may also apply "
           "in person.", "paragraph"),
        _c("after_url_sentence_end", "The full list is at https://portoswin.org/relief. {F} can "
           "check their names there."),
        _c("after_email_sentence_end", "Send photos to desk@drevnikpost.com. {F} replied within "
           "a day."),
        _c("after_fig_number", "The flood line is marked in Fig. 4. {F} checked it against "
           "their own."),
        _c("after_vol_number", "The decree appears in the Official Gazette, vol. 12. {F} had "
           "never read it."),
        _c("after_approx_final", "The march drew 3,000 people approx. {F} stayed until dark."),
        _c("after_no_number", "Their case is listed as No. 118. {F} will be heard in June."),
        _c("after_square_bracket_sentence", "[Names have been changed to protect the family.] "
           "{F} spoke to us at night."),
        _c("after_caption_photo_credit", "A man walks past the burned stalls (Photo: Ifeoma "
           "Duru/Reuters)\n{F} lost everything in the fire.", "paragraph"),
        _c("after_heading_colon", "Kessara: the week ahead\n{F} face three days of rain.",
           "paragraph"),
        _c("after_heading_title_case", "Fuel Queues Return To Halvary\n{F} waited through the "
           "night.", "paragraph"),
        _c("after_heading_digit", "5 things to know about the new levy\n{F} will pay it "
           "monthly.", "paragraph"),
        _c("negative_approx_mid", "The trip takes approx. three hours by bus. {F} left at "
           "dawn."),
        _c("negative_eg_mid", "Some stalls, e.g. the fish sellers, stayed shut. {F} opened "
           "late."),
        _c("negative_code_line_start", "cache.clear() now runs every night.\n{F} noticed the "
           "site got faster.", "paragraph"),
        _c("negative_iphone_paragraph", "iPhone repairs now take a week in Drevnik. {F} blame a "
           "parts shortage.", "paragraph"),
        _c("negative_ebay_line", "Where to sell:\neBay, Konga or the Saturday market\n{F} "
           "usually pick the market.", "paragraph"),
        _c("negative_chat_line", "[9:14 PM] ada.k: anyone near the market?\n{F} replied within "
           "seconds.", "paragraph"),
        _c("negative_lowercase_list", "Bring:\n- water\n- a torch\n- spare batteries\n{F} will "
           "check bags at the gate.", "paragraph"),
        _c("negative_hard_wrap", "The ferry to Port Oswin left two hours late\non Sunday, and "
           "most of the cars on board\nwere turned back at the quay. {F} slept\nin their vans "
           "until morning.", "paragraph"),
    )
)  # fmt: skip

# A twenty-sixth held-out batch, written blind in session 36 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 24 and 25),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batch 25's commit (not the stage, its rules, its round
# tests, any round's diff or the README's translation rows): the kinds batches 23 to 25 tested,
# in new wordings and shapes. A sentence opening in small letters after a speaker label (after a
# bare clock time and a dash `09:05 — Minister Varga:`, with a role after a comma, a witness in
# court capitals), a dateline (a dotted, ISO, spelled or `Nov. 7` date with `—`, `–` or `--`;
# two cities and an agency), a line opened by a lower-case tool or brand (`yarn`, `macOS`, a
# `pip install` line), lettered (`(i)`, `a.`) and dashed list items, a heading with a colon or
# opened by a digit, a sentence ending in `approx.`, `ca.`, `cm.`, `etc.`, `cf. Table 3.` or
# `p. 14.`, a quote opened by a dash (`— “Stop!”`, `– “Who’s there?”`), a line of code, a chat
# line; spaces before `!` `?` `;` `:` after a unit, a percentage, a closing bracket and a
# closing quote; negatives that must stay (`07:45`, a `3:2` score, `Isaiah 40:31`,
# `store.reload()` and `report.render()`, `ca. 1890`, `cf.` and `e.g.` mid-sentence, `iPad`
# opening a paragraph, lower-case chat lines, a list in small letters, a hard-wrapped
# paragraph); new invented places (Marisko, Tavrin, Eskervale, Nordham, Lower Brennick) and new
# openers (OPENERS_26).
OPENERS_26 = ("the ferrymen", "the potters", "hospital porters", "the lock keepers",
              "most stallholders", "the shepherds", "five cyclists", "our readers",
              "the glaziers", "night watchmen")  # fmt: skip
HELD_OUT_26_PHRASE = (
    _c("speaker_after_bare_clock", "09:05 — Minister Varga: {F} is the first item today.",
       "paragraph", start=True),
    _c("speaker_role_after_comma", "Dr Lin, chief medic: {F} was never in the report.",
       "paragraph", start=True),
    _c("afp_two_city_dateline", "Marisko/Tavrin (AFP) – {F} was on the table again on "
       "Tuesday.", "paragraph", start=True),
    _c("roman_numbered_item", "(i) {F} and the tolls\n(ii) Harbour fees", "paragraph",
       start=True),
    _c("after_cf_page", "The minutes (cf. p. 12) mention {F} only once."),
    _c("negative_clock", "By 07:45 {F} was on every front page in Tavrin."),
    _c("negative_method_call", "Typing report.render() put {F} back on the screen."),
)  # fmt: skip
HELD_OUT_26_SPACE = (
    _c("after_unit_speed", "Gusts reached 110 km/h{F}! Roofs were torn off in Marisko."),
    _c("after_percent", "Was turnout really 38%{F}? Nobody in Tavrin thinks so."),
    _c("after_closing_bracket", "The council cut the levy (the third cut since May){F}; "
       "traders were not impressed."),
    _c("after_closing_quote_colon", "Her answer was short, “not this year”{F}: the budget is "
       "gone."),
    _c("negative_clock", "Kick-off is at 07:45{F}; the gates open an hour earlier."),
    _c("negative_score", "Tavrin beat Merrow 3:2{F}! The square was full by midnight."),
)  # fmt: skip
HELD_OUT_26_SENTENCE = tuple(
    replace(c, openers=OPENERS_26)
    for c in (
        _c("speaker_after_bare_clock_em_dash", "09:05 — Minister Varga: {F} will be paid by "
           "Friday.", "paragraph"),
        _c("speaker_after_clock_hyphen", "16:20 - Spokeswoman Ilse Brandt: {F} have been moved "
           "to the school gym.", "paragraph"),
        _c("speaker_role_after_comma", "Dr Lin, chief medic: {F} need rest, not pills.",
           "paragraph"),
        _c("speaker_role_of_town", "Anna Serra, mayor of Tavrin: {F} deserve an answer today.",
           "paragraph"),
        _c("speaker_witness_caps", "COUNSEL: Where were you at noon?\nTHE WITNESS: {F} were "
           "with me the whole time.", "paragraph"),
        _c("dotted_date_em_dash_dateline", "MARISKO, 07.11.2026 — {F} reopened the bridge.",
           "paragraph"),
        _c("iso_date_en_dash_dateline", "TAVRIN, 2026-11-07 – {F} queued for bread from dawn.",
           "paragraph"),
        _c("spelled_date_double_hyphen_dateline", "LOWER BRENNICK, 7 November 2026 -- {F} "
           "voted to stay.", "paragraph"),
        _c("abbreviated_month_dateline", "ESKERVALE, Nov. 7, 2026 – {F} cleared the mud from "
           "the square.", "paragraph"),
        _c("reuters_two_city_dateline", "ESKERVALE/NORDHAM (Reuters) — {F} crossed the border "
           "at night.", "paragraph"),
        _c("after_yarn_line", "yarn 5 removes the old lockfile format.\n{F} will need to "
           "migrate.", "paragraph"),
        _c("after_macos_line", "macOS 17 breaks the old printer drivers.\n{F} should wait "
           "before updating.", "paragraph"),
        _c("after_pip_command", "pip install tavrin-floodmap\n{F} can then open the map "
           "offline.", "paragraph"),
        _c("after_roman_items", "(i) repair the dyke\n(ii) rehouse the families\n{F} agreed "
           "to the first only.", "paragraph"),
        _c("after_letter_dot_items", "a. Fuel\nb. Water\nc. Blankets\n{F} brought all three.",
           "paragraph"),
        _c("after_brand_list_items", "- npm mirrors are down\n- yarn still works\n{F} were "
           "told to wait.", "paragraph"),
        _c("after_heading_colon", "Budget 2027: what changes in Nordham\n{F} will pay less "
           "for buses.", "paragraph"),
        _c("after_heading_digit", "12 hours in Marisko\n{F} open the market before sunrise.",
           "paragraph"),
        _c("after_approx_final", "The water reached the first floor at 3 am approx. {F} "
           "climbed onto the roofs."),
        _c("after_ca_final", "The town walls date from 1400 ca. {F} still call them the new "
           "walls."),
        _c("after_cf_table", "The older figures differ, cf. Table 3. {F} trust the new ones "
           "more."),
        _c("after_page_number", "The rule is set out in the town charter, p. 14. {F} had "
           "never seen it."),
        _c("after_unit_cm", "The river rose by 40 cm. {F} moved the cattle uphill."),
        _c("after_etc_final", "The stalls sold bread, milk, eggs etc. {F} sold out by ten."),
        _c("after_dash_quote_bang", "— “Stop!” {F} froze at the gate.", "paragraph"),
        _c("after_en_dash_quote_question", "– “Who’s there?” {F} heard no answer.",
           "paragraph"),
        _c("after_code_line", "tavrin.sync(force=True)\n{F} saw the map update at once.",
           "paragraph"),
        _c("after_chat_line", "[10:02] mika_v: bridge shut again\n{F} took the long way "
           "round.", "paragraph"),
        _c("after_handle_colon_line", "@nordhamrail: trains resume at six\n{F} were on the "
           "first one.", "paragraph"),
        _c("after_url_no_stop", "Live map: tavrin.gov/floods\n{F} refreshed it all night.",
           "paragraph"),
        _c("after_ellipsis_quote", "“We waited, and waited…” {F} sighed and left."),
        _c("negative_clock", "The last ferry left at 07:45. {F} missed it by a minute."),
        _c("negative_score", "Tavrin won 3:2 after extra time. {F} celebrated until morning."),
        _c("negative_verse_ref", "The sermon was on Isaiah 40:31. {F} sang the last hymn."),
        _c("negative_method_mid", "The fix calls store.reload() before each save. {F} noticed "
           "no change."),
        _c("negative_ca_cf_eg_mid", "The bridge, built ca. 1890 (cf. the plaque), carries "
           "small boats, e.g. canoes, under it. {F} crossed it daily."),
        _c("negative_ipad_paragraph", "iPad sales in Tavrin doubled this year. {F} use them "
           "for the tide tables.", "paragraph"),
        _c("negative_chat_lines", "jo_r: anyone at the dam?\nmika_v: yes, water is high\n{F} "
           "were already there.", "paragraph"),
        _c("negative_lowercase_list", "Pack:\n• passports\n• tickets\n• cash in small notes\n"
           "{F} will check them at the quay.", "paragraph"),
        _c("negative_hard_wrap", "The road to Eskervale was closed for most\nof the week, "
           "and the buses that did run\nstopped short of the square. {F} walked\nthe last "
           "mile in the rain.", "paragraph"),
    )
)  # fmt: skip

# A twenty-seventh held-out batch, written blind in session 38 before any run on it, reading
# only this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 25 and 26),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 25's and 26's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in new
# wordings and shapes. A sentence opening in small letters after a speaker label (an interview's
# surname in capitals, a live blog's `11.42am —`, a bold Markdown label, a transcript's
# `[00:14:32]`, a label with `(via interpreter)`), a dateline of other agencies and dates (AP with
# a region, `(Bloomberg) --`, `11/08/2026`, IANS without a dash, EFE's `).-`), a Markdown heading,
# a numbered section heading, starred, checkbox and arrow items, a sentence ending in `Jr.`,
# `Ltd.`, `kg.` or `et al.`, a quote ending in `!` in single quotes or in `?!`, a footnote marker
# `[3]`, a Reuters `UPDATE 2-` heading, a URL line with a trailing slash, a shell prompt, a git
# command, a handle ending a sentence, a hashtag line, a timestamp line and a `READ MORE:` line;
# phrases after an interview label, an AP dateline, a Markdown heading, a thread's `2/` and `vs.`;
# spaces before `!` `?` `;` `:` after degrees, a price, a square bracket and a single quote;
# negatives that must stay (a `2:1` ratio, `eBay` opening a sentence, `John 3:16`, a URL's
# `https:`, a `1:1` draw, `Luke 2:8-14`, `map.refresh()` and `tiles.load()`, `vs.` and `approx.`
# mid-sentence, `npm` and `iTunes` opening a paragraph, an IRC log, a numbered list in small
# letters, `e.g.` ending a hard-wrapped line, a line of Python after a colon, an ellipsis before
# `and`); new invented places (Quillon, Ardesk, Vennamor, Skellow Bay, Tarrow Fen) and new openers
# (OPENERS_27).
OPENERS_27 = ("the tram drivers", "most islanders", "the saddlers", "six lifeguards",
              "the ticket clerks", "their grandparents", "the kiln workers", "some anglers",
              "the bell ringers", "village elders")  # fmt: skip
HELD_OUT_27_PHRASE = (
    _c("speaker_interview_surname_caps", "INTERVIEWER: What comes first?\nRUSK: {F}, without "
       "a doubt.", "paragraph", start=True),
    _c("ap_region_dateline", "SKELLOW BAY, Ardesk (AP) — {F} was debated past midnight.",
       "paragraph", start=True),
    _c("markdown_heading", "## {F} and the harbour tax", "paragraph", start=True),
    _c("thread_number_item", "2/ {F} is what the council forgot.", "paragraph", start=True),
    _c("after_vs_mid", "In Quillon vs. Ardesk the court said {F} was lawful."),
    _c("negative_ratio", "At a 2:1 ratio, {F} was cheaper than the old mix."),
    _c("negative_ebay_sentence_start", "eBay listed {F} within an hour."),
)  # fmt: skip
HELD_OUT_27_SPACE = (
    _c("after_degrees", "The thermometer showed 41°C{F}! Schools in Ardesk shut early."),
    _c("after_price", "A return ticket to Vennamor now costs £4.50{F}? Nobody believed it."),
    _c("after_square_bracket", "The levy rose twice [see chart]{F}; traders in Quillon "
       "protested."),
    _c("after_single_quote_colon", "They called the plan ‘a gamble’{F}: the council "
       "disagreed."),
    _c("negative_verse_ref", "The reading was John 3:16{F}; the choir sang after it."),
    _c("negative_url_scheme", "The form is at https://quillon.gov/levy{F}: fill it in by "
       "Friday."),
)  # fmt: skip
HELD_OUT_27_SENTENCE = tuple(
    replace(c, openers=OPENERS_27)
    for c in (
        _c("speaker_interview_surname_caps", "INTERVIEWER: Who asked for the bypass?\nRUSK: "
           "{F} asked for it, years ago.", "paragraph"),
        _c("speaker_live_blog_am", "11.42am — Harbour master Olu Breck: {F} must stay off "
           "the pier.", "paragraph"),
        _c("speaker_bold_markdown", "**Chief Inspector Hale:** {F} were warned twice.",
           "paragraph"),
        _c("speaker_transcript_timecode", "[00:14:32] REPORTER: {F} say the pumps failed.",
           "paragraph"),
        _c("speaker_via_interpreter", "Mayor Ines Kolar (via interpreter): {F} will be "
           "rehoused by spring.", "paragraph"),
        _c("ap_region_dateline", "SKELLOW BAY, Ardesk (AP) — {F} pulled the nets in early.",
           "paragraph"),
        _c("bloomberg_dateline", "(Bloomberg) -- {F} sold their boats at a record pace.",
           "paragraph"),
        _c("slashed_date_dateline", "QUILLON, 11/08/2026 — {F} lined up for fuel.",
           "paragraph"),
        _c("ians_dateline_no_dash", "Vennamor, Nov 8 (IANS) {F} gathered at the ferry "
           "terminal.", "paragraph"),
        _c("efe_dateline", "Quillon, Nov 8 (EFE).- {F} blocked the coast road.", "paragraph"),
        _c("after_markdown_heading", "## What happens next\n{F} will vote on Thursday.",
           "paragraph"),
        _c("after_numbered_section_heading", "3. The money question\n{F} still do not know "
           "who pays.", "paragraph"),
        _c("after_star_items", "* a new ferry\n* a wider quay\n{F} got neither.", "paragraph"),
        _c("after_checkbox_items", "[x] sandbags\n[ ] generators\n{F} are still waiting for "
           "the second.", "paragraph"),
        _c("after_arrow_item", "→ Skellow Bay, one year after the storm\n{F} are rebuilding "
           "slowly.", "paragraph"),
        _c("after_jr_final", "The ferry is named after Amos Tell Jr. {F} still call it the "
           "Tell."),
        _c("after_ltd_final", "The contract went to Brannock Pumps Ltd. {F} had never heard of "
           "them."),
        _c("after_kg_final", "Each sack of sand weighs 25 kg. {F} carried two at a time."),
        _c("after_et_al_final", "The study of the dunes is by Marr et al. {F} doubt its "
           "numbers."),
        _c("after_single_quote_bang", "The sign on the quay read ‘Closed!’ {F} turned back."),
        _c("after_quote_interrobang", "“You sold the ferry?!” {F} could not believe it."),
        _c("after_footnote_marker", "The harbour levy doubled in a single year.[3] {F} blamed "
           "the council."),
        _c("after_update_heading", "UPDATE 2-Ardesk floods spread to Quillon\n{F} were moved "
           "to the school.", "paragraph"),
        _c("after_url_trailing_slash", "www.skellowbay.org/appeal/\n{F} gave more than in any "
           "year.", "paragraph"),
        _c("after_shell_prompt", "$ curl -s quillon.gov/api/levels\n{F} can pull the levels "
           "themselves.", "paragraph"),
        _c("after_git_command", "git pull --rebase\n{F} should run it before each change.",
           "paragraph"),
        _c("after_handle_sentence_end", "Thanks go to @tarrowfenfire. {F} worked all night."),
        _c("after_hashtag_line", "#ArdeskFloods\n{F} posted photos all night.", "paragraph"),
        _c("after_timestamp_line", "Published 8 November 2026, 09:14 GMT\n{F} were told to "
           "boil their water.", "paragraph"),
        _c("after_read_more_line", "READ MORE: Why the Vennamor ferry keeps breaking down\n{F} "
           "have stopped waiting for it.", "paragraph"),
        _c("negative_draw_score", "Ardesk drew 1:1 with Quillon on Saturday. {F} booked "
           "tickets for the replay."),
        _c("negative_verse_range", "The text was Luke 2:8-14. {F} read it aloud."),
        _c("negative_method_calls", "Calling map.refresh() and then tiles.load() fixed it. "
           "{F} saw the new map."),
        _c("negative_vs_approx_mid", "The case of Quillon vs. Ardesk, heard approx. twice a "
           "year, drags on. {F} have lost interest."),
        _c("negative_npm_itunes_paragraph", "npm and iTunes both went down on Monday. {F} "
           "shrugged.", "paragraph"),
        _c("negative_irc_log", "<ana> is the quay open?\n<olu> no, still flooded\n{F} stayed "
           "home.", "paragraph"),
        _c("negative_numbered_lowercase", "Steps:\n1. switch off the mains\n2. lift the rugs\n"
           "3. wait\n{F} followed them.", "paragraph"),
        _c("negative_hard_wrap_eg", "The barrier at Tarrow Fen is raised on big tides, e.g.\n"
           "during the spring storms, and the road\nbehind it shuts. {F} take the long way.",
           "paragraph"),
        _c("negative_python_after_colon", "The fix was one line: gauge.read(retries=3)\n{F} "
           "ran it at dawn.", "paragraph"),
        _c("negative_ellipsis_and", "We waited… and waited. {F} gave up at noon."),
    )
)  # fmt: skip

# A twenty-eighth held-out batch, written blind in session 38 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 26 and 27),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 26's and 27's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in new
# wordings and shapes. A sentence opening in small letters after a speaker label (a bracketed
# `[14h05]` time before a titled name and its university, a bold GMT time before a role, an
# interview's initials, a role in capitals with the name in brackets, a `3:15 p.m. ET —` label),
# a dateline (Kyodo with a hyphen, GLOBE NEWSWIRE, Xinhua with `--`, BUSINESS WIRE's `--(...)--`
# without spaces, a weekday date and a colon), a byline line, an underlined heading, a heading
# with a bracket, an `EXCLUSIVE:` kicker, `a)` items, keycap emoji items, a table of results, a
# sentence ending in `Esq.`, `S.A.` or `mins.`, a straight quote ending in `!`, a single quote
# ending in `?`, a bracketed `[Updated ...]` note, a file name, a version, a URL with a query, a
# docker command, a hashtag ending a sentence, an emoji ending a sentence and an `RT @...:` line;
# phrases after a bracketed speaker label, a Kyodo dateline, a thread's `(3/7)`, a closing quote
# and a dash opening a line; spaces before `!` `?` `;` `:` after a unit per kWh, a percentage in
# brackets, a file name and a version; negatives that must stay (an IPv6 address with a port,
# `i.e.` mid-sentence, a URL with a port, `5:2` odds, `p.m.` mid-sentence, a `4:0` score,
# `Proverbs 3:5`, an IPv6 address ending a sentence, `gauge.read().strip()`, `no.` and `vol.`
# mid-sentence, `adidas` opening a paragraph, lower-case forum quotes, `i.e.` ending a
# hard-wrapped line, a poem in small letters); new invented places (Pellory, Varnholt, Sundmere,
# Kelmarsh Point, Ostrel) and new openers (OPENERS_28).
OPENERS_28 = ("the stewards", "the roofers", "ice fishers", "the night nurses",
              "chess players", "the caddies", "most van drivers", "the locksmiths",
              "the typesetters", "two sextons")  # fmt: skip
HELD_OUT_28_PHRASE = (
    _c("speaker_bracketed_role", "[Coach Ivo Santel, Pellory Rovers]: {F} decided the "
       "match.", "paragraph", start=True),
    _c("kyodo_dateline", "VARNHOLT, Nov 9 (Kyodo) - {F} was approved by the assembly.",
       "paragraph", start=True),
    _c("thread_fraction_marker", "(3/7) {F} is why the rail link to Sundmere stalled.",
       "paragraph", start=True),
    _c("after_closing_quote_question", "“Who pays?” {F} is all anyone in Ostrel asks.",
       start=True),
    _c("dash_opening_line", "— {F} was the last item, the chair said.", "paragraph",
       start=True),
    _c("negative_ipv6_port", "The mirror at [2001:db8::7]:8443 served {F} all night."),
    _c("negative_ie_mid", "The fee, i.e. {F} by another name, was dropped in Varnholt."),
)  # fmt: skip
HELD_OUT_28_SPACE = (
    _c("after_unit_per_kwh", "Power now costs 41p/kWh{F}! Sundmere households cut back."),
    _c("after_bracketed_percent", "Turnout (61.3%){F}? Nobody in Kelmarsh Point believed "
       "it."),
    _c("after_file_name", "The data is in floods-2026.csv{F}; the council posted it late."),
    _c("after_version", "The patch shipped as v2.4.1{F}: users in Varnholt must update."),
    _c("negative_url_port", "The dashboard runs at http://10.0.4.2:8080/status{F}; only "
       "the office can see it."),
    _c("negative_odds", "Bookmakers had Pellory at 5:2{F}! Few in Ostrel took the bet."),
)  # fmt: skip
HELD_OUT_28_SENTENCE = tuple(
    replace(c, openers=OPENERS_28)
    for c in (
        _c("speaker_bracket_time_title_role", "[14h05] Prof. Ulla Marsk (Pellory "
           "University): {F} underestimated the tide.", "paragraph"),
        _c("speaker_bold_gmt_role", "**09:41 GMT** – Striker Dani Okonjo: {F} gave "
           "everything today.", "paragraph"),
        _c("speaker_interview_initials", "TR: How bad was it?\nUM: {F} lost the whole "
           "harvest.", "paragraph"),
        _c("speaker_caps_role_bracket_name", "MINISTER OF TRANSPORT (Teodor Vail): {F} will "
           "have trains again by May.", "paragraph"),
        _c("speaker_pm_et_label", "3:15 p.m. ET — Police spokesman Rafe Dunmore: {F} are "
           "asked to avoid the bridge.", "paragraph"),
        _c("kyodo_dateline_hyphen", "VARNHOLT, Nov 9 (Kyodo) - {F} returned to the hills.",
           "paragraph"),
        _c("globe_newswire_dateline", "PELLORY, Nov. 09, 2026 (GLOBE NEWSWIRE) -- {F} can "
           "now book online.", "paragraph"),
        _c("xinhua_dateline", "KELMARSH POINT, Nov. 9 (Xinhua) -- {F} planted 2,000 trees "
           "this week.", "paragraph"),
        _c("business_wire_dateline", "VARNHOLT--(BUSINESS WIRE)--{F} will pay lower fees "
           "from January.", "paragraph"),
        _c("weekday_date_colon_dateline", "Sundmere, Monday 9 November 2026: {F} woke to "
           "snow.", "paragraph"),
        _c("after_byline_line", "By Mira Castell, Sports Reporter\n{F} filled the stadium "
           "early.", "paragraph"),
        _c("after_underlined_heading", "Road closures\n-------------\n{F} should plan ahead.",
           "paragraph"),
        _c("after_heading_with_bracket", "Timeline (all times local)\n{F} were evacuated "
           "before noon.", "paragraph"),
        _c("after_exclusive_kicker", "EXCLUSIVE: {F} were paid twice, leaked files show.",
           "paragraph"),
        _c("after_letter_paren_items", "a) tents\nb) stoves\n{F} brought both.",
           "paragraph"),
        _c("after_keycap_emoji_items", "1️⃣ Close the sluice\n2️⃣ Call the mayor\n{F} did "
           "neither.", "paragraph"),
        _c("after_results_table", "Pellory 2-1 Varnholt\nSundmere 0-0 Ostrel\n{F} expect a "
           "full house on Sunday.", "paragraph"),
        _c("after_esq_final", "The letter was signed by Harlan Voss, Esq. {F} framed it."),
        _c("after_sa_final", "The dredger belongs to Ostrel Marine S.A. {F} have never "
           "seen it."),
        _c("after_mins_final", "The ferry was late by 45 mins. {F} gave up and walked."),
        _c("after_straight_quote_bang", 'He shouted "Enough!" {F} walked out of the hall.'),
        _c("after_single_quote_question", "The banner asked ‘Where is the money?’ {F} had "
           "no answer."),
        _c("after_updated_note", "The plan was dropped. [Updated at 17:40.] {F} were told "
           "first."),
        _c("after_file_name_sentence", "The full list is in results_final.pdf. {F} printed "
           "copies."),
        _c("after_version_sentence", "The fix landed in version 3.2.1. {F} should update "
           "today."),
        _c("after_url_query_line", "https://pellory.gov/alerts?area=east\n{F} can sign up "
           "there.", "paragraph"),
        _c("after_docker_command", "docker compose up -d\n{F} will see the dashboard in a "
           "minute.", "paragraph"),
        _c("after_hashtag_sentence_end", "Follow the count with #Sundmere2026. {F} posted "
           "results all night."),
        _c("after_emoji_sentence_end", "The bridge is open again 🎉 {F} crossed it at "
           "dawn."),
        _c("after_retweet_line", "RT @kelmarshcoast: tide warning lifted\n{F} went back to "
           "the beach.", "paragraph"),
        _c("negative_pm_mid", "The gates shut at 7:30 p.m. sharp on weekdays. {F} wait "
           "outside."),
        _c("negative_score_four_nil", "Pellory led 2-0 at the break and won 4:0. {F} "
           "stayed to the end."),
        _c("negative_verse_proverbs", "The vicar read Proverbs 3:5. {F} bowed their "
           "heads."),
        _c("negative_ipv6_end", "The sensor answers at 2001:db8::42. {F} ping it every "
           "minute."),
        _c("negative_method_chain", "The script calls gauge.read().strip() first. {F} "
           "never saw an error."),
        _c("negative_no_vol_mid", "It is rule no. 12 in vol. two of the harbour code. {F} "
           "know it by heart."),
        _c("negative_adidas_paragraph", "adidas opened a shop in Ostrel on Friday. {F} "
           "queued from six.", "paragraph"),
        _c("negative_forum_quotes", "> is the pool open?\n> nope, still shut\n{F} went to "
           "the lake instead.", "paragraph"),
        _c("negative_hard_wrap_ie", "The damage was worst in the low streets, i.e.\nthose "
           "by the weir, where the water stood\nfor days. {F} are still drying out.",
           "paragraph"),
        _c("negative_poem_lowercase", "the tide comes in,\nthe tide goes out,\nand no one "
           "asks it why.\n{F} read it at the vigil.", "paragraph"),
    )
)  # fmt: skip

# A twenty-ninth held-out batch, written blind in session 38 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 27 and 28),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 27's and 28's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in the
# commonest real-world shapes, in new wordings. A sentence opening in small letters after a
# speaker label (bold `**Q:**`/`**A:**`, an italic role, a bracketed BST time before a
# councillor and her party, a CEST time and a pipe, a dotted time and an en dash before a rank
# and a force, a four-digit GMT+1 time before an organisation in brackets, a press conference's
# `Q:` and a name in capitals, a role in square brackets, a handle with a time), a dateline (CNW
# with slashes, Yonhap with `--`, a dotted date and `(ots) -`, ACCESSWIRE's slashes without a
# dash, PA Media with a region), a Title Case heading, a bold heading line, `Day 1 –` items,
# `»` items, a sentence inside hard-wrapped text, `1)` items in small letters, a curly quote
# ending in `!` after a colon, a straight quote ending in `?` opening a paragraph, a curly quote
# ending in `…`, a kubectl line, an SQL line, a Reddit post header, a post line ending in emoji,
# a sentence ending in `K.C.`, `Calif.` or `hrs.`; phrases after an italic time label with an
# organisation in brackets, an `Update #4:` counter, a `(b)` item, a closing quote ending in `…`
# and a `BREAKING —` dash; spaces before `!` `?` `;` `:` after knots, a URL, a straight quote and
# a bracket; negatives that must stay (`an SOS` and `a unanimous` around the phrase, a `14:45`
# clock and a `7:2` vote, `localhost:3000`, a `19:45` kick-off and a `2:0` lead, `Note: see
# below`, `Ingredients: eggs, flour`, `Matthew 5:9`, `parse_tide(row).get('level')`, `jetBlue`
# opening a paragraph, a chat export in small letters, a poem in small letters, `St.`, `Sq.` and
# `Rd.` mid-sentence, a `Q&A:` heading in small letters after its colon, a hard-wrapped paragraph
# with `Dr.` and `Prof.`); new invented places (Tollenby, Brisquay, Caldrith, Ulvermoor, Fennick
# Cross) and new openers (OPENERS_29).
OPENERS_29 = ("the cabbies", "most archivists", "some ramblers", "the choristers",
              "three farriers", "the coopers", "the chimney sweeps", "the harpists",
              "the toll keepers", "four wardens")  # fmt: skip
HELD_OUT_29_PHRASE = (
    _c("italic_time_label_org", "*10:05 CET* Lena Harrow (Tollenby Ports Authority): {F} was "
       "never on the table.", "paragraph", start=True),
    _c("update_counter_label", "Update #4: {F} was confirmed by the Brisquay coastguard.",
       "paragraph", start=True),
    _c("lettered_paren_item", "(b) {F} was put to the vote in Caldrith.", "paragraph",
       start=True),
    _c("after_closing_quote_ellipsis", "“If only…” {F} was what the Ulvermoor council had "
       "hoped to avoid.", start=True),
    _c("breaking_em_dash", "BREAKING — {F} is expected in Fennick Cross within the hour.",
       "paragraph", start=True),
    _c("negative_sos_unanimous", "After an SOS, a unanimous vote made {F} the priority in "
       "Fennick Cross."),
    _c("negative_clock_tally", "By 14:45 the Ulvermoor board had passed {F} by 7:2."),
)  # fmt: skip
HELD_OUT_29_SPACE = (
    _c("after_knots", "Gusts reached 70 knots{F}; roofs in Fennick Cross came off."),
    _c("after_bare_url", "Updates are posted at brisquay.gov.uk/pier{F}! Check before you "
       "travel."),
    _c("after_straight_quote_question", 'Was that really "the final offer"{F}? Nobody in '
       "Tollenby thinks so."),
    _c("after_paren_price_colon", "The fare rose (from £3 to £5){F}: commuters in Caldrith "
       "were furious."),
    _c("negative_localhost_port", "The panel moved to localhost:3000/admin{F}! Staff in "
       "Tollenby found it within minutes."),
    _c("negative_kickoff_lead", "Kick-off moved to 19:45{F}; Brisquay lead 2:0 from the first "
       "leg."),
)  # fmt: skip
HELD_OUT_29_SENTENCE = tuple(
    replace(c, openers=OPENERS_29)
    for c in (
        _c("speaker_bold_q_a", "**Q:** Why close the pier now?\n**A:** {F} asked us to, after "
           "the survey.", "paragraph"),
        _c("speaker_italic_role", "*Senna Fairlie, harbour engineer:* {F} will need a new deck "
           "by spring.", "paragraph"),
        _c("speaker_bracket_bst_party", "[08:12 BST] Cllr Ruth Ambery (Independent): {F} "
           "deserve a straight answer.", "paragraph"),
        _c("speaker_cest_pipe", "21:07 CEST | Rescue chief Tomas Heller: {F} are safe and "
           "accounted for.", "paragraph"),
        _c("speaker_dotted_time_rank_force", "10.15 – Sgt Olwen Pryce, Caldrith Police: {F} "
           "should stay indoors tonight.", "paragraph"),
        _c("speaker_military_time_org", "0615 GMT+1 - Warden Nils Ostby (Ulvermoor Park "
           "Trust): {F} must keep dogs on leads.", "paragraph"),
        _c("speaker_press_conference_caps", "Q: Will the bridge reopen this year?\nMAYOR "
           "ALDOUS KEEN: {F} will know by Friday.", "paragraph"),
        _c("speaker_square_bracket_role", "Aldous Keen [mayor of Tollenby]: {F} have waited "
           "long enough.", "paragraph"),
        _c("speaker_handle_time", "@caldrithfire (12:40): {F} are clearing the last of the "
           "debris.", "paragraph"),
        _c("cnw_dateline", "TOLLENBY, ON, Dec. 4, 2026 /CNW/ - {F} will share in a new pension "
           "fund.", "paragraph"),
        _c("yonhap_dateline", "ULVERMOOR, Dec. 4 (Yonhap) -- {F} rang every bell in town.",
           "paragraph"),
        _c("ots_dotted_date_dateline", "Fennick Cross, 04.12.2026 (ots) - {F} collected "
           "3,000 signatures.", "paragraph"),
        _c("accesswire_dateline", "TOLLENBY, UK / ACCESSWIRE / December 4, 2026 / {F} will "
           "open a new depot.", "paragraph"),
        _c("pa_media_dateline", "CALDRITH, Scotland (PA Media) — {F} turned out to clear the "
           "beach.", "paragraph"),
        _c("after_title_case_heading", "Where The Pier Money Went\n{F} still want an audit.",
           "paragraph"),
        _c("after_bold_heading_line", "**Key dates**\n{F} will meet again on 12 January.",
           "paragraph"),
        _c("after_day_items", "Day 1 – Drain the tank\nDay 2 – Refill it slowly\n{F} "
           "skipped the second day.", "paragraph"),
        _c("after_chevron_items", "» Ferry timetable\n» Road closures\n{F} checked both "
           "before leaving.", "paragraph"),
        _c("after_sentence_in_wrapped_text", "The council sat late into the night and\nvoted "
           "to shut the pier for good. {F} were not\nconsulted at all.", "paragraph"),
        _c("after_lowercase_paren_items", "1) sandbags\n2) torches\n{F} handed out both.",
           "paragraph"),
        _c("after_curly_quote_bang_colon", "The chant went up: “Save our pier!” {F} joined in "
           "from the boats."),
        _c("after_straight_quote_question_paragraph", '"Is that it?" {F} had expected '
           "far more from the minister.", "paragraph"),
        _c("after_curly_quote_ellipsis", "The answer was a shrug and a “maybe…” {F} left none "
           "the wiser."),
        _c("after_kubectl_line", "kubectl rollout restart deploy/tides\n{F} saw the pods come "
           "back within a minute.", "paragraph"),
        _c("after_sql_line", "SELECT name FROM gauges WHERE level > 3;\n{F} ran the query "
           "every hour.", "paragraph"),
        _c("after_reddit_header", "Posted by u/tollenby_local · 3h\n{F} argued about the pier "
           "all day.", "paragraph"),
        _c("after_emoji_post_line", "Pier reopens Saturday 🎉🎉\n{F} are already queuing.",
           "paragraph"),
        _c("after_kc_final", "The inquiry is led by Ines Marrick K.C. {F} expect a long "
           "hearing."),
        _c("after_state_abbrev_final", "The new hull was built in Pellwick, Calif. {F} towed "
           "it across the bay."),
        _c("after_hrs_final", "The crossing now takes 3 hrs. {F} bring sandwiches."),
        _c("negative_note_see_below", "Note: see below for the detour map. {F} should allow "
           "extra time."),
        _c("negative_ingredients_label", "Ingredients: eggs, flour, a pinch of salt.\n{F} "
           "baked the loaves before dawn.", "paragraph"),
        _c("negative_verse_matthew", "The banner quoted Matthew 5:9 in full. {F} read it "
           "slowly."),
        _c("negative_method_get", "The bug was in parse_tide(row).get('level') all along. "
           "{F} patched it by noon."),
        _c("negative_jetblue_paragraph", "jetBlue dropped its Tollenby route. {F} rebooked "
           "by train.", "paragraph"),
        _c("negative_chat_export_lowercase", "ria_o — Today at 07:31\nferry's off again\n"
           "sam.k — Today at 07:32\nugh, again?\n{F} took the bus instead.", "paragraph"),
        _c("negative_poem_pier", "o pier, o pier,\nthe gulls have kept your hours;\nwe kept "
           "nothing.\n{F} read it aloud on the quay.", "paragraph"),
        _c("negative_street_abbrevs_mid", "The march went from St. Anne's Sq. to the pier via "
           "Harbour Rd. and the market. {F} followed it."),
        _c("negative_qa_heading_lowercase", "Q&A: the pier closure explained\n{F} have until "
           "Friday to object.", "paragraph"),
        _c("negative_hard_wrap_titles", "The surveyors, led by Dr. Quennell and\nProf. Imrie, "
           "found the piles sound but\nthe deck unsafe. {F} closed it that day.",
           "paragraph"),
    )
)  # fmt: skip

# A thirtieth held-out batch, written blind in session 38 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 28 and 29),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 28's and 29's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in the
# commonest real-world shapes, in new wordings. A sentence opening in small letters after a
# speaker label (a Hansard minister with the name in brackets, an MP with a constituency and a
# party, a court transcript's time stamp and a judge in capitals, an ISO time stamp in UTC and an
# en dash, a bold PST time and an italic mayor, a senator with a party-state tag and an em dash,
# an AEDT time before a commissioner's `said:`, an organisation with its handle in brackets, a
# Speaker's `Order.`), a dateline (PR Newswire with a country, PTI with a colon, ANSA with the
# agency first, Anadolu's `(AA) -`, Newsfile's `--(... - date) -`, TASS's `. /TASS/.`), a
# numbered section heading, a markdown heading ending in `?`, `+` items and `i.` items in small
# letters, timed bullet items, a straight quote ending in `!` mid-line, a single curly quote
# ending in `?` opening a paragraph, a straight quote ending in `...`, a curl line piped to jq,
# a Python prompt and its output, a make line with a variable, a post line with emoji and a
# hashtag, a photo caption with a pin and a handle, a sentence ending in `plc.` or `oz.`;
# phrases after a court label with a role in brackets, an `ET |` live time, an AAP dateline, an
# `Item 2/5:` counter, a closing quote ending in `!` and a spaced en dash; spaces before `!` `?`
# `;` `:` after millimetres, an https URL, a single curly quote and a bracketed page; negatives
# that must stay (`An FBI` and `a one-off` around the phrase, `2025 140`, `9:30` and `1:8`, an
# IP with a port and `:)`, song lyrics in small letters, a chat log in small letters, `Lt. Col.`,
# `Insp.` and `Ln.` mid-sentence, `tado` opening a paragraph, a title-like line wrapped into a
# small-letter continuation, labels whose values stay in small letters, `os.path.join`, `est.`
# and `excl.` mid-sentence, `Ruth 1:16`, `-` items in small letters); new invented places
# (Tarnwick, Scarrowby, Quillby, Drennock, Corvistow, Brindlemere) and new openers (OPENERS_30).
OPENERS_30 = ("the thatchers", "most ushers", "the falconers", "two chandlers",
              "the millers", "some weavers", "the stonemasons", "the bargees",
              "five tanners", "the lamplighters")  # fmt: skip
HELD_OUT_30_PHRASE = (
    _c("court_label_time_role", "[10:32:05] MS. ODELL (for the Crown): {F} was never "
       "disclosed to the defence.", "paragraph", start=True),
    _c("live_et_pipe", "16:05 ET | {F} was cleared by the Tarnwick board overnight.", "paragraph",
       start=True),
    _c("aap_dateline", "SCARROWBY, Dec 5 AAP - {F} was signed off by the shire council.",
       "paragraph", start=True),
    _c("item_fraction_counter", "Item 2/5: {F} was raised again by Quillby residents.",
       "paragraph", start=True),
    _c("after_closing_quote_bang", "“Not on our watch!” {F} was painted on the next banner.",
       start=True),
    _c("spaced_en_dash_pair", "The agenda in Corvistow had one line – {F} – and nothing "
       "else."),
    _c("negative_fbi_one_off", "An FBI liaison and a one-off grant were both tied to {F} in "
       "Drennock."),
    _c("negative_year_then_count", "By March 2025 140 households in Brindlemere had backed "
       "{F}."),
)  # fmt: skip
HELD_OUT_30_SPACE = (
    _c("after_millimetres_bang", "Rain in Tarnwick totalled 112 mm{F}! The river burst its "
       "banks by dawn."),
    _c("after_https_url_question", "Have you seen https://quillby.example/ferry{F}? The "
       "timetable changed again."),
    _c("after_single_curly_quote_semicolon", "The harbour board labelled the scheme ‘bold’{F}; "
       "traders in Scarrowby called it reckless."),
    _c("after_bracketed_page_colon", "The minutes say so [p. 14]{F}: read them before the "
       "Drennock vote."),
    _c("negative_clock_ratio", "Doors in Corvistow open at 9:30{F}; the ratio of stewards to "
       "guests is 1:8."),
    _c("negative_ip_port_smiley", "Was ssh on 10.1.7.3:22 down again{F}? The Quillby admin "
       "just replied :) and logged off."),
)  # fmt: skip
HELD_OUT_30_SENTENCE = tuple(
    replace(c, openers=OPENERS_30)
    for c in (
        _c("speaker_hansard_minister_name_bracket", "The Minister for Brindlemere Harbours "
           "(Ines Calloway): {F} will be compensated this winter.", "paragraph"),
        _c("speaker_mp_constituency_party", "Oren Hask (Corvistow North) (Lab): {F} have "
           "been let down twice.", "paragraph"),
        _c("speaker_court_timestamp_judge_caps", "[14:02:31] JUDGE MARLOWE: {F} may sit down "
           "now.", "paragraph"),
        _c("speaker_iso_utc_en_dash", "2026-12-05T09:14Z – Watch officer Pell Araya: {F} are "
           "searching the north channel.", "paragraph"),
        _c("speaker_bold_pst_italic_mayor", "**11:20 a.m. PST** *Mayor Delia Frane:* {F} "
           "must run their taps for a minute.", "paragraph"),
        _c("speaker_senator_party_state_dash", "Sen. Aurel Kost (R-Tarnwick) — {F} deserve "
           "better than this bill.", "paragraph"),
        _c("speaker_aedt_said_colon", "9.47am AEDT — Commissioner Hal Ferreby (Scarrowby "
           "Police) said: {F} are sheltering in the scout hut.", "paragraph"),
        _c("speaker_org_handle_bracket", "Drennock Fire & Rescue (@drennockfire): {F} are "
           "damping down the last hotspots.", "paragraph"),
        _c("speaker_order_call", "Madam Deputy Speaker: Order. {F} will resume their seats.",
           "paragraph"),
        _c("prnewswire_country_dateline", "TARNWICK, England, Dec. 5, 2026 /PRNewswire/ -- "
           "{F} will share a £1m prize fund.", "paragraph"),
        _c("pti_colon_dateline", "Drennock, Dec 5 (PTI): {F} staged a sit-in outside the "
           "district office.", "paragraph"),
        _c("ansa_agency_first_dateline", "(ANSA) - Corvistow, December 5 - {F} rowed the "
           "relic across the lagoon.", "paragraph"),
        _c("anadolu_dateline", "SCARROWBY (AA) - {F} marched on the port authority.",
           "paragraph"),
        _c("newsfile_dateline", "Quillby, Scotland--(Newsfile Corp. - December 5, 2026) - "
           "{F} will list on the exchange next week.", "paragraph"),
        _c("tass_dateline", "BRINDLEMERE, December 5. /TASS/. {F} have reopened the salt "
           "road.", "paragraph"),
        _c("after_numbered_section_title", "2.3 Funding\n{F} pay for the scheme through the "
           "rates.", "paragraph"),
        _c("after_markdown_h3_question", "### Where does the levy go?\n{F} will be told "
           "by letter.", "paragraph"),
        _c("after_plus_items_lowercase", "+ sandbags\n+ pumps\n{F} had neither by dusk.",
           "paragraph"),
        _c("after_roman_items_lowercase", "i. the pier\nii. the lido\n{F} want both kept "
           "open.", "paragraph"),
        _c("after_timed_bullets", "• 08:00 – gates open\n• 09:30 – first heat\n{F} arrived "
           "at noon.", "paragraph"),
        _c("after_straight_quote_bang_mid", 'He only shouted "Row!" {F} pulled harder.'),
        _c("after_single_curly_question_paragraph", "‘Who signed this?’ {F} wanted to know.",
           "paragraph"),
        _c("after_straight_quote_three_dots", "The mayor trailed off: \"we'll see...\" {F} "
           "took that as a no."),
        _c("after_curl_jq_line", "curl -s https://tides.tarnwick.example/api | jq .level\n{F} "
           "polled it every ten minutes.", "paragraph"),
        _c("after_python_prompt_output", ">>> round(tides.mean(), 2)\n2.41\n{F} called it "
           "two and a half.", "paragraph"),
        _c("after_make_variable_line", "make release ENV=prod\n{F} watched the logs scroll "
           "past.", "paragraph"),
        _c("after_emoji_hashtag_post", "Storm's here 🌊🌊 #Quillby\n{F} stocked up on "
           "candles.", "paragraph"),
        _c("after_pin_photo_caption", "📍 Corvistow harbour | 📸 @lena.sails\n{F} liked the "
           "photo within minutes.", "paragraph"),
        _c("after_plc_final", "The dredging deal was won by Harrow & Finch plc. {F} start "
           "work in May."),
        _c("after_oz_final", "Each loaf weighs 14 oz. {F} sell them warm."),
        _c("negative_lyrics_lowercase", "and the tide came in, and the tide went out,\nand "
           "nobody knew what the shouting was about.\n{F} sang it all the way home.",
           "paragraph"),
        _c("negative_chat_log_lowercase", "[09:02] kit: anyone seen the ferry?\n[09:03] "
           "moss: cancelled again, sorry.\n{F} walked instead.", "paragraph"),
        _c("negative_ranks_lane_mid", "Lt. Col. Ferro met Insp. Dray at 4 Quay Ln. on "
           "Tuesday. {F} were not invited."),
        _c("negative_tado_paragraph", "tado cut its prices in Brindlemere. {F} switched "
           "within the week.", "paragraph"),
        _c("negative_title_like_wrap", "Residents of Quillby Harbour and Tarnwick Docks\nwere "
           "told to move their cars by six. {F} did so at once.", "paragraph"),
        _c("negative_labels_lowercase_values", "Mood: cautiously hopeful.\nWeather: drizzle, "
           "then sun.\n{F} set off anyway.", "paragraph"),
        _c("negative_os_path_join", "The logs go to os.path.join(root, 'tides') by default. "
           "{F} never changed it."),
        _c("negative_est_excl_mid", "The plan, est. cost £2m excl. fees, goes to the board in "
           "spring. {F} expect it to pass."),
        _c("negative_verse_ruth", "The bride chose Ruth 1:16 for the reading. {F} knew it by "
           "heart."),
        _c("negative_dash_items_lowercase", "- bring water;\n- wear boots;\n- stay on the "
           "path.\n{F} ignored all three.", "paragraph"),
    )
)  # fmt: skip

# A thirty-first held-out batch, written blind in session 38 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 29 and 30),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 29's and 30's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in the
# commonest real-world shapes, in new wordings. A sentence opening in small letters after a
# speaker label (an MP with `MP for` a constituency after a comma and a party, a baroness with a
# territorial title, a court's `Q. (By Mr. ...)` and `A.`, a witness in capitals with an
# interpreter in square brackets, a role with the name in brackets, an IST time and an en dash
# before a rank, italic interviewer and interviewee lines, a bracketed 12-hour EST time and a
# hyphen before a coach and a club, `The hon. Member for`, an ISO date with a UTC offset and a
# pipe before a rank and a role after a comma), a dateline (ANI's region in square brackets and a
# colon, WAM's ordinal date and `--`, the Canadian Press's province and an em dash, Interfax's dot
# after the place, Prensa Latina with no separator, EFE's `.-`), a numbered markdown `##`
# heading, a `#` heading ending in `!`, `a)` items in small letters, a hard-wrapped line ending a
# sentence, a single straight quote ending in `?` mid-line, a curly quote ending in `!` opening a
# paragraph, a single curly quote ending in `…` around an apostrophe, a `$ git` line, a
# `console.log` line, a post line with an emoji and two hashtags, a police post header with a
# handle and an age, a sentence ending in `Inc.`, `etc.` or `a.m.`; phrases after a bold podcast
# name with minutes, a `Step 3 of 4 —` counter, an `[UPDATED 17:20]` tag, a single curly quote
# ending in `?` and a GMT live time with an em dash; spaces before `!` `?` `;` `:` after km/h, a
# URL with a query, a curly quote and a bracketed percentage; negatives that must stay (`An MoU`
# and `a user` around the phrase, a `20:15` clock and a `2:1` score, a `4:2` score, `5:1` odds and
# a `19:30` start, `cache.get(key)` and `db:5432`, labels whose values stay in small letters
# (`Allergens:`, `NB:`), a reported-speech `He said: the plan ...` among quotes, `monday.com`
# opening a paragraph, lyrics in small letters, a chat log in small letters, a title-like line
# wrapped into a small-letter continuation, `Psalm 46:10`, `15:00` and `2:2`, `Approx.`, `incl.`,
# `Gen.` and `No. 9` mid-sentence, a hard-wrapped paragraph, `*` items in small letters); new
# invented places (Halsingford, Pennygate, Morrowdene, Skelbury, Ashcombe) and new openers
# (OPENERS_31).
OPENERS_31 = ("the cobblers", "most plasterers", "the drovers", "the net menders",
              "six rope makers", "the wheelwrights", "some boatwrights", "the sail makers",
              "the well diggers", "three basket weavers")  # fmt: skip
HELD_OUT_31_PHRASE = (
    _c("podcast_bold_name_minutes", "**Ines Szabel** (41:17): {F} came up twice in the second "
       "half.", "paragraph", start=True),
    _c("step_of_counter_dash", "Step 3 of 4 — {F} has to be signed off by a Pennygate warden.",
       "paragraph", start=True),
    _c("after_bracket_update_tag", "[UPDATED 17:20] {F} was pushed back to January in "
       "Morrowdene.", "paragraph", start=True),
    _c("after_closing_single_curly_question", "‘Why now?’ {F} was the only reply the Skelbury "
       "crowd got.", start=True),
    _c("live_gmt_em_dash", "14.05 GMT — {F} was confirmed by Halsingford's harbour office.",
       "paragraph", start=True),
    _c("negative_an_mou_a_user", "An MoU and a user survey in Ashcombe both referred to {F}."),
    _c("negative_clock_score_tannoy", "At 20:15, with Skelbury ahead 2:1, {F} was read out "
       "over the tannoy."),
)  # fmt: skip
HELD_OUT_31_SPACE = (
    _c("after_kmh_bang", "Gusts hit 140 km/h{F}! Pennygate lost its church weathervane."),
    _c("after_url_query_question", "Who deleted http://skelbury.example/minutes?id=7{F}? It "
       "vanished overnight."),
    _c("after_curly_double_quote_colon", "Over the Halsingford baths hung a board saying "
       "“closed for repairs”{F}: nobody believed it."),
    _c("after_paren_percent_semicolon", "Turnout slumped (to 41%){F}; Morrowdene's count ran "
       "past midnight."),
    _c("negative_score_odds_start", "Ashcombe beat Skelbury 4:2{F}! The odds had been 5:1 "
       "against before the 19:30 start."),
    _c("negative_method_db_port", "Why did cache.get(key) return None{F}? The Halsingford "
       "build on db:5432 had passed."),
)  # fmt: skip
HELD_OUT_31_SENTENCE = tuple(
    replace(c, openers=OPENERS_31)
    for c in (
        _c("speaker_mp_for_constituency_party", "Tamsin Orrell, MP for Skelbury (Lib Dem): {F} "
           "were never asked about the route.", "paragraph"),
        _c("speaker_baroness_of_place_party", "Baroness Crail of Pennygate (Con): {F} deserve "
           "an answer before Christmas.", "paragraph"),
        _c("speaker_court_q_by_counsel_a", "Q. (By Mr. Tollan) And after that?\nA. {F} came "
           "back with the keys.", "paragraph"),
        _c("speaker_witness_caps_interpreter", "THE WITNESS [through an interpreter]: {F} ran "
           "toward the slipway.", "paragraph"),
        _c("speaker_role_name_in_brackets", "Council spokesperson (Idris Kavanagh): {F} are "
           "reviewing the camera footage.", "paragraph"),
        _c("speaker_ist_en_dash_rank", "18:20 IST – Deputy Collector Arun Mehra: {F} have "
           "shifted into relief camps.", "paragraph"),
        _c("speaker_italic_interviewer_reply", "*Interviewer:* And the ferry?\n*Marta Quist:* "
           "{F} gave up on it years ago.", "paragraph"),
        _c("speaker_bracket_est_hyphen_club", "[3:42 PM EST] - Coach Dara Whitlow "
           "(Halsingford Hawks): {F} played their hearts out.", "paragraph"),
        _c("speaker_hon_member_for", "The hon. Member for Morrowdene West (Mr Emlyn Vance): "
           "{F} will not be fooled twice.", "paragraph"),
        _c("speaker_iso_offset_pipe_rank_role", "2026-12-05 16:10 UTC+2 | Capt. Liesl Braam, "
           "harbour master: {F} may not enter the channel.", "paragraph"),
        _c("ani_bracket_region_dateline", "Morrowdene [Skelshire], December 5 (ANI): {F} "
           "blocked the ring road on Saturday.", "paragraph"),
        _c("wam_ordinal_dateline", "HALSINGFORD, 5th December, 2026 (WAM) -- {F} opened a "
           "desalination plant.", "paragraph"),
        _c("canadian_press_province_dateline", "PENNYGATE, N.S. — {F} hauled their traps in "
           "early.", "paragraph"),
        _c("interfax_dotted_dateline", "SKELBURY. Dec 5 (Interfax) - {F} were evacuated from "
           "the lower town.", "paragraph"),
        _c("prensa_latina_bare_dateline", "Ashcombe, Dec 5 (Prensa Latina) {F} marked the "
           "anniversary with a march.", "paragraph"),
        _c("efe_dot_dash_dateline", "Halsingford, Dec 5 (EFE).- {F} rescued forty sheep from "
           "the flood.", "paragraph"),
        _c("after_md_numbered_h2", "## 4. What happens next\n{F} will get a letter by March.",
           "paragraph"),
        _c("after_hash_heading_bang", "# We did it!\n{F} raised the last £900 overnight.",
           "paragraph"),
        _c("after_lettered_items_lowercase", "a) the ferry\nb) the bridge\n{F} voted for the "
           "bridge.", "paragraph"),
        _c("after_wrapped_line_full_stop", "The baths will shut on\nFriday.\n{F} heard it from "
           "a\nnotice on the door.", "paragraph"),
        _c("after_straight_single_quote_question_mid", "She asked only 'why us?' {F} had no "
           "answer for her."),
        # (a quote's tag after it, no sentence of its own: "“Hands off our library!” the
        # protesters chanted outside ..." is one sentence in English style and wire copy, its
        # tag in small letters; batch 34 keeps "“We are staying put!” the strikers chanted
        # outside" so. Session 41 made this context a negative: it had planted the opener as
        # the tag's subject and wanted it capitalised, against batch 34's gold)
        _c("negative_curly_quote_bang_chanted_paragraph", "“Hands off our library!” the "
           "protesters chanted outside the Skelbury town hall. {F} stayed until the doors "
           "were locked.", "paragraph"),
        _c("after_single_curly_ellipsis_apostrophe", "He muttered ‘we’ll manage…’ {F} doubted "
           "it very much."),
        _c("after_git_prompt_line", "$ git pull --rebase origin main\n{F} fixed the conflicts "
           "by hand.", "paragraph"),
        _c("after_console_log_line", "console.log(levels.at(-1));\n{F} read the last value "
           "aloud.", "paragraph"),
        _c("after_check_emoji_two_hashtags", "Flood warning lifted ✅ #Halsingford #StaySafe\n"
           "{F} moved back in by teatime.", "paragraph"),
        _c("after_police_handle_age_header", "Pennygate Police (@PennygatePol) · 2h\n{F} are "
           "appealing for witnesses.", "paragraph"),
        _c("after_inc_final", "The survey contract went to Varrow Systems Inc. {F} begin in "
           "March."),
        _c("after_etc_final", "The chandlery stocks nets, ropes, floats, etc. {F} open at "
           "dawn."),
        _c("after_am_final", "The first crossing sails at 6 a.m. {F} queue from five."),
        _c("negative_allergens_nb_labels", "Allergens: milk, egg, sesame.\nNB: best eaten "
           "warm.\n{F} had none left by ten.", "paragraph"),
        _c("negative_reported_speech_colon", "“We’re finished,” said one trader. “Not yet,” "
           "said another. He said: the plan is dead. {F} disagreed loudly."),
        _c("negative_monday_com_paragraph", "monday.com raised its prices again. {F} moved to "
           "a spreadsheet.", "paragraph"),
        _c("negative_lyrics_small_letters", "oh the rain on the slate,\nand the gulls at the "
           "gate,\nand the kettle kept low.\n{F} hummed it for days.", "paragraph"),
        _c("negative_irc_chat_lowercase", "<tamsin_o> is the bridge open?\n<rob_k> nope, shut "
           "till six.\n{F} waited in the car.", "paragraph"),
        _c("negative_title_line_wrapped_lower", "Councillors From Skelbury And Pennygate "
           "Wards\nmet the bishop on Tuesday. {F} were not told why.", "paragraph"),
        _c("negative_psalm_clock_draw", "The vigil opened with Psalm 46:10 at 15:00, after "
           "the 2:2 draw. {F} lit candles."),
        _c("negative_approx_incl_gen_no_mid", "Approx. 40 boats, incl. two from Gen. Hale's "
           "old fleet, passed No. 9 Quay. {F} waved from the wall."),
        _c("negative_hard_wrap_three_lines", "Our bus ran late, so the\ncouncil sent a "
           "minibus, which\nbroke down near the mill. {F} walked the rest.", "paragraph"),
        _c("negative_asterisk_items_lowercase", "* mend the nets\n* tar the hull\n* paint the "
           "name\n{F} did the lot in a day.", "paragraph"),
    )
)  # fmt: skip

# A thirty-second held-out batch, written blind in session 38 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 30 and 31),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 30's and 31's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds in the
# commonest real-world shapes, in new wordings. A sentence opening in small letters after a speaker
# label (a podcast's bracketed hh:mm:ss stamp before a name, a name bold with its colon inside, a
# broadcast transcript's `>>` and a name in capitals, bold `Q:` and `A:` lines, a secretary in
# capitals, a chat app's name line with a `·` and a 12-hour time, a subtitle block's number and
# `-->` timing, a football minute with added time and an em dash, an automatic transcript's `Speaker
# 2 (03:17):`), a dateline (AP's state abbreviation, AFP's place and hyphen, Bloomberg's bare
# `(Bloomberg) --`, Xinhua's `Dec.` and `--`, Business Wire's `--(BUSINESS WIRE)--` with no space
# after, EIN Presswire's slashed `/EINPresswire.com/`), a setext heading underlined with hyphens, a
# heading in capitals, a `•` item opening with the sentence, a ticked `- [x]` item, a stop in the
# middle of a hard-wrapped line, a curly quote ending in `?` mid-line, a straight quote ending in
# `…` opening a paragraph, a PowerShell prompt line, a fenced code block, a post with emoji, a
# `Replying to @...` header, a sentence ending in `N.V.`, `lbs.` or `LLC.`; phrases after a Reuters
# dateline, a thread counter with an emoji, a bold live time and a pipe, a chair's label in capitals
# and a curly quote ending in `…`; spaces before `!` `?` `;` `:` after a bracketed word, a www URL
# with a path, a straight quote and degrees Celsius; negatives that must stay (`An NHS` and `a
# eulogy` around the phrase, `7:45`, `8:10` and `Psalm 121:1`, `rows[1:3]` and `self.run()`, a
# handle and a `;)` wink after a space, `eToro` opening a paragraph, a chat log's dated labels with
# small-letter messages, a numbered list in small letters, lyrics in small letters, a hard-wrapped
# paragraph, labels whose values stay in small letters (`Status:`, `Priority:`), reported speech
# after a colon, `18:45`, `3:1`, `16:9` and `Matthew 5:9`, `server.listen(8443)` and
# `localhost:8443`, `Sgt.`, `Rev.`, `ca.` and `viz.` mid-sentence); new invented places (Wrenhallow,
# Cadbrook, Ferrisham, Tollerby, Glenvarrick, Orsington) and new openers (OPENERS_32).
OPENERS_32 = ("the cutlers", "most milliners", "the tinsmiths", "the bookbinders",
              "two ostlers", "the coachbuilders", "some chairmakers", "the dyers",
              "five hatters", "the knife grinders")  # fmt: skip
HELD_OUT_32_PHRASE = (
    _c("reuters_country_dateline", "FERRISHAM, England, Dec 5 (Reuters) - {F} was waved "
       "through by the county's water regulator.", "paragraph", start=True),
    _c("thread_counter_emoji", "2/6 🧵 {F} was buried on page nine of the Cadbrook report.",
       "paragraph", start=True),
    _c("bold_live_time_pipe", "**11:48** | {F} was read into the record at Glenvarrick.",
       "paragraph", start=True),
    _c("chair_caps_label", "CHAIR: {F} was carried by nine votes to four in Tollerby.",
       "paragraph", start=True),
    _c("after_curly_quote_ellipsis", "“We’ll see…” {F} was all the Orsington mayor would add.",
       start=True),
    _c("negative_an_nhs_a_eulogy", "An NHS porter read a eulogy in Wrenhallow that touched on "
       "{F}."),
    _c("negative_clocks_verse_phrase", "Between 7:45 and 8:10, while the choir sang Psalm 121:1, "
       "{F} surfaced in two sermons."),
)  # fmt: skip
HELD_OUT_32_SPACE = (
    _c("after_square_bracket_word_bang", "They cut the grant [again]{F}! Wrenhallow's youth "
       "club shuts on Friday."),
    _c("after_www_url_path_colon", "Tickets are sold only at www.glenvarrick.example/tickets{F}: "
       "the box office has closed."),
    _c("after_straight_quote_question", 'Did the Ferrisham mayor really say "no comment"{F}? '
       "Reporters played the tape back."),
    _c("after_degrees_celsius_semicolon", "The thermometer read 38 °C{F}; Cadbrook opened its "
       "cooling halls at noon."),
    _c("negative_slice_method_call", "Why does rows[1:3] skip the header{F}? The Tollerby "
       "script also calls self.run() twice."),
    _c("negative_handle_wink", "Huge thanks to @orsington_fc{F}! Sold out three weeks early "
       ";) see you in spring."),
)  # fmt: skip
HELD_OUT_32_SENTENCE = tuple(
    replace(c, openers=OPENERS_32)
    for c in (
        _c("speaker_podcast_stamp_before_name", "(00:14:22) Nadia Ferrant: {F} kept the old "
           "tools in a shed.", "paragraph"),
        _c("speaker_bold_name_colon_inside", "**Oskar Venn:** {F} never sold a single blade "
           "abroad.", "paragraph"),
        _c("speaker_broadcast_chevrons_caps", ">> KELLAN MARSH, CORRESPONDENT: {F} are still "
           "queuing outside the depot.", "paragraph"),
        _c("speaker_bold_q_then_a", "**Q:** How long did the repairs take?\n**A:** {F} needed "
           "most of a fortnight.", "paragraph"),
        _c("speaker_secretary_caps", "SECRETARY PASK: {F} get their back pay before the holidays.",
           "paragraph"),
        _c("speaker_chat_app_name_time_line", "Jonas Pell · 10:42 AM\n{F} just closed the "
           "Cadbrook shop early.", "paragraph"),
        _c("speaker_subtitle_block_timing", "12\n00:01:14,200 --> 00:01:16,900\n{F} carried "
           "the banners uphill.", "paragraph"),
        _c("speaker_football_added_minute", "45+2' — {F} in the away end let off flares.",
           "paragraph"),
        _c("speaker_auto_transcript_numbered", "Speaker 2 (03:17): {F} could not hear the "
           "alarm from there.", "paragraph"),
        _c("speaker_tribunal_role_comma_name", "Presiding officer, Mrs Ardley: {F} should "
           "clear the public gallery.", "paragraph"),
        _c("ap_state_dateline", "WRENHALLOW, Vt. (AP) — {F} reopened the covered bridge on "
           "Saturday.", "paragraph"),
        _c("afp_place_hyphen_dateline", "Cadbrook (AFP) - {F} occupied the "
           "prefecture's courtyard overnight.", "paragraph"),
        _c("bloomberg_bare_dateline", "(Bloomberg) -- {F} lifted their prices for a third "
           "month.", "paragraph"),
        _c("xinhua_dec_dateline", "TOLLERBY, Dec. 5 (Xinhua) -- {F} planted a thousand "
           "saplings.", "paragraph"),
        _c("business_wire_no_space_dateline", "GLENVARRICK, Scotland--(BUSINESS WIRE)--{F} "
           "announced a merger today.", "paragraph"),
        _c("ein_presswire_slashed_dateline", "ORSINGTON, Wales, Dec. 5, 2026 "
           "/EINPresswire.com/ -- {F} signed a supply deal.", "paragraph"),
        _c("after_setext_heading_hyphens", "Background\n----------\n{F} first struck in "
           "the spring of 2019.", "paragraph"),
        _c("after_caps_heading", "WHAT WE KNOW SO FAR\n{F} have been asked to boil water.",
           "paragraph"),
        _c("bullet_item_opens_sentence", "• {F} receive vouchers worth the fare.\n• Season "
           "passes roll over.", "paragraph"),
        _c("ticked_checkbox_item", "- [x] {F} signed the Ferrisham lease\n- [ ] Book the "
           "van", "paragraph"),
        _c("stop_mid_wrapped_line", "The yard on Quay Lane will close at\nnoon. {F} were "
           "given a week to clear\ntheir benches.", "paragraph"),
        _c("after_curly_question_mid_line", "“Is the pier safe?” {F} asked it twice at the "
           "Orsington meeting."),
        _c("after_straight_ellipsis_paragraph", '"Gone…" {F} whispered as the stage lamps '
           "failed.", "paragraph"),
        _c("after_powershell_prompt", "PS C:\\Users\\ops> Restart-Service ferrydb\n{F} "
           "checked the logs afterwards.", "paragraph"),
        _c("after_fenced_code_block", "```bash\nnpm run build\n```\n{F} watched the "
           "build turn green.", "paragraph"),
        _c("after_emoji_siren_post", "🚨 Tollerby Road shut both ways 🚧\n{F} should "
           "follow the yellow signs.", "paragraph"),
        _c("after_replying_to_header", "Replying to @OrsingtonBus\n{F} have waited since "
           "seven for the 42.", "paragraph"),
        _c("after_nv_final", "The tender went to Brask Dredging N.V. {F} start digging in "
           "April."),
        _c("after_lbs_final", "The record pike weighed 31 lbs. {F} had it mounted in the "
           "pub."),
        _c("after_llc_final", "The deed passed to Brannock Holdings LLC. {F} kept a "
           "copy."),
        _c("negative_etoro_paragraph", "eToro traders in Wrenhallow doubled last year. {F} "
           "trade mostly in the evenings.", "paragraph"),
        _c("negative_dated_chat_lowercase", "[05/12/2026, 09:14] Ada: omw\n[05/12/2026, "
           "09:15] Rob: ok see u at the gate\n{F} got there first.", "paragraph"),
        _c("negative_numbered_list_lowercase", "1. eggs\n2. flour\n3. two lemons\n{F} "
           "bake it for an hour.", "paragraph"),
        _c("negative_lyrics_lowercase_second", "and the lamps burn low,\nand the tide comes "
           "slow,\nand we row and row.\n{F} sang it at every wake.", "paragraph"),
        _c("negative_hard_wrap_paragraph", "When the mill closed the\nwhole street lost its "
           "wages and\nmost of its shops. {F} moved away.", "paragraph"),
        _c("negative_status_priority_labels", "Status: resolved\nPriority: low\n{F} closed "
           "the ticket on Friday.", "paragraph"),
        _c("negative_reported_speech_after_colon", "The memo was blunt: staff would be cut by "
           "half. {F} read it in silence."),
        _c("negative_clock_score_ratio_verse", "The 18:45 service read Matthew 5:9 after the "
           "3:1 win, shown in 16:9 on the big screen. {F} cheered."),
        _c("negative_listen_localhost_port", "Call server.listen(8443) and then open "
           "localhost:8443/health in a browser. {F} saw it load."),
        _c("negative_sgt_rev_ca_viz_mid", "Sgt. Hale, Rev. Imrie and ca. thirty "
           "others (viz. the Cadbrook bell ringers) joined the walk. {F} followed."),
    )
)  # fmt: skip

# A thirty-third held-out batch, written blind in session 39 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batches 31 and 32),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 31's and 32's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward machine-translated French news and ordinary web news rather than speaker labels. A
# sentence opening in small letters in plain news paragraphs after a full stop (present-tense
# plurals, irregular past participles, `had begun`, modal verbs, a question with its own openers,
# a place name left in small letters with its own openers, after a question, a year, a
# percentage, a sum in euros, a quote closed with a stop and one with an attribution), at a
# paragraph's start and after a paragraph break, after datelines (AFP's place and country in
# brackets, dpa's two places with a slash, a byline above a dateline in capitals), after a plain
# heading, a `READ MORE:` line, a photo credit line, an `Editor's note:` label, a `-` item after
# a `Key points:` line, a `1)` item, a quote opened after a colon, a sentence ending in `Co.`;
# phrases mid-sentence in news prose, after a dateline with an en dash, after a heading, before
# a quoted description and after a percentage; spaces before `,` `.` `:` `;` `?` in news prose
# and a quote; negatives that must stay (`An SNCF` and `a U-turn` around the phrase, `had had`
# and `that that`, a spaced `...` and ` - `, `U.S. officials` opening a sentence, `Dr.` and
# `approx.` mid-sentence, `No. 5` and `No. 12`, small letters after a colon (`The reason was
# simple: the ...`, `The kit includes: a ...`), `iPhone` opening a sentence, `p.m. on`, `et al.
# found`, `vs. the`, a `…` inside a sentence, `"...?" asked` and `"...!" shouted`, a headline with
# small letters after its colon, `a.k.a.` and `i.e.` mid-sentence); new invented places
# (Calverby, Heddingstow, Dunstraith, Pellingham, Ravensholt, Kestrelmouth) and new openers
# (OPENERS_33).
OPENERS_33 = ("the scaffolders", "officials", "both of them", "two ferry pilots",
              "meanwhile the dockers", "most bakers", "kestrelmouth traders",
              "some of the lorry drivers", "eleven families", "the trawler crews")  # fmt: skip
# a question's first words, and a place left in small letters by the translation
OPENERS_33_ASK = ("why did the scaffolders", "did the dockers", "how did two ferry pilots",
                  "when will the bakers")  # fmt: skip
OPENERS_33_PLACE = ("calverby", "heddingstow", "dunstraith", "pellingham")
HELD_OUT_33_PHRASE = (
    _c("news_mid_council_papers", "Council papers seen by the Heddingstow Courier show that "
       "{F} came up at three closed meetings."),
    _c("after_day_month_dateline_en_dash", "RAVENSHOLT, 5 December – {F} was approved on "
       "Thursday by the regional assembly.", "paragraph", start=True),
    _c("after_plain_heading_line", "The timetable from here\n{F} is due to be settled inside "
       "a fortnight.", "paragraph", start=True),
    _c("before_quoted_description", 'The mayor of Pellingham dismissed {F} as "a matter for '
       'the courts".'),
    _c("after_percent_turnout", "With turnout at 62.4 percent, {F} was decided by fewer than "
       "300 votes."),
    _c("negative_an_sncf_a_u_turn", "An SNCF manager announced a U-turn over {F} late on "
       "Friday."),
    _c("negative_had_had_that_that", "Auditors found that Calverby had had {F} on file, and "
       "that that file was lost."),
)  # fmt: skip
HELD_OUT_33_SPACE = (
    _c("prose_before_comma_which", "The prefecture of Heddingstow{F}, which oversees the "
       "port, declined to comment."),
    _c("prose_before_stop_then_sentence", "The ring road stays shut until Monday{F}. "
       "Diversions through Dunstraith are signposted."),
    _c("prose_before_colon_reasons", "The mayor of Calverby gave two reasons{F}: cost and "
       "safety."),
    _c("quote_before_question_asked", "“Who foots the bill for this{F}?” asked a baker in "
       "Kestrelmouth."),
    _c("prose_before_semicolon_after_month", "Food prices climbed 3.1 percent in November{F}; "
       "rents in Pellingham climbed faster still."),
    _c("negative_spaced_ellipsis_hyphen", "Who covers the clean-up costs{F}? The council ... or "
       "the port - nobody in Ravensholt will say."),
)  # fmt: skip
HELD_OUT_33_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_33)
    for c in (
        _c("prose_present_plural_after_stop", "No pilot boats have left Calverby harbour "
           "since Tuesday. {F} wait offshore for a tide that may not turn before Friday."),
        _c("prose_say_after_stop", "Overnight the Lenne spilled into ground-floor flats "
           "across Heddingstow. {F} say the river has not yet peaked."),
        _c("prose_irregular_participle", "Three pumps broke down at the Dunstraith works on "
           "Monday morning. {F} were sent home before lunch."),
        _c("prose_had_begun", "By the time the inspectors turned up in Pellingham, the "
           "felling was well under way. {F} had begun stacking logs by the gates."),
        _c("prose_modal_could", "The bridge over the Lenne was shut after cracks appeared in "
           "one pier. {F} could face a forty-minute detour each way."),
        _c("prose_modal_must", "The prefect signed the eviction order late on Thursday. {F} "
           "must quit the camp before the month is out."),
        _c("prose_question_opener", "The Ravensholt ferry sailed twenty minutes ahead of its "
           "timetable. {F} leave the quay so early?", openers=OPENERS_33_ASK),
        _c("prose_place_name_in_small_letters", "The regional council met behind closed "
           "doors. {F} is to lose its maternity ward in March.", openers=OPENERS_33_PLACE),
        _c("prose_after_question", "Was the warning issued in time? {F} insist it reached "
           "them an hour after the water did."),
        _c("prose_after_year", "The tannery shut down in 1987. {F} still gather in its old "
           "yard every May."),
        _c("prose_after_decimal_percent", "Unemployment in the valley stands at 14.2 percent. "
           "{F} have moved to the coast to find work."),
        _c("prose_after_closed_quote_stop", 'The deputy mayor told reporters: "We did '
           'everything the law requires." {F} disagree and plan to go to court.'),
        _c("prose_after_quote_attribution", "“The dyke held for nine hours,” the engineer "
           "said. {F} filled sandbags until dawn."),
        _c("prose_paragraph_opens_small", "{F} were cleared from four streets near the "
           "Calverby chemical plant on Wednesday after a tank began to leak, the fire service "
           "said.", "paragraph"),
        _c("prose_after_paragraph_break", "The strike at the Kestrelmouth cannery entered its "
           "third week on Monday.\n\n{F} have lost almost a fortnight's pay, according to "
           "union figures.", "paragraph"),
        _c("afp_place_country_dateline", "Dunstraith (Belgium) (AFP) - {F} barricaded the "
           "bypass at dawn on Saturday.", "paragraph"),
        _c("dpa_two_places_slash_dateline", "Pellingham/Berlin (dpa) - {F} cancelled the "
           "Christmas market for a second year.", "paragraph"),
        _c("byline_above_caps_dateline", "By Maren Achter\nRAVENSHOLT — {F} have voted to "
           "keep the old lighthouse lit.", "paragraph"),
        _c("after_plain_news_heading", "Roads cut off across the northern valleys\n{F} sat out "
           "the night in parked cars on the D14.", "paragraph"),
        _c("after_read_more_line", "READ MORE: Calverby budget row deepens\n{F} are due to "
           "vote on the cuts next week.", "paragraph"),
        _c("after_photo_credit_line", "Photo: Lena Corvo / Heddingstow Courier\n{F} stood "
           "in line outside the food bank for hours.", "paragraph"),
        _c("editors_note_label", "Editor's note: {F} were contacted before publication but "
           "did not reply.", "paragraph"),
        _c("dash_item_after_key_points", "Key points:\n- {F} were taken to the sports hall\n- "
           "Power came back at noon", "paragraph"),
        _c("paren_numbered_item", "1) {F} must register at the council office by Friday.\n2) Bring "
           "proof of address.", "paragraph"),
        _c("quote_opened_after_colon", "The minister added: “{F} shall receive full pay by "
           "January.”"),
        _c("after_co_final", "The dredging contract went to Harlow Quay Co. {F} begin dredging "
           "in March."),
        _c("negative_us_officials_opening", "U.S. officials declined to comment on the "
           "Calverby talks. {F} said nothing either."),
        _c("negative_dr_approx_mid", "Dr. Ilse Rowan and approx. forty nurses stayed on all "
           "night in Heddingstow. {F} brought them soup."),
        _c("negative_bus_tram_numbers", "Bus No. 5 and tram No. 12 were both diverted around "
           "the market square. {F} went on foot."),
        _c("negative_colon_reason_small", "The cause turned out to be simple: the pumps had "
           "never been serviced. {F} had warned about it for years."),
        _c("negative_colon_kit_list_small", "The emergency kit includes: a torch, a radio "
           "and two blankets. {F} handed out three hundred."),
        _c("negative_iphone_opens_sentence", "Sales at the Dunstraith shop fell by half. "
           "iPhone repairs kept it open. {F} still come in on Saturdays."),
        _c("negative_pm_on_mid", "The Pellingham talks broke up at 11.40 p.m. on Tuesday. "
           "{F} left without a deal."),
        _c("negative_et_al_found", "Rowan et al. found that the glacier lost a fifth of its "
           "mass. {F} did not seem surprised."),
        _c("negative_vs_mid", "The 3-1 defeat vs. the league leaders left Ravensholt in "
           "sixth place. {F} booed the manager."),
        _c("negative_ellipsis_mid_sentence", "The count was… slow, to put it kindly. {F} "
           "waited until two in the morning."),
        _c("negative_quote_question_asked", '"Why us?" asked one driver at the Kestrelmouth '
           "depot. {F} could offer no answer."),
        _c("negative_quote_bang_shouted", '"Get out!" shouted a guard at the Calverby gate. '
           "{F} sprinted for the fence."),
        _c("negative_headline_colon_small", "Heddingstow flood inquiry: what the council knew"
           "\n{F} were told in March that the dyke was weak.", "paragraph"),
        _c("negative_aka_ie_mid", "Sam Tiller, a.k.a. Dunstraith's Fox, i.e. the valley's "
           "best-known poacher, was fined again. {F} laughed."),
    )
)  # fmt: skip

# A thirty-fourth held-out batch, written blind in session 39 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 33),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 32's and 33's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward machine-translated French news and ordinary web news. A sentence opening in small
# letters in news prose after a full stop (a subject with a prepositional phrase before its
# verb, a singular subject, a surname left in small letters, `on` and a weekday, an adverb or a
# time phrase, a number in words, `there are`, `it is`, a question, each with its own openers;
# after a sum in millions), after a quote and its attribution (straight and curly), after a
# colon ending an introduction line, after heading lines (a question, a title-case headline),
# after list items (`1.`, `a)`, `*`), after wire datelines in their usual forms (Reuters, AP,
# AFP, dpa, Xinhua, a PA byline, PTI with no dash), after an `Editor's note:` line and a
# Reuters `(Adds ...)` update line; phrases mid-sentence, after a Reuters dateline, after a
# quote's attribution, before an aside in commas, after a number in words; spaces before `,`
# `.` `:` `;` `!` `?` in prose and quotes; negatives that must stay (`An hour` and `a one-off`
# around the phrase, Walla Walla and Bora Bora, `Prof.` and `Gen.`, `e.g.` and `approx.`,
# `St.`, `No.` and `vol.`, small letters after a colon that English keeps (a verdict, a list of
# roads, advice), `bpost` opening a sentence, a file name, a list in small letters, a headline
# with small letters after its colon, a sentence dense with abbreviations, `Ave.`, `Mt.`, `ca.`
# and `cf.`, `Gov.`, `Sen.` and `Rep.`, `Jr.` and `Inc.` mid-sentence); new invented places
# (Marrowgate, Thistlewick, Abbotsfell, Quillcaster, Brenmoor, Yarrowstone, Kalvarpur) and new
# openers (OPENERS_34 and its own sets).
OPENERS_34 = ("the workers at the port", "a spokeswoman for the prefecture",
              "the harbour master", "residents of the old quarter",
              "the night staff at the hospital", "union delegates", "the deputy mayor",
              "several shopkeepers on the quay", "the regional prosecutor",
              "fishermen from the north harbour")  # fmt: skip
# a surname left in small letters, `on` before a weekday, a time phrase or adverb first, a
# number in words, `there are`, `it is` and a question's first words
OPENERS_34_NAME = ("vesprin", "dallimore", "ferrequin", "okandu")
OPENERS_34_ON = ("on", "early on", "late on", "then on")
OPENERS_34_WHEN = ("yesterday the", "last night the", "earlier this week the", "overnight the")
OPENERS_34_COUNT = ("fourteen", "thirty-two", "a dozen", "nine")
OPENERS_34_THERE = ("there are", "there were")
OPENERS_34_IT = ("it is", "it was")
OPENERS_34_ASK = ("why were the", "were the", "how were the")
HELD_OUT_34_PHRASE = (
    _c("news_mid_report_from_prefecture", "A report from the Marrowgate prefecture says {F} "
       "was raised twice with ministers."),
    _c("after_reuters_dateline_no_country", "QUILLCASTER, Nov 28 (Reuters) - {F} dominated "
       "the first day of the coastal summit.", "paragraph", start=True),
    _c("after_quote_said_of", '"Nothing is settled yet," the envoy said of {F} after '
       "Thursday's session."),
    _c("before_aside_in_commas", "Talks on {F}, the envoy told reporters, will resume in "
       "Thistlewick next spring."),
    _c("after_number_in_words_days", "Two days after {F} was announced, the ministry in "
       "Brenmoor changed course."),
    _c("negative_an_hour_a_one_off", "An hour before {F} was signed, a one-off payment to "
       "farmers was agreed."),
    _c("negative_walla_walla_bora_bora", "Delegates from Walla Walla and Bora Bora raised "
       "{F} at the Abbotsfell forum."),
)  # fmt: skip
HELD_OUT_34_SPACE = (
    _c("prose_before_comma_name_apposition", "The harbour master of Marrowgate{F}, Rhys "
       "Pellew, stepped down on Friday."),
    _c("prose_before_stop_airport", "Flights resumed at Brenmoor airport on Sunday{F}. "
       "Delays are likely all week."),
    _c("prose_before_colon_demands", "The union set out its demands{F}: a pay rise and "
       "shorter shifts."),
    _c("quote_before_bang_chanted", "“We are staying put{F}!” the strikers chanted outside "
       "the Yarrowstone mill."),
    _c("quote_before_question_tenant", '"Where were the inspectors{F}?" a tenant in '
       "Thistlewick asked."),
    _c("prose_before_semicolon_upper_town", "Water came back to the upper town by noon{F}; "
       "the lower town waited until evening."),
)  # fmt: skip
HELD_OUT_34_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_34)
    for c in (
        _c("prose_prepositional_subject", "Loading stopped at the Marrowgate container "
           "terminal shortly after six. {F} said the cranes would stay idle until the weekend."),
        _c("prose_surname_in_small_letters", "The union's regional secretary spoke outside "
           "the depot gates. {F} called the offer an insult to drivers.",
           openers=OPENERS_34_NAME),
        _c("prose_on_weekday_first", "The tribunal adjourned without a ruling. {F} Wednesday "
           "the lawyers for both sides filed fresh papers.", openers=OPENERS_34_ON),
        _c("prose_time_phrase_first", "Snow closed the pass above Thistlewick for a second "
           "day. {F} gritting crews gave up and pulled back to the valley.",
           openers=OPENERS_34_WHEN),
        _c("prose_number_in_words", "The harvest failed on the upper terraces. {F} growers "
           "applied for emergency aid before the deadline.", openers=OPENERS_34_COUNT),
        _c("prose_there_are", "The hospital in Brenmoor reopened its casualty wing on Friday. "
           "{F} still only four doctors on the night rota.", openers=OPENERS_34_THERE),
        _c("prose_it_is", "The councillors voted to close the swimming baths. {F} the second "
           "public building in the town to shut this year.", openers=OPENERS_34_IT),
        _c("prose_question_passengers", "The ferry sat outside the harbour mouth for six "
           "hours. {F} passengers kept on board all that time?", openers=OPENERS_34_ASK),
        _c("prose_after_sum_in_millions", "Repairing the sea wall will cost €4.2m. {F} warned "
           "that the bill could double."),
        _c("after_straight_quote_said_name", '"Nobody goes home until the wages arrive," said '
           "Ines Parrault, a cleaner at the Quillcaster depot. {F} agreed to meet managers."),
        _c("after_curly_quote_according_to", "“The doors were locked from the outside,” "
           "according to one witness. {F} disputed her account."),
        _c("after_colon_ending_intro_line", "The prefecture issued this statement late on "
           "Tuesday:\n{F} regretted the delays and promised a full inquiry.", "paragraph"),
        _c("after_question_heading_line", "What now for the Abbotsfell tenants?\n{F} met the "
           "housing agency on Thursday morning.", "paragraph"),
        _c("after_title_case_headline", "Strike Ends at Yarrowstone Mill\n{F} agreed to go "
           "back on the Monday shift.", "paragraph"),
        _c("dot_numbered_item", "1. {F} lodged a complaint with the regional court.\n2. No "
           "hearing date has been set.", "paragraph"),
        _c("letter_paren_item", "a) {F} asked for the ferry contract to be reviewed.\nb) The "
           "ministry has yet to respond.", "paragraph"),
        _c("asterisk_bullet_item", "* {F} spoke against the new parking charges.\n* The vote "
           "was put off until January.", "paragraph"),
        _c("reuters_dateline_plain", "MARROWGATE, Dec 4 (Reuters) - {F} told reporters the "
           "terminal would reopen on Monday.", "paragraph"),
        _c("ap_dateline_england", "THISTLEWICK, England (AP) — {F} handed a petition to the "
           "county office on Wednesday.", "paragraph"),
        _c("afp_dateline_france", "Abbotsfell, France (AFP) - {F} drove tractors onto "
           "the ring road at first light.", "paragraph"),
        _c("dpa_dateline_single_place", "Brenmoor (dpa) - {F} rejected the wage offer for a "
           "third time.", "paragraph"),
        _c("xinhua_dateline_dec", "YARROWSTONE, Dec. 4 (Xinhua) -- {F} launched a new "
           "grain terminal on the river.", "paragraph"),
        _c("pa_byline_line", "By Connor Brightwell, PA Industry Correspondent\n{F} backed "
           "plans for a new rail depot.", "paragraph"),
        _c("pti_dateline_no_dash", "Kalvarpur, Dec 4 (PTI) {F} announced a curfew in three "
           "districts after the clashes.", "paragraph"),
        _c("editors_note_line_above", "Editor's note: This story was updated at 14:20 to add "
           "the council's response.\n{F} declined to name the contractor.", "paragraph"),
        _c("reuters_adds_update_line", "(Adds union comment in paragraph 3)\n{F} confirmed "
           "that pay talks had broken down.", "paragraph"),
        _c("negative_prof_gen_mid", "Prof. Anouk Trevelly and Gen. Rasmus Vellacott toured "
           "the Brenmoor barracks. {F} showed them the flooded cellars."),
        _c("negative_eg_approx_mid", "Smaller towns, e.g. Abbotsfell and Brenmoor, lost "
           "approx. a tenth of their shops. {F} blamed the bypass."),
        _c("negative_st_no_vol_mid", "The choir of St. Aldric's sang No. 212 from vol. 3 of "
           "the old hymnal. {F} stayed for the carols."),
        _c("negative_colon_verdict_small", "The verdict was unanimous: the quarry must close "
           "by June. {F} welcomed the ruling."),
        _c("negative_colon_roads_small", "Three roads stay closed: the coast road, the ring "
           "road and the old bridge. {F} advised drivers to avoid the area."),
        _c("negative_colon_advice_small", "Her advice to commuters was blunt: leave early or "
           "stay home. {F} chose to stay home."),
        _c("negative_bpost_opens_sentence", "Parcels piled up at the Quillcaster sorting "
           "centre. bpost blamed a software fault. {F} waited in long queues at the counters."),
        _c("negative_file_name_mid", "The leaked file, budget_2027_final.xlsx, came from a "
           "council laptop. {F} asked the police to investigate."),
        _c("negative_small_letter_list", "{F} listed what applicants must bring:\n- a "
           "passport\n- two recent photos\n- a utility bill", "paragraph"),
        _c("negative_headline_colon_view", "Yarrowstone mill strike: the view from the picket "
           "line\n{F} brought coffee to the gates at dawn.", "paragraph"),
        _c("negative_dense_abbreviations", "At approx. 9.15 a.m. Lt. Col. Tamsin Okandu, "
           "Mr. Pendry and Ms. Quayle of the Dept. of Transport arrived, i.e. late. {F} had "
           "waited since dawn."),
        _c("negative_ave_mt_ca_cf", "The crowd on Calder Ave. below Mt. Kelloch numbered "
           "ca. 2,000, cf. 500 last year. {F} sang until midnight."),
        _c("negative_jr_inc_mid", "Abel Truscott Jr. and his partners at Renholt Inc. "
           "bought the old cannery. {F} hoped it would reopen."),
        _c("negative_gov_sen_rep_mid", "Gov. Idris Mallender, Sen. Orla Halvey and Rep. Tom "
           "Vetch visited the Marrowgate docks. {F} asked them about pensions."),
    )
)  # fmt: skip

# A thirty-fifth held-out batch, written blind in session 40 before any run on it, reading only this
# module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 34's shape),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 33's and 34's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward machine-translated French news and wire copy. A sentence opening in small letters after
# wire datelines in their usual forms (Reuters with the city alone, AP with a country and an em
# dash, AFP with a month written out, dpa with a country, Xinhua with a country and a date, a PA
# byline, PTI with a state in brackets and no dash, an Indian `CITY:`, a PR Newswire release with an
# em dash, ANSA), after a colon ending an introduction line, after quotes closing with `!` and `?`,
# after list items (`-`, `•`, `*` after an introduction line, `(2)`), after a title-case headline
# and a Reuters `UPDATE 2-` headline, after an AP `EDITOR’S NOTE —` line, a `Read also:` line and a
# live-blog time label; in news prose after a full stop (plain subjects, a prepositional phrase or a
# participle clause before the subject, an acronym subject, each with its own openers), after `10
# p.m.` and `etc.` ending a sentence; phrases after an AP dateline, after an acronym in brackets,
# before an aside in dashes, after a day and month, as an object of `heard of`; spaces before `?`
# `;` `:` `!` `,` `.` in prose and quotes; negatives that must stay (`An MEP` and `a
# once-in-a-generation` around the phrase, Pago Pago and Wagga Wagga, `Gen. de Gaulle` and `van
# Aalst`, `eBay` opening a sentence, inline code, a URL with a query, a poet who writes her name in
# small letters, a quoted title in small letters, `etc.` continuing its sentence, `Art.` and `pp.`,
# police ranks, a question in brackets inside a sentence, an e-mail address and a handle,
# `Jeopardy!` and `Yahoo!` mid-sentence); new invented places (Hollinsby, Saltinghame, Corranby,
# Ostwick, Feldenau, Kiranyo, Sundermahal, Ambarvati, Torreluce, Drewsford) and new openers
# (OPENERS_35 and its own sets).
OPENERS_35 = ("the prefect", "rescue teams", "opposition deputies", "investigators",
              "striking teachers", "the fire brigade", "the regional assembly",
              "volunteers from the parish")  # fmt: skip
# a prepositional phrase before the subject, a participle clause before it, an acronym subject
OPENERS_35_PREP = ("in a statement, the", "for its part, the", "on its website, the",
                   "late on Friday, the")  # fmt: skip
OPENERS_35_PART = ("questioned by AFP, the", "speaking on local radio, the",
                   "asked about the delay, the", "contacted on Friday, the")  # fmt: skip
OPENERS_35_ACRO = ("the UN", "the EU", "the IMF", "the WHO")
HELD_OUT_35_PHRASE = (
    _c("after_ap_dateline_england", "HOLLINSBY, England (AP) — {F} dominated Friday's "
       "council meeting.", "paragraph", start=True),
    _c("after_acronym_in_brackets", "The regional audit office (CRC) said {F} had been "
       "delayed twice."),
    _c("before_aside_in_dashes", "The minutes say {F} — and little else — was approved "
       "without a vote."),
    _c("after_day_and_month", "On 14 March {F} came before the Saltinghame assembly."),
    _c("object_of_heard_of", "Few in Ostwick had heard of {F} until the council meeting "
       "in May."),
    _c("negative_an_mep_once_in_a", "An MEP from Ostwick called {F} a "
       "once-in-a-generation chance."),
    _c("negative_pago_pago_wagga_wagga", "Twin towns Pago Pago and Wagga Wagga both wrote "
       "to the council about {F}."),
)  # fmt: skip
HELD_OUT_35_SPACE = (
    _c("prose_before_question_bridge", "Is the Corran bridge safe{F}? Engineers in "
       "Corranby are not sure."),
    _c("prose_before_semicolon_turnout", "Turnout reached 61 per cent in Ostwick{F}; in the "
       "villages it was 48."),
    _c("prose_before_colon_quote", "The minister was blunt{F}: “The coffers are empty.”"),
    _c("quote_before_bang_placard", "“Hands off our ferry{F}!” read one placard in "
       "Hollinsby."),
    _c("prose_before_comma_acronym_bracket", "The regional health agency (ARS){F}, which "
       "runs the clinics, declined to comment."),
    _c("prose_before_stop_year", "The line will reopen in 2028{F}. Until then, buses will "
       "run instead."),
)  # fmt: skip
HELD_OUT_35_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_35)
    for c in (
        _c("reuters_dateline_city_only", "HOLLINSBY (Reuters) - {F} said on Friday that "
           "talks on the port levy would go on into next week.", "paragraph"),
        _c("ap_dateline_scotland_em_dash", "SALTINGHAME, Scotland (AP) — {F} spent a third "
           "night searching the moor for two missing walkers.", "paragraph"),
        _c("afp_dateline_month_written_out", "CORRANBY, December 5 (AFP) - {F} massed "
           "outside the town hall on Thursday evening to demand answers.", "paragraph"),
        _c("dpa_dateline_with_country", "Feldenau, Germany (dpa) - {F} called for an inquiry "
           "into the collapse of the footbridge.", "paragraph"),
        _c("xinhua_dateline_country_date", "KIRANYO, Kenya, Dec. 6 (Xinhua) -- {F} began "
           "handing out seed to farmers hit by the drought.", "paragraph"),
        _c("pa_byline_scotland_reporter", "By Imogen Tarrant, PA Scotland Reporter\n{F} faced "
           "questions over the closure of two rural surgeries.", "paragraph"),
        _c("pti_dateline_state_in_brackets", "Sundermahal (Rajasthan), Dec 7 (PTI) {F} "
           "ordered schools in the district to stay shut for two more days.", "paragraph"),
        _c("indian_city_colon_dateline", "AMBARVATI: {F} stepped up patrols along the river "
           "after a second break-in at the temple.", "paragraph"),
        _c("prnewswire_release_dateline", "DREWSFORD, England, Nov. 30, 2026 /PRNewswire/ — "
           "{F} welcomed the opening of a training centre for apprentices.", "paragraph"),
        _c("ansa_dateline", "TORRELUCE, Dec 5 (ANSA) - {F} met in emergency session after a "
           "landslide cut the coast road.", "paragraph"),
        _c("after_colon_what_we_know_line", "The latest from the flood zone:\n{F} received "
           "warnings of more heavy rain overnight.", "paragraph"),
        _c("after_curly_quote_bang", "The banners at the gates carried one slogan: “Save our "
           "maternity ward!” {F} marched from the station to the hospital."),
        _c("after_straight_quote_question", "One pensioner put it to the minister directly: "
           '"Where has the money gone?" {F} promised to answer in writing.'),
        _c("dash_item_first", "- {F} voted against the harbour budget\n- The mayor "
           "abstained", "paragraph"),
        _c("bullet_item_second", "• Ferry fares rise by 8% from January\n• {F} lost the "
           "vote on parking charges", "paragraph"),
        _c("asterisk_item_after_intro", "What changes from Monday:\n* {F} must apply online "
           "for permits\n* Paper forms will no longer be accepted", "paragraph"),
        _c("numbered_bracket_item", "(1) The fare rises by 10 cents.\n(2) {F} will check "
           "tickets on board.", "paragraph"),
        _c("after_title_case_headline_floods", "Floods Cut Off Three Villages Near "
           "Corranby\n{F} moved families into the school gym overnight.", "paragraph"),
        _c("after_reuters_update_headline", "UPDATE 2-Ostwick port strike spreads to rail "
           "yards\n{F} warned the stoppage could last into January.", "paragraph"),
        _c("after_ap_editors_note_caps", "EDITOR’S NOTE — This story contains descriptions "
           "of violence.\n{F} released new details of the attack on Thursday.", "paragraph"),
        _c("after_read_also_line", "Read also: Hollinsby braces for a second storm\n{F} "
           "cleared the drains along the seafront on Sunday.", "paragraph"),
        _c("after_live_update_time_label", "Update, 17:40: {F} confirmed that two people "
           "were still missing.", "paragraph"),
        _c("prose_plain_subject", "The footbridge over the Corran was closed at dawn after "
           "a crack appeared in one of its piers. {F} ordered a full survey before any "
           "reopening."),
        _c("prose_prepositional_phrase_first", "Engineers found a second crack on Friday "
           "afternoon. {F} prefecture said the bridge would stay shut until spring.",
           openers=OPENERS_35_PREP),
        _c("prose_participle_clause_first", "The Ostwick pool has been closed since March. "
           "{F} mayor declined to give a date for its reopening.", openers=OPENERS_35_PART),
        _c("prose_acronym_subject", "Drought has left a million herders in the north short "
           "of water. {F} said it would send a team of experts next week.",
           openers=OPENERS_35_ACRO),
        _c("prose_after_pm_ending_sentence", "Polling stations in Hollinsby shut at 10 p.m. "
           "{F} began counting the ballots straight away."),
        _c("prose_after_etc_ending_sentence", "The storm flattened sheds, fences, "
           "greenhouses, etc. {F} filed claims with insurers the next morning."),
        _c("negative_gen_de_gaulle_van_aalst", "A letter from Gen. de Gaulle to the painter "
           "Kees van Aalst was sold at auction in Corranby. {F} placed a bid by telephone."),
        _c("negative_ebay_opens_sentence", "Tickets for the Ostwick final sold out in "
           "minutes. eBay removed dozens of resale listings on Friday. {F} complained of "
           "touts."),
        _c("negative_inline_code_setting", "The outage was traced to one setting, "
           "`retry_limit = 0`, on the council's booking server. {F} demanded an apology."),
        _c("negative_url_with_query", "The form at "
           "https://permits.hollinsby.example/apply?lang=en&step=2 is only in English. {F} "
           "wanted a French version too."),
        _c("negative_poet_small_letters", "The poet j.m. quarrie, who never uses capital "
           "letters, read at the Saltinghame festival. {F} stayed to hear her."),
        _c("negative_quoted_title_small", "Critics praised “low tide, high water”, the new "
           "album from the Ostwick band Mireline. {F} queued for tickets on Saturday."),
        _c("negative_etc_continues_sentence", "Bread, butter, rice etc. are exempt from the new "
           "levy in Corranby. {F} welcomed the exemption."),
        _c("negative_art_pp_mid", "The ruling cites Art. 12 of the charter and pp. 40-44 of "
           "its annex. {F} said an appeal was likely."),
        _c("negative_police_ranks_mid", "Capt. Femi Oyelaran, Supt. Alice Hargreave and "
           "Insp. Tom Vale of the Corranby force gave evidence. {F} listened in silence."),
        _c("negative_question_in_brackets", "The extra ferry service (why not a bridge?) won "
           "approval by eleven votes to two. {F} welcomed the result."),
        _c("negative_email_and_handle", "Readers can send photos to tips@ostwickpost.example "
           "or tag @ostwickpost. {F} thanked everyone who wrote in."),
        _c("negative_jeopardy_yahoo_mid", "The quiz show Jeopardy! drew its biggest audience "
           "in years, figures cited by Yahoo! on Friday showed. {F} made no comment on the "
           "figures."),
    )
)  # fmt: skip

# A thirty-sixth held-out batch, written blind in session 40 before any run on it, reading only this
# module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 35's shape),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 34's and 35's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward wire copy from many agencies. A sentence opening in small letters after wire datelines (a
# city alone before `(Reuters) -`, `(AP) —` and `(AFP) -`; `CITY, Country (Reuters) -`; an Indian
# `CITY:` and a Pakistani `CITY, Month Day:`; IANS, ANI, UNI, APP, Bernama, Yonhap, Kyodo and EFE in
# their own forms; a PR Newswire release with `--`), after live-blog labels (`Update, 08:25:`,
# `12:05 GMT —`, `Breaking:`), after an `EDITOR'S NOTE —` line in capitals, after headlines in
# sentence case, capitals and title case with a question, after list items (`–`, `1)`), after quotes
# closing with `!` (straight) and `?` (curly); in news prose after a full stop (a possessive
# subject, a subject of `none of the`, each with its own openers); phrases after a Bernama dateline
# and a `Breaking:` label, after `including`, after a year, in a question; spaces before `?` `,` `:`
# `!` `;` `.`; negatives that must stay (`A European` and `an honour` around the phrase, `that that`
# and `had had`; names ending in `!` mid-sentence (a musical, a bakery chain, a quiz show), `e.g.`,
# `i.e.` and `cf.` mid-sentence, `easyJet` opening a sentence, a handle, file names, a small-letter
# product after a colon, `vs.` and `ft.`, quotes closing with `?` and `!` before their attribution,
# a domain name opening a sentence); new invented places (Quenbury, Larkhollow, Tessingdon,
# Morvaine, Halsterby, Kestermouth, Bhimsagarpur, Chandrapuram, Rathangarh, Kolvari, Hasangarh,
# Nalkot, Sungai Keruling, Seoryeong, Kitamizu, Valdecerro) and new openers (OPENERS_36 and its own
# sets).
OPENERS_36 = ("the lock keeper", "flood wardens", "the district collector",
              "shopkeepers in the old town", "the ombudsman", "junior doctors",
              "the county surveyor", "parents at the village school")  # fmt: skip
# a possessive subject, a subject of "none of the"
OPENERS_36_POSS = ("the mayor's", "the union's", "the ministry's", "the company's")
OPENERS_36_NONE = ("none of the", "not one of the", "few of the", "neither of the")
HELD_OUT_36_PHRASE = (
    _c("after_bernama_dateline", "SUNGAI KERULING, Dec 4 (Bernama) -- {F} headed the "
       "list for the state exco meeting.", "paragraph", start=True),
    _c("after_breaking_label", "Breaking: {F} has been shelved by the Quenbury cabinet.",
       "paragraph", start=True),
    _c("after_including", "Several items, including {F}, were held over until January."),
    _c("after_year_opening", "In 2025 {F} split the Kestermouth harbour board down the "
       "middle."),
    _c("in_question_is_it", "Is {F} really what Tessingdon needs this winter?"),
    _c("negative_a_european_an_honour", "A European envoy and an honour guard greeted {F} "
       "on the jetty at Morvaine."),
    _c("negative_that_that_had_had", "Her aide said that that plan, not {F}, had had its "
       "day."),
)  # fmt: skip
HELD_OUT_36_SPACE = (
    _c("prose_before_question_sea_wall", "Whose money will rebuild the sea wall{F}? "
       "Kestermouth says the state should."),
    _c("quote_before_comma_attribution", "“We were never consulted{F},” a fisherman in "
       "Tessingdon said."),
    _c("prose_before_colon_roads", "Three roads remain shut{F}: the A12, the coast road "
       "and Mill Lane."),
    _c("prose_before_bang_derby", "What a night for Larkhollow{F}! The home side won "
       "four-nil."),
    _c("prose_before_semicolon_prices", "Rents rose by a tenth in Halsterby{F}; wages "
       "barely moved."),
    _c("prose_before_stop_date", "The ballot takes place on 12 January{F}. A recount cannot "
       "be ruled out."),
)  # fmt: skip
HELD_OUT_36_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_36)
    for c in (
        _c("reuters_dateline_bare_city", "QUENBURY (Reuters) - {F} reopened the eastern "
           "breakwater on Tuesday after repairs.", "paragraph"),
        _c("ap_dateline_bare_city_em_dash", "LARKHOLLOW (AP) — {F} handed out sandbags "
           "before the river crested overnight.", "paragraph"),
        _c("afp_dateline_bare_city", "TESSINGDON (AFP) - {F} blockaded the prefecture "
           "gates in protest at job cuts.", "paragraph"),
        _c("reuters_dateline_city_country", "MORVAINE, France (Reuters) - {F} rejected a "
           "pay offer tabled by the regional hospital group.", "paragraph"),
        _c("indian_caps_city_colon", "BHIMSAGARPUR: {F} sealed two godowns storing "
           "adulterated cooking oil.", "paragraph"),
        _c("pakistani_city_month_day_colon", "NALKOT, December 6: {F} demanded that the "
           "canal be desilted before the sowing season.", "paragraph"),
        _c("ians_dateline_no_dash", "Chandrapuram, Dec 5 (IANS) {F} distributed blankets to "
           "families living near the railway line.", "paragraph"),
        _c("ani_dateline_state_country", "Rathangarh (Punjab) [India], December 6 (ANI): {F} "
           "inspected the flooded paddy fields on Saturday.", "paragraph"),
        _c("uni_dateline", "Kolvari, Dec 6 (UNI) {F} sought an extra fortnight to finish the "
           "voter list.", "paragraph"),
        _c("app_dateline_colon", "HASANGARH, Dec 6 (APP): {F} announced free bus rides for "
           "students during the exams.", "paragraph"),
        _c("bernama_dateline_double_dash", "SUNGAI KERULING, Dec 6 (Bernama) -- {F} moved "
           "three hundred flood victims to relief centres.", "paragraph"),
        _c("yonhap_dateline", "SEORYEONG, Dec. 6 (Yonhap) -- {F} raised the cold-wave "
           "alert for the coastal counties.", "paragraph"),
        _c("kyodo_dateline_country", "KITAMIZU, Japan, Dec. 6 (Kyodo) -- {F} apologised "
           "for a billing error that hit 40,000 households.", "paragraph"),
        _c("efe_dateline_stop_dash", "Valdecerro, Spain, Dec 6 (EFE).- {F} cleared "
           "olive groves threatened by the wildfire.", "paragraph"),
        _c("prnewswire_double_dash", "HALSTERBY, England, Jan. 4, 2027 /PRNewswire/ -- {F} "
           "backed a new scheme to train welders.", "paragraph"),
        _c("live_update_morning_label", "Update, 08:25: {F} reported that the tunnel had "
           "been evacuated.", "paragraph"),
        _c("live_gmt_em_dash_label", "12:05 GMT — {F} appealed for calm as crowds gathered "
           "at the barrier.", "paragraph"),
        _c("breaking_label", "Breaking: {F} ordered the evacuation of the lower harbour.",
           "paragraph"),
        _c("editors_note_all_caps", "EDITOR'S NOTE — ONE IN AN OCCASIONAL SERIES ON "
           "RURAL SCHOOLS.\n{F} fought for years to keep the Larkhollow school "
           "open.", "paragraph"),
        _c("after_sentence_case_headline", "Ferry operator cuts winter sailings to "
           "Kestermouth\n{F} said the timetable change came without warning.", "paragraph"),
        _c("after_caps_headline", "STORM LEAVES 4,000 HOMES WITHOUT POWER IN QUENBURY\n{F} "
           "toiled until dawn to restore supply.", "paragraph"),
        _c("after_title_case_question_headline", "Will The Tessingdon Bypass Ever "
           "Open?\n{F} have waited eleven years for an answer.", "paragraph"),
        _c("en_dash_item_second", "– Parking fees double from March\n– {F} backed the "
           "change in a show of hands", "paragraph"),
        _c("bracket_numbered_item_first", "1) {F} objected to the site of the new "
           "depot\n2) The vote was postponed", "paragraph"),
        _c("after_straight_quote_bang", 'A banner strung along the quay said "Not one more '
           'closure!" {F} marched to the harbour office.'),
        _c("after_curly_quote_question", "A girl at the back asked: “Who will fix the "
           "roof?” {F} could not tell her."),
        _c("prose_possessive_subject", "The Morvaine depot closed in October. {F} lawyers "
           "filed an appeal on Tuesday.", openers=OPENERS_36_POSS),
        _c("prose_none_of_subject", "The closure order was signed in August. {F} ministers "
           "would say who had asked for it.", openers=OPENERS_36_NONE),
        _c("negative_musical_name_bang_mid", "The musical Oh, Morvaine! opens at the "
           "Larkhollow theatre in March. {F} camped out for seats."),
        _c("negative_chain_and_show_bang_mid", "The bakery chain Crumbs! and the quiz show "
           "Ask Away! both sponsor the Halsterby fair. {F} thanked them."),
        _c("negative_eg_mid", "Small items, e.g. keys and phones, go in the trays at "
           "Kestermouth airport. {F} grumbled about the queues."),
        _c("negative_ie_cf_mid", "The levy covers second homes, i.e. homes empty for six "
           "months (cf. the 2024 rules). {F} branded it unfair."),
        _c("negative_easyjet_opens_sentence", "Snow closed the runway at Quenbury. easyJet "
           "cancelled six flights on Monday. {F} bedded down in the terminal."),
        _c("negative_handle_mid", "The message went out from @tessingdon_harbour soon "
           "after dawn. {F} reposted it."),
        _c("negative_file_names", "The council put budget_2027_final.xlsx and "
           "minutes.v2.pdf on its website. {F} read them closely."),
        _c("negative_product_after_colon", "Best new app of the year: tideline, a "
           "tide-table tool built in Kestermouth. {F} downloaded it."),
        _c("negative_vs_ft_mid", "The Quenbury vs. Larkhollow derby was played behind a "
           "12 ft. fence. {F} looked on from the hill."),
        _c("negative_quote_question_attribution", "“Why now?” demanded a councillor from "
           "Nalkot. {F} gave no reply."),
        _c("negative_quote_bang_attribution", '"Enough is enough!" chanted the crowd '
           "outside the Morvaine prefecture. {F} stayed indoors."),
        _c("negative_domain_opens_sentence", "The closure was first reported online. "
           "kestermouthnews.example had the story by dawn. {F} confirmed it later."),
    )
)  # fmt: skip

# A thirty-seventh held-out batch, written blind in session 41 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 36's shape),
# `translation_contexts`'s `report` and titles, the planting test of
# tests/test_translation_contexts.py and batches 35's and 36's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward wire copy from many agencies. A sentence opening in small letters after wire datelines
# (`CITY (Reuters) -` and `CITY, Country (Reuters) -`, AP's `—`, AFP's `-`, a Pakistani `CITY,
# Month D:`, APP's `CITY, Mon D (APP):` in capitals and in title case, ANI's `Place (State)
# [India], Month D (ANI):` with one and two words of state, PTI with no dash, Bernama, Yonhap,
# Kyodo and EFE in their own forms), after live-blog labels (`Breaking:` alone and after a time,
# `BREAKING —`, `Update, 21:15:`, `06:50 GMT —`), after an `EDITOR'S NOTE:` line, after headlines
# (sentence case, plain and with a number; title case; capitals), after list items (`•` the
# second, `(a)` the first), after quotes closing with `!` (curly) and `?` (straight) and a new
# sentence; in news prose after a full stop (a possessive subject, a quantified subject, a subject
# with a prepositional phrase, each with its own openers); phrases after an APP dateline and an
# `Update` label, after `such as`, after an agenda item's colon, in a question; spaces before `,`
# `.` `:` `;` `!` `?` in prose and before the comma ahead of a quote's attribution (outside a curly
# and a straight quote, inside a curly one); negatives that must stay (`An NGO` and `a uniform`
# around the phrase, Duran Duran and Dum Dum; names ending in `!` mid-sentence (a sandwich chain
# and a talent show, a games company and its game), `vs.` and `no.`, `approx.` and `ft.`
# mid-sentence, a domain name and a lower-case brand opening a sentence, `e.g.` and `i.e.`, handles
# mid-sentence and opening one, file names, version numbers, a small-letter product after a colon,
# quotes closing with `!` before their attribution, curly and straight); new invented places
# (Ottermere, Brindlecombe, Kettridge, Sarnavel, Wexhallow, Quarnsby, Felsworth, Saint-Aubrelle,
# Dhalwarpur, Ghazikund, Jhandanwala, Kondavalli, Tirupanjur, Pashangiri, Kuala Serapan, Mokseong,
# Minamitsuru, Torremolar) and new openers (OPENERS_37 and its own sets).
OPENERS_37 = ("the harbour pilots", "the water board", "allotment holders", "the bailiffs",
              "the lifeboat crew", "the district magistrate", "taxi drivers at the station",
              "the county archivist")  # fmt: skip
# a possessive subject, a quantified subject, a subject with a prepositional phrase
OPENERS_37_POSS = ("the council's", "the airport's", "the charity's", "the hospital's")
OPENERS_37_QUANT = ("most of the", "all of the", "half of the", "several of the")
OPENERS_37_PREP = ("the owners of the", "lawyers for the", "a director of the",
                   "the head of the")  # fmt: skip
HELD_OUT_37_PHRASE = (
    _c("after_app_dateline", "DHALWARPUR, Dec 11 (APP): {F} came up again when the district "
       "assembly sat for its winter session.", "paragraph", start=True),
    _c("after_update_label", "Update, 16:40: {F} is now expected to go before a full sitting "
       "of the Ottermere council.", "paragraph", start=True),
    _c("after_such_as", "Thorny questions such as {F} were passed to a working group in "
       "Brindlecombe."),
    _c("after_agenda_item_colon", "Agenda item 4: {F} and the ferry subsidy for Sarnavel."),
    _c("in_question_could", "Could {F} sink the Kettridge coalition before spring?"),
    _c("negative_an_ngo_a_uniform", "An NGO worker in a uniform jacket raised {F} with "
       "the mayor of Wexhallow."),
    _c("negative_duran_duran_dum_dum", "A Duran Duran fan who grew up near Dum Dum wrote "
       "to the Quarnsby paper about {F}."),
)  # fmt: skip
HELD_OUT_37_SPACE = (
    _c("quote_close_curly_comma_attribution", "“We will be back by spring”{F}, the ferry "
       "captain told reporters in Ottermere."),
    _c("quote_close_straight_comma_attribution", '"The pumps failed twice"{F}, said Nell '
       "Ashgrove, who keeps the Quarnsby lock."),
    _c("quote_inside_comma_attribution", "“Nobody asked the allotment holders{F},” Priya "
       "Venkataraman told a packed hall in Felsworth."),
    _c("prose_before_comma_reservoir", "After two dry summers in Brindlecombe{F}, the "
       "reservoir stands at a quarter of capacity."),
    _c("prose_before_stop_toll_bridge", "The toll bridge at Kettridge reopens in April{F}. "
       "Lorries will still be barred."),
    _c("prose_before_colon_pylon", "Inspectors found two faults{F}: a cracked pylon base "
       "and a loose cable."),
    _c("prose_before_semicolon_library", "The Sarnavel library keeps its Sunday hours{F}; "
       "the pool loses them."),
    _c("prose_before_bang_postmistress", "Forty years behind one counter{F}! The Wexhallow "
       "postmistress retires on Friday."),
    _c("prose_before_question_contract", "Who signed off the Ottermere sewer contract{F}? "
       "Auditors want a name."),
)  # fmt: skip
HELD_OUT_37_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_37)
    for c in (
        _c("reuters_dateline_city", "OTTERMERE (Reuters) - {F} cut the price of heating "
           "oil by a tenth from Wednesday.", "paragraph"),
        _c("reuters_dateline_city_england", "BRINDLECOMBE, England (Reuters) - {F} "
           "postponed the auction of the old mill site.", "paragraph"),
        _c("ap_dateline_em_dash", "SARNAVEL (AP) — {F} dug a firebreak along the ridge "
           "while the wind dropped.", "paragraph"),
        _c("afp_dateline_france_dash", "SAINT-AUBRELLE, France (AFP) - {F} rationed tap "
           "water across the valley after a dry autumn.", "paragraph"),
        _c("pakistani_city_month_colon", "DHALWARPUR, December 9: {F} pitched a protest "
           "camp by the press club over unpaid salaries.", "paragraph"),
        _c("app_dateline_caps_city", "GHAZIKUND, Dec 9 (APP): {F} launched a polio drive "
           "covering every union council.", "paragraph"),
        _c("app_dateline_title_city_month", "Jhandanwala, December 10 (APP): {F} handed "
           "cheques to farmers whose crops were lost to hail.", "paragraph"),
        _c("ani_dateline_one_word_state", "Kondavalli (Andhra Pradesh) [India], December 9 "
           "(ANI): {F} ordered schools shut ahead of the cyclone.", "paragraph"),
        _c("ani_dateline_two_word_state_dec", "Tirupanjur (Tamil Nadu) [India], December 10 "
           "(ANI): {F} rescued fourteen fishermen stranded off the coast.", "paragraph"),
        _c("pti_dateline_caps_no_dash", "PASHANGIRI, Dec 9 (PTI) {F} booked three traders "
           "for hoarding onions.", "paragraph"),
        _c("bernama_dateline_dashes", "KUALA SERAPAN, Dec 9 (Bernama) -- {F} opened two "
           "more relief centres as the river kept rising.", "paragraph"),
        _c("yonhap_dateline_dashes", "MOKSEONG, Dec. 9 (Yonhap) -- {F} grounded all "
           "fishing boats until the gale passes.", "paragraph"),
        _c("kyodo_dateline_japan", "MINAMITSURU, Japan, Dec. 10 (Kyodo) -- {F} began "
           "clearing snow from the mountain railway.", "paragraph"),
        _c("efe_dateline_spain", "Torremolar, Spain, Dec 9 (EFE).- {F} evacuated two "
           "hamlets below the cracked dam.", "paragraph"),
        _c("breaking_label_alone", "Breaking: {F} closed the Brindlecombe tunnel in both "
           "directions.", "paragraph"),
        _c("breaking_label_after_time", "17:31 Breaking: {F} sealed off the Kettridge "
           "market square.", "paragraph"),
        _c("breaking_caps_em_dash", "BREAKING — {F} confirmed a second body had been found "
           "in the quarry lake.", "paragraph"),
        _c("update_label_evening", "Update, 21:15: {F} said the ferry would not sail "
           "before dawn.", "paragraph"),
        _c("gmt_time_em_dash", "06:50 GMT — {F} lifted the boil-water notice for the "
           "lower town.", "paragraph"),
        _c("editors_note_colon_line", "EDITOR'S NOTE: Names of the pupils have been "
           "withheld at their parents' request.\n{F} spent a week at the Felsworth "
           "school.", "paragraph"),
        _c("sentence_case_headline_plain", "Flood barrier at Ottermere fails its first "
           "test\n{F} watched the water spill over the top.", "paragraph"),
        _c("sentence_case_headline_number", "Wexhallow bakery reopens 3 months after "
           "fire\n{F} queued round the block for the first loaves.", "paragraph"),
        _c("title_case_headline_scraps", "Council Scraps Plans for Kettridge "
           "Incinerator\n{F} greeted the decision with relief.", "paragraph"),
        _c("caps_headline_strike", "SARNAVEL FERRY STRIKE ENTERS THIRD WEEK\n{F} warned "
           "that island shops were running short.", "paragraph"),
        _c("bullet_item_second", "• The old bridge is shut to lorries\n• {F} pressed for a "
           "temporary crossing", "paragraph"),
        _c("letter_in_brackets_item_first", "(a) {F} wanted the weir rebuilt\n(b) The "
           "funding is still unclear", "paragraph"),
        _c("after_curly_quote_bang_new_sentence", "Placards outside the Quarnsby depot "
           "read “Hands off our buses!” {F} handed leaflets to shoppers."),
        _c("after_straight_quote_question_new_sentence", 'The leaflet put a single '
           'question to voters: "Where will the sewer money come from?" {F} ducked it at '
           "the hustings."),
        _c("prose_possessive_staff", "The Felsworth pumping station flooded in the storm. "
           "{F} staff pumped out the cellars by hand.", openers=OPENERS_37_POSS),
        _c("prose_quantified_applicants", "Ninety people applied for the Wexhallow housing "
           "grant. {F} applicants were turned down in the first round.",
           openers=OPENERS_37_QUANT),
        _c("prose_prepositional_subject_quarry", "The quarry at Kettridge has been idle "
           "since June. {F} quarry company blamed weak demand for stone.",
           openers=OPENERS_37_PREP),
        _c("negative_chain_show_bang_mid", "The sandwich chain Snackattack! and the talent "
           "show Showstoppers! both pulled out of the Felsworth gala. {F} found new "
           "sponsors."),
        _c("negative_company_game_bang_mid", "Shares in the games maker Zapbox! rose after "
           "its puzzle Blam! topped the download charts. {F} bought in early."),
        _c("negative_vs_no_mid", "The Kettridge vs. Sarnavel cup tie is match no. 14 on "
           "the winter fixture list. {F} requested a new date."),
        _c("negative_approx_ft_mid", "The gale cut power to approx. two thirds of "
           "Brindlecombe, and a 40 ft. crane toppled onto the quay. {F} cordoned off "
           "the area."),
        _c("negative_domain_opens_sentence", "The leak surfaced overnight. "
           "wexhallowtimes.example ran it first, with photographs. {F} refused to "
           "comment."),
        _c("negative_lower_brand_opens_sentence", "Heating bills in Felsworth are set to "
           "climb again. npower wrote to customers on Monday. {F} called the rise "
           "unjustified."),
        _c("negative_eg_ie_mid", "Some payments, e.g. the winter fuel grant, arrive late, "
           "i.e. after the cold snap is over. {F} wanted the dates changed."),
        _c("negative_handles_mid_and_opening", "Warnings came from @ottermere_police "
           "before midnight. @kettridge_fire followed an hour later. {F} shared both."),
        _c("negative_file_names_mid", "Members were sent agenda_dec9.docx and "
           "flood-zones.v3.kmz a day before the vote. {F} printed them out."),
        _c("negative_version_numbers_mid", "The ticket machines still run v2.4.1 of their "
           "software, and the move to 3.0.2 was put off. {F} blamed the supplier."),
        _c("negative_product_after_colon", "Their answer to the flood maps: riverwatch, a "
           "free app built by two students in Sarnavel. {F} praised it."),
        _c("negative_curly_quote_bang_attribution", "“Not in our name!” the marchers "
           "shouted as they passed the Quarnsby town hall. {F} looked down from the steps."),
        _c("negative_straight_quote_bang_attribution", '"Shame on you!" yelled a woman '
           "near the front of the Ottermere meeting. {F} left by a side door."),
    )
)  # fmt: skip

# A thirty-eighth held-out batch, written blind in session 41 before any run on it, reading only
# this module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 37's shape),
# `translation_contexts`'s `report`, titles and `_as_delivered`, the planting test of
# tests/test_translation_contexts.py and batches 36's and 37's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward wire copy from agencies the last batches left out. A sentence opening in small letters
# after wire datelines with a city alone (Reuters' and AFP's `-`, AP's `—`, UPI's, Xinhua's and
# KUNA's `CITY, Mon. D (Agency) --`, dpa's `City (dpa) -`, ANSA's `(ANSA) - CITY, MON D -`,
# Anadolu's `CITY (AA) -`, TASS's `CITY, Month D. /TASS/.`, WAM's `CITY, Dth Month, YYYY (WAM)
# --`), after Indian, Pakistani, Bangladeshi, Nepali and Sri Lankan datelines with a date and a
# colon (capitals and title case, `Dec 4`, `Dec. 4` and `December 4`), after live-blog labels
# after a time (`14:05 Breaking:`, `Updated 9:52 a.m. —`, `4.20pm:`), after sentence-case
# headlines (with a colon, with a quoted word), after a subheading, after an `A:` label, after a
# roman-numeral list item, after quotes closing with `!` (curly single) and `?` (straight) and a
# new sentence; in news prose after a full stop that ends a name's possessive, a number and a
# pronoun, with number, pronoun and gerund subjects (each with its own openers); phrases after a
# TASS dateline, a `Breaking:` label after a time and a `Q:` label, after `compared with` and `as
# well as`, inside a `Why was ...?` question, between dashes; spaces before `,` `.` `:` `;` `!`
# `?` in prose and inside and outside quotes before their attribution; negatives that must stay
# (`An FAQ` and `a one-way` around the phrase, Talk Talk and The The; lower-case brands opening a
# sentence and a paragraph (`eBay`, `bp`), handles mid-sentence, opening a sentence and a
# paragraph, hashtags, `est.` and `Jr.`, `approx.` and `no.` mid-sentence, a band ending in `!`
# and a magazine ending in `?` mid-sentence, a URL with a query, code identifiers and a file name,
# quotes closing with `?` (curly single) and `!` (straight) before their attribution, `adidas`
# opening a sentence after a question); new invented places (Glimmerholt, Stavenholm,
# Pellinmouth, Orrisfield, Wendlecott, Sallowby, Bravelles, Lindenhafen, Roccaverna, Aksuvar,
# Qingmaozhen, Verkhnezorsk, Belozavodsk, Al Qarwa, Ras Halwan, Suryanagaram, Noorkhanwala,
# Chandkhali, Tallokot, Ambalankumbura) and people (Rosalind Orley, Obed Nkemelu, Cormac
# Ashlinger), and new openers (OPENERS_38 and its own sets).
OPENERS_38 = ("the pier trust", "the parish clerk", "night bus drivers", "the rail regulator",
              "the harbour commissioners", "dog walkers on the beach", "the ferry operator",
              "the ward councillors")  # fmt: skip
# a number subject, a pronoun subject, a gerund subject
OPENERS_38_NUM = ("twelve", "seventeen", "a hundred", "forty-one")
OPENERS_38_PRON = ("everybody", "you", "nobody", "someone")
OPENERS_38_GER = ("rebuilding the", "repairing the", "demolishing the", "insuring the")
HELD_OUT_38_PHRASE = (
    _c("after_tass_dateline", "VERKHNEZORSK, December 3. /TASS/. {F} will lead the order "
       "paper when the oblast duma reconvenes.", "paragraph", start=True),
    _c("after_time_breaking_label", "11:20 Breaking: {F} has gone to the Glimmerholt "
       "standards panel.", "paragraph", start=True),
    _c("after_q_label", "Q: {F} surfaced at every ward surgery this autumn. Why?",
       "paragraph", start=True),
    _c("after_compared_with", "Compared with {F}, the Stavenholm bid looked thin."),
    _c("after_as_well_as", "The clerk tabled the ferry levy as well as {F} before the "
       "recess."),
    _c("in_question_why_was", "Why was {F} left off the Pellinmouth order of business?"),
    _c("between_spaced_dashes", "The audit — and {F} above all — angered Orrisfield "
       "aldermen."),
    _c("negative_an_faq_a_one_way", "An FAQ leaflet about a one-way loop in Wendlecott "
       "barely mentioned {F}."),
    _c("negative_talk_talk_the_the", "A tribute night for Talk Talk and The The at the "
       "Sallowby social club raised cash despite {F}."),
)  # fmt: skip
HELD_OUT_38_SPACE = (
    _c("prose_before_comma_tide", "When the tide turned at Pellinmouth{F}, the pilot boat "
       "slipped out."),
    _c("prose_before_stop_baths", "The swimming baths shut for good in 1998{F}. Nothing "
       "replaced them."),
    _c("prose_before_colon_auditors", "Auditors flagged one item{F}: a £40,000 payment to "
       "a consultant."),
    _c("prose_before_semicolon_fares", "Bus fares froze in Orrisfield{F}; rail fares did "
       "not."),
    _c("prose_before_bang_snow", "Snow in Stavenholm in October{F}! Nobody alive "
       "remembers that."),
    _c("prose_before_question_pier", "Why did the Glimmerholt pier cost double its "
       "estimate{F}? Nobody in the council offices will explain."),
    _c("quote_inside_question_attribution", "“Where were the gritters{F}?” asked a bus "
       "driver in Wendlecott."),
    _c("quote_inside_bang_attribution", '"Bring back the night bus{F}!" shouted students '
       "outside the Sallowby depot."),
    _c("quote_outside_single_comma_attribution", "‘Not before the spring tides’{F}, "
       "Rosalind Orley, the harbourmaster, told the inquiry."),
)  # fmt: skip
HELD_OUT_38_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_38)
    for c in (
        _c("reuters_dateline_city_alone", "STAVENHOLM (Reuters) - {F} scrapped Sunday "
           "sailings to the outer islands.", "paragraph"),
        _c("ap_dateline_city_alone", "PELLINMOUTH (AP) — {F} shored up the harbour wall "
           "with rock armour overnight.", "paragraph"),
        _c("afp_dateline_city_alone", "BRAVELLES (AFP) - {F} closed the cathedral square "
           "after masonry fell.", "paragraph"),
        _c("upi_dateline_city_date", "GLIMMERHOLT, Dec. 4 (UPI) -- {F} voted to sell the "
           "disused gasworks.", "paragraph"),
        _c("dpa_dateline_city", "Lindenhafen (dpa) - {F} lifted the speed limit on the "
           "river bridge.", "paragraph"),
        _c("ansa_dateline_agency_first", "(ANSA) - ROCCAVERNA, DEC 4 - {F} reopened the "
           "cable car after a safety check.", "paragraph"),
        _c("anadolu_dateline_city", "AKSUVAR (AA) - {F} distributed heaters to quake "
           "survivors in tents.", "paragraph"),
        _c("xinhua_dateline_city_date", "QINGMAOZHEN, Dec. 2 (Xinhua) -- {F} trialled "
           "driverless buses on two routes.", "paragraph"),
        _c("tass_dateline_stop_slashes", "BELOZAVODSK, December 4. /TASS/. {F} restored "
           "heating to forty apartment blocks.", "paragraph"),
        _c("wam_dateline_ordinal_date", "AL QARWA, 3rd December, 2027 (WAM) -- {F} "
           "inaugurated a desalination plant.", "paragraph"),
        _c("kuna_dateline_city_date", "RAS HALWAN, Dec 4 (KUNA) -- {F} suspended "
           "fishing licences during the spawning season.", "paragraph"),
        _c("indian_caps_city_short_date_colon", "SURYANAGARAM, Dec 4: {F} seized "
           "fake fertiliser from a warehouse.", "paragraph"),
        _c("pakistani_title_city_long_date_colon", "Noorkhanwala, December 4: {F} "
           "blocked the canal road over load-shedding.", "paragraph"),
        _c("bangladeshi_title_city_dotted_date_colon", "Chandkhali, Dec. 4: {F} "
           "repaired the embankment breached by the tidal surge.", "paragraph"),
        _c("nepali_caps_city_dotted_date_colon", "TALLOKOT, Dec. 4: {F} suspended "
           "trekking permits after the landslide.", "paragraph"),
        _c("sri_lankan_caps_city_long_date_colon", "AMBALANKUMBURA, December 4: {F} "
           "warned tea pluckers about leopards near the estate.", "paragraph"),
        _c("time_breaking_label", "14:05 Breaking: {F} evacuated the Orrisfield "
           "shopping arcade.", "paragraph"),
        _c("updated_am_em_dash_label", "Updated 9:52 a.m. — {F} confirmed the "
           "landslip had buried a parked van.", "paragraph"),
        _c("pm_time_colon_label", "4.20pm: {F} reported queues of lorries back to the "
           "Sallowby roundabout.", "paragraph"),
        _c("sentence_case_headline_colon", "Dredging row: harbour board backs down in "
           "Pellinmouth\n{F} agreed to a fresh environmental survey.", "paragraph"),
        _c("sentence_case_headline_quoted_word", "Ferry firm 'sorry' after Stavenholm "
           "crossings axed\n{F} offered refunds to stranded passengers.", "paragraph"),
        _c("subheading_line", "The consultation closes on 30 January.\nWhat the plan means "
           "for renters\n{F} wanted rent caps written into the scheme.", "paragraph"),
        _c("qa_answer_label", "Q: When will the Orrisfield footbridge reopen?\nA: {F} "
           "pencilled in Easter for the reopening.", "paragraph"),
        _c("roman_numeral_item_second", "(i) The lido stays open all year\n(ii) {F} "
           "won free parking on weekdays", "paragraph"),
        _c("after_curly_single_quote_bang_new_sentence", "Her sign outside the Glimmerholt "
           "library said ‘Save our books!’ {F} stopped to sign the petition."),
        _c("after_straight_quote_question_new_sentence", 'A pensioner raised one point: "Who '
           'settles the invoice for raising the flood gates?" {F} promised a written answer.'),
        _c("prose_after_name_possessive", "The casting vote was Obed Nkemelu's. {F} "
           "accepted his decision without a fuss."),
        _c("prose_after_number", "Turnout in the Wendlecott by-election was 4,312. {F} "
           "blamed the sleet."),
        _c("prose_pronoun_subject_after_pronoun", "The cliff path gave way beneath them. "
           "{F} had been warned about the crumbling edge.", openers=OPENERS_38_PRON),
        _c("prose_gerund_subject", "The Sallowby pier has been shut since the storm. {F} "
           "pier would cost more than the town spends in a year.",
           openers=OPENERS_38_GER),
        _c("prose_number_subject", "Jobs at the new Stavenholm cannery drew a crowd. {F} "
           "applicants queued before first light.", openers=OPENERS_38_NUM),
        _c("negative_ebay_opens_sentence", "Collectors chased the old Glimmerholt pier sign "
           "online. eBay pulled the listing after a day. {F} cried foul."),
        _c("negative_bp_opens_paragraph", "bp said on Friday it would shut its Pellinmouth "
           "fuel depot next year. {F} asked about the jobs.", "paragraph"),
        _c("negative_handles_mid_and_opening", "Residents tagged @orrisfield_council in "
           "hundreds of posts. @pellinmouthrnli answered within minutes. {F} thanked "
           "them."),
        _c("negative_handle_opens_paragraph", "@stavenholmbus apologised overnight for the "
           "cancelled routes. {F} wanted compensation.", "paragraph"),
        _c("negative_hashtags", "Photos tagged #glimmerholtstorm filled timelines. "
           "#savethepier trended by noon. {F} joined the clean-up."),
        _c("negative_est_jr_mid", "The ropeworks (est. 1887) passed to Cormac Ashlinger Jr. "
           "of Sallowby last week. {F} welcomed the sale."),
        _c("negative_approx_no_mid", "The gale felled approx. 300 trees and shut route "
           "no. 9 for a day. {F} cleared the debris by Sunday."),
        _c("negative_band_bang_magazine_question_mid", "The band Yikes! and the magazine "
           "Why? both backed out of the Wendlecott festival. {F} found replacements."),
        _c("negative_url_with_query_mid", "Results appear at "
           "https://orrisfield.example/results?ward=east every night. {F} checked "
           "them hourly."),
        _c("negative_code_identifiers_mid", "The outage came down to sync_enabled left "
           "false in deploy.yaml after parse_feed() returned null. {F} rolled it back."),
        _c("negative_curly_single_quote_question_attribution", "‘Who signed this off?’ "
           "asked a pensioner at the Sallowby meeting. {F} said nothing."),
        _c("negative_straight_quote_bang_attribution", '"Hands off our stalls!" bellowed a '
           "stallholder as the Stavenholm market vote passed. {F} left early."),
        _c("negative_adidas_opens_after_question", "Who will back the Wendlecott half "
           "marathon now? adidas withdrew after six years. {F} began hunting for money."),
    )
)  # fmt: skip

# A thirty-ninth held-out batch, written blind in session 42 before any run on it, reading only this
# module (its top, `_fragment`, `snippet`, `plant`, `contexts` and batch 38's shape),
# `translation_contexts`'s `report`, titles and `_as_delivered`, the planting test of
# tests/test_translation_contexts.py and batches 37's and 38's commits (not the stage, its rules,
# its round tests, any round's diff or the README's translation rows): the same kinds, weighted
# toward wire copy from agencies no batch used (Prensa Latina once) and the shapes of live blogs,
# interviews and headlines. A sentence opening in small letters after datelines of SPA (a Hijri date
# before the Gregorian one, `SPA --`), Antara's `City (ANTARA) -`, Prensa Latina's with a date and
# CNA's with no dash, QNA's zero-padded day, Petra's `--`, Lusa's full date, Jiji's `--` with no
# space after, PNA's `CITY –`, VNA's `City (VNA) –`, BSS's full date and Kazinform's
# `CITY. KAZINFORM –`; after live-blog stamps on a line of their own (`12.31pm GMT`,
# `Posted at 11:07`, `3 mins ago`) and a bracketed `[Updated at 15.40 CET]`; after a headline in
# capitals, a sentence-case question, an `Analysis |` headline and a title-case subheading; after
# `Q.`/`A.`, `QUESTION:`/`ANSWER:` and an interviewee's surname; after a `2)` item, a `Step 2:` item
# and a timeline's date item; after a quote with an editor's bracket and a curly single quote with
# the stop outside; after `Bros.` ending a sentence; with demonstrative and adverbial openers (their
# own sets). Phrases after a MENA dateline (start flag), after `despite`, `ahead of` and `amid`,
# inside a `Has ...?` question, after `incl.` in brackets, after a headline's colon. Spaces before
# `,` after a date with `Jan.` and after `kW`, `.` after a percentage and inside brackets, `:` in a
# headline, `;` after a curly quote, `!` in prose, `?` after a `Q:` label and in a title-case
# headline. Negatives that must stay: `An X-ray` and `a UEFA` around the phrase, Bye Bye Birdie and
# Sing Sing; brands with an inner capital opening a sentence (`kwikRide`, after `!` `snapFerry`) and
# a paragraph (`ePermit`), an e-mail address and a handle mid-sentence, a domain's path ending a
# sentence, a spreadsheet's and a function's names, a revue ending in `!` and a panel game ending in
# `?` mid-sentence, a poet's initials in small letters, unit symbols (`mg`, `kWh`), French words and
# a French quote with `nous nous`, `Jan.`, `Feb.` and `incl.`, `Rt. Hon.` and `Capt.` mid-sentence.
# New invented places (Quillbury, Marlstow, Fennacombe, Harrowdene, Pennistow, Corrivale,
# Wyndlecross, Al Shuwayr, Tanjung Pelawan, Puerto Arenillas, Umm Salwah, Jabal Ramlat, Vila Nova de
# Arcelha, Kitamizusawa, Baybayon, Song Cau Moi, Sonarghat, Tuskentau, Shuilinkou, Kafr Salehiya)
# and people (Edric Sallis, Marwood, r. s. brannagh, Haskett Bros.), and new openers (OPENERS_39 and
# its own sets).
OPENERS_39 = ("the lock gate crew", "the estuary authority", "the fishing cooperative",
              "shop stewards", "the school governors", "the tenants' association",
              "the highways team", "the rural dean")  # fmt: skip
# a demonstrative subject, an adverbial opener
OPENERS_39_DEM = ("this year's", "last year's", "this autumn's", "next year's")
OPENERS_39_ADV = ("meanwhile, the", "separately, the", "even so, the", "by contrast, the")
HELD_OUT_39_PHRASE = (
    _c("after_mena_dateline", "KAFR SALEHIYA, Dec 4 (MENA) - {F} topped the governorate "
       "council's business on Thursday.", "paragraph", start=True),
    _c("after_despite", "Despite {F}, the Quillbury lifeboat launched within six minutes."),
    _c("after_ahead_of", "Shares in the Marlstow brewer slipped ahead of {F} on Wednesday."),
    _c("after_amid", "Heating oil dearer in Corrivale amid {F} and a cold snap, dealers "
       "say."),
    _c("in_question_has", "Has {F} changed anything for tenants in Harrowdene?"),
    _c("after_incl_in_brackets", "The final bill (incl. {F}) reached the Fennacombe cabinet "
       "in late January."),
    _c("after_headline_colon", "Pennistow: {F} revived after a summer of "
       "delays", "paragraph"),
    _c("negative_an_x_ray_a_uefa", "An X-ray of the stand and a UEFA inspector's notes both "
       "pointed to {F}."),
    _c("negative_bye_bye_sing_sing", "A double bill of Bye Bye Birdie and a Sing Sing prison "
       "drama filled the Wyndlecross playhouse despite {F}."),
)  # fmt: skip
HELD_OUT_39_SPACE = (
    _c("prose_before_comma_jan_date", "By Jan. 9{F}, the Quillbury gritters had used "
       "their last salt."),
    _c("prose_before_stop_percent", "Turnout in the Marlstow referendum sank to 38%{F}. "
       "Officials blamed the fog."),
    _c("headline_before_colon", "Fennacombe floods{F}: live coverage", "paragraph"),
    _c("prose_before_semicolon_curly_quote", "Stewards branded the deal “an insult”{F}; "
       "the council called it final."),
    _c("prose_before_bang_years", "Forty-two years tending one pitch{F}! The Harrowdene "
       "groundsman retires on Friday."),
    _c("q_label_before_question", "Q: Why shut the Pennistow clinic so soon{F}?\nA: Its lease "
       "runs out in March.", "paragraph"),
    _c("title_case_headline_before_question", "Can Corrivale Afford Its New Sea "
       "Defences{F}?", "paragraph"),
    _c("prose_before_comma_kw", "Each new heat pump draws 2 kW{F}, roughly what a kettle "
       "uses."),
    _c("before_stop_inside_brackets", "(The Wyndlecross figures exclude VAT{F}.) Bills go "
       "out in March."),
)  # fmt: skip
HELD_OUT_39_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_39)
    for c in (
        _c("spa_dateline_hijri_date", "Al Shuwayr, Jumada Al-Akhirah 13, 1448, December 04, "
           "2026, SPA -- {F} began planting 40,000 mangrove seedlings.", "paragraph"),
        _c("antara_dateline_city", "Tanjung Pelawan (ANTARA) - {F} trucked clean water to "
           "villages cut off by floods.", "paragraph"),
        _c("prensa_latina_dateline_no_dash", "Puerto Arenillas, Dec 4 (Prensa Latina) {F} "
           "restored power to the eastern districts after the hurricane.", "paragraph"),
        _c("qna_dateline_zero_padded_day", "Umm Salwah, December 04 (QNA) - {F} signed a "
           "memorandum on maritime training.", "paragraph"),
        _c("petra_dateline_double_dash", "Jabal Ramlat, Dec. 4 (Petra) -- {F} handed out "
           "winter aid to refugee families.", "paragraph"),
        _c("lusa_dateline_full_date", "Vila Nova de Arcelha, Dec 4, 2026 (Lusa) - {F} shut "
           "the riverside road as the water kept rising.", "paragraph"),
        _c("jiji_dateline_dash_no_space", "Kitamizusawa, Dec. 4 (Jiji Press)--{F} halted "
           "bullet trains after heavy snow.", "paragraph"),
        _c("pna_dateline_caps_city_en_dash", "BAYBAYON CITY – {F} moved 1,200 families to "
           "schools ahead of the typhoon.", "paragraph"),
        _c("vna_dateline_city_en_dash", "Song Cau Moi (VNA) – {F} released a million "
           "fingerlings into the reservoir.", "paragraph"),
        _c("bss_dateline_full_date", "SONARGHAT, Dec 4, 2026 (BSS) - {F} started dredging "
           "the silted river channel.", "paragraph"),
        _c("kazinform_dateline_dotted", "TUSKENTAU. KAZINFORM – {F} connected the last three "
           "villages to the gas grid.", "paragraph"),
        _c("cna_dateline_no_dash", "Shuilinkou, Dec. 4 (CNA) {F} tightened checks on "
           "imported pork.", "paragraph"),
        _c("time_zone_stamp_line", "12.31pm GMT\n{F} said the cordon would stay in place "
           "overnight.", "paragraph"),
        _c("posted_at_stamp_line", "Posted at 11:07\n{F} reopened the northbound "
           "carriageway.", "paragraph"),
        _c("minutes_ago_stamp_line", "3 mins ago\n{F} confirmed two more arrests in "
           "Marlstow.", "paragraph"),
        _c("bracketed_updated_cet_stamp", "[Updated at 15.40 CET] {F} extended the curfew "
           "by two hours.", "paragraph"),
        _c("caps_headline_line", "PORT STRIKE ENDS AFTER NINE DAYS\n{F} voted to accept a "
           "6% pay rise.", "paragraph"),
        _c("sentence_case_headline_question", "Is the Harrowdene market hall safe to "
           "reopen?\n{F} commissioned a structural survey in October.", "paragraph"),
        _c("analysis_pipe_headline", "Analysis | Why Marlstow's bus deal collapsed\n{F} "
           "never saw the final contract.", "paragraph"),
        _c("title_case_subheading", "Work starts in the spring.\nThe Road Ahead\n{F} warned "
           "of delays well into 2028.", "paragraph"),
        _c("dotted_q_a_labels", "Q. When does the Pennistow bypass open?\nA. {F} gave no "
           "date for the opening.", "paragraph"),
        _c("caps_question_answer_labels", "QUESTION: Were you warned about the flooding?\n"
           "ANSWER: {F} said nothing to us until the water came in.", "paragraph"),
        _c("interview_surname_turn", "Interviewer: Did the cuts go too far?\nMarwood: {F} "
           "asked for cuts, and we made them.", "paragraph"),
        _c("paren_number_item_second", "1) The market moves indoors\n2) {F} will keep the "
           "Saturday slot", "paragraph"),
        _c("step_label_item_second", "Step 1: Register online\nStep 2: {F} must approve your "
           "documents within five days", "paragraph"),
        _c("timeline_date_item", "Timeline of the closure\nNov 28: The first crack was "
           "found\nDec 4: {F} shut the bridge to all traffic", "paragraph"),
        _c("after_quote_with_editor_bracket", "A resident said: “They [the council] knew in "
           "March.” {F} disputed that account."),
        _c("after_single_curly_quote_stop_outside", "Locals call the junction ‘the "
           "mousetrap’. {F} will redesign it next year."),
        _c("prose_after_bros_final", "The depot was sold to Haskett Bros. {F} had bid twice "
           "before."),
        _c("prose_demonstrative_subject", "Marlstow's school roll grew again in September. "
           "{F} figures surprised the planners.", openers=OPENERS_39_DEM),
        _c("prose_adverbial_opener", "The Corrivale ferry has been sold. {F} new owners "
           "promise a winter timetable.", openers=OPENERS_39_ADV),
        _c("negative_inner_capital_brand_opens_sentence", "Quillbury lost its last taxi rank "
           "in the spring. kwikRide filled the gap within a month. {F} welcomed the app."),
        _c("negative_e_product_opens_paragraph", "ePermit, the parking app Marlstow adopted "
           "last year, crashed twice this week. {F} reverted to paper tickets.",
           "paragraph"),
        _c("negative_email_and_handle_mid", "Photos may be emailed to "
           "news@fennacombe-echo.example or posted with @fennacombeecho. {F} printed "
           "the best of them."),
        _c("negative_domain_path_ends_sentence", "Road closures are listed at "
           "harrowdene.example/roadworks. {F} updated the page at dawn."),
        _c("negative_spreadsheet_and_function_mid", "The glitch sat in rates_2027.xlsx, "
           "which load_rates() read as empty. {F} fixed it by hand."),
        _c("negative_revue_bang_panel_game_question_mid", "The revue Hold Tight! sold out in "
           "Pennistow, and the panel game Says Who? records there in May. {F} took more "
           "bookings."),
        _c("negative_poet_initials_small_letters", "Judges gave the award to the poet r. s. "
           "brannagh, whose debut sold 900 copies. {F} announced it on Friday."),
        _c("negative_unit_symbols_mid", "Each tablet holds 250 mg, and the clinic's fridge "
           "uses 1.2 kWh a day. {F} checked both figures."),
        _c("negative_french_words_mid", "Stalls sold crêpes, pain au chocolat and café au "
           "lait at the Corrivale fête. {F} ran out of cups by noon."),
        _c("negative_french_quote_nous_nous", 'The banner over the town hall read "nous nous '
           'souviendrons" in white paint. {F} left it up for a week.'),
        _c("negative_jan_feb_incl_mid", "Bills dated Jan. 15 and Feb. 28 came to £412 incl. "
           "VAT. {F} queried both."),
        _c("negative_rt_hon_capt_mid", "The Rt. Hon. member for Wyndlecross met Capt. Edric "
           "Sallis at the harbour. {F} discussed dredging."),
        _c("negative_inner_capital_brand_after_bang", "What a week for Quillbury! snapFerry "
           "pulled its boats on Tuesday. {F} asked for them back."),
    )
)  # fmt: skip

# A fortieth held-out batch, written blind in session 43 before any run on it, reading only this
# module (its top, `Context` and `_c`, `_fragment`, `snippet`, `plant`, `contexts`, `cells` and
# batch 39's shape), `translation_contexts`'s `report`, `block` and `_as_delivered`, the planting
# test of tests/test_translation_contexts.py and batches 38's and 39's commits (not the stage, its
# rules, its round tests, any round's diff or the README): the same kinds, weighted toward wire
# copy from agencies no batch used and the shapes of tickers, transcripts and lists. A sentence
# opening in small letters after datelines of CTK (`City, Dec 4 (CTK) -`), MTI's long date and
# `–`, Agerpres' `/Agerpres/ -`, Hina's capitals, Notimex's `(Notimex).-`, Andina's stop after the
# bracket, MAP's numeric date, NAN's under a byline with no dash, GNA's agency after a comma,
# Montsame's stop, Azertac's with no mark, Armenpress' capitals and stop, WAFA's weekday, Pajhwok's
# colon, AP's with a state abbreviation (`Ark.`) and a Canadian one with a province's (`N.L.`);
# after a `+++ 09:14 +++` ticker, a full date-and-time stamp on its own line and an
# `Update, 6:18 p.m. ET:` label; after an `EXPLAINER-` headline, a headline ending `– report` and a
# `WATCH:` headline; after an em-dash interview answer and a `PRESENTER:`/`QUARTERMAINE (by phone):`
# transcript turn; after a `2/` thread post, a check-mark list item and a diary date item; in prose
# after `0600 GMT.`, `-14C.`, `(see chart).` and `St.` ending a sentence; with prepositional and
# quantifier openers (their own sets). Phrases after a BTA dateline and a ticker clock (start
# flag), inside an em-dash interview question, in a title-case headline, after `according to` and
# `rather than`, inside an editor's brackets in a quote. Spaces before `?` after a clock and after a
# curly quote, `:` after a `Clarification` label, `,` after a bracket, `!` after a live-blog `Red
# card`, `;` after `mm`, `.` after a clock. Negatives that must stay: `An LNG` and `a uniformed`
# around the phrase, ylang ylang and mahi mahi around it; the space before a batting average's
# `.312` and inside a spaced ellipsis `. . .`; `'s-Hertogenbosch` and `mRNA` opening a sentence;
# small letters after a colon in prose and inside a quoted notice, in an interrupted quote's second
# half, in items of a list that continues a sentence, after `sq. ft.`, `a.k.a.`, `et al.`, `a.m.`,
# `p.m.` and `Dr.` mid-sentence, after a question between dashes; name particles (`van der`,
# `al-`). New invented places (Skelbrook, Ashwinford, Yarrowmere, Dunmerrow, Thornacre,
# Wicklestone, Corlingham, Belomorets, Vrchlabec, Tiszabogács, Pădureni-Stejar, Sveti Jakov, San
# Isidro Tlacoapan, Huancaraylla Baja, Sidi Bou Ouzane, Ikot Esenam, Nkwantanang, Khongor-Ulaan,
# Shirinbulak, Karmravan, Khirbet al-Hasaniya, Qala-e-Sabz, Cordell Springs, Corner Pond) and
# people (Chidinma Ezenwachi, Fennimore, Quartermaine, Hendrik van der Merwe, Samira al-Nouri,
# Haldane-Price, Lennox Brattle), and new openers (OPENERS_40 and its own sets).
OPENERS_40 = ("the quarry owners", "the drainage board", "the parish archivist",
              "the allotment society", "the coastguard station", "market traders",
              "the district nurses", "the grain silo operator")  # fmt: skip
# a prepositional opener, a quantifier subject
OPENERS_40_PREP = ("straight after the", "shortly before the", "soon after the",
                   "just before the")  # fmt: skip
OPENERS_40_QUANT = ("a handful of the", "every one of the", "two-thirds of the", "a few of the")
HELD_OUT_40_PHRASE = (
    _c("after_bta_dateline", "BELOMORETS, December 4 (BTA) - {F} will head the municipal "
       "council's agenda next week.", "paragraph", start=True),
    _c("after_ticker_clock", "+++ 16:20 +++ {F} back before the Ashwinford planning "
       "board +++", "paragraph", start=True),
    _c("in_em_dash_interview_question", "— Why did you vote against {F}?\n— Because nobody "
       "showed us the costings.", "paragraph"),
    _c("title_case_headline_over", "Skelbrook Councillors Split Over {F} After Late-Night "
       "Vote", "paragraph", case="title"),
    _c("after_according_to", "According to {F}, Thornacre's bypass will not open before "
       "2029."),
    _c("inside_editor_brackets_in_quote", "“We backed it [{F}] in good faith,” a Yarrowmere "
       "councillor told the inquiry."),
    _c("after_rather_than", "Rather than {F}, the Wicklestone budget went on filling "
       "potholes."),
    _c("negative_an_lng_a_uniformed", "An LNG tanker and a uniformed harbour patrol were both "
       "held up by {F}."),
    _c("negative_ylang_ylang_mahi_mahi", "Stalls sold ylang ylang soap and grilled mahi mahi "
       "at the Corlingham fair despite {F}."),
)  # fmt: skip
HELD_OUT_40_SPACE = (
    _c("live_before_question_after_clock", "Still no sign of the 14:30 ferry{F}? Operators "
       "blame the swell off Dunmerrow.", "paragraph"),
    _c("clarification_label_before_colon", "Clarification{F}: The Thornacre toll rises to "
       "£4, not £40 as first reported.", "paragraph"),
    _c("before_comma_after_bracket", "The tourist levy (£2 a night){F}, which starts in "
       "April, will pay for Yarrowmere lifeguards."),
    _c("live_sport_before_bang", "Red card{F}! Ashwinford are down to ten men (54')",
       "paragraph"),
    _c("before_semicolon_after_mm", "Rainfall at Wicklestone reached 118 mm{F}; the old "
       "record was 97 mm."),
    _c("before_stop_after_clock", "The last train to Corlingham now leaves at 23:40{F}. A "
       "replacement bus runs after that."),
    _c("before_question_after_curly_quote", "Is the closure really “temporary”{F}? Traders "
       "on Skelbrook quay doubt it."),
    _c("negative_batting_average_space_kept", "Fennimore hit .312 for the season{F}; nobody "
       "else on the Corlingham side came close."),
    _c("negative_spaced_ellipsis_kept", '"We will rebuild . . . whatever it costs{F}," the '
       "mayor of Thornacre said."),
)  # fmt: skip
HELD_OUT_40_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_40)
    for c in (
        _c("ctk_dateline_city_date", "Vrchlabec, Dec 4 (CTK) - {F} stopped the ski lift after "
           "a cable snapped.", "paragraph"),
        _c("mti_dateline_long_date_en_dash", "Tiszabogács, December 4 (MTI) – {F} opened an "
           "emergency sluice on the river.", "paragraph"),
        _c("agerpres_dateline_slashes", "Pădureni-Stejar, Dec 4 /Agerpres/ - {F} cleared "
           "snowdrifts from the mountain pass.", "paragraph"),
        _c("hina_dateline_caps_city", "SVETI JAKOV, Dec 4 (Hina) - {F} banned anchoring in "
           "the bay for the summer.", "paragraph"),
        _c("notimex_dateline_stop_dash", "San Isidro Tlacoapan, Dec 4 (Notimex).- {F} handed "
           "out blankets after the frost.", "paragraph"),
        _c("andina_dateline_stop_after_bracket", "Huancaraylla Baja, Dec. 4 (ANDINA). {F} "
           "vaccinated 3,000 alpacas against mange.", "paragraph"),
        _c("map_dateline_numeric_date", "Sidi Bou Ouzane, 04/12/2026 (MAP) - {F} launched a "
           "drip irrigation scheme for olive growers.", "paragraph"),
        _c("nan_byline_dateline_no_dash", "By Chidinma Ezenwachi\nIKOT ESENAM, Dec. 4, 2026 (NAN) "
           "{F} distributed fertiliser to 500 cassava farmers.", "paragraph"),
        _c("gna_dateline_agency_after_comma", "Nkwantanang, Dec. 4, GNA - {F} rebuilt the "
           "footbridge washed away in June.", "paragraph"),
        _c("montsame_dateline_stop", "Khongor-Ulaan, December 4 (MONTSAME). {F} delivered "
           "hay to herders hit by the dzud.", "paragraph"),
        _c("azertac_dateline_no_mark", "Shirinbulak, December 4, AZERTAC {F} planted walnut "
           "saplings along the new road.", "paragraph"),
        _c("armenpress_caps_dateline_stop", "KARMRAVAN, DECEMBER 4, ARMENPRESS. {F} reopened "
           "the village school after repairs.", "paragraph"),
        _c("wafa_dateline_weekday", "KHIRBET AL-HASANIYA, Thursday, December 4, 2026 (WAFA) – "
           "{F} reported the uprooting of 60 olive trees.", "paragraph"),
        _c("pajhwok_dateline_colon", "QALA-E-SABZ (Pajhwok): {F} gave out wheat seed to "
           "returning families.", "paragraph"),
        _c("ap_dateline_state_abbreviation", "CORDELL SPRINGS, Ark. (AP) — {F} lifted a "
           "boil-water notice on Thursday.", "paragraph"),
        _c("canadian_dateline_province_abbreviation", "CORNER POND, N.L. — {F} called off "
           "the search for a missing crab boat.", "paragraph"),
        _c("ticker_clock_inline", "+++ 09:14 +++ {F} closed the Thornacre road in both "
           "directions.", "paragraph"),
        _c("full_date_time_stamp_line", "Thu 4 Dec 2026 14.02 GMT\n{F} kept the flood gates "
           "shut overnight.", "paragraph"),
        _c("update_clock_et_label", "Update, 6:18 p.m. ET: {F} reported another rockfall on "
           "the coast road.", "paragraph"),
        _c("explainer_headline", "EXPLAINER-Why Yarrowmere's reservoir keeps running dry\n{F} "
           "warned of shortages as early as 2019.", "paragraph"),
        _c("headline_dash_report", "Flood defences 'not fit for purpose' – report\n{F} found "
           "gaps in 14 of 30 barriers.", "paragraph"),
        _c("watch_label_headline", "WATCH: Seals return to the Dunmerrow estuary\n{F} counted "
           "40 pups on the sandbanks.", "paragraph"),
        _c("em_dash_interview_answer", "— Were you surprised by the result?\n— {F} told us to "
           "expect worse.", "paragraph"),
        _c("presenter_caller_transcript", "PRESENTER: Can people still walk on the "
           "pier?\nQUARTERMAINE (by phone): {F} closed it as a precaution this "
           "morning.", "paragraph"),
        _c("thread_post_second", "1/ A short thread on the Thornacre landfill vote.\n2/ {F} "
           "objected in writing before the deadline.", "paragraph"),
        _c("check_mark_item_second", "What's done so far:\n✔ Sandbags delivered\n✔ {F} "
           "briefed on evacuation routes", "paragraph"),
        _c("diary_date_item_second", "Mon 1 Dec: Inspectors arrive in Skelbrook\nThu 4 Dec: "
           "{F} to receive the first report", "paragraph"),
        _c("prose_after_gmt_clock", "The truce took effect at 0600 GMT. {F} reported "
           "sporadic shelling within the hour."),
        _c("prose_after_minus_temperature", "At dawn the thermometer in Yarrowmere read -14C. "
           "{F} opened a warm room in the library."),
        _c("prose_after_see_chart_bracket", "Footfall in Dunmerrow fell by a third in five "
           "years (see chart). {F} asked for free parking on Saturdays."),
        _c("prose_after_street_abbreviation", "The pop-up clinic opens next week on Maple St. "
           "{F} will staff it three days a week."),
        _c("prose_prepositional_opener", "The Ashwinford hearing dragged on past nine. "
           "{F} adjournment, councillors met in private.", openers=OPENERS_40_PREP),
        _c("prose_quantifier_subject", "The Christmas market opened in Corlingham on Saturday. "
           "{F} stalls had run out of mulled wine by dusk.", openers=OPENERS_40_QUANT),
        _c("negative_dutch_apostrophe_city_opens_sentence", "'s-Hertogenbosch twinned with "
           "Wicklestone in 1964. {F} celebrated the link with a brass band "
           "concert."),
        _c("negative_mrna_opens_sentence", "mRNA jabs for the winter wave reach Skelbrook "
           "pharmacies on Monday. {F} warned of long queues."),
        _c("negative_small_letters_after_colon", "The inspectors' verdict was blunt: most "
           "cells at Thornacre jail were unfit for use. {F} ordered repairs."),
        _c("negative_interrupted_quote_second_half", "“The bridge,” the engineer said, “will "
           "not reopen before the summer.” {F} accepted the delay."),
        _c("negative_list_items_continue_sentence", "Volunteers should bring:\n- a head torch,\n- "
           "warm clothes, and\n- a flask of tea.\n{F} will hand out gloves.", "paragraph"),
        _c("negative_sq_ft_aka_mid", "The 4,000 sq. ft. unit went to Lennox Brattle, a.k.a. the "
           "Pie King of Dunmerrow. {F} approved the lease."),
        _c("negative_name_particles_mid", "Judge Hendrik van der Merwe sided with Dr. Samira "
           "al-Nouri on every count. {F} lodged an appeal."),
        _c("negative_am_pm_mid", "Gates open at 8.30 a.m. on Saturday and shut at 6 p.m. sharp. "
           "{F} expected 8,000 visitors."),
        _c("negative_question_between_dashes", "The real question — who pays? — went "
           "unanswered at the Corlingham meeting. {F} promised figures by March."),
        _c("negative_et_al_mid", "A study by Haldane-Price et al. found nitrates in 60% of wells "
           "near Ashwinford. {F} disputed the sampling."),
        _c("negative_quoted_notice_small_letters", 'The café put a note on its door: "closed '
           'today due to flooding, sorry!" {F} reopened on Friday.'),
    )
)  # fmt: skip

# A forty-first held-out batch, written blind in session 44 before any run on it, reading only this
# module (its top, `Context` and `_c`, `_fragment`, `snippet`, `plant`, `contexts`, `cells` and
# batch 40's shape), `translation_contexts`'s `report`, `block` and `_as_delivered`, the planting
# tests of tests/test_translation_contexts.py and batches 39's and 40's commits (not the stage, its
# rules, its data, its round tests, any round's diff or the README): the same kinds, weighted toward
# wire copy from agencies no batch used and the shapes of timelines, transcripts, headlines and
# lists. A sentence opening in small letters after datelines of AGI with the agency first (`(AGI) -
# City, Dec 5 -`), ONA's ordinal date, ENA's `December 5/2026(ENA)` with no mark, NAMPA's `05 DEC`,
# BelTA's day-first date, UzA's `City. Dec 5. UzA -`, Trend's byline and `- Trend:`, RSS's Nepali
# month and colon, TAP's `Dec.5 (TAP)-`, KNA's city and country, IRNA's `City, Dec 5, IRNA --` and
# Belga's credit closing a paragraph; after a clock and an em dash in a live blog, a clock in a
# timeline, a `Published:` date line; after a headline with a kicker, a section label in capitals
# over a headline and a photo credit under one; after a timestamped transcript turn, a quoted
# question answered in a quote and a press conference's floor question; after a lettered `(b)` item,
# an asterisk item and a `»` item; in prose after a bracketed sentence, `€3.4m.`, `Jr.`, `p.m.` and
# a date ending a sentence, after a `Note to readers:` label and a bulletin's `TRAFFIC:`; with
# participle and wh- openers (their own sets). Phrases after an ANA-MPA dateline and a live-blog
# clock (start flag), in a timestamped question, in an asterisk list (start flag), after `such as`
# and `between`, in a title-case headline after its colon. Spaces before `:` after a transcript
# name, `?` in a headline in capitals and after a bracket, `!` in prose, `;` after a bracket, `,`
# after `Ltd.`, `.` after `°C`. Negatives that must stay: `An MOT` and `a one-way` around the
# phrase, `had had` and `that that` around it; the space before a `.22` calibre and around an
# omission `[…]`; `pH` and a hashtag opening a sentence; small letters in a speech tag after a
# quoted `!` and `?`, after a headline's colon, after an en dash, inside and after brackets (`see
# map below`, `née`, `b.`), after `max.` and `min.`, after `etc.` and inside a quote after `…`. New
# invented places (Fernhollow, Lidmarsh, Tallowmere, Brackenholt, Oxcombe Quay, Wraybridge,
# Pelsworthy, Valdormento, Kato Lefkonas, Al Qurraynah, Gode Weyn, Okakundu, Zaslonovka, Oqtepa,
# Qaraköprü, Bhimdanda, Oued Ghirane, Kapsoruk, Golzarabad, Ourval) and people (Leyla Qasimzade,
# Wendell Tapsfield, Osunkoya, Brucknall, Margit Fallowes, Tom Arkwright, Storm Odalys), and new
# openers (OPENERS_41 and its own sets).
OPENERS_41 = ("provincial engineers", "civil defence teams", "county vets", "ferry operators",
              "its chief executive", "army sappers", "two night watchmen",
              "volunteer firefighters")  # fmt: skip
# a participle opener before its noun, a wh- clause as the subject
OPENERS_41_PART = ("speaking after the", "commenting on the", "pressed on the",
                   "questioned over the")  # fmt: skip
OPENERS_41_WH = ("whether the", "how much the", "quite how the", "exactly when the")
HELD_OUT_41_PHRASE = (
    _c("after_ana_mpa_dateline", "KATO LEFKONAS (ANA-MPA) - {F} dominated Thursday's "
       "regional council session.", "paragraph", start=True),
    _c("after_live_clock_en_dash", "11:52 – {F} looks set to top Friday's agenda in "
       "Fernhollow.", "paragraph", start=True),
    _c("in_timestamped_transcript_question", "[00:21:05] REPORTER: And what about {F}?\n"
       "[00:21:09] BRUCKNALL: Next question, please.", "paragraph"),
    _c("asterisk_list_first_item", "On the table tonight:\n* {F}\n* A new bus lane for "
       "Lidmarsh\n* Parking charges at the station", "paragraph", start=True),
    _c("after_such_as", "Issues such as {F} barely came up at the Pelsworthy hustings."),
    _c("title_case_headline_after_colon", "Three Things to Watch: {F}, Ferry Fares and the "
       "Weather", "paragraph", case="title"),
    _c("after_between", "The choice is between {F} and another year of delays, the "
       "Tallowmere mayor said."),
    _c("negative_an_mot_a_one_way", "An MOT failure and a one-way system kept the Brackenholt "
       "minibus off the road, as did {F}."),
    _c("negative_had_had_that_that", "Residents who had had enough of {F} said that that was "
       "why they marched on Wraybridge town hall."),
)  # fmt: skip
HELD_OUT_41_SPACE = (
    _c("transcript_name_before_colon", "BRUCKNALL{F}: Nobody asked us about the Tallowmere "
       "pylons.", "paragraph"),
    _c("caps_headline_before_question", "Can Oxcombe afford a new sea wall{F}?", "paragraph",
       case="upper"),
    _c("prose_before_bang_after_minutes", "Sold out in 40 minutes{F}! Fernhollow's winter "
       "gig moves to a bigger hall.", "paragraph"),
    _c("before_semicolon_after_bracket", "The Wraybridge depot is listed (Grade II){F}; its "
       "sheds are not."),
    _c("before_comma_after_ltd", "Pelsworthy Rovers Ltd.{F}, the club's owner, filed its "
       "accounts four months late."),
    _c("before_stop_after_degree_unit", "Overnight the temperature at Brackenholt dropped to "
       "-9 °C{F}. Gritters were out by midnight."),
    _c("before_question_after_bracket", "Who approved the Lidmarsh contract (and "
       "when){F}? Councillors want the minutes."),
    _c("negative_calibre_space_kept", "Police recovered a .22 rifle from a barn near Oxcombe "
       "Quay{F}; no shots were fired."),
    _c("negative_omission_ellipsis_space_kept", "The letter says the Oxcombe depot “will "
       "close […] by the spring”{F}. Staff learned of it from the local paper."),
)  # fmt: skip
HELD_OUT_41_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_41)
    for c in (
        _c("agi_agency_first_dateline", "(AGI) - Valdormento, Dec 5 - {F} evacuated 200 "
           "homes below the landslide.", "paragraph"),
        _c("ona_ordinal_date_dateline", "AL QURRAYNAH, 5th December 2026 (ONA) – {F} "
           "commissioned a seawater desalination unit on the northern coast.", "paragraph"),
        _c("ena_slash_year_no_mark", "Gode Weyn, December 5/2026(ENA) {F} handed improved "
           "sorghum seed to 4,000 smallholders.", "paragraph"),
        _c("nampa_caps_month_zero_day", "OKAKUNDU, 05 DEC (NAMPA) – {F} drilled two new "
           "boreholes for the settlement.", "paragraph"),
        _c("belta_day_first_caps_city", "ZASLONOVKA, 5 December (BelTA) - {F} brought "
           "heating back to 40 apartment blocks.", "paragraph"),
        _c("uza_dotted_date", "Oqtepa. Dec 5. UzA - {F} grounded two crop-spraying "
           "helicopters pending checks.", "paragraph"),
        _c("trend_byline_colon", "QARAKÖPRÜ, Azerbaijan, Dec. 5. By Leyla Qasimzade - Trend: "
           "{F} cleared the irrigation canals before the frost.", "paragraph"),
        _c("rss_nepali_month_colon", "Bhimdanda, Mangsir 19 (RSS): {F} began blacktopping the "
           "last stretch of the feeder road.", "paragraph"),
        _c("tap_date_no_space_dash", "Oued Ghirane, Dec.5 (TAP)- {F} brought in the first "
           "olives of the season.", "paragraph"),
        _c("kna_city_country_date", "KAPSORUK, Kenya, Dec 5 – {F} vaccinated 9,000 head of "
           "cattle against anthrax.", "paragraph"),
        _c("irna_agency_after_comma_double_dash", "Golzarabad, Dec 5, IRNA -- {F} reinforced "
           "the earth dam after two days of rain.", "paragraph"),
        _c("belga_credit_closes_paragraph", "Sandbags were stacked along the quay at Ourval "
           "overnight. (Belga)\n{F} warned the river would crest on Saturday.",
           "paragraph"),
        _c("live_clock_em_dash_entry", "16:47 — {F} confirmed that the Wraybridge tunnel will "
           "stay shut tonight.", "paragraph"),
        _c("timeline_clock_item_second", "Thursday's events\n05:40 Alarm raised at the "
           "Tallowmere pumping station\n06:15 {F} shut the ring road to all but buses",
           "paragraph"),
        _c("published_date_line", "Published: 05.12.2026\n{F} braced for another storm "
           "within days.", "paragraph"),
        _c("kicker_colon_headline", "Brackenholt by-election: Turnout lowest since 1998\n{F} "
           "pointed to the sleet and the early dark.", "paragraph"),
        _c("caps_section_label_over_headline", "RUGBY UNION\nPelsworthy sack coach after "
           "nine straight defeats\n{F} heard the news on the radio, the players' union said.",
           "paragraph"),
        _c("photo_credit_under_headline", "Lidmarsh ferry makes its last crossing\nThe ferry "
           "leaves the Lidmarsh slipway. Photo: Tom Arkwright/Lidmarsh Echo\n{F} had "
           "fought the closure for two years.", "paragraph"),
        _c("timestamped_transcript_answer", "[01:07:48] REPORTER: Will the plant reopen "
           "before spring?\n[01:07:52] OSUNKOYA: {F} will decide that in January.",
           "paragraph"),
        _c("quoted_answer_after_quoted_question", "“Did you see it coming?” “{F} warned us in "
           "March,” the Tallowmere shopkeeper said."),
        _c("press_conference_floor_question", "Question (Fernhollow Gazette): When will the "
           "harbour wall be finished?\nMinister: {F} told me June, and I believe them.",
           "paragraph"),
        _c("lettered_item_second", "Resolutions adopted\n(a) The depot stays open until March\n"
           "(b) {F} to draw up a plan for the site", "paragraph"),
        _c("asterisk_item_second", "Key facts\n* 3,400 homes without power\n* {F} stood down "
           "before dawn", "paragraph"),
        _c("chevron_item_second", "What is known so far\n» The blast happened at 11.20pm\n» "
           "{F} reached the scene within minutes", "paragraph"),
        _c("prose_after_bracketed_sentence", "The count in Pelsworthy ran two hours late. "
           "(Officials blamed a printer fault.) {F} declared the result at dawn."),
        _c("prose_after_money_millions", "Repairs to the Wraybridge viaduct cost €3.4m. {F} "
           "will try to recover the money from the contractor."),
        _c("prose_after_jr_final", "The inquiry into the Fernhollow fire was led by Wendell "
           "Tapsfield Jr. {F} took evidence over nine days."),
        _c("prose_after_pm_final", "Polling stations across Brackenholt shut their doors at "
           "9.30 p.m. {F} started counting at once."),
        _c("prose_after_date_final", "The appeal will be heard on Jan. 12. {F} vowed to "
           "go to the high court if it fails."),
        _c("note_to_readers_label", "Note to readers: {F} pointed out that the first "
           "version of this report gave the wrong toll.", "paragraph"),
        _c("prose_participle_opener", "The Oxcombe Quay ferry has been suspended since "
           "October. {F} suspension, a spokeswoman said only that talks were continuing.",
           openers=OPENERS_41_PART),
        _c("prose_wh_clause_subject", "Brackenholt has promised its residents a new swimming "
           "pool. {F} council will pay for it is still unclear.", openers=OPENERS_41_WH),
        _c("bulletin_caps_label_colon", "TRAFFIC: {F} closed the Wraybridge road for two "
           "hours after a lorry shed its load.", "paragraph"),
        _c("negative_speech_tag_after_quoted_bang", "“Leave everything!” yelled a warden as the "
           "water rose in Lidmarsh. {F} remained until every house was empty."),
        _c("negative_speech_tag_after_quoted_question", "“Who pays for this?” demanded a "
           "Pelsworthy pensioner at the meeting. {F} promised an answer by Friday."),
        _c("negative_ph_opens_sentence", "The Tallowmere reservoir has turned acidic. pH "
           "readings at the weir fell to 5.1 last week. {F} stopped pumping from it."),
        _c("negative_hashtag_opens_sentence", "#keepthelidmarshferry trended across the county "
           "all afternoon. {F} said they had never seen such support."),
        _c("negative_headline_colon_small_letters", "Storm Odalys: where it will hit and when\n{F} "
           "issued an amber warning for the whole coast.", "paragraph"),
        _c("negative_small_letters_after_en_dash", "Three things changed overnight – the "
           "wind, the tide and the mood in Oxcombe Quay. {F} suspended the search at "
           "first light."),
        _c("negative_small_letters_in_and_after_brackets", "Details of the diversion (see map "
           "below) were posted at the Fernhollow depot. {F} asked drivers to allow an extra "
           "hour."),
        _c("negative_nee_born_in_brackets", "This year's weaving prize was won by Margit "
           "Fallowes (née Sturridge, b. 1948) of Wraybridge. {F} presented it on Thursday."),
        _c("negative_max_min_after_colon", "Saturday's outlook for Brackenholt: max. 4C, min. "
           "-6C, gusts of 70 km/h. {F} kept the gritters on standby."),
        _c("negative_etc_mid", "Bring boots, torches, spare batteries etc. and sign in at the "
           "village hall. {F} will give out maps of the search area."),
        _c("negative_small_letters_after_ellipsis_in_quote", "“We tried… we really did,” said "
           "the Pelsworthy coach. {F} accepted his resignation on Friday."),
    )
)  # fmt: skip

# A forty-second held-out batch, written blind in session 45 before any run on it, reading only this
# module (its top, `Context` and `_c`, `_capital`, `_fragment`, `_title_case`, `snippet`, `plant`,
# `contexts`, `cells` and batch 41's shape), `translation_contexts`'s `report`, `block` and
# `_as_delivered`, the planting tests of tests/test_translation_contexts.py and batches 40's and
# 41's commits (not the stage, its rules, its data, its round tests, any round's diff or the
# README): the same kinds, weighted toward wire copy as translated from French and agencies of
# Africa, the Gulf, Asia, Latin America and the Pacific that no batch used, and the shapes of
# interviews, timelines, headlines and lists. A sentence opening in small letters after datelines
# of ACP (`06 December 2026 (ACP).-`), AIP (`(AIP)-`), APS, ANGOP (a city and a dash, no date),
# SUNA, BNA (a colon), Saba, KPL (the agency alone, first), UNB, Agência Brasil (no date), ABI (a
# day-first date and `.-`) and PACNEWS (a date in capitals and `---`); after a French clock in a
# live blog (`14h32 -`), a timeline's date item, an interview's initials (`JA:` / `H.M.:`), a
# dash-led interview answer, a headline without a stop, a clock in brackets, `S.A.` ending a
# sentence, a quote after a colon, an `UPDATE (...)` label, an `Updated on ... at ...` line, a
# `READ ALSO:` line, a `1)` list's second item and a byline; with prepositional, adverb, number and
# pronoun openers (their own sets; the pronouns open a quote). Phrases after an AKP dateline (start
# flag), in a dash-led interview question, as a `1)` list's first item (start flag), after
# `including` and `asked about`, in a bracketed clause, in a headline in capitals after a country
# and a colon. Spaces before `:` after a French clock and after a label, `?` in a dash-led
# question, `!` in prose, `;` after a percentage, `,` after an acronym in brackets, `.` after `CFA
# francs`. Negatives that must stay: `An NGO` and `a UN-backed` around the phrase, `Mau Mau` and
# `Kota Kota` around it; the space before `’80s` and before an opening `…`; small letters in a
# headline after a country's colon, in a title written in sentence case, in `bKash` and `iTaukei`
# opening a sentence, in a dash list continuing a sentence, after `(ii)`, between em dashes, after
# a closing bracket, after `e.g.`, `approx.`, `vs.` and `cf.`, in a `Tags:` line, in a speech tag
# after a quote and a comma, after a question in brackets, after `S.A.,`. New invented places
# (Kimpese-Ngombe, Kouassi-Blékro, Ndiakhaté, Mbanza Quiela, Abu Tuleih Gharb, Ras Qurain, Bani
# Sahl, Ban Nakhamsai, Char Kukri Tola, São João do Ribeirão, Pampa Colorada, Nakasava, Prey
# Sangkae, Sinkassé, Ouarkoye) and people and names (Awa Ndiaye, Hamidou Sall, Hadiza Maïga,
# Sotragel), and new openers (OPENERS_42 and its own sets, none opening with "the").
OPENERS_42 = ("cocoa farmers", "displaced residents", "health workers", "both families",
              "some shopkeepers", "these volunteers", "their relatives",
              "many traders")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun opening the sentence
OPENERS_42_PREP = ("during the", "throughout the", "since the", "because of the")
OPENERS_42_ADV = ("afterwards", "elsewhere", "earlier", "nearby")
OPENERS_42_NUM = ("three", "eighteen", "twenty-six", "sixty")
OPENERS_42_PRON = ("few of us", "both of us", "most of us", "some of us")
HELD_OUT_42_PHRASE = (
    _c("after_akp_dateline", "PREY SANGKAE, Dec 6 (AKP) – {F} came up once more at Sunday's "
       "provincial hall meeting.", "paragraph", start=True),
    _c("in_dash_interview_question", "— And {F}, was it on the table?\n— Not this time, no.",
       "paragraph"),
    _c("paren_number_list_first_item", "Sunday's agenda:\n1) {F}\n2) Seed stocks before the "
       "rains\n3) Any other business", "paragraph", start=True),
    _c("after_including", "Several disputes, including {F}, are still before the Sinkassé "
       "land court."),
    _c("after_asked_about", "Asked about {F}, the prefect of Ouarkoye declined to comment."),
    _c("in_brackets_relative_clause", "The 2027 budget (which covers {F}) passed by 98 votes "
       "to 12 late on Saturday."),
    _c("caps_headline_after_country_colon", "Niger: {F} returns to the table in Zinder",
       "paragraph", case="upper"),
    _c("negative_an_ngo_a_un_backed", "An NGO audit and a UN-backed panel both singled out "
       "{F} in their reports on Ndiakhaté."),
    _c("negative_mau_mau_kota_kota", "The Mau Mau veterans' group sent a delegation to Kota "
       "Kota, where {F} dominated every conversation."),
)  # fmt: skip
HELD_OUT_42_SPACE = (
    _c("live_french_clock_before_colon", "14h30{F}: Police reach the scene of the blast in "
       "Kouassi-Blékro.", "paragraph"),
    _c("dash_interview_before_question", "— Will you run in 2027{F}?\n— Ask me again in "
       "June.", "paragraph"),
    _c("prose_before_bang", "Unbelievable{F}! Ndiakhaté scored twice in stoppage time to "
       "reach the final."),
    _c("before_semicolon_after_percent", "Growth: 6.5%{F}; inflation: 3.1%; debt: 58% of GDP.",
       "paragraph"),
    _c("before_comma_after_acronym_bracket", "The Economic Community of Central African "
       "States (ECCAS){F}, which met in Libreville, called for calm."),
    _c("before_stop_after_cfa_francs", "The trader was fined 500,000 CFA francs{F}. He has "
       "lodged an appeal."),
    _c("toll_label_before_colon", "Provisional toll{F}: 14 dead and 60 injured, according "
       "to the civil protection service.", "paragraph"),
    _c("negative_apostrophe_decade_space_kept", "Orchestra Baobab-style bands have packed the "
       "Sinkassé hall since the ’80s{F}; tickets went in under an hour."),
    _c("negative_ellipsis_after_colon_space_kept", "Her last text message read simply: …coming "
       "home tonight{F}. She never reached Ouarkoye."),
)  # fmt: skip
HELD_OUT_42_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_42)
    for c in (
        _c("acp_caps_date_stop_dash", "KIMPESE-NGOMBE, 06 December 2026 (ACP).- {F} got the "
           "cassava market running again after a week-long closure.", "paragraph"),
        _c("aip_year_in_date_no_space_dash", "Kouassi-Blékro, Dec 6, 2026 (AIP)- {F} received "
           "motor pumps for the dry-season vegetable plots.", "paragraph"),
        _c("aps_caps_city_en_dash", "NDIAKHATÉ, Dec 6 (APS) – {F} lined the road to greet the "
           "returning pilgrims.", "paragraph"),
        _c("angop_city_dash_no_date", "Mbanza Quiela - {F} lined up before sunrise for the "
           "mobile identity-card unit.", "paragraph"),
        _c("suna_dotted_month", "Abu Tuleih Gharb, Dec. 6 (SUNA) - {F} unloaded 40 tonnes of "
           "sorghum at the camp.", "paragraph"),
        _c("bna_colon_after_agency", "Ras Qurain, Dec. 6 (BNA): {F} toured the new desalination "
           "plant on Sunday morning.", "paragraph"),
        _c("saba_caps_city", "BANI SAHL, Dec. 6 (Saba) - {F} reported heavy shelling near the "
           "water project overnight.", "paragraph"),
        _c("kpl_agency_alone_first", "(KPL) {F} handed out rice seed to 800 families in Ban "
           "Nakhamsai ahead of the planting season.", "paragraph"),
        _c("unb_city_date_dash", "Char Kukri Tola, Dec 6 (UNB) - {F} fled to the cyclone "
           "shelters as the tidal surge swept inland.", "paragraph"),
        _c("agencia_brasil_no_date", "São João do Ribeirão (Agência Brasil) – {F} blocked "
           "the federal highway for six hours.", "paragraph"),
        _c("abi_day_first_stop_dash", "Pampa Colorada, 6 Dec (ABI).- {F} signed the water-sharing "
           "deal with the mining cooperative.", "paragraph"),
        _c("pacnews_caps_date_triple_dash", "NAKASAVA, 06 DECEMBER 2026 (PACNEWS) --- {F} "
           "helped clear the seawall after the king tide.", "paragraph"),
        _c("live_french_clock_dash", "14h32 - {F} are gathering again outside the "
           "Ndiakhaté prefecture.", "paragraph"),
        _c("timeline_date_item_colon", "Key dates\n3 March 2025: Curfew imposed in Ouarkoye\n"
           "19 July 2026: {F} return to the town for the first time", "paragraph"),
        _c("interview_initials_answer", "JA: Do you fear a boycott of the vote?\nH.M.: {F} "
           "have told me they will take part.", "paragraph"),
        _c("dash_interview_answer", "— How long can the camp hold out?\n— {F} say the food "
           "runs out in two weeks.", "paragraph"),
        _c("headline_no_stop_then_body", "Bread prices double in Kouassi-Blékro\n{F} say they "
           "can no longer afford a loaf a day.", "paragraph"),
        _c("prose_after_gmt_clock_bracket", "The convoy left Sinkassé at 07h30 (06h30 GMT). {F} "
           "followed it on motorbikes as far as the border."),
        _c("prose_after_company_sa_final", "The contract for the Ouarkoye bridge went to "
           "Sotragel S.A. {F} will receive the first payment in March."),
        _c("prose_after_quote_after_colon", "The ministry's statement was brief: “The talks "
           "have failed.” {F} had expected as much."),
        _c("update_label_with_clock", "UPDATE (15h10 GMT): {F} have confirmed a second death "
           "in the Bani Sahl clashes.", "paragraph"),
        _c("updated_on_date_line", "Updated on 06/12/2026 at 16:05\n{F} were still searching "
           "the rubble in Mbanza Quiela at nightfall.", "paragraph"),
        _c("read_also_line", "READ ALSO: Five questions on the Kimpese-Ngombe dam\n{F} "
           "fear the reservoir will not fill before the dry season.", "paragraph"),
        _c("paren_number_list_second_item", "What the accord provides\n1) A ceasefire from "
           "Monday\n2) {F} to withdraw to their barracks", "paragraph"),
        _c("byline_with_place", "By Awa Ndiaye, in Ndiakhaté\n{F} have not been paid since "
           "August.", "paragraph"),
        _c("prose_preposition_opener", "Hospitals in Char Kukri Tola are short of staff. {F} "
           "strike, only two doctors have been on duty.", openers=OPENERS_42_PREP),
        _c("prose_adverb_opener", "Police fired tear gas at stone-throwers near the stadium. "
           "{F}, a march in Sinkassé passed off peacefully.", openers=OPENERS_42_ADV),
        _c("prose_number_word_opener", "Rescue teams dug until dawn at the Nakasava "
           "gold pit. {F} of the miners were brought up alive.", openers=OPENERS_42_NUM),
        _c("quote_pronoun_opener", "“{F} came back to Ouarkoye only last spring,” said Hadiza "
           "Maïga, who spent eleven years in exile in Lomé.", openers=OPENERS_42_PRON),
        _c("negative_headline_country_colon_small_letters", "Senegal: opposition calls off "
           "Saturday's march\n{F} said the ban on gatherings left them no choice.",
           "paragraph"),
        _c("negative_sentence_case_title", "Her debut novel, “The memory of the baobabs”, sold "
           "out in Dakar within a week. {F} queued for signed copies."),
        _c("negative_bkash_opens_sentence", "Flood relief is reaching families by phone. bKash "
           "transfers of 3,000 taka went out on Sunday. {F} said the money came within hours."),
        _c("negative_itaukei_opens_sentence", "The lease talks have dragged on for months. "
           "iTaukei landowners in Nakasava rejected the latest offer. {F} are to resume "
           "talks in January."),
        _c("negative_dash_list_continues_sentence", "The measures include:\n– a curfew from "
           "22h;\n– a ban on motorbike taxis;\n– the closure of the border markets.\n{F} will "
           "review them in a fortnight.", "paragraph"),
        _c("negative_roman_numeral_items_inline", "The accord provides for (i) a ceasefire, (ii) "
           "the release of prisoners and (iii) elections within a year. {F} welcomed it."),
        _c("negative_number_word_between_em_dashes", "The convoy — eleven trucks of maize and "
           "two of medicine — reached Abu Tuleih Gharb at dusk. {F} began unloading at once."),
        _c("negative_small_letters_after_closing_bracket", "Hamidou Sall (PDS, opposition) told "
           "reporters the count was rigged. {F} called for a recount in Ndiakhaté."),
        _c("negative_eg_in_brackets", "Fees for basic services (e.g. water and school meals) rose "
           "by 30% in Ouarkoye. {F} protested in front of the town hall."),
        _c("negative_approx_vs_mid_sentence", "Turnout was approx. two in five voters, vs. "
           "three in five in 2021. {F} put it down to the rain and the fuel shortage."),
        _c("negative_tags_line_small_letters", "Tags: sahel, ecowas, security, niger\n{F} "
           "expect the summit to extend the transition.", "paragraph"),
        _c("negative_speech_tag_after_quote_comma", "“There will be no second round”, insisted "
           "the head of the electoral commission. {F} disagreed."),
        _c("negative_question_in_brackets_mid", "The finance minister (who else?) took the blame "
           "for the shortfall in Mbanza Quiela. {F} demanded his resignation."),
        _c("negative_cf_mid_sentence", "The figures differ sharply from last year's (cf. the "
           "annual report, p. 14). {F} want an independent audit."),
        _c("negative_company_abbreviation_then_comma", "Sotragel S.A., which won the tender, "
           "denies any wrongdoing. {F} are expected to testify in Ras Qurain on Monday."),
    )
)  # fmt: skip

# A forty-third held-out batch, written blind in session 46 before any run on it, reading only this
# module (its top, `Context` and `_c`, `_capital`, `_fragment`, `_title_case`, `snippet`, `plant`,
# `contexts`, `cells` and batch 42's shape), `translation_contexts`'s `report`, `block` and
# `_as_delivered`, the planting tests of tests/test_translation_contexts.py and batches 41's and
# 42's commits (not the stage, its rules, its data, its round tests, any round's diff or the
# README): the same kinds, weighted toward wire copy as translated from French and agencies of
# Central Asia, the Balkans, the Caribbean, the Andes, the Indian Ocean and the Nordic countries
# that no batch used, and the shapes of lists, timelines, interviews, headlines and live blogs. A
# sentence opening in small letters after datelines of Kabar (a dotted month), Dunyo (a city in
# capitals, a stop and the agency in capitals, no date), Khovar (a numeric date), FENA (a Balkan
# date `7. 12. 2026.`), ATA (the agency between slashes), CMC (a city, a country and the agency
# without brackets), JIS (a colon, no date), Colprensa (a stop after the bracket), TT (no mark at
# all), Ritzau (`/ritzau/` in small letters), Al-Watwan (a weekday in the date) and ANTA; after a
# Nordic clock in a live blog (`17.05 –`), a timeline's dash item, an interview's name label, a
# headline without a stop, `Inc.` ending a sentence, a closing bracket after a whole sentence, a
# `What's at stake:` label, `BREAKING —`, a numbered list's second item, a clock and a date
# ending a sentence; with prepositional, adverb, number, pronoun, conjunction and -ing
# openers (their own sets) and three contexts opening with "the". Phrases after an MIA dateline
# (start flag), in an interview question, as a bullet list's first item (start flag), after `apart
# from`, after a live-blog clock, in a title-case headline, between em dashes. Spaces before `:`
# after an interview's `Q`, `?` in a headline, `!` in a quote, `;` and `,` after words, `.` after a
# year, `:` after a timeline's date. Negatives that must stay: `An SOS` and `a U-turn` around the
# phrase, `is is` in speech around it; the space before `’n’` and `.kg`; small letters after
# `a.m.` mid-sentence, in a title's `of the`, in `bmobile` and `eGov` opening a sentence, in a
# bullet list continuing a sentence, after `incl.`, `resp.` and `sq.`, after an en dash and a
# closing bracket mid-sentence, after `(sic!)`, after a colon in a sentence, in a label's value and
# in a quote resumed after a speech tag. New places (Karakol, Barskoon, Turkmenbashi, Kulob, Tuzla,
# Vlorë, Castries, Ocho Rios, Riobamba, Gällivare, Aalborg, Moroni, Toamasina, Narvik, Kumanovo,
# Naryn, Khorog, Murghab, Torugart, Ålesund, Tórshavn, Klaksvík, Nikšić, Podgorica, Mostar, Anjouan,
# Mohéli, Hammerfest, Luleå, Vardø, Struga) and names (Condoroma, Hodžić, Norrtåg,
# Radio Kumanovo, RTCG, bmobile, eGov), and new openers (OPENERS_43 and its own sets).
OPENERS_43 = ("lobster divers", "snowplough drivers", "mine workers", "several mayors",
              "those evacuated", "its residents", "her neighbours", "two brothers")  # fmt: skip
# three contexts open with "the" (the brief allows six of the 29)
OPENERS_43_THE = ("the sea rescue service", "the ferry company", "the port authority",
                  "the coastal police")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_43_PREP = ("amid the", "following the", "ahead of the", "in the wake of the")
OPENERS_43_ADV = ("overnight", "later", "further east", "by nightfall")
OPENERS_43_NUM = ("forty", "ninety", "five", "two hundred")
OPENERS_43_PRON = ("neither of them", "none of them", "several of them", "only one of them")
OPENERS_43_CONJ = ("but many", "yet most", "and so many", "but some")
OPENERS_43_ING = ("clearing the", "reopening the", "widening the", "securing the")
HELD_OUT_43_PHRASE = (
    _c("after_mia_dateline", "KUMANOVO, Dec 7 (MIA) – {F} dominated the municipal "
       "council's last sitting of the year.", "paragraph", start=True),
    _c("in_interview_question_label", "Radio Kumanovo: What happens to {F} "
       "now?\nHodžić: The board rules on it in April.", "paragraph"),
    _c("bullet_list_first_item", "On the agenda in Podgorica:\n• {F}\n• Winter road "
       "maintenance\n• Questions from the floor", "paragraph", start=True),
    _c("after_apart_from", "Apart from {F}, very little was settled at the Nikšić meeting."),
    _c("after_live_blog_clock", "16.05 – Talks on {F} broke up in Mostar without a date for "
       "the next round.", "paragraph"),
    _c("in_title_case_headline", "Montserrat Council Votes on {F} After Long Delay",
       "paragraph", case="title"),
    _c("between_em_dashes", "The mayor of Vlorë — who had promised {F} last spring — did not "
       "turn up to the hearing."),
    _c("negative_an_sos_a_u_turn", "An SOS from a Faroese trawler and a U-turn by the Klaksvík "
       "ferry came just hours before {F} was announced."),
    _c("negative_is_is_in_speech", "“What it is is a tax by another name,” a skipper in "
       "Ålesund said of {F}."),
)  # fmt: skip
HELD_OUT_43_SPACE = (
    _c("interview_q_before_colon", "Q{F}: Does the Christmas Day ferry still sail?\nA: Yes, twice, "
       "weather permitting.", "paragraph"),
    _c("headline_before_question", "Will the Torugart crossing reopen before New Year{F}?",
       "paragraph"),
    _c("quote_before_bang", "“Stay off the ice{F}!” police in Luleå told skaters after two "
       "boys fell through on Sunday."),
    _c("before_semicolon_after_word", "Naryn was cut off for three days{F}; Kochkor for nearly "
       "two."),
    _c("before_comma_after_currency", "Diesel rose to 62 som a litre{F}, the highest price "
       "ever paid in Bishkek."),
    _c("before_stop_after_year", "The old bridge at Mostar was first built in 1566{F}. It was "
       "rebuilt in 2004."),
    _c("timeline_date_before_colon", "7 December 2026{F}: Ferries suspended across the Faroes "
       "as the storm strengthens", "paragraph"),
    _c("negative_rock_n_roll_space_kept", "The Tuzla rock ’n’ roll weekend was called off"
       "{F}; the organisers blamed the floods."),
    _c("negative_domain_space_kept", "Demand for .kg web addresses has doubled since the "
       "Karakol ice festival{F}!"),
)  # fmt: skip
HELD_OUT_43_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_43)
    for c in (
        _c("kabar_caps_city_dotted_month", "KARAKOL, Dec. 7 (Kabar) - {F} dug stranded lorries "
           "out of the snow on the Barskoon pass overnight.", "paragraph"),
        _c("dunyo_caps_city_stop_agency", "TURKMENBASHI. DUNYO – {F} queued from dawn at the "
           "only fuel station still open in town.", "paragraph"),
        _c("khovar_numeric_date", "Kulob, 07.12.2026 (Khovar) – {F} were moved into heated "
           "tents when the aftershocks continued.", "paragraph"),
        _c("fena_balkan_dotted_date", "TUZLA, 7. 12. 2026. (FENA) - {F} blocked the gates of "
           "the salt works for a second day running.", "paragraph"),
        _c("ata_agency_between_slashes", "Vlorë, 7 December /ATA/ - {F} pulled their boats "
           "out of the water ahead of the gale.", "paragraph"),
        _c("cmc_city_country_no_brackets", "CASTRIES, St Lucia, Dec 7, CMC – {F} say the "
           "banana shipment has been held up in port since Thursday.", "paragraph"),
        _c("jis_colon_no_date", "OCHO RIOS (JIS): {F} has warned small craft to stay in "
           "harbour until the swell eases.", "paragraph", openers=OPENERS_43_THE),
        _c("colprensa_stop_after_bracket", "Riobamba, Dec. 7 (Colprensa). {F} walked for two "
           "days to reach the valley after the landslide.", "paragraph"),
        _c("tt_no_mark_after_agency", "GÄLLIVARE (TT) {F} slept in a sports hall when "
           "the Norrtåg train stalled in the cold.", "paragraph"),
        _c("ritzau_lower_agency_slashes", "Aalborg /ritzau/ {F} has cancelled all crossings to "
           "the islands until Tuesday.", "paragraph", openers=OPENERS_43_THE),
        _c("al_watwan_weekday_date", "Moroni, Sunday 7 December 2026 (Al-Watwan) – {F} "
           "waited on the quay for the boat from Anjouan.", "paragraph"),
        _c("anta_caps_city_date", "TOAMASINA, Dec 7 (ANTA) – {F} are sleeping in schools "
           "after the cyclone flattened their homes.", "paragraph"),
        _c("live_blog_nordic_clock", "17.05 – {F} says the fishing boat missing off Narvik "
           "has been found, with all four crew safe.", "paragraph", openers=OPENERS_43_THE),
        _c("timeline_dash_item", "How the crisis unfolded\n2019 – Gas price rise sparks "
           "protests\nMarch 2024 – {F} go on strike across the region", "paragraph"),
        _c("interview_name_label_answer", "RTCG: Were you warned before the dam gave way?\n"
           "Hodžić: {F} heard the siren, but far too late.", "paragraph"),
        _c("headline_no_stop_over_body", "Avalanche cuts off three villages in the Pamirs\n{F} "
           "have had no electricity or phone signal since Friday.", "paragraph"),
        _c("prose_after_inc_final", "The copper mine near Riobamba is run by Condoroma Mining "
           "Inc. {F} are owed five months' wages."),
        _c("prose_after_bracketed_sentence", "Up to 300 homes in Khorog lost power. (Officials "
           "in Dushanbe dispute that figure.) {F} are relying on wood stoves."),
        _c("whats_at_stake_label", "What's at stake: {F} depend on the road to Murghab for "
           "food and fuel all winter.", "paragraph"),
        _c("breaking_em_dash", "BREAKING — {F} were rescued from a capsized boat off "
           "Hammerfest early on Sunday.", "paragraph"),
        _c("numbered_list_second_item", "Main points of the 2027 budget:\n1. Pensions rise "
           "by 4%\n2. {F} get a winter fuel allowance", "paragraph"),
        _c("prose_after_clock_stop", "Polling stations in Tórshavn closed at 20.00. {F} "
           "counted the ballots by hand until after midnight."),
        _c("prose_after_date_stop", "The new ferry enters service on 15 January 2027. {F} "
           "hope it will cut the crossing to Vardø by an hour."),
        _c("prose_preposition_opener", "Heavy snow fell across Lapland on Sunday. {F} storm, "
           "reindeer herders moved their animals to lower ground.", openers=OPENERS_43_PREP),
        _c("prose_adverb_opener", "One avalanche blocked the Khorog road on Saturday. {F}, a "
           "second slide closed the pass to Murghab.", openers=OPENERS_43_ADV),
        _c("prose_number_word_opener", "The ferry ran aground off Klaksvík with 230 people on "
           "board. {F} of the passengers were treated for hypothermia.", openers=OPENERS_43_NUM),
        _c("prose_pronoun_opener", "Coastguards reached the stranded Ålesund trawler's crew "
           "on a reef. {F} had been in the water for over an hour.", openers=OPENERS_43_PRON),
        _c("prose_conjunction_opener", "The government promised to restore heating in Naryn "
           "by the weekend. {F} households still have none.", openers=OPENERS_43_CONJ),
        _c("prose_ing_opener", "Snow has buried the only road out of Murghab. {F} pass will "
           "take road crews at least a week.", openers=OPENERS_43_ING),
        _c("negative_am_mid_sentence", "The quake struck shortly after 4 a.m. on Sunday, "
           "waking much of Kulob. {F} spent the rest of the night outdoors."),
        _c("negative_title_of_the", "The play “Children of the Andes” has sold out every night "
           "in Riobamba. {F} queued for hours for returns."),
        _c("negative_bmobile_opens_sentence", "Storms knocked out two masts on Tobago. bmobile "
           "customers had no signal until Monday morning. {F} heard "
           "nothing from the relief teams."),
        _c("negative_egov_opens_sentence", "Astana moved its permits online last year. eGov "
           "requests have since risen tenfold. {F} complain the portal crashes at peak times."),
        _c("negative_bullet_list_continues_sentence", "Police advise drivers to:\n• carry "
           "chains,\n• keep a full tank,\n• avoid the E10 after dark.\n{F} have been warned "
           "twice this week.", "paragraph"),
        _c("negative_incl_in_brackets", "Tickets on the Klaksvík ferry go up 12% (incl. tax) "
           "from January. {F} say they cannot absorb it."),
        _c("negative_resp_mid_sentence", "Wages rose 4% and 6% resp. in the public and private "
           "sectors. {F} still earn less than in 2019."),
        _c("negative_sq_km_mid_sentence", "Fire destroyed some 40 sq. km of pine forest near "
           "Struga. {F} watched the flames from the lake shore."),
        _c("negative_en_dash_clause_continues", "The pass is open again – but only to lorries "
           "with chains. {F} sat at the barrier all morning."),
        _c("negative_closing_bracket_verb", "The fishing quota (set abroad, not in Tórshavn) "
           "angers crews across the islands. {F} plan a protest in the harbour."),
        _c("negative_sic_in_brackets", "The sign at the border post read “Wellcom to "
           "Montenegro” (sic!) until Friday. {F} had photographed it for months."),
        _c("negative_colon_then_small_letters", "Two things are missing in Toamasina: fuel and "
           "drivers. {F} have been waiting for aid since Thursday."),
        _c("negative_label_small_value", "Road status: closed between Naryn and Torugart\n{F} "
           "should expect delays until Wednesday.", "paragraph"),
        _c("negative_quote_resumed_after_tag", "“The ice is thin,” the coastguard warned, "
           "“and getting thinner by the day.” {F} ignored the warning."),
        _c("negative_lower_after_semicolon", "The mine reopened on Monday; production is at half "
           "its usual level. {F} hope to be back at full output by March."),
    )
)  # fmt: skip


# Batch 44 (held out, set 3), written blind in session 47 from this module's docstring, `Context`,
# `_c`, `_capital`, `_fragment`, `snippet`, `plant`, `contexts` and `cells`,
# `translation_contexts`'s `report`, `block`'s titles and `_as_delivered`, the planting tests of
# tests/test_translation_contexts.py, STYLE.md's top and batches 41's to 43's commits (not the
# stage, its rules, its data, its round tests, any round's diff or the README): the same kinds,
# weighted toward wire copy as translated from French and agencies of West and Central Africa,
# Southeast Asia, the Gulf, the Baltic, the Pacific and Central America that no batch used, and
# the shapes of lists, timelines, interviews, headlines, captions and live blogs. A sentence
# opening in small letters after datelines of AMAP (a city in capitals with an accent), ACAP (no
# date), ABP (a weekday and an em dash without spaces), LINA (a county), TATOLI (a hyphen), NNT (a
# Thai city and `:`), LETA (the agency after a comma, then a stop), ELTA (the dateline on a line
# of its own), FBC (square brackets), AGN (`).-`) and a Gulf city and a country with no agency;
# after a live-blog clock with GMT, a timeline's year item, an interview's `A.`, a headline in
# capitals, `Co. Ltd.` ending a sentence, an `Editor's note:` label, `FLASH –`, a lettered list's
# second item, `p.m.` and a date ending a sentence, a photo credit in brackets and a question;
# with prepositional, adverb, number, pronoun, conjunction and -ing openers (their own sets) and
# three contexts opening with "the". Phrases after an ELTA-style dateline (start flag), in an
# interview question, as a lettered list's first item (start flag), after `such as`, in a headline
# in capitals, inside square brackets, after a timeline's year. Spaces before `?` in a question,
# `!` after a number, `;` after a bracket, `,` after a clock, `.` after a percentage, `:` after a
# speaker's name and `?` after a closing quote. Negatives that must stay: `a once-in-a-generation`
# and `an FBC` around the phrase, `does does` in speech around it; the space before `.22` and
# `.tl`; small letters after `etc.`, `Jan.` and `ft.` mid-sentence, after an em dash aside, after
# a bracket mid-sentence, in a speech tag after `?”` and `!”`, in a photo credit's value, after a
# colon in a sentence, after an ellipsis mid-sentence, in an inline numbered list, in a title's
# small words, in `airBaltic` and `mAh` opening a sentence, in a clause after a comma. New places
# (Ségou, Mopti, Bambari, Bouar, Cotonou, Parakou, Gbarnga, Dili, Baucau, Suai, Lospalos, Chiang
# Rai, Nakhon Phanom, Liepāja, Ventspils, Klaipėda, Palanga, Labasa, Nausori, Quetzaltenango,
# Huehuetenango, Puntarenas, Sohar, Salalah, Fujairah, Muharraq, Honiara, Gizo, Malaita) and names
# (airBaltic, Pacific Timber Co. Ltd., Solomon Star), and new openers (OPENERS_44 and its own
# sets).
OPENERS_44 = ("taxi-moto riders", "bus drivers", "dock workers", "whole villages",
              "hundreds of households", "such families", "other groups",
              "entire families")  # fmt: skip
# three contexts open with "the" (the brief allows six of the 29)
OPENERS_44_THE = ("the river police", "the civil protection agency", "the electricity board",
                  "the health ministry")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_44_PREP = ("across the", "along the", "beside the", "beyond the")
OPENERS_44_ADV = ("meanwhile", "by morning", "further inland", "hours later")
OPENERS_44_NUM = ("eleven", "thirty-three", "seven", "three thousand")
OPENERS_44_PRON = ("a handful of them", "three of us", "all four of them", "hardly any of them")
OPENERS_44_CONJ = ("and yet many", "but most", "yet some", "and still many")
OPENERS_44_ING = ("dredging the", "emptying the", "restoring the", "re-surveying the")
HELD_OUT_44_PHRASE = (
    _c("after_baltic_dateline_start", "KLAIPĖDA, Dec 8 (ELTA) – {F} topped the port board's "
       "agenda before the holidays.", "paragraph", start=True),
    _c("in_q_dot_question", "Q. What became of {F} in the recovery plan?\nA. Nobody in "
       "Bambari was asked.", "paragraph"),
    _c("lettered_list_first_item", "a) {F}\nb) School fees in the camps\nc) Any other business",
       "paragraph", start=True),
    _c("after_such_as", "Matters such as {F} go before the Honiara assembly next week."),
    _c("in_caps_headline", "SOLOMONS PARLIAMENT SPLIT OVER {F}", "paragraph", case="upper"),
    _c("inside_square_brackets", "Timor's fisheries minister [who signed {F} in May] resigned "
       "in Dili on Monday."),
    _c("after_timeline_year", "2021: Cyclone hits Nausori\n2025: {F} agreed in Labasa",
       "paragraph", start=True),
    _c("negative_once_in_a_generation_an_fbc", "The flood was a once-in-a-generation event, an FBC "
       "crew in Labasa reported, just as {F} came into force."),
    _c("negative_does_does_in_speech", "“What the dam does does not stay in Ségou,” an "
       "engineer in Mopti told us, referring to {F}."),
)  # fmt: skip
HELD_OUT_44_SPACE = (
    _c("q_dot_before_question", "Q. How many boats are still missing off Gizo{F}?\nA. Four, "
       "with nine men aboard.", "paragraph"),
    _c("before_bang_after_number", "Power is back in Baucau after 91 days{F}!"),
    _c("before_semicolon_after_bracket", "Roads reopened around Labasa (Vanua Levu){F}; "
       "schools stay shut until January."),
    _c("before_comma_after_clock", "At 06:15{F}, the tsunami siren sounded across Malaita."),
    _c("before_stop_after_percent", "Turnout in the Liepāja by-election was 61%{F}."),
    _c("transcript_speaker_before_colon", "Presenter: Is the Salalah road safe tonight?\n"
       "Minister{F}: Only for lorries with escorts.", "paragraph"),
    _c("before_question_after_close_quote", "Who drafted the “Puntarenas protocol”{F}?"),
    _c("negative_calibre_space_kept", "Police in Gbarnga seized a .22 rifle{F}, two shotguns "
       "and a box of cartridges."),
    _c("negative_tl_domain_space_kept", "Government sites ending in .tl were down for six "
       "hours{F}; officials blamed a cut cable."),
)  # fmt: skip
HELD_OUT_44_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_44)
    for c in (
        _c("amap_caps_city_accent", "SÉGOU, Dec 8 (AMAP) – {F} sold their rice at a loss after "
           "the river flooded the paddies.", "paragraph"),
        _c("acap_no_date", "BAMBARI (ACAP) – {F} walked for three days to get to the "
           "camp at Bouar.", "paragraph"),
        _c("abp_weekday_em_dash_no_space", "COTONOU, Monday, December 8, 2026 (ABP)—{F} "
           "blocked the Parakou road to protest the fuel price.", "paragraph"),
        _c("lina_county_dateline", "GBARNGA, Bong County, Dec. 8 (LINA) – {F} refused to "
           "reopen classrooms until the roof is fixed.", "paragraph"),
        _c("tatoli_hyphen_dateline", "DILI, 8 December 2026 (TATOLI) - {F} waited with "
           "jerrycans at the Suai depot before dawn.", "paragraph"),
        _c("nnt_city_colon", "Chiang Rai (NNT): {F} has pulled two bodies from the Mekong "
           "near Nakhon Phanom.", "paragraph", openers=OPENERS_44_THE),
        _c("leta_agency_after_comma_stop", "Ventspils, 8.12.2026, LETA. {F} stayed at home "
           "as the strike shut down the bus depot.", "paragraph"),
        _c("elta_dateline_own_line", "Palanga, December 8 (ELTA)\n{F} should boil all "
           "drinking water until further notice, the town council said.", "paragraph"),
        _c("fbc_square_brackets", "LABASA, Dec 8 [FBC] – {F} have been sleeping in the town "
           "hall since Friday's flood.", "paragraph"),
        _c("agn_stop_hyphen", "QUETZALTENANGO, Guatemala, Dec. 8 (AGN).- {F} dug through "
           "the mud for survivors in Huehuetenango.", "paragraph"),
        _c("gulf_city_country_no_agency", "SOHAR, Oman — {F} spent a second night in "
           "schools as the wadis overflowed.", "paragraph"),
        _c("live_blog_gmt_clock", "09:42 GMT – {F} reports that the fire at the Fujairah "
           "terminal is under control.", "paragraph", openers=OPENERS_44_THE),
        _c("timeline_year_item", "Ten years of floods in Dili\n2016: Water reaches the "
           "palace steps\n2026: {F} lose their homes for the third time", "paragraph"),
        _c("interview_a_dot_answer", "Q. Did anyone warn the island?\nA. {F} heard about the "
           "cyclone on the radio, far too late.", "paragraph"),
        _c("caps_headline_over_body", "FUEL SHORTAGE GRIPS HONIARA\n{F} queued for six hours "
           "outside the last open station.", "paragraph"),
        _c("prose_after_co_ltd", "The logging concession on Malaita belongs to Pacific Timber "
           "Co. Ltd. {F} say the royalties never reached them."),
        _c("editors_note_label", "Editor's note: {F} interviewed for this story asked "
           "that their names be withheld.", "paragraph"),
        _c("flash_en_dash", "FLASH – {F} were pulled alive from the collapsed market in "
           "Mopti on Monday.", "paragraph"),
        _c("lettered_list_second_item", "What the unions want:\na) A 10% pay rise\nb) {F} "
           "covered by the new health scheme", "paragraph"),
        _c("prose_after_pm_final", "The curfew in Muharraq begins each night at 10.30 p.m. "
           "{F} must carry identity papers."),
        _c("prose_after_date_final", "Schools in Baucau stay closed until 5 January. {F} "
           "will be taught by radio in the meantime."),
        _c("prose_after_photo_credit", "Residents bail water out of a shop in Honiara. (Photo: "
           "Solomon Star) {F} say the drains were never cleared."),
        _c("prose_after_question", "Who will fund the new seawall at Gizo? {F} raised it "
           "at every meeting this year.", openers=OPENERS_44_THE),
        _c("prose_preposition_opener", "The main bridge at Lospalos washed away on Saturday. "
           "{F} river, farmers now carry their coffee on foot.", openers=OPENERS_44_PREP),
        _c("prose_adverb_opener", "Rescuers reached the last cut-off village near Suai at "
           "noon. {F}, the death toll rose to fourteen.", openers=OPENERS_44_ADV),
        _c("prose_number_word_opener", "Fire swept through the Parakou timber market at night. "
           "{F} stalls were destroyed before it was put out.", openers=OPENERS_44_NUM),
        _c("prose_pronoun_opener", "The navy picked up nine fishermen off Puntarenas. {F} "
           "had drifted for five days without water.", openers=OPENERS_44_PRON),
        _c("prose_conjunction_opener", "Aid flights landed at Salalah every hour on Sunday. "
           "{F} families in the hills have received nothing.", openers=OPENERS_44_CONJ),
        _c("prose_ing_opener", "The storm left the Ventspils harbour full of wreckage. {F} "
           "harbour could take until spring.", openers=OPENERS_44_ING),
        _c("negative_etc_mid_sentence", "Rice, oil, soap etc. were handed out in Bambari on "
           "Friday. {F} had walked in from the bush."),
        _c("negative_month_abbreviation_mid_sentence", "The Cotonou port will be closed from "
           "Jan. to March for dredging. {F} fear for their jobs."),
        _c("negative_ft_mid_sentence", "Water stood four ft. deep in the Labasa market on "
           "Sunday. {F} lost all their stock."),
        _c("negative_em_dash_aside", "The seawall held — for now — and the old town stayed "
           "dry. {F} stacked sandbags along the promenade."),
        _c("negative_bracket_mid_sentence", "The harbour master (pictured) said the channel "
           "would reopen by Friday. {F} doubt it."),
        _c("negative_speech_tag_after_question_quote", "“Where would we go?” asked one "
           "fisherman in Gizo. {F} have nowhere else to live."),
        _c("negative_speech_tag_after_bang_quote", "“Enough!” chanted protesters at the "
           "Muharraq courthouse gates. {F} dispersed peacefully after an hour."),
        _c("negative_photo_credit_small_value", "Flood damage in Nausori. (Photo: supplied) "
           "{F} are still counting the cost."),
        _c("negative_colon_small_options", "Two options remain for the Suai villagers: "
           "rebuild or move inland. {F} favour moving."),
        _c("negative_ellipsis_mid_sentence", "We called… and called again, said a nurse at the "
           "Baucau clinic. {F} never answered."),
        _c("negative_inline_numbered_list", "Residents are asked to (1) clear their drains, "
           "(2) move livestock and (3) stay indoors. {F} have ignored the advice."),
        _c("negative_title_small_words", "The documentary “Songs for the drowned towns” opens "
           "in Quetzaltenango next week. {F} are in it."),
        _c("negative_airbaltic_opens_sentence", "Riga airport was fogbound for most of "
           "Monday. airBaltic cancelled eleven flights. {F} slept at the terminal."),
        _c("negative_mah_opens_sentence", "Solar lamps are the new currency on Malaita. "
           "mAh ratings are printed on every box. {F} check them before paying."),
        _c("negative_lower_after_comma_clause", "Ships waited outside Fujairah for two days, "
           "then turned back to Sohar. {F} were unloaded there instead."),
    )
)  # fmt: skip


# Batch 45 (held out, set 3), written blind in session 48 from this module's docstring, `Context`,
# `_c`, `contexts`, `cells`, `plant` and the held-out batch layout, `translation_contexts`'s
# `report`, `block`'s titles and `_as_delivered`, the planting tests of
# tests/test_translation_contexts.py, STYLE.md and batches 42's to 44's commits (not the stage,
# its rules, its data, its round tests, any round's diff or the README): the same kinds, weighted
# toward wire copy as translated from French and agencies of East Africa and the Horn, the
# Caucasus, Central Asia, the Balkans, the Nordic countries, the Indian Ocean islands, the Andes
# and Southern Africa that no batch used, and the shapes of lists, timelines, interviews,
# headlines, labels and live blogs. A sentence opening in small letters after datelines of ARKA
# (`/ARKA/.` after a date with a stop), EBC (`--`), SONNA (a country and a day-first date), ADI
# (a date with slashes), STT (a Finnish short date `9.12.`), Kosovapress (a hyphen), the
# Seychelles News Agency (its full name after a country), GIS (an island and a colon), a Peruvian
# city with its country in brackets and no agency, AIM (a province), RÚV (a weekday only) and
# AKIpress (no date); after a live-blog clock in square brackets, a timeline's `Day 4:` item, an
# interview's `Answer:` label, `URGENT –`, a `Clarification:` label, a title-case headline, a
# roman-numbered list's second item, `U.S.` and a magnitude `5.8.` ending a sentence, an opening
# quote after a colon, an exclamation, a bracketed sentence, a clock and a numeric date ending a
# sentence; with prepositional, adverb, number, pronoun, conjunction and -ing openers (their own
# sets) and two contexts opening with "the". Phrases after an Interpressnews dateline (start
# flag), in an interview question, after a live-blog clock in square brackets (start flag), after
# `with regard to`, in a title-case headline, after an introductory clause and a comma, after a
# colon in a list. Spaces before `?` in a question, `!` in a live-blog goal, `;` after a unit,
# `:` in a toll table, `,` after `U.N.`, `.` after a clock and `?` after a closing bracket.
# Negatives that must stay: `A eucalyptus` and `an LPG` around the phrase, `wins wins` in speech
# around it; the space before `!Kung` and before an emoticon `:)`; small letters in a clause after
# an en dash, inside and after a bracket mid-sentence, in a title-case title's small words, in
# `eCitizen` and `eSIM` opening a sentence, in a lettered list continuing a sentence, after
# `i.e.`, `U.N.`, `kg.`, `a.k.a.` and `et al.` mid-sentence, after an agency's initials in
# brackets mid-sentence, in a title-case headline's `of`, after a closing quote and a comma, and
# after a colon in a sentence.
OPENERS_45 = ("tea pickers", "camel herders", "road crews", "salt miners", "some pensioners",
              "several families", "those stranded", "most shopkeepers")  # fmt: skip
# two contexts open with "the" (the brief allows six of the 29)
OPENERS_45_THE = ("the mountain rescue service", "the regional water board",
                  "the district governor's office", "the state broadcaster")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_45_PREP = ("inside the", "outside the", "behind the", "near the")
OPENERS_45_ADV = ("by then", "a day earlier", "only hours before", "late on Sunday")
OPENERS_45_NUM = ("nineteen", "fifty-four", "eight", "four hundred")
OPENERS_45_PRON = ("many of us", "a few of them", "every one of them", "some of them")
OPENERS_45_CONJ = ("but only a few", "yet hardly any", "and fewer than half", "but not one")
OPENERS_45_ING = ("digging out the", "shovelling the", "ploughing the", "gritting the")
HELD_OUT_45_PHRASE = (
    _c("after_interpressnews_dateline_start", "KUTAISI (Interpressnews) – {F} headed the agenda "
       "when the city council sat on Tuesday.", "paragraph", start=True),
    _c("in_question_label", "Question: How much did {F} change for the herders of Khovd?\n"
       "Answer: Very little, they say.", "paragraph"),
    _c("after_bracket_clock_start", "[09:05] {F} opens the Nukus briefing, an hour "
       "late.", "paragraph", start=True),
    _c("after_with_regard_to", "Talks in Jalal-Abad stalled with regard to {F} and the new "
       "border posts."),
    _c("in_title_case_headline", "Somali Elders in Garowe Reject {F} at Marathon Talks",
       "paragraph", case="title"),
    _c("after_clause_and_comma", "After Tuesday's vote in Victoria, {F} filled every café "
       "conversation on Praslin."),
    _c("after_colon_in_list", "On the table in Mangochi: {F}, a new borehole and two "
       "classrooms."),
    _c("negative_a_eucalyptus_an_lpg", "A eucalyptus plantation near Mbarara and an LPG depot "
       "in Jinja were mentioned in one breath with {F}."),
    _c("negative_wins_wins_in_speech", "“Whoever wins wins nothing,” a councillor in Trebinje "
       "said of the quarrel over {F}."),
)  # fmt: skip
HELD_OUT_45_SPACE = (
    _c("before_question_in_question", "Will the Dilijan tunnel reopen before Christmas{F}?"),
    _c("before_bang_live_blog_goal", "89 min: Goal for Rwanda{F}! Musanze erupts.",
       "paragraph"),
    _c("before_semicolon_after_unit", "Rainfall at Mwanza reached 212 mm{F}; December's previous "
       "record was 180 mm."),
    _c("before_colon_in_toll_table", "Toll in Dessie\nDead{F}: 14\nInjured: 52", "paragraph"),
    _c("before_comma_after_dotted_initials", "Aid reached Jowhar through the U.N.{F}, the "
       "district commissioner said."),
    _c("before_stop_after_clock", "The Kapan road closed at 16:00 and reopened at 07:30{F}."),
    _c("before_question_after_bracket", "Who finances the Berbera port extension (and when){F}?"),
    _c("negative_kung_space_kept", "Aid workers reached the !Kung villages near Tsumkwe on "
       "Tuesday{F}; the sand track had been cut since October."),
    _c("negative_emoticon_space_kept", "The governor's only post that day read “Road open "
       "again :)”{F}; it was shared thousands of times."),
)  # fmt: skip
HELD_OUT_45_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_45)
    for c in (
        _c("arka_date_stop_slashes", "GYUMRI, December 9. /ARKA/. {F} slept in heated railway "
           "carriages after the tremor cracked their walls.", "paragraph"),
        _c("ebc_double_hyphen", "GONDAR, Dec. 9 (EBC) -- {F} queued at the only working mill "
           "in the old town since Monday.", "paragraph"),
        _c("sonna_country_day_first_date", "BAIDOA, Somalia, 9 December (SONNA) — {F} have "
           "moved their shelters away from the flooded riverbank.", "paragraph"),
        _c("adi_slashed_date", "TADJOURAH, 09/12/2026 (ADI) – {F} slept on the jetty, "
           "but the Obock ferry never came.", "paragraph"),
        _c("stt_finnish_short_date", "ROVANIEMI, 9.12. (STT) – {F} had to be dug out of their "
           "cars on the road north of the town.", "paragraph"),
        _c("kosovapress_hyphen", "PRIZREN, Dec 9 (Kosovapress) - {F} rallied at the municipal "
           "building over unpaid winter heating allowances.", "paragraph"),
        _c("sna_full_name_after_country", "VICTORIA, Seychelles (Seychelles News Agency) - {F} "
           "said the Praslin jetty will stay closed until the swell drops.",
           "paragraph", openers=OPENERS_45_THE),
        _c("gis_island_colon", "PORT MATHURIN, Rodrigues, 9 December (GIS): {F} received water "
           "by tanker after the island's reservoirs ran dry.", "paragraph"),
        _c("country_in_brackets_no_agency", "PUNO (Peru) - {F} kept the road to the "
           "Bolivian border closed for a fourth day on Tuesday.", "paragraph"),
        _c("aim_province_dateline", "PEMBA, Cabo Delgado, Dec 9 (AIM) – {F} are farming "
           "their plots again, two years after the attacks drove them out.", "paragraph"),
        _c("ruv_weekday_only", "Ísafjörður, Tuesday (RÚV) – {F} stayed indoors as the "
           "avalanche warning for the fjord was raised to its highest level.", "paragraph"),
        _c("akipress_no_date", "JALAL-ABAD (AKIpress) — {F} are selling walnuts at half "
           "last year's price.", "paragraph"),
        _c("live_blog_square_bracket_clock", "[16:40] {F} reports that a second convoy has "
           "reached Kitgum.", "paragraph", openers=OPENERS_45_THE),
        _c("timeline_day_item", "Seven days on the Goris road\nDay 1: Snow closes the road "
           "at Sisian\nDay 4: {F} run out of diesel", "paragraph"),
        _c("interview_answer_label", "Question: When did the last food lorry reach "
           "Beledweyne?\nAnswer: {F} saw one in October, and nothing since.", "paragraph"),
        _c("urgent_en_dash", "URGENT – {F} trapped by a landslide near Moroto have been "
           "reached by rescuers.", "paragraph"),
        _c("clarification_label", "Clarification: {F} quoted in Monday's report on the "
           "Garissa floods spoke on condition of anonymity.", "paragraph"),
        _c("title_case_headline_over_body", "Snow Cuts Off Villages Above Dilijan\n{F} have "
           "been without power since Sunday night.", "paragraph"),
        _c("roman_list_second_item", "Demands of the striking workers in Hargeisa\ni. Back pay "
           "for October\nii. {F} moved to permanent contracts", "paragraph"),
        _c("prose_after_us_final", "The new maternity wing in Jinja was funded by the U.S. "
           "{F} complain it still has no midwives."),
        _c("prose_after_magnitude_final", "The quake that shook Vanadzor before dawn measured "
           "5.8. {F} felt it as far away as Tbilisi."),
        _c("prose_quote_after_colon", "The governor's message to the valley was blunt: “{F} "
           "must be out of the riverside houses by noon.”"),
        _c("prose_after_exclamation", "The Uyuni road is passable at last! {F} cheered as the "
           "first bus left the terminal."),
        _c("prose_preposition_opener", "Snow brought down the roof of the bus station in Kapan "
           "on Sunday night. {F} ruined station, volunteers handed out tea until dawn.",
           openers=OPENERS_45_PREP),
        _c("prose_adverb_after_bracketed_sentence", "Power came back to most of Khovd on "
           "Monday. (Two districts are still dark.) {F}, the provincial governor had declared "
           "an emergency.", openers=OPENERS_45_ADV),
        _c("prose_number_after_clock", "The border post at Termez reopened at 06:00. {F} "
           "lorries were waiting in line, some since Friday.", openers=OPENERS_45_NUM),
        _c("prose_pronoun_after_numeric_date", "Bids for the Berbera water works close on "
           "31.12.2026. {F} doubt it will be awarded in time, local contractors say.",
           openers=OPENERS_45_PRON),
        _c("prose_conjunction_opener", "Fodder was flown into Murun on Saturday. {F} of the "
           "herders in the outlying valleys received a share.", openers=OPENERS_45_CONJ),
        _c("prose_ing_opener", "The avalanche above Goris buried a 200-metre stretch of the "
           "highway. {F} highway by hand could take a week.", openers=OPENERS_45_ING),
        _c("negative_en_dash_clause", "The Sisian pass reopened at dawn – only to close again "
           "before noon. {F} turned back to Goris."),
        _c("negative_bracket_inside_and_after", "Three of the valley's schools (out of eleven) "
           "still have no heating. {F} sent the children home early."),
        _c("negative_title_case_title_small_words", "The film “The Road to Gondar and Back” "
           "was shown in Bahir Dar on Sunday. {F} needed an hour to get through the doors."),
        _c("negative_ecitizen_opens_sentence", "Permits for Garissa traders are only issued "
           "online. eCitizen was down for most of Tuesday. {F} lined up at the county office "
           "instead."),
        _c("negative_esim_opens_sentence", "Roaming at the Rubavu crossing is costly. eSIM plans "
           "sold at the border are cheaper. {F} buy them by the dozen."),
        _c("negative_lettered_list_continues_sentence", "Households in Jowhar must either\n(a) "
           "register with the district office, or\n(b) relocate to Beledweyne's new camp.\n{F} "
           "must decide by Friday.", "paragraph"),
        _c("negative_ie_mid_sentence", "Only the smaller dam, i.e. the one above Dessie, held "
           "during the storm. {F} were moved out of the valley below it anyway."),
        _c("negative_un_dotted_mid_sentence", "A U.N. convoy reached Jijiga late on Monday. {F} "
           "had been waiting for it since the weekend."),
        _c("negative_kg_dot_mid_sentence", "Each family in Mwanza gets one 50 kg. sack of maize "
           "a month. {F} say it lasts two weeks."),
        _c("negative_aka_mid_sentence", "The smuggler known as Abdirahman, a.k.a. the Camel, "
           "was arrested near Bosaso. {F} had reported him months ago."),
        _c("negative_et_al_mid_sentence", "A survey by Nyamweya et al. shows the mangroves north "
           "of Kiunga shrinking fast. {F} say the fish went first."),
        _c("negative_agency_initials_mid_sentence", "The Zambia News and Information Services "
           "(ZANIS) reported that the Kasama road had been washed away. {F} were stranded for "
           "three days."),
        _c("negative_title_case_headline_of", "Mayor of Telavi Steps Down Over Flood Housing\n"
           "{F} had demanded his resignation for months.", "paragraph"),
        _c("negative_comma_after_closing_quote", "“Operation White Road”, as the army calls it, "
           "has cleared most of the pass. {F} are still stuck at the summit."),
        _c("negative_colon_in_sentence", "Two things are scarce in Garowe this month: water "
           "and fodder. {F} queue for both."),
    )
)  # fmt: skip


# Batch 46 (held out, set 3), written blind in session 49 from this module's docstring, `Context`,
# `_c`, `contexts`, `cells`, `plant` and the held-out batch layout, `translation_contexts`'s
# `report`, `block`'s titles and `_as_delivered`, the planting tests of
# tests/test_translation_contexts.py, STYLE.md and batches 44's and 45's commits (not the stage,
# its rules, its data, its round tests, any round's diff or the README): the same kinds, weighted
# toward wire copy as translated from French and agencies of francophone West Africa, the Maghreb,
# the Levant, the French Pacific, Quebec, Belgium, Switzerland, the Indian Ocean and Southeast Asia
# that no batch used, and the shapes of lists, timelines, interviews, headlines, labels and live
# blogs. A sentence opening in small letters after datelines of NNA (a country and `Dec. 10`), AMI
# (a hyphen), AIB (no date), ATOP (a slashed date and a dash with no spaces), ANP (a colon),
# Keystone-ATS (a dotted date), Tahiti Infos (a weekday), LANA (a country, no date), MNA, Midi
# Madagasikara (no date), a Quebec town with `Que.` and no agency and a Belgian city with a weekday
# and a date and no agency; after a live-blog clock and an em dash, a timeline's `Wed. 10 Dec. –`
# item, a French-style interview's `R –` under a `Q –`, `DEVELOPING:`, an `Update (14:20):` label,
# a lettered outline's `B.` item, a numbered list's `2)` item, a headline with a dash, a question, a
# closing bracket ending a sentence, a date, `Inc.` and a French-style clock `21h30` ending a
# sentence and a closing quote's speech tag; with prepositional, adverb, number, pronoun,
# conjunction and -ing openers (their own sets) and two contexts opening with "the". Phrases after
# a Keystone-ATS dateline (start flag), after a French-style live-blog clock (start flag), in a
# sentence-case headline, after `including`, as a bullet item (start flag), inside a bracketed
# relative clause, after `along with`. Spaces before `?` in a question, `!` in a quote, `:` in a
# weather bulletin, `;` after a closing quote, `,` after a temperature, `.` after an agency's
# initials in brackets and `!` after a score. Negatives that must stay: `A UN-run` and `an MRI`
# around the phrase, `did did` around it; the space before `.NET` and inside a spaced ellipsis;
# small letters after `approx.`, `incl.`, `vs.` and `sq.` mid-sentence, in an em-dash aside, inside
# a bracket mid-sentence, in a French title's small words, in `iA Financial Group` and `bol.com`
# opening a sentence, in a dash list continuing a sentence, in a Belgian surname's particle, after
# `a.m.` mid-sentence, after a headline's colon, after an editor's square bracket in a quote and
# after `Que.,` mid-sentence.
OPENERS_46 = ("cotton growers", "ferry passengers", "vanilla growers", "market gardeners",
              "these families", "many residents", "other villagers", "stallholders")  # fmt: skip
# two contexts open with "the" (the brief allows six of the 29)
OPENERS_46_THE = ("the prefecture", "the harbour master's office", "the gendarmerie",
                  "the cantonal roads office")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_46_PREP = ("around the", "opposite the", "past the", "alongside the")
OPENERS_46_ADV = ("by ten o'clock", "soon after", "within minutes", "every evening")
OPENERS_46_NUM = ("thirty-eight", "sixty-three", "twenty-nine", "nine hundred")
OPENERS_46_PRON = ("nearly all of them", "almost all of them", "each one of them",
                   "a good many of them")  # fmt: skip
OPENERS_46_CONJ = ("and most", "but a good many", "yet nearly half", "and almost all")
OPENERS_46_ING = ("pumping out the", "draining the", "scraping out the", "drying out the")
HELD_OUT_46_PHRASE = (
    _c("after_keystone_ats_dateline_start", "DELÉMONT (Keystone-ATS) – {F} topped the "
       "cantonal parliament's order of business on Wednesday.", "paragraph", start=True),
    _c("after_french_clock_start", "11h20 – {F} heads the list of questions at the Koné press "
       "point.", "paragraph", start=True),
    _c("in_sentence_case_headline", "Saguenay council to vote on {F} next week", "paragraph"),
    _c("after_including", "The Sabha talks covered several files, including {F} and the "
       "water pipeline."),
    _c("bullet_item_start", "Agenda of the Mahajanga assembly\n• {F}\n• Fuel prices\n• "
       "Ferry fares to Nosy Be", "paragraph", start=True),
    _c("inside_bracketed_relative_clause", "The Liège prosecutor (whose office is handling "
       "{F}) would not comment."),
    _c("after_along_with", "Delegates in Maradi discussed the locust season along with {F}."),
    _c("negative_a_un_run_an_mri", "A UN-run clinic in Atar and an MRI scanner for Nouakchott "
       "were listed beside {F} in the budget."),
    _c("negative_did_did_in_speech", "“What the council did did little to settle {F},” a "
       "trader in Bobo-Dioulasso said."),
)  # fmt: skip
HELD_OUT_46_SPACE = (
    _c("before_question_in_question", "Will Liège have its tram running by 2027{F}?"),
    _c("before_bang_in_quote", "“Enough is enough{F}!” the crowd chanted outside the "
       "prefecture in Nouadhibou."),
    _c("before_colon_in_weather_bulletin", "Storm bulletin, Koné\nWind{F}: 140 km/h\nRain: "
       "210 mm", "paragraph"),
    _c("before_semicolon_after_closing_quote", "The prefect called the damage “unprecedented”"
       "{F}; Bourail's mayor called it foreseeable."),
    _c("before_comma_after_temperature", "At 46 °C{F}, the hospital in Kairouan moved its "
       "patients into the basement corridors."),
    _c("before_stop_after_bracketed_initials", "The toll was released by the Mauritanian news "
       "agency (AMI){F}."),
    _c("before_bang_after_score", "Final whistle in Mahajanga: Comoros 2, Gambia 1{F}!",
       "paragraph"),
    _c("negative_dotnet_space_kept", "The canton's tax portal, written in .NET{F}, crashed "
       "on the first morning of filing."),
    _c("negative_spaced_ellipsis_kept", "“The water came up ... and took the whole bridge{F},” "
       "said a farmer near Kankan."),
)  # fmt: skip
HELD_OUT_46_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_46)
    for c in (
        _c("nna_country_date", "SIDON, Lebanon, Dec. 10 (NNA) – {F} were still sleeping in "
           "classrooms on Wednesday, a week after the shelling stopped.", "paragraph"),
        _c("ami_hyphen", "NOUADHIBOU, Dec 10 (AMI) - {F} say the catch has halved since the "
           "foreign trawlers arrived.", "paragraph"),
        _c("aib_no_date", "BOBO-DIOULASSO (AIB) – {F} lined the airport road from dawn to "
           "cheer the national team home.", "paragraph"),
        _c("atop_slashed_date_tight_dash", "SOKODÉ, 10/12/2026 (ATOP)—{F} have until 31 "
           "December to sign up for the new water connections.", "paragraph"),
        _c("anp_colon", "MARADI, 10 December (ANP): {F} who lost their granaries in the fire "
           "will receive millet from the state reserve.", "paragraph"),
        _c("keystone_ats_dotted_date", "SION, 10.12.2026 (Keystone-ATS) – {F} in the upper Val "
           "d'Hérens were cut off by an avalanche on Tuesday evening.", "paragraph"),
        _c("quebec_town_que_no_agency", "RIMOUSKI, Que. — {F} on the lower St. Lawrence were "
           "ordered out of their homes as the storm surge met the high tide.", "paragraph"),
        _c("tahiti_infos_weekday", "PAPEETE, Wednesday (Tahiti Infos) – {F} from the Tuamotu "
           "atolls came ashore after four days on the inter-island schooner.", "paragraph"),
        _c("lana_country_no_date", "SABHA, Libya (LANA) — {F} stood outside the only open bank "
           "branch waiting for their December salaries.", "paragraph"),
        _c("mna_dateline", "MANDALAY, Dec 10 (MNA) – {F} went home to the riverside wards once "
           "the Ayeyarwady dropped below the danger mark.", "paragraph"),
        _c("belgian_city_weekday_date_no_agency", "LIÈGE, Wednesday 10 December – {F} along the "
           "Meuse spent the morning hauling ruined furniture onto the pavements.", "paragraph"),
        _c("midi_madagasikara_no_date", "MAHAJANGA (Midi Madagasikara) – {F} announced that the "
           "Nosy Be ferry would sail again on Friday.", "paragraph", openers=OPENERS_46_THE),
        _c("live_blog_clock_em_dash", "14:05 — {F} has closed the RN1 between Koné and Bourail "
           "until further notice.", "paragraph", openers=OPENERS_46_THE),
        _c("timeline_weekday_date_item", "How the week unfolded in Poindimié\nMon. 8 Dec. – "
           "Curfew extended\nWed. 10 Dec. – {F} allowed back onto the main roads", "paragraph"),
        _c("interview_french_q_r", "Q – How long will the Chicoutimi dyke take?\nR – {F} expect "
           "two summers of work, at least.", "paragraph"),
        _c("developing_label", "DEVELOPING: {F} trapped under a collapsed warehouse in Sabha "
           "are being brought out one by one.", "paragraph"),
        _c("update_label_with_clock", "Update (14:20): {F} may enter the port area of "
           "Nouadhibou again.", "paragraph"),
        _c("lettered_outline_item", "Expropriations for the Kankan bypass\nA. Cost of the "
           "works\nB. {F} affected by the new route", "paragraph"),
        _c("numbered_paren_list_item", "What the prefect decided\n1) No school before "
           "Monday\n2) {F} must keep off the beaches", "paragraph"),
        _c("headline_with_dash", "Liège floods – the clean-up begins\n{F} were out with shovels "
           "at first light.", "paragraph"),
        _c("prose_after_question", "Will the Sokodé market reopen before the festival? {F} hope "
           "so, but the council has said nothing yet."),
        _c("prose_after_closing_bracket", "Water use in Delémont rose by a fifth last summer "
           "(chart below). {F} were asked to water their gardens only after dark."),
        _c("prose_number_after_date", "The new bridge at Kankan is due to open on 14 January "
           "2027. {F} workers are still on the site every day.", openers=OPENERS_46_NUM),
        _c("prose_after_inc_final", "The smelter in Jonquière belongs to Rio Tinto Alcan Inc. "
           "{F} say its future is secure for another decade."),
        _c("prose_adverb_after_french_clock", "The curfew in Koné now starts at 21h30. {F}, the "
           "streets are empty except for the gendarmes.", openers=OPENERS_46_ADV),
        _c("prose_preposition_opener", "The market in Bobo-Dioulasso burned for most of Monday "
           "night. {F} gutted market hall, traders spread their goods on cloths in the dust.",
           openers=OPENERS_46_PREP),
        _c("prose_conjunction_opener", "Fishing was allowed again off Nouadhibou on Monday. {F} "
           "of the pirogues stayed on the beach.", openers=OPENERS_46_CONJ),
        _c("prose_ing_opener", "The Meuse left a metre of mud in the lower town of Liège. {F} "
           "cellars will keep the volunteers busy for a week.", openers=OPENERS_46_ING),
        _c("prose_pronoun_after_speech_tag", "“We start again from nothing,” the farmers of "
           "Maradi told the governor. {F} had lost their herds in the drought as well.",
           openers=OPENERS_46_PRON),
        _c("negative_approx_mid_sentence", "The new camp lies approx. twelve kilometres north of "
           "Agadez. {F} were moved there by lorry."),
        _c("negative_incl_mid_sentence", "The crossing to Nosy Be costs 60,000 ariary incl. "
           "port taxes. {F} say the fare doubled in a year."),
        _c("negative_em_dash_aside", "The barge to Mahajanga sailed — late, and half empty — on "
           "Tuesday night. {F} had been on the quay since Sunday."),
        _c("negative_bracket_mid_sentence", "The flooded area (see map above) stretches from "
           "Chicoutimi to Jonquière. {F} must boil all tap water for now."),
        _c("negative_french_title_small_words", "The documentary “Les enfants du fleuve” opens "
           "the Ouagadougou festival tonight. {F} were turned away at the door for lack of seats."),
        _c("negative_ia_financial_opens_sentence", "Claims from the Saguenay floods are piling "
           "up. iA Financial Group says it has hired forty extra adjusters. {F} have yet "
           "to see one."),
        _c("negative_bol_com_opens_sentence", "Parcels for Arlon are stuck in a flooded depot. "
           "bol.com has stopped deliveries to the province until Monday. {F} are told to "
           "collect orders in Bastogne."),
        _c("negative_dash_list_continues_sentence", "Residents of Koné are asked to\n- stay "
           "indoors after dark,\n- keep a radio on, and\n- avoid the river crossings.\n{F} who "
           "ignore the curfew face a fine.", "paragraph"),
        _c("negative_belgian_surname_particle", "The report was drafted by Judge van der Elst "
           "in Mons. {F} want it published in full."),
        _c("negative_am_mid_sentence", "The tremor struck at 4 a.m. local time, well inland "
           "from Sidon. {F} ran into the streets in their nightclothes."),
        _c("negative_headline_colon_small_letters", "Valais: hundreds evacuated as the Rhône "
           "rises\n{F} in Martigny spent the night in army barracks.", "paragraph"),
        _c("negative_square_bracket_in_quote", "“They [the trawlers] take everything, even the "
           "young fish,” one captain said in Nouadhibou. {F} want the quotas cut."),
        _c("negative_vs_mid_sentence", "Prices at the Sfax fish market are up 30% vs. last "
           "December. {F} now buy sardines by the handful."),
        _c("negative_que_comma_mid_sentence", "In La Baie, Que., the water peaked before dawn. "
           "{F} on the low streets were rescued by boat."),
        _c("negative_sq_km_mid_sentence", "The fire near Zahlé ran across 25 sq. km before "
           "the wind dropped. {F} lost their olive groves."),
    )
)  # fmt: skip


# Batch 47 (held out, set 3), written blind in session 50. Read for it: this module's top through
# `Context` and `_c`, `PHRASE_CONTEXTS`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`,
# `_fragment`, `_title_case`, `snippet`, `plant` and `_place`, and batch 46's block (to keep its
# wordings apart and follow its form); `translation_contexts`'s `measure` tail, `_as_delivered`,
# `_share`, `report` and `block`'s titles; the planting tests and the docstring of
# tests/test_translation_contexts.py; STYLE.md; batch 46's commit (message and diff) and the message
# and stat of batch 45's. Not read: the stage, its rules, its data, its round tests, any other
# round's diff, the README. The same kinds, weighted toward wire and web copy as translated from
# French in registers few batches used (court reporting, match reports and results, weather and
# marine bulletins, markets and business copy, culture listings) and places of the French Caribbean,
# Guyane, Réunion, Mayotte, Haiti, Cameroon, Lebanon, Madagascar, Luxembourg, Monaco, Andorra and
# Vanuatu. A sentence opening in small letters after datelines of AlterPresse (`Dec. 11`), CRTV (a
# full date and a hyphen), L'Orient-Le Jour (a weekday), L'Express de Madagascar (`11/12`), the
# Luxemburger Wort (`11.12.`), Monaco-Matin and the Diari d'Andorra (no date), VBTC (a colon), RCI
# (a weekday and a date), France-Guyane (no date) and Imaz Press (an island, no date); after a
# byline on the text's line and a byline on a line of its own, a court transcript's speaker label, a
# coach's name and a colon before an opening quote, a match minute (`67' –`), a live-blog clock with
# `GMT |`, a section tag (`IN BRIEF –`), a French-style slashed list's `2/` item, a French dialogue
# dash under a question, a sentence-case headline, a headline in capitals, a listing line ending in
# `p.m.`, `etc.` ending a sentence and a score ending a sentence; with prepositional, adverb,
# number, pronoun, conjunction and -ing openers (their own sets) and two contexts opening with
# "the". Phrases after a VBTC dateline (start flag), after a match minute (start flag), in a
# sentence-case markets headline, after a listing's colon, inside an em-dash aside, after `such as`
# and after `heard submissions on`. Spaces before `?` in a question, `!` in a match report, `:` in a
# closing-prices table, `;` in court copy, `,` after a score, `.` after a closing bracket and `?`
# after a closing quote. Negatives that must stay: `An RCI` and `a FIFA` around the phrase,
# `tap tap` around it; the space before `.38` and before `.lu`; small letters after `a.e.t.`,
# `p.a.`, `excl.`, `S.à r.l.` and `etc.` mid-sentence, after a question's closing quote (the speech
# tag), after a colon in running text, in `leboncoin` and `eDNA` opening a sentence, in a marine
# bulletin's field values, after an ellipsis inside a quote, in a quoted fragment opening in small
# letters mid-sentence, after a bracketed ellipsis opening a quote, after a question mark inside a
# bracket mid-sentence and in a Creole slogan quoted mid-sentence.
OPENERS_47 = ("cane cutters", "banana planters", "season-ticket holders", "small savers",
              "some tenants", "roadside vendors", "neighbouring farmers",
              "most parents")  # fmt: skip
# two contexts open with "the" (institutions, singular)
OPENERS_47_THE = ("the appeal court", "the organising committee", "the water utility",
                  "the regional council")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_47_PREP = ("beneath the", "on top of the", "below the", "atop the")
OPENERS_47_ADV = ("by half-time", "shortly before the break", "within twenty minutes",
                  "long before the end")  # fmt: skip
OPENERS_47_NUM = ("forty-four", "seventy-one", "ninety-six", "three hundred")
OPENERS_47_PRON = ("only two of them", "not one of them", "all three of them", "just one of them")
OPENERS_47_CONJ = ("yet only a handful", "and barely half", "but scarcely any", "so most")
OPENERS_47_ING = ("sweeping out the", "hosing down the", "mopping out the", "disinfecting the")
HELD_OUT_47_PHRASE = (
    _c("after_vbtc_dateline_start", "PORT VILA (VBTC) – {F} opened Friday's sitting of "
       "parliament.", "paragraph", start=True),
    _c("after_match_minute_start", "78' – {F} dominates the chatter in the press box.",
       "paragraph", start=True),
    _c("in_markets_headline", "Luxembourg bourse shrugs off {F}", "paragraph"),
    _c("after_listing_colon", "At the Saint-Denis theatre this weekend: {F}, a slam night and "
       "a maloya concert."),
    _c("inside_em_dash_aside", "The ruling — which also covered {F} — took the judge two hours to "
       "read, in Creole and in French."),
    _c("after_such_as", "Minor files, such as {F}, slip to the next sitting in "
       "Luganville."),
    _c("after_heard_submissions_on", "Judges in Douala heard submissions on {F} until late "
       "afternoon."),
    _c("negative_an_rci_a_fifa", "An RCI reporter and a FIFA referee were named with {F} in "
       "the complaint."),
    _c("negative_tap_tap_in_copy", "The tap tap drivers of Pétion-Ville blamed {F} for the "
       "fare rise."),
)  # fmt: skip
HELD_OUT_47_SPACE = (
    _c("before_question_in_question", "Is the rocket launch from Guyane still set for "
       "Tuesday{F}?"),
    _c("before_bang_in_match_report", "What a save from the Samaritaine goalkeeper{F}!"),
    _c("before_colon_in_closing_prices", "Closing prices, Luxembourg\nLuxX{F}: 1,612.4\n"
       "EUR/USD: 1.084", "paragraph"),
    _c("before_semicolon_in_court_copy", "The first defendant got two years{F}; the second "
       "walked free."),
    _c("before_comma_after_score", "After 1-1 in Le Lamentin{F}, the tie went to penalties."),
    _c("before_stop_after_closing_bracket", "The hearing was put off to 14 January (a "
       "Thursday){F}."),
    _c("before_question_after_closing_quote", "Did the minister really call it “a historic "
       "budget”{F}?"),
    _c("negative_dot_38_space_kept", "Gendarmes in Maripasoula seized a .38 revolver and two "
       "machetes{F}."),
    _c("negative_dot_lu_space_kept", "Every commune now runs a site ending in .lu{F}, a "
       "government survey found."),
)  # fmt: skip
HELD_OUT_47_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_47)
    for c in (
        _c("alterpresse_dateline", "JACMEL, Dec. 11 (AlterPresse) – {F} slept for a third night "
           "in the queue at the town's only petrol station, waiting for the tanker from "
           "Port-au-Prince.", "paragraph"),
        _c("crtv_full_date_hyphen", "GAROUA, 11 December 2026 (CRTV) - {F} along the Benue "
           "were ordered up to higher ground before the dam release.", "paragraph"),
        _c("orient_le_jour_weekday", "BAALBEK, Friday (L'Orient-Le Jour) — {F} were queuing at "
           "dawn for the first fuel delivery since November.", "paragraph"),
        _c("express_madagascar_short_date", "TOLIARA, 11/12 (L'Express de Madagascar) – {F} across "
           "the southern districts are getting food aid for the fourth month running.",
           "paragraph"),
        _c("luxemburger_wort_dotted_date", "ESCH-SUR-ALZETTE, 11.12. (Luxemburger Wort) – {F} "
           "get cheaper bus passes from January, the commune decided on Thursday.",
           "paragraph"),
        _c("monaco_matin_no_date", "MONACO (Monaco-Matin) — {F} parked in Fontvieille found "
           "their cars standing in seawater on Friday morning.", "paragraph"),
        _c("diari_andorra_no_date", "ESCALDES-ENGORDANY (Diari d'Andorra) – {F} waited up to "
           "three hours at the Pas de la Casa border post on Saturday.", "paragraph"),
        _c("vbtc_colon", "LUGANVILLE, Dec 11 (VBTC): {F} on Espiritu Santo still have no mains "
           "power, seven days after the cyclone.", "paragraph"),
        _c("rci_weekday_date", "POINTE-À-PITRE, Friday 11 December (RCI) – {F} on "
           "Marie-Galante went without running water for a fifth day.", "paragraph"),
        _c("france_guyane_no_date", "SAINT-LAURENT-DU-MARONI (France-Guyane) — {F} paddled "
           "across the Maroni to reach the only clinic still open.", "paragraph"),
        _c("imaz_press_island_no_date", "LE TAMPON, Réunion (Imaz Press) – {F} hoping to see "
           "the Piton de la Fournaise lava flows were stopped by gendarmes at Pas de "
           "Bellecombe.", "paragraph"),
        _c("byline_on_text_line", "By Haingo Rasoamanana in Morondava – {F} reckon the baobab "
           "avenue now draws more visitors than the whole west coast.", "paragraph"),
        _c("byline_on_own_line", "Rania Khoury, in Batroun\n{F} came home to the coastal "
           "villages on Friday to find the fishing harbour silted up.", "paragraph"),
        _c("court_transcript_speaker_label", "PRESIDING JUDGE: {F} will address the court unless "
           "called to the bar.", "paragraph", openers=OPENERS_47_PRON),
        _c("coach_name_colon_open_quote", "Éric Lagrange, the Golden Lion coach: “{F} has let "
           "the whole island down.”", "paragraph", openers=OPENERS_47_THE),
        _c("match_minute_label", "67' – {F} behind the north goal were on their feet as the "
           "equaliser went in at the far post.", "paragraph"),
        _c("live_blog_clock_gmt_pipe", "18:45 GMT | {F} in Basse-Terre are asked to stay off "
           "the roads until the all-clear.", "paragraph"),
        _c("section_tag_in_brief", "IN BRIEF – {F} has put off its decision on the Le Gosier "
           "marina until January.", "paragraph", openers=OPENERS_47_THE),
        _c("slashed_list_item", "What the Cayenne court ordered\n1/ Closure of the quarry\n"
           "2/ {F} to be rehoused within six months", "paragraph"),
        _c("french_dialogue_dash_answer", "— Did anyone tell you the river was rising?\n— {F} got "
           "no warning at all, nothing.", "paragraph"),
        _c("headline_then_paragraph", "Esch steelworks to shed 300 jobs\n{F} learnt of the "
           "cuts on the radio before the union told them.", "paragraph"),
        _c("capitals_headline_then_paragraph", "ORANGE ALERT LIFTED IN MARTINIQUE\n{F} may "
           "use the beaches of Sainte-Luce again from Saturday.", "paragraph"),
        _c("listing_line_ending_pm", "Tropiques Atrium, Fort-de-France, Sat. 19 Dec., 9.15 p.m.\n"
           "{F} seats are left for the opening night, the box office said.", "paragraph",
           openers=OPENERS_47_NUM),
        _c("prose_after_etc_final", "Shops in Mamoudzou have run out of rice, oil, flour, etc. "
           "{F} now wait outside the wholesalers from dawn."),
        _c("prose_after_score_final", "Full time at the Pierre-Aliker stadium: Golden Lion 2, "
           "Samaritaine 1. {F} poured onto the pitch despite the stewards."),
        _c("prose_preposition_opener", "The swell pounded the sea front at Le Robert all night. "
           "{F} sea wall, fishermen hauled their boats up onto the coast road.",
           openers=OPENERS_47_PREP),
        _c("prose_adverb_opener", "Matoury went a goal down in the third minute. {F}, half the "
           "stands had emptied.", openers=OPENERS_47_ADV),
        _c("prose_conjunction_opener", "The new stadium in Andorra la Vella holds 3,300. {F} of "
           "the seats were taken for the derby.", openers=OPENERS_47_CONJ),
        _c("prose_ing_opener", "The Maroni burst its banks and flooded the town stadium. {F} "
           "changing rooms took the groundsmen all weekend.", openers=OPENERS_47_ING),
        _c("negative_aet_mid_sentence", "Guadeloupe beat Martinique 2-1 a.e.t. in the regional "
           "final on Saturday. {F} celebrated in Les Abymes until dawn."),
        _c("negative_pa_mid_sentence", "The Luxembourg bond pays 3.1% p.a. until it matures in "
           "2031. {F} snapped up the retail tranche within hours."),
        _c("negative_excl_mid_sentence", "Tickets cost €15 excl. booking fees at the Cilaos "
           "festival. {F} get in free before six."),
        _c("negative_sarl_mid_sentence", "The bid for the Differdange site came from Minett "
           "Holdings S.à r.l. and two local banks. {F} want to know who is behind it."),
        _c("negative_etc_mid_sentence", "Rice, oil, sugar etc. were rationed in Port-au-Prince "
           "for a week. {F} sold their radios to buy charcoal."),
        _c("negative_question_quote_speech_tag", "“Who is paying for the dykes?” asked a "
           "councillor in Cayenne. {F} have heard that promise for ten years."),
        _c("negative_colon_in_running_text", "The sentence handed down in Basse-Terre was "
           "lighter than expected: eight months, suspended. {F} in the public gallery "
           "applauded."),
        _c("negative_leboncoin_opens_sentence", "Second-hand generators sold out across Réunion "
           "within days. leboncoin listed fewer than ten on Friday. {F} are sharing the few "
           "that remain."),
        _c("negative_edna_opens_sentence", "The reef off Efate is bleaching again. eDNA samples "
           "from the lagoon show half the fish species gone. {F} who fish there confirm it."),
        _c("negative_marine_bulletin_field_values", "Marine bulletin, Guadeloupe\nSea: rough to "
           "very rough\nSwell: north-east, 3 m\n{F} should keep off the water until Sunday.",
           "paragraph"),
        _c("negative_ellipsis_inside_quote", "“We bailed… and bailed, and still the sea kept "
           "coming,” said a shopkeeper in Saint-Benoît. {F} lost their stock."),
        _c("negative_quoted_fragment_small_letters", "The prosecutor in Cayenne described the "
           "network as “a well-run family business”. {F} in the gallery laughed out loud."),
        _c("negative_bracketed_ellipsis_opens_quote", "“[…] the accused could not have ignored "
           "the danger,” the judgment reads. {F} had waited two years for it."),
        _c("negative_question_inside_bracket", "The last ferry to Tanna (was it ever on time?) "
           "left an hour early on Friday. {F} were stranded on the quay with their bags."),
        _c("negative_creole_slogan_quoted", "Supporters sang “an nou ay” as the team bus left "
           "Le Lamentin for the airport. {F} waved it off from the roadside."),
    )
)  # fmt: skip


# Batch 48 (held out, set 3), written blind in session 51. Read for it: this module's top through
# `Context` and `_c`, `PHRASE_CONTEXTS`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`,
# `_fragment`, `_title_case`, `snippet`, `plant` and `_place`, and batch 47's block (to keep its
# wordings apart and follow its form); `translation_contexts`'s `measure` tail, `_as_delivered`,
# `_share`, `report` and `block`'s titles; the planting tests and the docstring of
# tests/test_translation_contexts.py; STYLE.md; batch 47's commit (message and diff) and the message
# and stat of batch 46's. Not read: the stage, its rules, its data, its round tests, any other
# round's diff, the README (seen by accident once the batch was written and checked: ten lines of
# earlier batches printed by a long-line check; nothing was changed after). The same kinds, weighted
# toward wire and web copy as translated from French in registers few batches used (obituaries,
# health bulletins, exam results, transport strikes and traffic, agriculture, science press
# releases, police blotters, election-night tallies) and places of Quebec, Switzerland, Belgium's
# German-speaking Community, Senegal, Côte d'Ivoire, Mali, DR Congo, Tunisia, Morocco, French
# Polynesia, New Caledonia and Saint-Pierre-et-Miquelon. A sentence opening in small letters after
# datelines of Radio Okapi (a full date, `).` and a dash), Fraternité Matin (the agency before the
# place), L'Essor (a place in mixed case), a bare city and an em dash (`LÉVIS —`), ArcInfo, BRF,
# Mosaïque FM (`11 Dec`), Médias24 (a weekday, a comma and a date), NC la 1ère (an island) and
# SPM la 1ère (a weekday); after a published/updated stamp line, a French clock (`14h32 –`), an
# election tally line, an exam-results headline in capitals, an obituary's name and years, a health
# bulletin's `no. 48` label, a police blotter's place and dash, a section tag with a pipe (`TRAFFIC
# |`), an embargo line, an interview's full-name speaker label, a lettered list's `b)` item, a
# section tag (`AGRICULTURE –`), a question headline, a notice label's colon and a bracketed aside
# ending a sentence; with prepositional, adverb, number, pronoun, conjunction and -ing openers
# (their own sets) and two contexts opening with "the". Phrases after a Radio Okapi dateline (start
# flag), after a French clock (start flag), in a vote-night headline, after `survived by`, after
# `regarding`, after `because of` in a traffic line and after a results colon. Spaces before `?` in
# a ballot question, `!` in a health slogan, `:` in an election tally, `;` in a police blotter, `,`
# after a percentage, `.` after a closing quote and `:` in an `Updated` label. Negatives that must
# stay: `An RTBF` and `a UEMOA` around the phrase, `kwassa kwassa` around it; the spaces of a spaced
# ellipsis (`. . .`) and before `.nc`; small letters after `avg.`, `yrs.` and `/mo.` mid-sentence,
# after a colon in running text, after a semicolon, in `inwi`, `ooredoo`, `radiookapi.net` and
# `#bac2026` opening a sentence, after an opening quote after a colon, in a split quote's second
# half, in a traffic bulletin's field values, inside an em-dash aside and after a film title's
# question mark mid-sentence.
OPENERS_48 = ("cashew growers", "polling clerks", "exam candidates", "maple producers",
              "bus commuters", "first-year students", "pearl farmers",
              "ferry deckhands")  # fmt: skip
# two contexts open with "the" (public bodies, singular)
OPENERS_48_THE = ("the cantonal government", "the provincial assembly",
                  "the ministry of public health", "the electoral commission")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_48_PREP = ("next to the", "in front of the", "across from the", "underneath the")
OPENERS_48_ADV = ("by midnight", "before dawn", "within the hour", "by eleven")
OPENERS_48_NUM = ("sixty-two", "eighty-five", "twenty-three", "five hundred")
OPENERS_48_PRON = ("the rest of them", "two of us", "a third of them", "the last of them")
OPENERS_48_CONJ = ("but barely a third", "yet almost none", "and only a few", "or else most")
OPENERS_48_ING = ("counting the", "recounting the", "sorting the", "checking the")
HELD_OUT_48_PHRASE = (
    _c("after_radio_okapi_dateline_start", "KISANGANI (Radio Okapi) – {F} tops the provincial "
       "assembly's order paper this Thursday.", "paragraph", start=True),
    _c("after_french_clock_start", "23h10 | {F} keeps coming up among the Yopougon polling "
       "officers.", "paragraph", start=True),
    _c("in_vote_night_headline", "Fribourg narrowly rejects {F}", "paragraph"),
    _c("after_survived_by", "The former deputy, who died in Kaolack aged 84, is survived by "
       "{F} and eleven grandchildren."),
    _c("after_press_release_regarding", "Findings regarding {F} were released by "
       "Neuchâtel University under embargo."),
    _c("in_traffic_line_after_because_of", "A7 northbound: queues near Agadir because of {F}",
       "paragraph"),
    _c("after_top_of_class_colon", "Top marks in Thiès this year: {F} and two girls from a "
       "lycée in Mbour."),
    _c("negative_an_rtbf_a_uemoa", "An RTBF crew and a UEMOA auditor filmed {F} at the border "
       "crossing."),
    _c("negative_kwassa_kwassa_in_copy", "The kwassa kwassa bands of Kinshasa say {F} cost them "
       "the season's concerts."),
)  # fmt: skip
HELD_OUT_48_SPACE = (
    _c("before_question_in_ballot_question", "Do you accept the federal decree on motorway "
       "tolls{F}?"),
    _c("before_bang_in_health_slogan", "Sleep under a treated net every night of the rainy "
       "season{F}!"),
    _c("before_colon_in_election_tally", "Ward 6, Gatineau\nBédard{F}: 4,512 votes\n"
       "Leclerc: 3,987 votes", "paragraph"),
    _c("before_semicolon_in_police_blotter", "A moped rider was arrested in Kayes{F}; his "
       "passenger ran off."),
    _c("before_comma_after_percent", "With 52.7%{F}, the yes side carried La Chaux-de-Fonds "
       "by a whisker."),
    _c("before_stop_after_closing_quote", "The train drivers' union dismissed the bonus as “a few "
       "crumbs”{F}."),
    _c("before_colon_in_updated_label", "Updated{F}: 11/12/2026 08:14", "paragraph"),
    _c("negative_spaced_ellipsis_kept", "“We are not giving in . . . not this time,” the union "
       "leader told strikers in Bamako{F}."),
    _c("negative_dot_nc_space_kept", "Most shops in Dumbéa now trade under a .nc address{F}, "
       "the chamber of commerce says."),
)  # fmt: skip
HELD_OUT_48_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_48)
    for c in (
        _c("radio_okapi_date_stop_dash", "BUKAVU, 11 December 2026 (Radio Okapi). – {F} on the "
           "shores of Lake Kivu must now boil every litre of water after three cholera deaths.",
           "paragraph"),
        _c("fraternite_matin_agency_first", "(Fraternité Matin) BOUAKÉ – {F} formed long lines "
           "outside the regional education office to collect their certificates.",
           "paragraph"),
        _c("lessor_mixed_case_place", "Ségou, 11 Dec. 2026 (L'Essor) — {F} around Markala "
           "began cutting the rice two weeks early this season.", "paragraph"),
        _c("quebec_city_only_em_dash", "LÉVIS — {F} packed Monday night's council meeting to "
           "oppose new parking charges near the ferry wharf.", "paragraph"),
        _c("arcinfo_dateline", "LA CHAUX-DE-FONDS (ArcInfo) – {F} throughout the "
           "watchmaking valley turned down the tax deal by 58% in Sunday's cantonal ballot.",
           "paragraph"),
        _c("brf_regional_parliament", "EUPEN (BRF) – {F} crowded into the gallery as the "
           "German-speaking Community's parliament debated school funding.",
           "paragraph"),
        _c("mosaique_fm_short_date", "BIZERTE, 11 Dec (Mosaïque FM) – {F} at the Menzel "
           "Bourguiba shipyard walked out again on Friday over unpaid wages.",
           "paragraph"),
        _c("medias24_weekday_comma_date", "OUJDA, Thursday, December 10 (Médias24) - {F} near "
           "the eastern border lost most of their olives to a hard frost.", "paragraph"),
        _c("nc_la_1ere_island_dateline", "WÉ, Lifou (NC la 1ère) – {F} laid in bottled "
           "water and rice before the cyclone reached the island.", "paragraph"),
        _c("spm_la_1ere_no_date", "SAINT-PIERRE, Thursday (SPM la 1ère) — {F} curled up on "
           "terminal benches after fog grounded the evening flight.", "paragraph"),
        _c("published_updated_stamp_line", "Published 11/12/2026 at 07:42 | Updated at 09:15\n"
           "{F} in Kinshasa woke to find the main roads to Ndjili airport under water.",
           "paragraph"),
        _c("french_clock_live_entry", "14h32 – {F} in Yopougon were sent home at midday as the "
           "transport strike spread across Abidjan.", "paragraph"),
        _c("election_tally_line_then_text", "Ward 4, Trois-Rivières: 24 of 24 polls reported\n"
           "{F} handed the outgoing councillor a fourth term by 212 votes.", "paragraph"),
        _c("exam_results_capitals_headline", "BAC 2026 – SENEGAL: 48.7% PASS RATE\n{F} in "
           "Kaolack beat the national figure, a first since 2019.", "paragraph"),
        _c("obituary_name_and_years", "OBITUARY\nMamadou Lamine Sarr (1941–2026)\n{F} from "
           "across Casamance travelled to Ziguinchor for his funeral on Sunday.",
           "paragraph"),
        _c("health_bulletin_number_label", "Epidemiological bulletin no. 48, North Kivu — {F} "
           "living in the Goma camps make up two-thirds of this week's new mpox cases.",
           "paragraph"),
        _c("police_blotter_place_dash", "POLICE BLOTTER\nDumbéa — {F} rang the gendarmerie "
           "after a car was set alight outside the college on Saturday night.",
           "paragraph"),
        _c("traffic_section_pipe", "TRAFFIC | {F} heading into Longueuil over the "
           "Jacques-Cartier bridge face a single open lane until Friday.", "paragraph"),
        _c("embargo_line_then_release", "EMBARGOED UNTIL 11 DECEMBER 2026, 16:00 CET\n{F} at "
           "the University of Neuchâtel have traced the decline of alpine bumblebees to "
           "warmer winters.", "paragraph"),
        _c("interview_full_name_speaker", "Le Devoir: Why run again at 71?\nJean-Guy Bédard: "
           "{F} asked me to stay, and I could not refuse.", "paragraph",
           openers=OPENERS_48_PRON),
        _c("lettered_list_item", "What the Lubumbashi agreement says\na) Wages paid by the 15th "
           "of each month\nb) {F} to be taken back without loss of seniority", "paragraph"),
        _c("agriculture_section_tag", "AGRICULTURE – {F} has banned exports of raw cashew nuts "
           "until March.", "paragraph", openers=OPENERS_48_THE),
        _c("question_headline_then_paragraph", "Will Fribourg tip the balance?\n{F} in the "
           "French-speaking districts hold the key to Sunday's result.", "paragraph"),
        _c("colon_label_health_notice", "Health notice: {F} is asking every household in Gabès "
           "to report cases of fever.", "paragraph", openers=OPENERS_48_THE),
        _c("prose_after_bracketed_aside_final", "The strike halted all four lines of the Tunis "
           "light rail (the metro). {F} walked or squeezed into shared taxis."),
        _c("prose_preposition_opener", "The flood swept away the bridge outside Kayes. "
           "{F} wreckage, traders unloaded their lorries by hand.",
           openers=OPENERS_48_PREP),
        _c("prose_adverb_opener", "Polling stations in Faa'a shut at six in the evening. {F}, "
           "every commune had sent in its figures.", openers=OPENERS_48_ADV),
        _c("prose_number_opener", "Two coaches were refused entry at the Malian border on "
           "Wednesday. {F} passengers spent the night at the customs post.",
           openers=OPENERS_48_NUM),
        _c("prose_conjunction_opener", "The Meknès olive co-op has 900 members. {F} of them "
           "turned up for the merger vote.", openers=OPENERS_48_CONJ),
        _c("prose_ing_opener", "The recount in Trois-Rivières begins at nine on Monday. {F} "
           "ballots from the disputed ward will take a whole day.",
           openers=OPENERS_48_ING),
        _c("negative_avg_mid_sentence", "The avg. crossing time on the bridge to Longueuil rose "
           "to forty minutes in November. {F} now leave home before six."),
        _c("negative_yrs_mid_sentence", "Candidates aged 25 yrs. or over sit the baccalaureate "
           "as private entrants in Senegal. {F} in that group rose by a fifth."),
        _c("negative_colon_demand_running_text", "The cocoa growers of San-Pédro had a single "
           "demand: a farm-gate price of 1,800 francs a kilo. {F} took their protest to the "
           "prefecture on Thursday."),
        _c("negative_semicolon_clause", "Three cantons backed the motorway tolls; the other "
           "twenty-three voted them down. {F} in the border cantons had campaigned hardest."),
        _c("negative_inwi_opens_snippet", "inwi restored mobile data in Tétouan on Friday after "
           "a 30-hour outage. {F} had queued at its shops to complain."),
        _c("negative_ooredoo_opens_sentence", "Mobile data was down across Gabès for a whole "
           "day. ooredoo blamed a severed fibre-optic cable. {F} lost a day's trade."),
        _c("negative_quoted_slogan_after_colon", "The same words were on every placard in Maré: "
           "“no to the land grab”. {F} had come from every tribe on the island."),
        _c("negative_domain_opens_snippet", "radiookapi.net posted the first Mbandaka results "
           "shortly after midnight. {F} crowded round phones to read them."),
        _c("negative_split_quote_continuation", "“The harvest,” said a grower near Meknès, “is "
           "the poorest I have seen in forty years.” {F} blame the drought."),
        _c("negative_traffic_bulletin_field_values", "Traffic, Tunis region\nA1 southbound: "
           "slow near Hammamet\nRing road: stop-and-go\n{F} should leave half an hour early.",
           "paragraph"),
        _c("negative_hashtag_opens_snippet", "#bac2026 was trending in Dakar within minutes of "
           "the results going online. {F} posted their marks with it."),
        _c("negative_dash_aside_small_letters", "The mayor of Longueuil — re-elected on Sunday "
           "with 61% — promised a tramway before 2030. {F} in the east end want it first."),
        _c("negative_film_title_question_mid_sentence", "The Congolese documentary Who Gets Rich "
           "in Kolwezi? won the jury prize at Fespaco. {F} in Lubumbashi saw it on Saturday."),
        _c("negative_lowercase_after_mo", "Broadband in Saint-Pierre costs $95/mo. or more for "
           "a basic plan. {F} say they pay twice the mainland price."),
    )
)  # fmt: skip


# Batch 49 (held out, set 3), written blind in session 52. Read for it: this module's top through
# `Context` and `_c`, `PHRASE_CONTEXTS`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`,
# `_fragment`, `_title_case`, `snippet`, `plant` and `_place`, and batch 48's block (to keep its
# wordings apart and follow its form); `translation_contexts`'s `measure` tail, `_as_delivered`,
# `_share`, `report` and `block`'s titles; the planting tests and the docstring of
# tests/test_translation_contexts.py; STYLE.md; batch 48's commit (message and diff) and the message
# and stat of batch 47's. Not read: the stage, its rules, its data, its round tests, any other
# round's diff, the README. It judges session 52's reading of a line's head before a separator as a
# prefix and of lower-case brand names and abbreviations: the same kinds, weighted toward wire and
# web copy as translated from French in registers few batches used (religion, sport results, courts,
# local government, tourism, science, technology, culture, weather) and places of Burkina Faso,
# Benin, Togo, Niger, Gabon, Guinea, Mauritania, Congo-Brazzaville, Rwanda, the Comoros, Mauritius,
# the Seychelles, Côte d'Ivoire, Senegal, Wallonia, the Valais and the Jura, Acadian New Brunswick,
# French Ontario, Manitoba, Wallis and Futuna and New Caledonia. A sentence opening in small letters
# after line heads of many shapes: datelines of Sidwaya (a place in mixed case and a hyphen), Bip
# Radio (the agency first, then the place and `12/12/2026`), Le Nouvelliste (`SION. –`), an Acadian
# place and `N.-B.`, Le Voyageur (`Ont.` and the agency), Wallis et Futuna la 1ère (`Dec. 12` and a
# colon) and L'Union (`12-12-2026` and a hyphen); a wire `UPDATE 2 –` tag, a `BREAKING:` label, an
# ISO timestamp with `UTC —`, a spaced French clock (`09 h 15 —`), a `Last updated:` stamp line, a
# council minutes' `item 7:`, a sport tag and a place with a colon (`SKIING – Crans-Montana:`), tags
# with `›`, `·`, brackets (`[TECH]`), a slash (`CULTURE / Spa –`) and two pipes (`LIVE | Tour du
# Faso, stage 6 |`), a roman `II.` item, a `(2)` item, a Q./A. answer label, a `LOCAL | Hearst –`
# tag and a `COMMUNIQUÉ –` label; and after a score in brackets ending a sentence; with
# prepositional, adverb, number, pronoun, conjunction and -ing openers (their own sets) and two
# contexts opening with "the". Phrases after a Le Quotidien Jurassien dateline (start flag), after a
# live clock and an em dash (start flag), in a derby result headline, after `in memory of`, after
# `at the request of`, after `owing to` in a road closure line and after an island pass's colon.
# Spaces before `?` in a court question and a tourism FAQ, `!` in a chant, `:` in a half-time score,
# `;` in a snow forecast, `,` after `41°C` and `.` after `2,457 m`. Negatives that must stay: `An
# SNCB` and `a UNIGE` around the phrase, `tam tam` around it; the spaces before `:-(` (an emoticon)
# and `.apk`; small letters in the invented brands `eKanga` (opening the snippet), `iLagon` (opening
# a sentence) and `yelenpay` (after a `TECH |` tag), in `qPCR` opening a sentence, after `esp.`,
# `pop.`, `govt.` and `orig.` mid-sentence, in a practical-information list's field values (`Access:
# by permit only`), after inline lettered options (`(b) close`), inside a clock's dash aside (`at
# 07:45 – twenty minutes late –`), inside a place's dash aside opening the snippet (`Sierre – the
# sunniest town`), after a chant's `!` inside a quote mid-sentence and after an opening bracket
# mid-sentence.
OPENERS_49 = ("parish volunteers", "moto-taxi riders", "lagoon fishermen", "ski patrollers",
              "cassava growers", "away supporters", "retired teachers",
              "dive instructors")  # fmt: skip
# two contexts open with "the" (public bodies, singular)
OPENERS_49_THE = ("the municipal executive", "the national weather agency",
                  "the bishops' conference", "the football federation")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_49_PREP = ("just past the", "all along the", "down beside the", "close to the")
OPENERS_49_ADV = ("by vespers", "come noon", "well before sunrise", "by the third hymn")
OPENERS_49_NUM = ("thirty-seven", "ninety-one", "sixty-eight", "four thousand")
OPENERS_49_PRON = ("seven of them", "half of us", "some of our neighbours", "a few of us")
OPENERS_49_CONJ = ("but only a dozen", "and nearly all", "yet fewer than ten", "so nearly half")
OPENERS_49_ING = ("propping up the", "re-roofing the", "clearing out the", "restocking the")
HELD_OUT_49_PHRASE = (
    _c("after_quotidien_jurassien_dateline_start", "SAIGNELÉGIER (Le Quotidien Jurassien) – "
       "{F} heads Wednesday's agenda at the Jura parliament.", "paragraph", start=True),
    _c("after_live_clock_em_dash_start", "Live, 11:52 — {F} dominates talk in the stands of "
       "the Stade de Kégué.", "paragraph", start=True),
    _c("in_derby_result_headline", "Lomé derby settled by {F}", "paragraph"),
    _c("after_in_memory_of", "A requiem mass in memory of {F} was sung in the cathedral of "
       "Saint-Boniface."),
    _c("after_at_the_request_of", "The Charleroi criminal court adjourned the hearing at the "
       "request of {F} until January."),
    _c("in_road_closure_line_after_owing_to", "Bastogne–Arlon road shut owing to {F}",
       "paragraph"),
    _c("after_island_pass_colon", "Included in the Seychelles island pass: {F} and a guided "
       "walk on Curieuse."),
    _c("negative_an_sncb_a_unige", "An SNCB driver and a UNIGE researcher described {F} to "
       "the inquiry in Namur."),
    _c("negative_tam_tam_in_copy", "A tam tam ensemble from Porto-Novo kept playing after {F} "
       "came up in the speeches."),
)  # fmt: skip
HELD_OUT_49_SPACE = (
    _c("before_question_in_court_question", "Was the accused in Sélibaby on the night of the "
       "fire{F}?"),
    _c("before_bang_in_supporters_chant", "Three points in Conakry, and the title is ours{F}!"),
    _c("before_colon_in_half_time_score", "Half-time{F}: Sion 1, Lugano 0", "paragraph"),
    _c("before_semicolon_in_snow_forecast", "Snow above 1,200 metres in the Valais{F}; rain "
       "lower down."),
    _c("before_comma_after_degrees", "At 41°C{F}, Niamey broke its December record on "
       "Thursday."),
    _c("before_stop_after_metres", "The hut above Crans-Montana stands at 2,457 m{F}."),
    _c("before_question_in_tourism_faq", "Can visitors swim at Anse Source d'Argent at low "
       "tide{F}?"),
    _c("negative_sad_emoticon_space_kept", "Passes for the Francofolies sold out in four "
       "minutes :-( Better luck next year{F}!"),
    _c("negative_dot_apk_space_kept", "Never install a banking app from a .apk file sent by "
       "text message{F}, the Kigali police warn."),
)  # fmt: skip
HELD_OUT_49_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_49)
    for c in (
        _c("sidwaya_mixed_case_place_hyphen", "Koudougou (Sidwaya) - {F} spent the weekend "
           "clearing the cathedral grounds ahead of the diocesan jubilee.", "paragraph"),
        _c("bip_radio_agency_first_numeric_date", "(Bip Radio) Porto-Novo, 12/12/2026 – {F} "
           "waited along the pilgrims' route to Ouidah from dawn on Friday.", "paragraph"),
        _c("le_nouvelliste_place_stop_dash", "SION. – {F} in Bourg-Saint-Pierre, below the "
           "Grand-Saint-Bernard, were snowed in overnight with no power.", "paragraph"),
        _c("acadian_province_abbreviation", "CARAQUET, N.-B. – {F} hauled every scallop "
           "dragger up the boat ramp before the nor'easter hit.", "paragraph"),
        _c("le_voyageur_ontario_agency", "SUDBURY, Ont. (Le Voyageur) — {F} at the "
           "French-language school board won their pay case on appeal.", "paragraph"),
        _c("wallis_month_abbreviation_dateline", "MATA-UTU, Dec. 12 (Wallis et Futuna la 1ère): "
           "{F} from all three kingdoms filled the cathedral for the ordination of two "
           "priests.", "paragraph"),
        _c("lunion_hyphenated_date_dateline", "Libreville, 12-12-2026 (L'Union) - {F} in the "
           "Estuaire province were told to expect violent storms until Sunday.",
           "paragraph"),
        _c("update_tag_wire", "UPDATE 2 – {F} in Niamey heard that the wrestling final would "
           "go ahead in spite of the sandstorm.", "paragraph"),
        _c("breaking_label_colon", "BREAKING: {F} on the east coast of Mauritius must stay "
           "indoors as the cyclone warning moves to class 3.", "paragraph"),
        _c("iso_timestamp_utc_dash", "2026-12-12 14:03 UTC — {F} living below Karthala "
           "reported a strong smell of sulphur overnight.", "paragraph"),
        _c("spaced_h_clock_dash", "09 h 15 — {F} have already filled the esplanade below "
           "Yamoussoukro's basilica.", "paragraph"),
        _c("swiss_stamp_line_then_text", "Last updated: 12.12.2026, 18:47\n{F} in Porrentruy "
           "will vote again in March after the count was annulled.", "paragraph"),
        _c("council_minutes_item_colon", "Council minutes, Moncton – item 7: {F} requested that "
           "the Main Street rink open before the holidays.", "paragraph"),
        _c("sport_tag_place_colon", "SKIING – Crans-Montana: {F} have prepared only two of the "
           "downhill's five sections for lack of snow.", "paragraph"),
        _c("tourism_arrow_tag", "Good to know › {F} landing on Praslin by ferry must book the "
           "island bus a day ahead.", "paragraph"),
        _c("science_middle_dot_tag", "SCIENCE · {F} working with Lausanne's federal institute "
           "of technology have built a sensor that hears locust swarms coming.", "paragraph"),
        _c("tech_bracket_tag", "[TECH] {F} in Kigali can now pay a bus fare with one tap of a "
           "phone.", "paragraph"),
        _c("culture_slash_place_dash", "CULTURE / Spa – {F} started queueing at noon for the "
           "closing night of the Francofolies.", "paragraph"),
        _c("roman_numeral_list_item", "The parish council's three decisions\nI. The bells ring "
           "again from Easter\nII. {F} run the Sunday soup kitchen in turns", "paragraph"),
        _c("parenthesised_number_list_item", "What the Kaédi court ordered\n(1) The quarry "
           "closed pending an audit\n(2) {F} paid their arrears within thirty days",
           "paragraph"),
        _c("qa_answer_label", "Q. Who raised the alarm when the Mono flooded the village?\n"
           "A. {F} went door to door before the water got indoors.", "paragraph",
           openers=OPENERS_49_PRON),
        _c("live_blog_double_pipe", "LIVE | Tour du Faso, stage 6 | {F} lining the road into "
           "Banfora were sprayed with red dust by the peloton.", "paragraph"),
        _c("local_tag_pipe_place_dash", "LOCAL | Hearst – {F} has agreed to open the "
           "French-language library on Sundays.", "paragraph",
           openers=OPENERS_49_THE),
        _c("communique_label_dash", "COMMUNIQUÉ – {F} has moved Sunday's cup final to Aného "
           "because of the rains.", "paragraph", openers=OPENERS_49_THE),
        _c("prose_after_score_in_brackets", "ASKO Kara took the Togolese derby on penalties "
           "(5-4). {F} streamed across the touchline as the last kick went in."),
        _c("prose_preposition_opener", "The old jetty at Mahébourg gave way on Thursday. {F} "
           "reef, divers found two cannons from the 1810 battle.",
           openers=OPENERS_49_PREP),
        _c("prose_adverb_opener", "The procession set out from Popenguine at dawn. {F}, the "
           "shrine was full.", openers=OPENERS_49_ADV),
        _c("prose_number_opener", "A minibus overturned outside Tsévié on Friday. {F} "
           "passengers were treated at the regional hospital.", openers=OPENERS_49_NUM),
        _c("prose_conjunction_opener", "The Monthey choir sent out 300 invitations. {F} of the "
           "guests came.", openers=OPENERS_49_CONJ),
        _c("prose_ing_opener", "Gusts of 120 km/h tore through the Curepipe market on Friday. "
           "{F} stalls kept traders busy all weekend.", openers=OPENERS_49_ING),
        _c("negative_e_brand_opens_snippet", "eKanga stopped charging fees on transfers under "
           "5,000 CFA francs this week. {F} in Pointe-Noire were the first to notice."),
        _c("negative_i_brand_opens_sentence", "Hotel bookings in Grand Baie fell by a fifth in "
           "November. iLagon, the island's booking app, blamed the cyclone season. {F} say the "
           "drop is smaller than feared."),
        _c("negative_brand_after_section_tag", "TECH | yelenpay now works in every pharmacy in "
           "Dédougou, the start-up says.\n{F} had lobbied for this since July.",
           "paragraph"),
        _c("negative_qpcr_opens_sentence", "Samples came from forty wells around Natitingou. "
           "qPCR tests found cholera in six of them. {F} were handed chlorine tablets the same "
           "day."),
        _c("negative_esp_mid_sentence", "Roads near Bastogne are icy this morning, esp. on the "
           "plateau towards Arlon. {F} should set off early."),
        _c("negative_pop_mid_sentence", "Hearst (pop. just under 5,000) is the most "
           "French-speaking town in Ontario. {F} there rarely hear English at the market."),
        _c("negative_govt_mid_sentence", "A govt. spokesman in Conakry said the stadium would "
           "reopen for the Horoya match. {F} had feared a season behind closed doors."),
        _c("negative_orig_mid_sentence", "A week on Ouvéa now costs 1,450 euros per person "
           "(orig. price 1,900 euros) with flights. {F} booked every room on offer within a "
           "day."),
        _c("negative_label_values_lines", "Aldabra atoll, practical information\nAccess: by "
           "permit only, from Mahé\nBest season: mid-October to April\n{F} must register "
           "with the island foundation.", "paragraph"),
        _c("negative_inline_lettered_options", "Tournai's council weighed three options: (a) "
           "raise the parking fee, (b) close the square to cars, (c) do nothing. {F} preferred "
           "the second."),
        _c("negative_clock_dash_aside", "The ferry left Praslin at 07:45 – twenty minutes late – "
           "and reached Mahé in rough seas. {F} were seasick nearly the whole way."),
        _c("negative_place_dash_aside_opens_snippet", "Sierre – the sunniest town in "
           "Switzerland, its tourist office claims – hosts the wine festival next weekend. {F} "
           "expect forty thousand visitors."),
        _c("negative_chant_in_quote_mid_sentence", "“Allez les Étalons!” chanted the crowd while "
           "the squad's coach pulled away in Ouagadougou. {F} trailed it to the airport on "
           "mopeds."),
        _c("negative_lower_after_open_bracket_aside", "The Aleg court (sitting, unusually, on a "
           "Saturday) ruled in favour of the herders. {F} celebrated outside the courthouse."),
    )
)  # fmt: skip


# Noun-phrase kinds (article, doubled word, gazetteer, titles, numbers, quotes).
# Farming and fisheries, rail and ferries, weather alerts, courts of appeal, festivals, university
# life, overseas territories and hospital news. Negatives that must stay: the articles of `A
# European`, `an hour`, `A one-off`, `an MRI`, `a ewe` and `a unanimous` around the phrase; the
# spaces before `.22` and `.re`; small letters after a semicolon, after a colon that goes on with
# the sentence, in list items that finish a lead-in, in `asked` after a quoted question, in `pH`,
# `mAb` and `eCall` opening a sentence, in the invented lower-case apps `tidely` (after an `APPS
# |` tag) and `navetto` (after a time stamp, the line-head shape of the positives), in a web
# address opening a line, after `approx.`, `e.g.`, `i.e.` and `a.m.` mid-sentence, after an
# ellipsis mid-sentence and in a slogan quoted in small letters.
OPENERS_50 = ("scallop divers", "goat breeders", "ferry stewards", "hospital interns",
              "doctoral students", "festival-goers", "mussel farmers",
              "rail commuters")  # fmt: skip
# public bodies, singular
OPENERS_50_THE = ("the regional health agency", "the chamber of agriculture",
                  "the university senate", "the rail operator")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb
OPENERS_50_PREP = ("in the lee of the", "off the coast of the", "within sight of the",
                   "on the seaward side of the")  # fmt: skip
OPENERS_50_ADV = ("by lunchtime", "at first light", "by the second night", "by Monday morning")
OPENERS_50_NUM = ("fifty-eight", "seventy-three", "eighty-four", "ninety-two")
OPENERS_50_PRON = ("eight of us", "nine of us", "all but two of us", "only five of us")
OPENERS_50_CONJ = ("but just a third", "and well over half", "yet not one", "so about a quarter")
OPENERS_50_ING = ("refloating the", "unloading the", "towing away the",
                  "emptying the fuel tanks of the")  # fmt: skip
HELD_OUT_50_PHRASE = (
    _c("after_voix_du_nord_appeal_dateline_start", "DOUAI (La Voix du Nord) – {F} opened the "
       "new term of the court of appeal on Monday morning.", "paragraph", start=True),
    _c("after_bracket_clock_start", "[07:30] {F} leads the morning rail bulletin on Radio "
       "Corse Frequenza Mora.", "paragraph", start=True),
    _c("in_interceltic_programme_line", "Interceltic festival, Lorient – Saturday: {F} at "
       "the Espace Marine, 21:00", "paragraph"),
    _c("in_title_case_farm_headline", "Beauce Growers Reject {F} Over Water Basins",
       "paragraph", case="title"),
    _c("after_told_of_in_ward_news", "Staff at the Nantes university hospital were told of "
       "{F} at a meeting on Tuesday afternoon."),
    _c("after_colon_in_ferry_notice", "Notice to passengers for Saint-Pierre-et-Miquelon: {F} "
       "and the fog may delay Friday's crossing from Fortune."),
    _c("inside_bracket_aside_in_ruling", "The ruling of the Rennes court of appeal (which "
       "followed {F} in the spring) surprised the shellfish growers of Cancale."),
    _c("before_semicolon_in_senate_agenda", "On the Strasbourg university senate's agenda: "
       "tuition fees for foreign students; {F}; the opening hours of the law library."),
    _c("negative_a_european_an_hour", "A European fisheries inspector spent an hour aboard "
       "the trawler at Boulogne before {F} came up."),
    _c("negative_a_one_off_an_mri", "A one-off bonus for night staff and an MRI unit at the "
       "Mamoudzou hospital were announced alongside {F}."),
    _c("negative_a_ewe_a_unanimous", "At the Cournon livestock fair a ewe from the Aubrac won "
       "a unanimous vote of the judges, just ahead of {F}."),
)  # fmt: skip
HELD_OUT_50_SPACE = (
    _c("before_bang_in_sardine_season", "The first sardines of the year are back in "
       "Douarnenez{F}!"),
    _c("before_question_in_student_faq", "Can first-year students at Strasbourg re-sit a "
       "failed exam in June{F}?"),
    _c("before_colon_in_red_alert_line", "Red alert for the Gard{F}: schools shut on "
       "Thursday", "paragraph"),
    _c("before_semicolon_in_appeal_ruling", "The Poitiers court of appeal upheld the fine "
       "against the skipper{F}; his lawyer will take it to the Court of Cassation."),
    _c("before_comma_after_percent", "Up 14%{F}, the price of milk paid to Normandy dairy "
       "farms is back at its 2022 level."),
    _c("before_stop_after_clock", "From Monday the last RER B to Roissy leaves Gare du Nord "
       "at 23:48{F}."),
    _c("before_question_inside_closing_quote", "“Which budget covers the new quay{F}?” the "
       "mayor of Miquelon asked the prefect."),
    _c("before_colon_in_timetable_label", "Departures from Ouessant{F}: 08:00, 12:30 and "
       "16:45", "paragraph"),
    _c("negative_point_22_rifle_space_kept", "Hunters in the Ardennes may no longer use a "
       ".22 rifle on wild boar{F}, the prefecture ruled on Friday."),
    _c("negative_dot_re_domain_space_kept", "Exam results appear on sites ending in .re from "
       "noon{F}; the rectorate asks families not to call."),
)  # fmt: skip
HELD_OUT_50_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_50)
    for c in (
        _c("martinique_outlet_dateline_em_dash", "FORT-DE-FRANCE (RCI) — {F} along the "
           "Atlantic coast woke to find whole plantations flattened by the gusts.",
           "paragraph"),
        _c("reunion_place_date_agency_dateline", "SAINT-PIERRE, Réunion, March 14 (AFP) – {F} "
           "from Saint-Joseph to Saint-Philippe went a second night without running water.",
           "paragraph"),
        _c("bare_clock_dash", "06:40 – {F} at Marseille Saint-Charles were told the TGV to "
           "Paris would leave an hour late.", "paragraph"),
        _c("update_clock_hyphen", "Update 14:05 - {F} in Pointe-à-Pitre must keep their cars "
           "in the garage until the orange alert is lifted.", "paragraph"),
        _c("live_pipe_tag", "LIVE | {F} heading for the Avignon festival face two-hour delays "
           "on the A7 near Orange.", "paragraph"),
        _c("weather_arrow_line_then_text", "› Weather\n{F} in the Cévennes should expect up to "
           "300 mm of rain by Thursday evening.", "paragraph"),
        _c("breadcrumb_line_then_text", "Home › Regions › Brittany\n{F} on the Crozon peninsula "
           "lost their appeal against the wind farm.", "paragraph"),
        _c("audio_bracket_tag", "[AUDIO] {F} at the Rennes university hospital describe a "
           "winter with twice the usual flu admissions.", "paragraph"),
        _c("iso_date_colon", "2026-03-14: {F} on the Bastia–Toulon crossing were held in port "
           "by a force 9 gale.", "paragraph"),
        _c("hyphen_bullet_item", "What changes on Sunday\n- The 07:12 to Quimper no longer "
           "stops at Rosporden\n- {F} must book a place for a bike on every regional train",
           "paragraph"),
        _c("round_bullet_item", "Key points\n• Three ports closed from Brest to Roscoff\n• {F} "
           "told to keep their boats moored until Friday", "paragraph"),
        _c("numbered_item_stop", "The appeal ruling in brief\n1. The fine is halved\n2. {F} "
           "keep their licences to fish the bay", "paragraph"),
        _c("lettered_item_bracket", "Options put to the hospital board\na) Close the maternity "
           "unit at night\nb) {F} cover the night shifts from Cayenne", "paragraph"),
        _c("heading_colon_same_line", "Festival guide: {F} arriving by car should use the "
           "park-and-ride at the Saint-Sauveur exit.", "paragraph"),
        _c("after_closing_quote_stop", "The prefect's message was short: “Stay at home.” {F} "
           "in the lower valley ignored it and went to check on their herds."),
        _c("after_closing_quote_question", "Students at the Mirail campus had one question: "
           "“Why now?” {F} had learnt of the fee rise from the newspaper."),
        _c("after_parenthesised_sentence", "The paediatric ward reopened on Monday. (Flooding "
           "had kept it empty since October.) {F} returned to their old rooms."),
        _c("after_etc_sentence_end", "The Saturday market at Marennes sells oysters, mussels, "
           "whelks, winkles, etc. {F} drive from as far as Bordeaux to buy them."),
        _c("after_am_sentence_end", "The first boat to Belle-Île now leaves Quiberon at 7 a.m. "
           "{F} had asked for an earlier crossing for years."),
        _c("after_saint_name_sentence_end", "The blessing of the fleet took place at the chapel "
           "of St. Anne. {F} decorated their boats with flags and flowers."),
        _c("case_number_abbreviation_head", "Appeal no. 24/01173 – {F} lost their case against "
           "the water board over the irrigation quotas.", "paragraph"),
        _c("after_ellipsis_sentence_end", "The final boat of the evening had already sailed… "
           "{F} slept on benches in the waiting room at Le Verdon."),
        _c("after_exclamation_sentence_end", "What a party for the old port of Lorient! {F} "
           "danced to the bagpipe bands until four in the morning."),
        _c("spelled_date_line_then_text", "Saturday 14 March 2026\n{F} on Saint-Barthélemy "
           "queued at the port for the first fresh vegetables in a week.", "paragraph"),
        _c("bilingual_alert_label_slash", "VIGILANCE ORANGE / ORANGE ALERT – {F} living by the "
           "Var were ordered to shift their cars away from the riverbanks.", "paragraph"),
        _c("tag_pipe_the_opener", "HEALTH | {F} has ordered two extra ambulances for the "
           "summer on Belle-Île.", "paragraph", openers=OPENERS_50_THE),
        _c("prose_preposition_opener", "The Saint-Malo ferry lost power off Jersey on Sunday. "
           "{F} island, four hundred passengers waited seven hours for a tug.",
           openers=OPENERS_50_PREP),
        _c("prose_adverb_opener", "The tractors rolled out of the Vendée after dark on "
           "Sunday. {F}, they were blocking the ring road of Nantes.", openers=OPENERS_50_ADV),
        _c("prose_number_opener", "Norovirus spread through a retirement home in Brest last "
           "week. {F} residents fell ill.", openers=OPENERS_50_NUM),
        _c("prose_pronoun_opener", "Twelve of us sat the medicine entrance exam in Nouméa. {F} "
           "passed it.", openers=OPENERS_50_PRON),
        _c("prose_conjunction_opener", "The Angoulême comics festival sold 210,000 tickets. {F} "
           "of them went to foreign visitors.", openers=OPENERS_50_CONJ),
        _c("prose_ing_opener", "A container ship ran aground off Le Havre on Wednesday. {F} "
           "ship will take at least a fortnight, the port says.", openers=OPENERS_50_ING),
        _c("negative_semicolon_small_letter", "Trains between Nice and Ventimiglia are "
           "cancelled until noon; buses stop at every station instead. {F} should plan on an "
           "extra hour."),
        _c("negative_colon_runs_on", "The prefecture gave one instruction for the storm: keep "
           "away from the seafront. {F} in Biarritz mostly obeyed it."),
        _c("negative_lead_in_list_small_items", "Passengers for Corsica must remember "
           "to:\n- arrive ninety minutes before departure\n- keep their tickets on their "
           "phones\n{F} who ignore this may lose their place.", "paragraph"),
        _c("negative_asked_after_quoted_question", "“Will the dyke hold?” asked a farmer at the "
           "public meeting in Saint-Aignan. {F} left without an answer."),
        _c("negative_ph_opens_sentence", "Oyster beds of Arcachon Bay were closed on "
           "Monday. pH readings in the water had fallen sharply since Friday. {F} were "
           "offered compensation."),
        _c("negative_mab_opens_snippet", "mAb treatments for the new strain reached the "
           "Cayenne hospital overnight. {F} queued to get them first."),
        _c("negative_ecall_opens_sentence", "Black ice closed the A75 for most of Friday. "
           "eCall alerts from crashed cars reached the gendarmerie within seconds. {F} were put "
           "up in Millau hotels."),
        _c("negative_app_after_section_tag", "APPS | tidely now warns fishing boats of fog on "
           "the Iroise Sea, its makers in Brest say.\n{F} tested it all summer.",
           "paragraph"),
        _c("negative_app_after_time_stamp", "08:15 – navetto, the island's shuttle app, stops "
           "taking bookings for the Saint-Denis airport run.\n{F} had relied on it since "
           "the strike.", "paragraph"),
        _c("negative_web_address_opens_line", "More on the storm warnings\n"
           "vigilance.meteofrance.fr has a map for every department.\n{F} without internet "
           "can call the prefecture.", "paragraph"),
        _c("negative_approx_mid_sentence", "Each boat in Saint-Jean-de-Luz landed approx. two "
           "tonnes of hake on Monday. {F} say prices held up well."),
        _c("negative_eg_mid_sentence", "Root crops, e.g. yams and sweet potatoes, fetched "
           "record prices at the Basse-Terre market. {F} blamed the drought."),
        _c("negative_ie_mid_sentence", "The Aix-en-Provence court of appeal sat in camera, i.e. "
           "without the public or the press. {F} waited outside for the verdict."),
        _c("negative_am_mid_sentence", "The first train left Perpignan at 4.58 a.m. sharp, "
           "with barely ten people aboard. {F} had expected the strike to go on."),
        _c("negative_ellipsis_mid_sentence", "The Garonne rose, and rose… and then stopped a "
           "metre below the dyke at Marmande. {F} kept filling sandbags all night anyway."),
        _c("negative_small_letter_slogan_in_quotes", "The cooperative's slogan, “eat local, "
           "eat fresh”, is printed on every crate that leaves Plougastel. {F} sell "
           "strawberries under it."),
    )
)  # fmt: skip


# Batch 51 (held out, set 3), written blind in session 54. Read for it: this module's top through
# `Context` and `_c`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`, `_fragment`, `_title_case`,
# `snippet`, `plant` and `_place`, and batch 50's block (its form, and its wordings to keep apart);
# `translation_contexts`'s `_as_delivered`, `report` and `block`'s titles; batch 50's test file and
# commit message. Not read: the stage, its rules, its data, its rounds, the contexts of batches 1 to
# 49 (batch 49's last ten negatives passed on screen once, on the way to batch 50's block). Never
# run through the stage nor any evaluation before it was committed. Themes no label names: mining
# towns, housing and tenants, customs and ports, chess, public libraries, the wine harvest, mountain
# rescue and water supply. The sentence kind is weighted toward the line starts named weakest
# (live-blog bars, a label or heading with a colon and the sentence on its line, spelled-out date
# lines, a sentence after `!` or `?`, bilingual labels with a slash). Negatives that must stay: the
# articles of `A eulogy`, `an heir`, `A once-a-year`, `an X-ray`, `A Unesco` and `an honorary`
# around the phrase; the spaces before `.pgn`, `.lu` and `.30-06`; small letters in a web address
# and an e-mail address opening a line, in items that finish a lead-in (on lines of their own and
# inline after `- `), in the brands `bpost` (opening a sentence), `eBay` (after a `LIVE |` bar) and
# `easyJet` (after a dateline), in the units `km` and `mg/l` opening a table's row, after a
# semicolon, in the chess move `e4` and in `iPads` opening a sentence, after `incl.` and `et al.`
# mid-sentence, after an ellipsis of three stops mid-sentence, after a label's colon before a web
# address, and in a hashtag opening a line.
OPENERS_51 = ("grape pickers", "retired miners", "dock workers", "library users",
              "social tenants", "rescue volunteers", "club chess players",
              "water engineers")  # fmt: skip
# water bodies, singular
OPENERS_51_THE = ("the water syndicate", "the regional water agency",
                  "the intercommunal water board", "the drinking-water utility")  # fmt: skip
# a number written as a word, an -ing verb, a subordinating conjunction, a pronoun in a quote
OPENERS_51_NUM = ("sixty-one", "forty-six", "thirty-nine", "seventy-seven")
OPENERS_51_ING = ("pumping out the", "clearing the", "draining the", "emptying the")
OPENERS_51_SUB = ("when the", "once the", "after the", "as soon as the")
OPENERS_51_WE = ("we have", "we've", "we had", "we'd")
HELD_OUT_51_PHRASE = (
    _c("after_en_direct_bar_start", "EN DIRECT – {F} tops the agenda of the Dunkirk port "
       "council this morning.", "paragraph", start=True),
    _c("after_spelled_date_colon_start", "Wednesday 11 March: {F} was raised again at the "
       "tenants' meeting in Roubaix.", "paragraph", start=True),
    _c("in_title_case_chess_headline", "Chess Club Members Debate {F} Before the Cap d'Agde "
       "Open", "paragraph", case="title"),
    _c("after_colon_in_library_notice", "Notice to library users in Grenoble: {F} and the "
       "strike may shorten Saturday's opening hours."),
    _c("between_semicolons_in_water_agenda", "On the agenda of the Perpignan water board: the "
       "price per cubic metre; {F}; the leak in the Têt canal."),
    _c("after_question_start", "Why did the harvest start so early in Chablis? {F} is one "
       "answer the growers give.", start=True),
    _c("inside_dash_aside_in_rescue_bill", "The rescue on the Pic du Midi – which followed {F} "
       "in January – cost the state 40,000 euros."),
    _c("after_heard_about_in_mining_town", "Former miners in Liévin first heard about {F} on "
       "the local radio station."),
    _c("negative_a_eulogy_an_heir", "A eulogy for the last pit pony and an heir's letter to "
       "the mayor of Lens were read out just before {F}."),
    _c("negative_a_once_a_year_an_x_ray", "A once-a-year inspection of the Vouglans dam and an "
       "X-ray of its main outlet pipe came a week after {F}."),
    _c("negative_a_unesco_an_honorary", "A Unesco team and an honorary consul toured the "
       "Champagne cellars of Reims to discuss {F}."),
)  # fmt: skip
HELD_OUT_51_SPACE = (
    _c("before_bang_chess_prodigy", "An eleven-year-old from Nîmes has won the Cap d'Agde "
       "open{F}!"),
    _c("before_question_tenant_faq", "Can a landlord raise the rent in the middle of a "
       "lease{F}?"),
    _c("before_colon_water_cut_label", "Streets without water in Ajaccio on Friday{F}: the "
       "full list", "paragraph"),
    _c("before_semicolon_after_year", "The last pit at Lens closed in 1986{F}; its two slag "
       "heaps are now on the Unesco list."),
    _c("before_comma_after_bracket", "At the Lewarde mining museum (the largest in "
       "France){F}, visits are up by a fifth."),
    _c("before_stop_after_unit", "The rescue helicopter put down on the ridge at 2,350 m{F}."),
    _c("before_colon_bilingual_customs_label", "Douane / Customs{F}: goods to declare on "
       "arrival", "paragraph"),
    _c("negative_pgn_files_space_kept", "Every game of the open can be downloaded as .pgn "
       "files from Monday{F}, the organisers said."),
    _c("negative_lu_domain_space_kept", "Moselle wine from the Remich estates sells online on "
       "sites under the .lu domain{F}, mostly to Belgian buyers."),
    _c("negative_30_06_rifle_space_kept", "Chamois hunters in the Bauges must now use a .30-06 "
       "or larger{F}; the federation says smaller rounds wound too many animals."),
)  # fmt: skip
HELD_OUT_51_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_51)
    for c in (
        _c("live_en_direct_hyphen", "EN DIRECT - {F} in the Côte de Beaune began cutting the "
           "pinot noir at dawn, a week earlier than last year.", "paragraph"),
        _c("live_caps_em_dash", "LIVE — {F} on the Mer de Glace were winched off the ice just "
           "before the storm broke.", "paragraph"),
        _c("live_blog_clock_pipe", "Live blog, 09:12 | {F} at the port of Antwerp say the "
           "customs scanners have been down since midnight.", "paragraph"),
        _c("heading_colon_harvest_diary", "Harvest diary: {F} in the Champagne village of Aÿ "
           "are paid by the crate this year.", "paragraph"),
        _c("heading_colon_what_we_know", "What we know so far: {F} stuck below the Aiguille du "
           "Goûter last radioed the valley at 3 a.m.", "paragraph"),
        _c("label_colon_correction", "Correction: {F} in Forbach, not Freyming, voted to keep "
           "the pithead museum open.", "paragraph"),
        _c("spelled_date_colon_same_line", "Tuesday 3 March: {F} in the Borinage marked thirty "
           "years since the last pit closed.", "paragraph"),
        _c("weekday_comma_date_em_dash", "Friday, 9 October — {F} in Épernay worked through the "
           "night to bring in the last of the chardonnay.", "paragraph"),
        _c("day_month_en_dash", "28 September – {F} queued outside the Lyon municipal library "
           "for the reopening of its reading room.", "paragraph"),
        _c("weekday_date_year_pipe", "Sunday 5 April 2026 | {F} in Rouyn-Noranda were told to "
           "boil their tap water until further notice.", "paragraph"),
        _c("after_bang_checkmate", "Checkmate! {F} in the hall at Cap d'Agde rose to applaud the "
           "eleven-year-old."),
        _c("after_question_who_pays", "Who will pay for the new pipes? {F} in the Roya valley "
           "fear the bill will land on them."),
        _c("after_interrobang_rent_rise", "A rent rise of 9%?! {F} on the Cité des Fleurs estate "
           "have refused to pay it."),
        _c("after_bang_inside_quote", "The guide's radio crackled: “Avalanche!” {F} on the lower "
           "slope dived for cover behind the rocks."),
        _c("bilingual_notice_slash_colon", "AVIS AUX LOCATAIRES / NOTICE TO TENANTS: {F} in "
           "blocks C and D will have no hot water on Thursday.", "paragraph"),
        _c("bilingual_customs_slash_dash", "Douane / Customs – {F} arriving from Dover must "
           "declare any wine above ninety litres.", "paragraph"),
        _c("bilingual_rescue_slash_pipe", "Secours en montagne / Mountain rescue | {F} from "
           "Chamonix reached the stranded climbers by helicopter.", "paragraph"),
        _c("belga_dateline_em_dash", "CHARLEROI, Belgium (Belga) — {F} from the old Marcinelle "
           "pit gathered for the anniversary on Saturday.", "paragraph"),
        _c("french_clock_en_dash", "17h45 – {F} at the Fos container terminal walked out over "
           "the new shift rota.", "paragraph"),
        _c("numbered_paren_item", "How to appeal an eviction\n1) Write to the landlord within a "
           "month\n2) {F} can ask the prefecture for a stay over the winter", "paragraph"),
        _c("asterisk_bullet_item", "Road closures on Sunday\n* The D909 above Annecy\n* {F} "
           "should take the shuttle from Thônes instead", "paragraph"),
        _c("after_updated_parenthesis", "(Updated at 10:40) {F} in the Vésubie valley can drink "
           "the tap water again, the prefecture says.", "paragraph"),
        _c("after_inc_sentence_end", "The open-pit mine was sold in 2012 to a Toronto firm, "
           "Norcastle Holdings Inc. {F} living next to it were never consulted."),
        _c("after_three_stop_ellipsis_end", "The taps coughed, spat brown water and then gave "
           "nothing... {F} in Ajaccio's old town queued at the tanker instead."),
        _c("photos_bracket_tag", "[PHOTOS] {F} in Alsace share their first day of the harvest on "
           "the slopes above Riquewihr.", "paragraph"),
        _c("qa_answer_label", "Q: Can my landlord keep the deposit to repaint the flat?\nA: {F} "
           "in furnished flats have fewer rights, but the answer is usually no.",
           "paragraph"),
        _c("quote_opens_small_pronoun", "“{F} never seen the Ternay dam so low,” the "
           "syndicate's engineer said on Monday.", openers=OPENERS_51_WE),
        _c("prose_the_opener", "Three villages above Grasse ran out of water on Sunday. {F} has "
           "promised daily tankers until the rains come.", openers=OPENERS_51_THE),
        _c("prose_number_opener", "Fire broke out in a tower block in Villeurbanne overnight. "
           "{F} households were rehoused by the city.", openers=OPENERS_51_NUM),
        _c("prose_ing_opener", "A water main burst under the Canebière on Monday night. {F} "
           "flooded car park took the fire brigade eleven hours.", openers=OPENERS_51_ING),
        _c("prose_subordinate_opener", "The Pyrénées-Orientales had its driest summer on record. "
           "{F} last well at Ille-sur-Têt ran dry, the commune hired three tankers.",
           openers=OPENERS_51_SUB),
        _c("negative_web_address_opens_line", "Water cuts, street by street\nwww.eau-ajaccio.fr "
           "lists every street without water until Friday.\n{F} without internet can ask at "
           "the town hall.", "paragraph"),
        _c("negative_email_opens_line", "Tenants' helpline\ncontact@adil-lens.fr answers "
           "questions on deposits within two days.\n{F} may also call in on Wednesday "
           "mornings.", "paragraph"),
        _c("negative_lead_in_items_own_lines", "Each picker should bring:\n- gloves,\n- "
           "secateurs,\n- a sun hat.\n{F} who forget them are lent what they lack at the "
           "press house.", "paragraph"),
        _c("negative_lead_in_items_inline", "The rescue service's checklist for hikers reads: - "
           "a whistle, - a headlamp, - a foil blanket. {F} set out without any of them every "
           "summer."),
        _c("negative_bpost_opens_sentence", "Parcels for the Liège customs office are piling up "
           "at the sorting centre. bpost says the backlog will clear by Monday. {F} waiting "
           "for orders of wine were warned."),
        _c("negative_ebay_after_live_bar", "LIVE | eBay pulls listings of miners' lamps stolen "
           "from the Lewarde museum\n{F} had spotted them for sale on Sunday.", "paragraph"),
        _c("negative_easyjet_after_dateline", "GENEVA (ATS) – easyJet adds a winter route to "
           "Chambéry for skiers from London.\n{F} in the Savoy resorts welcomed the news.",
           "paragraph"),
        _c("negative_km_opens_table_row", "Closed sections of the GR20\nkm | from | to\n12 | "
           "Asinau | Usciolu\n{F} should check the map before setting out.", "paragraph"),
        _c("negative_mg_opens_table_row", "Nitrates in tap water (limit: 50)\nmg/l | Vittel 12 | "
           "Épinal 31 | Nancy 18\n{F} in all three towns can drink it safely.", "paragraph"),
        _c("negative_semicolon_small_letter", "The last shaft at Merlebach closed in 2004; the "
           "town has lost a third of its people since. {F} still gather at the pithead every "
           "December."),
        _c("negative_chess_move_opens_sentence", "The game on board one at the Biel festival "
           "opened quietly. e4 was met with the Sicilian, as in most rounds. {F} in the hall "
           "expected a long game."),
        _c("negative_ipads_open_sentence", "The Lille libraries have begun lending tablets. "
           "iPads can be borrowed for three weeks, like books. {F} queued on the first "
           "morning."),
        _c("negative_incl_mid_sentence", "The new estate has 150 flats, incl. twelve adapted for "
           "wheelchairs, on the site of the old mine. {F} move in next spring."),
        _c("negative_three_stop_ellipsis_mid_sentence", "The water came back on Tuesday... for "
           "about an hour, and then the taps ran dry again. {F} went back to bottled water."),
        _c("negative_et_al_mid_sentence", "A study by Moreau et al. found lead in the pipes of "
           "forty schools in Lyon. {F} want the pipes replaced by September."),
        _c("negative_label_colon_then_web_address", "Bookings: reservations.bm-lyon.fr or at "
           "the front desk\n{F} over 65 get in free.", "paragraph"),
        _c("negative_hashtag_opens_line", "#vendanges2026 was the most used tag in France on "
           "Sunday.\n{F} posted thousands of photos of the first crates.", "paragraph"),
    )
)  # fmt: skip


# Batch 52 (held out, set 3), written blind in session 55. Read for it: this module's top through
# `SENTENCE_CONTEXTS`, `contexts`, `cells`, `_capital`, `_fragment`, `_title_case`, `snippet`,
# `plant` and `_place`, and batch 50's block (its form, and its wordings to keep apart);
# `translation_contexts`'s `hosts`, `measure`, `_as_delivered`, `report` and `block`'s titles; the
# blind batches' test files. Not read: the stage, its rules, its data, its rounds, the contexts of
# batches 1 to 51 (batch 49's last eight negatives and batch 51's header comment passed on screen
# once). Never run through the stage nor any evaluation before it was committed. Themes no label
# names: forests and wildfires, museums and heritage, zoos and wildlife parks, space and
# observatories, opera and theatre, telecoms and outages, power plants and the grid, the postal
# service. The sentence kind is weighted toward the line starts named weakest (live-blog bars, a
# heading or label with a colon and the sentence on its line, spelled-out date lines, a sentence
# after `!`, `?` or `?!`, bilingual labels with a slash). Negatives that must stay: the articles of
# `A eucalyptus`, `an SMS`, `A UFO`, `an ISS`, `A uranium` and `an 18th-century` around the phrase;
# the spaces before `.stl`, `.nc` and the `:)` of an emoticon; small letters after a semicolon,
# after a colon that goes on with the sentence, in `exclaimed` after a quoted exclamation, after an
# elision `[…]` inside a quote, after `vs.` mid-sentence, after an ellipsis mid-sentence, on a
# hard-wrapped paragraph's second line, in the brands `inwi` (opening a sentence) and `innogy`
# (after a dateline, beside the agency `dpa`), in `eSIM` opening a sentence, in a web address with
# a path, an e-mail address and an `@` handle opening a line, in items that finish a lead-in (on
# lines of their own and inline after `• `), and in the units `kWh` and `ha` opening a table's row.
OPENERS_52 = ("staff members", "local people", "union delegates", "many visitors",
              "elected officials", "several families", "night-shift workers",
              "older residents")  # fmt: skip
# public bodies, singular
OPENERS_52_THE = ("the grid operator", "the national forestry office", "the space agency",
                  "the postal regulator")  # fmt: skip
# a preposition, an adverb, a number written as a word, a pronoun, a conjunction, an -ing verb,
# and a question's auxiliary
OPENERS_52_PREP = ("at the foot of the", "on the far side of the", "in the shadow of the",
                   "at the edge of the")  # fmt: skip
OPENERS_52_ADV = ("by dusk", "by nightfall", "before long", "by Wednesday evening")
OPENERS_52_NUM = ("thirty-one", "sixty-six", "eighty-seven", "forty-nine")
OPENERS_52_PRON = ("six of us", "three of us", "just four of us", "all but one of us")
OPENERS_52_CONJ = ("but fewer than a fifth", "and roughly two-thirds", "yet barely a tenth",
                   "so well over half")  # fmt: skip
OPENERS_52_ING = ("repairing the", "replacing the", "rebuilding the", "making good the")
OPENERS_52_ASK = ("will the", "can the", "could the", "should the")
HELD_OUT_52_PHRASE = (
    _c("after_en_direct_dash_start", "EN DIRECT – {F} dominated the morning briefing of the "
       "Gironde prefecture on the fires around La Teste-de-Buch.", "paragraph", start=True),
    _c("in_all_caps_grid_headline", "RTE WARNS OF {F} AS THE COLD SNAP REACHES BRITTANY",
       "paragraph", case="upper"),
    _c("after_bilingual_slash_label_start", "MUSÉE / MUSEUM: {F} tops the agenda of the Quai "
       "Branly board, which meets on Thursday in Paris.", "paragraph", start=True),
    _c("after_article_no_mid", "Under article no. 7 of its public service contract, {F} must "
       "be settled before La Poste closes another counter in the Creuse."),
    _c("before_question_at_launch_centre", "Why did nobody at the CNES launch centre in Kourou "
       "mention {F} before the countdown was halted?"),
    _c("after_updated_clock_dash_start", "Updated 18:52 – {F} was raised again by the Arcep "
       "regulator after the third fibre outage in the Lot this month.", "paragraph",
       start=True),
    _c("in_pipe_agenda_row", "Item 4 | talks on {F} | Orange, SFR and Bouygues Telecom to "
       "report by 30 June", "paragraph"),
    _c("inside_dash_aside_zoo", "The Beauval zoo – which welcomed {F} last spring – "
       "will open its new panda house on 1 April."),
    _c("negative_a_eucalyptus_an_sms", "A eucalyptus plantation near Mimizan burned for six "
       "hours before an SMS alert went out, according to a note on {F}."),
    _c("negative_a_ufo_an_iss", "A UFO-watchers' club and an ISS fan group shared the open "
       "night of the Pic du Midi observatory with {F} on Saturday."),
    _c("negative_a_uranium_an_18th_century", "A uranium mining museum and an 18th-century "
       "coaching inn in the Limousin will reopen in May, thanks to {F}."),
)  # fmt: skip
HELD_OUT_52_SPACE = (
    _c("before_bang_bear_cub", "Twenty-two years after the last one, a brown bear cub has been "
       "born at the Borce wildlife park in the Pyrenees{F}!"),
    _c("before_question_in_qa_line", "Q: Will letters still be delivered on Saturdays in the "
       "Creuse{F}?\nA: Yes, until the end of June, La Poste says.", "paragraph"),
    _c("before_colon_in_fire_risk_label", "Fire risk in the Landes forest{F}: very severe from "
       "Wednesday", "paragraph"),
    _c("before_semicolon_after_number", "The replica of the Chauvet cave drew 412,000 visitors "
       "in 2025{F}; the original cave stays closed to the public."),
    _c("before_comma_after_close_paren", "After the outage (the third this month in the "
       "Lot){F}, Orange promised a refund to every customer."),
    _c("before_stop_after_unit", "The pylon brought down by the storm near Golfech weighed 38 "
       "tonnes{F}."),
    _c("before_colon_in_caps_headline", "POWER CUT IN BRITTANY{F}: 80,000 HOMES STILL IN THE "
       "DARK", "paragraph", case="upper"),
    _c("negative_stl_files_space_kept", "The Louvre has put 3D scans of forty statues online "
       "as .stl files{F}, free for anyone to download."),
    _c("negative_nc_domain_space_kept", "Since Monday, New Caledonia's post office has moved "
       "its online services to addresses ending in .nc{F}; the old site is closed."),
    _c("negative_emoticon_space_kept", "The zoo captioned its photo of the panda twins “see you "
       "in spring :)”{F}, and the post was shared 18,000 times."),
)  # fmt: skip
HELD_OUT_52_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_52)
    for c in (
        _c("live_bullet_bar", "LIVE • {F} on the road to the Pilat dune were told by the "
           "gendarmes to leave their cars and walk back to La Teste-de-Buch.", "paragraph"),
        _c("en_direct_comma_clock_dash", "EN DIRECT, 15:42 – {F} at the Flamanville plant have "
           "been sent home after an alarm went off in the turbine hall of reactor 3.",
           "paragraph"),
        _c("heading_colon_wildfire", "Wildfire in the Landes: {F} from Lacanau and Carcans were "
           "moved to a sports hall overnight as the flames crossed the D3.", "paragraph"),
        _c("heading_colon_post_office", "Post office closures: {F} in the Creuse will have to "
           "drive up to 30 km to send a parcel from April, the CGT union says.", "paragraph"),
        _c("label_colon_what_we_know", "What we know so far: {F} at the Opéra de Lyon learnt of "
           "the 1.2 million euros of cuts from an e-mail sent late on Friday.", "paragraph"),
        _c("spelled_date_colon_same_line", "Tuesday 3 March: {F} at the Beauval zoo spent the "
           "night beside the giraffe house while the vets waited for the calf.", "paragraph"),
        _c("spelled_date_comma_year_dash", "Thursday, 12 February 2026 – {F} across Brittany are "
           "still waiting for the power to come back after storm Nils.", "paragraph"),
        _c("spelled_date_ordinal_own_line", "Friday 13th November\n{F} at the Pic du Midi "
           "observatory had the clearest sky of the year for the Leonid meteor shower.",
           "paragraph"),
        _c("after_exclamation_in_prose", "What a night for the Opéra de Rouen! {F} gave the new "
           "Carmen a ten-minute standing ovation on Saturday."),
        _c("after_question_in_prose", "Who will pay for the new mobile mast? {F} in the Aveyron "
           "village of Brusque have been asking the prefecture for a year."),
        _c("after_interrobang", "A third fibre outage in one week?! {F} in the Bruche valley say "
           "they are losing patience with their operator."),
        _c("after_quoted_question_stop", "“Where has our post office gone?” {F} in Eymoutiers "
           "have painted the question on a banner across the town hall."),
        _c("bilingual_label_slash_colon", "Avis aux usagers / Notice to users: {F} who use the "
           "Musée d'Orsay library will find it closed from 2 to 16 March for the move.",
           "paragraph"),
        _c("bilingual_caps_slash_pipe", "PANNE / OUTAGE | {F} in the south of Martinique have "
           "had no mobile signal since the substation at Le Marin caught fire.", "paragraph"),
        _c("territory_dateline_em_dash", "CAYENNE, French Guiana — {F} invited to the Ariane 6 "
           "launch were turned back at the gates of the Guiana Space Centre on Tuesday.",
           "paragraph"),
        _c("numeric_date_clock_em_dash", "03/03/2026, 9:12 a.m. — {F} at the Saint-Alban "
           "nuclear plant confirmed that reactor 1 had shut down on its own during the night.",
           "paragraph"),
        _c("arrow_bullet_item", "In short\n→ Reactor 2 at Golfech stays shut until May\n→ {F} "
           "must report any unusual reading to the ASN within two hours", "paragraph"),
        _c("numbered_paren_item", "The ONF's plan in three points\n1) Two thousand oaks are "
           "felled this winter\n2) {F} may walk the forest paths again from Sunday\n3) The "
           "hunting season ends a week early", "paragraph"),
        _c("after_open_paren_sentence", "The zoo's board approved the transfer of its two "
           "elephants on Friday. ({F} were told only on Monday morning.)"),
        _c("after_number_abbreviation_end", "The blaze started beside forest track no. 4. {F} "
           "were on the scene within twelve minutes."),
        _c("after_three_dot_ellipsis_end", "The curtain never went up at the Capitole in "
           "Toulouse... {F} were sent home with a voucher and an apology."),
        _c("video_triangle_tag", "► VIDEO – {F} at the Thoiry safari park show how they feed "
           "the lions in the snow.", "paragraph"),
        _c("alerte_info_caps_pipe", "ALERTE INFO | {F} at the Gravelines nuclear plant have been "
           "evacuated after smoke was seen near reactor 5, the prefecture says.", "paragraph"),
        _c("tag_colon_the_opener", "ÉNERGIE: {F} has asked households in Provence to unplug "
           "their heaters between 6 and 8 p.m. on Thursday.", "paragraph",
           openers=OPENERS_52_THE),
        _c("prose_preposition_opener", "A wildfire broke out near Saint-Jean-d'Illac on Monday. "
           "{F} dune, firefighters dug a firebreak by hand.", openers=OPENERS_52_PREP),
        _c("prose_adverb_opener", "The strikers at the Bordeaux sorting centre walked out at "
           "dawn. {F}, not a single letter had left the building.", openers=OPENERS_52_ADV),
        _c("prose_number_opener", "A heatwave struck the Lyon zoo last July. {F} animals were "
           "moved into the shade of the old greenhouses.", openers=OPENERS_52_NUM),
        _c("prose_pronoun_opener", "Fourteen of us applied to be guides at the Lascaux IV "
           "centre. {F} got the job.", openers=OPENERS_52_PRON),
        _c("prose_conjunction_opener", "The Nancy opera sold every seat for its New Year gala. "
           "{F} of the buyers came from outside Lorraine.", openers=OPENERS_52_CONJ),
        _c("prose_ing_opener", "Storm Nils tore the roof off the Saint-Étienne post office on "
           "Tuesday. {F} roof will take until the spring, the mayor says.",
           openers=OPENERS_52_ING),
        _c("prose_question_opener", "Forty animals had to be moved after the fire at the La "
           "Flèche zoo. {F} park reopen before the summer holidays?", openers=OPENERS_52_ASK),
        _c("negative_semicolon_small_letter", "The Grand Palais will stay shut until the autumn; "
           "its glass roof needs new seals. {F} were moved to the Louvre for the summer."),
        _c("negative_colon_runs_on_rule", "The rule at the Musée Rodin is simple: no flash, no "
           "food and no selfie sticks. {F} enforce it strictly."),
        _c("negative_exclaimed_after_quoted_bang", "“What a sight!” exclaimed an astronomer as "
           "the comet rose over the Pic du Midi. {F} stayed until dawn."),
        _c("negative_elision_in_quote", "The prefect's statement read: “The fire is contained "
           "[…] and no homes are threatened.” {F} were allowed back in by noon."),
        _c("negative_vs_mid_sentence", "The union compared hours worked vs. hours paid at the "
           "Lyon sorting centre. {F} want the gap closed by June."),
        _c("negative_ellipsis_mid_sentence", "The lights in the reptile house flickered… and "
           "then came back on. {F} had already moved the snakes."),
        _c("negative_hard_wrapped_line", "The board of the Opéra national de Paris voted on "
           "Friday to cut the number of\nperformances at the Palais Garnier by a fifth from "
           "next season.\n{F} were told by e-mail.", "paragraph"),
        _c("negative_inwi_opens_sentence", "Mobile data was down across Casablanca for most of "
           "Sunday. inwi blamed a faulty router at its Rabat data centre. {F} were offered a "
           "free day of calls."),
        _c("negative_innogy_after_dateline", "ESSEN (dpa) – innogy will close its customer "
           "office in the city at the end of March, the energy group said on Monday.\n{F} were "
           "offered jobs in Dortmund.", "paragraph"),
        _c("negative_esim_opens_sentence", "Orange will stop selling plastic SIM cards in "
           "Réunion next year. eSIM profiles can already be downloaded in its shops. {F} still "
           "prefer the card."),
        _c("negative_web_path_opens_line", "Where the fires are\nfeux.onf.fr/landes shows every "
           "burnt plot, updated each hour.\n{F} can also call the town hall.", "paragraph"),
        _c("negative_email_opens_line", "Refunds for the cancelled Carmen\n"
           "billetterie@opera-rouen.fr handles every request until 31 March.\n{F} who paid in "
           "cash must come to the box office.", "paragraph"),
        _c("negative_handle_opens_line", "The first photo of the twins\n@zoo_beauval posted it "
           "at 7 a.m., and it had 40,000 likes by noon.\n{F} had waited for it since "
           "Christmas.", "paragraph"),
        _c("negative_lead_in_items_own_lines", "Visitors to the Lascaux IV centre are asked to "
           "leave at the entrance:\n- umbrellas;\n- rucksacks;\n- food and drink.\n{F} who "
           "refuse will be turned away.", "paragraph"),
        _c("negative_lead_in_items_inline_bullets", "The kit list for the night at the "
           "observatory reads: • warm clothes, • a red torch, • a flask of tea. {F} lend the "
           "binoculars."),
        _c("negative_kwh_opens_table_row", "Regulated electricity tariff from 1 February\nkWh | "
           "peak hours | off-peak hours\nTariff | 25.16 cents | 19.52 cents\n{F} will see the "
           "change on their March bill.", "paragraph"),
        _c("negative_ha_opens_table_row", "Burnt area by department, summer 2026\nha | Gironde "
           "7,400 | Landes 2,150\n{F} say the total is the highest since 2022.", "paragraph"),
    )
)  # fmt: skip


# Batch 53 (held out, set 3), written blind in session 56. Read for it: this module's top through
# `Context` and `_c`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`, `_fragment`,
# `_title_case`, `snippet`, `plant` and `_place`, and batch 50's block (its form, and its wordings
# to keep apart); `translation_contexts`'s `hosts`, `measure`, `_as_delivered`, `report` and
# `block`'s titles; the blind batches' test files. Not read: the stage, its rules, its data, its
# rounds, the contexts of batches 1 to 52 (batch 49's last seven negatives passed on screen once,
# and batch 52's kept texts in its test file). Never run through the stage nor any evaluation
# before it was committed. Themes no label names: dentistry, lighthouses, circus arts,
# beekeeping, taxis and ride hailing, funeral services, glassmaking and ice hockey, written as
# news machine-translated from French reads (long sentences, quotes, figures, French bodies'
# initials). The sentence kind leans on the line starts named weakest: live-blog bars (`LIVE |
# 19:42 |`, `EN DIRECT -`, `LIVE BLOG – ... |`), a heading or label and colon with the sentence on
# its line, spelled-out dates (`Thursday 8 January:`, `Friday 16 January 2026 –`, a line of its
# own), a sentence after `!` and `?` (2), bilingual labels with a slash, datelines (an outlet's, an
# abbreviated month's), `(Updated 18:25)`, `2/` and `–` items, `Art. 4 –`, and small letters
# after a closing quote, a bracketed sentence, `dept.`, an ellipsis, a footnote mark and a
# bracketed page reference. Negatives that must stay: `An NHL`, `a usually`, `A eulogy`, `an
# heir`, `An 11-year-old`, `a unicyclist`; spaces before `.NET`, `.apk` and a `;-)` wink; small
# letters after a semicolon, after a colon that goes on with the sentence, in a quoted word after
# a colon, after a quoted question, after `etc.`, `incl.` and `a.k.a.` mid-sentence, after an
# ellipsis mid-sentence, in a hard-wrapped line, in `adidas` opening a sentence, in the invented
# app `kabee` after a label's colon, in a web address and an e-mail address opening a line, in a
# lot code and a `km` opening table rows, and in a lead-in's small items (on lines of their own,
# and inline after hyphens).
OPENERS_53 = ("dental surgeons", "lighthouse keepers", "trapeze artists", "beekeepers",
              "taxi drivers", "undertakers", "glassblowers", "hockey fans")  # fmt: skip
# public bodies, singular
OPENERS_53_THE = ("the regional health agency", "the order of dental surgeons",
                  "the lighthouses and beacons service",
                  "the national funeral federation")  # fmt: skip
# a preposition, a number written as a word, an adverb, a conjunction, a pronoun, a question
OPENERS_53_PREP = ("at the foot of the", "in the lantern room of the", "on the gallery of the",
                   "just below the")  # fmt: skip
OPENERS_53_NUM = ("thirty-six", "fifty-one", "sixty-two", "seventy-nine")
OPENERS_53_ADV = ("by half-time", "by the third period", "by the final whistle", "within minutes")
OPENERS_53_CONJ = ("but barely a third", "and nearly half", "yet fewer than one in ten",
                   "so roughly a quarter")  # fmt: skip
OPENERS_53_PRON = ("most of them", "many of them", "none of them", "few of them")
OPENERS_53_ASK = ("will the", "should the", "can the", "would the")
HELD_OUT_53_PHRASE = (
    _c("after_courrier_picard_dateline_start", "AMIENS (Le Courrier picard) – {F} dominated the "
       "general meeting of the Gothiques, the city's ice hockey club, on Tuesday evening.",
       "paragraph", start=True),
    _c("after_clock_dash_start", "18:05 – {F} kept the jury of the Cirque de Demain festival "
       "talking well past midnight, according to several of its members.", "paragraph",
       start=True),
    _c("in_title_case_honey_headline", "Cévennes Beekeepers Blame {F} for the Worst Honey "
       "Harvest in Forty Years", "paragraph", case="title"),
    _c("in_all_caps_taxi_banner", "TAXI DRIVERS BLOCK ORLY AIRPORT OVER {F} AND THE VTC "
       "QUOTAS", "paragraph", case="upper"),
    _c("after_learned_of_in_crematorium_news", "Staff of the Montauban crematorium, which the "
       "town council handed to a private operator in 2021, learned of {F} from the local paper "
       "on Thursday."),
    _c("after_colon_in_lighthouse_notice", "Notice to mariners from the Brest maritime "
       "prefecture: {F} and the works on the Kéréon lighthouse will dim its light until 30 "
       "April."),
    _c("inside_bracket_aside_in_dental_ruling", "The ruling of the Bordeaux administrative "
       "court (which quoted {F} in its grounds) obliges the regional health agency to fund two "
       "dental buses in the Landes."),
    _c("before_question_in_glassworks_editorial", "How long will the 430 workers of the "
       "Arques glassworks, where the furnaces burn gas day and night, keep paying for {F}?"),
    _c("negative_an_nhl_a_usually", "An NHL scout sat through a usually quiet Sunday match at "
       "the Angers ice rink, only days after {F} made the headlines."),
    _c("negative_a_eulogy_an_heir", "A eulogy read by an heir of the Biot glassmaking family "
       "was followed by {F} at the funeral on Saturday."),
    _c("negative_an_11_year_old_a_unicyclist", "An 11-year-old tightrope walker and a "
       "unicyclist from Odessa shared the gold medal in Châlons, just ahead of {F}."),
)  # fmt: skip
HELD_OUT_53_SPACE = (
    _c("before_bang_in_hockey_record", "Forty-two goals in a single season for the captain of "
       "the Rapaces de Gap, a record in the Magnus league since 1998{F}!"),
    _c("before_question_inside_interview_quote", "“Would you let a robot fit your crown{F}?” "
       "the president of the order of dental surgeons of the Rhône asked the audience in Lyon."),
    _c("before_semicolon_after_union_initials", "The taxi drivers' union of the Alpes-Maritimes "
       "(SDTAM) called off the blockade of Nice airport on Friday{F}; the talks with the "
       "prefecture resume on Monday."),
    _c("before_colon_in_fare_label_line", "Taxi fares in Paris from 1 January{F}: 1.36 euros "
       "per km by day, 1.63 euros at night", "paragraph"),
    _c("before_colon_inside_quote", "“The rule under the big top is simple{F}: nobody climbs "
       "without a safety line,” says the director of the Châlons national circus school."),
    _c("before_comma_after_hospital_initials", "Treated at the Reims university hospital "
       "(CHU){F}, the glassblower burned by molten glass on Monday is out of danger."),
    _c("before_stop_after_percent", "According to the national union of French beekeepers, "
       "hive losses over the winter reached 31.5%{F}."),
    _c("negative_dot_net_space_kept", "The booking app of the G7 taxi company, rewritten in "
       ".NET over the summer, crashed twice on Friday evening{F}, leaving hundreds of "
       "customers stranded."),
    _c("negative_dot_apk_space_kept", "Drivers who installed the app from an .apk file sent by "
       "text message were told to delete it at once{F}; it was a fake."),
    _c("negative_wink_space_kept", "The club posted a short message to its fans on Sunday "
       "night, “see you on the ice on Tuesday ;-)”, before the coach was sacked{F}."),
)  # fmt: skip
HELD_OUT_53_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_53)
    for c in (
        _c("live_pipe_clock_pipe", "LIVE | 19:42 | {F} packed into the Pôle Sud rink in "
           "Grenoble are already on their feet as the warm-up ends.", "paragraph"),
        _c("en_direct_hyphen", "EN DIRECT - {F} from all over Brittany gathered at dawn at the "
           "foot of the Eckmühl lighthouse for the lighting of the restored lantern.",
           "paragraph"),
        _c("live_blog_title_pipe", "LIVE BLOG – Taxi strike, day 3 | {F} have blocked the "
           "Porte Maillot since six o'clock and say they will not move before the minister "
           "receives them.", "paragraph"),
        _c("heading_colon_same_line", "Dentistry: {F} in the Creuse are now so few that some "
           "patients wait eleven months for a check-up, according to the regional health "
           "agency (ARS).", "paragraph"),
        _c("label_colon_what_changes", "What changes on 1 January: {F} will have to display "
           "the full price of a burial, coffin included, on their websites.", "paragraph"),
        _c("label_colon_the_facts", "The facts: {F} of the Ardennes found 140 hives emptied "
           "overnight and filed a complaint with the gendarmerie of Rethel.", "paragraph"),
        _c("spelled_date_colon", "Thursday 8 January: {F} at Orly and Roissy refuse all "
           "fares to Paris for two hours in protest at the new medical transport rules.",
           "paragraph"),
        _c("spelled_date_year_dash", "Friday 16 January 2026 – {F} of the Arques glassworks "
           "vote on the buyout plan presented by the management in December.", "paragraph"),
        _c("spelled_date_line_then_text", "Sunday, 1 February\n{F} in Bourges held a minute's "
           "silence for the club's founder, who died on Thursday aged 91.", "paragraph"),
        _c("bilingual_slash_dash", "APICULTURE / BEEKEEPING – {F} in the Gers are asked to "
           "declare their hives before 31 December, the prefecture reminds.", "paragraph"),
        _c("bilingual_slash_colon", "Infos pratiques / Practical info: {F} coming from Saint-"
           "Malo should leave their cars at the Rance car park and take the shuttle.",
           "paragraph"),
        _c("outlet_dateline_en_dash", "BIOT (Nice-Matin) – {F} of the village, who have made "
           "bubbled glass since 1956, fear that the gas bill will put out their furnaces.",
           "paragraph"),
        _c("abbreviated_month_agency_dateline", "BACCARAT, Jan. 12 (AFP) – {F} at the crystal "
           "works held a two-hour stoppage over pay on Monday, the CGT said.", "paragraph"),
        _c("updated_paren_clock", "(Updated 18:25) {F} from the Finistère have been told that "
           "the Ar-Men lighthouse will not be manned again.", "paragraph"),
        _c("french_slash_numbered_item", "The three demands of the strikers\n1/ A freeze on "
           "new VTC licences in the Bouches-du-Rhône\n2/ {F} get a lane of their own at "
           "Marseille Saint-Charles station", "paragraph"),
        _c("en_dash_bullet_item", "The funeral sector in figures\n– 3,300 firms in France\n– "
           "{F} trained each year by the approved schools", "paragraph"),
        _c("decree_article_head", "Art. 4 – {F} may not perform a full-mouth rehabilitation "
           "without a written estimate signed by the patient.", "paragraph"),
        _c("after_exclamation_sentence_end", "What a comeback for the Brûleurs de Loups, "
           "three goals down after twenty minutes! {F} sang until the Zamboni came out."),
        _c("after_question_sentence_end", "Who will pay the 2.4 million euros needed to save the "
           "Vieille lighthouse off the Pointe du Raz? {F} state and the region agree on a "
           "share before the storms of next winter?", openers=OPENERS_53_ASK),
        _c("after_question_mid_paragraph", "Is there still a future for the small family "
           "funeral homes of the Cantal, now that the national chains buy them up one by one? "
           "{F} interviewed by La Montagne doubt it."),
        _c("after_closing_quote_stop", "The last keeper of the Créac'h lighthouse, now 84, "
           "summed it up for the cameras: “We were the guardians of the light.” {F} listening "
           "in the crowd at Ouessant applauded for a long time."),
        _c("after_closing_quote_bang", "At the funeral of the ringmaster in Pontoise, his "
           "granddaughter cried out the words he used to open every show: “Let the circus "
           "begin!” {F} in the front row stood up and clapped."),
        _c("after_parenthesised_sentence", "The Sars-Poteries glass museum reopened its "
           "workshop on Wednesday. (The furnace had been cold since the first lockdown.) {F} "
           "came from Belgium to watch the first pieces being blown."),
        _c("after_dept_sentence_end", "The crystal works were founded in 1764 with the leave "
           "of King Louis XV in what is now the Meurthe-et-Moselle dept. {F} still work with "
           "the tools of the eighteenth century."),
        _c("after_ellipsis_sentence_end", "The lantern turned one last time, then went dark "
           "for good… {F} on the quay at Le Conquet wept without shame."),
        _c("after_footnote_mark", "The number of hives in France fell by 12% between 2015 and "
           "2025.[2] {F} of the beekeepers who quit cite the Asian hornet as the main reason.",
           openers=OPENERS_53_CONJ),
        _c("after_bracketed_page_reference", "The inspection report describes “a serious "
           "breach of hygiene rules” in four of the clinic's six surgeries (p. 14). {F} had "
           "already been warned twice by the order in 2024.", openers=OPENERS_53_PRON),
        _c("prose_the_opener", "A ninety-year-old woman in Guéret waited nine months for a "
           "dentist last year. {F} has now promised a mobile surgery for the whole "
           "department.", openers=OPENERS_53_THE),
        _c("prose_preposition_opener", "The storm Ciarán tore the door off the Jument "
           "lighthouse in November. {F} tower, the sea reached the second floor.",
           openers=OPENERS_53_PREP),
        _c("prose_number_opener", "Two hundred and twelve students sat the entrance test of "
           "the Rosny-sous-Bois circus school in May. {F} of them were foreigners.",
           openers=OPENERS_53_NUM),
        _c("prose_adverb_opener", "The Dragons of Rouen trailed 0-2 after a nervous start at "
           "home on Saturday. {F}, they were leading 4-2.", openers=OPENERS_53_ADV),
        _c("negative_semicolon_small_letter", "The Fresnel lens of the Cordouan lighthouse "
           "weighs almost four tonnes; it floats on a bath of mercury and turns with a push of "
           "the hand. {F} polish it by hand every morning."),
        _c("negative_colon_runs_on", "The rule at the Gap ice rink has not changed in thirty "
           "years: no glass bottles in the stands and no horns after ten. {F} respect it "
           "without being told."),
        _c("negative_quoted_word_after_colon", "The taxi drivers massed outside the prefecture "
           "of Lyon chanted a single word for an hour: “dignity”. {F} then drove at walking "
           "pace around the Place Bellecour."),
        _c("negative_asked_after_quoted_question", "“Who will pay for the burials of the "
           "poor?” the mayor of Roubaix asked in a letter to the prefect on Monday. {F} have "
           "been waiting for an answer since the summer."),
        _c("negative_etc_mid_sentence", "Clowns, jugglers, acrobats, etc. will all be "
           "auditioned by the same jury of seven in Auch next week. {F} from twelve countries "
           "have applied."),
        _c("negative_incl_mid_sentence", "Fares rise by 3.1% on average, incl. the night "
           "surcharge and the fee for a fourth passenger, from 1 January. {F} say it will not "
           "cover the price of diesel."),
        _c("negative_aka_mid_sentence", "Jean Vasseur, a.k.a. the wizard of Biot, blew his "
           "last vase at 88 in front of the whole village. {F} from Murano sent a wreath to "
           "his funeral."),
        _c("negative_ellipsis_mid_sentence", "The puck hit the post, rolled along the line… "
           "and stayed out, to the dismay of the Amiens bench. {F} booed the referee all the "
           "way to the dressing rooms."),
        _c("negative_hard_wrapped_line", "The Châlons national circus school admits around "
           "twenty students a year out of\nnearly five hundred applicants from all over the "
           "world.\n{F} say the selection is the hardest in Europe.", "paragraph"),
        _c("negative_adidas_opens_sentence", "The Ducs d'Angers unveiled their new shirts at "
           "the town hall on Friday. adidas will supply the club until 2029 under a deal "
           "worth 1.2 million euros. {F} queued for hours to buy one."),
        _c("negative_app_after_label_colon", "Ride hailing: kabee, the app launched in Nantes "
           "by two former taxi drivers, now covers Rennes and Angers.\n{F} say it takes a "
           "smaller cut than the big platforms.", "paragraph"),
        _c("negative_web_address_opens_line", "Find an on-call dentist on Sundays and bank "
           "holidays\nmonchirurgiendentiste.fr lists the surgery open nearest to you.\n{F} "
           "without internet can call 15.", "paragraph"),
        _c("negative_email_opens_line", "Complaints about funeral quotes\n"
           "obseques.consommation@dgccrf.finances.gouv.fr answers within a month.\n{F} who "
           "overcharge face a fine of up to 15,000 euros.", "paragraph"),
        _c("negative_lot_code_opens_table_row", "Honey jars withdrawn from sale, by lot\n"
           "lot-4471 | Cévennes chestnut honey | best before 03/2028\n{F} who bought one are "
           "asked to take it back to the shop.", "paragraph"),
        _c("negative_km_opens_table_row", "Regulated taxi fares in the Gironde\nkm | day rate "
           "| night rate\nTariff | 1.22 euros | 1.83 euros\n{F} must display the grid inside "
           "the car.", "paragraph"),
        _c("negative_lead_in_items_own_lines", "Every beginner on the Bee Days course must "
           "bring:\n- a veil\n- gloves\n- a smoker\n{F} will provide the hives.", "paragraph"),
        _c("negative_lead_in_items_inline_hyphens", "The starter kit sold by the beekeepers' "
           "cooperative holds: - a hive tool, - a brush, - a queen cage. {F} say it sold out "
           "in two days."),
    )
)  # fmt: skip


# MM. with two surnames, as a translation leaves "MM. Macron et Borne": a title of batch 3 only
# Batch 54 (held out, set 3), written blind in session 57. Read for it: this module's top through
# `Context` and `_c`, `contexts`, `cells`, `_capital`, `_fragment`, `_title_case`, `snippet`,
# `plant` and `_place`, and batch 50's block (its form, and its wordings to keep apart);
# `translation_contexts`'s `_as_delivered`, `report` and `block`'s titles; the shared blind-batch
# tests. Not read: the stage, its rules, its data, its rounds, the contexts of batches 1 to 49 and
# 51 to 53. Never run through the stage nor any evaluation before it was committed. Themes no label
# names: opticians, ballet, tramways, salt marshes, notaries, skating rinks, pottery and
# pawnshops. The sentence kind is weighted toward the line starts named weakest and toward starts
# mid-paragraph as real translated news has them: live-blog bars (`LIVE |`, `EN DIRECT -`), a
# heading or an English label with a colon and the sentence on its line, spelled-out dates (with a
# colon on the line, and alone on a line), bilingual labels with a slash, a sentence after `?` or
# `!` inside a paragraph, after a closing quote and a stop or a question mark, after numbered
# items `2/` and `2)`, after an outlet's dateline with an en dash, after `etc.`, `Dept.` and `St.`
# ending a sentence, after a bracketed footnote mark, after a French clock `18h42 –`, after
# `Art. 3 –`. Negatives that must stay: the articles of `An heirloom`, `a used`, `A UV`, `an
# NGO`, `An 11-year-old` and `a euphonium` around the phrase; the spaces before `.45`, `.stl` and
# `.gouv.fr`; small letters in a web address and an e-mail address opening a line, in a lead-in's
# items inline (`: - gold, - watches`) and on lines of their own, in the brand `leboncoin`
# opening a sentence, in `iOS` after an `UPDATE |` bar, in the invented lower-case brand
# `lunetto` after an `OPTICS |` bar, in the units `km` and `mg` opening a table's row, after a
# semicolon, in the identifier `x86` opening a sentence and `id-4471` opening a line, in a quoted
# lower-case word, in a list that goes on after a colon, after `etc.` and `cf.` mid-sentence and
# after an elision mark `[…]` inside a quote.
OPENERS_54 = ("opticians", "ballet dancers", "tram drivers", "salt harvesters", "notaries",
              "figure skaters", "studio potters", "pawnbrokers")  # fmt: skip
# public bodies, singular
OPENERS_54_THE = ("the order of notaries", "the tram operator", "the ballet company",
                  "the salt cooperative")  # fmt: skip
# a preposition, a number written as a word, an adverb, a conjunction, a pronoun, a question
OPENERS_54_PREP = ("on the edge of the", "at the far end of the", "just inside the",
                   "right beside the")  # fmt: skip
OPENERS_54_NUM = ("forty-three", "fifty-seven", "sixty-nine", "eighty-one")
OPENERS_54_ADV = ("by the interval", "by ten o'clock", "before the curtain rose",
                  "by the second act")  # fmt: skip
OPENERS_54_CONJ = ("but only a fifth", "and nearly two-thirds", "yet fewer than a dozen",
                   "so roughly half")  # fmt: skip
OPENERS_54_PRON = ("several of them", "two of them", "most of us", "none of us")
OPENERS_54_ASK = ("will the", "could the", "should the", "must the")
HELD_OUT_54_PHRASE = (
    _c("after_telegramme_dateline_start", "VANNES (Le Télégramme) – {F} was the first item on "
       "the agenda of the Morbihan salt producers' meeting on Thursday.", "paragraph",
       start=True),
    _c("after_live_bar_start", "LIVE | {F} dominates the first hour of the tram strike in "
       "Bordeaux, where no line has run since 05:00.", "paragraph", start=True),
    _c("in_title_case_notary_headline", "Notaries Reject {F} Over Online Property Deeds",
       "paragraph", case="title"),
    _c("after_heard_of_in_ballet_news", "Dancers of the Ballet du Capitole in Toulouse heard "
       "of {F} from a union leaflet pinned up in the rehearsal room."),
    _c("after_colon_in_rink_notice", "Notice to skaters at the Bercy rink: {F} and the "
       "resurfacing works will close the ice on Sunday morning."),
    _c("inside_bracket_aside_in_pottery_news", "The Vallauris pottery biennial (which opened a "
       "week after {F} last June) drew some 40,000 visitors to the Alpes-Maritimes."),
    _c("in_list_after_question_in_pawnshop_story", "What did the pawnbrokers of the Crédit "
       "Municipal discuss in Lyon? Gold prices, {F} and the new rules on luxury watches."),
    _c("after_question_mid_paragraph_start", "Why did the Rouen opera orchestra cancel its "
       "tour of Quebec? {F} was the reason its director gave on Monday.", start=True),
    _c("negative_an_heirloom_a_used", "An heirloom ring and a used Leica camera were pawned at "
       "the Crédit Municipal of Lyon on the same morning as {F}."),
    _c("negative_a_uv_an_ngo", "A UV lamp for the Grenoble skating rink and an NGO report on "
       "the quality of its ice were discussed alongside {F}."),
    _c("negative_an_11_year_old_a_euphonium", "An 11-year-old pupil of the Paris Opera Ballet "
       "school and a euphonium player of the Garde républicaine shared the stage with {F}."),
)  # fmt: skip
HELD_OUT_54_SPACE = (
    _c("before_bang_in_ballet_review", "What a night for the ballet of the Opéra national de "
       "Bordeaux{F}!"),
    _c("before_question_in_tram_faq", "Can a monthly tram pass bought in Nice be used on the "
       "buses of Cagnes-sur-Mer{F}?"),
    _c("before_colon_in_salt_heading", "Salt marsh harvest{F}: Guérande's worst year since "
       "1987", "paragraph"),
    _c("before_semicolon_in_notary_ruling", "The Bordeaux chamber of notaries suspended the "
       "notary for six months{F}; his lawyer says he will appeal."),
    _c("before_comma_after_clock", "At 07:45{F}, the first tram of the day left the Bellevue "
       "depot in Saint-Étienne."),
    _c("before_question_inside_closing_quote", "“Who will buy a glazed teapot at 90 euros{F}?” "
       "asked a potter at the Dieulefit market."),
    _c("before_stop_after_percent", "Pawnshop loans in France rose by 11%{F}. Most were for "
       "less than 500 euros."),
    _c("negative_point_45_revolver_space_kept", "A .45 revolver was among the items the "
       "Marseille pawnshop refused{F}, its manager said."),
    _c("negative_dot_stl_files_space_kept", "The Limoges pottery school shares its moulds as "
       ".stl files{F}; students print them at home."),
    _c("negative_dot_gouv_fr_space_kept", "Notarial fees are listed on every site ending in "
       ".gouv.fr{F}, the chamber of notaries says."),
)  # fmt: skip
HELD_OUT_54_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_54)
    for c in (
        _c("live_pipe_bar_tram_strike", "LIVE | {F} on line T1 were told at 08:10 that no tram "
           "would run between Part-Dieu and Perrache before noon.", "paragraph"),
        _c("en_direct_hyphen_bar", "EN DIRECT - {F} gathered outside the Palais Garnier on "
           "Tuesday evening after the première of Giselle was called off an hour before the "
           "curtain.", "paragraph"),
        _c("english_label_colon_same_line", "Our view: {F} deserve better than a fare rise voted "
           "in August, when nobody on the Montpellier tram network is watching.", "paragraph"),
        _c("heading_colon_same_line", "Salt harvest 2026: {F} on the Guérande peninsula expect "
           "barely 8,000 tonnes after the wettest July since 1959.", "paragraph"),
        _c("spelled_date_colon_same_line", "Tuesday 3 March: {F} in Brest walk out for the "
           "second time this winter over pay for night shifts.", "paragraph"),
        _c("spelled_date_line_then_text", "Friday 13 November 2026\n{F} at the Nancy ice rink "
           "were sent home when the cooling system failed an hour into the session.",
           "paragraph"),
        _c("after_question_mid_paragraph", "Who will pay for the new kiln at the Vallauris "
           "pottery school? {F} in the town have been asking since the old one cracked in "
           "January, and the council has still not answered."),
        _c("after_exclamation_mid_paragraph", "The Christmas revue at the Moulin Rouge sold out "
           "for the whole of December! {F} queued in the rain on boulevard de Clichy for "
           "returns, some of them from seven in the morning."),
        _c("bilingual_slash_flash_label", "FLASH INFO / BREAKING NEWS – {F} in Marseille have "
           "been ordered to keep a register of every gold item they accept.", "paragraph"),
        _c("bilingual_slash_label_colon", "Patinoire / Ice rink: {F} may use the Meriadeck "
           "rink in Bordeaux free of charge on Wednesday mornings until March.", "paragraph"),
        _c("after_closing_quote_stop", "The ruling of the regional chamber of notaries ended "
           "with one line: “The sale stands.” {F} in the Lot-et-Garonne had hoped for the "
           "opposite after three years of proceedings."),
        _c("after_closing_quote_question", "The conductor turned to the hall and asked: “Shall "
           "we start again?” {F} in the stalls applauded for a full minute before the Ravel "
           "resumed."),
        _c("numbered_item_slash", "Three things to know about the fare rise\n1/ The monthly "
           "pass goes up by 4 euros\n2/ {F} under 26 keep the old price until September",
           "paragraph"),
        _c("numbered_item_paren", "What the decree changes\n1) Every sale must be registered "
           "online\n2) {F} lose the right to hold a client's deposit for more than ten days",
           "paragraph"),
        _c("outlet_dateline_en_dash", "GUÉRANDE (Ouest-France) – {F} on the salt marshes "
           "between Batz-sur-Mer and Le Croisic have lost a third of the harvest to the August "
           "storms.", "paragraph"),
        _c("after_etc_sentence_end", "The shop on rue Sainte-Catherine sells frames, lenses, "
           "cases, cords, etc. {F} come from as far as Arcachon to have their glasses "
           "repaired there."),
        _c("after_dept_sentence_end", "The complaints were passed on to the Consumer Protection "
           "Dept. {F} who bought varifocal lenses from the site may be refunded."),
        _c("after_bracketed_footnote_mark", "The Paris Opera Ballet gave 182 performances last "
           "season.[3] {F} danced in more than half of them, according to the company's annual "
           "report."),
        _c("after_st_sentence_end", "The pottery fair is held every Whit Monday on the square "
           "in front of the church of St. Peter. {F} from the whole of Burgundy set out their "
           "stalls by six."),
        _c("after_three_stop_ellipsis_sentence_end", "The pawnbroker weighed the rings twice, "
           "then a third time... {F} who had come with family gold left with less than they "
           "expected."),
        _c("french_clock_h_dash", "18h42 – {F} at the Grenoble ice rink were asked to leave the "
           "stands after a crack appeared in the ice near the home bench.", "paragraph"),
        _c("breadcrumb_line_then_text", "Accueil > Culture > Danse\n{F} at the Opéra de Nice "
           "will strike on the opening night of The Nutcracker.", "paragraph"),
        _c("hyphen_bullet_item", "Practical information\n- The rink opens at 10:00 every day of "
           "the holidays\n- {F} under 12 must wear a helmet on the ice", "paragraph"),
        _c("article_abbreviation_head", "Art. 3 – {F} must display the rate of interest on "
           "every loan in the window of the shop.", "paragraph"),
        _c("tag_the_opener_after_question", "Why do so few people in Angers take the tram? {F} "
           "has paid a Paris consultancy 80,000 euros to find out.", openers=OPENERS_54_THE),
        _c("dateline_preposition_opener", "ÎLE DE RÉ – {F} marshes at Loix, the last barrows of "
           "salt were still being pushed in by hand on Saturday.", "paragraph",
           openers=OPENERS_54_PREP),
        _c("prose_number_opener", "The pawnshop in Lille took in 140 watches in October. {F} of "
           "them have not been collected.", openers=OPENERS_54_NUM),
        _c("prose_adverb_opener", "The Nutcracker opened at the Opéra de Nice on Friday with a "
           "young cast. {F}, three dancers had been replaced by understudies.",
           openers=OPENERS_54_ADV),
        _c("prose_conjunction_opener", "The Limoges porcelain fair drew 31,000 visitors over the "
           "weekend. {F} of them bought a piece to take home.", openers=OPENERS_54_CONJ),
        _c("prose_pronoun_opener", "Seven of us applied to the school of notaries in Aix. {F} "
           "got a place.", openers=OPENERS_54_PRON),
        _c("prose_question_opener", "The tram to Nice airport was promised for 2027. {F} "
           "metropolis really keep that promise?", openers=OPENERS_54_ASK),
        _c("negative_web_address_opens_line", "How to find a notary\nnotaires.fr lists every "
           "office in France by town.\n{F} in rural areas can also ask at the town hall.",
           "paragraph"),
        _c("negative_email_opens_line", "Lost property on the tram\n"
           "objets.trouves@tam-voyages.com answers within two working days.\n{F} who lose "
           "their glasses on board should write there first.", "paragraph"),
        _c("negative_lead_in_items_inline", "The Crédit Municipal of Nantes accepts: - gold "
           "jewellery, - watches, - silver cutlery. {F} may not pledge cars or furniture."),
        _c("negative_lead_in_items_on_lines", "To skate at the Meudon rink you need:\n- a "
           "helmet for under-12s\n- gloves\n{F} without gloves will be turned away.",
           "paragraph"),
        _c("negative_leboncoin_opens_sentence", "The pawnshops of Marseille have a new rival. "
           "leboncoin listings for gold chains have doubled since the summer. {F} say prices "
           "are falling."),
        _c("negative_ios_after_update_bar", "UPDATE | iOS and Android users in Lyon can now "
           "validate a tram ticket with their phones.\n{F} without a phone still need a card.",
           "paragraph"),
        _c("negative_lunetto_after_optics_bar", "OPTICS | lunetto, the Lille start-up that "
           "sells glasses online, opens its first shop on Saturday.\n{F} nearby fear for "
           "their trade.", "paragraph"),
        _c("negative_km_opens_table_row", "The Montpellier tram in figures\nkm of track | "
           "66\nDaily passengers | 290,000\n{F} on line 5 will ride from 2027.",
           "paragraph"),
        _c("negative_mg_opens_table_row", "Guérande grey salt, per 100 g\nmg of magnesium | "
           "350\nmg of potassium | 120\n{F} sell it unrefined, as it comes off the pans.",
           "paragraph"),
        _c("negative_semicolon_small_letter", "The Opéra de Lyon cancelled Tuesday's show; the "
           "dancers' strike notice runs until Friday. {F} were told to stay at home."),
        _c("negative_x86_opens_sentence", "The ticket machines of the Brest tram still run on "
           "old software. x86 terminals bought in 2009 will be replaced by March. {F} welcome "
           "the change."),
        _c("negative_identifier_opens_line", "Lots for the sale of 9 December\nid-4471: gold "
           "signet ring, estimate 300 euros\n{F} may view the lots from 10:00.", "paragraph"),
        _c("negative_quoted_small_word", "The word on every poster in the marshes is "
           "“paludier”, the salt worker's old name. {F} in Guérande still use it."),
        _c("negative_list_runs_on_after_colon", "A notary's fees cover three things: the deed, "
           "the land registry and the transfer tax. {F} rarely explain the split."),
        _c("negative_etc_mid_sentence", "Glazes, brushes, clay, etc. are all shared in the "
           "cooperative workshop at Dieulefit. {F} pay 30 euros a month to use it."),
        _c("negative_cf_mid_sentence", "A notary may refuse to draw up the deed, cf. article 3 "
           "of the 1945 ordinance, if the seller cannot be identified. {F} say it rarely "
           "happens."),
        _c("negative_elision_mark_in_quote", "“The audience in Tokyo was magnificent […] and we "
           "will be back next year,” the ballet's director said. {F} flew home on Sunday."),
    )
)  # fmt: skip


# Batch 55 (held out, set 3), written blind in session 58. Read for it: this module's top through
# `Context` and `_c`, `NOT_FOR_QUOTES`, `contexts`, `cells`, `_capital`, `_fragment`, `_title_case`,
# `snippet`, `plant` and `_place`, batch 50's block (its form), the comment heading batch 51's
# block, the comments heading batches 1-50 (only to keep to themes none of them named);
# `translation_contexts`'s `_as_delivered`, `report` and `block`'s titles; the shared blind-batch
# tests, batch 54's test module and commit message. Not read: the stage, its rules, its data, its
# rounds, the contexts of batches 1 to 49 and 51 to 54. Never run through the stage nor any
# evaluation before it was committed. Themes no label names: chocolate makers, carpentry, radio
# amateurs, bridges and tunnels, hairdressers, public baths, watchmakers and bell foundries. The
# sentence kind is weighted toward the line starts named weakest, written as machine-translated
# French news has them (long sentences, quotes, figures, places, French bodies): `LIVE |` and `EN
# DIRECT -` bars, a heading or an English label with a colon and the sentence on its line, a
# spelled-out date with a colon on the line and alone on a line, a bilingual slash label, after
# `?` and `!` inside a paragraph, after a closing quote (stop inside, stop outside, `?` inside),
# after `1/ ... 2/` inline and on lines, after `2)` items, after an outlet's dateline and en dash,
# after `etc.`, `Dept.` and `& Co.` ending a sentence, after a footnote mark `.[2]` and a bracketed
# reference `(see box, p. 3).`, after a photo credit line, after a `READ ALSO:` line, after three
# dots, after a dialogue dash, after an acronym and a percent ending a sentence. Negatives that must
# stay: the articles of `An hourly`, `a useful`, `An SOS`, `a UHF`, `An 18th-century`, `a euro`;
# the spaces before `.wav`, `.ics` and a smiley's `:-)`; small letters in a web address and an
# e-mail address opening a line, a lead-in's items inline and on lines, `easyJet` opening a
# sentence, an invented app `coiffly` after a `BEAUTY |` bar, `m` and `kHz` opening table rows,
# after a semicolon, a version `v2.3` opening a sentence, `ref-2217` opening a line, a quoted small
# word, a list running on after a colon, `etc.`, `et al.` and `incl.` mid-sentence, `(...)` inside
# a quote.
OPENERS_55 = ("chocolatiers", "apprentice carpenters", "radio amateurs", "bridge inspectors",
              "hairdressers", "pool attendants", "watchmakers", "bell-ringers")  # fmt: skip
# public bodies, singular
OPENERS_55_THE = ("the departmental council", "the diocese", "the town hall",
                  "the chamber of trades")  # fmt: skip
# a share of a group, the noun in the template
OPENERS_55_DET = ("most of the", "some of the", "half of the", "a lot of the")
# a pronoun or a person named by role, before a verb of saying
OPENERS_55_PRON = ("he", "she", "her deputy", "his deputy")
# an adverb of time before a comma
OPENERS_55_ADV = ("since then", "ever since", "for now", "in the meantime")
# a number written as words
OPENERS_55_NUM = ("thirty-one", "forty-six", "sixty-two", "ninety-eight")
# nobody
OPENERS_55_NEG = ("no one", "nobody", "not one sailor", "none of the crew")
# whose view it is, the body in the template
OPENERS_55_ACC = ("according to the", "for the", "in the eyes of the", "in the view of the")
HELD_OUT_55_PHRASE = (
    _c("after_arcinfo_dateline_start", "LE LOCLE (Arcinfo) – {F} dominated the opening day of "
       "the watchmaking fair on Tuesday.", "paragraph", start=True),
    _c("after_live_bar_start", "LIVE | {F} tops the agenda of the Mont-Blanc tunnel safety "
       "committee this morning.", "paragraph", start=True),
    _c("in_title_case_chocolate_headline", "Chocolatiers Brace for {F} as Cocoa Prices Soar",
       "paragraph", case="title"),
    _c("after_spelled_date_colon_start", "Wednesday 4 March: {F} dominated the board meeting of "
       "the Villedieu-les-Poêles bell foundry.", "paragraph", start=True),
    _c("inside_bracket_aside_in_inspection", "The inspection report on the Pont Wilson in Tours "
       "(which mentioned {F} twice) was sent to the prefect on Friday."),
    _c("after_colon_in_baths_notice", "Notice to bathers at the Bains de la Paix: {F} and the "
       "boiler repairs will shut the pool on Monday."),
    _c("between_semicolons_in_congress_agenda", "On the agenda of the hairdressers' federation "
       "congress in Tours: apprenticeship fees; {F}; the VAT rate on haircuts."),
    _c("after_question_mid_paragraph_start", "Who will pay to repair the carillon of Douai? {F} "
       "was the only item on the parish council's agenda.", start=True),
    _c("negative_an_hourly_a_useful", "An hourly shuttle through the Fréjus tunnel would be a "
       "useful answer to {F}, the mayor of Modane said."),
    _c("negative_an_sos_a_uhf", "An SOS picked up on a UHF handset by a radio amateur in Brest "
       "was discussed alongside {F} at the maritime prefecture."),
    _c("negative_an_18th_century_a_euro", "An 18th-century bell and a euro coin struck for the "
       "occasion went under the hammer in Douai, together with {F}."),
)  # fmt: skip
HELD_OUT_55_SPACE = (
    _c("before_bang_in_bells", "After eighty years of silence, the bells of Saint-Omer ring "
       "again{F}!"),
    _c("before_question_in_salon_faq", "Can a hairdresser refuse to cut the hair of a child "
       "under three{F}?"),
    _c("before_colon_in_traffic_label", "Fréjus tunnel, traffic{F}: alternate lanes until "
       "20:00", "paragraph"),
    _c("before_semicolon_in_baths_prose", "The Vichy baths will close for repairs on 1 "
       "February{F}; the thermal spa next door stays open."),
    _c("before_comma_after_closing_quote", "The chocolatiers of Bayonne call it “the Easter "
       "rush”{F}, and it starts in January."),
    _c("before_question_inside_closing_quote", "“Who will maintain the bridge once the tolls "
       "end{F}?” asked a councillor in Tancarville."),
    _c("before_stop_after_unit", "The radio club's new antenna on the Mont Aigoual reaches "
       "140 km{F}."),
    _c("negative_dot_wav_space_kept", "Members can download each recording as a .wav file "
       "from the club's website{F}; the older ones are still on tape."),
    _c("negative_dot_ics_space_kept", "The baths publish their timetable as the .ics file "
       "on their website{F}, so swimmers can add it to their phones."),
    _c("negative_smiley_space_kept", "The coach ended her post with a smiley, “See you Sunday "
       ":-)”{F}, and forty swimmers turned up at the Nautilus pool."),
)  # fmt: skip
HELD_OUT_55_SENTENCE = tuple(
    c if c.openers else replace(c, openers=OPENERS_55)
    for c in (
        _c("live_pipe_bar", "LIVE | {F} gathered under the Tancarville bridge as the first "
           "lorries crossed the new deck at 06:00, three months behind the schedule set by "
           "the Seine-Maritime department.", "paragraph"),
        _c("en_direct_hyphen_bar", "EN DIRECT - {F} from across Haute-Savoie have joined the "
           "strike called by the CGT at the Mont-Blanc tunnel, where traffic is down to one "
           "lane.", "paragraph"),
        _c("heading_colon_same_line", "Reopening of the Bains du Nord: {F} will find a new "
           "sauna, a warmer pool and prices up by one euro, the city of Lille announced.",
           "paragraph"),
        _c("english_label_colon_same_line", "Background: {F} in the Vallée de Joux have been "
           "asking the canton of Vaud for a second apprenticeship centre since 2019.",
           "paragraph"),
        _c("spelled_date_colon_same_line", "Tuesday 3 March: {F} in Bayonne open their "
           "workshops to the public for the chocolate festival, which runs until Sunday.",
           "paragraph"),
        _c("spelled_date_alone_on_line", "Thursday 12 November 2026\n{F} at the "
           "Villedieu-les-Poêles foundry cast the last of the eight bells ordered for the "
           "cathedral of Nantes.", "paragraph"),
        _c("bilingual_slash_label_en_dash", "TRAVAUX / ROADWORKS – {F} crossing the Pont de "
           "Normandie will find one lane closed in each direction until 18 December.",
           "paragraph"),
        _c("after_question_mid_paragraph", "Why has the Pont Wilson in Tours been closed to "
           "lorries since March, as shopkeepers on both banks keep asking? {F} from the city's "
           "technical services say the cables are badly corroded."),
        _c("after_exclamation_mid_paragraph", "The season opened with a bang at the Deauville "
           "baths, where 1,800 people paid the new 6.50-euro entry fee on the first day alone! "
           "{F} who had feared a boycott were pleasantly surprised, the manager told "
           "Ouest-France."),
        _c("after_closing_quote_stop_inside", "“The price of cocoa has tripled in two years, "
           "and we cannot pass all of it on to our customers.” {F} in Lyon say Easter eggs "
           "will cost 15% more this spring."),
        _c("after_closing_quote_stop_outside", "The president of the Haute-Loire chamber of "
           "trades called the closure of the carpentry school “a disaster for the whole "
           "valley”. {F} have until June to find another place to train."),
        _c("after_closing_quote_question", "At the general assembly of the radio club of "
           "Rennes, one member asked: “Who will pay for the new antenna?” {F} then voted to "
           "double the annual subscription to 40 euros."),
        _c("numbered_slash_items_on_lines", "What the ruling changes\n1/ The tolls on the "
           "Millau viaduct stay frozen until 2028\n2/ {F} must be consulted before any new "
           "works on the deck", "paragraph"),
        _c("numbered_slash_items_inline", "1/ The Fréjus tunnel reopened to lorries on Monday "
           "after a rockfall closed it for three weeks. 2/ {F} warn that the queues at Modane "
           "will last into the weekend."),
        _c("numbered_paren_items_on_lines", "The three demands of the federation\n1) A lower "
           "VAT rate on haircuts\n2) {F} paid at least 10% above the minimum wage\n3) An end "
           "to home visits without a licence", "paragraph"),
        _c("outlet_dateline_en_dash", "ANNECY (Le Dauphiné Libéré) – {F} from the whole Annecy "
           "basin climbed the cathedral tower on Saturday to hear the restored bells ring for "
           "the first time since 1944.", "paragraph"),
        _c("after_etc_sentence_end", "The salon in the old town of Colmar offers cuts, colours, "
           "perms, beard trims, etc. {F} from the neighbouring villages book weeks ahead."),
        _c("after_dept_sentence_end", "The cracks were first reported in 2021 to the city's "
           "Bridges and Tunnels Dept. {F} inspected the arch twice before closing it to "
           "traffic."),
        _c("after_and_co_sentence_end", "The family firm was founded in Geneva in 1826 as "
           "Favarger & Co. {F} still wrap the pralines by hand in the Versoix workshop."),
        _c("after_footnote_mark", "The Saint-Gervais baths drew 120,000 visitors in 1912, more "
           "than any other spa in the Alps.[2] {F} queued for the hot springs from dawn."),
        _c("after_bracketed_reference", "The suspension bridge cost 4.2 million francs when it "
           "opened in 1934 (see box, p. 3). {F} paid a toll to cross it until 1971."),
        _c("after_photo_credit_line", "Photo: Jean-Marc Loos / Le Progrès\n{F} at the Morteau "
           "workshop spend up to 300 hours on a single movement.", "paragraph"),
        _c("after_read_also_line", "READ ALSO: The last carpenters of the Gothic cathedrals\n"
           "{F} at the Compagnons du Devoir's house in Lyon start each day at 06:30.",
           "paragraph"),
        _c("after_three_dots", "The bells of Saint-Pierre fell silent for six months... {F} in "
           "the old quarter say they missed them more than they expected."),
        _c("after_dialogue_dash_reply", "– Why did you open a salon in a village of 900 "
           "people?\n– {F} people here drove 40 km for a haircut, so I knew there was a "
           "market.", "paragraph", openers=OPENERS_55_DET),
        _c("after_acronym_sentence_end", "The carillon of Saint-Éloi was restored with a grant "
           "of 60,000 euros from the DRAC. {F} paid the remaining 40,000 euros.",
           openers=OPENERS_55_THE),
        _c("after_percent_sentence_end", "Applications to the carpentry apprenticeship in "
           "Bordeaux rose by 14%. {F} young people started the course in September, a record "
           "for the school.", openers=OPENERS_55_NUM),
        _c("after_quote_said_pronoun", "“We will keep the baths open for as long as the boiler "
           "holds,” the mayor of Vichy said on Monday. {F} added that a new boiler would cost "
           "2 million euros.", openers=OPENERS_55_PRON),
        _c("prose_adverb_comma", "The Île de Ré bridge was closed to cyclists after a storm in "
           "January. {F}, they have been carried across in a minibus run by the department.",
           openers=OPENERS_55_ADV),
        _c("prose_nobody", "A Swiss radio amateur picked up a distress call from a yacht off "
           "Corsica on Sunday and alerted the CROSS Med at La Garde. {F} was hurt, the "
           "maritime prefecture said.", openers=OPENERS_55_NEG),
        _c("prose_according_to", "The tunnel under the Grand-Saint-Bernard will stay shut "
           "until Friday. {F} operator, the ventilation system must be replaced first.",
           openers=OPENERS_55_ACC),
        _c("negative_web_address_opens_line", "Opening hours of the municipal baths\n"
           "piscines.ville-grenoble.fr lists every pool and its closing days.\n{F} without "
           "internet can ask at the town hall.", "paragraph"),
        _c("negative_email_opens_line", "Carillon concerts, summer 2026\n"
           "concerts@carillon-douai.fr takes bookings for the tower visits.\n{F} under 12 go "
           "up free.", "paragraph"),
        _c("negative_lead_in_items_inline", "Swimmers at the Bains de la Paix must bring: - a "
           "cap, - flip-flops, - a padlock for the lockers. {F} without a cap will be turned "
           "away."),
        _c("negative_lead_in_items_on_lines", "Candidates for the carpentry apprenticeship will "
           "need:\n- a copy of their last school report\n- a letter from a host firm\n{F} from "
           "outside the region must also show proof of housing.", "paragraph"),
        _c("negative_easyjet_opens_sentence", "The chocolate fair in Brussels expects a record "
           "crowd from France. easyJet flights from Lyon are already full for the weekend. {F} "
           "travelling by train should book now."),
        _c("negative_app_after_beauty_bar", "BEAUTY | coiffly, the booking app started in "
           "Nantes, now lists 3,000 salons.\n{F} pay 29 euros a month to appear on it.",
           "paragraph"),
        _c("negative_metre_opens_table_rows", "The Pont de Normandie in figures\nm of main "
           "span | 856\nm of pylon height | 215\n{F} check its cables every spring.",
           "paragraph"),
        _c("negative_khz_opens_table_row", "The club's new repeater\nkHz of channel spacing | "
           "12.5\nW of output power | 25\n{F} within 60 km can reach it.", "paragraph"),
        _c("negative_semicolon_small_letter", "The watchmaking school in Morteau is full this "
           "year; the waiting list runs to 2028. {F} from Switzerland take a third of the "
           "places."),
        _c("negative_version_opens_sentence", "The repeater on the Puy de Dôme went silent on "
           "Friday. v2.3 of its software had been installed the night before. {F} traced the "
           "fault within hours."),
        _c("negative_identifier_opens_line", "Lost property at the Vichy baths, week 45\n"
           "ref-2217: Silver bracelet, found in the changing rooms\n{F} who recognise it "
           "should call the front desk.", "paragraph"),
        _c("negative_quoted_small_word", "In the Bayonne workshops the copper pan is still "
           "called the “poêlon”, and nobody would dream of replacing it. {F} learn to use it "
           "in their first week."),
        _c("negative_list_runs_on_after_colon", "The foundry needs three things to cast a bell: "
           "bronze, a clay mould and a week of dry weather. {F} in Villedieu pray for sun."),
        _c("negative_etc_mid_sentence", "Scissors, combs, dryers etc. are all counted as tools "
           "of the trade by the tax office. {F} can deduct them."),
        _c("negative_et_al_mid_sentence", "A study by Lefèvre et al. found that the Vichy "
           "waters eased joint pain in older bathers. {F} were not convinced."),
        _c("negative_incl_mid_sentence", "A swim at the Bains Lucien-Rose costs 4.20 euros "
           "incl. entry to the sauna on weekdays. {F} pay half."),
        _c("negative_elision_in_quote", "“We melted down the old bell (...) and cast two new "
           "ones from its bronze,” the director of the foundry said. {F} came from three "
           "parishes to watch."),
    )
)  # fmt: skip


TITLE_MM = "title_mm"


def contexts(kind: str, held_out: int = 0) -> tuple[Context, ...]:
    """The contexts `kind` is planted in (`held_out`: 1 to 55 the first to fifty-fifth held-out
    batch; 0 the contexts the stage was fixed on)."""
    space, sentence, phrases = (
        (SPACE_CONTEXTS, SENTENCE_CONTEXTS, PHRASE_CONTEXTS),
        (HELD_OUT_SPACE, HELD_OUT_SENTENCE, HELD_OUT_PHRASE),
        (HELD_OUT_2_SPACE, HELD_OUT_2_SENTENCE, HELD_OUT_2_PHRASE),
        (HELD_OUT_3_SPACE, HELD_OUT_3_SENTENCE, HELD_OUT_3_PHRASE),
        (HELD_OUT_4_SPACE, HELD_OUT_4_SENTENCE, HELD_OUT_4_PHRASE),
        (HELD_OUT_5_SPACE, HELD_OUT_5_SENTENCE, HELD_OUT_5_PHRASE),
        (HELD_OUT_6_SPACE, HELD_OUT_6_SENTENCE, HELD_OUT_6_PHRASE),
        (HELD_OUT_7_SPACE, HELD_OUT_7_SENTENCE, HELD_OUT_7_PHRASE),
        (HELD_OUT_8_SPACE, HELD_OUT_8_SENTENCE, HELD_OUT_8_PHRASE),
        (HELD_OUT_9_SPACE, HELD_OUT_9_SENTENCE, HELD_OUT_9_PHRASE),
        (HELD_OUT_10_SPACE, HELD_OUT_10_SENTENCE, HELD_OUT_10_PHRASE),
        (HELD_OUT_11_SPACE, HELD_OUT_11_SENTENCE, HELD_OUT_11_PHRASE),
        (HELD_OUT_12_SPACE, HELD_OUT_12_SENTENCE, HELD_OUT_12_PHRASE),
        (HELD_OUT_13_SPACE, HELD_OUT_13_SENTENCE, HELD_OUT_13_PHRASE),
        (HELD_OUT_14_SPACE, HELD_OUT_14_SENTENCE, HELD_OUT_14_PHRASE),
        (HELD_OUT_15_SPACE, HELD_OUT_15_SENTENCE, HELD_OUT_15_PHRASE),
        (HELD_OUT_16_SPACE, HELD_OUT_16_SENTENCE, HELD_OUT_16_PHRASE),
        (HELD_OUT_17_SPACE, HELD_OUT_17_SENTENCE, HELD_OUT_17_PHRASE),
        (HELD_OUT_18_SPACE, HELD_OUT_18_SENTENCE, HELD_OUT_18_PHRASE),
        (HELD_OUT_19_SPACE, HELD_OUT_19_SENTENCE, HELD_OUT_19_PHRASE),
        (HELD_OUT_20_SPACE, HELD_OUT_20_SENTENCE, HELD_OUT_20_PHRASE),
        (HELD_OUT_21_SPACE, HELD_OUT_21_SENTENCE, HELD_OUT_21_PHRASE),
        (HELD_OUT_22_SPACE, HELD_OUT_22_SENTENCE, HELD_OUT_22_PHRASE),
        (HELD_OUT_23_SPACE, HELD_OUT_23_SENTENCE, HELD_OUT_23_PHRASE),
        (HELD_OUT_24_SPACE, HELD_OUT_24_SENTENCE, HELD_OUT_24_PHRASE),
        (HELD_OUT_25_SPACE, HELD_OUT_25_SENTENCE, HELD_OUT_25_PHRASE),
        (HELD_OUT_26_SPACE, HELD_OUT_26_SENTENCE, HELD_OUT_26_PHRASE),
        (HELD_OUT_27_SPACE, HELD_OUT_27_SENTENCE, HELD_OUT_27_PHRASE),
        (HELD_OUT_28_SPACE, HELD_OUT_28_SENTENCE, HELD_OUT_28_PHRASE),
        (HELD_OUT_29_SPACE, HELD_OUT_29_SENTENCE, HELD_OUT_29_PHRASE),
        (HELD_OUT_30_SPACE, HELD_OUT_30_SENTENCE, HELD_OUT_30_PHRASE),
        (HELD_OUT_31_SPACE, HELD_OUT_31_SENTENCE, HELD_OUT_31_PHRASE),
        (HELD_OUT_32_SPACE, HELD_OUT_32_SENTENCE, HELD_OUT_32_PHRASE),
        (HELD_OUT_33_SPACE, HELD_OUT_33_SENTENCE, HELD_OUT_33_PHRASE),
        (HELD_OUT_34_SPACE, HELD_OUT_34_SENTENCE, HELD_OUT_34_PHRASE),
        (HELD_OUT_35_SPACE, HELD_OUT_35_SENTENCE, HELD_OUT_35_PHRASE),
        (HELD_OUT_36_SPACE, HELD_OUT_36_SENTENCE, HELD_OUT_36_PHRASE),
        (HELD_OUT_37_SPACE, HELD_OUT_37_SENTENCE, HELD_OUT_37_PHRASE),
        (HELD_OUT_38_SPACE, HELD_OUT_38_SENTENCE, HELD_OUT_38_PHRASE),
        (HELD_OUT_39_SPACE, HELD_OUT_39_SENTENCE, HELD_OUT_39_PHRASE),
        (HELD_OUT_40_SPACE, HELD_OUT_40_SENTENCE, HELD_OUT_40_PHRASE),
        (HELD_OUT_41_SPACE, HELD_OUT_41_SENTENCE, HELD_OUT_41_PHRASE),
        (HELD_OUT_42_SPACE, HELD_OUT_42_SENTENCE, HELD_OUT_42_PHRASE),
        (HELD_OUT_43_SPACE, HELD_OUT_43_SENTENCE, HELD_OUT_43_PHRASE),
        (HELD_OUT_44_SPACE, HELD_OUT_44_SENTENCE, HELD_OUT_44_PHRASE),
        (HELD_OUT_45_SPACE, HELD_OUT_45_SENTENCE, HELD_OUT_45_PHRASE),
        (HELD_OUT_46_SPACE, HELD_OUT_46_SENTENCE, HELD_OUT_46_PHRASE),
        (HELD_OUT_47_SPACE, HELD_OUT_47_SENTENCE, HELD_OUT_47_PHRASE),
        (HELD_OUT_48_SPACE, HELD_OUT_48_SENTENCE, HELD_OUT_48_PHRASE),
        (HELD_OUT_49_SPACE, HELD_OUT_49_SENTENCE, HELD_OUT_49_PHRASE),
        (HELD_OUT_50_SPACE, HELD_OUT_50_SENTENCE, HELD_OUT_50_PHRASE),
        (HELD_OUT_51_SPACE, HELD_OUT_51_SENTENCE, HELD_OUT_51_PHRASE),
        (HELD_OUT_52_SPACE, HELD_OUT_52_SENTENCE, HELD_OUT_52_PHRASE),
        (HELD_OUT_53_SPACE, HELD_OUT_53_SENTENCE, HELD_OUT_53_PHRASE),
        (HELD_OUT_54_SPACE, HELD_OUT_54_SENTENCE, HELD_OUT_54_PHRASE),
        (HELD_OUT_55_SPACE, HELD_OUT_55_SENTENCE, HELD_OUT_55_PHRASE),
    )[int(held_out)]
    if kind == TITLE_MM and int(held_out) != 3:
        return ()
    if kind == "space_before_punct":
        return space
    if kind == "sentence_case":
        return sentence
    if kind in QUOTES:
        return tuple(c for c in phrases if c.name not in NOT_FOR_QUOTES)
    return phrases


def cells(held_out: int = 0) -> list[tuple[str, str]]:
    """Every `(kind, context name)` planted."""
    return [(kind, c.name) for kind in KINDS for c in contexts(kind, held_out)]


def _capital(text: str) -> str:
    """`text` with its first letter a capital, past quotes and spaces: '“ Real war ”'."""
    m = re.search(r"\w", text)  # "1.5 million" stays as it is
    return text if m is None else text[: m.start()] + m.group(0).upper() + text[m.end() :]


def _fragment(kind: str, context: Context, rng: random.Random, straight: bool) -> tuple[str, str]:
    """`(reference, injected)` of the artifact itself."""
    if kind == "article":
        right, word = rng.choice(ARTICLE_WORDS)
        wrong = "a" if right == "an" else "an"
        return f"{right} {word}", f"{wrong} {word}"
    if kind == "doubled_word":
        word, noun = rng.choice(DOUBLED)
        return f"{word} {noun}", f"{word} {word} {noun}"
    if kind == "gazetteer":
        row = rng.choice(data_file("gazetteer.yaml")["names"])
        return row["right"], row["wrong"]
    if kind == "title_m":
        name = rng.choice(SURNAMES)
        return f"Mr. {name}", f"M. {name}"
    if kind == TITLE_MM:
        first, second = rng.sample(SURNAMES, 2)
        return f"Messrs. {first} and {second}", f"MM. {first} and {second}"
    if kind == "title_mme":
        name = rng.choice(SURNAMES)
        return f"Mrs. {name}", rng.choice(("Mme ", "Mme ", "Mme. ")) + name
    if kind == "decimal_comma":
        number, unit = rng.choice(DECIMALS)
        return number + unit, number.replace(".", ",") + unit
    if kind == "thousands_space":
        number, unit = rng.choice(THOUSANDS)
        space = rng.choice((" ", " ", "\u00a0", "\u202f"))
        return number + unit, number.replace(",", space) + unit
    if kind in QUOTES:
        phrase = rng.choice(PHRASES_QUOTED)
        opening, closing = ('"', '"') if straight else ("“", "”")
        space = rng.choice((" ", " ", "\u00a0", "\u202f"))
        if kind == "guillemets":  # curly in the reference; `plant` makes them the document's
            space = rng.choice(("", space))
            return f"“{phrase}”", f"«{space}{phrase}{space}»"
        return f"{opening}{phrase}{closing}", f"{opening}{space}{phrase}{space}{closing}"
    if kind == "space_before_punct":
        return "", rng.choice((" ", " ", "\u00a0", "\u202f"))
    if kind == "sentence_case":
        words = rng.choice(context.openers or OPENERS)
        return _capital(words), words
    raise ValueError(f"unknown kind {kind!r}")


def _title_case(text: str) -> str:
    """Each word capitalised ("an incursion" -> "An Incursion"), as a headline writes it."""
    return re.sub(r"(?<![\w'’])([^\W\d_])", lambda m: m.group(1).upper(), text)


def snippet(
    kind: str, context: Context, rng: random.Random, straight: bool = False
) -> tuple[str, str]:
    """`(clean, planted)`: the snippet of `context` holding one artifact of `kind`. `straight`:
    the host writes straight quotes, which a repair of « » keeps."""
    ref, inj = _fragment(kind, context, rng, straight)
    if kind == "sentence_case" and context.case == "doubled":
        ref, inj = "The talks", "the the talks"  # two artifacts side by side
    if context.start and kind in PHRASES:
        ref, inj = _capital(ref), _capital(inj)
    if context.case == "title":
        ref, inj = _title_case(ref), _title_case(inj)
    clean = context.template.replace("{A}", ",").replace("{F}", ref)
    planted = context.template.replace("{A}", " ,")
    if context.space != " ":
        # the spaces either side of the artifact, and inside it
        planted = re.sub(r" ?\{F\} ?", lambda m: m.group(0).replace(" ", context.space), planted)
        inj = inj.replace(" ", context.space)
    planted = planted.replace("{F}", inj)
    if context.case == "upper":
        clean, planted = clean.upper(), planted.upper()
    return clean, planted


# insertion points in a host: before a sentence (after ". " that follows a word of two or more
# small letters), and at a paragraph's start
_SENTENCE = re.compile(r"(?<=[a-z]{2}\. )(?=[A-Z][a-z])")
_PARAGRAPH = re.compile(r"(?:^|(?<=\n))(?=[^\W\d_])")
GAP = 40


@dataclass(frozen=True)
class Planting:
    """A host with snippets planted, and which context each artifact is in."""

    injection: Injection
    contexts: tuple[str, ...]  # the context of each artifact, in order


def plant(text: str, chosen: Sequence[tuple[str, str]], seed: int, held_out: int = 0) -> Planting:
    """Plant one snippet per `(kind, context name)` of `chosen` in the clean `text` (a cell
    without a free place in the host is skipped; one `end` snippet at most)."""
    rng = random.Random(seed)
    text = text.rstrip()
    by_name = {kind: {c.name: c for c in contexts(kind, held_out)} for kind in KINDS}
    straight = '"' in text and "“" not in text
    points = {
        "sentence": [m.start() for m in _SENTENCE.finditer(text)],
        "paragraph": [m.start() for m in _PARAGRAPH.finditer(text)],
        "end": [len(text)],
    }
    taken: list[int] = []
    inserts: list[tuple[int, str, str, str, str]] = []  # (at, kind, context, clean, planted)
    for kind, name in chosen:
        context = by_name[kind][name]
        free = [p for p in points[context.place] if all(abs(p - t) >= GAP for t in taken)]
        if context.place == "end" and len(text) in taken:
            free = []
        if not free:
            continue
        at = rng.choice(free)
        taken.append(at)
        clean, planted = snippet(kind, context, rng, straight)
        inserts.append((at, kind, name, clean, planted))
    inserts.sort(key=lambda row: row[0])
    # « » become the document's own quotes: straight ones when it writes `"` and never `“`
    every = text + "".join(row[4] for row in inserts)
    if '"' in every and "“" not in every:
        inserts = [
            (at, kind, name, clean.replace("“", '"').replace("”", '"'), planted)
            if kind == "guillemets"
            else (at, kind, name, clean, planted)
            for at, kind, name, clean, planted in inserts
        ]
    reference: list[str] = []
    injected: list[str] = []
    artifacts = []
    names = []
    cursor = ref_len = inj_len = 0
    for at, kind, name, clean, planted in inserts:
        between = text[cursor:at]
        reference.append(between)
        injected.append(between)
        ref_len += len(between)
        inj_len += len(between)
        before, after = {"sentence": ("", " "), "paragraph": ("", "\n\n"), "end": ("\n\n", "")}[
            _place(by_name[kind][name])
        ]
        ref_len += len(before)
        inj_len += len(before)
        artifacts.append(Artifact(kind, ref_len, clean, inj_len, planted))
        names.append(name)
        reference.append(before + clean + after)
        injected.append(before + planted + after)
        ref_len += len(clean) + len(after)
        inj_len += len(planted) + len(after)
        cursor = at
    reference.append(text[cursor:])
    injected.append(text[cursor:])
    return Planting(
        Injection("".join(reference), "".join(injected), tuple(artifacts)), tuple(names)
    )


def _place(context: Context) -> str:
    return context.place
