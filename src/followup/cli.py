"""Command line: only click wiring. Bodies live in the subpackages.

One place (``main``) maps errors to exit codes: UserError → its one line and its
exit code (ConfigError 2), anything unexpected → one line plus a hint to use --debug.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from followup import __version__
from followup.errors import Error, UserError

log = logging.getLogger(__name__)


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
    level = logging.WARNING - 10 * min(verbose, 2)
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
    from followup.parsers.inspect import run_inspect

    ctx.exit(run_inspect(list(paths), as_json=as_json, me=list(me), now=now,
                         config_path=ctx.obj["config_path"]))


# --- engine commands (run / status / timeline / journal / stats): bodies in engine/commands.py
@cli.command()
@click.option("--once", is_flag=True, help="Run one cycle and exit (default: run as the service).")
@click.option("--now", "now", default=None, help="Fix the clock, ISO 8601 (implies --once).")
@click.option("--dry-run", is_flag=True, help="Print the plan; change nothing (implies --once).")
@click.pass_context
def run(ctx: click.Context, once: bool, now: str | None, dry_run: bool) -> None:
    """Scan, plan and write drafts and call events (once, or as the service)."""
    from followup.engine.commands import cmd_run

    ctx.exit(cmd_run(ctx.obj["config_path"], once=once, now=now, dry_run=dry_run))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--now", "now", default=None, help="Reference time, ISO 8601 (default: now).")
@click.pass_context
def status(ctx: click.Context, as_json: bool, now: str | None) -> None:
    """Interviews: stage, people, what is done, what is planned and when."""
    from followup.engine.commands import cmd_status

    ctx.exit(cmd_status(ctx.obj["config_path"], as_json=as_json, now=now))


@cli.command()
@click.argument("interview")
@click.argument("phrase")
@click.pass_context
def timeline(ctx: click.Context, interview: str, phrase: str) -> None:
    """State when to follow up, e.g. followup timeline acme "call me in four days"."""
    from followup.engine.commands import cmd_timeline

    ctx.exit(cmd_timeline(ctx.obj["config_path"], interview, phrase))


@cli.command()
@click.argument("interview")
@click.argument("text", required=False)
@click.option("--outcome", type=click.Choice(["offer", "rejected", "no-response", "withdrawn"]))
@click.pass_context
def journal(ctx: click.Context, interview: str, text: str | None, outcome: str | None) -> None:
    """Add a note (and outcome) to an interview's journal; without TEXT, print it."""
    from followup.engine.commands import cmd_journal

    ctx.exit(cmd_journal(ctx.obj["config_path"], interview, text, outcome))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Outcomes over time: interviews per month, response rate."""
    from followup.engine.commands import cmd_stats

    ctx.exit(cmd_stats(ctx.obj["config_path"], as_json=as_json))
# --- end engine commands


# --- daemon commands (demo / check): bodies in daemon/demo.py and daemon/check.py
@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build the demo here (a new or empty directory; kept afterwards).")
@click.option("--keep", is_flag=True, help="Keep the temporary demo directory to look at.")
@click.pass_context
def demo(ctx: click.Context, directory: Path | None, keep: bool) -> None:
    """Run the whole timeline on sample mails: no server, no network."""
    from followup.daemon.demo import run_demo

    ctx.exit(run_demo(directory, keep=keep, echo=click.echo))


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check the config and connections: one ok/FAIL line per check."""
    from followup.daemon.check import run_check

    ctx.exit(run_check(ctx.obj["config_path"], echo=click.echo))
# --- end daemon commands


# --- calendar commands (auth google): bodies in calendar_sync/google_auth.py
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
    from followup.calendar_sync.google_auth import cmd_auth_google

    ctx.exit(cmd_auth_google(ctx.obj["config_path"], gmail=gmail, client_secrets=client_secrets,
                             echo=click.echo))
# --- end calendar commands


# --- secrets commands (auth microsoft / auth password): bodies in mailbox/microsoft_auth.py, secrets.py
@auth.command("microsoft")
@click.option("--client-id", "client_id", default=None,
              help="Application (client) id of your Entra app (default: [mailbox] oauth_client_id).")
@click.option("--tenant", default=None, metavar="common|organizations|consumers|ID",
              help="Who may sign in (default: [mailbox] oauth_tenant, else common).")
@click.pass_context
def auth_microsoft(ctx: click.Context, client_id: str | None, tenant: str | None) -> None:
    """Sign in to Microsoft 365 / Outlook.com for IMAP (prints a URL and a code)."""
    from followup.mailbox.microsoft_auth import cmd_auth_microsoft

    ctx.exit(cmd_auth_microsoft(ctx.obj["config_path"], client_id, tenant, echo=click.echo))


@auth.command("password")
@click.argument("section", type=click.Choice(["mailbox", "calendar"]), default="mailbox")
@click.pass_context
def auth_password(ctx: click.Context, section: str) -> None:
    """Ask for the mailbox (or CalDAV) password and store it in the system keyring."""
    import getpass

    from followup.secrets import cmd_auth_password

    ctx.exit(cmd_auth_password(ctx.obj["config_path"], section, ask=getpass.getpass, echo=click.echo))
# --- end secrets commands


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
