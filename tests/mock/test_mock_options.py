"""``tengrai mock`` options of the V1 synchronous operations: the 504 fault rate and the Style DNA asset lifetime.

Their defaults are the mock's own (`MockConfig`, `Faults`): the help names them, and the options reach the config.
"""

from __future__ import annotations

import pytest

from tengrai.mock import Faults, MockConfig
from tengrai.mock.__main__ import _parser, config_from, main


def test_the_gateway_timeout_rate_and_asset_ttl_reach_the_config() -> None:
    args = _parser("tengrai mock").parse_args(["--gateway-timeout-rate", "0.25", "--asset-ttl", "90"])
    config = config_from(args)
    assert config.faults.gateway_timeout_rate == 0.25
    assert config.asset_ttl == 90.0


def test_without_them_the_mock_defaults_apply() -> None:
    config = config_from(_parser("tengrai mock").parse_args([]))
    assert config.faults == Faults()
    assert config.asset_ttl == MockConfig().asset_ttl


def test_the_help_names_the_mock_defaults() -> None:
    text = " ".join(_parser("tengrai mock").format_help().split())
    assert "--gateway-timeout-rate SHARE" in text
    assert f"(default: {Faults().gateway_timeout_rate})" in text
    assert f"(default: {MockConfig().asset_ttl})" in text
    assert "504" in text


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--gateway-timeout-rate", "3"], "gateway_timeout_rate"),
        (["--asset-ttl", "0"], "asset_ttl"),
        (["--asset-ttl", "inf"], "asset_ttl"),
    ],
)
def test_out_of_range_values_are_refused_naming_them(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert said in err
    assert err.count("\n") == 1
