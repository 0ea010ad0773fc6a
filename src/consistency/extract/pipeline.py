"""All claims of one article, in text order: dates first, so years never count as quantities."""

from __future__ import annotations

import datetime as dt

from consistency.articles import Article
from consistency.extract.dates import extract_dates
from consistency.extract.names import NameIndex, extract_entities
from consistency.extract.quantities import extract_quantities
from consistency.model import Claim


def extract_claims(
    article: Article, names: NameIndex, anchor: dt.date | None = None, *, day_first: bool = False
) -> list[Claim]:
    """The quantities, dates and names of `article`, sorted by where they start."""
    dates = extract_dates(
        article.scan, anchor or article.published, day_first=day_first, start=article.body_start
    )
    quantities = extract_quantities(
        article.scan, exclude=[(d.start, d.end) for d in dates], start=article.body_start
    )
    entities = extract_entities(article.scan, article.sentences, names)
    claims: list[Claim] = [*dates, *quantities, *entities]
    return sorted(claims, key=lambda c: (c.start, c.end))
