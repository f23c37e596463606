"""Files an operating system or an office suite leaves in a folder: no one's data.

Windows writes `Thumbs.db` (thumbnails) and `desktop.ini` (a folder's icon) into folders of
documents, and Word or Excel a `~$name.docx` lock file beside a file that is open; Windows
marks them hidden, as macOS's `.DS_Store` is by its dot. Copied to Linux or zipped, they are
not: a folder's `Thumbs.db` was named with advice to export "a database" to CSV, and in a
`.zip` of articles each was an `unsupported` quarantine record; a USB drive's `System Volume
Information` was walked for inputs. They are passed over as hidden files are.
"""

from __future__ import annotations

SYSTEM_NAMES = frozenset(
    {"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", "icon\r"}
    | {"$recycle.bin", "system volume information"}  # folders at a Windows drive's root
)
OFFICE_LOCK = "~$"  # Word, Excel, PowerPoint: `~$report.docx` while `report.docx` is open
# An NTFS stream copied out as a file of its own: files downloaded on Windows and copied into
# WSL or a Linux share come with `story.txt:Zone.Identifier` ("ZoneId=3", where it came from)
# beside each one; they were listed as a kind curate does not read, `.identifier`, one a file
STREAM_FILES = (":zone.identifier", ":smartscreen", ":$data")


def is_system_file(name: str) -> bool:
    """A file or folder name (no path) that the system or an office suite wrote."""
    lowered = name.lower()
    return lowered in SYSTEM_NAMES or name.startswith(OFFICE_LOCK) or lowered.endswith(STREAM_FILES)
