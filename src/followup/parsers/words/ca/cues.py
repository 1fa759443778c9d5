"""Catalan words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    r"\bentrevist(?:a|es)\b",
    r"\bfase\s+(?:final|d['’]entrevistes?)\b",
    r"\b(?:ronda|etapa)\s+final\b|\b(?:segona|tercera|[úu]ltima)\s+ronda\b",
    r"\bdin[àa]mica\s+de\s+grup\b",
    r"\bjornada\s+(?:de\s+prova|d['’]immersi[óo])\b",
    r"\bprova\s+(?:t[èe]cnica\s+)?presencial\b",  # a fixed slot at their office
    r"\b(?:prova\s+t[èe]cnica|repte\s+t[èe]cnic)\s+(?:en\s+directe|en\s+viu|a\s+les\s+nostres\s+oficines)\b",
    r"\bsessi[óo]\s+de\s+(?:prova|repte)\s+t[èe]cnic[a]?\b",
    # a meeting with the hiring manager ("reunió amb la responsable de l'equip")
    r"\b(?:reuni[óo]|trucada|videotrucada|conversa|xerrada)\s+amb\s+(?:el|la)\s+(?:hiring\s+manager|respons"
    r"able\s+(?:de\s+l['’][àa]rea|de\s+l['’]equip|del\s+departament|de\s+contractaci[óo]|de\s+la\s+vacant))\b",
    r"\b(?:prova|examen|test)\s+escrit[a]?\b",
    r"\bpresentaci[óo]\s+(?:del?\s+(?:teu\s+|vostre\s+|seu\s+)?)?(?:cas\s+pr[àa]ctic|estudi\s+de\s+cas)\b",
    r"\b(?:prova|examen)\s+(?:en\s+l[íi]nia\s+|online\s+)?(?:t[èe]cnica\s+)?(?:supervisad[ae]|vigilad[ae])\b",
    # convidat a una prova tècnica ("us convidem a fer la prova tècnica en línia")
    r"\b(?:convid|convoc)(?:em|ar-te|ar-vos|ar-la|ar-lo)\s+a\s+(?:fer\s+|realitzar\s+)?(?:la|una)\s+prova\s+t[èe]cnica\b",
    # a public selection's test at a set time ("citació a la prova pràctica", "admesa a la prova oral")
    r"\b(?:citaci[óo]|admes[ao]?|convocad[ao]|convocat[òo]ria)\s+(?:a|per\s+a)\s+(?:la\s+|l['’])?(?:fase\s+de\s+(?:la\s+)?)?"
    r"(?:prova|exercici)\s+(?:pr[àa]ctic[a]?|oral|de\s+coneixements)\b",
)
CANDIDATE_FRAMING = (
    r"\b(?:teva|vostra|seva)\s+entrevista\b",
    r"\b(?:teva|vostra|seva)\s+prova\s+t[èe]cnica\b",
    r"\b(?:et|us)\s+(?:convidem|volem\s+convidar|volíem\s+convidar|esperem|confirmem)\b",
    r"\bconvidar-(?:te|us|vos)\b",
    r"\b(?:teva|vostra|seva)\s+candidatura\b",
    r"\b(?:et|us)\s+confirmo\b",
    r"\bens\s+agradaria\s+(?:con[èe]ixer-(?:te|vos|la|lo)|convidar-(?:te|vos|la|lo))\b",
    r"\bparlar[àa]s\s+amb\b|\bparlareu\s+amb\b|\bet\s+reunir[àa]s\s+amb\b|\bt['’]entrevistar[àa]n?\b",
    r"\benhorabona\b|\bfelicitats\b|\bmolta\s+sort\b",
    r"\bgr[àa]cies\s+pel\s+(?:teu|vostre|seu)\s+inter[èe]s\b",
    r"\bhem\s+(?:programat|reservat|agendat|fixat)\s+(?:la\s+|el\s+)?(?:teva|vostra|seva|teu|vostre)\b",
    r"\bet\s+reenvio\s+la\s+(?:invitaci[óo]|convocat[òo]ria)\b",
    r"\b(?:benvolguts|benvolgudes|estimats|estimades)\s+candidat(?:s|es)\b",
    r"\b(?:vol|volen|voldria|voldrien)\s+(?:con[èe]ixer-(?:te|vos)|entrevistar-(?:te|vos))\b",
)
CANDIDATE_STRONG = (r"(?:teva|vostra|seva)\s+entrevista",)
MEETING_WORDS = ("entrevista", "reuni[óo]", "trucada", "videotrucada", "conversa", "xerrada")
INTERVIEWER_FRAMING = (
    r"\bels\s+candidats\b|\bel\s+candidat\b(?!\s+(?:ideal|idoni|perfecte))",
    r"\bel\s+nostre\s+candidat\b|\bla\s+nostra\s+candidata\b",
    r"\bcom\s+a\s+entrevistador(?:a|s|es)?\b",
    r"\b(?:teu|teva|vostre|vostra)\s+(?:feedback|valoraci[óo]|avaluaci[óo])\s+(?:sobre|del?)\s+(?:la\s+|el\s+)?candidat",
    r"\b(?:full|formulari|fitxa)\s+d['’]avaluaci[óo]\b",
    r"\b(?:cv|curr[íi]culum)\s+(?:del|de\s+la)\s+candidat",
    r"\b(?:formar\s+part|unir-te)\s+(?:del|al)\s+(?:panel|tribunal)\b",
    r"\bentrevistar\s+(?:el|la|al)\s+candidat",
    r"\bentrevisten\s*:",
)
PRESS = (
    r"\bperiodistes?\b",
    r"\bpremsa\b",
    r"\breportatge\b",
    r"\barticle\b",
    r"\bepisodi\b",
    r"\brevista\b",
    r"\bcorresponsal\b|\bcolumnista\b|\bp[òo]dcast\b",
    r"\bentrevista\s+(?:radiof[òo]nica|televisiva|a\s+la\s+r[àa]dio|a\s+la\s+televisi[óo])\b|\bprograma\s+de\s+(?:r[àa]dio|televisi[óo])\b",
    r"\btelevisi[óo]\b|\bemissora\b|\br[àa]dio\b",
    r"\bmitjans\s+de\s+comunicaci[óo]\b",
    r"\b(?:els\s+nostres\s+)?(?:oients|lectors|espectadors)\b|\bel\s+nostre\s+convidat\b|\bla\s+nostra\s+convidada\b",
    r"\bprova\s+de\s+so\b|\bportada\b",
    r"\b(?:presentador(?:a)?|en\s+antena)\b",
)
ACADEMIC = (r"\btesi\b", r"\btreball\s+(?:de\s+)?fi\s+de\s+(?:grau|m[àa]ster)\b", r"\btesi\s+doctoral\b")
OTHER_INTERVIEWS = (
    r"\bhipoteca\b|\bpr[ée]stec\b|\bgestor\s+(?:bancari|personal)\b",
    r"\bno\s+[ée]s\s+una\s+entrevista\b|\bno\s+es\s+tracta\s+d['’]una\s+entrevista\b",
    r"\bdona['’]t\s+de\s+baixa\b|\bdonar-te\s+de\s+baixa\b|\bcancel[·.•-]?lar\s+(?:la\s+)?subscripci[óo]\b",
    r"\bentrevista\s+(?:consular|de\s+visat)\b",
    r"\bbaixa\s+volunt[àa]ria\b",
    r"\bentrevista\s+de\s+recerca\b",
    r"\brecerca\s+(?:d['’]usuaris|amb\s+usuaris|ux|de\s+mercat)\b",
    r"\btargeta\s+(?:de\s+)?regal\b|\bxec\s+regal\b",
    r"\bno\s+hi\s+ha\s+respostes\s+(?:correctes|bones)\b",
    r"\balertes?\s+de\s+feina\b|\bnoves\s+ofertes\s+de\s+feina\b",
    r"\bassessor(?:ia)?\s+fiscal\b",
    r"\breuni[óo]\s+de\s+pares\b|\btutoria\s+amb\s+(?:els\s+)?pares\b",
    r"\bentrevista\s+de\s+sortida\b",
    r"\binvestigaci[óo]\s+interna\b",
    r"\bformaci[óo]\s+(?:de|per\s+a)\s+entrevistadors\b",
    r"\bponents\s*:|\bconfer[èe]ncia\s+inaugural\b",
    r"\bentrevista\s+d['’]admissi[óo]\b|\bproc[ée]s\s+d['’]admissi[óo]\b",
    r"\b(?:verificaci[óo]|comprovaci[óo])\s+de\s+refer[èe]ncies\b",
    r"\b(?:sessi[óo]|xerrada)\s+informativa\b|\bjornada\s+de\s+portes\s+obertes\b",
    r"\b(?:fir(?:a|es)|f[òo]rums?|sal[óo])\s+(?:de\s+l['’]ocupaci[óo]|d['’]ocupaci[óo]|de\s+feina|de\s+treball)\b|\bjornad(?:a|es)\s+d['’](?:ocupaci[óo]|ocupabilitat)\b",
    r"\bcomit[èe]\s+de\s+promoci[óo]\b|\bpromoci[óo]\s+interna\b",
    r"\bcom\s+et\s+va\s+anar\s+(?:l['’]|la\s+teva\s+)entrevista\b|\bvalora\s+la\s+teva\s+(?:entrevista|experi[èe]ncia)\b",
    r"\bentrevista\s+(?:en\s+)?(?:v[íi]deo\s+)?(?:diferida|as[íi]ncrona|pregravada|gravada)\b|\bgrava\s+les\s+teves\s+respostes\b",
    r"\bconvocat[òo]ria\s+de\s+(?:pon[èe]ncies|comunicacions)\b",
    r"\bwebinar(?:s|is)?\b|\bseminari\s+(?:web|en\s+l[íi]nia|online)\b",
    r"\btaller\s+(?:de\s+|sobre\s+|d['’])(?:entrevistes?|ocupabilitat|cv|curr[íi]culum|recerca\s+de\s+feina)\b",
    r"\bconsells\s+per\s+a\s+(?:una\s+|l['’])?entrevista\b|\bconsells\s+per\s+(?:superar|triomfar)\b",
    r"\bveure\s+(?:aquest\s+(?:correu|missatge)\s+)?(?:al|en\s+el)\s+navegador\b",
    r"\b(?:simulaci[óo]|simulacre)\s+d['’]entrevista\b|\bentrevista\s+(?:simulada|de\s+pr[àa]ctica)\b",
    r"\bservei\s+d['’]orientaci[óo]\s+(?:professional|laboral)\b|\bcoaching\s+de\s+carrera\b",
    r"\bgr[àa]cies\s+per\s+(?:registrar-te|inscriure['’]t|inscriure-us)\b|\binscripci[óo]\s+(?:al|a\s+la|en\s+el)\s+(?:webinar\w*|esdeveniment|taller|seminari|fira|curs)\b",
    r"\b(?:consolat|ambaixada)\b|\bcita\s+consular\b",
    r"\bentrevista\s+informativa\b",
    r"\bentrevistes?\s+(?:amb|a)\s+(?:usuaris|clients)\b|\b(?:estudi|prova)\s+d['’]usabilitat\b|\bgrup\s+focal\b",
    r"\benquesta\s+de\s+(?:satisfacci[óo]|opini[óo])\b|\b(?:respon|completa|omple)\s+(?:\w+\s+){0,3}enquesta\b",
    r"\b(?:cita|visita|consulta)\s+m[èe]dica\b|\bdentista\b",
    r"\bcerca\s+desada\b|\bnoves\s+feines\s+per\s+a\s+tu\b",
    r"\b(?:has|heu|ha)\s+completat\s+(?:la|la\s+teva|la\s+vostra)\s+entrevista\b",
    r"\bcom\s+a\s+panelistes?\b",
    r"\bmodera(?:r|dor|dora)?\s+(?:la\s+)?(?:sessi[óo]|entrevista|taula)\b",
    r"\boficina\s+de\s+treball\b|\bservei\s+(?:p[úu]blic\s+)?d['’]ocupaci[óo]\b",
    r"\bsense\s+cita\s+pr[èe]via\b",
    r"\b(?:entrada\s+(?:gratu[ïi]ta|lliure)|\d+[ \t]+(?:expositors|empreses\s+expositores))\b",
    r"\bper\s+ordre\s+d['’]arribada\b",
    r"\b(?:esdeveniment|trobada|esmorzar|vespre)\s+de\s+networking\b",
)
ROLE_PLAY = (r"joc\s+de\s+rol(?:s)?", r"simulaci[óo](?:\s+d['’]una?)?", r"simulad[ae]")
WEAK_OTHER = (r"baixa", r"recerca\s+(?:d['’]|amb\s+)usuaris", r"usabilitat")
APPLICATION_ACK = (
    r"\bhem\s+rebut\s+(?:la\s+)?(?:teva|vostra|seva)\s+(?:sol[·.•-]?licitud|candidatura)\b",
    r"\bgr[àa]cies\s+per\s+(?:la\s+(?:teva|vostra|seva)\s+(?:candidatura|sol[·.•-]?licitud)|presentar\s+la\s+(?:teva|vostra)\s+candidatura|haver-te\s+inscrit|inscriure['’]t\s+a\s+l['’]oferta)\b",
    r"\bsi\s+(?:el\s+)?(?:teu|vostre|seu)\s+perfil\s+(?:[ée]s\s+seleccionat|encaixa|s['’]ajusta)\b|\ben\s+cas\s+que\s+(?:siguis|sigueu|sigui)\s+seleccionad",
    r"\bens\s+posarem\s+en\s+contacte\s+amb\s+(?:tu|vosaltres|vost[èe])\s+(?:si|en\s+cas)\b",
    r"\b(?:candidatura|sol[·.•-]?licitud)\s+rebuda\b",
)
REJECTION = (
    r"\bno\s+(?:podem|podrem|hem\s+pogut)\s+(?:continuar|seguir|avan[çc]ar)\s+amb\s+(?:la\s+)?(?:teva|vostra|seva)\s+candidatura\b",
    r"\b(?:hem\s+decidit|hem\s+optat\s+per)\s+(?:continuar|seguir|avan[çc]ar)\s+amb\s+altr(?:es|a|e)\s+(?:candidat|perfil|persona)",
    r"\bno\s+(?:has|heu|ha)\s+estat\s+(?:seleccionat|seleccionada|seleccionats|seleccionades)\b",
    r"\b(?:teu|vostre|seu)\s+perfil\s+no\s+(?:s['’]ajusta|encaixa)\b",
    r"\b(?:la\s+)?(?:vacant|posici[óo]|pla[çc]a)\s+(?:ja\s+)?(?:ha\s+estat|s['’]ha)\s+cobert[a]?\b",
    r"\b(?:lamentem|sentim)\s+(?:comunicar|informar)-(?:te|vos|li)\b",
)
REJECTION_SOFT = (
    r"\bmalauradament\b|\bdissortadament\b|\blamentablement\b",
)
REJECTION_ABOUT = (
    r"\b(?:decid|decisi[óo]|candidat|perfil|continuar|avan[çc]ar|proc[ée]s\s+de\s+selecci[óo])",
)
CANCEL = (
    r"\bcancel[·.•-]?la(?:da|des|t|ts)\b",
    r"\banul[·.•-]?la(?:da|des|t|ts)\b",
    r"\b(?:cancel[·.•-]?l|anul[·.•-]?l)(?:ar|aci[óo]|em)\b",
    r"\bsusp[èe]s\b|\bsuspesa\b",
    r"\bno\s+(?:es\s+)?(?:podr[àa]|podrem)\s+(?:celebrar|fer|dur\s+a\s+terme|mantenir)\b",
    r"\bno\s+es\s+(?:far[àa]|celebrar[àa]|durà\s+a\s+terme)\b",
    r"\bajorn(?:ada|ades|at|ats)\s+(?:fins\s+a\s+nou\s+av[íi]s|indefinidament|sense\s+data)\b",
)
RESCHEDULE = (
    r"\breprogram(?:ada|ades|at|ats|em)\b",
    r"\bnova\s+(?:data|hora)\b",
    r"\bhem\s+(?:hagut\s+de\s+|de\s+)?(?:canviar|moure|reprogramar|traslladar)\b",
    r"\b(?:hem|haurem|tenim)\s+d['’](?:ajornar|endarrerir|avan[çc]ar)\b",
    r"\bcanvi(?:ar|em|at)?\s+(?:de\s+|l['’]|la\s+)?(?:data|hora|horari)\b|\bcanvi\s+d['’](?:hora|horari)\b",
    r"\bajorn(?:ada|ades|at|ats|em)\b",
    r"\bpassa\s+(?:a|al)\s+(?:dilluns|dimarts|dimecres|dijous|divendres|dia)\b",
    r"\b(?:movem|hem\s+mogut|traslladem|canviem)\s+(?:l['’]|la\s+(?:teva\s+|vostra\s+|seva\s+)?)(?:\w+\s+){0,2}?(?:entrevista|trucada|reuni[óo]|cita|conversa)\b",
    r"\bs['’]ha\s+(?:mogut|canviat|modificat|ajornat|traslladat)\b",
    r"\b(?:tenim|hem|necessitem)\s+(?:de|que)\s+(?:moure|canviar|reprogramar|posposar)\b",
    r"\binvitaci[óo]\s+actualitzada\b",
    r"\bpospos(?:ada|ades|at|ats|em)\b|\bendarrerid[ae]\b|\bendarrerim\b",
)
NOT_THE_TIME = (
    r"\bviatge\b",
    r"\bprimer\s+dia\b",
    r"\bdisponib",
    r"\bforats?\b|\bfranges\b",
    r"\ba\s+partir\s+de\b",
    r"\btriar\b|\bescollir\b",
    r"\bproposem\b|\bproposta\b|\bproposar\b",
    r"\bopcions\b",
    r"\bquin(?:a)?\s+(?:horari|dia|opci[óo]|hora)\s+(?:et|us|li)\s+(?:va|aniria|conv[ée]|convindria)\s+millor\b",
    r"\bpodria\s+(?:\w+\s+)?(?:funcionar|servir|anar\s+b[ée])\b",
    r"\b(?:alguna|una)\s+d['’]aquestes\s+(?:dates|opcions|hores|franges)\b",
)
NOT_YET = (
    r"\bper\s+(?:organitzar|programar|concertar|fixar)\s+(?:una\s+)?entrevista\b",
)
OFFER = (
    r"\bcarta\s+d['’]oferta\b",
    r"\boferir-(?:te|vos|li)\s+(?:formalment\s+)?(?:el\s+lloc|la\s+posici[óo]|la\s+pla[çc]a)\b",
    r"\boferta\s+formal\b|\bproposta\s+(?:econ[òo]mica|salarial)\b",
    r"\bcontracte\s+(?:de\s+treball|laboral)\s+(?:adjunt|per\s+a\s+la\s+(?:teva|vostra|seva)\s+signatura)\b",
)
NEW_TIME = (
    r"\b(?:la\s+)?nova\s+(?:hora|data)\b|\bel\s+nou\s+horari\b",
    r"\bara\s+(?:ser[àa]|[ée]s)\b",
    r"\ben\s+el\s+seu\s+lloc\b",
    r"\b(?:mogud|canviad|traslladad)[ae]\s+(?:a|al)\b|\b(?:mogut|canviat|traslladat)\s+(?:a|al)\b",
    r"\b(?:reprogramad|ajornad|posposad|endarrerid)[ae]\s+(?:a|al|per\s+a|per\s+al)\b|\b(?:reprogramat|ajornat|posposat|endarrerit)\s+(?:a|al|per\s+a|per\s+al)\b",
    r"\b(?:movem|canviem|passem|reprogramem|traslladem|ajornem)\s+(?:(?:la\s+teva|la\s+vostra|la|l['’])\s*)?(?:\w+\s+)?(?:a|al|per\s+a|per\s+al)\b",
    r"\bqueda\s+(?:fixad[ae]\s+|programad[ae]\s+)?per\s+al\b",
)
WAS_SET = (
    r"\b(?:inicialment|originalment)\b",
    r"\bestav(?:a|en)\s+(?:previst|programad|programat|fixad|fixat)\w*",
    r"\b(?:horari|data|hora|cita)\s+(?:original|anterior|inicial)\b",
)
INSTEAD_OF = (r"en\s+(?:lloc|comptes)\s+del?", r"en\s+(?:lloc|comptes)\s+d['’]", r"abans\s+era")
CONFIRM_REPLY = (
    r"\bens\s+quedem\s+amb\b|\bem\s+quedo\s+amb\b",
    r"\b(?:rebut|anotat|entesos)[,.!]",
    r"\bens\s+veiem\b",
    r"\bperfecte\b",
    r"\bconfirmad[ae]\b|\bconfirmat\b",
    r"\bqueda\s+(?:confirmad[ae]|confirmat|fixad[ae]|fixat|tancad[ae]|tancat)\b",
    r"\bt['’]espero\b|\bus\s+espero\b",
    r"\bem\s+(?:va|aniria)\s+(?:b[ée]|perfecte|genial)\b|\bem\s+conv[ée]\b",
    r"\b(?:em\s+)?sembla\s+(?:b[ée]|perfecte|genial)\b",
    r"\bd['’]acord\b(?!\s+(?:amb|a)\b)",
    r"\bquedem\s+(?:aix[íi]|en\s+aix[òo]|el|dilluns|dimarts|dimecres|dijous|divendres)\b",
    r"\b(?:la\s+)?(?:primera|segona|tercera)\s+opci[óo]\b",
    r"\bgr[àa]cies\s+per\s+(?:confirmar|la\s+confirmaci[óo])\b|\b(?:hi|all[àa])\s+ser[ée]\b",
    r"\bconfirmo\s+(?:la\s+meva\s+(?:assist[èe]ncia|participaci[óo]|disponibilitat)|que\s+(?:hi\s+)?(?:assistir[ée]|ser[ée]))\b",
    r"\bconfirmo\s+(?:per\s+a\s+)?(?:el|la)\s+(?:dilluns|dimarts|dimecres|dijous|divendres|dia|data|hora)\b",
)
SET_UNLESS_TOLD = (
    r"\bt['’]he\s+(?:reservat|agendat|apuntat)\b",
    r"\bsi\s+no\s+et\s+va\s+b[ée],?\s+(?:avisa['’]m|digues-m['’]ho)\b",
)
CONFIRMED = (
    r"\bqueda\s+(?:confirmad|programad|fixad|confirmat|programat|fixat)",
    r"\b[ée]s\s+(?:confirmad|programad|confirmat|programat)",
)
SCHEDULED = (r"\bprogramad[ae]\b|\bprogramat\b", r"\bconfirmad[ae]\b|\bconfirmat\b", r"\bprevist[a]?\b")
INTERVIEW_STEMS = (
    "entrev", "prova", "immersi",
    "ronda", "etapa", "fase", "dinàm", "dinam", "responsable", "hiring", "escrit",
    "presentaci", "supervisad", "vigilad", "repte", "exercici",
)
JOB_WORDS = (
    r"lloc\s+de\s+treball", "vacant", "candidatura", "posici[óo]", "cv", "curr[íi]culum",
    r"proc[ée]s\s+de\s+selecci[óo]", r"reclutador(?:a|s|es)?",
)
CALL_WORDS = ("trucada", "videotrucada", "conversa")
JOB_MEETING = (
    r"\b(?:seg[üu]ent|proper)\s+pas\b[^.?]{0,80}\b(?:conversa|trucada|reuni[óo])\s+amb\b",
    r"\b(?:conversa|trucada|reuni[óo]|xerrada|videotrucada)\b[^.?]{0,80}\b(?:per\s+a|sobre|de)\b[^.?]{0,40}?\b(?:el|la|al|del|nostre|nostra)\s+(?:lloc|vacant|posici[óo]|rol|pla[çc]a)\b",
    r"\b(?:conversar|parlar|xerrar)\s+amb\s+(?:tu|vosaltres|vost[èe])\s+sobre\s+(?:el|la)\s+(?:nostr[ea]\s+)?(?:lloc|vacant|posici[óo]|rol|pla[çc]a)\b",
    r"\bgr[àa]cies\s+per\s+(?:la\s+(?:teva|vostra|seva)\s+(?:candidatura|sol[·.•-]?licitud)|presentar\s+la\s+(?:teva|vostra)\s+candidatura)\b[\s\S]{0,300}?\b(?:la\s+nostra|la|una|el\s+nostre|el|un)\s+(?:(?:primera|primer|breu|curta)\s+)?(?:xerrada|trucada|videotrucada|conversa|reuni[óo])\b",
    r"\bestem\s+buscant\b[\s\S]{0,400}?\b(?:la\s+nostra|una|la)\s+(?:xerrada|trucada|videotrucada)\b",
    r"\b(?:el\s+meu|el\s+nostre|la\s+meva|la\s+nostra)\s+client(?:a)?\b[\s\S]{0,250}?\b(?:vol|voldria|li\s+agradaria)\s+(?:con[èe]ixer-(?:te|vos|la|lo)|reunir-se\s+amb\s+(?:tu|vosaltres|vost[èe])|veure['’]t|entrevistar-te)\b",
    r"\b(?:en\s+relaci[óo]\s+amb|pel\s+que\s+fa\s+a|arran\s+de)\s+(?:la\s+)?(?:teva|vostra|seva)\s+candidatura\b[\s\S]{0,200}?\b(?:reuni[óo]|xerrada|trucada|videotrucada|conversa|con[èe]ixer-te|con[èe]ixer-vos)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:abans|despr[ée]s)\s+de\s+(?:la\s+teva\s+|la\s+vostra\s+|la\s+seva\s+|l['’])entrevista\b",
    r"\bpreparar\s+(?:les\s+teves|les\s+vostres|la\s+teva|la\s+vostra|les)\s+entrevistes?\b",
)
NEXT_STEP = (
    r"\b(?:propers?|pr[òo]xims?)\s+passos?\b|\b(?:propera|pr[òo]xima)\s+etapa\b",
    r"\b(?:propera|pr[òo]xima|seg[üu]ent|segona|[úu]ltima)\s+fase\b",
)
IF_CLAUSE = (r"(?:si|en\s+cas\s+(?:de|que))\b",)
ASK_BEFORE = (r"\b(?:possible|podr[íi]em|podem|podries)\s*$",)
OFFER_BEFORE = (
    r"\bbot[óo]\s*[\"“'‘«]?\s*$",
    r"\bpots\s+(?:sol·licitar|demanar|triar)\s+(?:un|una)?\s*$",
    r"\bsi\s+(?:\w+\s+){0,3}$", r"\bper(?:\s+a)?\s*$", r"\ben\s+cas\s+que\s+(?:\w+\s+){0,3}$",
    r"\bo\s+(?:si\s+)?necessit(?:es|eu|a)\s*$",
    r"\bno\s+(?:[ée]s|ser[àa])\s+possible\s*$|\bno\s+es\s+pot(?:en)?\s*$",
)
FORWARD_PREFIXES = ("rv",)
REPLY_PREFIXES = ("re",)
SUBJECT_HINTS = (
    "entrevista", "convocat[òo]ria", "invitaci[óo]", "reuni[óo]", "trucada", "gr[àa]cies",
)
NEGATIONS = ("no", "ni")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"baixa",)
OPT_OUT = (r"deixar\s+de\s+rebre",)
OLD_COL = (r"anterior", r"antig[ae]", r"original")
NEW_COL = (r"nov[ae]", r"nou")
MOVED_FROM = ("del", "de")
