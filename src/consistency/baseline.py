"""The baseline: findings an editor has accepted for now, each with a reason, who accepted it and
an expiry date, in one YAML file (`consistency-baseline.yaml` at the project root by default).

`consistency baseline PATH...` writes it from the findings of a run; `consistency check --baseline
FILE` and `pytest --consistency-baseline FILE` (ini `consistency_baseline`) then fail only on
findings not in it, and on entries past their expiry date. Findings are matched by fingerprint
(`consistency.fingerprint`), which names the finding's words and sentence, not its line: an entry
still applies after a paragraph is added above the sentence, and no longer once the disputed
words change.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from consistency.errors import ConsistencyError, FactSheetError
from consistency.factsheet.yamlnodes import Map, Node, Scalar, Seq, compose, wrong_type
from consistency.fingerprint import fingerprint
from consistency.model import Finding, Location, Severity

DEFAULT_NAME = "consistency-baseline.yaml"
# A finding about the baseline itself; never baselined.
BASELINE = "baseline"
# Accepted findings come up for review again after this long unless `--expires` says otherwise.
DEFAULT_DAYS = 90

_FINGERPRINT = re.compile(r"[0-9a-f]{32}")
_REQUIRED = ("fingerprint", "article", "reason", "by", "expires")
_KEYS = ("fingerprint", "kind", "fact", "article", "text", "reason", "by", "expires")
_HINTS = {
    "article": "write the article's path, as reports show it",
    "reason": "write why the finding is accepted",
    "by": "write who accepted it",
}
_HEADER = """\
# Findings accepted for now: `consistency check --baseline` and `pytest --consistency-baseline`
# report them as baselined instead of failing, until their `expires` date. Written by
# `consistency baseline PATH... --reason TEXT`; edit `expires` to renew an entry, delete it to
# stop accepting the finding.
"""


def homed(article: str, home: Path) -> str:
    """An article's path as shown (relative to the working folder) made relative to `home`,
    the baseline's folder: `cd seeds && consistency baseline .` and a run from the project root
    then name one article alike."""
    full = (Path.cwd() / article).resolve()
    try:
        return full.relative_to(home.resolve()).as_posix()
    except ValueError:
        return Path(article).as_posix()


def keyed(finding: Finding, home: Path) -> str:
    """The fingerprint of a finding with its articles' paths relative to `home`."""
    where = replace(finding.where, article=homed(finding.where.article, home))
    other = finding.other
    if other is not None:
        other = replace(other, article=homed(other.article, home))
    return fingerprint(replace(finding, where=where, other=other))


class BaselineError(ConsistencyError):
    """A baseline file that can't be used: `file:line: key: what is wrong (what is allowed)`."""


@dataclass(frozen=True)
class Entry:
    """One accepted finding, and the line of the baseline file that accepts it."""

    fingerprint: str
    article: str
    reason: str
    by: str
    expires: dt.date
    kind: str | None = None
    fact: str | None = None
    text: str | None = None
    line: int = 0

    @classmethod
    def of(cls, finding: Finding, accept: tuple[str, str, dt.date], home: Path) -> Entry:
        """The entry accepting `finding` (articles named relative to `home`)."""
        reason, by, expires = accept
        return cls(
            keyed(finding, home),
            homed(finding.where.article, home),
            reason,
            by,
            expires,
            finding.kind,
            finding.fact,
            finding.where.text,
        )

    @property
    def label(self) -> str:
        """How messages name the entry: `donbas-death-toll "14,000 civilians"`."""
        return f"{self.fact or self.kind or 'finding'} {json.dumps(self.text or '')}"


