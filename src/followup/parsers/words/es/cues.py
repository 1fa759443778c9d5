"""Spanish words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    # a psychometric assessment at a set time ("te citamos a la evaluación psicotécnica el lunes 7")
    r"\b(?:evaluaci[óo]n|prueba|test|examen)(?:es)?\s+(?:psicot[ée]cnic|psicolaboral|psicol[óo]gic|psicom[ée]tric)\w*|\bpsicot[ée]cnico\b",
    r"\bentrevistas?\b",
    r"\bentrevista\s+de\s+trabajo\b",
    r"\b(?:jornada|d[íi]a)\s+de\s+(?:prueba|inmersi[óo]n)\b",
    # a first screening call by its name ("Llamada inicial - Ingeniero/a de Puertos")
    r"\b(?:llamada|videollamada|charla)\s+(?:inicial|de\s+(?:presentaci[óo]n|screening|selecci[óo]n|filtro|cribado))\b",
    r"\bfase\s+(?:final|de\s+entrevistas?)\b",
    r"\bpresentaci[óo]n\s+del?\s+(?:tu\s+)?caso\s+pr[áa]ctico\b",
    r"\b(?:pr[óo]xima|siguiente|segunda|[úu]ltima)\s+instancia\s+del?\s+proceso\b",
    r"\b(?:ronda|etapa)\s+final\b|\b(?:segunda|tercera|[úu]ltima)\s+ronda\b",
    r"\bprueba\s+(?:t[ée]cnica\s+)?presencial\b",  # a fixed slot at their office
    # a screening call ("la llamada telefónica de primer filtro", Mexico) and a supervised test
    r"\bllamada\s+(?:telef[óo]nica\s+)?de\s+(?:primer\s+)?filtro\b|\bentrevista\s+de\s+filtro\b",
    r"\b(?:evaluaci[óo]n|prueba|examen)\s+(?:[\w-]+\s+){0,4}?con\s+supervisi[óo]n\b",
    # a test taken live at a set time ("una evaluación técnica en vivo", "caso práctico en directo")
    r"\b(?:evaluaci[óo]n|prueba|caso|ejercicio)\s+(?:t[ée]cnic[ao]\s+|pr[áa]ctic[ao]\s+)?en\s+(?:vivo|directo)\b",
    r"\b(?:prueba\s+t[ée]cnica|desaf[íi]o\s+t[ée]cnico)\s+(?:en\s+vivo|en\s+directo|presencial)\b",
    r"\bsesi[óo]n\s+de\s+(?:prueba|desaf[íi]o)\s+t[ée]cnic[oa]\b",
    # a meeting with the hiring manager ("reunión con la responsable del área")
    r"\b(?:reuni[óo]n|encuentro|llamada|charla|videollamada)\s+con\s+(?:el|la)\s+(?:hiring\s+manager|responsable\s+(?:del?\s+(?:[áa]rea|equipo|departamento|contrataci[óo]n)|de\s+la\s+vacante))\b",
    r"\b(?:prueba|examen|test)\s+escrit[oa]\b",
    r"\bpresentaci[óo]n\s+(?:de(?:l)?\s+(?:tu|su)?\s*)?(?:caso\s+de\s+estudio|estudio\s+de\s+caso)\b",
    r"\b(?:prueba|evaluaci[óo]n|examen)\s+(?:en\s+l[íi]nea\s+|online\s+)?(?:t[ée]cnica\s+)?(?:supervisad[oa]|vigilad[oa])\b",
    # presenting the technical test or one's solution to the team ("nos gustaría que nos la presentaras")
    r"\bpresentaci[óo]n\s+(?:de\s+(?:la|tu|su)\s+)?prueba\s+t[ée]cnica\b|\bpresentar(?:[áa]s)?\s+(?:tu|su)\s+soluci[óo]n\b",
    # invitado a una prueba técnica ("te invitamos a realizar la prueba técnica online")
    r"\b(?:invit|convoc)(?:amos|arte|arle|arlo|arla)\s+a\s+(?:realizar\s+|hacer\s+)?(?:la|una|nuestra)\s+prueba\s+t[ée]cnica\b",
    # a public selection's test at a set time ("citación para la prueba práctica", "admitida al ejercicio")
    r"\b(?:citaci[óo]n|admitid[ao]|convocad[ao]|convocatoria)\s+(?:a|al|para)\s+(?:la\s+|el\s+)?(?:fase\s+de\s+(?:la\s+)?)?"
    r"(?:prueba|ejercicio)\s+(?:pr[áa]ctic[ao]|oral|de\s+conocimientos)\b",
)
CANDIDATE_FRAMING = (
    r"\btu\s+entrevista\b",
    r"\b(?:tu|su)\s+(?:sesi[óo]n\s+de\s+)?(?:prueba|desaf[íi]o)\s+t[ée]cnic[oa]\b",
    r"\bsu\s+entrevista\b",
    r"\bte\s+(?:invitamos|reunir[áa]s)\b",
    r"\b(?:te|le|la|lo)\s+(?:citamos|convocamos)\b",  # a summons ("te citamos a la evaluación")
    # a friend's wishes and news ("ya te agendó … ¡Éxitos!")
    r"\b[ée]xitos\s*!|\bmuchos\s+[ée]xitos\b|\bte\s+(?:agend[óo]|agendaron|citaron|programaron)\b",
    r"\b(?:le|te)\s+(?:queremos\s+)?invitar\b",
    r"\bsu\s+candidatura\b",
    r"\btu\s+candidatura\b",
    r"\bte\s+confirmo\b",
    r"\bte\s+(?:esperamos|confirmamos)\b|\ble\s+(?:esperamos|confirmamos)\b",
    r"\bnos\s+gustar[íi]a\s+(?:invitarte|invitarle|conocerte|conocerle)\b",
    r"\bhablar[áa]s\s+con\b|\bte\s+entrevistar[áa]n?\b",
    r"\bfelicidades\b|\benhorabuena\b|\bfelicitaciones\b|\bmucha\s+suerte\b",
    r"\bgracias\s+por\s+tu\s+inter[ée]s\b",
    r"\bhemos\s+(?:agendado|programado|reservado)\s+(?:tu|su)\b",
    r"\bte\s+reenv[íi]o\s+la\s+(?:invitaci[óo]n|convocatoria)\b",
    r"\b(?:estimad[oa]s|querid[oa]s)\s+candidat[oa]s\b|\bos\s+invitamos\b|\binvitaros\b",
    r"\b(?:quiere|quieren|desea|desean)\s+(?:conocerte|conocerle|conocerla|entrevistarte)\b",
)
CANDIDATE_STRONG = (r"tu\s+entrevista", r"su\s+entrevista")
MEETING_WORDS = ("entrevista", "reuni[óo]n", "pl[áa]tica", "llamada", "videollamada", "charla", "call")
INTERVIEWER_FRAMING = (
    r"\b(?:el|la|los)\s+candidatos?\b",
    r"\bnuestr[oa]\s+candidat[oa]\b",
    r"\bcandidat[oa]\s*:\s*(?-i:[A-Z])",
    r"\b(?:adjunto|te\s+env[íi]o|le\s+env[íi]o)\s+mi\s+(?:cv|curr[íi]culum)\b",
    r"\bcomo\s+entrevistador(?:a|es|as)?\b",
    r"\b(?:tu|su)\s+(?:feedback|valoraci[óo]n|evaluaci[óo]n)\s+(?:sobre|del?)\s+(?:la\s+|el\s+)?candidat",
    r"\b(?:hoja|formulario|ficha)\s+de\s+(?:evaluaci[óo]n|valoraci[óo]n)\b",
    # the owner on the panel ("entrevistamos a los dos finalistas … estarás en el panel con Elena")
    r"\bentrevistamos\s+a\s+(?:los|las)\b|\bestar[áa]s\s+en\s+el\s+panel\b|\bcada\s+candidat[oa]\b",
    r"\b(?:cv|curr[íi]culum)\s+del?\s+(?:la\s+)?candidat",
    r"\b(?:sumarte|unirte|formar\s+parte)\s+(?:al|del)\s+panel\b",
    r"\bentrevista(?:r)?\s+(?:al?\s+)?candidat[oa]\b",
    r"\bentrevistan\s*:",
)
PRESS = (
    r"\bperiodista\b",
    r"\bprensa\b",
    r"\bperi[óo]dico\b",
    r"\breportaje\b",
    r"\bredacci[óo]n\b",
    r"\bart[íi]culo\b",
    r"\bepisodio\b",
    r"\brevista\b",
    r"\bperiodistas\b|\breporter[oa]s?\b|\bcorresponsal\b|\bcolumnista\b",
    r"\bentrevista\s+(?:radiof[óo]nica|televisiva)\b|\bprograma\s+de\s+(?:radio|televisi[óo]n)\b",
    r"\btelevisi[óo]n\b|\bemisora\b",
    r"\bmedios\s+de\s+comunicaci[óo]n\b",
    r"\b(?:nuestr[oa]s\s+)?(?:oyentes|lectores)\b|\bnuestr[oa]\s+invitad[oa]\b",
    r"\bprueba\s+de\s+sonido\b|\bportada\b",
    r"\b(?:presentador(?:a)?|al\s+aire|en\s+antena)\b",
)
ACADEMIC = (r"\btesis\b", r"\btrabajo\s+(?:de\s+)?fin\s+de\s+(?:grado|m[áa]ster)\b", r"\btesis\s+doctoral\b")
OTHER_INTERVIEWS = (
    r"\bferias?\s+(?:laboral(?:es)?|de\s+(?:empleo|trabajo|empleabilidad))\b",
    r"\bhipoteca\b|\bpr[ée]stamo\b|\bgestor\s+(?:bancario|personal)\b",
    r"\bcapacitaci[óo]n\b",
    r"\bno\s+es\s+una\s+entrevista\b",
    r"\bd(?:a|á)te\s+de\s+baja\b|\bdarte\s+de\s+baja\b|\bcancelar\s+(?:la\s+)?suscripci[óo]n\b",
    r"\bentrevista\s+(?:consular|de\s+visado)\b",
    r"\bbaja\s+voluntaria\b",
    r"\bentrevista\s+de\s+investigaci[óo]n\b",
    r"\binvestigaci[óo]n\s+(?:de\s+usuarios|con\s+usuarios|ux|de\s+mercado)\b",
    r"\btarjeta\s+regalo\b",
    r"\bno\s+hay\s+respuestas\s+(?:correctas|buenas)\b",
    r"\balertas?\s+de\s+empleo\b",
    r"\bnuevas\s+ofertas\s+de\s+empleo\b",
    r"\basesor(?:[íi]a)?\s+fiscal\b",
    r"\breuni[óo]n\s+de\s+padres\b",
    r"\btutor[íi]a\s+con\s+(?:los\s+)?padres\b",
    r"\bentrevista\s+de\s+(?:salida|desvinculaci[óo]n|egreso)\b",
    r"\binvestigaci[óo]n\s+interna\b",
    r"\bformaci[óo]n\s+(?:de|para)\s+entrevistadores\b",
    r"\bponentes\s*:|\bconferencia\s+magistral\b",
    r"\bentrevista\s+de\s+admisi[óo]n\b|\bproceso\s+de\s+admisi[óo]n\b",
    r"\b(?:verificaci[óo]n|comprobaci[óo]n|chequeo)\s+de\s+referencias\b",
    r"\b(?:sesi[óo]n|charla)\s+informativa\b|\bjornada\s+de\s+puertas\s+abiertas\b",
    r"\bno\s+se\s+trata\s+de\s+una\s+entrevista\b",
    r"\b(?:feria|foro)\s+de\s+(?:empleo|trabajo|carreras?)\b|\bjornadas?\s+de\s+(?:empleo|empleabilidad)\b",
    r"\bcomit[ée]\s+de\s+(?:promoci[óo]n|ascensos?)\b|\b(?:promoci[óo]n|ascenso)\s+interno?\b",
    r"\bc[óo]mo\s+te\s+fue\s+en\s+(?:la|tu)\s+entrevista\b|\bvalora\s+tu\s+(?:entrevista|experiencia)\b",
    r"\bentrevista\s+(?:en\s+)?(?:v[íi]deo\s+)?(?:diferida|as[íi]ncrona|pregrabada|grabada)\b|\bgraba\s+tus\s+respuestas\b",
    r"\bconvocatoria\s+de\s+(?:ponencias|comunicaciones)\b",
    r"\bwebinario\b|\bseminario\s+(?:web|en\s+l[íi]nea|online)\b",
    r"\btaller\s+(?:de|sobre)\s+(?:entrevistas?|empleabilidad|cv|curr[íi]culum|b[úu]squeda\s+de\s+empleo)\b",
    r"\bconsejos\s+para\s+(?:una\s+)?entrevistas?\b|\bconsejos\s+para\s+(?:superar|triunfar\s+en)\b",
    r"\bver\s+(?:este\s+(?:correo|email|mensaje)\s+)?en\s+(?:el\s+|tu\s+)?navegador\b",
    r"\b(?:simulaci[óo]n|simulacro)\s+de\s+entrevista\b|\bentrevista\s+(?:simulada|de\s+pr[áa]ctica)\b",
    r"\bservicio\s+de\s+orientaci[óo]n\s+(?:profesional|laboral)\b|\bcoaching\s+de\s+carrera\b",
    r"\bgracias\s+por\s+(?:registrarte|inscribirte)\b|\binscripci[óo]n\s+(?:al|a\s+la|en\s+el)\s+(?:webinar\w*|evento|taller|seminario|feria|curso)\b",
    r"\b(?:consulado|embajada)\b|\bentrevista\s+de\s+visa\b|\bcita\s+consular\b",
    r"\b(?:toma\s+de\s+)?(?:datos\s+)?biom[ée]tricos\b|\bcita\s+de\s+(?:extranjer[íi]a|huellas)\b|\bextranjer[íi]a\b",
    r"\bentrevista\s+informativa\b",
    r"\bentrevistas?\s+(?:con|a)\s+(?:usuarios|clientes)\b|\b(?:estudio|prueba)\s+de\s+usabilidad\b|\bgrupo\s+focal\b",
    r"\bencuesta\s+de\s+(?:satisfacci[óo]n|opini[óo]n)\b|\b(?:responde|completa|rellena|contesta)\s+(?:a\s+)?(?:nuestra|esta|la|una\s+breve)\s+encuesta\b",
    r"\b(?:cita|consulta)\s+m[ée]dica\b|\bdentista\b|\bodont[óo]log[oa]\b",
    r"\btarjeta\s+de\s+regalo\b|\bcheque\s+regalo\b",
    r"\bb[úu]squeda\s+guardada\b|\bnuevos\s+empleos\s+(?:para\s+ti|que\s+coinciden)\b",
    r"\b(?:has|ha)\s+completado\s+(?:la|tu|su)\s+entrevista\b",
    r"\b(?:como|de)\s+panelistas?\b",
    r"\bentrevista\s+de\s+referencias\b",
    r"\breferencia\s+laboral\b",
    r"\bentrevistas?\s+con\s+usuari[oa]s?\b",
    r"\bmodera(?:r|d[oa])?\s+(?:la\s+)?(?:sesi[óo]n|entrevista)\b|\(modera\s",
    r"\boficina\s+de\s+empleo\b|\bsepe\b|\btutor[ai]?\s+de\s+empleo\b",
    r"\bno\s+es\s+(?:todav[íi]a\s+|a[úu]n\s+)?(?:para|por)\s+(?:un|ning[úu]n)\s+(?:puesto|proceso)\s+(?:concreto|espec[íi]fico)\b",
    r"\bsin\s+cita\s+previa\b",
    r"\b(?:entrada\s+(?:gratuita|libre)|\d+[ \t]+(?:expositores|reclutadores))\b",
    r"\bpor\s+orden\s+de\s+llegada\b",
    r"\b(?:evento|encuentro|noche|desayuno)\s+de\s+networking\b",
)
ROLE_PLAY = (r"juego\s+de\s+rol(?:es)?", r"simulaci[óo]n(?:\s+de)?", r"simulad[ao]")
WEAK_OTHER = (r"baja", r"investigaci[óo]n\s+(?:de|con)\s+usuarios", r"usabilidad")
APPLICATION_ACK = (
    r"\bhemos\s+recibido\s+tu\s+(?:solicitud|candidatura)\b",
    r"\bhemos\s+recibido\s+(?:tu|su)\s+(?:postulaci[óo]n|solicitud|candidatura)\b",
    r"\bgracias\s+por\s+(?:postularte|postular|aplicar|(?:tu|su)\s+(?:postulaci[óo]n|candidatura|solicitud))\b",
    r"\bsi\s+(?:tu|su)\s+perfil\s+(?:es\s+seleccionado|encaja|se\s+ajusta)\b|\ben\s+caso\s+de\s+(?:ser|que\s+seas)\s+seleccionad",
    r"\bnos\s+pondremos\s+en\s+contacto\s+(?:contigo|con\s+usted)\s+(?:si|en\s+caso)\b",
    r"\b(?:postulaci[óo]n|solicitud)\s+recibida\b",
)
REJECTION = (
    r"\bno\s+continuar\b",
    r"\bcontinuar\s+con\s+otr[oa]s\s+(?:candidat|perfil)",
    r"\bno\s+(?:hemos\s+podido|vamos\s+a(?:\s+poder)?|podemos|podremos)\s+(?:seguir|continuar|avanzar)\s+con\s+(?:tu|su)\s+(?:candidatura|postulaci[óo]n|solicitud)\b",
    r"\b(?:hemos\s+decidido|decidimos|optamos\s+por)\s+(?:continuar|seguir|avanzar)\s+con\s+otr[oa]s?\s+(?:candidat|perfil|persona|postulante)",
    r"\bno\s+(?:has|ha)\s+sido\s+seleccionad[oa]\b",
    r"\b(?:tu|su)\s+perfil\s+no\s+(?:se\s+ajusta|encaja)\b",
    r"\b(?:la\s+)?(?:vacante|posici[óo]n|plaza)\s+(?:ya\s+)?(?:ha\s+sido|fue)\s+cubierta\b",
    r"\blamentamos\s+(?:comunicarte|informarte|comunicarle|informarle)\b",
)
REJECTION_SOFT = (
    r"\blamentablemente\b",
)
REJECTION_ABOUT = (
    r"\b(?:decid|decisi[óo]n|candidat|perfil|continuar|avanzar|proceso\s+de\s+selecci[óo]n)",
)
CANCEL = (
    r"\bcancelad[oa]\b",
    r"\bsuspendid[oa]\b",
    r"\bcancel(?:ar|amos|ada|ado)\b",
    r"\banulad[oa]\b",
    r"\b(?:anular|anulaci[óo]n|cancelaci[óo]n)\b",
    r"\bno\s+(?:se\s+)?(?:podr[áa]|va\s+a|podremos)\s+(?:celebrar|realizar|tener\s+lugar|mantener)",
    r"\bcancelad[oa]s\b|\bcancel[óo]\b|\bcancelaron\b",
    r"\bno\s+se\s+(?:llevar[áa]\s+a\s+cabo|realizar[áa]|celebrar[áa])\b",
    r"\bpospuest[oa]\s+(?:hasta\s+nuevo\s+aviso|indefinidamente|sin\s+fecha)\b",
)
RESCHEDULE = (
    r"\breprogramad[oa]\b",
    r"\bnueva\s+(?:fecha|hora)\b",
    r"\bhemos\s+(?:tenido\s+que\s+)?(?:cambiar|mover|aplazar|reprogramar|trasladar)\b",
    # a reply settling the move ("entonces la movemos al viernes 27 a las 3 pm")
    r"\b(?:la|lo)\s+(?:movemos|pasamos|corremos|cambiamos)\s+(?:para\s+el|al|a\s+la|para\s+la)\b",
    r"\bcambi(?:ar|o|amos)\s+(?:de\s+|la\s+)?(?:fecha|hora)\b",
    r"\baplazad[oa]\b",
    r"\bpasa\s+al?\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|d[íi]a)\b",
    # ("nos toca mover la entrevista del jueves 3 al viernes 11", "tenemos que reprogramar tu llamada")
    r"\b(?:mov(?:er|imos|emos|ido|ida|eremos)|reprogramar|pasar|correr)\s+(?:(?:tu|su|la|el|nuestra)\s+)?(?:\w+\s+){0,2}(?:entrevista|llamada|reuni[óo]n|cita|conversaci[óo]n)\b",
    r"\bse\s+(?:ha\s+)?mov(?:i[óo]|ido)\b",
    r"\bcambi(?:o|amos|ado)\s+(?:de\s+|el\s+)?horario\b",
    r"\breprogram(?:amos|ar[ée]|[óo])\b|\breagend(?:ad[oa]|amos)\b",
    r"\bposponemos\b|\bpospuest[oa]\s+(?:al?|para)\b|\baplazamos\b",
    r"\btrasladad[oa]\b|\btrasladamos\s+(?:tu|su|la)\b",
    r"\bcorr(?:emos|imos)\s+(?:tu|su|la)\s+(?:entrevista|llamada|reuni[óo]n)\b",
    # "no podremos mantener la entrevista prevista para el martes … Le propongo dos alternativas"
    r"\bno\s+(?:podremos|podemos|vamos\s+a\s+poder)\s+mantener\s+(?:la|el|su|tu)\s+(?:\w+\s+){0,2}?(?:entrevista|reuni[óo]n|cita|llamada)\b",
    r"\b(?:tenemos|tuvimos|necesitamos)\s+que\s+(?:mover|cambiar|reprogramar|aplazar|posponer|reagendar|correr)\b",
    r"\binvitaci[óo]n\s+actualizada\b",
    r"\bse\s+ha\s+(?:cambiado|modificado)\s+(?:la\s+|el\s+)?(?:fecha|hora|horario)\b",
)
NOT_THE_TIME = (
    r"\bviaje\b",
    r"\bprimer\s+d[íi]a\b",
    r"\bdisponib",
    r"\bhuecos?\b",
    r"\ba\s+partir\s+de\b",
    r"\belegir\b",
    r"\bpropon",
    r"\bopciones\b",
    r"\bqu[ée]\s+(?:horario|d[íi]a|opci[óo]n)\s+(?:te|le)\s+(?:viene|va)\s+mejor\b",
    r"\bpodr[íi]a\s+(?:\w+\s+)?(?:funcionar|servir|ir\s+bien)\b",
    r"\b(?:alguno|alguna|uno|una)\s+de\s+(?:estos|estas)\s+(?:fechas|opciones|horas|horarios|franjas|d[íi]as)\b",
    # "contame cuál te sirve"
    r"\bcu[áa]l\s+(?:de\s+(?:ellos|ellas|estos|estas)\s+)?(?:te|le|les)\s+(?:sirve|viene|queda|va|conviene)\b",
    # a slot to book yourself within a window ("elige el horario que mejor te convenga entre el martes 1
    # y el viernes 4")
    r"\b(?:elige|escoge|selecciona|elija|escoja|seleccione)\s+(?:el|un|tu|su)\s+(?:horario|d[íi]a|espacio|cupo|turno)\b",
)
NOT_YET = (
    r"\bpara\s+(?:organizar|programar|agendar)\s+(?:una\s+)?entrevista\b",
)
OFFER = (
    r"\bcarta\s+(?:de\s+)?oferta\b",
    r"\bofrecerte\s+el\s+puesto\b",
    r"\bofrecer(?:te|le)\s+(?:formalmente\s+)?(?:la\s+posici[óo]n|el\s+cargo|el\s+puesto)\b",
    r"\boferta\s+formal\b|\bpropuesta\s+(?:econ[óo]mica|salarial|de\s+incorporaci[óo]n)\b",
    r"\b(?:los\s+)?detalles\s+de\s+la\s+oferta\b|\bnos\s+gustar[íi]a\s+que\s+te\s+(?:unieras|incorporaras)\b",
    r"\bcontrato\s+(?:de\s+trabajo|laboral)\s+(?:adjunto|para\s+(?:tu|su)\s+firma)\b",
)
NEW_TIME = (
    r"\b(?:la\s+)?nuev[oa]\s+(?:hora|fecha|horario)\b",
    r"\bahora\s+(?:ser[áa]|es)\b",
    r"\ben\s+su\s+lugar\b",
    r"\b(?:movid[oa]|cambiad[oa]|trasladad[oa]|pasad[oa])\s+(?:(?:la|el|tu|su)\s+(?:\w+\s+)?)?al?\b",
    r"\b(?:reprogramad|aplazad|reagendad|pospuest|corrid)[oa]\s+(?:al?|para)\b",
    r"\b(?:movimos|cambiamos|pasamos|reprogramamos|trasladamos|corrimos)\s+(?:(?:tu|su|la)\s+)?(?:\w+\s+)?(?:al?|para)\b",
    r"\bqueda\s+para\s+el\b",
)
WAS_SET = (
    r"\b(?:inicialmente|originalmente)\b",
    r"\bestaba(?:n)?\s+(?:prevista?s?|programad[oa]s?|agendad[oa]s?|fijad[oa]s?)\b",
    r"\b(?:horario|fecha|hora|cita)\s+(?:original|anterior|inicial)\b",
)
INSTEAD_OF = (r"en\s+(?:lugar|vez)\s+del?", r"antes\s+era")
CONFIRM_REPLY = (
    r"\bpuede\s+ser\s+(?:el|a\s+las|ma[ñn]ana)\b",  # "Puede ser el martes a las 15"
    r"\bnos\s+quedamos\s+con\b|\bme\s+quedo\s+con\b",
    r"\b(?:recibido|anotado)[,.!]",
    r"\bnos\s+vemos\b",
    r"\bperfecto\b",
    r"\bconfirmad[oa]\b",
    r"\bqueda\s+(?:confirmad[oa]|agendad[oa]|cerrad[oa])\b",
    r"\bte\s+espero\b",
    r"\bme\s+(?:viene|va)\s+(?:bien|perfecto|genial)\b",
    r"\b(?:me\s+)?(?:parece|suena)\s+(?:bien|perfecto|genial|estupendo)\b",
    r"\bde\s+acuerdo\b(?!\s+(?:a|al|con)\b)",
    r"\bquedamos\s+(?:as[íi]|en\s+eso|el)\b",
    r"\b(?:la\s+)?(?:primera|segunda|tercera)\s+opci[óo]n\b",
    r"\bgracias\s+por\s+(?:confirmar|la\s+confirmaci[óo]n|tu\s+confirmaci[óo]n)\b|\ball[íi]\s+estar[ée]\b",
    r"\b(?:te|le|les)?\s*confirmo\s+(?:mi\s+(?:asistencia|participaci[óo]n|disponibilidad)|que\s+(?:asistir[ée]|estar[ée]))\b",
    r"\blisto[,.!]?\s+(?:agendad[oa]|confirmad[oa]|quedamos)\b|\bagendad[oa]\s*!",
    r"\bconfirmo\s+(?:para\s+)?(?:el|la)\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|d[íi]a|fecha|horario)\b",
)
SET_UNLESS_TOLD = (
    r"\b(?:te|le)\s+(?:he|hemos)\s+(?:reservado|agendado|apuntado|bloqueado)\b",
    r"\bsi\s+no\s+(?:te|le)\s+(?:va\s+bien|viene\s+bien|encaja),?\s+(?:av[íi]same|av[íi]senos|d[íi]melo)\b",
)
CONFIRMED = (
    r"\bqueda\s+(?:confirmad|programad)",
)
SCHEDULED = (r"\bfecha\b", r"\bhora\b", r"\bprogramad[oa]\b", r"\bconfirmad[oa]\b")
INTERVIEW_STEMS = (
    "entrev", "psic", "prueba", "llamada", "charla", "inmersi", "en vivo", "en directo", "supervisi",
    "sesi", "desaf", "fase", "caso", "instancia", "ronda", "etapa", "responsable",
    "hiring", "escrit", "supervisad", "vigilad", "presentar", "ejercicio",
)
JOB_WORDS = (
    "puesto", "vacante", "candidatura", "postulaci[óo]n", "posici[óo]n", "cv", "curr[íi]culum",
    "b[úu]squeda", "perfil",  # (Argentina: "Búsqueda Analista Sr." is the opening; "vi tu perfil")
    r"proceso\s+de\s+selecci[óo]n", r"reclutador(?:a|es)?",
)
CALL_WORDS = ("llamada", "videollamada", "conversaci[óo]n")
JOB_MEETING = (
    r"\b(?:siguiente|pr[óo]ximo)\s+paso\b[^.?]{0,80}\b(?:conversaci[óo]n|llamada|charla|reuni[óo]n)\s+con\b",
    r"\b(?:conversaci[óo]n|llamada|reuni[óo]n|charla|videollamada|pl[áa]tica)\b[^.?]{0,80}\b(?:para|sobre|de|del)\b[^.?]{0,40}?\b(?:el|la|nuestr[oa])\s+(?:puesto|vacante|posici[óo]n|rol)\b",
    r"\b(?:conversar|hablar|charlar)\s+(?:contigo|con\s+usted)\s+sobre\s+(?:el|la|nuestr[oa])\s+(?:puesto|vacante|posici[óo]n|rol)\b",
    r"\bgracias\s+por\s+(?:postularte|postular|aplicar|(?:tu|su)\s+(?:postulaci[óo]n|candidatura|inter[ée]s\s+en\s+(?:la|el)\s+(?:vacante|puesto)))\b[\s\S]{0,300}?\b(?:nuestra|la|una|nuestro|el)\s+(?:(?:primera|primer|breve|corta)\s+)?(?:charla|llamada|videollamada|conversaci[óo]n|reuni[óo]n)\b",
    r"\bestamos\s+buscando\b[\s\S]{0,400}?\b(?:nuestra|una|la)\s+(?:charla|llamada|videollamada)\b",
    r"\b(?:mi|nuestr[oa])\s+cliente\b[\s\S]{0,250}?\b(?:quiere|quisiera|querr[íi]a|desea|le\s+gustar[íi]a)\s+(?:conocerte|conocerle|conocerla|reunirse\s+con(?:tigo|\s+usted)|verte|entrevistarte)\b",
    r"\b(?:en\s+relaci[óo]n\s+con|respecto\s+a|a\s+ra[íi]z\s+de)\s+(?:tu|su)\s+candidatura\b[\s\S]{0,200}?\b(?:reuni[óo]n|charla|llamada|videollamada|conversaci[óo]n|conocerte|conocerle)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:antes|despu[ée]s)\s+de\s+(?:tu|su|la)\s+entrevista\b",
    r"\bpreparar\s+(?:tus|sus|tu|su|las)\s+entrevistas?\b",
)
NEXT_STEP = (
    r"\bpr[óo]xim[oa]s?\s+(?:pasos?|etapas?)\b", r"\b(?:pr[óo]xima|siguiente|segunda|[úu]ltima)\s+fase\b",
)
IF_CLAUSE = (r"(?:si|en\s+caso\s+(?:de|que)|cualquier\s+(?:cosa|inconveniente|imprevisto))\b",)
ASK_BEFORE = (r"\b(?:posible|podr[íi]amos|podemos|podr[íi]as?|puedes)\s*$",)
OFFER_BEFORE = (
    r"\bbot[óo]n\s*[\"“'‘«]?\s*$",
    r"\bpuede(?:s)?\s+(?:solicitar|pedir|elegir)\s+(?:un|una|otro|otra)?\s*$",
    r"\bsi\s+(?:\w+\s+){0,3}$", r"\bpara\s*$", r"\ben\s+caso\s+de\s+(?:\w+\s+){0,3}$",
    r"\bo\s+(?:si\s+)?necesit(?:a|as|an)\s*$",
    r"\bno\s+(?:es|ser[áa])\s+posible\s*$|\bno\s+se\s+pueden?\s*$",
)
FORWARD_PREFIXES = ("rv",)
REPLY_PREFIXES = ("re", "rv")
SUBJECT_HINTS = (
    "entrevista", "convocatoria", "invitaci[óo]n", "reuni[óo]n", "llamada", "gracias",
)
NEGATIONS = ("no", "ni")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"baja",)
OPT_OUT = (r"dejar\s+de\s+recibir",)
OLD_COL = (r"anterior", r"antigu[oa]", r"original")
NEW_COL = (r"nuev[oa]",)
MOVED_FROM = ("del", "de")
