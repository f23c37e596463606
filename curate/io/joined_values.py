"""A list of paragraphs that Scrapy's CSV feed export wrote as one cell, joined by commas.

`scrapy crawl news -o items.csv` writes a field holding a list (an article's paragraphs from
`response.css("p::text").getall()`) as its values joined by a comma, the exporter's
`join_multivalued=","`: "The council met on Monday.,It voted 7 to 2.,The plan starts in
May." Read as it stood, the text's paragraphs were one, glued at `.,` (session 52's newcomer
round). A comma with no space on either side, after a sentence's end that follows a small
letter, a digit or a closing quote (`Monday.,It`, `"Yes.",The`), and before a capital or an
opening quote, is such a join: the paragraphs are split there, a blank line between them.
Prose writes a space after its commas; an abbreviation's capitals (`Washington, D.C.,Virginia`,
`U.S.,China`) are no sentence's end, and a number's comma (`1,000`) follows a digit alone.
"""

from __future__ import annotations

import re

# `Monday.,It`, `year.",The`, `ready!”,“We`: a sentence's end glued to the next one's start
JOINED = re.compile(r"(?<=[a-z0-9][.!?])([\"\u201d\u2019]?),(?=[A-Z\"\u201c\u2018])")


def split_joined(text: str) -> str:
    """`text` with its values joined by Scrapy's CSV export on lines of their own (see the
    module); as it is when it holds no such join."""
    if "," not in text:
        return text
    return JOINED.sub(lambda found: f"{found.group(1)}\n\n", text)
