"""Every language knows the concepts English knows (issue 12: vocabulary parity).

For each language, short sentences a native writer would send that must hit a concept table
(a webinar, a mock interview, a move of the interview, a rejection, …), and ordinary interview
invitations that must hit none of the tables that make a mail something else (a negative, or
another kind than an invite). The tables are the merged ones the detector runs (all languages
at once), so a word of one language that fires inside another language's invitation fails here.

Every example is written here from the language (none is copied from a held-out set).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from followup.parsers import analyze_email, lexicon
from followup.parsers.addresses import Owner
from followup.parsers.moves import happened as _happened

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["alex.rivera@mailbox.example"], "Alex Rivera")

# (language, table, sentence): the sentence names the concept, so the table must hit it.
HITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "OTHER_INTERVIEWS": (
            "Your annual performance review with Dana is on Thursday at 2pm.",
            "Join us at the graduate open day on 14 March.",
        ),
        "CANCEL": ("Unfortunately the panel on Friday won't go ahead.",),
        "RESCHEDULE": ("Your interview has been brought forward by a day.",),
        "NEW_TIME": ("Heads up: we moved up to Tuesday 10am.",),
        "OFFER": ("Your employment contract is attached for your signature.",),
        "INTERVIEWER_FRAMING": ("Please fill in the assessment rubric after the session.",),
    },
    "es": {
        "OTHER_INTERVIEWS": (
            "Te escribimos para agendar tu entrevista de salida antes de tu último día.",
            "Estamos llevando a cabo una investigación interna y queremos hablar contigo.",
            "Formación para entrevistadores: el jueves a las 10:00.",
            "Ponentes: Ana Ruiz y Marco Díaz.",
            "Tu entrevista de admisión al máster será el lunes.",
            "Queremos hacer la verificación de referencias de María.",
            "Te invitamos a una sesión informativa sobre el programa de becas.",
            "No se trata de una entrevista, solo un café para conocernos.",
            "Nos vemos en la feria de empleo de la universidad.",
            "El comité de promoción se reúne el martes.",
            "¿Cómo te fue en la entrevista? Valora tu experiencia.",
            "Completa tu entrevista diferida antes del viernes; graba tus respuestas en la plataforma.",
            "Abrimos la convocatoria de ponencias para el congreso.",
            "Inscríbete a nuestro webinario sobre marca personal.",
            "Apúntate al taller de entrevistas del jueves.",
            "Diez consejos para una entrevista de trabajo exitosa.",
            "Ver este correo en el navegador.",
            "Reserva tu simulación de entrevista con nuestro equipo.",
            "El servicio de orientación profesional te ofrece coaching de carrera.",
            "Gracias por registrarte en el evento de este jueves.",
            "Tu cita en el consulado es el 3 de diciembre.",
            "¿Tendrías 20 minutos para una entrevista informativa sobre tu carrera?",
            "Buscamos participantes para entrevistas con usuarios de nuestra app.",
            "Responde a nuestra breve encuesta de satisfacción.",
            "Recordatorio: cita médica el lunes a las 9:00.",
            "Como agradecimiento recibirás una tarjeta de regalo de 20 €.",
            "Hay nuevos empleos para ti en tu búsqueda guardada.",
            "Has completado tu entrevista, gracias.",
        ),
        "PRESS": (
            "Soy corresponsal de un diario económico.",
            "Te proponemos una entrevista radiofónica el martes.",
            "La emisora quiere hablar contigo en directo.",
            "Trabajamos con medios de comunicación de toda la región.",
            "Nuestros oyentes quieren conocer tu historia.",
            "Haremos una prueba de sonido antes de grabar.",
        ),
        "REJECTION": (
            "No vamos a poder seguir con tu candidatura en esta ocasión.",
            "Optamos por avanzar con otro perfil.",
            "No has sido seleccionada para la siguiente fase.",
            "Tu perfil no se ajusta a lo que buscamos ahora.",
            "La vacante ya ha sido cubierta.",
            "Lamentamos comunicarte que el proceso ha terminado para ti.",
        ),
        "CANCEL": (
            "Las entrevistas de mañana quedan canceladas.",
            "La entrevista no se llevará a cabo.",
            "El proceso queda pospuesto hasta nuevo aviso.",
        ),
        "RESCHEDULE": (
            "Movimos tu entrevista al jueves.",
            "La llamada se movió una hora.",
            "Hubo un cambio de horario en tu entrevista.",
            "Reprogramamos la entrevista para la próxima semana.",
            "Aplazamos la reunión al miércoles.",
            "Tu entrevista ha sido trasladada a la sala 3.",
            "Corrimos la entrevista para el lunes.",
            "Tenemos que mover la entrevista.",
            "Te envío la invitación actualizada.",
            "Se ha cambiado la hora de la entrevista.",
        ),
        "NEW_TIME": (
            "La entrevista queda reprogramada para el jueves 3 a las 16:00.",
            "Cambiamos tu entrevista al viernes a las 10:00.",
            "La llamada queda para el martes a las 9:30.",
        ),
        "CONFIRM_REPLY": (
            "El jueves a las 10 me viene bien.",
            "Me suena genial, allí estaré.",
            "Vale, de acuerdo.",
            "Quedamos así entonces.",
            "Prefiero la segunda opción.",
        ),
        "APPLICATION_ACK": (
            "Hemos recibido tu postulación para el puesto de analista.",
            "Gracias por postularte a Acme.",
            "Si tu perfil encaja, te llamaremos.",
            "Nos pondremos en contacto contigo si avanzas en el proceso.",
            "Solicitud recibida: Desarrolladora Backend.",
        ),
        "OFFER": (
            "Nos complace ofrecerle formalmente el cargo de Jefa de Producto.",
            "Adjuntamos la propuesta salarial.",
            "Te enviamos el contrato de trabajo para tu firma.",
        ),
        "INTERVIEWER_FRAMING": (
            "Participarás como entrevistadora en el panel técnico.",
            "Necesito tu feedback del candidato antes del viernes.",
            "Rellena la hoja de evaluación al terminar.",
            "Te adjunto el CV del candidato.",
            "¿Te gustaría sumarte al panel para nuestra vacante de backend?",
        ),
        "CANDIDATE_FRAMING": (
            "Te esperamos el lunes en la oficina.",
            "Nos gustaría invitarte a conocer al equipo.",
            "Hablarás con Lucía, la responsable del área.",
            "¡Enhorabuena por pasar a la siguiente fase!",
            "Gracias por tu interés en Acme.",
            "Hemos agendado tu llamada para el jueves.",
        ),
    },
    "ca": {
        "OTHER_INTERVIEWS": (
            "Et volem fer l'entrevista de sortida abans del teu últim dia.",
            "Estem duent a terme una investigació interna i volem parlar amb tu.",
            "Formació per a entrevistadors: dijous a les 10:00.",
            "Ponents: Anna Serra i Pere Roca.",
            "La teva entrevista d'admissió al màster serà dilluns.",
            "Fem la verificació de referències de la Marta.",
            "Et convidem a una sessió informativa sobre el programa de beques.",
            "No és una entrevista, només un cafè per conèixer-nos.",
            "Ens veiem a la fira d'ocupació de la universitat.",
            "El comitè de promoció es reuneix dimarts.",
            "Com et va anar l'entrevista? Valora la teva experiència.",
            "Completa la teva entrevista diferida abans de divendres; grava les teves respostes.",
            "Inscriu-te al nostre webinar sobre marca personal.",
            "Apunta't al taller d'entrevistes de dijous.",
            "Deu consells per a una entrevista de feina reeixida.",
            "Veure aquest correu al navegador.",
            "Reserva la teva simulació d'entrevista amb el nostre equip.",
            "El servei d'orientació professional t'ofereix coaching de carrera.",
            "Gràcies per inscriure't a l'esdeveniment d'aquest dijous.",
            "La teva cita al consolat és el 3 de desembre.",
            "Tindries 20 minuts per a una entrevista informativa sobre la teva carrera?",
            "Busquem participants per a entrevistes amb usuaris de la nostra app.",
            "Respon la nostra breu enquesta de satisfacció.",
            "Recordatori: visita mèdica dilluns a les 9:00.",
            "Com a agraïment rebràs una targeta regal de 20 €.",
            "Has completat la teva entrevista, gràcies.",
            "Entrada gratuïta i sense cita prèvia: 40 expositors.",
            "Si no vols rebre més correus, dona't de baixa.",
        ),
        "PRESS": (
            "Soc corresponsal d'un mitjà econòmic.",
            "Et proposem una entrevista radiofònica dimarts.",
            "L'emissora vol parlar amb tu en directe.",
            "Treballem amb mitjans de comunicació de tot el territori.",
            "Els nostres oients volen conèixer la teva història.",
            "Farem una prova de so abans de gravar.",
            "Sóc periodista i preparo un reportatge sobre la indústria.",
        ),
        "REJECTION": (
            "No podrem continuar amb la teva candidatura en aquesta ocasió.",
            "Hem decidit continuar amb altres candidats.",
            "No has estat seleccionada per a la fase següent.",
            "El teu perfil no s'ajusta al que busquem ara.",
            "La plaça ja ha estat coberta.",
            "Lamentem comunicar-te que el procés s'ha acabat per a tu.",
        ),
        "CANCEL": (
            "Les entrevistes de demà queden cancel·lades.",
            "L'entrevista no es farà.",
            "El procés queda ajornat fins a nou avís.",
            "Anul·lem la trucada de dijous.",
        ),
        "RESCHEDULE": (
            "Hem mogut la teva entrevista a dijous.",
            "Hi ha hagut un canvi d'horari a la teva entrevista.",
            "Reprogramem l'entrevista per a la setmana que ve.",
            "Ajornem la reunió a dimecres.",
            "Hem de canviar l'hora de l'entrevista.",
            "T'envio la invitació actualitzada.",
            "L'entrevista s'ha mogut una hora.",
        ),
        "NEW_TIME": (
            "L'entrevista queda reprogramada per al dijous 3 a les 16:00.",
            "Movem la teva entrevista al divendres a les 10:00.",
            "La nova hora és dimarts a les 9:30.",
        ),
        "CONFIRM_REPLY": (
            "Dijous a les 10 em va bé.",
            "Perfecte, allà seré.",
            "D'acord, gràcies.",
            "Quedem així, doncs.",
            "Prefereixo la segona opció.",
            "Confirmat, ens veiem dijous.",
        ),
        "APPLICATION_ACK": (
            "Hem rebut la teva sol·licitud per al lloc d'analista.",
            "Gràcies per la teva candidatura a Acme.",
            "Si el teu perfil encaixa, et trucarem.",
            "Ens posarem en contacte amb tu si avances en el procés.",
            "Candidatura rebuda: Desenvolupadora Backend.",
        ),
        "OFFER": (
            "Ens complau oferir-te formalment el lloc de Cap de Producte.",
            "T'adjuntem la proposta salarial.",
            "T'enviem el contracte de treball per a la teva signatura.",
            "Trobaràs la carta d'oferta adjunta.",
        ),
        "INTERVIEWER_FRAMING": (
            "Participaràs com a entrevistadora al panel tècnic.",
            "Necessito el teu feedback sobre el candidat abans de divendres.",
            "Omple el full d'avaluació en acabar.",
            "T'adjunto el CV del candidat.",
            "T'agradaria formar part del panel per a la nostra vacant de backend?",
        ),
        "CANDIDATE_FRAMING": (
            "Et convidem dilluns a l'oficina.",
            "Ens agradaria conèixer-te en persona.",
            "Parlaràs amb la Laia, la responsable de l'àrea.",
            "Enhorabona per passar a la fase següent!",
            "Gràcies pel teu interès en Acme.",
            "Hem programat la teva trucada per a dijous.",
        ),
    },
    "de": {
        "OTHER_INTERVIEWS": (
            "Im Rahmen einer internen Untersuchung möchten wir mit Ihnen sprechen.",
            "Einladung zur Interviewerschulung am Donnerstag.",
            "Referentinnen: Anna Berg und Lea Kühn.",
            "Ihr Zulassungsgespräch für den Masterstudiengang findet am Montag statt.",
            "Wir führen gerade die Referenzeinholung für Herrn Weber durch.",
            "Herzliche Einladung zur Infoveranstaltung am Campus.",
            "Das ist kein klassisches Vorstellungsgespräch, eher ein lockerer Austausch.",
            "Besuchen Sie uns auf der Jobmesse in Köln.",
            "Das Beförderungsgespräch mit Ihrer Leitung ist am Freitag.",
            "Wie war Ihr Vorstellungsgespräch? Bewerten Sie Ihre Erfahrung.",
            "Bitte absolvieren Sie das zeitversetzte Videointerview bis Freitag.",
            "Melden Sie sich zum Bewerbungstraining an.",
            "Diese E-Mail im Browser ansehen.",
            "Buchen Sie ein Übungsinterview mit unserem Karriereteam.",
            "Ihr Karrierezentrum lädt zur Sprechstunde ein.",
            "Vielen Dank für Ihre Anmeldung zur Veranstaltung.",
            "Ihr Visumtermin im Generalkonsulat ist am 3. Dezember.",
            "Wir suchen Teilnehmende für einen Nutzertest unserer App.",
            "Nehmen Sie an unserer kurzen Umfrage teil.",
            "Erinnerung an Ihren Zahnarzttermin am Montag.",
            "Neue passende Jobs für Sie aus Ihrer gespeicherten Suche.",
        ),
        "PRESS": (
            "Ich bin Korrespondentin für einen Radiosender.",
            "Wir möchten Sie für einen Fernsehbeitrag interviewen.",
            "Unsere Hörerinnen interessieren sich für Ihre Geschichte.",
            "Das Gespräch erscheint in der nächsten Ausgabe.",
            "Vor der Aufnahme machen wir einen Soundcheck.",
        ),
        "REJECTION": (
            "Wir können Ihre Bewerbung nicht weiter berücksichtigen.",
            "Die Stelle ist inzwischen anderweitig besetzt.",
            "Wir haben heute keine positive Nachricht für Sie.",
            "Sie sind nicht in die engere Wahl gekommen.",
            "Zu unserem Bedauern müssen wir Ihnen absagen.",
            "Wir haben uns entschieden, mit einem anderen Kandidaten weiterzugehen.",
        ),
        "CANCEL": (
            "Terminabsage: Vorstellungsgespräch am Freitag.",
            "Das Gespräch wurde annulliert.",
            "Der Auswahlprozess ist auf unbestimmte Zeit verschoben.",
            "Das Gespräch wird leider nicht stattfinden.",
        ),
        "RESCHEDULE": (
            "Ihr Gespräch wurde vorverlegt.",
            "Terminänderung: Ihr Vorstellungsgespräch.",
            "Bitte beachten Sie die geänderte Uhrzeit.",
            "Wir müssen das Gespräch leider verlegen.",
            "Anbei die aktualisierte Einladung.",
        ),
        "NEW_TIME": (
            "Wir verschieben das Gespräch auf Donnerstag, 14 Uhr.",
            "Das Interview ist neu terminiert auf Freitag, 10 Uhr.",
            "Das Gespräch findet nun am Mittwoch statt.",
            "Der neue Zeitpunkt ist Dienstag, 9:30 Uhr.",
        ),
        "CONFIRM_REPLY": (
            "Klingt gut, danke.",
            "Perfekt, vielen Dank.",
            "Geht klar, ich bin da.",
            "Ist gebucht.",
            "Ich nehme die zweite Option.",
        ),
        "APPLICATION_ACK": (
            "Danke für deine Bewerbung bei Acme!",
            "Ihre Bewerbung ist bei uns eingegangen.",
            "Wir haben Ihre Bewerbung erhalten und prüfen sie.",
            "Sollten Sie in die engere Auswahl kommen, melden wir uns.",
        ),
        "OFFER": (
            "Anbei erhalten Sie die Vertragsunterlagen.",
            "Wir freuen uns, Ihnen die Stelle anbieten zu können.",
            "Hiermit erhalten Sie unsere Zusage für die Stelle.",
        ),
        "INTERVIEWER_FRAMING": (
            "Du bist am Donnerstag als Interviewerin eingeplant.",
            "Bitte schick mir dein Feedback zum Kandidaten.",
            "Den Bewertungsbogen findest du im Anhang.",
            "Unser Bewerber kommt um 10 Uhr.",
            "Ich leite dir seinen Lebenslauf weiter.",
            "Möchtest du Teil des Interview-Panels für die Backend-Stelle sein?",
            "Das Kandidatenprofil liegt im Recruiting-Tool.",
        ),
        "CANDIDATE_FRAMING": (
            "Für dein Vorstellungsgespräch bringe bitte deinen Ausweis mit.",
            "Gerne laden wir dich zu einem Kennenlernen ein.",
            "Wir freuen uns auf deinen Besuch.",
            "Du triffst Jana aus dem Produktteam.",
            "Viel Erfolg beim Gespräch!",
            "Vielen Dank für Ihr Interesse an Acme.",
        ),
    },
    "fr": {
        "OTHER_INTERVIEWS": (
            "Inscrivez-vous à notre webinaire sur la reconversion.",
            "Participez à l'atelier CV de jeudi.",
            "Le comité de promotion se réunit mardi.",
            "Ce n'est pas une entrevue d'embauche, juste une rencontre informelle.",
            "Réservez une simulation d'entretien avec nos coachs.",
            "Retrouvez-nous au salon de l'emploi de Lyon.",
            "Votre inscription au webinaire est confirmée.",
            "Une séance d'information aura lieu le 3 décembre.",
            "Votre rendez-vous de visa au consulat est fixé.",
            "Prenez rendez-vous pour un bilan de compétences.",
            "Comment s'est passé votre entretien ? Évaluez votre expérience.",
            "Votre entretien vidéo différé est disponible : enregistrez vos réponses.",
            "Nos conseils pour réussir un entretien d'embauche.",
            "Afficher dans votre navigateur.",
            "Répondez à notre sondage en deux minutes.",
            "Rappel : rendez-vous chez le médecin lundi à 9 h.",
            "Nous procédons à la vérification de références de Mme Roy.",
            "Nous recrutons pour des tests d'utilisabilité de notre application.",
            "Merci de fixer votre entretien de départ avant vendredi.",
            "Formation des recruteurs : la conduite d'entretiens structurés.",
            "Conférenciers : Paul Martin et Léa Girard.",
            "De nouvelles offres correspondent à votre recherche sauvegardée.",
            "Vous recevrez un bon d'achat de 20 €.",
            "L'appel à communications est ouvert jusqu'au 15 janvier.",
            "Rejoignez-nous à la journée carrières de l'école.",
            "Votre déclaration d'impôts doit être déposée avant mai.",
        ),
        "PRESS": (
            "Je suis pigiste et je prépare un dossier sur l'IA.",
            "Nous aimerions vous recevoir dans notre balado.",
            "Nos auditeurs ont hâte de vous entendre.",
            "L'entretien paraîtra dans notre numéro de décembre.",
            "Le tournage aura lieu dans nos locaux.",
        ),
        "REJECTION": (
            "Nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
            "Nous ne pouvons pas donner suite à votre candidature.",
            "Nous avons décidé de poursuivre avec d'autres candidats.",
            "Votre candidature n'a pas été retenue.",
            "Le poste a été pourvu.",
            "Nous regrettons de vous informer que le processus s'arrête ici.",
        ),
        "CANCEL": (
            "Nous annulons l'entretien de jeudi.",
            "L'entretien est reporté jusqu'à nouvel ordre.",
        ),
        "RESCHEDULE": (
            "Nous déplaçons votre entretien.",
            "Nous reprogrammons l'entrevue avec Julie.",
            "Changement d'horaire pour votre entretien.",
            "Vous trouverez ci-joint l'invitation mise à jour.",
            "Votre entretien est avancé au mardi 1er décembre.",
            "Nous devons déplacer votre entretien.",
        ),
        "NEW_TIME": (
            "Nous déplaçons l'entretien au jeudi 3 décembre à 14 h.",
            "L'entrevue est remise à mardi 10 h.",
            "L'entretien aura désormais lieu vendredi à 11 h.",
        ),
        "CONFIRM_REPLY": (
            "Jeudi 14 h, ça me convient.",
            "Très bien noté, merci.",
            "Va pour mardi à 10 h.",
            "D'accord pour jeudi.",
            "C'est une date confirmée.",
            "Je prends le deuxième créneau.",
        ),
        "APPLICATION_ACK": (
            "Merci pour votre candidature au poste de chargée de projet.",
            "Accusé de réception de votre candidature.",
            "Nous avons bien reçu votre CV.",
            "Si votre profil correspond, nous vous contacterons.",
            "Nous reviendrons vers vous si votre profil est retenu.",
            "Seules les personnes retenues seront contactées.",
        ),
        "OFFER": (
            "Vous trouverez ci-joint votre lettre d'offre.",
            "Voici notre proposition de contrat.",
            "Nous sommes ravis de vous proposer le poste.",
        ),
        "INTERVIEWER_FRAMING": (
            "Merci de remplir la grille d'évaluation après l'entretien.",
            "J'attends votre avis sur cette candidate.",
            "Je te transfère son CV.",
            "Peux-tu faire passer un entretien à Marie jeudi ?",
            "Voudrais-tu rejoindre le jury pour notre poste de data analyst ?",
            "Ce candidat a un très bon profil.",
            "Un débriefing suivra à 17 h.",
        ),
        "CANDIDATE_FRAMING": (
            "Pour ton entretien, viens avec ton portfolio.",
            "Votre entrevue aura lieu dans nos bureaux.",
            "Nous vous attendons lundi à 9 h.",
            "Vous échangerez avec Claire, responsable produit.",
            "Bonne chance pour la suite !",
            "Merci pour votre intérêt pour notre entreprise.",
            "Nous serons ravis de vous rencontrer.",
        ),
    },
    "pt": {
        "OTHER_INTERVIEWS": (
            "Inscreva-se no nosso webinário sobre carreira.",
            "Participe da oficina de currículo na quinta.",
            "Vamos agendar a sua entrevista de saída.",
            "O comitê de promoção se reúne na terça.",
            "Agende uma simulação de entrevista com a nossa equipe.",
            "Teremos uma sessão informativa sobre o programa de estágio.",
            "Sua inscrição no evento foi confirmada.",
            "Sua entrevista no consulado é dia 3 de dezembro.",
            "Lembrete: consulta médica na segunda às 9h.",
            "Responda à nossa pesquisa em dois minutos.",
            "Como foi a sua entrevista? Avalie a sua experiência.",
            "Faça a sua entrevista gravada até sexta e grave suas respostas.",
            "Dicas para entrevistas de emprego.",
            "Visualizar no navegador.",
            "Conheça nosso programa de mentoria de carreira.",
            "Estamos fazendo a checagem de referências da Ana.",
            "Procuramos pessoas para um teste de usabilidade.",
            "A entrevista de admissão ao mestrado será na segunda.",
            "Como agradecimento, você recebe um cartão-presente.",
            "Vagas recomendadas para você na sua busca salva.",
            "Não se trata de uma entrevista, é só um café.",
        ),
        "PRESS": (
            "Gostaríamos de entrevistá-la para a televisão.",
            "Sou colunista e gostaria de conversar com você.",
            "Nossos ouvintes querem conhecer sua história.",
            "O convite é para o nosso programa de rádio.",
            "Antes de gravar faremos um teste de som.",
        ),
        "REJECTION": (
            "Seu perfil não foi selecionado para a próxima etapa.",
            "Decidimos seguir com outros candidatos.",
            "A vaga já foi preenchida.",
            "Lamentamos informar que o processo foi encerrado para você.",
            "Não daremos seguimento à sua candidatura.",
        ),
        "CANCEL": (
            "A recrutadora cancelou a entrevista.",
            "O processo foi adiado por tempo indeterminado.",
            "A recrutadora anulou a entrevista.",
        ),
        "RESCHEDULE": (
            "O gestor remarcou a nossa conversa.",
            "A entrevista mudou para quinta às 15h.",
            "Sua entrevista foi transferida para a sala 2.",
            "Houve uma mudança de horário na sua entrevista.",
            "Segue o convite atualizado.",
            "Alterámos a hora da entrevista.",
        ),
        "NEW_TIME": (
            "A entrevista foi antecipada para terça às 10h.",
            "Remarcamos a sua entrevista para quinta às 14h.",
            "Em vez disso, falamos na sexta às 11h.",
        ),
        "CONFIRM_REPLY": (
            "Para mim está ótimo, obrigado.",
            "Quinta às 15h funciona para mim.",
            "Está marcado então.",
            "Fico com a segunda opção.",
        ),
        "APPLICATION_ACK": (
            "Obrigado por se candidatar à vaga de analista.",
            "Sua candidatura foi recebida.",
            "Recebemos o seu currículo.",
            "Entraremos em contato caso seu perfil avance.",
        ),
        "OFFER": (
            "Segue a carta-proposta para sua análise.",
            "Estamos felizes em lhe oferecer a posição.",
            "Enviamos o contrato para assinatura.",
        ),
        "INTERVIEWER_FRAMING": (
            "Você vai participar como entrevistadora na quinta.",
            "Preencha a ficha de avaliação depois da conversa.",
            "Topa participar do painel da nossa vaga de dados?",
            "Segue o currículo do candidato.",
            "Esse candidato tem um ótimo perfil.",
        ),
        "CANDIDATE_FRAMING": (
            "Você vai conversar com a Marta, gerente da área.",
            "Obrigado pelo seu interesse na Acme.",
            "Agendamos a sua conversa para quinta.",
            "Aguardamos você na recepção.",
            "Seu recrutador estará disponível para dúvidas.",
        ),
    },
    "it": {
        "OTHER_INTERVIEWS": (
            "Iscriviti al nostro seminario online sul personal branding.",
            "La commissione di avanzamento si riunisce martedì.",
            "Prenota una simulazione di colloquio con i nostri tutor.",
            "Ti aspettiamo alla fiera del lavoro di Milano.",
            "Ci sarà un incontro informativo sul programma.",
            "Grazie per esserti iscritto all'evento di giovedì.",
            "Il suo appuntamento al consolato è il 3 dicembre.",
            "Promemoria: appuntamento dal dentista lunedì.",
            "Rispondi al nostro sondaggio in due minuti.",
            "Com'è andato il tuo colloquio? Valuta la tua esperienza.",
            "Completa il colloquio registrato entro venerdì.",
            "Dieci consigli per affrontare un colloquio di lavoro.",
            "Visualizza questa email nel browser.",
            "Il servizio placement dell'università organizza incontri.",
            "Stiamo facendo la verifica delle referenze di Marco.",
            "Cerchiamo persone per un test di usabilità.",
            "Il colloquio di ammissione al master è lunedì.",
            "Il colloquio annuale con il tuo responsabile è giovedì.",
            "Riceverai una carta regalo da 20 €.",
            "Relatori: Giulia Neri e Paolo Conti.",
            "Non si tratta di un colloquio, solo un caffè per conoscerci.",
        ),
        "PRESS": (
            "Vorremmo invitarla a un'intervista radiofonica.",
            "I nostri ascoltatori vogliono conoscere la sua storia.",
            "Sono corrispondente da Bruxelles.",
            "L'intervista uscirà nel numero di dicembre.",
            "Prima della registrazione faremo una prova audio.",
        ),
        "REJECTION": (
            "Abbiamo deciso di procedere con altri profili.",
            "La sua candidatura non è stata selezionata.",
            "Non sei stato selezionato per la fase successiva.",
            "La posizione è stata già coperta.",
            "Ci dispiace comunicarti che il processo si chiude qui.",
            "Non possiamo procedere con la sua candidatura.",
        ),
        "CANCEL": (
            "I colloqui di domani sono annullati.",
            "Il colloquio è stato sospeso.",
            "L'incontro non si svolgerà.",
            "La selezione è rinviata a data da destinarsi.",
        ),
        "RESCHEDULE": (
            "I colloqui sono stati spostati.",
            "Il colloquio è stato ripianificato.",
            "Rimandiamo il colloquio di una settimana.",
            "Dobbiamo rimandare il colloquio.",
            "Ti inoltro l'invito aggiornato.",
            "Variazione di orario per il tuo colloquio.",
        ),
        "NEW_TIME": (
            "Il colloquio è posticipato a giovedì alle 15.",
            "Spostiamo il colloquio a venerdì alle 10.",
        ),
        "CONFIRM_REPLY": (
            "Per me funziona, grazie.",
            "D'accordo, a giovedì.",
            "Confermo la mia presenza.",
            "Scelgo la seconda opzione.",
            "Fissiamo per martedì alle 10.",
        ),
        "APPLICATION_ACK": (
            "Grazie per esserti candidato alla posizione.",
            "Candidatura ricevuta: Sviluppatore Backend.",
            "Nel caso in cui il suo profilo sia in linea, la contatteremo.",
            "Sarai ricontattato solo se il tuo profilo è in linea.",
        ),
        "OFFER": (
            "In allegato l'offerta formale.",
            "Siamo lieti di offrirti la posizione.",
        ),
        "INTERVIEWER_FRAMING": (
            "Parteciperai come selezionatore al colloquio tecnico.",
            "Compila la griglia di valutazione dopo il colloquio.",
            "Mi serve il tuo feedback sul candidato.",
            "Ti va di far parte del panel per la nostra posizione aperta?",
            "Ti giro il cv della candidata.",
            "Questo candidato ha un ottimo profilo.",
        ),
        "CANDIDATE_FRAMING": (
            "Grazie per il tuo interesse verso Acme.",
            "La aspettiamo in sede lunedì.",
            "Abbiamo fissato il suo appuntamento per giovedì.",
            "Sarai intervistata da Laura e Marco.",
            "Vorremmo conoscerti di persona.",
        ),
    },
    "nl": {
        "OTHER_INTERVIEWS": (
            "Schrijf je in voor de sollicitatietraining van donderdag.",
            "De promotiecommissie komt dinsdag bij elkaar.",
            "Oefen met een proefsollicitatie bij ons loopbaanteam.",
            "Kom naar de banenbeurs in Utrecht.",
            "Welkom op onze informatieavond.",
            "Bedankt, je bent ingeschreven voor de informatieavond.",
            "Je afspraak bij de ambassade is op 3 december.",
            "Herinnering: afspraak bij de tandarts op maandag.",
            "Vul onze korte enquête in.",
            "Hoe ging je sollicitatiegesprek? Beoordeel je ervaring.",
            "Rond je videosollicitatie af voor vrijdag.",
            "Bekijk deze e-mail in je browser.",
            "We doen een referentiecheck bij je vorige werkgever.",
            "We zoeken deelnemers voor een gebruikerstest.",
            "Je toelatingsgesprek voor de master is maandag.",
            "Het is geen echt sollicitatiegesprek, meer een kennismaking.",
            "Nieuwe vacatures in je opgeslagen zoekopdracht.",
            "Als dank ontvang je een cadeaukaart.",
            "Sprekers: Eva de Wit en Tom Bakker.",
        ),
        "PRESS": (
            "Ik werk voor een regionale omroep.",
            "Onze luisteraars willen je verhaal horen.",
            "We sturen morgen een persbericht uit.",
            "Voor de opname doen we een geluidscheck.",
        ),
        "REJECTION": (
            "We hebben besloten je niet mee te nemen in de verdere procedure.",
            "We hebben gekozen voor een andere kandidaat.",
            "De vacature is inmiddels vervuld.",
            "Je bent niet door naar de volgende ronde.",
            "We moeten je teleurstellen.",
            "We gaan niet verder met je sollicitatie.",
        ),
        "CANCEL": (
            "Het gesprek vindt helaas niet plaats.",
            "De selectie is uitgesteld tot nader order.",
            "Het gesprek van donderdag is afgeblazen.",
        ),
        "RESCHEDULE": (
            "We moeten het gesprek helaas verzetten.",
            "Let op de gewijzigde tijd van je gesprek.",
            "Hierbij de bijgewerkte uitnodiging.",
            "Je gesprek is omgeboekt.",
            "Je gesprek is vervroegd.",
        ),
        "NEW_TIME": (
            "Het gesprek is verschoven naar donderdag 14:00.",
            "Het nieuwe tijdstip is dinsdag 10:00.",
            "We verplaatsen het gesprek naar vrijdag 9:30.",
            "We spreken in de plaats vrijdag om 11 uur.",
        ),
        "CONFIRM_REPLY": (
            "Akkoord, dank je.",
            "Dat past, dank je.",
            "Staat genoteerd.",
            "Ik kies de tweede optie.",
            "Dinsdag om 10 uur is goed voor mij.",
            "Dan zie u graag dinsdag.",
        ),
        "APPLICATION_ACK": (
            "Je sollicitatie is in goede orde ontvangen.",
            "Bedankt voor je kandidatuur bij Acme.",
            "Als je profiel aansluit, bellen we je.",
            "Nemen we contact met je op als er een match is.",
        ),
        "OFFER": (
            "In de bijlage vind je de aanbodbrief.",
            "We willen je graag de functie aanbieden.",
            "De arbeidsovereenkomst ter ondertekening vind je hierbij.",
        ),
        "INTERVIEWER_FRAMING": (
            "Je bent donderdag ingepland als interviewer.",
            "Graag je feedback over kandidaat Jansen.",
            "Vul het scoreformulier in na het gesprek.",
            "Wil je plaatsnemen in de sollicitatiecommissie?",
            "Ik stuur je zijn cv door.",
        ),
        "CANDIDATE_FRAMING": (
            "We zien je graag op kantoor.",
            "Je maakt kennis met Sanne van het productteam.",
            "Je kandidatuur heeft ons overtuigd.",
            "Veel succes met de voorbereiding!",
            "We hebben je ingepland voor donderdag.",
        ),
    },
}

# Ordinary interview invitations, in each language: none of these tables may fire in them.
# (RESCHEDULE and CANCEL count only where a move or a cancellation is stated as done: "if you need
# to change the time, let us know" offers one. APPLICATION_ACK is not listed: many invitations
# open by thanking for the application, and the detector only reads it as an acknowledgement when
# no time is fixed.)
NOT_IN_INVITES = (
    "OTHER_INTERVIEWS",
    "PRESS",
    "REJECTION",
    "CANCEL",
    "RESCHEDULE",
    "OFFER",
    "INTERVIEWER_FRAMING",
)
INVITES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thanks for your time on the phone. We'd like to invite you to a video interview with our "
        "engineering manager on Thursday 3 December at 2pm. If the time doesn't work, just let me know. "
        "Please bring your portfolio; the interview will take about 45 minutes.",
    ),
    "es": (
        "Hola Lucía, gracias por tu tiempo. Nos gustaría invitarte a una entrevista con nuestra directora "
        "de producto el jueves 3 de diciembre a las 16:00 en nuestras oficinas de Madrid. La entrevista "
        "durará una hora y media. Si necesitas cambiar la hora, avísanos. Te esperamos.",
        "Hola Diego, te confirmamos tu entrevista por videollamada el martes 1 de diciembre a las 10:00 "
        "(hora de Ciudad de México). Hablarás con el líder técnico y con la reclutadora. "
        "De acuerdo a lo conversado, la llamada durará 45 minutos. ¡Mucha suerte!",
    ),
    "ca": (
        "Hola Laia, gràcies pel teu temps. Ens agradaria convidar-te a una entrevista amb la nostra "
        "directora de producte el dijous 3 de desembre a les 16:00 a les nostres oficines de Barcelona. "
        "L'entrevista durarà una hora. Si necessites canviar l'hora, avisa'ns. T'esperem.",
        "Bon dia, Jordi: et confirmem la teva entrevista per videotrucada el dimarts 1 de desembre a dos "
        "quarts d'onze (hora peninsular). Parlaràs amb el cap tècnic i amb la reclutadora. Molta sort!",
        "Hola Pere, us convidem a la segona entrevista el dijous 3 de desembre, de les 10 a les 11, a la "
        "nostra seu de València. Coneixeràs l'equip de dades. Et donarem una resposta abans del "
        "divendres 11 de desembre. Salutacions.",
    ),
    "de": (
        "Hallo Alex, wir laden Sie am Donnerstag, 3. Dezember, um 14:00 Uhr zum Vorstellungsgespräch ein. "
        "Nach dem Gespräch erhalten Sie eine kurze Umfrage zur Candidate Experience. Sie sprechen mit Frau "
        "Koch. Bitte bringen Sie Ihre Zeugnisse mit.",
        "Sehr geehrte Frau Brandt, vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem "
        "Vorstellungsgespräch am Donnerstag, 3. Dezember, um 14:00 Uhr in unser Büro in Zürich ein. "
        "Sie sprechen mit unserer Teamleiterin. Falls Sie den Termin verschieben müssen, geben Sie uns "
        "bitte Bescheid. Wir freuen uns auf Ihren Besuch.",
        "Hallo Jonas, wir laden dich zum Kennenlerngespräch am Dienstag, 1. Dezember, um 10 Uhr per "
        "Teams ein. Du sprichst mit Lena aus dem Recruiting. Bitte bring deinen Lebenslauf mit.",
    ),
    "fr": (
        "Bonjour Alex, nous avons le plaisir de vous convier à un entretien pour le poste de médecin du "
        "travail le jeudi 3 décembre à 14 h. Vous rencontrerez le Dr Martin. Nous vous attendons "
        "à l'accueil.",
        "Bonjour Madame Roy, nous avons le plaisir de vous inviter à un entretien le jeudi 3 décembre "
        "à 14 h dans nos bureaux de Montréal. Vous rencontrerez la directrice des opérations. "
        "Vous n'aurez pas besoin de vous déplacer pour le second tour, qui se fera en visio. "
        "Merci de confirmer votre présence. Au plaisir de vous rencontrer.",
        "Bonjour Lucas, suite à notre échange, je vous confirme votre entrevue le mardi 1er décembre "
        "à 10 h. Votre niveau d'anglais avancé à l'oral sera évalué brièvement. Bonne journée.",
    ),
    "pt": (
        "Olá Alex, gostaríamos de convidá-lo para uma entrevista na terça, 1 de dezembro, às 10h, no "
        "escritório da Av. Paulista (mudamos para lá em outubro). Boa sorte!",
        "Olá Beatriz, tudo bem? Gostaríamos de convidá-la para uma entrevista com o gestor na "
        "quinta-feira, 3 de dezembro, às 14h, no nosso escritório. Daremos um retorno até sexta-feira. "
        "Qualquer dúvida, estou à disposição.",
        "Olá João, a sua entrevista está confirmada para terça-feira, 1 de dezembro, às 10h, por "
        "videochamada. Vai conversar com a diretora de marketing. Boa sorte!",
    ),
    "it": (
        "Gentile Alex, la invitiamo a un colloquio per la posizione di Product Designer giovedì 3 dicembre "
        "alle 15:00. Incontrerà la responsabile del design. Se ha bisogno di posticipare, ci scriva. "
        "La aspettiamo.",
        "Gentile Giulia, la ringraziamo per la candidatura e siamo lieti di invitarla a un colloquio "
        "giovedì 3 dicembre alle ore 15:00 presso la nostra sede di Milano. Incontrerà il responsabile "
        "tecnico. Se ha bisogno di rimandare il colloquio, ci scriva. A presto.",
    ),
    "nl": (
        "Beste Alex, we nodigen je graag uit voor een sollicitatiegesprek op donderdag 3 december om 14:00 "
        "uur. Na afloop ontvang je een korte vragenlijst over je ervaring. Je spreekt met Anouk. Tot dan!",
        "Beste Daan, bedankt voor je sollicitatie. We nodigen je graag uit voor een sollicitatiegesprek "
        "op donderdag 3 december om 14:00 uur op ons kantoor in Utrecht. Je spreekt met de teamleider. "
        "Mocht je het gesprek willen verzetten, laat het ons dan weten. Tot donderdag!",
        "Beste Lotte, hierbij bevestig ik je kennismakingsgesprek op dinsdag 1 december om 10u via "
        "Teams. Je maakt kennis met Pieter, onze HR-manager. Veel succes!",
    ),
}


def _cases() -> list[tuple[str, str, str]]:
    return [(lang, table, s) for lang, tables in HITS.items() for table, ss in tables.items() for s in ss]


@pytest.mark.parametrize(("lang", "table", "sentence"), _cases())
def test_each_language_names_the_concept(lang: str, table: str, sentence: str) -> None:
    rx: re.Pattern[str] = getattr(lexicon, table)
    assert rx.search(sentence), f"{lang} {table}: {sentence!r}"


_INVITE_CASES = [(lang, t) for lang, ts in INVITES.items() for t in ts]


@pytest.mark.parametrize(("lang", "text"), _INVITE_CASES)
@pytest.mark.parametrize("table", NOT_IN_INVITES)
def test_an_ordinary_invitation_is_none_of_these(lang: str, text: str, table: str) -> None:
    rx: re.Pattern[str] = getattr(lexicon, table)
    if table in ("RESCHEDULE", "CANCEL"):
        assert not _happened(rx, text), f"{lang} {table} fires on {[m.group(0) for m in rx.finditer(text)]}"
        return
    m = rx.search(text)
    assert m is None, f"{lang} {table} fires on {m.group(0)!r}"


@pytest.mark.parametrize(("lang", "text"), _INVITE_CASES)
def test_an_ordinary_invitation_is_detected_as_one(lang: str, text: str) -> None:
    msg = EmailMessage()
    msg["From"] = "Recruiting <talent@acme-corp.example>"
    msg["To"] = "Alex Rivera <alex.rivera@mailbox.example>"
    msg["Subject"] = "Acme"
    msg["Date"] = "Wed, 25 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = f"<parity-{lang}-{abs(hash(text))}@acme-corp.example>"
    msg.set_content(text)
    d = analyze_email(msg.as_bytes(), ME, NOW)
    assert d.is_interview, (lang, d.reasons)
    assert d.kind == "invite"
