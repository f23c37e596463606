"""The published record layout: one Arrow schema for kept rows, one for removed rows.

`schemas/record.schema.json` and `schemas/removed.schema.json` describe the same rows as JSON
Schema; the export validates every row against them.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from curate.document import Document

EDIT = pa.struct(
    [
        ("stage", pa.string()),
        ("rule", pa.string()),
        ("field", pa.string()),
        ("start", pa.int64()),
        ("before", pa.string()),
        ("after", pa.string()),
        ("score", pa.float64()),
    ]
)
EVIDENCE = pa.struct([("signal", pa.string()), ("count", pa.int64())])
QUALITY = pa.struct(
    [
        ("words", pa.int64()),
        ("mean_word_length", pa.float64()),
        ("symbol_ratio", pa.float64()),
        ("alpha_words", pa.float64()),
        ("repeated_line_ratio", pa.float64()),
        ("bullet_lines", pa.float64()),
        ("flags", pa.list_(pa.string())),
    ]
)
KEPT = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("encoding", pa.string()),
        ("lang", pa.string()),
        ("lang_score", pa.float64()),
        ("mt_suspected", pa.bool_()),
        ("translated_from", pa.string()),
        ("mt_evidence", pa.list_(EVIDENCE)),
        ("dup_cluster", pa.string()),
        ("dup_count", pa.int64()),
        ("quality", QUALITY),
        ("tags", pa.list_(pa.string())),
        ("edits", pa.list_(EDIT)),
        # the `bylines` stage: moved out of the text into fields
        ("authors", pa.list_(pa.string())),
        ("dateline", pa.string()),
        ("published", pa.string()),
        ("credit", pa.string()),
        # the `stories` stage: versions of one story across languages and translations
        ("story_cluster", pa.string()),
        ("story_similarity", pa.float64()),
        ("crawled_at", pa.string()),  # a web archive record's WARC-Date (curate.io.warc)
    ]
)
REMOVED = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("rule", pa.string()),
        ("reason", pa.string()),
        ("duplicate_of", pa.string()),
        ("similarity", pa.float64()),
        ("similarity_estimate", pa.float64()),
        ("lang", pa.string()),
        ("edits", pa.list_(EDIT)),
    ]
)


def kept_row(doc: Document) -> dict[str, Any]:
    labels = doc.labels
    return {
        "id": doc.id,
        "title": doc.title,
        "text": doc.text,
        "source": doc.source,
        "encoding": labels.get("encoding"),
        "lang": labels.get("lang"),
        "lang_score": labels.get("lang_score"),
        "mt_suspected": labels.get("mt_suspected"),
        "translated_from": labels.get("translated_from"),
        "mt_evidence": labels.get("mt_evidence") or [],
        "dup_cluster": labels.get("dup_cluster"),
        "dup_count": labels.get("dup_count"),
        "quality": labels.get("quality"),
        "tags": labels.get("tags") or [],
        "edits": [edit.to_dict() for edit in doc.edits],
        "authors": labels.get("authors") or [],
        "dateline": labels.get("dateline"),
        "published": labels.get("published"),
        "credit": labels.get("credit"),
        "story_cluster": labels.get("story_cluster"),
        "story_similarity": labels.get("story_similarity"),
        "crawled_at": labels.get("crawled_at"),
    }


def removed_row(doc: Document) -> dict[str, Any]:
    removal = doc.removal
    assert removal is not None
    return {
        "id": doc.id,
        "title": doc.title,
        "text": doc.text,
        "source": doc.source,
        "stage": removal.stage,
        "rule": removal.rule,
        "reason": removal.reason,
        "duplicate_of": removal.duplicate_of,
        "similarity": removal.similarity,
        "similarity_estimate": removal.estimate,
        "lang": doc.labels.get("lang"),
        "edits": [edit.to_dict() for edit in doc.edits],
    }
