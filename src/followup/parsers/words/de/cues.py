"""German words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    r"\binterview(?:termin|gespr[äa]ch|einladung|tag)\w*",
    r"\bvorstellungsgespr[äa]chs?\b",
    r"\bbewerbungsgespr[äa]chs?\b",
    r"\bkennenlerngespr[äa]chs?\b",
    # the candidate's meeting at a company ("Ihr Gespräch bei Salzach Medien", "Ihr Gesprächstermin am 2.
    # Dezember")
    r"\bihr(?:em|en)?\s+gespr[äa]ch(?:stermin)?\s+(?:bei|mit|am)\b",
    r"\b(?:pers[öo]nliche[ns]?|telefonische[ns]?|erste[ns]?|zweite[ns]?)\s+(?:kennenlern)?gespr[äa]chs?\b",
    r"\b(?:telefon|video|online|bewerber|vorstellungs|job|einstellungs|auswahl|kennenlern|einzel|gruppen|abschluss|fach|final)interviews?\b",
    r"\bassessment[\s-]?cent(?:er|re)s?\b",
    r"\b(?:erst|zweit|dritt|final|abschluss|fach|auswahl)gespr[äa]chs?\b",
    # the Austrian panel interview ("Einladung zum Hearing"), read with German words around it
    r"\b(?:zum|zu\s+einem|beim|im|ihr(?:em)?|das)\s+hearing\b|\bhearing\s+(?:f[üu]r|zur|am|im\s+rahmen)\b",
    r"\bprobe(?:arbeit(?:en|stag)?|tag)\b|\bschnupper(?:tag|lehre|arbeit)\b",
    r"\b(?:zweite[nr]?|dritte[nr]?|finale[nr]?|letzte[nr]?)\s+(?:gespr[äa]chs|interview|auswahl)?runde\b|\bfinalrunde\b",
    r"\b(?:technische[rn]?\s+)?(?:test|fallstudie|arbeitsprobe)\s+vor\s+ort\b",
    r"\blive[\s-]coding\b|\btechnische[rn]?\s+test\s+live\b",
    r"\bschriftliche[nr]?\s+(?:test|pr[üu]fung|aufgabe|eignungstest)\b",
    r"\bpr[äa]sentation\s+(?:der|deiner|ihrer)\s+(?:fallstudie|case\s+study|arbeitsprobe)\b",
    r"\b(?:beaufsichtigte[rn]?|überwachte[rn]?)\s+(?:online[\s-]?)?(?:test|pr[üu]fung|assessment)\b",
    # eingeladen zu einem technischen Test ("wir laden Sie zum Online-Coding-Test ein")
    r"\b(?:laden|lade)\s+\w+\s+(?:\w+\s+)?zu(?:m|\s+einem|\s+unserem)\s+(?:online[\s-])?(?:coding[\s-]|technischen\s+|programmier[\s-]?)test\b",
)
CANDIDATE_FRAMING = (
    r"\bviel\s+erfolg\b|\bdaumen\s+dr[üu]cke|\bdr[üu]ck(?:e)?\s+(?:dir|ihnen|euch)\s+(?:die|alle)\s+daumen\b",
    r"\bihr(?:em|en)?\s+(?:vorstellungs|bewerbungs|kennenlern)?gespr[äa]ch\b",
    r"\b(?:ihr|dein)(?:em|en)?\s+(?:technischen?\s+|coding-?)test\b",
    r"\bladen\s+(?:wir\s+)?sie\b",
    r"\bihre[rn]?\s+bewerbung\b",
    r"\bihr(?:e[mnr]?)?\s+(?:\w+)?termin\b",
    r"\bsie\s+sprechen\s+mit\b",
    r"\bm[öo]chten\s+sie\s+(?:gerne\s+)?einladen\b",
    # "Gerne bestätigen wir Ihnen die Teilnahme am Assessment"
    r"\b(?:best[äa]tigen\s+wir\s+(?:ihnen|dir)|ihre|deine)\s+(?:die\s+)?teilnahme\s+(?:am|an\s+(?:dem|der|unserem|unserer))\b",
    r"\bsie\s+(?:\w+\s+){0,8}einzuladen\b",
    r"\bfreuen\s+uns,?\s+sie\b",
    r"\bdein(?:em|en)?\s+(?:vorstellungs|bewerbungs|kennenlern)?gespr[äa]ch\b|\bdeine[rn]?\s+bewerbung\b",
    r"\bladen\s+(?:wir\s+)?dich\b|\bdich\s+(?:\w+\s+){0,6}einzuladen\b",
    r"\bfreuen\s+uns,?\s+dich\b|\bfreuen\s+uns\s+auf\s+(?:dich|ihren\s+besuch|deinen\s+besuch)\b",
    r"\bdu\s+(?:sprichst|triffst)\b",
    r"\bherzlichen\s+gl[üu]ckwunsch\b|\bviel\s+erfolg\b",
    r"\b(?:vielen\s+)?dank\s+f[üu]r\s+(?:ihr|dein)\s+interesse\b",
    r"\b(?:ich\s+)?leite\s+(?:ihnen|dir)\s+die\s+einladung\b",
    r"\bliebe\s+(?:bewerberinnen|bewerber)\b|\bsehr\s+geehrte\s+bewerberinnen\b",
    r"\b(?:m[öo]chten?|w[üu]rden?)\s+(?:sie|dich)\s+(?:gerne?\s+)?kennenlernen\b",
)
CANDIDATE_STRONG = (
    r"ihr\w*\s+\w*gespr[äa]ch",
)
MEETING_WORDS = ("gespr[äa]ch", "telefonat", "videocall", "kennenlernen")
INTERVIEWER_FRAMING = (
    r"\bder\s+kandidat|die\s+kandidatin\b",
    r"\bunser(?:e|en)?\s+kandidat(?:in|en)?\b",
    r"\bkandidat(?:in)?\s*:\s*(?-i:[A-Z])",
    r"\bmeinen\s+lebenslauf\b",
    r"\bals\s+interviewer(?:in)?\b",
    r"\b(?:ihr|dein)\s+feedback\s+zu[mr]?\s+(?:kandidat|bewerber)\w*",
    r"\bbewertungs(?:bogen|b[öo]gen|formular)\w*|\binterviewleitfaden\b",
    r"\bder\s+bewerber\b|\bunser(?:e|en)?\s+bewerber(?:in)?\b|\bbewerber(?:in)?\s*:\s*(?-i:[A-Z])",
    r"\bseinen\s+lebenslauf\b|\blebenslauf\s+(?:des|der)\s+(?:kandidat|bewerber)",
    r"\bteil\s+des\s+(?:interview-?)?panels\b",
    r"\bkandidatenprofil\b|\bbewerberprofil\b",
)
PRESS = (
    r"\bzeitung\b",
    r"\b\w*zeitung\w*",
    r"\bredakt\w+",
    r"\bjournalist\w*",
    r"\bpresse\w*",
    r"\b(?:fach)?magazin\w*",
    r"\bver[öo]ffentlichung\b",
    r"\breportage\b",
    r"\bzitate?\b",
    r"\breporter(?:in|innen)\b|\bkorrespondent\w*|\bkolumn(?:e|ist\w*)\b",
    r"\bfernseh\w*|\brundfunk\w*|\bh[öo]rfunk\b",
    r"\bh[öo]rer(?:innen)?\b|\bleser(?:innen)?\b",
    r"\btitelgeschichte\b|\btitelstory\b|\b(?:n[äa]chsten|kommenden)\s+ausgabe\b",
    r"\bsoundcheck\b|\bunser(?:e|en)?\s+gast\b",
    # a recording: "das Interview für unsere Folge … aufnehmen", "Aufnahme-Link"
    r"\baufnahme-?(?:link|termin|studio|raum)\b|\b(?:unsere[rn]?|der\s+n[äa]chsten|diese[rn]?)\s+(?:podcast-?)?folge\b",
    r"\binterview\b[^.]{0,150}\baufnehmen\b",
    r"\b(?:moderator(?:in)?|auf\s+sendung|live\s+im\s+(?:radio|studio))\b",
)
ACADEMIC = (r"\b(?:master|bachelor|doktor|abschluss)arbeit\b", r"\bdissertation\b")
OTHER_INTERVIEWS = (
    r"\bbaufinanzierung\b|\bkredit(?:gespr(?:ä|ae)ch|beratung|antrag)\b|\b(?:bank|finanz)berat\w*",
    r"\bschulung\b",
    r"\bsteuerberat\w*",
    r"\bkein(?:e)?\s+(?:vorstellungs|bewerbungs)?(?:gespr[äa]ch|interview)\b",
    r"\b(?:newsletter\s+)?(?:abbestellen|abmelden)\b",
    r"\bim\s+interview\b",
    r"\baustrittsgespr[äa]ch\b",
    r"\bmitarbeitergespr[äa]ch\b",
    r"\bjahresgespr[äa]ch\b",
    r"\bnutzer(?:innen)?(?:forschung|studie|interview)\w*",
    r"\bforschungsinterview\b",
    r"\bgutschein\b",
    r"\bkeine\s+richtigen\s+oder\s+falschen\s+antworten\b",
    r"\bjob-?alarm\b",
    r"\bneue\s+stellenangebote\s+f[üu]r\s+(?:sie|dich)\b",
    r"\belternsprechtag\b",
    r"\belterngespr[äa]ch\b",
    r"\binterne[nr]?\s+(?:untersuchung|ermittlung)\b",
    r"\binterview(?:er)?-?(?:schulung|training)\b",
    r"\b(?:referent(?:inn)?en|sprecher(?:innen)?)\s*:",
    r"\bzulassungs(?:gespr[äa]ch|verfahren|interview)\w*",
    r"\breferenz(?:einholung|pr[üu]fung|check|anfrage|auskunft)\w*|\bals\s+referenz\s+(?:angegeben|genannt)\b",
    r"\binfo(?:rmations)?(?:veranstaltung|abend)\b|\btag\s+der\s+offenen\s+t[üu]r\b",
    r"\bkein(?:e|en)?\s+(?:klassisches|formelles|richtiges|offizielles)\s+(?:vorstellungs|bewerbungs)?(?:gespr[äa]ch|interview)\b",
    r"\b(?:job|karriere|absolventen|recruiting|firmenkontakt)messe\b|\bkarriere(?:tag|abend)\b",
    r"\bbef[öo]rderungs(?:gespr[äa]ch|gremium|kommission|verfahren|ausschuss)\w*|\binterne\s+bef[öo]rderung\b",
    r"\bwie\s+(?:war|lief)\s+(?:ihr|dein|das)\s+(?:vorstellungs|bewerbungs)?(?:gespr[äa]ch|interview)\b|\bbewerten\s+sie\s+(?:ihr\w*\s+)?(?:gespr[äa]ch|erfahrung|interview)\b",
    r"\bzeitversetzte[sn]?\s+(?:video-?)?interview\b|\bnehmen\s+sie\s+ihre\s+antworten\s+auf\b",
    r"\bbewerbungs(?:training|workshop|seminar|coaching|tipps)\b",
    r"\b(?:im|in\s+ihrem|in\s+deinem)\s+browser\s+(?:ansehen|anzeigen|[öo]ffnen)\b|\bwebansicht\b",
    r"\b(?:[üu]bungs|probe)interview\w*|\bsimulierte[sn]?\s+(?:vorstellungs|bewerbungs)gespr[äa]ch\b",
    r"\bkarriere(?:zentrum|center|service|beratung|coaching)\b|\bberufsberatung\b",
    r"\banmeldebest[äa]tigung\b|\b(?:vielen\s+dank|danke)\s+f[üu]r\s+(?:ihre|deine)\s+(?:anmeldung|registrierung)\b(?!\s+zu[mr]\s+(?:vorstellungs|bewerbungs|kennenlern))",
    r"\b(?:general)?konsulat\b|\bvisums?(?:antrag|termin|interview)\b|\bvisa-?(?:termin|antrag|interview)\b",
    r"\bbiometrische[nr]?\s+daten\b|\b(?:ausl[äa]nderbeh[öo]rde|b[üu]rgeramt|einwanderungsbeh[öo]rde)\b|\baufenthaltstitel\b",
    r"\bnutzer(?:test|befragung)\w*|\busability-?(?:test|studie)\w*|\bkundeninterview\w*|\bfokusgruppe\b",
    r"\ban\s+(?:unserer|einer|der)\s+(?:kurzen\s+)?umfrage\s+teil\b|\b(?:kunden|zufriedenheits)(?:umfrage|befragung)\b",
    r"\bzahnarzt\w*|\barzttermin\w*|\barztpraxis\b",
    r"\bgespeicherte[n]?\s+suche\b|\bpassende\s+jobs\s+f[üu]r\s+(?:sie|dich)\b",
    r"\bagentur\s+f[üu]r\s+arbeit\b|\bjobcenter\b|\barbeitsvermittl\w*|\bberatungsgespr[äa]ch\s+(?:beim|im)\s+(?:rav|ams)\b",
    r"\b(?:ihr(?:em)?|beim|im)\s+ams\b|\beams-konto\b",  # the Austrian employment office
    r"\b(?:registrierungs|erstregistrierungs)gespr[äa]ch\b|\bnicht\s+(?:f[üu]r|zu)\s+einer?\s+(?:bestimmten|konkreten)\s+(?:stelle|position|vakanz)\b",
    r"\bohne\s+(?:vorherige\s+)?(?:termin(?:vereinbarung)?|voranmeldung)\b",
    r"\b(?:eintritt\s+(?:frei|kostenlos)|\d+[ \t]+(?:aussteller))\b",
    r"\bwer\s+zuerst\s+kommt\b|\bnach\s+eingang\s+der\s+anmeldungen\b",
    r"\bnetworking[\s-](?:event|abend|frühstück)\b|\bnetzwerk(?:abend|treffen)\b",
)
ROLE_PLAY = (r"rollenspiel", r"simulation(?:\s+eines|\s+einer)?", r"simulierte[sr]?")
WEAK_OTHER = (
    r"abbestell", r"abmeld", r"im\s+interview", r"nutzerforschung", r"nutzerinterview", r"usability",
    r"nutzertest",
)
APPLICATION_ACK = (
    r"\bvielen\s+dank\s+f[üu]r\s+ihre\s+bewerbung\b",
    r"\b(?:danke|vielen\s+dank)\s+f[üu]r\s+deine\s+bewerbung\b",
    r"\b(?:ihre|deine)\s+bewerbung\s+(?:ist\s+)?(?:bei\s+uns\s+)?(?:eingegangen|angekommen)\b|\beingangsbest[äa]tigung\b",
    r"\bwir\s+haben\s+(?:ihre|deine)\s+bewerbung\s+(?:erhalten|bekommen)\b",
    r"\bsollten\s+(?:sie|du)\s+in\s+die\s+engere\s+auswahl\b",
)
REJECTION = (
    r"\bf[üu]r\s+(?:eine?n?\s+)?andere[n]?\s+(?:kandidat|bewerber)",
    r"\b(?:bewerbung|sie|dich)\s+(?:\w+\s+){0,4}nicht\s+(?:weiter\s+|mehr\s+)?ber[üu]cksichtig(?:en|t)\b|\bnicht\s+weiter\s+ber[üu]cksichtig",
    r"\b(?:stelle|position)\s+(?:wurde|ist)\s+(?:bereits\s+|inzwischen\s+|mittlerweile\s+)?(?:anderweitig\s+)?besetzt\b(?!\s+werden)|\banderweitig\s+besetzt\b",
    r"\bkeine\s+positive\s+(?:nachricht|r[üu]ckmeldung)\b",
    r"\bnicht\s+in\s+die\s+engere\s+wahl\b",
    r"\bzu\s+unserem\s+(?:gro[ßs]en\s+)?bedauern\b",
    r"\b(?:f[üu]r|mit)\s+(?:einer?|einem)\s+anderen?\s+(?:kandidat|bewerber)",
)
REJECTION_SOFT = (
    r"\bleider\b",
)
REJECTION_ABOUT = (
    r"\b(?:entschied|entscheid|kandidat|bewerber|profil|absage|berücksichtig|weitere[nr]?\s+(?:runde|schritt))",
)
CANCEL = (
    r"\babgesagt\b",
    r"\babsagen\b",
    r"\bentf[äa]llt\b|\bentfallen\s+(?:muss|m[üu]ssen|wird)\b",
    r"\bfindet\s+(?:\w+\s+)?nicht\s+statt\b",
    r"\b(?:stornierung|stornieren)\b",
    r"\bstorniert\b",
    r"\bf[äa]llt\s+aus\b",
    r"\b(?:termin|gespr[äa]chs?)absage\b|\babsage\s+(?:des|unseres|ihres)\s+(?:termins|gespr[äa]chs|vorstellungsgespr[äa]chs|interviews)\b|\babsage\s+termin\b",
    r"\bannulliert\b",
    r"\bauf\s+unbestimmte\s+zeit\s+verschoben\b",
    r"\b(?:wird|kann)\s+(?:\w+\s+)?nicht\s+stattfinden\b",
)
RESCHEDULE = (
    r"\bverschoben\b",
    r"\b(?:termin)?verschiebung\b",
    r"\bverlegt\b",
    r"\bverschieben\b",
    r"\bneuer\s+termin\b",
    r"\bumgeplant\b|\bneu\s+(?:terminiert|angesetzt)\b|\bumterminiert\b|\bvorverlegt\b",
    r"\btermin(?:verschiebung|[äa]nderung)\b",
    r"\bge[äa]nderte\s+(?:uhrzeit|startzeit)\b|\buhrzeit\s+(?:hat\s+sich\s+)?ge[äa]ndert\b",
    r"\bm[üu]ssen\s+(?:wir\s+)?(?:\w+\s+){0,3}(?:verschieben|verlegen|umplanen)\b",
    r"\b(?:aktualisierte|ge[äa]nderte)\s+einladung\b",
)
NOT_THE_TIME = (
    r"\breise\w*\b", r"\berster\s+arbeitstag\b", r"\bzeitfenster\b", r"\bw[äa]hlen\b", r"\bverf[üu]gbar\b",
    r"\bvorschl", r"\bwelche[rs]?\s+(?:termin|zeit|tag)\b",
    r"\bk[öo]nnte\s+(?:\w+\s+)?(?:passen|klappen|gehen)\b",
    r"\beine[nr]?\s+dieser\s+(?:termine|zeiten|optionen)\b",
)
NOT_YET = (
    r"\bum\s+(?:ein(?:en)?\s+)?(?:\w+\s+)?(?:gespr[äa]ch|interview|termin)\w*\s+zu\s+vereinbaren\b",
)
OFFER = (
    r"\bvertragsangebot\b",
    r"\barbeitsvertrag\b",
    r"\bjobangebot\b|\bvertragsunterlagen\b",
    r"\bfreuen\s+uns,?\s+(?:ihnen|dir)\s+(?:ein\s+|das\s+)?(?:angebot|die\s+stelle|eine\s+zusage)\b",
    r"\bzusage\s+f[üu]r\s+die\s+(?:stelle|position)\b",
)
NEW_TIME = (
    r"\bneue[rn]?\s+(?:termin|uhrzeit|zeit|datum)\b",
    r"\bverschoben\s+auf\b",
    r"\bstattdessen\b",
    r"\bverlegt\s+auf\b",
    r"\b(?:verschieben|verlegen)\s+(?:\w+\s+){0,3}auf\b",
    r"\b(?:neu\s+terminiert|neu\s+angesetzt|vorverlegt|umgeplant)\s+(?:auf|f[üu]r)\b",
    r"\bfindet\s+(?:[^\s]+\s+){0,3}(?:nun|jetzt|stattdessen)\s+(?:am|um)\b",  # "findet Ihr Gespräch nun am …"
    r"\bneue[rnms]?\s+(?:zeitpunkt|zeitfenster|startzeit)\b",
)
WAS_SET = (
    r"\burspr(?:ü|ue)nglich\b",
    r"\bwar\s+(?:f(?:ü|ue)r|am)\b[^.\n]{0,40}\bgeplant\b",
    r"\b(?:bisherige[nr]?|alte[nr]?|vorherige[nr]?)\s+(?:termin|slot|zeit)\b",
)
INSTEAD_OF = (r"statt", r"anstelle\s+(?:von|des)", r"anstatt", r"bisher", r"vorher")
CONFIRM_REPLY = (
    r"\bwir\s+nehmen\s+(?:den|dann)\b|\bwir\s+bleiben\s+bei\b",
    r"\b(?:ist\s+)?notiert\b|\bdanke\s+f(?:ü|ue)r\s+(?:die|ihre|deine)\s+(?:best(?:ä|ae)tigung|r(?:ü|ue)ckmeldung)\b",
    r"\bpasst\b",
    r"\bbis\s+(?:dann|morgen|montag|dienstag|mittwoch|donnerstag|freitag)\b",
    r"\bbest[äa]tigt\b",
    r"\bhalten\s+wir\s+(?:das\s+)?fest\b",
    r"\bhalten\s+wir\s+(?:den|die|das)\s+[^\n]{0,60}?\bfest\b",  # "halten wir den Donnerstag, … fest"
    r"\b(?:gerne\s+)?best[äa]tige\s+ich\b",
    r"\b(?:ist\s+)?(?:fest\s+)?eingeplant\b",
    r"\bsehen\s+uns\s+(?:am|dann)\b",
    r"\bklingt\s+(?:gut|super|perfekt)\b",
    r"\bperfekt\b",
    r"\bgeht\s+klar\b|\beinverstanden\b",
    r"\bgebucht\b",
    r"\bdie\s+(?:erste|zweite|dritte)\s+option\b",
    r"\bich\s+bin\s+dabei\b|\bich\s+werde\s+da\s+sein\b",
    r"\b(?:ich\s+)?best[äa]tige\s+(?:(?:ihnen|dir)\s+)?(?:gerne\s+)?(?:meine\s+teilnahme|den\s+termin|das\s+gespr[äa]ch)\b",
    r"\b(?:ich\s+)?best[äa]tige\s+(?:den\s+|am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|termin)\b",
)
SET_UNLESS_TOLD = (
    r"\b(?:ich\s+habe|wir\s+haben)\s+(?:sie|dich)\s+(?:schon\s+(?:mal\s+)?|bereits\s+)?(?:eingetragen|vorgemerkt|eingeplant)\b",
    r"\b(?:falls|wenn)\s+(?:das|der\s+termin)\s+nicht\s+passt,?\s+(?:sagen\s+sie|sag|melden\s+sie\s+sich|melde\s+dich)\b",
)
CONFIRMED = (
    r"\bist\s+(?:best[äa]tigt|geplant|angesetzt)\b",
)
SCHEDULED = (r"\btermin\b", r"\bdatum\b", r"\buhrzeit\b", r"\bbest[äa]tig")
INTERVIEW_STEMS = (
    "test", "fallstudie", "live", "hearing", "gespr", "probe", "schnupper",
    "runde", "schriftlich", "präsentation",
    "prasentation",
    "assessment", "beaufsichtigt", "überwacht",
)
JOB_WORDS = (
    "stelle", "bewerbung", "bewerbungsprozess", "auswahlverfahren", "vakanz", "lebenslauf", "cv",
    r"kader(?:stelle|position|funktion)",  # (Swiss: a management position)
)
CALL_WORDS = ("anruf", "telefonat", "gespr[äa]ch")
JOB_MEETING = (
    r"\bn[äa]chste[rn]?\s+schritt\b[^.?]{0,80}\b(?:gespr[äa]ch|telefonat|call|austausch)\s+mit\b",
    r"\b(?:gespr[äa]ch|telefonat|anruf|kennenlernen)\b[^.?]{0,80}\b(?:f[üu]r|zur|über|bez[üu]glich)\s+(?:die\s+|der\s+|unsere\s+|eure\s+)?(?:[\w-]+\s+){0,3}(?:stelle|position|rolle|vakanz)\b",
    r"\b(?:danke|vielen\s+dank)\s+f[üu]r\s+(?:ihre|deine)\s+bewerbung\b[\s\S]{0,300}?\b(?:unser|unseren|das|ein|einen|einem|einer)\s+(?:\w+\s+)?(?:gespr[äa]ch|telefonat|kennenlernen|video-?call|call)\b",
    r"\bwir\s+suchen\b[\s\S]{0,400}?\b(?:unser|ein|das)\s+(?:kennenlernen|telefonat|videocall|gespr[äa]ch)\b",
    # "danke für Deine Bewerbung … Lass uns gern am Mittwoch um 11 Uhr sprechen"
    r"\b(?:danke|vielen\s+dank)\s+f[üu]r\s+(?:ihre|deine)\s+bewerbung\b[\s\S]{0,300}?\b(?:lass(?:t)?\s+uns|lassen\s+sie\s+uns)\b"
    r"[^?\n]{0,80}?\b(?:sprechen|telefonieren|austauschen|kennenlernen|treffen)\b",
    r"\b(?:mein|unser)e?r?\s+(?:kunde|kundin|mandant(?:in)?|auftraggeber(?:in)?)\b[\s\S]{0,250}?\b(?:m[öo]chte|will|w[üu]rde)\s+(?:sie|dich)\s+(?:gerne\s+)?(?:pers[öo]nlich\s+)?"
    r"(?:kennenlernen|treffen|sprechen)\b",
    # (the same in a clause: "dass unser Mandant, die … GmbH, Sie gerne persönlich kennenlernen möchte")
    r"\b(?:mein|unser)e?r?\s+(?:kunde|kundin|mandant(?:in)?|auftraggeber(?:in)?)\b[^.?]{0,80}?\b(?:sie|dich)\s+(?:gerne\s+)?(?:pers[öo]nlich\s+)?"
    r"(?:kennenlernen|treffen|sprechen)\s+(?:m[öo]chte|will|w[üu]rde)\b",
    # a company that wants to meet the candidate ("Die … GmbH möchte Sie für die Position … gerne persönlich
    # kennenlernen", "Sûre Fund Services möchte Sie kennenlernen!")
    r"\b(?:m[öo]chte|m[öo]chten|will|w[üu]rde|w[üu]rden)\s+(?:sie|dich)\s+(?:[\w-]+\s+){0,8}?kennenlernen\b",
    r"\b(?:bezugnehmend\s+auf|bez[üu]glich|im\s+rahmen)\s+(?:ihrer|deiner)\s+bewerbung\b[\s\S]{0,200}?\b(?:gespr[äa]ch|kennenlernen|telefonat|treffen)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:vor|nach)\s+(?:deinem|ihrem|dem)\s+(?:[\w-]+\s+)?(?:vorstellungs|bewerbungs)?gespr[äa]ch\b",
)
NEXT_STEP = (
    r"\bn[äa]chste[rn]?\s+schritte?\b",
)
IF_CLAUSE = (r"(?:falls|wenn|sollten?\s+(?:sie|du|es)|im\s+falle?)\b",)
ASK_BEFORE = (r"\bm[öo]glich,?\s+(?:\w+\s+){0,3}zu\s*$", r"\bk[öo]nn(?:t)?en\s+wir\s+(?:\w+\s+){0,3}$")
OFFER_BEFORE = (
    r"\b(?:button|schaltfl[äa]che|link)\s*[\"“„'‘»]?\s*$",
    r"\bk[öo]nnen\s+(?:sie|du)\s+(?:einen?\s+)?(?:neuen?\s+)?$",
    r"\b(?:falls|wenn|sollten?)\s+(?:\w+\s+){0,3}$",
    r"\bnicht\s+(?:mehr\s+)?$",  # "der Termin kann nicht verschoben werden"
)
FORWARD_PREFIXES = ("wg",)
REPLY_PREFIXES = ("aw", "antw")
SUBJECT_HINTS = (
    "vorstellungs", "gespr[äa]ch", "einladung", "termin", "anruf", "danke",
)
NEGATIONS = ("nicht", "kein", "keine", "keinen")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"abbestell", r"abmeld")
OPT_OUT = (r"nicht\s+mehr\s+(?:erhalten|empfangen)",)
OLD_COL = (r"alte[rs]?", r"bisherige[rs]?", r"urspr[üu]ngliche[rns]?")
NEW_COL = (r"neue[rs]?",)
MOVED_FROM = ("von", "vom")
