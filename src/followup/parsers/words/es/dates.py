"""Spanish words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (
    r"inicio", r"hora\s+de\s+inicio", r"fecha", r"hora", r"d[íi]a", r"cu[áa]ndo", r"horario", r"fecha y hora",
)
END_LABELS = (r"hora\s+de\s+(?:fin|t[ée]rmino|finalizaci[óo]n)", r"fin", r"termina\s+a\s+las", r"hasta\s+las")
CHOSEN_OPTION = (
    r"\b(?:primera|segunda|tercera|cuarta|[úu]ltima)\s+(?:opci[óo]n|propuesta|fecha)\b",
    r"\bopci[óo]n\s+[1-4]\b",
)
ORDINALS = ("primera", "segunda", "tercera", "cuarta", "última ultima")
MONTHS = (
    "enero ene", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
)
WEEKDAYS = (
    "lunes lun", "martes mar", "miércoles miercoles mié", "jueves jue", "viernes vie",
    "sábado sabado sáb", "domingo dom",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"hoy", 0), (r"esta\s+tarde", 0), (r"mañana", 1), (r"manana", 1), (r"pasado\s+mañana", 2),
)
# "por la mañana" / "de la mañana" is "in the morning", not "tomorrow".
TOMORROW_IS_MORNING = ("mañana", "manana")
NOON = (r"mediod[íi]a",)
COMMON_WORDS = ("el", "los", "las", "usted", "muy", "gracias", "saludos", "nuestro", "nuestra", "está", "y")
# The zone a mail in this language means when it names none and its Date says UTC (Spain and the Americas).
HOME_ZONE: tuple[str, ...] = ()
ZONE_TIME = (r"hora", r"horario", r"zona\s+horaria")
TIME_RANGE = ("a", "hasta")
CLOCK_WORDS = (r"horas?", r"hs\b")  # Argentina, Uruguay: "a las 10 hs"
CLOCK_HOURS = (
    ("una", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
    ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12),
)
CLOCK_HALF_BEFORE: tuple[str, ...] = ()
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO: tuple[str, ...] = ()
CLOCK_AFTER = (
    (r"y\s+media", 30), (r"y\s+cuarto", 15), (r"menos\s+cuarto", -15), (r"en\s+punto", 0),
    (r"de\s+la\s+(?:tarde|ma[ñn]ana)", 0),
)
AT_HOUR = (r"a\s+las", r"a\s+la")
TIME_FROM: tuple[str, ...] = ()
DAY_ARTICLES = ("el",)
DAY_OF_MONTH = (r"el\s+d[íi]a", r"d[íi]a")  # "el día 10 a las 16"
DATE_OF = ("de",)
DAY_SUFFIXES = ("º", "°")
OR_WORDS = ("o", "u", "ó")
NUMBERS = (
    ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7),
    ("ocho", 8), ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("trece", 13),
    ("catorce", 14), ("quince", 15), ("dieciséis", 16), ("diecisiete", 17), ("dieciocho", 18),
    ("diecinueve", 19), ("veinte", 20), ("una", 1), ("dieciseis", 16), ("un par de", 2),
    ("unos", 3), ("unas", 3), ("algunos", 3), ("algunas", 3),
)
UNITS = (
    (r"días\s+hábiles|dias\s+habiles|días\s+laborables", "bday"), (r"días|dias|día|dia", "day"),
    (r"semanas?", "week"), (r"meses|mes", "month"), (r"horas?", "hour"),
)
NEXT_WEEK = (r"la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:próxima|proxima|que\s+viene|entrante)",)
THIS_WEEK = (r"(?:la|esta)\s+semana",)
WEEK_OF = (r"semana\s+del?",)
PLAN_LENGTH = (
    r"reserva", r"resérvate", r"calcula", r"calcul[áe]", r"calculen", r"cuenta\s+con", r"prev[ée]", r"prever",
)
AFTER_EVENT = (
    r"(?:tras|despu[ée]s\s+de|desde)\s+(?:la|su|tu|nuestra|el)\s+(?:entrevista|din[áa]mica|reuni[óo]n|evaluaci[óo]n|presentaci[óo]n|assessment)",
)
WITHIN = (
    r"dentro\s+de", r"en\s+un\s+plazo\s+(?:m[áa]ximo\s+)?de", r"en\s+un\s+m[áa]ximo\s+de",
    r"en\s+el\s+plazo\s+de", "en",
)
COUNT_WORDS = (
    "los", "las", "próximos", "proximos", "próximas", "proximas", "unos", "unas", "aproximadamente",
)
DATE_PREPS = (
    r"antes\s+del?", r"para\s+el", r"hasta\s+el", "el", "en", r"dentro\s+de", r"a\s+más\s+tardar\s+el",
)
DEADLINE_PREPS = (r"antes\s+del?", r"hasta\s+el")
BY_PREPS = (r"\bantes\s+del?", r"\bhasta\s+el", r"\bpara\s+el", r"\bdentro\s+de", r"\bel")
TIMELINE_TODAY = ("hoy", r"(?:al\s+)?final\s+del\s+día", r"fin\s+del\s+día")
TIMELINE_TOMORROW = (
    r"(?<!la\s)(?<!las\s)(?<!esta\s)(?<!pasado\s)mañana",
)
TIMELINE_DAY_AFTER = (
    r"pasado\s+mañana",
)
END_OF = (r"a\s+(?:finales|fines|final)\s+de", r"al\s+final\s+de")
SCHEDULING_TALK = (
    # (Spanish forms only: not English "we will confirm the outcome")
    r"disponib\w*", r"(?:confirm(?:ar|e|a|en|es|ad[oa]|aci[óo]n|anos|enos)|conf[íi]rm\w+)\b",
    r"entrevista\s+(?:es|será|está)", "preguntas", r"háganos\s+saber",
    "avísanos",
)
CUE_FOLLOW = (
    r"llám(?:ame|eme|anos|enos)|llamarme|llamarnos|contáct(?:ame|eme|anos|enos)|escr[ií]b(?:eme|ame)|hacer\s+seguimiento|dar\s+seguimiento|seguimiento",
)
CUE_DECIDE = (
    r"decid\w*|decisión|decision|respuesta|noticias|te\s+(?:avisaremos|avisamos|contactaremos|informaremos|escribiremos|llamaremos|diremos|daremos|comentaremos|contaremos)|le\s+(?:avisaremos|"
    r"contactaremos|informaremos|escribiremos|llamaremos|diremos|daremos|comentaremos)|nos\s+pondremos\s+en\s+contacto|próximos\s+pasos|retroalimentación",
)
LENGTH_CUE = (r"\bdura\w*",)
LENGTH_AFTER = (r"durar",)
LENGTH_MORE = (r"otr[oa]s", r"luego")
LENGTH_LABELS = (r"duraci[óo]n",)
EARLY = (r"antes", r"de\s+antelaci[óo]n")
LENGTH_NUMBERS = (
    ("una", 1), ("un", 1), ("dos", 2), ("tres", 3), ("media", 0.5), ("quince", 15), ("veinte", 20),
    ("treinta", 30), ("par de", 2),
)
HOUR_UNITS = (r"horas?",)
MINUTE_UNITS = (r"minutos?",)
QUARTER_UNITS = (r"cuartos?\s+de\s+hora",)
HOUR_AND_HALF = ((r"hora", r"y\s+media"),)
