"""Command line: only click wiring. Bodies live in the subpackages.

One place (``main``) maps errors to exit codes: UserError → its one line and its
exit code (ConfigError 2), anything unexpected → one line plus a hint to use --debug.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from followup import __version__
from followup.errors import Error, UserError

log = logging.getLogger(__name__)


def _echo(lines: Iterable[str]) -> None:
    for line in lines:
        click.echo(line)


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.group()
@click.version_option(__version__, prog_name="followup")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Config file (default: the platform config dir's followup/config.toml).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, verbose: int, debug: bool) -> None:
    """Thank-you drafts and follow-up calls after job interviews."""
    # `run` tells what it did by default (one INFO line per interview found and per action
    # written: journald keeps them); the other commands only warn unless asked
    base = logging.INFO if ctx.invoked_subcommand == "run" else logging.WARNING
    level = max(logging.DEBUG, base - 10 * min(verbose, 2))
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path
    ctx.obj["debug"] = debug


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (a list when several).")
@click.option("--me", "me", multiple=True, help="An address of the mailbox owner (repeatable).")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.pass_context
def inspect(ctx: click.Context, paths: tuple[Path, ...], as_json: bool, me: tuple[str, ...],
            now: str | None) -> None:
    """Parse .eml/.ics files and print what was detected."""
    from followup.commands.inspect import inspect as cmd

    result = cmd(list(paths), me=list(me), now=now, config_path=ctx.obj["config_path"])
    if as_json:
        _echo_json(result.json())
    else:
        _echo(result.lines())
    ctx.exit(result.exit_code)


# --- engine commands (run / status / timeline / journal / stats): bodies in commands/
@cli.command()
@click.option("--once", is_flag=True, help="Run one cycle and exit (default: run as the service).")
@click.option("--now", "now", default=None, help="Fix the clock, ISO 8601 (implies --once).")
@click.option("--dry-run", is_flag=True, help="Print the plan; change nothing (implies --once).")
@click.pass_context
def run(ctx: click.Context, once: bool, now: str | None, dry_run: bool) -> None:
    """Scan, plan and write drafts and call events (once, or as the service)."""
    from followup.commands import run as cmd

    if not once and not dry_run and now is None:
        ctx.exit(cmd.serve(ctx.obj["config_path"]))
    ran = cmd.run_once(ctx.obj["config_path"], now=now, dry_run=dry_run)
    _echo(ran.lines())
    ctx.exit(ran.exit_code)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.option("--possible", is_flag=True,
              help="Only the possible interviews and the ignored ones (with --json: an object).")
@click.pass_context
def status(ctx: click.Context, as_json: bool, now: str | None, possible: bool) -> None:
    """Interviews: stage, people, what is done, what is planned and when; possible interviews."""
    from followup.commands.status import status as cmd

    result = cmd(ctx.obj["config_path"], now=now, possible=possible)
    if as_json:
        _echo_json(result.json())
    else:
        _echo(result.lines())


@cli.command()
@click.argument("ref", metavar="PATH|MESSAGE-ID")
@click.option("--start", default=None, help="Interview start, ISO 8601 (naive: the owner's zone).")
@click.option("--end", default=None, help="Interview end, ISO 8601.")
@click.option("--duration", default=None, help="Interview length, e.g. 45m (instead of --end).")
@click.option("--with", "with_", multiple=True, metavar="ADDRESS", help="An interviewer (repeatable).")
@click.option("--company", default=None, help="The company's name.")
@click.option("--recruiter", default=None, metavar="ADDRESS", help="The recruiter's address.")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.pass_context
def track(ctx: click.Context, ref: str, start: str | None, end: str | None, duration: str | None,
          with_: tuple[str, ...], company: str | None, recruiter: str | None, now: str | None) -> None:
    """Track a mail (.eml/.ics file, or a Message-ID a scan saw) as an interview."""
    from followup.commands.corrections import track as cmd

    click.echo(cmd(ctx.obj["config_path"], ref, start=start, end=end, duration=duration,
                   with_=with_, company=company, recruiter=recruiter, now=now))


@cli.command()
@click.argument("interview")
@click.option("--undo", is_flag=True, help="Track the interview again.")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.pass_context
def ignore(ctx: click.Context, interview: str, undo: bool, now: str | None) -> None:
    """Drop a false interview: our unsent drafts and future events go, it is never re-detected."""
    from followup.commands.corrections import ignore as cmd

    click.echo(cmd(ctx.obj["config_path"], interview, undo=undo, now=now))


@cli.command()
@click.argument("interview")
@click.argument("phrase")
@click.pass_context
def timeline(ctx: click.Context, interview: str, phrase: str) -> None:
    """State when to follow up, e.g. followup timeline acme "call me in four days"."""
    from followup.commands.notes import timeline as cmd

    click.echo(cmd(ctx.obj["config_path"], interview, phrase))


@cli.command()
@click.argument("interview")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.pass_context
def resume(ctx: click.Context, interview: str, now: str | None) -> None:
    """Follow up on an interview missed while followup was not running (calls from now on)."""
    from followup.commands.notes import resume as cmd

    click.echo(cmd(ctx.obj["config_path"], interview, now))


@cli.command()
@click.argument("interview")
@click.argument("text", required=False)
@click.option("--outcome", type=click.Choice(["offer", "rejected", "no-response", "withdrawn"]))
@click.pass_context
def journal(ctx: click.Context, interview: str, text: str | None, outcome: str | None) -> None:
    """Add a note (and outcome) to an interview's journal; without TEXT, print it."""
    from followup.commands.notes import journal as cmd

    _echo(cmd(ctx.obj["config_path"], interview, text, outcome))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Outcomes over time: interviews per month, response rate."""
    from followup.commands.status import stats as cmd

    result = cmd(ctx.obj["config_path"])
    if as_json:
        _echo_json(result.data)
    else:
        _echo(result.lines())


@cli.group()
def state() -> None:
    """The state file: rebuild it when it is lost or damaged."""


@state.command("rebuild")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.option("--force", is_flag=True, help="Rebuild even a healthy state file (it is kept aside).")
@click.pass_context
def state_rebuild(ctx: click.Context, now: str | None, force: bool) -> None:
    """Move a damaged state file aside and re-learn what was done from Drafts, Sent and the
    calendar, so the next run creates nothing twice."""
    from followup.commands.state import rebuild as cmd

    _echo(cmd(ctx.obj["config_path"], now=now, force=force))
# --- end engine commands


# --- doctor and demo (check / demo): bodies in commands/check.py and commands/demo.py
@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build the demo here (a new or empty directory; kept afterwards).")
@click.option("--keep", is_flag=True, help="Keep the temporary demo directory to look at.")
@click.pass_context
def demo(ctx: click.Context, directory: Path | None, keep: bool) -> None:
    """Run the whole timeline on sample mails: no server, no network."""
    from followup.commands.demo import run_demo

    ctx.exit(run_demo(directory, keep=keep, echo=click.echo))


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check the config and connections: one ok/FAIL line per check."""
    from followup.commands.check import check as cmd

    result = cmd(ctx.obj["config_path"])
    _echo(result.lines())
    ctx.exit(result.exit_code)
