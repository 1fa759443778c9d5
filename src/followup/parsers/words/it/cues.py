"""Italian words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    r"\bcolloqui(?:o)?\b",
    r"\bcolloquio\s+(?:conoscitivo|tecnico|di\s+lavoro|motivazionale|individuale|finale|telefonico|conclusivo|di\s+selezione)\b",
    r"\b(?:primo|secondo|terzo|ultimo)\s+colloquio\b",
    r"\bintervista\s+(?:di\s+lavoro|tecnica|conoscitiva)\b",
    r"\bgiornata\s+(?:di\s+prova|di\s+affiancamento|in\s+affiancamento|di\s+immersione)\b",
    r"\bvideo-?colloqui(?:o)?\b",
    r"\b(?:incontro|chiacchierata|call|videocall|chiamata|telefonata)\s+conoscitiv[oa]\b",
    r"\bassessment\s+(?:center|centre|di\s+gruppo)\b",
    r"\b(?:fase|tappa)\s+finale\s+(?:di\s+selezione|del\s+processo)\b",
    r"\b(?:prova|test)\s+(?:tecnic[ao]\s+)?(?:in\s+presenza|in\s+sede)\b",
    r"\bprova\s+tecnica\s+(?:dal\s+vivo|live)\b|\bsessione\s+di\s+prova\s+tecnica\b",
    # the next stage of the selection, as English "next stage" ("invitarLa alla fase successiva del
    # processo di selezione: una prova tecnica … che si terrà lunedì")
    r"\b(?:fase|tappa)\s+successiva\s+(?:del\s+(?:processo|percorso)\s+di\s+selezione|della\s+selezione)\b",
    r"\bprova\s+(?:tecnica|pratica)\b[^.\n]{0,80}?\bsi\s+terr[àa]\b",
    # the oral stage of a public selection ("ammessa alla prova orale, che si terrà il giorno …")
    r"\b(?:prova|esame|colloquio)\s+orale\b",
    # a meeting with the hiring manager ("incontro con il responsabile"): a stage of the selection
    r"\b(?:incontro|chiamata|call|chiacchierata|videochiamata)\s+con\s+(?:il|la)\s+(?:responsabile|manager)\b",
    # a written test at a fixed time ("prova scritta", "épreuve écrite"): a stage of the selection
    r"\b(?:prova|test|esame)\s+scritt[oa]\b",
    r"\bpresentazione\s+(?:del(?:l[\'’])?\s*(?:tuo|suo)?\s*)?(?:caso\s+(?:di\s+studio|pratico)|case\s+study|business\s+case)\b",
    # invitato a una prova tecnica ("La invitiamo a svolgere la prova tecnica online")
    r"\b(?:invit|convoc)(?:iamo|arla|arti|arvi)\s+a\s+(?:svolgere\s+|sostenere\s+)?(?:la|una)\s+prova\s+tecnica\b",
)
CANDIDATE_FRAMING = (
    # the formal notice of a public selection ("si comunica che la S.V. è ammessa alla prova orale")
    r"\bla\s+s\.\s?v\.|\bsignoria\s+vostra\b|\b(?:è|sei)\s+ammess[ao]\s+(?:alla|al|all['’])",
    r"\bin\s+bocca\s+al\s+lupo\b|\bbuona\s+fortuna\b|\bincrocio\s+le\s+dita\b",
    r"\b(?:il\s+)?(?:suo|tuo|vostro)\s+colloquio\b",
    r"\b(?:la\s+)?(?:sua|tua)\s+(?:sessione\s+di\s+)?prova\s+tecnica\b",
    r"\bla\s+(?:sua|tua)\s+candidatura\b",
    r"\b(?:la|ti)\s+(?:invitiamo|vorremmo\s+invitare|invito)\b",
    r"\bsiamo\s+lieti\s+di\s+invitarl[ao]\b",
    r"\binvitarti\b|\binvitarla\b",
    r"\b(?:incontrer(?:ai|à)|parlerai\s+con|sosterrai)\b",
    r"\ble\s+confermo\b|\bti\s+confermo\b",
    r"\bcongratulazioni\b",
    r"\bin\s+bocca\s+al\s+lupo\b",
    r"\b[èe]\s+convocat[oa]\b",
    r"\bconvocazione\s+(?:al|a|per\s+il)\s+colloquio\b",
    r"\bgrazie\s+per\s+(?:il\s+(?:tuo|suo)\s+)?interesse\b",
    r"\b(?:la|ti)\s+aspettiamo\b",
    r"\babbiamo\s+(?:fissato|programmato|prenotato)\s+(?:il\s+)?(?:tuo|suo)\b",
    r"\b(?:sarai|sar[àa])\s+intervistat[oa]\b",
    r"\bvorremmo\s+conoscert[iì]\b|\bvorremmo\s+conoscerla\b",
    r"\b(?:le|ti)\s+(?:inoltro|giro)\s+l[\'’]invito\b",
    r"\b(?:gentili|cari|care)\s+candidat[ei]\b|\binvitarvi\b|\bvi\s+invitiamo\b",
    r"\b(?:vorrebbe(?:ro)?|desidera(?:no)?)\s+(?:conoscerla|conoscerti|incontrarla|incontrarti)\b",
)
CANDIDATE_STRONG = (
    r"(?:suo|tuo)\s+colloquio",
)
MEETING_WORDS = ("colloqui", "chiamata", "telefonata", "videochiamata", "chiacchierata", "call")
INTERVIEWER_FRAMING = (
    r"\b(?:il|la|i|le)\s+candidat[oaie]\b",
    r"\bscheda\s+di\s+valutazione\b",
    r"\b(?:nostr[aoie]|vostr[aoie]|tre|due|quattro)\s+candidat[oaie]\b",
    r"\bcandidat[oa]\s*:\s*(?-i:[A-Z])",
    r"\b(?:i\s+(?:tre|due|quattro)\s+)cv\b",
    r"\b(?:allego|ti\s+invio|le\s+invio)\s+il\s+mio\s+(?:cv|curriculum)\b",
    r"\bcome\s+(?:selezionator|intervistator)[ei]\b",
    r"\b(?:griglia|modulo)\s+di\s+valutazione\b",
    r"\b(?:tuo|suo|vostro)\s+feedback\s+su(?:l|lla)?\s+candidat",
    r"\bfar\s+parte\s+del(?:la)?\s+(?:panel|commissione)\b|\bpartecipare\s+al\s+panel\b",
    r"\bcv\s+del(?:la)?\s+candidat",
    r"\bquesto\s+candidato\b|\bquesta\s+candidata\b",
)
PRESS = (
    r"\bgiornalist[ai]\b",
    r"\bstampa\b",
    r"\bquotidiano\b",
    r"\brivista\b",
    r"\bgiornale\b",
    r"\bredazione\b",
    r"\barticolo\b",
    r"\bpuntata\b",
    r"\bepisodio\b",
    r"\btestata\b",
    r"\bradiofonic[ao]\b|\btelevisiv[ao]\b|\btelevisione\b|\bemittente\b",
    r"\bascoltatori\b|\blettori\b|\bnostr[oa]\s+ospite\b",
    r"\beditorialista\b|\bcorrispondente\b|\binviat[oa]\s+speciale\b",
    r"\bnumero\s+di\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre)\b",
    r"\bprova\s+(?:audio|microfono)\b|\bcopertina\b",
    r"\b(?:conduttor(?:e|rice)|in\s+onda)\b",
)
ACADEMIC = (r"\btesi\s+di\s+laurea\b", r"\bdottorato\b", r"\btesi\s+magistrale\b")
OTHER_INTERVIEWS = (
    r"\bmutuo\b|\bprestito\b|\bconsulente\s+(?:finanziario|bancario)\b",
    r"\bcolloquio\s+di\s+uscita\b",
    r"\bformazione\s+(?:sui|per)\s+colloqui\b",
    r"\bnon\s+[èe]\s+un\s+colloquio\b",
    r"\bannulla(?:re)?\s+(?:l')?iscrizione\b|\bdisiscriv",
    r"\bcolloqui\s+(?:scuola|genitori)\b|\bcolloquio\s+(?:con\s+i\s+genitori|scolastico)\b",
    r"\bvisto\s+consolare\b",
    r"\bintervista\s+(?:di\s+ricerca|per\s+(?:una\s+|la\s+)?ricerca)\b",
    r"\bricerca\s+(?:utent[ei]|di\s+mercato|ux)\b",
    r"\bbuono\s+(?:regalo|acquisto|amazon)\b",
    r"\bnon\s+ci\s+sono\s+risposte\s+giuste\b",
    r"\bnuove\s+offerte\s+(?:di\s+lavoro\s+)?per\b",
    r"\bricerc[ah][e]?\s+salvat[ae]\b",
    r"\bavvisi?\s+(?:di\s+)?(?:lavoro|offerte)\b",
    r"\bcommercialista\b",
    r"\bpartita\s+iva\b",
    r"\bgenitor[ei]\b",
    r"\balunn[oaie]\b",
    r"\bregistro\s+elettronico\b",
    r"\bseminario\s+(?:online|web)\b",
    r"\bcommissione\s+(?:di\s+)?(?:promozione|avanzamento)\b|\bpromozione\s+interna\b",
    r"\bsimulazione\s+(?:di\s+|del\s+)?colloqui[oi]\b|\bcolloqui[oi]\s+simulat[oi]\b",
    r"\b(?:fiera|salone|festival)\s+del\s+lavoro\b|\bgiornata\s+(?:di\s+|dell['’])orientamento\b",
    r"\b(?:incontro|sessione)\s+informativ[oa]\b|\bporte\s+aperte\b",
    r"\bgrazie\s+per\s+(?:esserti|essersi|esservi)\s+(?:registrat|iscritt)[oaie]\b|\biscrizione\s+(?:al|alla|all['’])\s*(?:webinar|evento|seminario|workshop|corso|fiera)\b",
    r"\b(?:consolato|ambasciata)\b|\bappuntamento\s+per\s+il\s+visto\b",
    r"\b(?:rilievi|dati)\s+(?:foto)?(?:dattiloscopici|biometrici)\b|\bquestura\b|\bpermesso\s+di\s+soggiorno\b",
    r"\bdentista\b|\bappuntamento\s+dal\s+(?:medico|dentista)\b|\bstudio\s+(?:medico|dentistico)\b",
    r"\bsondaggio\b|\bquestionario\s+di\s+(?:soddisfazione|gradimento)\b|\bindagine\s+di\s+soddisfazione\b",
    r"\bcom['’]?\s?[èe]\s+andato\s+(?:il\s+)?(?:tuo\s+|suo\s+)?colloquio\b|\bvaluta\s+(?:il\s+tuo\s+colloquio|la\s+tua\s+esperienza)\b",
    r"\b(?:video-?)?colloquio\s+(?:video\s+)?(?:registrato|asincrono|differito)\b|\bregistra\s+le\s+tue\s+risposte\b",
    r"\bconsigli\s+per\s+(?:affrontare\s+|superare\s+)?un\s+colloquio\b|\bcome\s+(?:superare|affrontare)\s+(?:al\s+meglio\s+)?un\s+colloquio\b",
    r"\bvisualizza\s+(?:questa\s+(?:email|e-mail|mail)\s+)?nel\s+(?:tuo\s+)?browser\b|\bversione\s+web\b",
    r"\bservizio\s+(?:placement|orientamento)\b|\bcareer\s+service\b",
    r"\bverifica\s+(?:delle\s+)?referenze\b|\bcome\s+referente\b",
    r"\btest\s+di\s+usabilit[àa]\b|\bintervist[ae]\s+(?:agli|con\s+gli)\s+utenti\b",
    r"\bcolloquio\s+(?:di\s+)?ammissione\b|\bammissione\s+(?:al|alla)\s+(?:master|mba|corso|scuola|dottorato)\b",
    r"\bcolloquio\s+annuale\b|\bvalutazione\s+annuale\b",
    r"\bcarta\s+regalo\b",
    r"\brelatori\s*:",
    r"\bnon\s+si\s+tratta\s+di\s+un\s+colloquio\b|\bnon\s+[èe]\s+un\s+vero\s+(?:e\s+proprio\s+)?colloquio\b",
    r"\bconsulente\s+(?:mutui|del\s+credito|finanziario)\b",
    r"\brichiesta\s+di\s+mutuo\b",
    r"\bcentro\s+per\s+l['’]impiego\b",
    r"\bnon\s+[èe]\s+(?:ancora\s+)?(?:per|relativ[oa]\s+a)\s+una\s+posizione\s+(?:specifica|precisa)\b",
    r"\bsenza\s+(?:appuntamento|prenotazione)\b",
    r"\b(?:ingresso\s+(?:gratuito|libero)|\d+[ \t]+(?:espositori))\b",
    r"\bin\s+ordine\s+di\s+arrivo\b",
    r"\b(?:evento|serata|aperitivo)\s+di\s+networking\b",
)
ROLE_PLAY = (r"gioco\s+di\s+ruolo", r"simulazione(?:\s+di)?", r"simulat[oa]", r"role[\s-]?play")
WEAK_OTHER = (r"disiscriv", r"ricerca\s+(?:sugli\s+|con\s+gli\s+)?utenti", r"usabilit")
APPLICATION_ACK = (
    r"\babbiamo\s+ricevuto\s+la\s+(?:sua|tua)\s+candidatura\b",
    r"\bgrazie\s+per\s+(?:la\s+(?:sua|tua)\s+candidatura|aver\s+(?:inviato|presentato))\b",
    r"\bqualora\s+il\s+(?:suo|tuo)\s+profilo\b",
    r"\bgrazie\s+per\s+esserti\s+candidat[oa]\b",
    r"\bcandidatura\s+(?:[èe]\s+stata\s+)?ricevuta\b|\bconferma\s+(?:di\s+)?ricezione\b",
    r"\bnel\s+caso\s+in\s+cui\s+il\s+(?:suo|tuo)\s+profilo\b|\bse\s+il\s+(?:suo|tuo)\s+profilo\s+(?:sar[àa]|risulter[àa])\b",
    r"\b(?:sarai|verrai|sar[àa]|verr[àa])\s+ricontattat[oa]\s+(?:solo\s+)?(?:se|qualora|in\s+caso)\b",
)
REJECTION = (
    r"\bnon\s+(?:proseguire|procedere)\s+con\s+la\s+(?:sua|tua)\s+candidatura\b",
    r"\bproseguire\s+con\s+altr[ie]\s+(?:candidat|profil)",
    r"\babbiamo\s+deciso\s+di\s+(?:proseguire|procedere|andare\s+avanti)\s+con\s+altr[ie]\s+(?:candidat|profil)",
    r"\b(?:candidatura|profilo)\s+non\s+(?:[èe]\s+stat[oa]|sar[àa])\s+(?:selezionat|ritenut)",
    r"\bnon\s+(?:[èe]|sei)\s+stat[oa]\s+selezionat[oa]\b",
    r"\bla\s+posizione\s+[èe]\s+stata\s+(?:gi[àa]\s+)?(?:coperta|chiusa|assegnata)\b",
    r"\b(?:ci\s+dispiace|siamo\s+spiacenti\s+di)\s+(?:comunicarle|comunicarti|informarla|informarti)\b",
    r"\bnon\s+(?:potremo|possiamo)\s+(?:proseguire|procedere|dare\s+seguito)\s+(?:con\s+la|alla)\s+(?:sua|tua)\s+candidatura\b",
)
REJECTION_SOFT = (
    r"\bpurtroppo\b",
)
REJECTION_ABOUT = (
    r"\b(?:decis|decid|candidat|profil|proseguire|procedere|selezione)",
)
CANCEL = (
    r"\bannullat[oa]\b",
    r"\bannull(?:are|iamo|amento)\b",
    r"\bcancellat[oa]\b",
    r"\bdisdett[oa]\b",
    r"\bnon\s+(?:potr[àa]\s+(?:pi[ùu]\s+)?(?:svolgersi|avere\s+luogo|tenersi)|si\s+terr[àa]|avr[àa]\s+luogo)\b",
    r"\bannullat[ie]\b|\bdisdiciamo\b",
    r"\b(?:colloquio|incontro|selezione)\s+(?:[èe]\s+)?(?:stat[oa]\s+)?sospes[oa]\b",
    r"\bnon\s+si\s+(?:svolger[àa]|terr[àa]\s+pi[ùu])\b",
    r"\brinviat[oa]\s+a\s+data\s+da\s+destinarsi\b",
)
RESCHEDULE = (
    r"\bspostat[oa]\b",
    r"\bspost(?:are|iamo)\b",
    r"\brinviat[oa]\b",
    r"\b(?:rimandat|posticipat)[oa]\b",
    # "anticipato a giovedì", "è stato anticipato" (not "come anticipato telefonicamente": as mentioned)
    # ("come anticipato al telefono": as said on the phone)
    r"\b(?:[èe]|stat[oa]|viene|verr[àa])\s+anticipat[oa]\b|(?<!\bcome\s)\banticipat[oa]\s+(?:a|al|alle|all'|di)\b(?!\s*(?:telefono|voce|mail|e-mail)\b)",
    r"\briprogrammat[oa]\b",
    r"\bnuov[oa]\s+(?:data|orario)\b",
    r"\bcambi(?:o|are)\s+(?:di\s+)?(?:data|orario)\b",
    r"\bspostat[ie]\b",
    r"\bripianificat[oa]\b",
    r"\brimandiamo\b|\bposticipiamo\b|\bripianifichiamo\b",
    r"\b(?:dobbiamo|abbiamo\s+dovuto)\s+(?:spostare|rimandare|posticipare|anticipare|ripianificare)\b",
    r"\binvito\s+aggiornato\b",
    r"\bvariazione\s+(?:di\s+)?(?:data|orario)\b",
)
NOT_THE_TIME = (
    r"\bdisponibil",
    r"\bviaggio\b",
    r"\bvolo\b",
    r"\bprimo\s+giorno\b",
    r"\bscadenza\b",
    r"\bentro\s+e\s+non\s+oltre\b",
    r"\bpropo(?:sta|ste|rre|niamo)",
    r"\bscegli",
    r"\bha\s+scritto:",
    r"\bopzioni\b",
    r"\bquale\s+(?:orario|giorno|opzione)\s+(?:preferisci|preferisce|ti\s+va)\b",
    r"\bpotrebbe\s+(?:\w+\s+)?(?:andare|funzionare)\b",
    r"\buno\s+di\s+questi\s+(?:orari|slot)\b|\buna\s+di\s+queste\s+(?:date|opzioni)\b",
)
NOT_YET = (
    r"\bper\s+(?:fissare|organizzare|programmare|concordare)\s+(?:un\s+|il\s+)?colloquio\b",
)
OFFER = (
    r"\blettera\s+di\s+(?:offerta|assunzione)\b", r"\bproposta\s+(?:contrattuale|di\s+assunzione)\b",
    r"\bofferta\s+(?:formale|di\s+assunzione|economica)\b", r"\blieti\s+di\s+offrir(?:ti|le)\b",
)
NEW_TIME = (
    r"\b(?:la\s+|il\s+)?nuov[oa]\s+(?:data|orario)\b",
    r"\b(?:spostat|rinviat|riprogrammat)[oa]\s+(?:a|al|alle|per)\b",
    r"\bora\s+(?:sar[àa]|[èe])\b",
    r"\binvece\b",
    r"\b(?:rimandat|posticipat|anticipat|ripianificat)[oa]\s+(?:a|al|alle|per)\b",
    r"\b(?:spostiamo|rimandiamo|posticipiamo|anticipiamo|abbiamo\s+spostato)\s+(?:\w+\s+){0,3}(?:a|al|alle|per)\b",
)
WAS_SET = (
    r"\b(?:inizialmente|originariamente)\b",
    r"\bera\s+(?:stat[oa]\s+)?(?:previst[oa]|fissat[oa]|programmat[oa])\b",
    r"\b(?:orario|data|slot|appuntamento)\s+(?:originale|precedente|iniziale)\b",
)
INSTEAD_OF = (r"invece\s+d[ie]l?", r"al\s+posto\s+d[ie]l?", r"anzich[ée]")
CONFIRM_REPLY = (
    r"\boptiamo\s+per\b|\bscegliamo\b",
    r"\b(?:ricevuto|preso\s+nota)[,.!]",
    r"\bva\s+benissimo\b|\bva\s+bene\b",
    r"\bperfetto\b",
    r"\bconfermat[oa]\b",
    r"\ba\s+(?:presto|domani)\b",
    r"\bti\s+aspetto\b",
    r"\bci\s+vediamo\b",
    r"\b[èe]\s+fissat[oa]\b",
    r"\bper\s+me\s+(?:va\s+bene|[èe]\s+ok|funziona)\b",
    r"\bd['’]accordo\b(?!\s+con\b)",
    r"\bconfermo\b",
    r"\bla\s+(?:prima|seconda|terza)\s+opzione\b",
    r"\bfissiamo\s+(?:per|il|alle)\b",
    r"\bgrazie\s+(?:per\s+la|della)\s+conferma\b|\bci\s+sar[òo]\b",
    r"\bconfermo\s+(?:per\s+)?(?:il\s+|lo\s+)?(?:luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|giorno|orario)\b",
)
SET_UNLESS_TOLD = (
    r"\bti\s+ho\s+(?:gi[àa]\s+)?(?:segnat[oa]|bloccato|prenotato|inserit[oa])\b",
    r"\bsalvo\s+(?:tuo|suo)?\s*(?:diverso\s+avviso|avviso\s+contrario)\b",
)
CONFIRMED = (r"\b(?:[èe]|resta)\s+(?:confermat|fissat|programmat)", r"\bsi\s+terr[àa]\b")
SCHEDULED = (
    r"\bdata\s*:", r"\bdata\s+e\s+ora(?:rio)?\b", r"\borario\b", r"\bfissat[oa]\b", r"\bconfermat[oa]\b",
)
INTERVIEW_STEMS = (
    "test", "sessione", "colloq", "intervist", "prova", "affiancamento", "immersione",
    "assessment", "conoscitiv", "fase", "tappa",
    "responsabil", "con il manager", "con la manager", "esam", "presentazione",
)
JOB_WORDS = ("posizione", "candidatura", "ruolo", "opportunità", "cv", "curriculum", "selezione")
CALL_WORDS = ("chiamata", "telefonata", "videochiamata", "conversazione")
JOB_MEETING = (
    # an agency's client meeting the candidate ("il cliente … ha dovuto annullare l'incontro con te")
    r"\bcliente\b[^?\n]{0,150}?\b(?:incontro|appuntamento|colloquio)\s+con\s+(?:te|lei|voi)\b",
    r"\bprossim[oa]\s+(?:passo|step|fase)\b[^.?]{0,80}\b(?:chiamata|conversazione|call|incontro)\s+con\b",
    r"\b(?:conversazione|chiamata|telefonata|incontro|incontrar\w*|chiacchierata|call)\b[^.?]{0,80}\b(?:per|sul(?:la)?|riguardo(?:\s+alla)?|relativ[oa]\s+alla|in\s+merito\s+alla)\s+(?:la\s+|il\s+|l')?(?:posizione|ruolo)\b",
    r"\bgrazie\s+per\s+(?:la\s+(?:tua|sua)\s+candidatura|esserti\s+candidat[oa]|aver\s+inviato)\b[\s\S]{0,300}?\b(?:la\s+nostra|il\s+nostro|una|un)\s+(?:(?:prima|primo|breve)\s+)?(?:chiacchierata|call|chiamata|telefonata|videochiamata|incontro)\b",
    r"\bstiamo\s+cercando\b[\s\S]{0,400}?\b(?:la\s+nostra|una|la)\s+(?:chiacchierata|call|chiamata|videochiamata)\b",
    # "il profilo è molto interessante per il ruolo di … Confermo lunedì alle 17:30 in videochiamata"
    r"\b(?:cv|curriculum|profilo)\b[^.?\n]{0,80}\b(?:interessante|in\s+linea)\b[^.?\n]{0,60}\b(?:ruolo|posizione)\b"
    r"[\s\S]{0,300}?\b(?:videochiamata|chiamata|call|incontro|conoscer\w+)\b",
    r"\b(?:(?:il|al|del)\s+(?:mio|nostro)|(?:la|alla|della)\s+(?:mia|nostra))\s+(?:azienda\s+)?cliente\b[\s\S]{0,250}?\b(?:vorrebbe|desidera|vuole)\s+(?:incontrarla|incontrarti|conoscerla|conoscerti)\b",
    r"\b(?:in\s+merito\s+alla|a\s+seguito\s+della|relativamente\s+alla)\s+(?:sua|tua)\s+candidatura\b[\s\S]{0,200}?\b(?:incontro|chiacchierata|call|conoscerla|conoscerti)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:prima|dopo)\s+(?:del\s+(?:tuo\s+|suo\s+)?colloquio)\b",
)
NEXT_STEP = (
    r"\bprossim[aoi]\s+(?:passi|passo|fase|step)\b",
)
IF_CLAUSE = (
    r"(?:qualora|nel\s+caso|in\s+caso\s+d|se\s+(?:per\s+qualche|non\s|dovess|avess|ha\s+bisogno|hai\s+bisogno|ci\s+fosse))",
)
ASK_BEFORE = (r"\b(?:possibile|potremmo|possiamo|potrebbe)\s*$",)
OFFER_BEFORE = (
    r"\b(?:pulsante|bottone)\s*[\"“'‘«]?\s*$",
    r"\bpu[òo]i\s+(?:richiedere|scegliere)\s+(?:un|una|un'altra)?\s*$",
    r"\b(?:nel\s+caso(?:\s+in\s+cui)?|qualora|se)\s+(?:\w+\s+){0,4}$",
    r"\bper\s*$",
    r"\bo\s+(?:se\s+)?(?:ha|hai)\s+bisogno\s+di\s*$",
    r"\bnon\s+(?:[èe]|sar[àa])\s+possibile\s*$|\bnon\s+(?:si\s+)?pu[òo]\s+(?:essere\s+)?$",
)
FORWARD_PREFIXES = ("i", "inoltro")
REPLY_PREFIXES = ("r", "re")
SUBJECT_HINTS = (
    "colloquio", "colloqui", "invito", "convocazione", "appuntamento", "chiamata", "telefonata", "spostat",
    "annullat", "grazie", r"\bi:", r"\br:",
)
NEGATIONS = ("non", "né")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"iscrizione", r"disiscriv")
OPT_OUT = (r"smettere\s+di\s+ricevere",)
OLD_COL = (r"precedente", r"vecchi[oa]", r"originale")
NEW_COL = (r"nuov[oa]",)
MOVED_FROM = ("da", "dal")
