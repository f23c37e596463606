"""An archive's pictures, sound and video: no text, skipped by kind.

Every export a newcomer brings zips its media beside its text: a Google Docs "Web page (.html,
zipped)" download holds `images/image1.png`, a Mastodon archive `media_attachments/`, a
Telegram or Discord export its photos and stickers. Each such member was quarantined as "a
member of a kind curate does not read (.png)", an error for every picture of a clean export. A
folder passes them over; a zip's are counted, skipped as `archive_member_media`.
"""

from __future__ import annotations

MEDIA = "archive_member_media"
MEDIA_SUFFIXES = frozenset(
    {
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".svg"),
        *(".ico", ".avif", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".aac"),
        *(".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".tgs", ".woff", ".woff2", ".ttf"),
    }
)


def media_kind(name: str) -> str | None:
    """`MEDIA` for an archive member that is a picture, a sound, a video or a font, else None."""
    dot = name.rfind(".")
    return MEDIA if dot > name.rfind("/") and name[dot:].lower() in MEDIA_SUFFIXES else None
