"""Other names JSON Lines files go by: Scrapy's `.jl` and the `jsonlines` library's `.jsonlines`.

`scrapy crawl news -o items.jl` is how a news scraper's output usually reaches disk, and the
`jsonlines` package's documents name files `.jsonlines`: a folder of them was passed over
("no readable input files ... (.jl 3)"). They are sniffed as `.json` files are (read when the
first record holds the text field), so a Julia source file (also `.jl`) is still passed over.
"""

from __future__ import annotations

JSON_LINES_NAMES = (".jl", ".jl.gz", ".jsonlines", ".jsonlines.gz")
