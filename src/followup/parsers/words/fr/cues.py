"""French words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    r"\bentretiens?\b",
    r"\bentrevues?\b",
    r"\b(?:appel|[ée]change)\s+(?:initial|de\s+(?:pr[ée]qualification|pr[ée]s[ée]lection|qualification))\b",
    r"\b(?:demi-)?journ[ée]e\s+(?:d['’](?:essai|immersion)|test)\b",
    r"\bentretien\s+d'embauche\b",
    r"\b(?:dernier|second|deuxi[èe]me|troisi[èe]me)\s+tour\b|\btour\s+final\b",
    r"\b[ée]change\s+(?:t[ée]l[ée]phonique|en\s+visio)\b",
    r"\b(?:test|exercice|cas\s+pratique)\s+(?:technique\s+)?(?:sur\s+place|en\s+pr[ée]sentiel|dans\s+nos\s+locaux)\b",
    r"\b(?:rencontre|[ée]change)\s+technique\b",
    r"\b(?:test|exercice|[ée]preuve)\s+(?:pratique\s+)?(?:technique\s+|de\s+[\w-]+\s+)?en\s+direct\b|\bsession\s+de\s+(?:test|cas\s+pratique)\b",
    # a meeting with the hiring manager ("rencontre avec le manager", "appel avec la responsable du poste")
    r"\b(?:appel|visio|rendez-vous|r[ée]union)\s+avec\s+(?:le|la|votre)\s+(?:hiring\s+manager|(?:futur(?:e)?\s+)?manager|responsable\s+(?:du\s+(?:poste|recrutement|service)|de\s+l'[ée]quipe|hi[ée]rarchique))\b",
    r"\b(?:[ée]preuve|test|examen)\s+[ée]crite?\b",
    # presenting a case study (the usual last stage for designers, consultants, product people)
    r"\bpr[ée]sentation\s+(?:de\s+(?:votre|ton|l[\'’])\s*|d[\'’]une\s+)?(?:[ée]tude\s+de\s+cas|cas\s+pratique)\b",
    r"\b(?:test|[ée]valuation|examen)\s+(?:en\s+ligne\s+)?(?:technique\s+)?surveill[ée]e?\b",
    # invité à un test technique ("nous vous invitons à passer le test technique en ligne")
    r"\b(?:invitons|inviter|convions|convoquons)\s+(?:\w+\s+)?[àa]\s+(?:passer\s+|r[ée]aliser\s+)?(?:le|un|notre)\s+test\s+technique\b",
    # an assessment day and a named stage of the selection ("une demi-journée d'assessment (centre
    # d'évaluation)", "la seconde étape de notre processus de sélection")
    r"\b(?:journ[ée]e|demi-journ[ée]e|matin[ée]e)\s+d['’]assessment\b|\bcentre\s+d['’][ée]valuation\b",
    r"\b(?:prochaine|seconde|deuxi[èe]me|troisi[èe]me|derni[èe]re)\s+[ée]tape\s+(?:de\s+notre|du)\s+processus\s+de\s+(?:s[ée]lection|recrutement)\b",
)
CANDIDATE_FRAMING = (
    r"\bbonne\s+chance\b|\bcroise(?:s|z)?\s+les\s+doigts\b|\bje\s+croise\s+les\s+doigts\b",
    r"\bvotre\s+entretien\b",
    r"\bvotre\s+(?:session\s+de\s+)?test\s+technique\b",
    r"\bje\s+vous\s+confirme\b",
    r"\bvous\s+inviter\b",
    r"\bvotre\s+candidature\b",
    r"\bvous\s+rencontrerez\b",
    r"\bnous\s+avons\s+le\s+plaisir\b",
    r"\bton\s+entretien\b|\bta\s+candidature\b|\bt['’]inviter\b",
    r"\bvotre\s+(?:prochaine?\s+|premi[èe]re?\s+|deuxi[èe]me\s+)?(?:entrevue|rendez-vous)\b",
    r"\bnous\s+vous\s+(?:attendons|confirmons|convions|invitons)\b",
    r"\bvous\s+(?:[ée]changerez|serez\s+re[çc]ue?|allez\s+rencontrer)\b",
    r"\bf[ée]licitations\b|\bbonne\s+chance\b",
    r"\bmerci\s+(?:pour|de)\s+votre\s+int[ée]r[êe]t\b",
    r"\bravis\s+de\s+vous\s+rencontrer\b",
    r"\bje\s+(?:vous|te)\s+transf[èe]re\s+l[\'’]invitation\b",
    r"\b(?:ch[èe]res?\s+candidates?|chers\s+candidats)\b",
    r"\b(?:souhaite(?:nt)?|aimerai(?:en)?t|voudrai(?:en)?t)\s+(?:vous|te)\s+rencontrer\b",
)
CANDIDATE_STRONG = (
    r"votre\s+entretien",
)
MEETING_WORDS = ("entretien", "entrevue", "appel", "[ée]change", "visio")
INTERVIEWER_FRAMING = (
    r"\ble\s+candidat\b|\bla\s+candidate\b",
    r"\bnotre\s+candidate?\b",
    r"\bcandidate?\s*:\s*(?-i:[A-Z])",
    r"\bci-joint\s+mon\s+cv\b",
    r"\b(?:grille|fiche|formulaire)\s+d['’][ée]valuation\b",
    r"\bvotre\s+(?:retour|avis|feedback)\s+sur\s+(?:le|la|ce|cette)\s+candidat",
    r"\bson\s+cv\b|\bsa\s+candidature\b",
    r"\bfaire\s+passer\s+(?:un|l['’])\s*entretien\s+[àa]\b",
    r"\b(?:rejoindre\s+le|faire\s+partie\s+du)\s+(?:jury|panel)\b",
    r"\bce\s+candidat\b|\bcette\s+candidate\b",
    r"\bd[ée]briefing\b",
    r"\ble\s+cv\s+de\s+(?-i:[A-Z])",
    r"\b(?:le|la|les)\s+(?:recevoir|re[çc]ois|recevras|recevez|rencontrer)\s+en\s+entretien\b",
    r"\bcandidate?\s+(?:pour|au)\s+(?:le\s+)?poste\b",
)
PRESS = (
    r"\bpresse\b",
    r"\bjournaliste\b",
    r"\bjournal\b",
    r"\br[ée]daction\b",
    r"\breportage\b",
    r"\b[ée]pisode\b",
    r"\b[ée]mission\b",
    r"\bjournalistes\b|\bchroniqu(?:e|eur|euse)\b|\bcorrespondante?\b|\bpigiste\b",
    r"\bt[ée]l[ée]vis(?:ion|[ée]e?)\b|\bbalado(?:diffusion)?\b",
    r"\bauditeurs?\b|\bauditrices?\b|\blecteurs\b|\bnotre\s+invit[ée]e?\b",
    r"\bnum[ée]ro\s+(?:de\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|septembre|octobre|novembre|d[ée]cembre|printemps|l['’][ée]t[ée]|l['’]automne|l['’]hiver)|sp[ée]cial)\b",
    r"\bm[ée]dias\b|\btournage\b",
    r"\b(?:animat(?:eur|rice)|[àa]\s+l[\'’]antenne|en\s+direct\s+[àa]\s+la\s+radio)\b",
)
ACADEMIC = (
    r"\b(?:ma|une|sa|votre|la|de|en|sur)\s+th[èe]se\b|\bthèse\b",
    r"\bm[ée]moire\s+de\s+(?:master|fin\s+d'[ée]tudes)\b",
)
OTHER_INTERVIEWS = (
    r"\b(?:prise|v[ée]rification|contr[ôo]le)\s+de[s]?\s+r[ée]f[ée]rences\b",  # calls to the referees
    r"\b(?:rendez-vous|entretien)\s+(?:avec\s+(?:votre|un)\s+)?conseiller\b|\b(?:pr[êe]t|projet|cr[ée]dit)\s+immobilier\b|\b[ée]tude\s+de\s+financement\b",
    r"\bformation\s+(?:aux|sur)\b",
    r"\bpas\s+(?:un\s+)?entretien\b",
    r"\bse\s+d[ée]sabonner\b|\bd[ée]sinscri\w+",
    r"\bentretien\s+de\s+sortie\b",
    r"\bentretien\s+annuel\b",
    r"\bentretien\s+de\s+recherche\b",
    r"\brecherche\s+utilisateurs?\b",
    r"\bcarte[-\s]cadeau\b",
    r"\bpas\s+de\s+bonnes?\s+ou\s+(?:de\s+)?mauvaises?\s+r[ée]ponses?\b",
    r"\balertes?\s+(?:emploi|offres)\b",
    r"\bnouvelles\s+offres\s+d'emploi\b",
    r"\bexpert-comptable\b",
    r"\bparents\s+d'[ée]l[èe]ves\b",
    r"\br[ée]union\s+parents\b",
    r"\bwebinaires?\b|\bs[ée]minaires?\s+(?:en\s+ligne|web)\b",
    r"\batelier\s+(?:cv|emploi|coaching|de\s+pr[ée]paration|sur\s+l['’]entretien|de\s+recherche\s+d['’]emploi)\b",
    r"\bcomit[ée]\s+(?:de\s+)?promotion\b|\bpromotion\s+interne\b|\bjury\s+de\s+promotion\b",
    r"\bpas\s+(?:une\s+)?entrevue\b|\bne\s+s['’]agit\s+pas\s+d['’]une?\s+(?:\w+\s+)?(?:entretien|entrevue)\b",
    r"\bsimulations?\s+d['’](?:entretien|entrevue)s?\b|\b(?:entretien|entrevue)s?\s+(?:blancs?|fictifs?|simul[ée]e?s?)\b",
    r"\bsalon\s+(?:de\s+l['’]emploi|du\s+recrutement|des\s+m[ée]tiers|emploi)\b|\bforum\s+(?:de\s+l['’]emploi|emploi|entreprises?|des\s+m[ée]tiers)\b|\bfoire\s+(?:de\s+l['’]emploi|aux\s+emplois)\b",
    r"\binscription\s+(?:au|[àa]\s+la|[àa]\s+l['’])\s*(?:webinaire|salon|atelier|forum|s[ée]minaire|conf[ée]"
    r"rence|[ée]v[ée]nement|formation)\b|\bvous\s+[êe]tes\s+(?:bien\s+)?inscrite?\s+(?:au|[àa]\s+la)\s+(?:webinaire|salon|atelier|forum|s[ée]minaire|conf[ée]rence)\b",
    r"\b(?:s[ée]ance|r[ée]union|session)\s+d['’]information\b|\bportes\s+ouvertes\b",
    # an evening of walk-in short interviews with many employers
    r"\bjob\s*dating\b|\bentretiens?\s+(?:flash|express\s+avec\s+(?:\d+|des|plusieurs))\b",
    r"\b(?:entretien|rendez-vous|demande)\s+de\s+visa\b|\bconsulat\b|\bambassade\b",
    r"\b(?:donn[ée]es|relev[ée]|prise)\s+(?:des\s+)?(?:donn[ée]es\s+)?biom[ée]triques?\b|\bpr[ée]fecture\b|\btitre\s+de\s+s[ée]jour\b",
    r"\bcoaching\s+(?:carri[èe]re|emploi)\b|\bbilan\s+de\s+comp[ée]tences\b",
    r"\bcomment\s+s['’]est\s+pass[ée]e?\s+(?:votre|ton|l['’])\s*(?:entretien|entrevue)\b|\b[ée]valuez\s+votre\s+(?:entretien|entrevue|exp[ée]rience)\b",
    r"\b(?:entretien|entrevue)\s+(?:vid[ée]o\s+)?(?:en\s+)?diff[ée]r[ée]e?\b|\benregistre[zr]\s+vos\s+r[ée]ponses\b",
    r"\bconseils\s+pour\s+r[ée]ussir\s+(?:un|son|ses)\s+(?:entretien|entrevue)s?\b|\bcomment\s+r[ée]ussir\s+(?:un|son)\s+(?:entretien|entrevue)\b",
    r"\bafficher\s+dans\s+(?:votre|le)\s+navigateur\b|\bvoir\s+(?:ce\s+(?:mail|message|courriel)\s+)?(?:dans|sur)\s+(?:votre|le)\s+navigateur\b|\bversion\s+en\s+ligne\b",
    r"\bsondage\b|\benqu[êe]te\s+de\s+satisfaction\b|\bquestionnaire\s+de\s+satisfaction\b",
    r"\bdentiste\b|\brendez-vous\s+(?:m[ée]dical|chez\s+le\s+m[ée]decin)\b|\bcabinet\s+m[ée]dical\b",
    r"\b(?:v[ée]rification|prise)\s+de\s+r[ée]f[ée]rences\b|\ben\s+tant\s+que\s+r[ée]f[ée]rence\b",
    r"\btests?\s+d['’]utilisabilit[ée]\b|\bgroupe\s+de\s+discussion\b|\b[ée]tude\s+utilisateurs?\b",
    r"\bentretien\s+de\s+d[ée]part\b",
    r"\bformation\s+(?:des\s+)?recruteurs\b|\bconduite\s+d['’]entretiens?\b",
    r"\bconf[ée]renciers?\s*:",
    r"\brecherche\s+sauvegard[ée]e\b",
    r"\bbon\s+d['’]achat\b|\bch[èe]que-?cadeau\b",
    r"\bappel\s+[àa]\s+(?:communications|contributions|propositions)\b",
    r"\bjourn[ée]e\s+(?:carri[èe]res?|emploi|portes\s+ouvertes|d['’]information)\b",
    r"\bd[ée]claration\s+d['’]imp[ôo]ts?\b",
    r"\bfrance\s+travail\b|\bp[ôo]le\s+emploi\b|\bconseill[eè]re?\s+(?:emploi|france\s+travail|forem|actiris)\b",
    # career counselling ("Entretien conseil - Évolution professionnelle", "bilan de compétences", Apec)
    r"\bentretien\s+conseil\b|\b(?:conseil\s+en\s+)?[ée]volution\s+professionnelle\b|\bbilan\s+de\s+comp[ée]tences\b|\bapec\b",
    # Switzerland's public employment offices ("ORP Genève", "entretien de conseil et de contrôle")
    r"\boffice\s+r[ée]gional\s+de\s+placement\b|\borp\b|\bentretien\s+de\s+conseil\s+et\s+de\s+contr[ôo]le\b|\bconseill[eè]re?\s+en\s+personnel\b",
    r"\bentretien\s+d['’]inscription\b|\bpas\s+(?:encore\s+)?(?:pour|sur)\s+un\s+poste\s+(?:pr[ée]cis|particulier|sp[ée]cifique)\b",
    r"\bsans\s+rendez-vous\b",
    r"\b(?:entr[ée]e\s+(?:gratuite|libre)|\d+[ \t]+(?:exposants|recruteurs))\b",
    r"\bpremiers?\s+arriv[ée]s?,?\s+premiers?\s+servis?\b",
    r"\br[ée]seautage\b|\b5\s+[àa]\s+7\b",
    r"\b(?:demande|renouvellement)\s+de\s+passeport\b",
)
ROLE_PLAY = (r"jeu\s+de\s+r[ôo]les?", r"mise\s+en\s+situation", r"simulation", r"simul[ée]e?")
WEAK_OTHER = (r"d[ée]sabonn", r"d[ée]sinscri", r"recherche\s+utilisateurs?", r"utilisabilit", r"usabilit")
APPLICATION_ACK = (
    r"\bnous\s+avons\s+bien\s+re[çc]u\s+votre\s+candidature\b",
    r"\bmerci\s+(?:pour|de)\s+(?:votre|ta)\s+candidature\b",
    r"\baccus[ée]\s+de\s+r[ée]ception\s+de\s+(?:votre|ta)\s+candidature\b",
    r"\bavons\s+bien\s+re[çc]u\s+(?:votre|ta)\s+(?:cv|dossier)\b",
    r"\bsi\s+votre\s+(?:profil|candidature)\s+(?:est\s+retenue?|correspond|nous\s+int[ée]resse)\b",
    r"\bnous\s+reviendrons\s+vers\s+vous\s+(?:si|dans\s+le\s+cas)\b",
    r"\bseul(?:e)?s\s+les\s+(?:personnes|candidat(?:e|ure)?s)\s+(?:retenue?s|s[ée]lectionn[ée]e?s)\b",
)
REJECTION = (
    r"\bnous\s+sommes\s+au\s+regret\b",
    r"\bne\s+pas\s+donner\s+suite\b",
    r"\bretenu\s+une?\s+autre\s+(?:candidat|profil)",
    r"\b(?:donner|r[ée]server)\s+une\s+suite\s+favorable\b",
    r"\bne\s+(?:pouvons|pourrons|pouvions)\s+pas\s+donner\s+suite\b|\bpas\s+donner\s+suite\s+[àa]\s+votre\b",
    r"\b(?:d[ée]cid[ée]|choisi)\s+de\s+(?:poursuivre|continuer|retenir)\s+(?:avec\s+)?(?:d['’]autres|une?\s+autre)\s+(?:candidat|profil|personne)",
    r"\bcandidature\s+n['’]a\s+pas\s+[ée]t[ée]\s+retenue\b|\bn['’](?:avez|[êe]tes)\s+pas\s+(?:[ée]t[ée]\s+)?retenue?\b",
    r"\bposte\s+(?:a\s+[ée]t[ée]|est)\s+(?:d[ée]j[àa]\s+)?pourvu\b",
    r"\bnous\s+regrettons\s+de\s+vous\s+(?:informer|annoncer)\b|\br[ée]ponse\s+n[ée]gative\b",
)
REJECTION_SOFT = (
    r"\bmalheureusement\b",
)
REJECTION_ABOUT = (
    r"\b(?:d[ée]cid|d[ée]cision|candidat|profil|donner\s+suite|poursuiv|(?:pas|non)\s+(?:[ée]t[ée]\s+)?retenue?s?\b)",
)
CANCEL = (
    r"\b(?:annuler|annulation)\b",
    r"\bn'aura\s+pas\s+lieu\b",
    r"\bne\s+pourra\s+pas\s+avoir\s+lieu\b",
    r"\bannul[ée]e?s?\b",
    r"\breport[ée]e?\s+(?:à\s+une\s+date|sine)\b",
    r"\bannulons\b|\bn['’]aura\s+plus\s+lieu\b",
    r"\breport[ée]e?\s+(?:jusqu['’][àa]\s+nouvel\s+ordre|ind[ée]finiment)\b",
)
RESCHEDULE = (
    r"\bd[ée]cal[ée]e?\b",
    r"\breprogramm[ée]e?\b",
    r"\breport(?:é|ée|és|ées|ee)\b",
    r"\bnouvelle\s+(?:date|heure)\b",
    r"\bd[ée]plac[ée]e?\b",
    r"\bd[ée]pla[çc]ons\b|\bd[ée]calons\b|\breportons\b",
    r"\breprogrammons\b|\breplanifi(?:[ée]e?|ons)\b",
    r"\bchangement\s+d['’](?:heure|horaire)\b|\bchangement\s+de\s+(?:date|cr[ée]neau)\b",
    r"\binvitation\s+(?:mise\s+[àa]\s+jour|modifi[ée]e)\b",
    r"\b(?:avanc[ée]e?|remise?)\s+(?:au|[àa])\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|\d)",
    r"\bnous\s+(?:devons|avons\s+(?:donc\s+|d[ée]j[àa]\s+)?d[ûu]|allons|devrons|sommes\s+(?:donc\s+)?(?:oblig|contraint)[ée]?s\s+de)\s+"
    r"(?:[a-zé]+ment\s+|donc\s+)?(?:d[ée]placer|d[ée]caler|reporter|reprogrammer)\b",
    r"\b(?:report|d[ée]calage|d[ée]placement|changement\s+d['’]horaire)\s+(?:de|du)\s+(?:votre|ton|notre|l['’]|cet)\s*entretien\b",
    # "il doit malheureusement déplacer votre entretien", "le client souhaite décaler l'entretien"
    r"\b(?:doi[st]|doivent|souhaite|souhaitent|a\s+d[ûu]|ont\s+d[ûu])\s+(?:[a-zé]+ment\s+)?(?:d[ée]placer|d[ée]caler|reporter|"
    r"reprogrammer)\s+(?:votre|ton|notre|l['’]|cet)\s*(?:entretien|rendez-vous|rdv)\b",
    # "Votre entretien … a été modifié", "Modification de votre entretien", "Nouvel horaire : …"
    r"\b(?:entretien|rendez-vous|rdv)\b[^.\n]{0,80}?\ba\s+[ée]t[ée]\s+modifi[ée]e?\b",
    r"\bmodification\s+de\s+(?:votre|ton|l['’])\s*(?:entretien|rendez-vous|rdv)\b|\bnouvel\s+horaire\b",
)
NOT_THE_TIME = (
    r"\bvoyage\b",
    r"\bpremier\s+jour\b",
    r"\bdisponib",
    r"\bcr[ée]neaux\b",
    r"\bchoisir\b",
    r"\bquel\s+(?:cr[ée]neau|moment|jour)\b",
    r"\bvous\s+convien(?:t|drait)\s+le\s+mieux\b",
    r"\bpourrait\s+(?:\w+\s+)?(?:convenir|marcher|aller)\b",
    r"\bl[\'’]un\s+de\s+ces\s+cr[ée]neaux\b|\bl[\'’]une\s+de\s+ces\s+(?:dates|options)\b",
)
NOT_YET = (
    r"\bpour\s+(?:organiser|planifier|fixer)\s+un\s+entretien\b",
)
OFFER = (
    r"\bpromesse\s+d'embauche\b",
    r"\bproposition\s+d'embauche\b",
    r"\blettre\s+d['’](?:offre|embauche|engagement)\b",
    r"\bproposition\s+(?:de\s+contrat|d['’]emploi|salariale)\b|\boffre\s+d['’]emploi\s+(?:officielle|formelle)\b",
    r"\b(?:heureux|ravis)\s+de\s+vous\s+(?:proposer|offrir)\s+le\s+poste\b",
    # "proposition d'engagement" (Switzerland, Belgium), "souhaite vous faire une offre"
    r"\bproposition\s+d['’]engagement\b|\bvous\s+faire\s+une\s+(?:offre|proposition)\s+pour\s+le\s+poste\b",
    r"\bvous\s+faire\s+une\s+offre\b|\bvous\s+pr[ée]senter\s+(?:notre|l['’]|cette)\s*offre\b",
    # "je vous appelle … pour vous présenter notre proposition (rémunération, variable, …)"
    r"\b(?:pr[ée]senter|d[ée]tailler)\s+(?:notre|la|cette)\s+proposition\s*\(?\s*(?:de\s+)?(?:r[ée]mun[ée]ration|salaire|package)",
)
NEW_TIME = (
    r"\bnouve(?:l|au|lle)\s+(?:horaire|cr[ée]neau|date|heure)\b",
    r"\bd[ée]cal[ée]e?\s+(?:au|à)\b",
    r"\bà\s+la\s+place\b",
    r"\breport[ée]e?\s+(?:au|à)\b",
    r"\bd[ée]plac[ée]e?\s+(?:au|à)\b",
    r"\b(?:d[ée]placer|d[ée]caler|reporter)\s+(?:l['’]\s*|le\s+|notre\s+|votre\s+)(?:entretien|rendez-vous|[ée]change)\s+(?:au|[àa])\b",
    r"\b(?:d[ée]pla[çc]ons|d[ée]calons|reportons|avan[çc]ons)\s+(?:[\w'’]+\s+){0,3}(?:au|[àa])\b",
    r"\b(?:reprogramm|replanifi)[ée]e?s?\s+(?:au|[àa])\b|\b(?:avanc[ée]e?|remise?)\s+(?:au|[àa])\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|\d)",
    r"\baura\s+(?:d[ée]sormais|maintenant|finalement|donc)\s+lieu\b",
)
WAS_SET = (
    r"\b(?:initialement|pr[ée]c[ée]demment)\b",
    r"\b[ée]tait\s+(?:pr[ée]vue?|fix[ée]e?|programm[ée]e?)\b",
    r"\b(?:cr[ée]neau|horaire|rendez-vous|date)\s+(?:initial|initiale|pr[ée]c[ée]dent|pr[ée]c[ée]dente|d['’]origine)\b",
    # "déplacer notre appel prévu le mardi 1er décembre": the slot being moved
    r"\b(?:appel|entrevue|entretien|rencontre|rendez-vous)\s+pr[ée]vue?\s+(?:le|pour)\b",
)
INSTEAD_OF = (r"au\s+lieu\s+d[eu']", r"à\s+la\s+place\s+d[eu']", r"initialement\s+(?:prévu\s+)?le")
CONFIRM_REPLY = (
    r"\bnous\s+retenons\b|\bon\s+part\s+sur\b|\bje\s+retiens\b",
    r"\b(?:c'est\s+)?bien\s+re[çc]u\b",
    r"\bparfait\b",
    r"\bc'est\s+not[ée]\b",
    r"\bconfirm[ée]\b",
    r"\bà\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi)\b",
    r"\bc'est\s+(?:donc\s+)?(?:calé|fixé|entendu)\b",
    r"\bje\s+vous\s+attends\b",
    r"\b[çc]a\s+(?:me\s+(?:convient|va)|marche)\b|\bcela\s+me\s+convient\b",
    r"(?<!\bne\s)\bme\s+convien(?:t|nent)\s+(?:parfaitement|tr[èe]s\s+bien|bien|tout\s+[àa]\s+fait)\b",
    r"\b(?:tr[èe]s\s+)?bien\s+not[ée]\b",
    r"\bva\s+pour\s+(?:lundi|mardi|mercredi|jeudi|vendredi|le|la)\b",
    r"\bd['’]accord\s+pour\b",
    r"\bconfirm[ée]e\b",
    r"\ble\s+(?:premier|deuxi[èe]me|second)\s+cr[ée]neau\b",
    r"\bmerci\s+(?:pour|de)\s+(?:votre|ta|la)\s+confirmation\b|\bj[\'’]y\s+serai\b",
    r"\bje\s+(?:vous\s+|te\s+)?confirme\s+(?:volontiers\s+)?(?:ma\s+(?:pr[ée]sence|participation|disponibilit[ée])|que\s+je\s+serai)\b",
    r"\bje\s+confirme\s+(?:pour\s+)?(?:le|ce)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|cr[ée]neau|rendez-vous)\b",
)
SET_UNLESS_TOLD = (
    r"\bje\s+vous\s+ai\s+(?:d[ée]j[àa]\s+)?(?:positionn[ée]e?|r[ée]serv[ée]|bloqu[ée]|inscrite?)\b",
    r"\bsauf\s+(?:avis\s+contraire|contre-indication)\b",
)
CONFIRMED = (
    r"\best\s+(?:confirm[ée]|pr[ée]vu|programm[ée])",
)
SCHEDULED = (r"\bheure\b", r"\bpr[ée]vu\b", r"\bconfirm[ée]\b", r"\bplanifi[ée]\b")
INTERVIEW_STEMS = (
    "test", "exercice", "appel", "assessment", "valuation", "tape", "cas pratique", "rencontre", "session",
    "entretien", "essai", "immersion", "journée test", "journee test",
    "tour", "échange", "echange", "hiring manager", "le manager", "la manager",
    "votre manager", "futur manager",
    "future manager",
    "responsable", "écrit", "ecrit", "tude de cas", "en direct", "surveill",
)
JOB_WORDS = ("poste", "candidature", "offre", "cv", "recrutement", r"recrut(?:eur|euse|rice)s?")
CALL_WORDS = ("appel", "[ée]change")
JOB_MEETING = (
    r"\bprochaine\s+[ée]tape\b[^.?]{0,80}\b(?:[ée]change|appel|entretien|rencontre)\s+avec\b",
    # an agency's client meeting the candidate ("le client a validé ton profil … je t'ai calé le rdv avec …")
    r"\b(?:le|mon|notre)\s+client\b[^?]{0,250}?\b(?:rdv|rendez-vous|rencontre|entretien)\s+avec\b",
    r"\b(?:conversation|[ée]change|appel|rencontrer?)\b[^.?]{0,80}\b(?:pour|concernant|au\s+sujet\s+du?)\s+(?:le|la|notre|votre)\s+(?:[\w-]+\s+){0,2}(?:poste|r[ôo]le)\b",
    r"\bmerci\s+(?:pour|de)\s+(?:votre|ta)\s+candidature\b[\s\S]{0,300}?\b(?:notre|l[\'’]|un|une)\s*(?:(?:premier|premi[èe]re|court|courte|bref|br[èe]ve|petit|petite)\s+)?(?:[ée]change|appel|entretien\s+t[ée]l[ée]phonique|visio|rencontre)\b",
    r"\bnous\s+(?:recherchons|cherchons)\b[\s\S]{0,400}?\b(?:notre|un|l['’])\s*(?:[ée]change|appel)\b",
    r"\b(?:mon|notre)\s+client(?:e)?\b[\s\S]{0,250}?\b(?:souhaite|voudrait|aimerait|veut)\s+(?:vous|te)\s+(?:rencontrer|voir|parler)\b",
    r"\b(?:dans\s+le\s+cadre\s+de|suite\s+[àa])\s+(?:votre|ta)\s+candidature\b[\s\S]{0,200}?\b(?:[ée]change|rencontre|rendez-vous|recevra|rencontrer)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:avant|apr[èe]s)\s+(?:ton|votre|l')\s*(?:entretien|entrevue)\b",
    r"\bpr[ée]parer\s+(?:vos|tes|votre|ton|les|des)\s+(?:entrevues?|entretiens?)\b",
)
NEXT_STEP = (
    r"\bprochaines?\s+[ée]tapes?\b",
)
IF_CLAUSE = (r"(?:si|s['’]il|en\s+cas\s+d['’e]|au\s+cas\s+o[ùu])",)
ASK_BEFORE = (r"\b(?:possible\s+de|pourrions[-\s]nous|pourriez[-\s]vous|pourrait[-\s]on|peut[-\s]on)\s*$",)
OFFER_BEFORE = (
    r"\bbouton\s*[\"“'‘«]?\s*$",
    r"\b(?:pouvez|pourrez)\s+(?:demander|choisir)\s+(?:un|une)?\s*$",
    r"\bsi\s+(?:\w+\s+){0,3}$",
    r"\bpour\s*$",
    r"\bau\s+cas\s+o[uù]\s+(?:\w+\s+){0,3}$",
    r"\bou\s+(?:si\s+vous\s+)?(?:devez|souhaitez|avez\s+besoin\s+de)\s*$",
    r"\b(?:pas|plus)\s+possible\s+de\s*$|\bimpossible\s+de\s*$|\bne\s+(?:peut|pourra)\s+(?:pas|plus)\s+(?:[êe]tre\s+)?$",
)
FORWARD_PREFIXES = ("tr",)
REPLY_PREFIXES = ("re",)
SUBJECT_HINTS = (
    "entretien", "convocation", "rendez-vous", "r[ée]union", "appel", "merci",
)
NEGATIONS = ("pas", "ni", "non")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"d[ée]sabonn", r"d[ée]sinscri")
OPT_OUT = (r"ne\s+plus\s+recevoir",)
OLD_COL = (r"ancien(?:ne)?", r"initiale?", r"pr[ée]c[ée]dente?")
NEW_COL = (r"nouve(?:l|au|lle)",)
MOVED_FROM = ("du", "de")
