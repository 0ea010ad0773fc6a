"""Stable fingerprints of findings, shared by the SARIF report and the baseline file.

A fingerprint names what a finding says and where in the wording, never an offset or a line
number, so it survives edits elsewhere in the article: a paragraph added above the disputed
sentence changes every line number below it, but not the finding's fingerprint.
"""

from __future__ import annotations

import hashlib
import re

from consistency.model import Finding

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def fingerprint(finding: Finding) -> str:
    """A hex digest of the finding's kind, fact, article, disputed words and sentence; for a
    source finding also the other article and its words."""
    parts = [
        finding.kind,
        finding.fact or "",
        finding.where.article,
        _norm(finding.where.text),
        _norm(finding.where.sentence),
    ]
    if finding.other is not None:
        parts += [finding.other.article, _norm(finding.other.text)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
