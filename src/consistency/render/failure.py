"""Reports of a run its configuration stopped (a broken fact sheet or baseline).

The run checks nothing, but the JSON and SARIF files it was asked for are still written, saying
why: CI steps that read them (an upload of SARIF to code scanning) then show the problem on the
fact sheet's line instead of failing on a missing file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from consistency.render.jsonreport import failure_report
from consistency.render.sarif import sarif_failure

_WHERE = re.compile(r"^(?P<file>[^:\n]+?)(?::(?P<line>\d+))?: ")


def where(message: str) -> tuple[str, int]:
    """The file and line an error message starts with ("rules/story.yaml:12: ...")."""
    m = _WHERE.match(message)
    if m is None:
        return "", 0
    return m.group("file"), int(m.group("line") or 0)


def write_failure_reports(json_path: Path | None, sarif_path: Path | None, message: str) -> None:
    """Write the reports asked for; a report that can't be written is left (the run already
    fails, and says why)."""
    file, line = where(message)
    documents = [
        (json_path, failure_report(message)),
        (sarif_path, sarif_failure(file, line, message)),
    ]
    for path, document in documents:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        except OSError:
            continue