# --- end doctor and demo


@cli.command()
@click.option("--non-interactive", is_flag=True, help="Ask nothing: every needed value comes from flags.")
@click.option("--email", default="", help="Your email address.")
@click.option("--name", default="", help="Your name (default: the account's full name).")
@click.option("--alias", "aliases", multiple=True, help="Another address of yours (repeatable).")
@click.option("--timezone", default="", help="IANA time zone (default: this machine's).")
@click.option("--country", default="", help="ISO country code for public holidays (default: from the zone).")
@click.option("--provider", default="",
              help="gmail | microsoft | fastmail | icloud | yahoo | imap | maildir.")
@click.option("--host", default="", help="IMAP server (provider imap), or the Nextcloud host.")
@click.option("--port", type=int, default=None, help="IMAP port (default: the provider's).")
@click.option("--security", type=click.Choice(["ssl", "starttls", "none"]), default=None,
              help="IMAP security.")
@click.option("--username", default="", help="IMAP user name (default: your address).")
@click.option("--password-command", default="", help="A command printing the password (no shell).")
@click.option("--keyring", is_flag=True, help="Keep the password in the system keyring instead.")
@click.option("--oauth-client-id", default="", help="Microsoft: your app registration's client id.")
@click.option("--gmail-auth", type=click.Choice(["oauth", "app-password"]), default="oauth",
              help="Gmail: OAuth (default) or an app password.")
@click.option("--maildir", default="", help="Maildir root (provider maildir).")
@click.option("--folder", "folders", multiple=True, help="Another folder to scan besides INBOX.")
@click.option("--calendar", default="", help="ics | google | caldav | none.")
@click.option("--caldav-provider", default="", help="fastmail | icloud | nextcloud | other.")
@click.option("--caldav-url", default="", help="CalDAV URL (provider other).")
@click.option("--caldav-username", default="", help="CalDAV user (default: the IMAP user).")
@click.option("--caldav-password-command", default="", help="CalDAV password command (default: IMAP's).")
@click.option("--ics-path", default="", help="The .ics file (calendar ics; default: the data dir).")
@click.option("--force", is_flag=True, help="Replace an existing config file.")
@click.option("--no-check", is_flag=True, help="Do not run `followup check` afterwards.")
@click.pass_context
def init(ctx: click.Context, /, non_interactive: bool, force: bool, no_check: bool, aliases: tuple[str, ...],
         folders: tuple[str, ...], **values: Any) -> None:
    """Write your config (asking what it needs, or from flags), then check it."""
    from followup.commands.init import Answers, run_init

    def ask(question: str, default: str | None, choices: tuple[str, ...] | None) -> str:
        kind = click.Choice(list(choices)) if choices else click.STRING
        return str(click.prompt(question, default=default, type=kind, show_choices=bool(choices)))

    answers = Answers(aliases=tuple(a.lower() for a in aliases), extra_folders=folders,
                      port=values.pop("port"), security=values.pop("security") or "", **values)
    ctx.exit(run_init(ctx.obj["config_path"], answers, ask=None if non_interactive else ask, echo=click.echo,
                      force=force, check=not no_check))


