"""Catalan words for the detector (Catalonia, Valencia, the Balearics, Andorra). Every language has
the same names, in the same parts (tests check it); a pattern is a regular expression run
case-insensitively unless its table says otherwise. What each table holds is written once, in
``words.KEY_DOCS``.

Catalan elides "de" before a vowel ("3 d'octubre", "dos quarts d'onze"): the elided month and hour
words are listed as words of their own. Catalan counts quarters toward the next hour ("dos quarts
de deu" is 9:30, "tres quarts de deu" 9:45, "un quart de deu" 9:15): CLOCK_HALF_BEFORE,
CLOCK_QUARTER_TO and CLOCK_QUARTER_BEFORE read them."""

from followup.parsers.words.ca.cues import *  # noqa: F403
from followup.parsers.words.ca.dates import *  # noqa: F403
from followup.parsers.words.ca.people import *  # noqa: F403
