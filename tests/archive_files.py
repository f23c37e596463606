"""Archives built for the readers' tests: members given by name, as bytes or text."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path


def pack(given: Path, members: dict[str, bytes | str]) -> Path:
    """`given` written as a zip (by its suffix) or a gzipped tar holding `members`."""
    data = {
        name: body.encode() if isinstance(body, str) else body for name, body in members.items()
    }
    if given.name.endswith(".zip"):
        with zipfile.ZipFile(given, "w") as archive:
            for name, body in data.items():
                archive.writestr(name, body)
        return given
    with tarfile.open(given, "w:gz") as archive:
        for name, body in data.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))
    return given
