"""Rule families, one module each: months, weekdays, relative words, number words, scale
words, currencies, false positives, boilerplate lines, event triggers. The grammars that
combine them live in `dates.py` and `money.py`."""
