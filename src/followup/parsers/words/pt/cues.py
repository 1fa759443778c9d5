"""Portuguese words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    # a psychometric assessment at a set time ("avaliação psicológica na segunda às 9h")
    r"\b(?:avalia[çc][ãa]o|prova|teste|exame)\s+(?:psicot[ée]cnic|psicol[óo]gic|psicom[ée]tric)\w*",
    r"\bentrevistas?\b",
    # a test taken live at a set time ("um case técnico ao vivo", "avaliação prática ao vivo")
    r"\b(?:avalia[çc][ãa]o|teste|case|exerc[íi]cio)\s+(?:t[ée]cnic[ao]\s+|pr[áa]tic[ao]\s+)?ao\s+vivo\b",
    r"\bentrevista\s+de\s+emprego\b",
    r"\b(?:chamada|liga[çc][ãa]o|conversa)\s+(?:inicial|de\s+(?:apresenta[çc][ãa]o|triagem|sele[çc][ãa]o))\b",
    r"\bprocesso\s+seletivo\b",
    r"\bprocesso\s+de\s+(?:sele[çc][ãa]o|recrutamento)\b",
    r"\bdin[âa]mica\s+de\s+grupo\b",
    r"\bdia\s+(?:de\s+experi[êe]ncia|de\s+imers[ãa]o|experimental)\b",
    r"\b(?:rodada|etapa)\s+final\b|\b(?:segunda|terceira|[úu]ltima)\s+rodada\b",
    r"\b(?:teste|desafio|prova)\s+(?:t[ée]cnic[oa]\s+)?presencial\b",
    r"\b(?:teste|desafio|prova)\s+t[ée]cnic[oa]\s*[(–-]?\s*(?:sess[ãa]o\s+)?(?:ao\s+vivo|em\s+direto)\b|\bsess[ãa]o\s+de\s+(?:desafio|teste)\s+t[ée]cnico\b",
    # a meeting with the hiring manager ("reunião com a gestora da área")
    r"\b(?:reuni[ãa]o|conversa|chamada|encontro|videochamada)\s+com\s+(?:o|a)\s+(?:hiring\s+manager|gestor(?:a)?|respons[áa]vel)\s+(?:da\s+(?:[áa]rea|equipa|equipe|vaga)|do\s+(?:departamento|time|setor))\b",
    # "Conversa com o gestor"
    r"\b(?:conversa|bate-papo|entrevista)\s+com\s+(?:o|a)\s+(?:hiring\s+manager|gestor(?:a)?|gerente)\b",
    r"\b(?:prova|teste|exame)\s+escrit[oa]\b",
    r"\bapresenta[çc][ãa]o\s+(?:d[oa]\s+(?:seu|sua|teu|tua)?\s*)?(?:estudo\s+de\s+caso|case|caso\s+pr[áa]tico)\b",
    # convidado para uma prova técnica ("convidamo-lo a realizar a prova técnica online")
    r"\bconvid\w*(?:-[lo]\w*)?\s+(?:a\s+realizar\s+|para\s+(?:realizar\s+)?)?(?:a|o|uma|um)\s+(?:prova|teste|desafio)\s+t[ée]cnic[oa]\b",
    # a public selection's test at a fixed time ("convocatória para a prova prática", "admitida à prova oral")
    r"\b(?:convocat[óo]ria|convocad[ao]|admitid[ao])\s+(?:para|a|à)\s+(?:a\s+)?(?:fase\s+de\s+)?"
    r"prova\s+(?:pr[áa]tica|oral|de\s+conhecimentos)\b",
)
CANDIDATE_FRAMING = (
    r"\bboa\s+sorte\b|\bdedos\s+cruzados\b|\btorcendo\s+por\s+(?:voc[êe]|ti)\b",
    r"\b(?:sua|tua)\s+(?:pr[óo]xima\s+)?entrevista\b",
    r"\b(?:sua|tua)\s+(?:sess[ãa]o\s+de\s+)?(?:desafio|teste|prova)\s+t[ée]cnic[oa]\b",
    r"\ba\s+(?:sua|tua)\s+entrevista\b",
    r"\b(?:sua|tua)\s+candidatura\b",
    r"\bconvid[áa](?:-lo|-la|-lhe)\b",
    r"\b(?:gostar[íi]amos\s+de|queremos)\s+(?:te\s+|o\s+|a\s+|lhe\s+)?convid",
    r"\b(?:te|o|a|lhe)\s+convidamos\b",
    r"\bvoc[êe]\s+(?:conversar[áa]|falar[áa]|ser[áa]\s+entrevistad[oa])\s+com\b",
    r"\bconfirmamos\s+a\s+sua\b",
    r"\bparab[ée]ns\b",
    r"\bboa\s+sorte\b",
    r"\bvoc[êe]\s+(?:ir[áa]\s+|vai\s+)?(?:conversar|falar|se\s+reunir)\s+com\b",
    r"\bobrigad[oa]\s+pelo\s+(?:seu\s+)?interesse\b",
    r"\b(?:agendamos|marcamos)\s+(?:a\s+)?(?:sua|tua)\b",
    r"\baguardamos\s+(?:voc[êe]|a\s+sua\s+presen[çc]a)\b|\bte\s+aguardamos\b",
    r"\b(?:o\s+)?(?:seu|teu)\s+recrutador(?:a)?\b",
    r"\b(?:te|lhe)\s+encaminho\s+o\s+convite\b",
    r"\bprezad[oa]s\s+candidat[oa]s\b",
    r"\b(?:gostaria(?:m)?\s+de|quer(?:em)?)\s+(?:te\s+)?conhec[êe]-l[oa]\b|\b(?:gostaria(?:m)?\s+de|quer(?:em)?)\s+te\s+conhecer\b",
)
CANDIDATE_STRONG = (
    r"(?:sua|tua)\s+entrevista",
)
MEETING_WORDS = ("conversa", "bate-papo", "chamada", "liga[çc][ãa]o", "videochamada", "call")
INTERVIEWER_FRAMING = (
    r"\b(?:o|a|os|as)\s+candidat[oa]s?\b",
    r"\bparecer\s+sobre\s+(?:o|a)\s+candidat",
    r"\b(?:noss[oa]|seu|sua)\s+candidat[oa]\b",
    r"\bcandidat[oa]\s*:\s*(?-i:[A-Z])",
    r"\b(?:segue|envio|anexo)\s+(?:o\s+)?meu\s+curr[íi]culo\b",
    r"\bcurr[íi]culos\b",
    r"\bcomo\s+entrevistador(?:a|es|as)?\b",
    r"\b(?:ficha|formul[áa]rio)\s+de\s+avalia[çc][ãa]o\b",
    r"\bparticipar\s+(?:do|da)\s+(?:painel|banca)\b|\bfazer\s+parte\s+da\s+banca\b",
    r"\bcurr[íi]culo\s+(?:d[oa]\s+candidat|del[ea]\b)",
    r"\b(?:esse|este)\s+candidato\b|\b(?:essa|esta)\s+candidata\b",
)
PRESS = (
    r"\bjornalistas?\b",
    r"\brep[óo]rter\b",
    r"\bimprensa\b",
    r"\brevista\b",
    r"\bmat[ée]ria\b",
    r"\bjornal\b",
    r"\breportagem\b",
    r"\bpublica[çc][ãa]o\b",
    r"\bepis[óo]dio\b",
    r"\btelevis[ãa]o\b|\bemissora\b|\br[áa]dio\b",
    r"\bcolunista\b|\bcorrespondente\b",
    r"\bouvintes\b|\bleitores\b|\bnoss[oa]\s+convidad[oa]\b",
    r"\bprograma\s+de\s+(?:r[áa]dio|tv|televis[ãa]o)\b",
    r"\bm[íi]dia\b|\bteste\s+de\s+som\b|\bcapa\s+da\s+(?:revista|edi[çc][ãa]o)\b",
    r"\b(?:apresentador(?:a)?|no\s+ar|ao\s+vivo\s+na\s+r[áa]dio)\b",
)
ACADEMIC = (
    r"\btese\b", r"\bdisserta[çc][ãa]o\b", r"\btrabalho\s+de\s+conclus[ãa]o\b", r"\bmestrado\b",
    r"\bdoutorado\b", r"\bmestrand[oa]\b", r"\btermo\s+de\s+consentimento\b",
)
OTHER_INTERVIEWS = (
    r"\b(?:verifica[çc][ãa]o|checagem|confirma[çc][ãa]o)\s+de\s+refer[êe]ncias\b",  # calls to the referees
    r"\bcr[ée]dito\s+(?:[àa]\s+)?habita[çc][ãa]o\b|\bfinanciamento\s+imobili[áa]rio\b|\bempr[ée]stimo\b|\bgerente\s+(?:do\s+banco|banc[áa]rio)\b",
    r"\bentrevista\s+de\s+desligamento\b",
    r"\bentrevista\s+(?:consular|de\s+visto)\b",
    r"\btreinamento\b",
    r"\bforma[çc][ãa]o\s+(?:sobre|em)\s+entrevistas?\b",
    r"\bn[ãa]o\s+[ée]\s+uma\s+entrevista\b",
    r"\bcancelar\s+(?:a\s+)?(?:inscri[çc][ãa]o|assinatura)\b|\bdescadastr",
    r"\bpesquisa\s+de\s+satisfa[çc][ãa]o\b",
    r"\bfeira\s+de\s+(?:emprego|carreiras?)\b",
    r"\bentrevista\s+de\s+pesquisa\b",
    r"\bpesquisa\s+(?:com\s+usu[áa]rios|de\s+(?:usu[áa]rios?|ux|mercado))\b",
    r"\bpainel\s+de\s+pesquisa\b",
    r"\bvale[-\s]presente\b",
    r"\bn[ãa]o\s+(?:existe|h[áa])m?\s+respostas?\s+certas?\b",
    r"\balertas?\s+de\s+vagas\b",
    r"\bnovas\s+vagas\s+que\s+combinam\b",
    r"\bcancelar\s+alerta\b",
    r"\breuni[ãa]o\s+de\s+pais\b",
    r"\bimposto\s+de\s+renda\b",
    r"\bwebin[áa]rio\b|\bsemin[áa]rio\s+(?:online|on-line|virtual|web)\b",
    r"\boficina\s+de\s+(?:curr[íi]culo|entrevista|carreira)\b",
    r"\bentrevista\s+de\s+sa[íi]da\b",
    r"\bcomit[êe]\s+de\s+promo[çc][ãa]o\b|\bpromo[çc][ãa]o\s+interna\b",
    r"\bsimula[çc][ãa]o\s+de\s+entrevista\b|\bentrevista\s+simulada\b",
    r"\bsess[ãa]o\s+(?:informativa|de\s+esclarecimento)\b|\bdia\s+aberto\b",
    r"\binscri[çc][ãa]o\s+(?:no|na|para\s+o|para\s+a)\s+(?:webinar|webin[áa]rio|evento|workshop|palestra|fei"
    r"ra|curso)\b|\bobrigad[oa]\s+por\s+se\s+inscrever\s+n[oa]\s+(?:webinar|webin[áa]rio|evento|workshop|feira|curso)\b",
    r"\bconsulado\b|\bembaixada\b",
    r"\b(?:coleta\s+de\s+)?(?:dados\s+)?biom[ée]tricos\b|\bagendamento\s+(?:na|da)\s+pol[íi]cia\s+federal\b|\bautoriza[çc][ãa]o\s+de\s+resid[êe]ncia\b",
    r"\bdentista\b|\bconsulta\s+m[ée]dica\b",
    r"\b(?:responda|responder|participe\s+d[ae])\s+(?:a\s+|[àa]\s+)?(?:nossa\s+|esta\s+|uma\s+breve\s+)?pesquisa\b|\b(?:question[áa]rio|inqu[ée]rito)\s+de\s+satisfa[çc][ãa]o\b",
    r"\bcomo\s+foi\s+(?:a\s+)?(?:sua\s+|tua\s+)?entrevista\b|\bavalie\s+(?:a\s+)?(?:sua\s+)?(?:entrevista|experi[êe]ncia)\b",
    r"\bentrevista\s+(?:em\s+v[íi]deo\s+)?(?:gravada|ass[íi]ncrona)\b|\bgrave\s+(?:as\s+)?suas\s+respostas\b",
    r"\bdicas\s+(?:para|de)\s+entrevistas?\b|\bdicas\s+para\s+(?:se\s+sair\s+bem|arrasar)\b",
    r"\b(?:ver|visualizar)\s+(?:este\s+e-?mail\s+)?no\s+(?:seu\s+)?navegador\b",
    r"\b(?:mentoria|coaching)\s+de\s+carreira\b",
    r"\b(?:verifica[çc][ãa]o|checagem)\s+de\s+refer[êe]ncias\b",
    r"\bteste\s+de\s+usabilidade\b|\bgrupo\s+focal\b|\bentrevistas?\s+com\s+(?:usu[áa]rios|clientes)\b",
    r"\b(?:entrevista|processo)\s+de\s+admiss[ãa]o\s+(?:ao|no|para\s+o)\s+(?:mestrado|mba|programa|curso)\b",
    r"\bcart[ãa]o[-\s]presente\b|\bvale[-\s]compras?\b",
    r"\bbusca\s+salva\b|\bpesquisa\s+guardada\b|\bvagas\s+recomendadas\s+para\s+(?:voc[êe]|si)\b",
    r"\bn[ãa]o\s+se\s+trata\s+de\s+uma\s+entrevista\b",
    r"\biefp\b|\bcentro\s+de\s+emprego\b",
    r"\bn[ãa]o\s+[ée]\s+(?:ainda\s+)?(?:para|sobre)\s+uma\s+vaga\s+(?:espec[íi]fica|concreta)\b",
    r"\bsem\s+(?:marca[çc][ãa]o|agendamento)\s+pr[ée]vi[oa]\b",
    r"\b(?:entrada\s+(?:gratuita|livre)|\d+[ \t]+(?:expositores|recrutadores))\b",
    r"\bpor\s+ordem\s+de\s+chegada\b",
    r"\b(?:evento|encontro|noite)\s+de\s+networking\b",
)
ROLE_PLAY = (r"simula[çc][ãa]o(?:\s+de)?", r"simulad[ao]", r"jogo\s+de\s+pap[ée]is", r"role[\s-]?play")
WEAK_OTHER = (r"descadastr", r"pesquisa\s+(?:de|com)\s+usu[áa]rios?", r"usabilidade", r"treinamento")
APPLICATION_ACK = (
    r"\b(?:recebemos|agradecemos)\s+(?:a\s+)?(?:sua|tua)\s+candidatura\b",
    r"\bobrigad[oa]\s+pela\s+(?:sua\s+)?candidatura\b",
    r"\bcaso\s+(?:o\s+seu\s+perfil|voc[êe])\s+seja\s+selecionad",
    r"\bobrigad[oa]\s+por\s+(?:se\s+candidatar|candidatar-se|aplicar)\b",
    r"\b(?:sua|tua)\s+candidatura\s+(?:foi\s+)?recebida\b|\bcandidatura\s+recebida\b",
    r"\brecebemos\s+(?:o\s+)?(?:seu|teu)\s+(?:curr[íi]culo|cv)\b",
    r"\bentraremos\s+em\s+(?:contato|contacto)\s+(?:caso|se)\b",
)
REJECTION = (
    r"\bn[ãa]o\s+(?:iremos|vamos)\s+(?:prosseguir|avan[çc]ar)\b",
    r"\boptamos\s+por\s+(?:seguir|prosseguir|avan[çc]ar)\s+com\s+outr",
    r"\bn[ãa]o\s+(?:foi|foste|ter[áa]\s+sido)\s+(?:selecionad|seleccionad|aprovad)[oa]\b",
    r"\b(?:decidimos|optamos\s+por)\s+(?:seguir|prosseguir|avan[çc]ar)\s+com\s+outr[oa]s?\s+(?:candidat|perfi|profissiona|pessoa)",
    r"\ba\s+vaga\s+(?:j[áa]\s+)?foi\s+preenchida\b",
    r"\blamentamos\s+(?:informar|comunicar)\b",
    r"\bn[ãa]o\s+(?:daremos|vamos\s+dar|iremos\s+dar)\s+(?:seguimento|continuidade)\b",
)
REJECTION_SOFT = (
    r"\binfelizmente\b",
)
REJECTION_ABOUT = (
    r"\b(?:decid|decis[ãa]o|candidat|perfil|prosseguir|avan[çc]ar|processo\s+seletivo)",
)
CANCEL = (
    r"\bcancelad[oa]\b",
    r"\bcancel(?:ar|amos|amento)\b",
    r"\bdesmarcad[oa]\b",
    r"\bn[ãa]o\s+(?:poder[áa]|vai|ir[áa])\s+(?:mais\s+)?(?:acontecer|realizar-se|ser\s+realizad)",
    r"\bcancel(?:ou|ei|aram)\b|\bdesmarc(?:amos|ou|ar)\b",
    r"\badiad[oa]\s+(?:sem\s+(?:nova\s+)?data|por\s+tempo\s+indeterminado|indefinidamente)\b",
    r"\banulad[oa]\b|\banul(?:amos|ou)\b",
)
RESCHEDULE = (
    r"\breagendad[oa]\b",
    r"\breagend(?:ar|amos|amento)\b",
    r"\bremarcad[oa]\b|\bremarca[çc][ãa]o\b",
    r"\bremarc(?:ar|amos)\b",
    r"\bnov[oa]\s+(?:data|hor[áa]rio|hora)\b",
    # not "você passou para a próxima etapa"
    r"\bpass(?:ou|a)\s+para\b(?!\s+(?:a\s+|o\s+)?(?:pr[óo]xim[ao]|seguinte)\s+(?:etapa|fase|passo))",
    r"\badiad[oa]\b",
    r"\b(?:alterar|mudar|mudamos|alteramos)\s+(?:a\s+|o\s+)?(?:data|hor[áa]rio|hora)\b",
    r"\bremarc(?:ou|aram)\b|\breagend(?:ou|ei|aram)\b",
    r"\bmud(?:ou|amos)\s+(?:\w+\s+){0,2}para\s+(?:a\s+|o\s+)?(?:segunda|ter[çc]a|quarta|quinta|sexta|dia|\d|amanh)|\badi(?:amos|ou)\b",
    r"\b(?:transferid|passad|antecipad)[oa]\s+para\b",
    r"\b(?:mudan[çc]a|altera[çc][ãa]o)\s+de\s+(?:hor[áa]rio|data)\b",
    r"\bconvite\s+(?:atualizado|actualizado)\b",
    r"\b(?:reagend|remarc|alter|adi)[áa]mos\b",
)
NOT_THE_TIME = (
    r"\bdisponib",
    r"\bvoo\b",
    r"\bviagem\b",
    r"\bprimeiro\s+dia\b",
    r"\bprazo\b",
    r"\bsugest|\bsugerir\b",
    r"\bprop(?:or|omos|osta)",
    r"\bescolh",
    r"\bhor[áa]rios\s+(?:livres|dispon)",
    r"\bescreveu:",
    r"\bop[çc][õo]es\b",
    r"\bqual\s+(?:hor[áa]rio|op[çc][ãa]o|dia)\s+(?:fica|funciona|[ée])\s+melhor\b",
    r"\b(?:pode|poderia)\s+(?:\w+\s+)?(?:funcionar|dar\s+certo|servir)\b",
    r"\bum\s+(?:desses|destes)\s+hor[áa]rios\b|\buma\s+(?:dessas|destas)\s+(?:datas|op[çc][õo]es)\b",
)
NOT_YET = (
    r"\bpara\s+(?:marcar|agendar|combinar)\s+(?:uma\s+|a\s+)?entrevista\b",
)
OFFER = (
    r"\bcarta\s+(?:de\s+)?oferta\b",
    r"\bproposta\s+(?:de\s+emprego|formal|salarial)\b",
    r"\bcarta[-\s]proposta\b|\bproposta\s+de\s+trabalho\b",
    r"\boferecer-(?:lhe|te)\s+(?:a\s+)?(?:vaga|posi[çc][ãa]o|cargo)\b|\bfelizes\s+em\s+(?:lhe\s+|te\s+)?oferecer\b",
    r"\bcontrato\s+(?:de\s+trabalho\s+)?para\s+assinatura\b",
)
NEW_TIME = (
    r"\b(?:a\s+|o\s+)?nov[oa]\s+(?:data|hor[áa]rio|hora)\b",
    # not "você passou para a próxima etapa"
    r"\bpass(?:ou|a)\s+para\b(?!\s+(?:a\s+|o\s+)?(?:pr[óo]xim[ao]|seguinte)\s+(?:etapa|fase|passo))",
    r"\b(?:reagendad|remarcad|alterad|mudad)[oa]\s+para\b",
    r"\bagora\s+(?:ser[áa]|[ée])\b",
    r"\b(?:adiad|antecipad|transferid|passad)[oa]\s+para\b",
    r"\b(?:remarcamos|reagendamos|mudamos|passamos|adiamos|remarc[áa]mos|reagend[áa]mos|mud[áa]mos|pass[áa]mos)\s+(?:\w+\s+){0,3}para\b",
    r"\bem\s+vez\s+disso\b",
)
WAS_SET = (
    r"\b(?:inicialmente|originalmente)\b",
    r"\b(?:estava|era)\s+(?:previst[oa]|marcad[oa]|agendad[oa])\b",
    r"\b(?:hor[áa]rio|data|hora)\s+(?:original|anterior|inicial)\b",
)
INSTEAD_OF = (r"em\s+vez\s+d[eao]", r"ao\s+inv[ée]s\s+d[eao]", r"no\s+lugar\s+d[eao]")
CONFIRM_REPLY = (
    r"\bpode\s+ser\s+(?:na|no|em|[àa]s?|dia|amanh[ãa])\b",  # "Pode ser na terça às 15h"
    r"\bficamos\s+com\b|\bvamos\s+com\b",
    r"\b(?:recebido|anotado)[,.!]",
    r"\bat[ée]\s+(?:l[áa]|breve|amanh[ãa])\b",
    r"\bperfeito\b",
    r"\bconfirmad[oa]\b",
    r"\bcombinado\b",
    r"\bfechado\b",
    r"\bte\s+espero\b",
    r"\bfica\s+(?:ent[ãa]o\s+)?(?:combinado|marcado|confirmado)\b",
    r"\bpara\s+mim\s+(?:est[áa]\s+)?(?:[óo]timo|perfeito|bom|ok)\b",
    r"\bfunciona\s+(?:para\s+mim|bem)\b|\bme\s+serve\b|\bd[áa]\s+para\s+mim\b",
    r"\best[áa]\s+(?:marcad|agendad)[oa]\b",
    r"\ba\s+(?:primeira|segunda|terceira)\s+op[çc][ãa]o\b",
    r"\bobrigad[oa]\s+pela\s+confirma[çc][ãa]o\b|\bestarei\s+(?:l[áa]|presente)\b",
    r"\bconfirmo\s+(?:a\s+)?(?:minha\s+)?(?:presen[çc]a|participa[çc][ãa]o|disponibilidade)\b",
    r"\bconfirmo\s+(?:para\s+)?(?:a|o)\s+(?:segunda|ter[çc]a|quarta|quinta|sexta|dia|hor[áa]rio)\b",
)
SET_UNLESS_TOLD = (
    r"\bj[áa]\s+(?:te|o|a)?\s*(?:deixei|deixamos)\s+(?:reservad|agendad|marcad)[oa]\b",
    r"\bse\s+n[ãa]o\s+(?:funcionar|der)\s+para\s+(?:voc[êe]|ti),?\s+(?:me\s+)?avis[ae]\b",
)
CONFIRMED = (
    r"\b(?:est[áa]|fica|ficou)\s+(?:confirmad|agendad|marcad)",
)
SCHEDULED = (
    r"\bdata\s*:", r"\bdata\s+e\s+hora\b", r"\bhor[áa]rio\b", r"\bagendad[oa]\b", r"\bmarcad[oa]\b",
    r"\bconfirmad[oa]\b",
)
INTERVIEW_STEMS = (
    "teste", "psic", "desafio", "chamada", "liga", "conversa",
    "prova", "sess", "entrev", "processo", "dinâm", "dinam",
    "dia de experi", "dia de imers", "dia experimental",
    "rodada", "ao vivo",
    "etapa", "gestor", "responsável", "responsavel", "hiring", "escrit", "apresenta",
)
JOB_WORDS = (
    "vaga", "candidatura", "oportunidade", "cv", "curr[íi]culo", r"processo\s+seletivo", "posi[çc][ãa]o",
    r"recrutador(?:a|es)?",
)
CALL_WORDS = ("liga[çc][ãa]o", "chamada", "videochamada", "conversa")
JOB_MEETING = (
    r"\b(?:conversa|liga[çc][ãa]o|chamada|reuni[ãa]o|bate-papo|painel)\b[^.?]{0,80}\b(?:para|sobre)\s+(?:a|o|nossa)\s+(?:vaga|posi[çc][ãa]o|fun[çc][ãa]o|cargo)\b",
    r"\betapa\s+do\s+processo\b[^.?]{0,80}\b(?:conversa|bate-papo|painel|reuni[ãa]o)\b",
    # "o próximo passo é um bate-papo com"
    r"\bpr[óo]xim[oa]\s+(?:passo|etapa|fase)\b[^.?]{0,80}\b(?:conversa|bate-papo|painel)\b",
    r"\bobrigad[oa]\s+(?:por\s+(?:se\s+)?candidatar|pela\s+(?:sua\s+)?candidatura)\b[\s\S]{0,300}?\b(?:nosso|nossa|o|a|um|uma)\s+(?:(?:primeir[oa]|breve|r[áa]pid[oa])\s+)?(?:bate-papo|conversa|liga[çc][ãa]o|chamada|videochamada|reuni[ãa]o)\b",
    r"\bestamos\s+(?:buscando|procurando)\b[\s\S]{0,400}?\b(?:nosso|nossa|um|uma|o|a)\s+(?:bate-papo|conversa|call|liga[çc][ãa]o)\b",
    r"\b(?:o\s+)?(?:meu|nosso|minha|nossa)\s+cliente\b[\s\S]{0,250}?\b(?:quer|gostaria\s+de|deseja)\s+(?:conhec[êe]-l[oa]|te\s+conhecer|conhecer\s+voc[êe]|reunir-se\s+com(?:igo|\s+voc[êe]))\b",
    r"\b(?:no\s+(?:[âa]mbito|seguimento)\s+da|relativamente\s+[àa])\s+(?:sua|tua)\s+candidatura\b[\s\S]{0,200}?\b(?:conversa|reuni[ãa]o|chamada|videochamada)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:antes|depois)\s+da\s+(?:sua\s+|tua\s+)?entrevista\b",
)
NEXT_STEP = (
    r"\bpr[óo]xim[ao]s?\s+(?:passos?|etapas?)\b",
)
IF_CLAUSE = (
    r"(?:caso\s+(?:n[ãa]o|precise|tenha|haja|surja)|se\s+(?:por\s+algum|n[ãa]o\s|precisar|tiver|houver|surgir|voc[êe]))",
)
ASK_BEFORE = (r"\b(?:poss[íi]vel|poder[íi]amos|podemos|poderia)\s*$",)
OFFER_BEFORE = (
    r"\bbot[ãa]o\s*[\"“'‘]?\s*$",  # o botão "Reagendar"
    # "você pode solicitar um novo horário"
    r"\bpode(?:r[áa])?\s+(?:solicitar|pedir|escolher)\s+(?:um|uma|o|a)?\s*$",
    r"\b(?:caso|se)\s+(?:\w+\s+){0,3}$",
    r"\bpara\s*$",
    r"\bou\s+(?:se\s+)?(?:precisar(?:em)?|necessitar)\s+de\s*$",  # "dúvida ou precisar de alterar a data"
    r"\bn[ãa]o\s+(?:[ée]|ser[áa])\s+poss[íi]vel\s*$|\bn[ãa]o\s+(?:se\s+)?pode(?:m|r[áa])?\s+(?:ser\s+)?$",
)
FORWARD_PREFIXES = ("enc",)
REPLY_PREFIXES = ("res", "re")
SUBJECT_HINTS = (
    "convite", r"processo\s+seletivo", r"\bvaga\b", "reuni[ãa]o", "chamada", "liga[çc][ãa]o", "agend",
    "remarc", "obrigad", r"\benc:",
)
NEGATIONS = ("não", "nem")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"descadastr", r"inscri[çc]", r"assinatura")
OPT_OUT = (r"deixar\s+de\s+receber",)
OLD_COL = (r"anterior", r"antig[oa]", r"original")
NEW_COL = (r"nov[oa]",)
MOVED_FROM = ("de", "do", "da")
