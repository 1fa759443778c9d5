"""Tracker (SQLite), planner (pure) and thank-you drafts.

Public entry points:

- ``followup.engine.service.run_cycle(config, *, now=None, dry_run=False, mailbox=None,
  calendar=None) -> CycleReport`` — one scan/record/plan/apply cycle. The report has
  ``next_due()`` (the next planned action's time), ``summary()`` (one line), ``applied``,
  ``planned``, ``skipped``, ``failed``.
- ``followup.engine.tracker.Tracker(path)`` — the SQLite store (also a ``StateStore``);
  ``Tracker.overlay(path)`` is an in-memory copy for dry runs.
- ``followup.engine.planner.plan(state, rules, now) -> Plan`` — pure; ``Rules.from_config``.
  A cycle ingests (``engine.ingest``), plans, then applies (``engine.apply``, one handler per
  action kind); ``engine.events.FollowupEvent`` is what it asks a calendar to write.
- ``followup.engine.drafts.DraftWriter.from_config(config).build(DraftInput, now)``.

The command bodies over these (run, status, stats, timeline, …) live in ``followup.commands``.
"""
