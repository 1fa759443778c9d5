"""Dutch words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    # a case to work out and present: "casusopdracht", "je presenteert je uitwerking"
    r"\b(?:casus|case)(?:opdracht|presentatie)\b|\bpresenteer\w*\s+(?:je|jouw|de)\s+(?:uitwerking|casus|case)\b",
    r"\bsollicitatiegesprek(?:ken)?\b",
    # invited to an assessment as a stage ("nodigen wij u uit voor het online assessment")
    r"\bnodig(?:en|t)?\s+(?:wij\s+|we\s+)?(?:u|je|jou)\s+(?:graag\s+|hierbij\s+)?uit\s+voor\s+(?:het|een|de)\s+(?:online\s+)?assessment\b",
    r"\bkennismakingsgesprek(?:ken)?\b",
    r"\b(?:eerste|tweede|derde|laatste|vervolg|technisch|telefonisch|online)e?\s+gesprek\b",
    r"\b(?:vervolg|selectie|eind|video|telefoon|intake)gesprek(?:ken)?\b",
    r"\bsollicitatie-?interview\b",
    r"\bassessment(?:dag|center|centrum)\b",
    r"\buitnodig\w*\s+(?:\w+\s+){0,3}voor\s+een\s+(?:\w+\s+)?gesprek\b",
    r"\b(?:het|ons|een)\s+gesprek\s+(?:op|met|bij|van)\b",
    r"\b(?:het|ons|jullie|je|jouw|uw)\s+(?:\w+\s+)?gesprek\b",
    r"\b(?:teams|zoom|online)[-\s]?gesprek\b",
    r"\bproefdag\b|\bmeeloopdag\b",
    r"\b(?:je|jouw|uw|het|een|dit|dat)\s+assessment\b",
    r"\b(?:telefonisch(?:e)?\s+)?(?:kort\s+)?kennismak(?:en|ing)\b",
    r"\bselectieronde\b",
    r"\beindronde\b|\b(?:tweede|derde|laatste)\s+ronde\b",
    r"\b(?:technische\s+)?(?:test|praktijkopdracht)\s+op\s+(?:locatie|kantoor)\b",
    r"\blive\s+(?:technische\s+)?(?:test|opdracht)\b",
    r"\bschriftelijke\s+(?:test|toets|opdracht|proef)\b",
    r"\bpresentatie\s+van\s+(?:je|jouw|uw|de)\s+(?:case(?:opdracht)?|casus)\b",
    # uitgenodigd voor een technische test ("we nodigen je uit voor de technische test")
    r"\bnodigen\s+(?:je|jou|u)\s+(?:graag\s+)?uit\s+voor\s+(?:de|een|onze)\s+(?:online\s+)?(?:technische|coding)\s+test\b",
)
CANDIDATE_FRAMING = (
    r"\b(?:uw|je|jouw)\s+(?:sollicitatie|kennismakings|vervolg)?gesprek\b",
    r"\b(?:uw|je|jouw)\s+sollicitatie\b",
    r"\b(?:uw|je|jouw)\s+(?:technische\s+test|assessment)\b",
    r"\bwe\s+(?:nodigen|willen)\s+(?:u|je|jou)\s+(?:graag\s+)?(?:uit|uitnodigen)\b",
    r"\bnodigen\s+(?:u|je|jou)\s+(?:graag\s+)?uit\b",
    r"\b(?:u|je)\s+spreekt\s+met\b",
    r"\bgefeliciteerd\b",
    r"\bbij\s+deze\s+bevestig\b",
    r"\b(?:bedankt|dank)\s+voor\s+(?:je|jouw|uw)\s+interesse\b",
    r"\bkijken\s+(?:er\s+)?(?:naar\s+)?uit\s+(?:om\s+)?(?:je|jou|u)\b",
    r"\bsucces\s+(?:gewenst|met\s+(?:het|je)\s+gesprek)\b",
    r"\bwe\s+(?:zien|spreken)\s+(?:je|u)\s+graag\b",
    r"\b(?:je|u)\s+maakt\s+kennis\s+met\b|\b(?:je|u)\s+(?:zult|zal|gaat)\s+(?:\w+\s+)?spreken\s+met\b",
    r"\b(?:je|jouw|uw)\s+kandidatuur\b",
    r"\bproficiat\b|\bveel\s+succes\b",
    r"\bwe\s+hebben\s+(?:je|jou|u)\s+(?:ingepland|uitgenodigd)\b",
    r"\bik\s+stuur\s+(?:je|u)\s+de\s+uitnodiging\s+door\b",
    r"\bbeste\s+kandidaten\b|\bnodigen\s+(?:we|wij)\s+jullie\b",
    r"\bwil(?:len)?\s+(?:je|jou|u)\s+(?:graag\s+)?(?:ontmoeten|leren\s+kennen|spreken)\b",
)
CANDIDATE_STRONG = (
    r"(?:uw|je|jouw)\s+\w*gesprek",
)
MEETING_WORDS = (r"\w*gesprek", "belafspraak", "videocall", "kennismaking")
INTERVIEWER_FRAMING = (
    r"\bde\s+kandida(?:at|ten|te)\b",
    r"\bbeoordelingsformulier\b",
    r"\b(?:onze|jullie|deze)\s+kandida(?:at|ten|te)\b",
    r"\bkandidaat\s*:\s*(?-i:[A-Z])",
    r"\bkandidaat\s+(?-i:[A-Z][a-z]+\s+[A-Z])",
    r"\bcv\s+van\s+(?-i:[A-Z])",
    r"\bmijn\s+cv\b",
    r"\bals\s+interviewer\b",
    r"\b(?:je|jouw|uw)\s+feedback\s+over\s+(?:de\s+)?kandida",
    r"\bscoreformulier\b|\bevaluatieformulier\b",
    r"\b(?:zitting\s+nemen|plaatsnemen|deelnemen)\s+in\s+(?:de\s+)?(?:sollicitatiecommissie|het\s+panel)\b",
    r"\b(?:zijn|haar)\s+cv\b",
)
PRESS = (
    r"\bredacteur\b|\b(?:ochtend|avond|middag|radio|tv)programma\b",
    r"\bjournalist(?:en|e)?\b",
    r"\bverslaggever\b",
    r"\bkrant\b",
    r"\btijdschrift\b",
    r"\bredactie\b",
    r"\bdagblad\b",
    r"\bartikel\b",
    r"\bpodcast\w*",
    r"\baflevering\b",
    r"\bfotograaf\b",
    r"\bcitaten\b",
    r"\buitzending\b",
    r"\bomroep\w*|\b(?:radio|televisie|tv)programma\b|\btelevisie\b",
    r"\bluisteraars\b|\blezers\b|\bkijkers\b|\bonze\s+gast\b",
    r"\bpers(?:bericht|conferentie|aanvraag)\b|\bde\s+pers\b",
    r"\bgeluidscheck\b|\bcoverstory\b",
    r"\b(?:presentator|in\s+de\s+uitzending|live\s+op\s+de\s+radio)\b",
)
ACADEMIC = (r"\bscriptie\b", r"\bafstudeeronderzoek\b")
OTHER_INTERVIEWS = (
    r"\bhypothe(?:ek\w*|ken\b|cair\w*)|\bwoonkrediet\b|\blening\b|\bfinancieel\s+advis\w+",
    r"\bexitgesprek\b|\bfunctioneringsgesprek\b|\bbeoordelingsgesprek\b|\boudergesprek\b",
    r"\bgeen\s+(?:sollicitatie)?gesprek\b",
    r"\bafmelden\s+(?:voor\s+(?:deze|de)\s+nieuwsbrief)?\b|\buitschrijven\b",
    r"\btraining\s+(?:sollicitatie|gespreks)",
    r"\bgebruikersonderzoek\b",
    r"\bklantonderzoek\b",
    r"\bmarktonderzoek\b",
    r"\bcadeaubon\b",
    r"\bgeen\s+goede\s+of\s+foute\s+antwoorden\b",
    r"\bvacature-?alert\b",
    r"\bjob-?alert\b",
    r"\bnieuwe\s+vacatures\s+(?:voor\s+jou|die\s+passen)\b",
    r"\bloopbaan(?:coach\w*|traject|begeleiding)\b",
    r"\bbelastingadvis\w*",
    r"\bouderavond\b",
    r"\b10-?minutengesprek\b",
    r"\bsollicitatie(?:training|workshop|tips)\b",
    r"\bpromotie(?:commissie|gesprek|traject)\b|\binterne\s+promotie\b",
    r"\bproefsollicitatie\b|\boefen(?:gesprek|sollicitatie|interview)\b|\bsollicitatiegesprek\s+oefenen\b",
    r"\b(?:banen|vacature|carri[èe]re|job)beurs\b|\bcarri[èe]redag\b|\bbedrijvendag\b",
    r"\binformatie(?:avond|bijeenkomst|sessie)\b|\bopen\s+dag\b|\bopendeurdag\b",
    r"\b(?:aanmelding|inschrijving|registratie)\s+voor\s+(?:het|de|ons|onze)\s+(?:webinar|evenement|workshop"
    r"|informatie\w+|beurs|training|masterclass)\b|\b(?:je|u)\s+bent\s+(?:nu\s+)?(?:ingeschreven|aangemeld)"
    r"\s+voor\s+(?:het|de|ons|onze)\s+(?:webinar|evenement|workshop|training|masterclass|informatie\w+)\b",
    r"\bvisum(?:aanvraag|gesprek|afspraak)\b|\b(?:consulaat|ambassade)\b",
    r"\bbiometrische\s+gegevens\b|\bind-(?:loket|afspraak|desk)\b|\bimmigratie-\s+en\s+naturalisatiedienst\b|\bverblijfsvergunning\b",
    r"\btandarts\w*|\bhuisarts\w*|\bdoktersafspraak\b|\bziekenhuisafspraak\b",
    r"\benqu[êe]te\b|\btevredenheidsonderzoek\b",
    r"\bhoe\s+(?:ging|was|verliep)\s+(?:je|jouw|uw|het)\s+(?:sollicitatie)?gesprek\b|\bbeoordeel\s+(?:je|jouw|uw)\s+(?:gesprek|ervaring)\b",
    r"\b(?:opgenomen|asynchrone?)\s+video-?(?:interview|sollicitatie|gesprek)\b|\bvideosollicitatie\b|\bneem\s+(?:je|uw)\s+antwoorden\s+op\b",
    r"\bbekijk\s+(?:deze\s+(?:e-?mail|nieuwsbrief)\s+)?in\s+(?:je|uw|de)\s+browser\b|\bwebversie\b",
    r"\breferentie(?:check|gesprek)\b|\bopgegeven\s+als\s+referentie\b",
    r"\bgebruikerstest\w*|\bbruikbaarheidstest\w*|\bfocusgroep\b|\bonderzoeksgesprek\b",
    r"\btoelatingsgesprek\b",
    r"\bgeen\s+(?:echt|formeel|officieel)e?\s+(?:sollicitatie)?gesprek\b",
    r"\bopgeslagen\s+zoekopdracht\w*",
    r"\bcadeaukaart\b|\bwaardebon\b",
    r"\bsprekers\s*:",
    r"\baangifte\s+inkomstenbelasting\b",
    r"\badministratiekantoor\b",
    r"\bbelastingaangifte\b",
    r"\baangifte\s+(?:personen|inkomsten)belasting\b",
    r"\bbelastingconsulent\b",
    r"\buwv\b|\bvdab\b|\bwerkcoach\b",
    r"\binschrijf(?:gesprek|afspraak)\b|\bniet\s+(?:voor|over)\s+een\s+(?:specifieke|concrete)\s+(?:functie|vacature)\b",
    r"\bzonder\s+afspraak\b|\bvrije\s+inloop\b",
    r"\b(?:gratis\s+(?:toegang|entree)|\d+[ \t]+(?:standhouders|recruiters))\b",
    r"\bwie\s+(?:het\s+)?eerst\s+komt\b",
    r"\bnetwerk(?:borrel|event|avond)\b",
)
ROLE_PLAY = (r"rollenspel", r"simulatie(?:\s+van)?", r"gesimuleerde?")
WEAK_OTHER = (r"uitschrijv", r"afmeld", r"gebruikersonderzoek", r"usability", r"gebruikerstest")
APPLICATION_ACK = (
    r"\b(?:bedankt|dank)\s+voor\s+(?:uw|je|jouw)\s+sollicitatie\b",
    r"\bwe\s+hebben\s+(?:uw|je|jouw)\s+sollicitatie\s+(?:in\s+goede\s+orde\s+)?ontvangen\b",
    r"\b(?:je|uw|jouw)\s+sollicitatie\s+is\s+(?:in\s+goede\s+orde\s+)?ontvangen\b|\bontvangstbevestiging\b",
    r"\b(?:bedankt|dank)\s+voor\s+(?:je|jouw|uw)\s+kandidatuur\b",
    r"\b(?:als|indien)\s+(?:je|jouw|uw)\s+profiel\s+(?:aansluit|past|voldoet)\b",
    r"\bnemen\s+(?:we|wij)\s+contact\s+met\s+(?:je|jou|u)\s+op\s+(?:als|indien)\b",
)
REJECTION = (
    r"\bniet\s+(?:verder\s+)?(?:door\s+te\s+gaan|meenemen)\b",
    r"\bandere\s+kandida(?:at|ten)\s+(?:te\s+)?(?:gekozen|kiezen)\b",
    r"\bniet\s+(?:verder\s+)?(?:mee\s+)?(?:te\s+)?nemen\s+in\s+de\s+(?:verdere\s+)?(?:procedure|selectie)\b",
    r"\b(?:gekozen|gegaan)\s+voor\s+een\s+andere\s+kandida|\bvoor\s+een\s+andere\s+kandidaat\s+(?:gekozen|gegaan)\b",
    r"\bde\s+(?:vacature|functie)\s+is\s+(?:inmiddels\s+)?(?:vervuld|ingevuld)\b",
    r"\bniet\s+(?:geselecteerd|door\s+naar\s+de\s+volgende\s+ronde)\b",
    r"\bmoeten\s+(?:we\s+|wij\s+)?(?:u|je|jou)\s+(?:helaas\s+)?teleurstellen\b",
    r"\b(?:niet\s+verder\s+(?:gaan|te\s+gaan)|gaan\s+niet\s+verder)\s+met\s+(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur)\b",
)
REJECTION_SOFT = (
    r"\bhelaas\b",
)
REJECTION_ABOUT = (
    r"\b(?:besloten|beslissing|kandida|profiel|verder\s+te\s+gaan|door\s+te\s+gaan|selectie)",
)
CANCEL = (
    r"\bgeannuleerd\b",
    r"\bannuler(?:en|ing)\b",
    r"\bafgezegd\b",
    r"\bafzeggen\b",
    r"\bgaat\s+(?:helaas\s+)?niet\s+door\b",
    r"\bvervalt\b|\bkomt\s+te\s+vervallen\b",
    r"\bafgelast\b",
    r"\bvindt\s+(?:\w+\s+)?niet\s+(?:meer\s+)?plaats\b|\bzal\s+niet\s+(?:meer\s+)?plaatsvinden\b",
    r"\buitgesteld\s+(?:tot\s+nader\s+order|voor\s+onbepaalde\s+tijd)\b",
    r"\bafgeblazen\b",
)
RESCHEDULE = (
    r"\bverplaatst\b",
    r"\bverplaatsen\b",
    r"\bverzet\b",
    r"\bverzetten\b",
    r"\bverschoven\b",
    r"\bnieuw(?:e)?\s+(?:datum|tijd|tijdstip|afspraak|moment)\b",
    r"\bomgezet\b",
    r"\b(?:(?:moeten|hebben|willen)\s+(?:we|wij)|(?:we|wij)\s+(?:moeten|hebben|willen))\s+(?:\w+\s+){0,3}(?:verzetten|verschuiven|verplaatsen|omboeken)\b",
    r"\bgewijzigde?\s+(?:tijd|datum|uitnodiging|tijdstip)\b|\b(?:tijd|datum|tijdstip)\s+(?:is\s+)?gewijzigd\b",
    r"\bbijgewerkte\s+uitnodiging\b",
    r"\bomgeboekt\b",
    r"\bvervroegd\b|\buitgesteld\s+(?:naar|tot)\s+(?!nader)",
)
NOT_THE_TIME = (
    r"\bbeschikba",
    r"\bschikt\b",
    r"\bvoorke",
    r"\bvoorstel",
    r"\b(?-i:reis)(?:kosten|tijd)?\b",
    r"\beerste\s+werkdag\b",
    r"\bdeadline\b",
    r"\buiterlijk\b",
    r"\bkiezen\b",
    r"\bschreef\b",
    r"\bmomenten\b",
    r"\baanbieden\b",
    r"\bwelk\s+moment\b",
    r"\bhet\s+beste\s+past\b",
    r"\bzou\s+(?:\w+\s+)?kunnen\b",
    r"\b(?:een|één)\s+van\s+deze\s+(?:tijden|momenten|opties|data)\b",
)
NOT_YET = (
    r"\bom\s+een\s+(?:\w+\s+)?(?:gesprek|afspraak)\s+in\s+te\s+plannen\b",
)
OFFER = (
    r"\b(?:arbeids)?contract\s+(?:aanbieden|voorstel)\b",
    r"\barbeidsvoorwaardenvoorstel\b|\bbaanaanbod\b",
    r"\bjobaanbieding\b|\bjobaanbod\b|\baanbodbrief\b",
    r"\b(?:functie|baan|job|positie)\s+(?:aan\s+te\s+bieden|aanbieden)\b",
    r"\barbeidsovereenkomst\s+(?:ter\s+ondertekening|toegevoegd|bijgevoegd)\b",
    r"\barbeidsvoorwaardengesprek\b|\b(?:je|jou|u)\s+(?:graag\s+)?een\s+(?:aanbod|voorstel)\s+doen\b",
)
NEW_TIME = (
    r"\bnieuwe\s+(?:datum|tijd)\b",
    r"\b(?:verplaatst|verzet)\s+naar\b",
    r"\bin\s+plaats\s+daarvan\b",
    r"\b(?:verschoven|omgezet|uitgesteld|vervroegd|omgeboekt)\s+naar\b",
    r"\bnieuwe?\s+(?:tijdstip|moment)\b",
    r"\b(?:verplaatsen|verzetten)\s+(?:\w+\s+){0,3}naar\b",
    r"\bin\s+de\s+plaats\b",
)
WAS_SET = (
    r"\b(?:oorspronkelijk|aanvankelijk)\b",
    r"\b(?:stond|was)\s+(?:gepland|ingepland)\b",
    r"\b(?:oorspronkelijke|oude|vorige|eerdere)\s+(?:tijd|datum|afspraak|tijdslot)\b",
)
INSTEAD_OF = (r"in\s+plaats\s+van", r"i\.?p\.?v\.?", r"eerder\s+gepland\s+op")
CONFIRM_REPLY = (
    r"\bwe\s+gaan\s+voor\b|\bwe\s+kiezen\s+voor\b",
    r"\b(?:genoteerd|goed\s+ontvangen)\b",
    r"\bschikt\s+mij\b|\bkomt\s+goed\s+uit\b",
    r"\b(?:dat\s+is|klinkt)\s+(?:prima|goed)\b",
    r"\bprima,?\s+tot\b",
    r"\btot\s+(?:dan|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag)\b",
    r"\bbevestigd\b",
    r"\bzie\s+je\s+(?:dan|graag|maandag|dinsdag|woensdag|donderdag|vrijdag)\b",
    r"\bis\s+bevestigd\b",
    r"\bakkoord\b",
    r"\bdat\s+past\b|\bpast\s+(?:mij|me)\s+(?:ook\s+)?(?:goed|prima|perfect|uitstekend)\b|\bpast\s+(?:mij|me)\s+ook\b",
    # "Dan noteren we jouw gesprek definitief op woensdag …"
    r"\b(?:noteren|zetten|plannen)\s+we\s+(?:\w+\s+){0,3}definitief\b|\bdefinitief\s+(?:vast|ingepland|bevestigd)\b",
    r"\b(?:is|staat)\s+genoteerd\b|\bstaat\s+in\s+(?:mijn|de)\s+agenda\b",
    r"\bde\s+(?:eerste|tweede|derde)\s+optie\b",
    r"\bgoed\s+voor\s+mij\b",
    r"\bzie\s+u\s+(?:dan|graag|maandag|dinsdag|woensdag|donderdag|vrijdag)\b",
    r"\bdan\s+zie\s+ik\s+(?:je|u)\b",
    r"\bprima\b",
    r"\bik\s+ben\s+erbij\b|\bbedankt\s+voor\s+(?:je|jouw|uw|de)\s+bevestiging\b",
    r"\bik\s+bevestig\s+(?:graag\s+)?(?:mijn\s+(?:aanwezigheid|deelname)|het\s+gesprek|de\s+afspraak)\b",
    r"\bik\s+bevestig\s+(?:voor\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|de\s+afspraak)\b",
)
SET_UNLESS_TOLD = (
    r"\bik\s+heb\s+(?:je|u)\s+(?:alvast\s+|al\s+)?(?:ingepland|ingeboekt|genoteerd)\b",
    r"\btenzij\s+ik\s+(?:iets\s+)?(?:anders\s+)?(?:van\s+(?:je|u)\s+)?hoor\b",
)
CONFIRMED = (
    r"\b(?:is|staat)\s+(?:bevestigd|ingepland|gepland)\b",
)
SCHEDULED = (r"\bdatum\b", r"\btijd\b", r"\bingepland\b", r"\bbevestig")
INTERVIEW_STEMS = (
    "test", "praktijkopdracht", "live",
    "gesprek", "interview", "assessment", "proefdag", "meeloopdag", "kennismak", "selectieronde", "ronde",
    "schriftelijk", "presentatie", "casus", "caseopdracht", "casepresentatie", "presenteer",
)
JOB_WORDS = ("vacature", "functie", "sollicitatie", "cv", "positie", "selectieprocedure", "wervingsprocedure")
CALL_WORDS = ("belafspraak", "telefoontje", "videogesprek", "gesprek")
JOB_MEETING = (
    r"\bvolgende\s+stap\b[^.?]{0,80}\b(?:gesprek|call|belafspraak|kennismaking)\s+met\b",
    r"\b(?:gesprek|belafspraak|kennismaking|videocall|videogesprek)\b[^.?]{0,80}\b(?:voor|over)\s+(?:de|het|onze)\s+(?:[\w-]+\s+){0,2}(?:functie|vacature|rol|positie)\b",
    r"\bbedankt\s+voor\s+(?:je|jouw|uw)\s+sollicitatie\b[\s\S]{0,300}?\b(?:ons|onze|het|een)\s+(?:\w+\s+)?(?:gesprek|belafspraak|kennismaking|videocall|videogesprek)\b",
    r"\bwe\s+zoeken\b[\s\S]{0,400}?\b(?:ons|onze|een|het)\s+(?:gesprek|videocall|kennismaking)\b",
    r"\b(?:mijn|onze)\s+(?:klant|opdrachtgever)\b[\s\S]{0,250}?\b(?:wil|zou)\s+(?:graag\s+)?(?:met\s+(?:je|jou|u)\s+kennismaken|(?:je|jou|u)\s+(?:graag\s+)?(?:ontmoeten|spreken))\b",
    r"\b(?:naar\s+aanleiding\s+van|n\.a\.v\.)\s+(?:je|jouw|uw)\s+sollicitatie\b[\s\S]{0,200}?\b(?:gesprek|kennismaking|afspraak|videocall)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:voor|na)\s+(?:je|jouw|uw|het)\s+(?:sollicitatie)?gesprek\b",
)
NEXT_STEP = (
    r"\bvolgende\s+stap(?:pen)?\b",
)
IF_CLAUSE = (r"(?:als|mocht(?:en)?|indien|wanneer)\b",)
ASK_BEFORE = (
    r"\bmogelijk\s+(?:zijn\s+)?(?:om\s+)?(?:\w+\s+){0,3}(?:te\s+)?$",
    r"\bkunnen\s+we\s+(?:\w+\s+){0,3}$",
)
OFFER_BEFORE = (
    r"\b(?:knop|link)\s*[\"“'‘]?\s*$",
    r"\bkun\s+(?:je|u)\s+(?:een\s+)?(?:nieuw\w*\s+)?$",
    r"\b(?:als|indien|mocht(?:en)?)\s+(?:\w+\s+){0,4}$",
    r"\bniet\s+(?:meer\s+)?(?:mogelijk\s+(?:om\s+)?)?(?:te\s+)?$",  # "kan niet verplaatst worden"
)
FORWARD_PREFIXES = ("doorst",)
REPLY_PREFIXES = ("antw",)
SUBJECT_HINTS = (
    "sollicitatie", "gesprek", "uitnodiging", "vacature", "afspraak", "verplaatst", "geannuleerd",
    "bedankt", r"\bdoorst:",
)
NEGATIONS = ("niet", "geen")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"afmeld", r"uitschrijv")
OPT_OUT = (r"niet\s+(?:langer|meer)\s+ontvangen",)
OLD_COL = (r"oude?", r"vorige", r"oorspronkelijke")
NEW_COL = (r"nieuwe?",)
MOVED_FROM = ("van",)
