"""langdetect's profiles as one compact table the project builds (data/language_profiles.npz).

Reading langdetect's 55 JSON profiles (2.3 MB) into the profile table cost 0.1 CPU s that every
process of a run (each worker too) paid before its first document. The table they give
(`ProfileTable`: n-grams, languages, probabilities) is stored once as numpy arrays in a zip of
`.npy` members (no pickle: `allow_pickle=False`) and read in a few milliseconds.

It is used only for the very profiles it was made from: the file holds the SHA-256 of the
profile files (names and bytes); with another langdetect's profiles it is not read and the JSON
is, as before. Languages are stored by name and numbered in the order this machine lists the
profile directory, as langdetect's `load_profile` numbers them, so answers match its own (an
n-gram's entries are sorted again where that order is not the one stored).
`make language-profiles` (`language_compact.write()`) writes the file again.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from typing import Any

import numpy as np

from curate import resources
from curate.stages.language_profiles import ProfileTable

FILE = resources.DATA_DIR / "language_profiles.npz"
_STAMP = (1980, 1, 1, 0, 0, 0)  # every member's date: the same bytes each time it is written


def profile_names(directory: str) -> tuple[list[str], int]:
    """The profiles' file names in the order langdetect's `load_profile` numbers them, and its
    `langsize` (every entry of the directory)."""
    entries = os.listdir(directory)
    names = [
        name
        for name in entries
        if not name.startswith(".") and os.path.isfile(os.path.join(directory, name))
    ]
    return names, len(entries)


def fingerprint(directory: str, names: list[str]) -> str:
    """SHA-256 of the profile files, by name, names included."""
    digest = hashlib.sha256()
    for name in sorted(names):
        with open(os.path.join(directory, name), "rb") as handle:
            digest.update(name.encode() + b"\0" + handle.read() + b"\0")
    return digest.hexdigest()


def load(directory: str) -> tuple[list[str], ProfileTable] | None:
    """The languages (numbered as langdetect would) and their table, or None when the stored
    file is missing or was made from other profiles."""
    names, langsize = profile_names(directory)
    try:
        stored = np.load(FILE, allow_pickle=False)
    except (OSError, ValueError):
        return None
    with stored:
        if str(stored["fingerprint"]) != fingerprint(directory, names):
            return None
        stored_names = stored["names"].tolist()
        if sorted(stored_names) != sorted(names):
            return None
        grams = bytes(stored["grams"]).decode("utf-8").split("\0")
        counts = stored["counts"]
        languages = np.asarray([names.index(name) for name in stored_names], dtype=np.int16)[
            stored["languages"]
        ]
        probabilities = stored["probabilities"]
    numbers = np.repeat(np.arange(len(grams), dtype=np.int32), counts)
    if stored_names != names:  # listed in another order here: an n-gram's languages sorted again
        order = np.lexsort((languages, numbers))  # as the profiles were added: in their order
        languages, probabilities = languages[order], probabilities[order]
    return names, ProfileTable.from_arrays(grams, numbers, languages, probabilities, langsize)


def arrays(names: list[str], table: ProfileTable) -> dict[str, np.ndarray]:
    """What `load` reads back, from a table built from the JSON profiles: `names` in its
    languages' order (an n-gram's entries are in that order)."""
    ids = table.known()  # built: one sorted part
    return {
        "names": np.asarray(names),
        "grams": np.frombuffer("\0".join(ids).encode("utf-8"), dtype=np.uint8),
        "counts": np.diff(np.asarray(table.starts)).astype(np.uint8),
        "languages": table.languages.astype(np.int8),
        "probabilities": table.probabilities,
    }


def write(directory: str | None = None) -> int:
    """The file made again from langdetect's JSON profiles; the number of n-grams in it."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from curate.stages.language_detector import SeededDetectorFactory

    directory = directory or PROFILES_DIRECTORY
    factory = SeededDetectorFactory()
    DetectorFactory.load_profile(factory, directory)  # langdetect's own reading of the JSON
    members: dict[str, Any] = arrays(factory.langlist, factory.word_lang_prob_map)
    members["fingerprint"] = np.asarray(fingerprint(directory, profile_names(directory)[0]))
    with zipfile.ZipFile(FILE, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            buffer = io.BytesIO()
            np.save(buffer, members[name], allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())
    return len(factory.word_lang_prob_map.known())
