"""French news information extraction: clean, segment, ner, extract, export.

Importing the package registers the spaCy factories "news_dates", "news_money" and
"news_entities" (pipeline/components.py).
"""

from . import components  # noqa: F401  (registers the spaCy factories)
