"""Every command reads mail for the same owner: addresses, name and the country's business days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from followup.config import load_config
from followup.engine.planner import Rules, configured_owner


def _config(tmp_path: Path, extra: str = "") -> Path:
    p = tmp_path / "config.toml"
    p.write_text(
        '[owner]\nname = "Mila Novak"\nemail = "mila@mailbox.example"\ntimezone = "Europe/Vienna"\n' + extra
        + f'[mailbox]\nbackend = "maildir"\npath = "{tmp_path / "mail"}"\n'
        + f'[calendar]\nbackend = "none"\n[state]\npath = "{tmp_path / "state.db"}"\n',
        encoding="utf-8",
    )
    return p


def test_the_configured_owner_counts_the_zones_country_holidays(tmp_path: Path) -> None:
    config = load_config(_config(tmp_path))
    owner = configured_owner(config)
    assert owner.is_me("mila@mailbox.example") and owner.name == "Mila Novak"
    # 8 December (Mariä Empfängnis) is a public holiday in Austria: Monday 7th + 1 business day = 9th
    assert owner.workdays.add(date(2026, 12, 7), 1) == date(2026, 12, 9)
    assert owner.workdays == Rules.from_config(config).workdays


def test_no_country_means_weekends_only(tmp_path: Path) -> None:
    owner = configured_owner(load_config(_config(tmp_path, 'country = "none"\n')))
    assert owner.workdays.add(date(2026, 12, 7), 1) == date(2026, 12, 8)


def test_inspect_with_a_config_counts_the_same_business_days(tmp_path: Path) -> None:
    from followup.commands.inspect import _owner

    owner, tz = _owner([], _config(tmp_path))
    assert owner is not None and tz is not None
    assert owner.workdays.add(datetime(2026, 12, 7, tzinfo=UTC).date(), 1) == date(2026, 12, 9)
