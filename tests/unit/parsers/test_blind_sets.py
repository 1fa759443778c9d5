"""Blind held-out sets: messages written by someone who never read the detector, scored per field.

Each folder (blind_en: English ATS/calendar/recruiter mail, blind_intl: Spanish/German/French,
blind_ics: calendar files, blind_mix: messy real-life mail, blind_neg: look-alike negatives,
blind_world: day-first dates, 24-hour times and zones around the world, blind_people: panels,
coordinators, assistants and aliases, blind_upd: moves and cancellations, blind_r5a: an ordinary
inbox, blind_r5b: calendar look-alikes) holds fixtures/ and
expected.json (file name → expected `inspect --json` fields). The per-field table is printed.
First run, before any fix made for them: blind_en 29/35 files exact on the core fields (all 13
negatives rejected), blind_intl 26/36 (one negative detected), blind_ics 26/30 (two negatives
detected), blind_mix 19/32 (three negatives detected), blind_neg (look-alike negatives) 26/34
(three negatives detected), blind_world (world English + ATS) 20/32, blind_people (people
fields) 21/28, blind_upd (updates and cancellations) 27/30, blind_r5a (an ordinary inbox) 27/30,
blind_r5b (calendar look-alikes) 24/28. The fixes were general rules
(spoken times, German dates and compounds, agency recruiters, talent partners named in the
text, legal forms), and the thresholds leave room for the next unseen wording.

The second round (each set's FIRST_SIGHT.txt keeps its first score, before any fix for it):
blind_ats (ATS vendors, zones in words) 33/40, blind_nl (Dutch) 12/40, blind_pt (Portuguese)
23/40, blind_it (Italian) 15/40; then, after the negative-cue scoping, bots, zones, follow-up
and company mechanisms and the three new languages: blind_mix7 (an inbox in seven languages)
35/42, blind_sched (scheduling threads, calendar oddities) 28/40, blind_people2 (who is who,
the owner on the other side) 31/40. The third round (boilerplate and press cues scoped, zones in
words in every language, relays, copied interviewers, floating and all-day calendar times, the
hiring side in every language, scheduling threads) lifted blind_mix7 to 41/42, blind_sched to
39/40, blind_people2 to 39/40, blind_nl to 38/40, blind_pt to 37/40 and blind_it to 36/40: all
meet the goal now. Round 4 (blind_final_a/b/c) was 30/36 each at first sight; round 5 (blind_r6a/b/c)
34, 36, 35 of 40; round 6 (blind_r7a/b/c) 31, 34, 35 of 40; round 7 (blind_r8a/b/c) 35, 32, 32 of
40; round 8 (blind_r9a/b/c) 34, 34, 36; round 9 (blind_r10a/b/c) 32, 30, 32; round 10 (blind_r11a/b/c)
32, 35, 36; round 11 (blind_r12a/b/c) 32, 35, 39; round 12
(blind_r13a/b/c) 35, 30, 37; round 13 (blind_r14a/b/c) 34, 30, 34; round 14
(blind_r15a/b/c) 34, 32, 35; round 15 (blind_r16a/b/c) 39, 33, 33; round 16
(blind_r17a/b/c) 34, 27, 33; round 17 (blind_r18a/b/c) 35, 28, 38; round 18
(blind_r19a/b/c) 31, 39, 34; round 19 (blind_r20a/e/f) 39, 36, 36; round 20 (blind_r20c/d/b, second
writers of the Geneva, Nairobi and Hong Kong briefs) 37, 36, 37; round 21 (blind_r21a/b/c: São
Paulo, Sydney, Utrecht) 33, 35, 34; round 22 (blind_r22a/b/c: Toronto, Berlin, Santiago de
Chile, after round 21's fixes) 36, 36, 35; round 23 (blind_r23a/b/c: Lyon, Mexico City, Seattle, after
round 22's fixes) 33, 37, 34; round 24 (blind_r24a/b/c: Milan, Lisbon, Bengaluru, after round 23's
fixes) 32, 37, 33; round 25 (blind_r25a/b/c: Bogotá, Manchester, Hamburg, after round 24's fixes) 32,
32, 34; round 26 (blind_r26a/b/c: Vancouver, Valencia, Eindhoven, after round 25's fixes) 34,
30, 36; round 27 (blind_r27a/b/c: Auckland, Montevideo, Lausanne, after round 26's fixes)
38, 34, 36; round 28 (blind_r28a/b/c: Vienna, Chicago, Luxembourg, after round 27's fixes) 34, 36,
34 (with the owner's zone 34, 37, 34); round 29 (blind_r29a/b/c: Manila, Lima, Bologna, after round
28's fixes) 37, 35, 34 (with the owner's zone 37, 36, 33); round 30 (blind_r30a/b/c: Atlanta, Ghent,
Toulouse, after round 29's fixes) 34, 38, 36 (with the owner's zone 34, 39, 36), all three at the
goal; round 31 (blind_r31a/b/c: Denver, Buenos Aires, Frankfurt, after round 30's fixes) 34, 36, 35
(with the owner's zone 35, 37, 35), start 0.85, 0.89, 0.85 and r31c's detect 0.93 under the goal;
round 32 (blind_r32a/b/c: Cape Town, Guadalajara, Turin, after round 31's fixes) 37, 35, 35 (with
the owner's zone 39, 36, 36): all three at the goal with the zone, r32b and r32c one start time
short of it without; round 33 (blind_r33a/b/c: Boston, Curitiba, Lille, after round 32's fixes) 38,
34, 33 (with the owner's zone 39, 36, 33): Boston at the goal both ways, Curitiba short on start
times (0.81; 0.89 with the zone), Lille on detection (0.93); round 34 (blind_r34a/b/c: Dublin,
Seville, Rotterdam, after round 33's fixes) 38, 37, 37 (with the owner's zone 38, 37, 38): Dublin at
the goal both ways, Rotterdam with the zone, Seville one start time short both ways. Round 35
(blind_r35a/b/c: Phoenix, Porto, Zurich, after round 34's fixes) 37, 38, 36 (with the owner's zone
the same): all three at the goal both ways (detect 0.95/1.00/0.97, F1 0.95/1.00/0.97, start
0.93/0.96/0.96). Round 36 (blind_r36a/b/c: Barcelona, Singapore, Brussels, after round 35's first
fixes) 39, 35, 36 (with the owner's zone 39, 35, 37): all three at the goal both ways again (detect
0.97/0.97/1.00, F1 0.99/0.96/0.99, start 0.96/0.96/0.96). Each
round was scored before the fixes it led to; the README lists every set's first sight.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsers.blind_score import score

HERE = Path(__file__).parent
SETS = {
    "blind_en": "sam.okafor@inbox.example",
    "blind_intl": "lena.moreau@courrier.example",
    "blind_ics": "meilin.tan@mailhaven.example",
    "blind_mix": "ravi.deshmukh@postbox.example",
    "blind_neg": "jonas.eriksen@mailbox.example",
    "blind_world": "aisha.bello@letterbox.example",
    "blind_people": "priya.raman@inbox-mail.example,priya.r@inbox-mail.example",
    "blind_upd": "tomas.quintero@buzon.example",
    "blind_r5a": "elif.kaya@maildrop.example",
    "blind_r5b": "noah.fischer@postfach.example",
    "blind_ats": "jordan.ellis@inboxly.example",
    "blind_nl": "daan.devries@mailbus.example",
    "blind_pt": "beatriz.lima@caixapostal.example",
    "blind_it": "giulia.russo@posta.example",
    "blind_mix7": "sofia.brandt@postvak.example",
    "blind_sched": "mateo.rossi@mailnest.example",
    "blind_people2": "hana.kowalski@boxpost.example,hana.kowalski@fenwickmedia.example",
    "blind_final_a": "chris.palmer@letterbox-mail.example",
    "blind_final_b": "ana.kovac@postbus.example",
    "blind_final_c": "lucas.moreau@boite-mail.example,lucas.moreau@northpeak-studio.example",
    "blind_r6a": "priyanka.iyer@mailcove.example",
    "blind_r6b": "emilie.tremblay@courrielmail.example",
    "blind_r6c": "jonas.weber@postkiste.example",
    "blind_r7a": "valentina.cruz@buzonmail.example",
    "blind_r7b": "oliver.hughes@postroom.example",
    "blind_r7c": "chiara.bianchi@cassettamail.example",
    "blind_r8a": "marcus.bell@inboxhub.example",
    "blind_r8b": "lucia.fernandez@correoazul.example",
    "blind_r8c": "tom.janssens@postvakje.example",
    "blind_r9a": "hannah.walsh@postbox-au.example,hwalsh@postbox-au.example",
    "blind_r9b": "camille.roux@boitepostale.example,c.roux@boitepostale.example",
    "blind_r9c": "daniel.okafor@mailnest.example,dan.okafor@mailnest.example",
    "blind_r10a": "jana.hoffmann@postfach-mail.example,j.hoffmann@postfach-mail.example",
    "blind_r10b": "rohan.mehta@mailport.example,rmehta.work@mailport.example",
    "blind_r10c": "valeria.ortiz@correomio.example,vale.ortiz@correomio.example",
    "blind_r11a": "sanne.bakker@postbak.example,s.bakker@postbak.example",
    "blind_r11b": "thiago.almeida@caixamail.example,t.almeida@caixamail.example",
    "blind_r11c": "priya.nair@maplemail.example,pnair@maplemail.example",
    "blind_r12a": "giulia.ferraro@postaviva.example,g.ferraro@postaviva.example",
    "blind_r12b": "erik.lindqvist@nordpost.example,e.lindqvist@nordpost.example",
    "blind_r12c": "marcus.reed@lakepost.example,mreed@lakepost.example",
    "blind_r13a": "luca.meier@alpenpost.example,l.meier@alpenpost.example",
    "blind_r13b": "amelia.hughes@postcard-mail.example,a.hughes@postcard-mail.example",
    "blind_r13c": "lucia.navarro@correoalto.example,l.navarro@correoalto.example",
    "blind_r14a": "camille.rousseau@courrielvert.example,c.rousseau@courrielvert.example",
    "blind_r14b": "priya.raghavan@mailnest.example,priya.r@mailnest.example",
    "blind_r14c": "ines.carvalho@correiomar.example,i.carvalho@correiomar.example",
    "blind_r15a": "katharina.gruber@postlicht.example,k.gruber@postlicht.example",
    "blind_r15b": "andrea.salgado@buzonsol.example,a.salgado@buzonsol.example",
    "blind_r15c": "lotte.peeters@postduif.example,l.peeters@postduif.example",
    "blind_r16a": "thandiwe.mokoena@postbox-za.example,t.mokoena@postbox-za.example",
    "blind_r16b": "martina.echeverria@correosur.example,m.echeverria@correosur.example",
    "blind_r16c": "francesca.conti@postaromana.example,f.conti@postaromana.example",
    "blind_r17a": "weiling.tan@mailbay-sg.example,wl.tan@mailbay-sg.example",
    "blind_r17b": "gabriel.lefebvre@courrielquebec.example,g.lefebvre@courrielquebec.example",
    "blind_r17c": "lena.schwarz@postfach-bayern.example,l.schwarz@postfach-bayern.example",
    "blind_r18a": "aoife.byrne@postbosca.example,a.byrne@postbosca.example",
    "blind_r18b": "marc.puig@correubcn.example,m.puig@correubcn.example",
    "blind_r18c": "katarzyna.nowak@skrzynka-pl.example,k.nowak@skrzynka-pl.example",
    "blind_r19a": "hana.suzuki@kumomail-jp.example,h.suzuki@kumomail-jp.example",
    "blind_r19b": "tiago.ferreira@correio-porto.example,t.ferreira@correio-porto.example",
    "blind_r19c": "elise.dubois@courrier-bxl.example,e.dubois@courrier-bxl.example",
    "blind_r20a": "wanjiru.kamau@barua-ke.example,w.kamau@barua-ke.example",
    "blind_r20e": "kelvin.chan@hkmail-box.example,kh.chan@hkmail-box.example",
    "blind_r20f": "camille.favre@messagerie-gva.example,c.favre@messagerie-gva.example",
    "blind_r20c": "camille.favre@messagerie-gva.example,c.favre@messagerie-gva.example",
    "blind_r20d": "wanjiru.kamau@barua-ke.example,w.kamau@barua-ke.example",
    "blind_r20b": "kelvin.chan@hkmail-box.example,kh.chan@hkmail-box.example",
    "blind_r21a": "camila.duarte@correio-br.example,camilafd@correio-br.example",
    "blind_r21b": "liam.oconnor@mailbox-au.example,loconnor@mailbox-au.example",
    "blind_r21c": "sanne.devries@postvak-nl.example,s.devries@postvak-nl.example",
    "blind_r22a": "priya.raman@inbox-on.example,p.raman@inbox-on.example",
    "blind_r22b": "jonas.becker@postfach-berlin.example,j.becker@postfach-berlin.example",
    "blind_r22c": "valentina.rojas@correo-cl.example,vrojas@correo-cl.example",
    "blind_r23a": "ines.garnier@courriel-lyon.example,i.garnier@courriel-lyon.example",
    "blind_r23b": "diego.salazar@correo-mx.example,dsalazar@correo-mx.example",
    "blind_r23c": "taylor.brooks@pnwmail.example,tbrooks@pnwmail.example",
    "blind_r24a": "marco.colombo@postamilano.example,m.colombo@postamilano.example",
    "blind_r24b": "rita.sousa@correio-lx.example,ritasousa@correio-lx.example",
    "blind_r24c": "ananya.krishnan@maildesk-in.example,ananya.k@maildesk-in.example",
    "blind_r25a": "camila.restrepo@correo-co.example,camirestrepo@correo-co.example",
    "blind_r25b": "oliver.bennett@mailbox-uk.example,olly.bennett@mailbox-uk.example",
    "blind_r25c": "finn.hansen@postfach-hh.example,f.hansen@postfach-hh.example",
    "blind_r26a": "maya.thompson@inbox-bc.example,mthompson@inbox-bc.example",
    "blind_r26b": "pablo.martinez@correo-vlc.example,p.martinez@correo-vlc.example",
    "blind_r26c": "lotte.visser@postbus-nl.example,l.visser@postbus-nl.example",
    "blind_r27a": "aroha.walker@inbox-nz.example,a.walker@inbox-nz.example",
    "blind_r27b": "sofia.pereira@correo-uy.example,spereira@correo-uy.example",
    "blind_r27c": "julien.favre@courriel-vd.example,j.favre@courriel-vd.example",
    "blind_r28a": "katharina.gruber@postamt-at.example,k.gruber@postamt-at.example",
    "blind_r28b": "marcus.johnson@lakemail.example,mjohnson.work@lakemail.example",
    "blind_r28c": "laura.schmit@post-lu.example,lschmit@post-lu.example",
    "blind_r29a": "angelica.reyes@mailbox-ph.example,gel.reyes@mailbox-ph.example",
    "blind_r29b": "diego.quispe@correo-pe.example,dquispe@correo-pe.example",
    "blind_r29c": "chiara.benedetti@posta-bo.example,c.benedetti@posta-bo.example",
    "blind_r30a": "jasmine.carter@peachmail.example,jcarter.atl@peachmail.example",
    "blind_r30b": "eline.vermeulen@postbox-be.example,e.vermeulen@postbox-be.example",
    "blind_r30c": "mathilde.roussel@courriel-oc.example,m.roussel@courriel-oc.example",
    "blind_r31a": "nadia.brennan@mailbox.example,nbrennan.qa@fastpost.example",
    "blind_r31b": "juli.arregui@buzon.example,jarregui.fpa@correo-ar.example",
    "blind_r31c": "katharina.wendt@mailbox-de.example,k.wendt84@webpost.example",
    "blind_r32a": "naledi.jacobs@postbox.example,naledi.j.cpt@webmail.example",
    "blind_r32b": "rodrigo.ibarra.cervantes@correo-tapatio.example,ribarra.mecatronica@buzonmx.example",
    "blind_r32c": "chiara.bongiovanni@postamail.example,cbongiovanni84@tiscalinet.example",
    "blind_r33a": "nora.whitfield@mailbox.example,noraw.cra@inboxly.example",
    "blind_r33b": "rafael.kowalski@correio-br.example,rafakowa.dev@mailnuvem.example",
    "blind_r33c": "thibault.delannoy@courriel-nord.example,tdelannoy59@boitemail.example",
    "blind_r34a": "roisin.hegarty@eirmail.example,rhegarty.payroll@postbox.example",
    "blind_r34b": "marta.rosales.gil@buzon-sur.example,martarosalesg@correo-andaluz.example",
    "blind_r34c": "jorisvdmeulen@kpnmail.example,j.vandermeulen82@gmail.example",
    "blind_r35a": "ethan.valdez@sonoranmail.example,evaldez.pe@desertpost.example",
    "blind_r35b": "ines.cmoreira@correio-pessoal.example,inesmoreira.qa@mailbox.example",
    "blind_r35c": "martina.egli@bluemail.example,m.egli79@gmx-post.example",
    "blind_r36a": "laia.ferrerbosch@correu.example,laiafb.disseny@posta.example",
    "blind_r36b": "darren.koh.jw@pmail.example,dkjw.sre@inbox-sg.example",
    "blind_r36c": "elise.vandenbroucke@postbox.example,elise.vdb@telenet-mail.example",
}
# Sets added after the detector's last round of fixes. They are not yet at the goal below, so
# each holds a floor (files exact on the core fields, is_interview right) taken from its score
# when it was added: a change that makes any of them worse fails here. Raise a floor when a
# general fix lifts the set; a set leaves this table when it meets the goal.
FLOORS: dict[str, tuple[int, int]] = {
    # set: (files exact now, is_interview right now)   first sight (README)
}
# The owner's zone, as each set's README gives it (rounds 9 on): a configured followup reads mail in
# it (the config's timezone, by default the machine's). Each set is scored both ways, as
# `followup inspect --me` reads it with no config and as the configured service does.
OWNER_ZONES = {
    "blind_r9a": "Australia/Sydney",
    "blind_r9b": "Europe/Paris",
    "blind_r9c": "America/New_York",
    "blind_r10a": "Europe/Berlin",
    "blind_r10b": "Asia/Dubai",
    "blind_r10c": "America/New_York",
    "blind_r11a": "Europe/Amsterdam",
    "blind_r11b": "America/Sao_Paulo",
    "blind_r11c": "America/Toronto",
    "blind_r12a": "Europe/Rome",
    "blind_r12b": "Europe/Stockholm",
    "blind_r12c": "America/Chicago",
    "blind_r13a": "Europe/Zurich",
    "blind_r13b": "Europe/London",
    "blind_r13c": "Europe/Madrid",
    "blind_r14a": "Europe/Paris",
    "blind_r14b": "Asia/Kolkata",
    "blind_r14c": "Europe/Lisbon",
    "blind_r15b": "America/Mexico_City",
    "blind_r15c": "Europe/Brussels",
    "blind_r16a": "Africa/Johannesburg",
    "blind_r16b": "America/Argentina/Buenos_Aires",
    "blind_r16c": "Europe/Rome",
    "blind_r17a": "Asia/Singapore",
    "blind_r17b": "America/Toronto",
    "blind_r17c": "Europe/Berlin",
    "blind_r18a": "Europe/Dublin",
    "blind_r18b": "Europe/Madrid",
    "blind_r18c": "Europe/Warsaw",
    "blind_r19a": "Asia/Tokyo",
    "blind_r19b": "Europe/Lisbon",
    "blind_r19c": "Europe/Brussels",
    "blind_r20a": "Africa/Nairobi",
    "blind_r20b": "Asia/Hong_Kong",
    "blind_r20c": "Europe/Zurich",
    "blind_r20d": "Africa/Nairobi",
    "blind_r20e": "Asia/Hong_Kong",
    "blind_r20f": "Europe/Zurich",
    "blind_r21a": "America/Sao_Paulo",
    "blind_r21b": "Australia/Sydney",
    "blind_r21c": "Europe/Amsterdam",
    "blind_r22a": "America/Toronto",
    "blind_r22b": "Europe/Berlin",
    "blind_r22c": "America/Santiago",
    "blind_r23a": "Europe/Paris",
    "blind_r23b": "America/Mexico_City",
    "blind_r23c": "America/Los_Angeles",
    "blind_r24a": "Europe/Rome",
    "blind_r24b": "Europe/Lisbon",
    "blind_r24c": "Asia/Kolkata",
    "blind_r25a": "America/Bogota",
    "blind_r25b": "Europe/London",
    "blind_r25c": "Europe/Berlin",
    "blind_r26a": "America/Vancouver",
    "blind_r26b": "Europe/Madrid",
    "blind_r26c": "Europe/Amsterdam",
    "blind_r27a": "Pacific/Auckland",
    "blind_r27b": "America/Montevideo",
    "blind_r27c": "Europe/Zurich",
    "blind_r28a": "Europe/Vienna",
    "blind_r28b": "America/Chicago",
    "blind_r28c": "Europe/Luxembourg",
    "blind_r29a": "Asia/Manila",
    "blind_r29b": "America/Lima",
    "blind_r29c": "Europe/Rome",
    "blind_r30a": "America/New_York",
    "blind_r30b": "Europe/Brussels",
    "blind_r30c": "Europe/Paris",
    "blind_r31a": "America/Denver",
    "blind_r31b": "America/Argentina/Buenos_Aires",
    "blind_r31c": "Europe/Berlin",
    "blind_r32a": "Africa/Johannesburg",
    "blind_r32b": "America/Mexico_City",
    "blind_r32c": "Europe/Rome",
    "blind_r33a": "America/New_York",
    "blind_r33b": "America/Sao_Paulo",
    "blind_r33c": "Europe/Paris",
    "blind_r34a": "Europe/Dublin",
    "blind_r34b": "Europe/Madrid",
    "blind_r34c": "Europe/Amsterdam",
    "blind_r35a": "America/Phoenix",
    "blind_r35b": "Europe/Lisbon",
    "blind_r35c": "Europe/Zurich",
    "blind_r36a": "Europe/Madrid",
    "blind_r36b": "Asia/Singapore",
    "blind_r36c": "Europe/Brussels",
}
MIN_EXACT = 0.85  # files exact on every core field
MIN_IS_INTERVIEW = 0.95


@pytest.mark.parametrize(
    ("folder", "zone"),
    [(f, None) for f in sorted(SETS)] + [(f, z) for f, z in sorted(OWNER_ZONES.items())],
)
def test_blind_set(folder: str, zone: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    assert (HERE / folder / "expected.json").exists()
    s = score(HERE / folder, SETS[folder].split(","), zone=ZoneInfo(zone) if zone else None)
    with capsys.disabled():
        print("\n" + s.report(f"{folder} ({zone})" if zone else folder))
    right, n = s.table["is_interview"]
    if folder in FLOORS:
        min_exact, min_right = FLOORS[folder]
        assert s.exact >= min_exact
        assert right >= min_right
    else:
        assert right >= MIN_IS_INTERVIEW * n
        assert s.exact >= MIN_EXACT * s.total
