"""What we know about vendors, bots and free-mail providers: one home, imported everywhere.

Domains and local parts only (no language words: those live in ``parsers/words``). A list
kept twice drifts; everything that asks "is this a machine / an ATS / a free-mail sender"
reads these.
"""

from __future__ import annotations

import re

# Local parts that belong to machines, not people.
MACHINE_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|(?:no|do[-_.]?not)[-_.]?reply[-_.].*|.*[-_.]no[-_.]?reply|"
    r"notifications?|notify|reply|reply[-+._][\w.-]+|r[ée]ponse[-+._][\w.-]+|respuesta[-+._][\w.-]+|"
    r"risposta[-+._][\w.-]+|resposta[-+._][\w.-]+|antwort[-+._][\w.-]+|antwoord[-+._][\w.-]+|relay(?:[-+._][\w.-]+)?|messenger|mailer[-_.]?daemon|postmaster|bounces?(?:[-+].*)?|"
    r"calendar(?:[-_.](?:notifications?|notices?|alerts?|invites?|reminders?))?|calendar-server|invitations?|invites?|"
    r"notices?|reminders?|"
    r"scheduling|scheduler|automated|auto|robot|bot|alerts?|news(?:letter)?|"
    r"updates?|digest|mailer|system|support|help|info|hello|team|talent-?notifications?|"
    r"jobs-noreply|careers-noreply|ats|applications?|apply|hr-noreply|workday|"
    r"listserv|majordomo|owner-.*|.*-owner|.*-request|.*-bounces?|"
    r"posta[-_.]certificata|"  # an Italian certified-mail (PEC) provider's envelope
    # the same in the other languages read: "naoresponda", "ne-pas-repondre", "notifiche", …
    r"n[ãa]o[-_.]?respond[ae]r?|no[-_.]?respon(?:der|da)|no[-_.]?contestar|ne[-_.]?pas[-_.]?r[ée]pondre|"
    r"non[-_.]?rispondere|niet[-_.]?beantwoorden|geen[-_.]?antwoord|nicht[-_.]?antworten|keine[-_.]?antwort|"
    r"notifiche|notifica(?:zioni)?|notifica[çc][õo]es|notificacoes|notificaciones|benachrichtigung(?:en)?|"
    r"meldingen|notificaties?)$",
    re.IGNORECASE,
)

# Domains that send on behalf of ATS / scheduling / conferencing products.
MACHINE_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "us.greenhouse-mail.io",
    "lever.co",
    "hire.lever.co",
    "ashbyhq.com",
    "ashbyhq.net",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "icims.com",
    "talent.icims.com",
    "goodtime.io",
    "modernloop.io",
    "calendly.com",
    "smartrecruiters.com",
    "jobvite.com",
    "bamboohr.com",
    "recruitee.com",
    "workable.com",
    "teamtailor.com",
    "personio.de",
    "successfactors.com",
    "taleo.net",
    "zoom.us",
    "calendar-notification.google.com",
    "resource.calendar.google.com",
    "group.calendar.google.com",
    "linkedin.com",
    "indeed.com",
    "glassdoor.com",
    "hackerrank.com",
    "codility.com",
    "codesignal.com",
    "hirevue.com",
    "paradox.ai",  # "Olivia" and other chatbot schedulers
    "teams.microsoft.com",
    "microsoft.com",
    "mailchimp.com",
    "sendgrid.net",
    "amazonses.com",
    "mandrillapp.com",
)

MACHINE_LABELS = frozenset(
    {
        "greenhouse",
        "greenhouse-mail",
        "lever",
        "ashbyhq",
        "myworkday",
        "myworkdayjobs",
        "icims",
        "goodtime",
        "modernloop",
        "calendly",
        "smartrecruiters",
        "jobvite",
        "workable",
        "teamtailor",
        "recruitee",
        "bamboohr",
        "personio",
        "successfactors",
        "sapsf",  # SuccessFactors' own mail hosts (sapsf.com, sapsf.eu)
        "avature",
        "umantis",
        "taleo",
        "hirevue",
        "hackerrank",
        "codility",
        "codesignal",
        "calendar-notification",
        "webex",  # "Léa Perret via Webex <messenger@webex.com>"
        "sendgrid",
        "mailchimp",
        "mandrillapp",
        "amazonses",
        "welcometothejungle",
        "join",
        "softgarden",
        "rexx-systems",
        "breezy",
        "jazzhr",
        "paradox",
        "homerun",
        "gupy",
        "kenoby",
        "jobylon",
        "varbi",
        "rippling",
        "gem",
        # a reply relay's host ("reply+…@inbound.<ats>"): stands for a mailbox, not a person
        "inbound",
        # job boards and professional networks that relay a recruiter's message
        "linkedin",
        "indeed",
        "glassdoor",
        "stepstone",
        "xing",
        "naukri",
        "jobstreet",
        "jobsdb",
        "mycareersfuture",
        "jobillico",
        "jobboom",
        "irishjobs",
        "pracuj",
        "nofluffjobs",
        "bayt",
        "seek",
        "jobadder",
        "computrabajo",
        "occmundial",
        "infojobs",
        "harri",
        "employmenthero",
        "zohorecruit",
        "darwinbox",
        "imip",  # Apple's calendar relay ("2_…@imip.me.com"): the ICS EMAIL= parameter has the person
        "privaterelay",  # Apple's Hide My Email ("…@privaterelay.appleid.com"): stands for someone
    }
)

# Applicant-tracking and scheduling products: their mail is about a candidate's process.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "ashbyhq.com",
    "myworkday.com",
    "myworkdayjobs.com",
    "icims.com",
    "goodtime.io",
    "modernloop.io",
    "calendly.com",
    "smartrecruiters.com",
    "jobvite.com",
    "workable.com",
    "teamtailor.com",
    "recruitee.com",
    "bamboohr.com",
    "personio.de",
    "successfactors.com",
    "taleo.net",
    "gem.com",
    "rippling.com",
    "paradox.ai",
    "hirevue.com",
)

# Free-mail providers: a sender there is a person, not a company, and the domain says nothing
# about the employer.
FREE_MAIL = frozenset(
    {
        "163.com",
        "aol.com",
        "att.net",
        "comcast.net",
        "fastmail.com",
        "free.fr",
        "gmail.com",
        "gmx.de",
        "gmx.net",
        "googlemail.com",
        "hey.com",
        "hotmail.com",
        "hotmail.es",
        "hotmail.fr",
        "icloud.com",
        "laposte.net",
        "live.com",
        "mac.com",
        "mail.ru",
        "me.com",
        "msn.com",
        "orange.fr",
        "outlook.com",
        "proton.me",
        "protonmail.com",
        "qq.com",
        "t-online.de",
        "verizon.net",
        "web.de",
        "yahoo.com",
        "yahoo.de",
        "yahoo.es",
        "yahoo.fr",
        "yandex.ru",
        "zoho.com",
    }
)