@cli.group("config")
def config_group() -> None:
    """The configuration file (reference: docs/config.md)."""


@config_group.command("example")
def config_example() -> None:
    """Print a complete, commented example config (every key, with its default)."""
    from followup.commands.config import example

    click.echo(example(), nl=False)


@cli.group()
def service() -> None:
    """Run followup as a background service (systemd user unit on Linux, launchd agent on macOS)."""


@service.command("install")
@click.option("--dry-run", is_flag=True, help="Print the service file and the commands; change nothing.")
@click.option("--no-start", is_flag=True, help="Write the service file but do not enable or start it.")
@click.pass_context
def service_install(ctx: click.Context, dry_run: bool, no_start: bool) -> None:
    """Write the service file for this installation, then enable and start it."""
    from followup.commands import service as install

    install.install(install.target(ctx.obj["config_path"]), click.echo, dry_run=dry_run, start=not no_start)


@service.command("uninstall")
@click.option("--dry-run", is_flag=True, help="Print what would be stopped and removed.")
@click.pass_context
def service_uninstall(ctx: click.Context, dry_run: bool) -> None:
    """Stop and disable the service and remove its file."""
    from followup.commands import service as install

    install.uninstall(install.target(ctx.obj["config_path"]), click.echo, dry_run=dry_run)


@service.command("status")
@click.pass_context
def service_status(ctx: click.Context) -> None:
    """Whether the service is installed, and what systemd/launchd say about it."""
    from followup.commands import service as install

    ctx.exit(install.status(install.target(ctx.obj["config_path"]), click.echo))


# --- auth commands (google / microsoft / password): bodies in commands/auth.py
@cli.group()
def auth() -> None:
    """Authorise access to an account (Google, Microsoft 365 / Outlook.com, the keyring)."""


@auth.command("google")
@click.option("--gmail", is_flag=True, help="Also ask for Gmail IMAP access (XOAUTH2).")
@click.option("--client-secrets", "client_secrets", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="OAuth client JSON (default: [calendar] client_secrets).")
@click.pass_context
def auth_google(ctx: click.Context, gmail: bool, client_secrets: Path | None) -> None:
    """Run Google's OAuth flow (prints a URL) and store the token in the state dir."""
    from followup.commands.auth import google as cmd

    _echo(cmd(ctx.obj["config_path"], gmail=gmail, client_secrets=client_secrets, echo=click.echo))

@auth.command("microsoft")
@click.option("--client-id", "client_id", default=None,
              help="Application (client) id of your Entra app (default: [mailbox] oauth_client_id).")
@click.option("--tenant", default=None, metavar="common|organizations|consumers|ID",
              help="Who may sign in (default: [mailbox] oauth_tenant, else common).")
@click.pass_context
def auth_microsoft(ctx: click.Context, client_id: str | None, tenant: str | None) -> None:
    """Sign in to Microsoft 365 / Outlook.com for IMAP (prints a URL and a code)."""
    from followup.commands.auth import microsoft as cmd

    _echo(cmd(ctx.obj["config_path"], client_id=client_id, tenant=tenant, echo=click.echo))


@auth.command("password")
@click.argument("section", type=click.Choice(["mailbox", "calendar"]), default="mailbox")
@click.pass_context
def auth_password(ctx: click.Context, section: str) -> None:
    """Ask for the mailbox (or CalDAV) password and store it in the system keyring."""
    import getpass

    from followup.commands.auth import password as cmd

    _echo(cmd(ctx.obj["config_path"], section, ask=getpass.getpass))
# --- end auth commands


def main() -> None:
    debug = "--debug" in sys.argv
    try:
        # without standalone mode click returns ctx.exit(n)'s n instead of raising Exit
        rc = cli.main(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except UserError as exc:
        click.echo(f"followup: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Error as exc:
        if debug:
            raise
        click.echo(f"followup: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:  # the one place that turns surprises into one line
        if debug:
            raise
        click.echo(f"followup: internal error: {type(exc).__name__}: {exc} (run with --debug "
                   "for a traceback)", err=True)
        sys.exit(70)


if __name__ == "__main__":
    main()
