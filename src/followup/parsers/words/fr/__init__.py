"""French words for the detector. Every language has the same names, in the same parts (tests check
it); a pattern is a regular expression run case-insensitively unless its table says otherwise. What
each table holds is written once, in ``words.KEY_DOCS``."""

from followup.parsers.words.fr.cues import *  # noqa: F403
from followup.parsers.words.fr.dates import *  # noqa: F403
from followup.parsers.words.fr.people import *  # noqa: F403
