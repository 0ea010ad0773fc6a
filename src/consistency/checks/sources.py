"""Sources against each other: where the articles of one story disagree, with no fact sheet needed.

Claims are lined up in blocks (the same unit or kind of thing counted, "date", "office"), so cost
grows with the claims of a story, not with their square. Within a block a claim joins the cluster
of earlier claims it is most like (same subject, speaker and time, similar words); each cluster is
one thing the story states. A cluster's consensus is its reference article's claim when it has one,
else the claim most other articles agree with; every claim of another article that disagrees with
it is a finding, quoted with the consensus beside it. Claims of different speakers never cluster:
Kiev's count and Moscow's may differ.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from consistency.articles import Article
from consistency.checks.about import COUNT, Statement, statements
from consistency.checks.apart import (
    a_birthday_apart,
    a_toll_that_moved,
    far_apart,
    in_one_sentence,
)
from consistency.checks.findings import SOURCE, claim_span
from consistency.checks.framing import SAID
from consistency.checks.likeness import (
    ALIKE,
    CLOSE,
    compatible,
    published_apart,
    similarity,
    states,
    word_weights,
    wording,
)
from consistency.checks.loose import loose_pairs
from consistency.checks.offices import two_offices
from consistency.checks.pairs import Verdict, compare
from consistency.checks.sole import sole_pairs
from consistency.checks.speakers import COMMON, UNNAMED
from consistency.checks.spelling import spelling_findings
from consistency.checks.support import unsupported
from consistency.model import Claim, DateClaim, Finding, Quantity, Severity

# A block with more clusters than this compares a claim only with the clusters sharing a word.
_INDEXED = 8


@dataclass
class _Cluster:
    members: list[Statement] = field(default_factory=list)
    words: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class StoryArticle:
    """One readable article of a story, its claims, and the claims a fact already settled."""

    article: Article
    claims: Sequence[Claim]
    settled: frozenset[int] = frozenset()  # indexes of claims tied to a declared fact


def source_findings(story: Sequence[StoryArticle]) -> dict[str, list[Finding]]:
    """The source findings of a story, keyed by the path of the article they land on."""
    blocks: dict[str, list[Statement]] = defaultdict(list)
    for entry in story:
        for st in statements(entry.article, entry.claims):
            if st.index not in entry.settled:
                blocks[st.measure].append(st)
    weights = word_weights([st for block in blocks.values() for st in block])
    found: dict[str, list[Finding]] = defaultdict(list)
    # Against the reference first: what it backs or contradicts is settled for the pairs below.
    judged: set[tuple[str, int]] = set()
    references = [(e.article, e.claims) for e in story if e.article.reference]
    if references:
        for entry in story:
            if not entry.article.reference:
                found[entry.article.path] += _against_references(entry, blocks, weights, judged)
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for block in blocks.values():
        for st in block:
            by_article[st.article.path].append(st)
    for block in blocks.values():
        # A bare number, or the day something was said, is lined up only with a reference:
        # between two articles "seven" or "said on Monday" is too often two different things.
        others = [
            st
            for st in block
            if not st.article.reference and st.measure != COUNT and st.use != SAID
        ]
        for finding in _block_findings(others, weights, judged, by_article):
            found[finding.where.article].append(finding)
    if references:
        for entry in story:
            if not entry.article.reference:
                said = {f.where.start for f in found.get(entry.article.path, ())}
                skip = entry.settled | {n for n, c in enumerate(entry.claims) if c.start in said}
                found[entry.article.path] += unsupported(
                    entry.article, entry.claims, references, skip
                )
    for finding in spelling_findings([(e.article, e.claims) for e in story]):
        found[finding.where.article].append(finding)
    for finding in two_offices([(e.article, e.claims, e.settled) for e in story]):
        found[finding.where.article].append(finding)
    # One span is reported once, however many claims were read off it.
    return {
        path: list({(f.where.start, f.where.end, f.message): f for f in fs}.values())
        for path, fs in found.items()
    }


def _against_references(
    entry: StoryArticle,
    blocks: dict[str, list[Statement]],
    weights: dict[str, float],
    judged: set[tuple[str, int]],
) -> list[Finding]:
    """Each claim against the reference's statement most like it: a contradiction when they
    differ. Claims the reference backs or contradicts are added to `judged`."""
    findings = []
    for st in statements(entry.article, entry.claims):
        if st.index in entry.settled:
            continue
        scored = sorted(
            (
                (similarity(st, ref, weights), n, ref)
                for n, ref in enumerate(blocks.get(st.measure, ()))
                if ref.article.reference
            ),
            key=lambda t: (-t[0], t[1]),
        )
        if not scored or scored[0][0] < ALIKE:
            continue
        best_score, _, best = scored[0]
        verdict = compare(st, best, coarse=True)
        if verdict is Verdict.AGREES:
            judged.add((st.article.path, st.index))
        # Dates and weekdays are said of many things: only a close paraphrase is compared.
        if isinstance(st.claim, DateClaim) and best_score < CLOSE:
            continue
        # "The military said on Monday" in Monday's paper is a later statement than the wire's
        # "said on Saturday" of Saturday.
        if st.use == SAID and published_apart(st, best):
            continue
        # The reference states it elsewhere in words nearly as like these: the best match was
        # another figure ("$1.5bn" in the same paragraph as the "$5bn" guidance).
        if any(
            score >= max(best_score / 2, ALIKE / 3)
            and compare(st, ref, coarse=True) is Verdict.AGREES
            for score, _, ref in scored
        ):
            continue
        if verdict in (Verdict.DIFFERS, Verdict.OTHER_GROUP):
            findings.append(_finding(st, best, verdict))
            judged.add((st.article.path, st.index))
    return findings


def cluster_statements(block: list[Statement], weights: dict[str, float]) -> list[list[Statement]]:
    clusters: list[_Cluster] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for s in block:
        keys = _keys(s)
        if len(clusters) > _INDEXED:
            candidates = sorted({i for w in keys for i in by_word.get(w, ())})
        else:
            candidates = list(range(len(clusters)))
        best, best_score = None, ALIKE
        for i in candidates:
            score = similarity(s, clusters[i].members[0], weights)
            if score >= best_score:
                best, best_score = i, score
        if best is None:
            clusters.append(_Cluster())
            best = len(clusters) - 1
        clusters[best].members.append(s)
        for w in keys - clusters[best].words.keys():
            by_word[w].append(best)
        clusters[best].words.update(keys)
    return [c.members for c in clusters if len({m.article.path for m in c.members}) > 1]


def _keys(s: Statement) -> frozenset[str]:
    """What a statement is looked up by: its words, and a date's act ("sworn in" is found by
    "take office")."""
    return s.words | {f"act:{s.act}"} if s.act else s.words


def _block_findings(
    block: list[Statement],
    weights: dict[str, float],
    judged: set[tuple[str, int]],
    by_article: dict[str, list[Statement]],
) -> list[Finding]:
    """The findings of one block between articles: each cluster's disagreements, then the
    pairs the clustering could not line up (a figure stated nowhere else, beside one another
    article states in a clause only somewhat like it), as warnings."""
    clusters = cluster_statements(block, weights)
    findings = [f for cluster in clusters for f in _disagreements(cluster, judged, by_article)]
    lined_up = {id(s) for cluster in clusters for s in cluster}
    reported = {(f.where.article, f.where.start) for f in findings}
    for a, b in loose_pairs(block, weights, by_article, lined_up):
        if {(a.article.path, a.index), (b.article.path, b.index)} & judged:
            continue
        if {(a.article.path, a.claim.start), (b.article.path, b.claim.start)} & reported:
            continue
        findings.append(_finding(a, b, Verdict.DIFFERS, loose=True))
    reported |= {(f.where.article, f.where.start) for f in findings}
    for a, b in sole_pairs(block, by_article, lined_up):
        if (a.article.path, a.index) in judged or (a.article.path, a.claim.start) in reported:
            continue
        findings.append(_finding(a, b, Verdict.DIFFERS, loose=True, sole=True))
    return findings


def _disagreements(
    cluster: list[Statement],
    judged: set[tuple[str, int]],
    by_article: dict[str, list[Statement]],
) -> list[Finding]:
    anchor = consensus(cluster)
    if (anchor.article.path, anchor.index) in judged:
        return []  # the reference has already spoken on this figure
    verdicts = {id(s): compare(s, anchor) for s in cluster}
    agreeing = {s.article.path for s in cluster if verdicts[id(s)] is Verdict.AGREES}
    findings = []
    for s in cluster:
        if (s.article.path, s.index) in judged:
            continue
        if verdicts[id(s)] not in (Verdict.DIFFERS, Verdict.OTHER_GROUP):
            continue
        if in_one_sentence(s, anchor, by_article[s.article.path]) or far_apart(s, anchor):
            continue
        ref = anchor
        if s.article.path == anchor.article.path or s.article.path in agreeing:
            # An article that also states the consensus in another sentence contradicts itself
            # and the others: the headline's "22.2%" against the body's and every paper's 11.1%.
            sentence = s.article.sentence_at(s.claim.start)
            if any(
                o.article is s.article
                and verdicts[id(o)] is Verdict.AGREES
                and o.article.sentence_at(o.claim.start) == sentence
                for o in cluster
            ):
                continue  # "two warships in March, and three on Sunday": two things
            alt = [
                o
                for o in cluster
                if o.article.path != s.article.path and verdicts[id(o)] is Verdict.AGREES
            ]
            if not alt:
                continue
            ref = alt[0]
        if states(by_article[ref.article.path], s):
            continue
        if not compatible(s, ref):
            continue  # lined up through another member: "47C in Portugal" and Britain's 40C
        if a_birthday_apart(s, ref) or a_toll_that_moved(s, ref):
            continue
        findings.append(_finding(s, ref, verdicts[id(s)]))
    return findings


def consensus(cluster: list[Statement]) -> Statement:
    """The claim the most articles agree with (the earliest article's on a tie).

    Claims stating the same thing in the same words are compared once, as one bucket, so a
    story of hundreds of copies of one figure costs the number of its distinct wordings."""
    buckets: dict[tuple[object, ...], list[Statement]] = {}
    for s in cluster:
        buckets.setdefault(wording(s), []).append(s)
    heads = [b[0] for b in buckets.values()]
    paths = {id(b[0]): {s.article.path for s in b} for b in buckets.values()}

    def support(head: Statement) -> tuple[int, str, int]:
        agreeing: set[str] = set()
        for other in heads:
            if other is head or compare(head, other) is Verdict.AGREES:
                agreeing |= paths[id(other)]
        return (-len(agreeing), head.article.path, head.claim.start)

    # A day stated to the day anchors before one give or take a few ("two weeks ago" agrees
    # with both the 26 and the 28 September of two papers, which disagree), when another
    # article backs it: a lone "Sept. 12" against two papers' "two weeks ago" is the odd one.
    days = [h for h in heads if _to_the_day(h) and support(h)[0] <= -2]
    best = min(days or heads, key=support)
    return min(buckets[wording(best)], key=lambda s: (s.article.path, s.claim.start))


def _to_the_day(s: Statement) -> bool:
    claim = s.claim
    if not isinstance(claim, DateClaim):
        return False
    return claim.value is not None and claim.value.day is not None and not claim.slack


def _finding(
    s: Statement, other: Statement, verdict: Verdict, *, loose: bool = False, sole: bool = False
) -> Finding:
    """The finding on `s`. A `loose` pair, lined up only by elimination or as the one figure
    of its kind the other articles all give otherwise (`sole`), is a warning."""
    where = s.article.location(*claim_span(s.claim))
    there = other.article.location(*claim_span(other.claim))
    speaker = s.speaker.removeprefix(COMMON) if s.speaker else None
    speaker = speaker.title() if speaker and speaker.islower() else speaker
    whose = f" (according to {speaker})" if speaker and speaker != UNNAMED else ""
    if verdict is Verdict.OTHER_GROUP:
        message = (
            f'the article says "{where.text}"; {other.article.path}:{there.line} gives the same '
            f'figure for another group: "{there.text}"'
        )
        severity = Severity.WARNING
    else:
        message = (
            f'the article says "{where.text}"{whose}; {other.article.path}:{there.line} says '
            f'"{there.text}"'
        )
        severity = Severity.ERROR
        if _grown(s, other):
            severity = Severity.WARNING
            message += f" (published {other.article.published}, this article {s.article.published})"
        if sole:
            severity = Severity.WARNING
            message += " (the only such figure here; the other articles all give theirs)"
        elif loose:
            severity = Severity.WARNING
            message += " (the two clauses are only loosely alike: worth a look)"
    return Finding(
        kind=SOURCE,
        severity=severity,
        where=where,
        message=message,
        found=where.text,
        expected=there.text if other.article.reference else None,
        other=there,
    )


def _grown(s: Statement, other: Statement) -> bool:
    """Whether a figure may have moved between reports of different days: tolls and counts
    grow, so a rise is worth a look, not a failure (a count that fell is an error); rates and
    prices move either way ("UK inflation fell to 3.2%" in April, "to 2.3%" in May)."""
    mine, theirs = s.article.published, other.article.published
    if not (isinstance(s.claim, Quantity) and isinstance(other.claim, Quantity)):
        return False
    if mine is None or theirs is None or mine == theirs:
        return False
    if s.claim.unit:
        return True
    later, earlier = (s.claim, other.claim) if mine > theirs else (other.claim, s.claim)
    return later.value > earlier.value


def mirrored(finding: Finding) -> Finding | None:
    """A source finding told from its other side ("the article says X; A says Y" becomes the
    same pair on A), for runs that report only some articles (a hook's staged ones): a pair one
    of them takes part in must not be missed because it landed on the article left out."""
    other = finding.other
    if finding.kind != SOURCE or other is None:
        return None
    where = finding.where
    return replace(
        finding,
        where=other,
        other=where,
        message=f'the article says "{other.text}"; {where.article}:{where.line} says '
        f'"{where.text}"',
        found=other.text,
        expected=None,
    )
