"""Portuguese words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (
    r"in[íi]cio", r"hora\s+de\s+in[íi]cio", r"data", r"hora", r"hor[áa]rio", r"quando", r"dia",
    r"data e hora",
)
END_LABELS = (r"hora\s+de\s+(?:fim|t[ée]rmino)", r"fim", r"t[ée]rmino", r"at[ée]\s+[àa]s", r"termina\s+[àa]s")
CHOSEN_OPTION = (
    r"\b(?:primeir[ao]|segund[ao]|terceir[ao]|quart[ao]|[úu]ltim[ao])\s+(?:op[çc][ãa]o|hor[áa]rio|data)\b",
    r"\bop[çc][ãa]o\s+[1-4]\b",
)
ORDINALS = (
    "primeira primeiro", "segunda segundo", "terceira terceiro", "quarta quarto",
    "última último ultima ultimo",
)
# Calendar words (plain, lower case): twelve months, seven weekdays (Monday first). Short forms
# that are also ordinary words are left out: "out", "set", "ago" (months) and the bare ordinals
# "segunda", "quarta", "quinta", "sexta" ("segunda entrevista" is the second interview).
MONTHS = (
    "janeiro", "fevereiro fev", "março", "abril abr", "maio", "junho", "julho", "agosto",
    "setembro", "outubro", "novembro", "dezembro dez",
)
WEEKDAYS = (
    "segunda-feira", "terça-feira terca-feira terça terca", "quarta-feira", "quinta-feira",
    "sexta-feira", "sábado sabado", "domingo",
)
# Weekday names that are also ordinals ("segunda entrevista"): a day only right before a time
# ("Quinta às 15h então"). (word, 0 = Monday)
WEEKDAYS_BEFORE_TIME = (
    ("segunda", 0), ("terça", 1), ("terca", 1), ("quarta", 2), ("quinta", 3), ("sexta", 4),
)
RELATIVE_DAYS = (
    (r"hoje", 0), (r"esta\s+tarde", 0), (r"amanhã", 1), (r"amanha", 1), (r"depois\s+de\s+amanhã", 2),
)
# "pela manhã" / "da manhã" is "in the morning" ("manhã" is not "amanhã": nothing to add).
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON = (r"meio-dia", r"meio\s+dia")
COMMON_WORDS = ("você", "voce", "não", "nao", "com", "para", "uma", "seu", "sua", "obrigado", "obrigada")
# The zone a mail in this language means when it names none and its Date says UTC
# (Portugal (UTC+0) and Brazil (UTC−3)).
HOME_ZONE: tuple[str, ...] = ()
ZONE_TIME = (r"hora", r"hor[áa]rio", r"fuso")
TIME_RANGE = ("às", "as", "até", "a")
CLOCK_WORDS = (r"horas?", r"h\b")
CLOCK_HOURS = (
    ("uma", 1), ("duas", 2), ("três", 3), ("quatro", 4), ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8),
    ("nove", 9), ("dez", 10), ("onze", 11), ("doze", 12),
)
CLOCK_HALF_BEFORE: tuple[str, ...] = ()
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO: tuple[str, ...] = ()
CLOCK_AFTER = (
    (r"e\s+meia", 30), (r"e\s+trinta", 30), (r"e\s+quinze", 15), (r"em\s+ponto", 0), (r"horas?", 0),
    (r"da\s+(?:tarde|manh[ãa])", 0),
)
AT_HOUR = ("às", "pelas")
TIME_FROM = ("das",)
DAY_ARTICLES = ("dia",)
DAY_OF_MONTH = (r"dia",)  # "fica confirmado então dia 10 às 16h"
DATE_OF = ("de",)
DAY_SUFFIXES = ("º", "°")
OR_WORDS = ("ou",)
NUMBERS = (
    ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("tres", 3), ("quatro", 4),
    ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8), ("nove", 9), ("dez", 10), ("onze", 11),
    ("doze", 12), ("treze", 13), ("catorze", 14), ("quatorze", 14), ("quinze", 15), ("vinte", 20),
    ("alguns", 3), ("algumas", 3), ("uns", 3), ("umas", 3),
)
UNITS = (
    (r"dias\s+[úu]teis|dia\s+[úu]til", "bday"), (r"dias?", "day"), (r"semanas?", "week"),
    (r"meses|m[êe]s", "month"), (r"horas?", "hour"),
)
NEXT_WEEK = (r"(?:na\s+|a\s+)?(?:pr[óo]xima\s+semana|semana\s+que\s+vem)",)
THIS_WEEK = (r"(?:nesta\s+|esta\s+|desta\s+|da\s+)?semana",)
WEEK_OF = (r"semana\s+(?:de|do\s+dia)",)
PLAN_LENGTH = (r"reserve", r"conte\s+com", r"preveja", r"prever", r"reservar", r"calcule")
AFTER_EVENT = (
    r"(?:ap[óo]s|depois\s+d[aeo])\s+(?:a\s+|o\s+|sua\s+|nossa\s+)?(?:entrevista|conversa|reuni[ãa]o|din[âa]mica)",
)
WITHIN = (
    r"dentro\s+de", r"em\s+at[ée]", r"daqui\s+a", r"no\s+prazo\s+(?:m[áa]ximo\s+)?de", "em", "nos", "nas",
)
COUNT_WORDS = ("os", "as", "próximos", "proximos", "próximas", "proximas", r"cerca\s+de", "aproximadamente")
DATE_PREPS = (
    r"at[ée](?:\s+(?:o|a|ao|à|dia))?", r"antes\s+d[eoa]", r"no\s+m[áa]ximo\s+at[ée]", "no", "na", "dia",
)
DEADLINE_PREPS = (r"até(?:\s+(?:o|a|ao|à))?", r"antes\s+d[eoa]")
BY_PREPS = (r"\bat[ée](?:\s+(?:o|a|ao|à|dia))?", r"\bantes\s+d[eoa]", r"\bdentro\s+de", r"\bem\s+at[ée]")
TIMELINE_TODAY = ("hoje", r"ainda\s+hoje", r"(?:at[ée]\s+o\s+)?(?:fim|final)\s+do\s+dia")
TIMELINE_TOMORROW = ("amanhã", "amanha")
TIMELINE_DAY_AFTER = (
    r"depois\s+de\s+amanh[ãa]",
)
END_OF = (
    r"(?:no\s+|at[ée]\s+o\s+|at[ée]\s+ao\s+)?(?:fim|final)(?:\s+d[aeo])?",
)
SCHEDULING_TALK = (
    r"entrevista\s+(?:é|será|está)", "perguntas|d[úu]vidas", r"(?:nos|me)\s+(?:avise|informe)",
    "respond(?:a|er)",
)
CUE_FOLLOW = (
    r"lig(?:ue|ar)\s+para\s+(?:mim|n[óo]s)|me\s+ligue|entre\s+em\s+contato\s+(?:comigo|conosco)|contacte-nos|contacte-me|fa[çc]a\s+(?:um\s+)?follow-up|acompanhamento",
)
CUE_DECIDE = (
    r"daremos\s+(?:um\s+)?(?:retorno|feedback|resposta)|retorno|retornaremos|decis[ãa]o|decidir\w*|resposta"
    r"|entraremos\s+em\s+contato|(?:o|a|te|lhe)\s+(?:informaremos|avisaremos|contactaremos)|pr[óo]ximos\s+passos|novidades|resultados?",
)
LENGTH_CUE = (r"\bdura\w*",)
LENGTH_AFTER = (r"durar",)
LENGTH_MORE = (r"mais", r"outr[oa]s", r"depois")
LENGTH_LABELS = (r"dura[çc][ãa]o",)
EARLY = (r"antes", r"com\s+anteced[êe]ncia")
LENGTH_NUMBERS = (
    ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("tres", 3), ("meia", 0.5), ("quinze", 15),
    ("par de", 2),
)
HOUR_UNITS = (r"horas?",)
MINUTE_UNITS = (r"minutos?",)
QUARTER_UNITS = (r"quartos?\s+de\s+hora",)
HOUR_AND_HALF = ((r"hora", r"e\s+meia"),)