@dataclass(frozen=True)
class Baseline:
    """The entries of one baseline file; `file` as messages show it."""

    file: str
    entries: tuple[Entry, ...] = ()
    # The folder the file is in: its article paths are relative to it, wherever a run starts.
    home: Path = field(default_factory=Path.cwd, compare=False)
    _by_print: Mapping[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_print", {e.fingerprint: e for e in self.entries})

    def entry_for(self, finding: Finding) -> Entry | None:
        """The entry accepting `finding`, expired or not."""
        return self._by_print.get(keyed(finding, self.home))

    def of_article(self, article: str) -> list[Entry]:
        """The entries for one article (by its path as shown)."""
        here = homed(article, self.home)
        return [e for e in self.entries if e.article == here]

    def origin(self, entry: Entry) -> str:
        """`consistency-baseline.yaml:12`: where an entry is written."""
        return f"{self.file}:{entry.line}"


def expired_finding(baseline: Baseline, entry: Entry, where: Location) -> Finding:
    """The error for an entry past its date: it no longer accepts its finding."""
    return Finding(
        kind=BASELINE,
        severity=Severity.ERROR,
        where=where,
        message=(
            f"{baseline.origin(entry)}: the baseline entry for {entry.label} expired on "
            f"{entry.expires.isoformat()} (accepted by {entry.by}: {entry.reason}); fix the "
            "article, or renew the entry's expires date"
        ),
    )


def load_baseline(path: Path, shown: str) -> Baseline:
    """The baseline file at `path` (raises BaselineError naming file:line)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BaselineError(
            f"{shown}: no such baseline file (write one with: consistency baseline PATH "
            "--reason TEXT)"
        ) from None
    except OSError as exc:
        raise BaselineError(f"{shown}: cannot read the baseline: {exc.strerror or exc}") from None
    try:
        root = compose(data, shown, "baseline file")
        return Baseline(shown, tuple(_entries(root, shown)), path.resolve().parent)
    except FactSheetError as exc:
        raise BaselineError(str(exc)) from None


def _entries(root: Node | None, shown: str) -> Iterable[Entry]:
    if root is None:
        return []
    if not isinstance(root, Map):
        raise wrong_type(root, "a mapping with the key accepted")
    for key in root.entries:
        if key not in ("version", "accepted"):
            raise root.key_error(key, "unknown key", "allowed: version, accepted")
    version = root.entries.get("version")
    if version is not None and not (isinstance(version, Scalar) and version.text == "1"):
        raise version.error("must be 1, the only baseline format there is")
    accepted = root.entries.get("accepted")
    if accepted is None or (isinstance(accepted, Scalar) and accepted.is_null):
        return []
    if not isinstance(accepted, Seq):
        raise wrong_type(accepted, "a list of accepted findings")
    return [_entry(item) for item in accepted.items]


def _entry(node: Node) -> Entry:
    if not isinstance(node, Map):
        raise wrong_type(node, "a mapping (fingerprint, article, reason, by, expires, ...)")
    for key in node.entries:
        if key not in _KEYS:
            raise node.key_error(key, "unknown key", "allowed: " + ", ".join(_KEYS))
    for key in _REQUIRED:
        if key not in node.entries:
            raise node.error(f"{key} is missing", "every entry has " + ", ".join(_REQUIRED))
    text = {k: _text(node.entries[k], k) for k in _KEYS if k in node.entries}
    print_ = node.entries["fingerprint"]
    if not _FINGERPRINT.fullmatch(text["fingerprint"] or ""):
        raise print_.error(
            f"{text['fingerprint']!r} is not a fingerprint", "32 hex digits, as written"
        )
    for key, hint in _HINTS.items():
        if not text[key]:
            raise node.entries[key].error("has no value", hint)
    expires = node.entries["expires"]
    try:
        day = dt.date.fromisoformat(text["expires"] or "")
    except ValueError:
        raise expires.error(
            f"{text['expires']!r} is not a date", "write it as 2026-01-31"
        ) from None
    return Entry(
        text["fingerprint"] or "",
        text["article"] or "",
        text["reason"] or "",
        text["by"] or "",
        day,
        text.get("kind"),
        text.get("fact"),
        text.get("text"),
        node.line,
    )


def _text(node: Node, key: str) -> str | None:
    """A scalar's text; None for an empty value."""
    if not isinstance(node, Scalar):
        raise wrong_type(node, "text" if key != "expires" else "a date")
    return None if node.is_null else node.text.strip()


def updated(
    old: Baseline | None,
    findings: Sequence[Finding],
    checked: Iterable[str],
    accept: tuple[str, str, dt.date],
    home: Path | None = None,
) -> tuple[list[Entry], int, int]:
    """The entries of a baseline rewritten after a run over the articles `checked`.

    Entries of articles not checked are kept; entries of checked articles are kept (reason, who
    and date unchanged) while their finding still occurs, and dropped once it is gone. Every
    other finding is a new entry, accepted with `accept` (reason, who, expiry). Also returns the
    counts of entries added and dropped.
    """
    home = home or (old.home if old else Path.cwd())
    current = {keyed(f, home): f for f in findings if f.kind not in _NEVER_BASELINED}
    seen = {homed(a, home) for a in checked}
    entries = list(old.entries) if old else []
    kept = [e for e in entries if e.article not in seen or e.fingerprint in current]
    known = {e.fingerprint for e in kept}
    added = [Entry.of(f, accept, home) for p, f in current.items() if p not in known]
    result = sorted(kept + added, key=lambda e: (e.article, e.fact or "", e.text or "", e.line))
    return result, len(added), len(entries) - len(kept)


def write_baseline(
    path: Path,
    shown: str,
    findings: Sequence[Finding],
    checked: Iterable[str],
    accept: tuple[str, str, dt.date],
) -> str:
    """Write (or update, see `updated`) the baseline at `path`; says what was written."""
    old = load_baseline(path, shown) if path.exists() else None
    entries, added, dropped = updated(old, findings, checked, accept, path.resolve().parent)
    try:
        path.write_text(render_baseline(entries), encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{shown}: cannot write the baseline: {exc.strerror or exc}") from None
    noun = "finding" if len(entries) == 1 else "findings"
    return f"{shown}: {len(entries)} {noun} accepted ({added} new, {dropped} no longer found)"


def render_baseline(entries: Iterable[Entry]) -> str:
    """The YAML text of a baseline file (strings written as JSON, which YAML reads as is)."""
    lines = [_HEADER, "version: 1", "accepted:"]
    for entry in entries:
        lines += [
            f"- fingerprint: {entry.fingerprint}",
            f"  kind: {_quoted(entry.kind)}",
            f"  fact: {_quoted(entry.fact)}",
            f"  article: {_quoted(entry.article)}",
            f"  text: {_quoted(entry.text)}",
            f"  reason: {_quoted(entry.reason)}",
            f"  by: {_quoted(entry.by)}",
            f"  expires: {entry.expires.isoformat()}",
        ]
    if lines[-1] == "accepted:":
        lines[-1] = "accepted: []"
    return "\n".join(lines) + "\n"


def _quoted(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def accepted_by() -> str:
    """Who is accepting: `git config user.name`, else $USER, else "unknown"."""
    try:
        done = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=10, check=False
        )
        name = done.stdout.strip() if done.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


# Findings about suppressions and the baseline are fixed where they are, never accepted.
_NEVER_BASELINED = frozenset({BASELINE, "suppression"})
