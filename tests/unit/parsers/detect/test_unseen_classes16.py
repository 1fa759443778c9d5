"""Classes of failure seen on unseen mail, round 26 (Vancouver, Valencia, Eindhoven): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from followup.parsers import lexicon as lx


def test_a_recruiting_word_as_one_part_of_a_mailbox_makes_it_a_group() -> None:
    for local in ("citz.sdhiring", "nc-ux-recruitment-recrutement-gd", "seleccion.valencia", "seleccio",
                  "emea-recruiting-ops", "talentos.rrhh"):
        assert lx.GROUP_LOCAL.match(local), local
    for local in ("sophie.gagnon", "jane.recruiter", "recruiter.jane", "sel.ecker"):
        assert not lx.GROUP_LOCAL.match(local), local
