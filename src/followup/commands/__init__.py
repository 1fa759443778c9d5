"""The bodies of followup's commands: plain values in (a config, paths, flags), data out.

``cli.py`` only parses options, calls one function here, prints what it returns and maps
errors to exit codes (as khal's ``cli.py`` over ``controllers.py``). Nothing here imports
click. A command that must talk while it works (a sign-in URL, a question, the demo's
timeline, the service manager's steps) takes an ``echo`` or ``ask`` function and returns the
lines left to print or its exit status.

One module per command family:

- ``run.py``      run (one cycle, or the service)
- ``status.py``   status, stats
- ``notes.py``    timeline, resume, journal
- ``corrections.py`` track, ignore
- ``inspect.py``  inspect (the owner and zone from the config; parsing is ``parsers.inspect``)
- ``check.py``    check          ``demo.py``  demo          ``init.py``  init
- ``service.py``  service install / uninstall / status
- ``state.py``    state rebuild  ``auth.py``  auth google / microsoft / password
- ``config.py``   config example ``util.py``  times as the owner reads them, the state file

The layers. A module imports only from its own layer or the ones below it (never up), and
packages that share a layer do not import each other (tests/unit/test_layers.py checks every
import statement, lazy ones included)::

    cli                                   click: options in, lines out, exit codes
     └─ commands                          command bodies: values in, data out
         └─ daemon                        the service loop, signals, sd_notify
             └─ engine                    tracker, planner, drafts, the cycle
                 └─ backends              builds every mailbox and calendar from the config
                     └─ secrets           passwords and token sources, fetched once
                         └─ mailbox · calendar_sync          the adapters
                             └─ google_oauth · test_hooks    what the adapters share
                                 └─ config · providers · state
                                     └─ parsers       pure: bytes and values in, dataclasses out
                                         └─ errors · fsutil · workdays

One module breaks the per-package rule on purpose: ``engine.events`` (``FollowupEvent``, what
the engine asks a calendar to write) is a leaf that imports nothing of ours, so the calendar
adapters may import it from below (``LEAVES``; the test checks it stays a leaf).
"""

from __future__ import annotations

# top to bottom; a module may import its own layer's package or any layer below
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli",),
    ("commands",),
    ("daemon",),
    ("engine",),
    ("backends",),
    ("secrets",),
    ("mailbox", "calendar_sync"),
    ("google_oauth", "test_hooks"),
    ("config", "providers", "state"),
    ("parsers",),
    ("errors", "fsutil", "workdays"),
)

# modules that import nothing of ours: any layer may import them
LEAVES: tuple[str, ...] = ("followup.engine.events",)
