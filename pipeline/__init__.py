"""French news information extraction: clean, segment, ner, extract, export.

Importing the package registers the spaCy factories "news_dates" and "news_money".
"""

from . import components  # noqa: F401  (registers the spaCy factories)
