"""The spec's plain request operations as commands: ``tengrai organizations ...`` (API keys, webhook secret) and
``tengrai v1 ...`` (V1 reads), against a served mock and against the in-process mock of the no-key mode."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tengrai import _fields
from tengrai.cli._errors import Terminated
from tengrai.cli._requests import request_commands
from tengrai.mock import TEST_ADMIN_KEY, TEST_API_KEY, TEST_ORG_ID, MockServer

from ._support import connection, run_main, served_mock

pytestmark = pytest.mark.timeout(60)

ORGS = "organizations"


@pytest.fixture
def server() -> Iterator[MockServer]:
    with served_mock() as running:
        yield running


def admin(server: MockServer) -> list[str]:
    return ["--base-url", server.url, "--api-key", TEST_ADMIN_KEY]


def mint(capsys: pytest.CaptureFixture[str], server: MockServer, *extra: str) -> dict[str, object]:
    argv = [ORGS, "create-api-key", TEST_ORG_ID, "--label", "ci", "--scope", "generator", "--domains", "style-dna"]
    result = run_main(capsys, *argv, *extra, "--json", *admin(server))
    assert result.code == 0, result.err
    document: dict[str, object] = json.loads(result.out)
    return document


def test_every_plain_request_operation_of_the_spec_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    operations = {op.operation_id for op in _fields.model().request_operations()}
    commands = {command.operation_id: (command.group, command.name) for command in request_commands()}
    assert set(commands) == operations
    assert commands["create_api_key"] == (ORGS, "create-api-key")
    assert commands["revoke_api_key"] == (ORGS, "revoke-api-key")
    assert commands["rotate_webhook_secret"] == (ORGS, "rotate-webhook-secret")
    assert commands["list_v1_artworks"] == ("v1", "list")
    assert commands["get_v1_artwork"] == ("v1", "get")
    assert commands["v1_style_dna_generate"] == ("v1", "style-dna generate")
    for command in request_commands():
        assert run_main(capsys, command.group, *command.words, "--help").code == 0


def test_a_command_of_several_words_nests_and_keeps_its_hyphenated_name_hidden(
    capsys: pytest.CaptureFixture[str],
) -> None:
    top = run_main(capsys, "v1", "--help")
    assert top.code == 0
    assert "style-dna" in top.out
    assert "style-dna-generate" not in top.out  # the old name works, but is not advertised
    nested = run_main(capsys, "v1", "style-dna", "--help")
    assert nested.code == 0
    listed = {line.split()[0] for line in nested.out.splitlines() if line[:5] == "    " + line.strip()[:1]}
    assert listed == {"generate", "generate-asset", "edit", "remove-background"}
    usage = run_main(capsys, "v1", "style-dna", "generate", "--help")
    assert usage.out.startswith("usage: tengrai v1 style-dna generate ")
    assert "--visual-prompt" in usage.out
    alias = run_main(capsys, "v1", "style-dna-generate", "--help")
    assert "--visual-prompt" in alias.out


def test_create_api_key_help_lists_the_spec_options(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, ORGS, "create-api-key", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())
    for option in ("--label", "--scope", "--domains", "--credits", "ORG_ID"):
        assert option in text
    assert "One of: manager, generator." in text  # the mintable scopes, read from the spec
    assert "Each one of: artworks-internal, style-dna, textcraft." in text


def test_a_minted_key_is_printed_once_labelled_and_works_at_once(
    server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [ORGS, "create-api-key", TEST_ORG_ID, "--label", "ci", "--scope", "generator"]
    result = run_main(capsys, *argv, "--domain", "style-dna", "--domain", "artworks-internal", *admin(server))
    assert result.code == 0, result.err
    minted = [key for key in server.state.api_keys(TEST_ORG_ID) if key["label"] == "ci"]
    assert len(minted) == 1
    assert minted[0]["scope"] == "generator"
    body = server.state.requests[-1].json()
    assert body == {"label": "ci", "scope": "generator", "domains": ["style-dna", "artworks-internal"]}
    secret_lines = [line.strip() for line in result.out.splitlines() if line.strip().startswith("tgr_")]
    assert len(secret_lines) == 1
    key = secret_lines[0]
    assert result.out.count(key) == 1
    assert key not in result.err
    assert "shown only this once" in result.out
    assert minted[0]["keyId"] in result.out
    listed = run_main(capsys, "list", "--base-url", server.url, "--api-key", key)
    assert listed.code == 0, listed.err


def test_json_output_is_the_answer_as_sent_with_the_key(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    document = mint(capsys, server, "--credits", "5")
    assert document["label"] == "ci"
    assert document["credits"] == 5
    assert isinstance(document["apiKey"], str)
    assert str(document["apiKey"]).startswith(str(document["keyPrefix"]))


def test_a_revoked_key_gets_401(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    document = mint(capsys, server)
    result = run_main(capsys, ORGS, "revoke-api-key", TEST_ORG_ID, str(document["keyId"]), *admin(server))
    assert result.code == 0, result.err
    assert "revoked" in result.out
    refused = run_main(capsys, "list", "--base-url", server.url, "--api-key", str(document["apiKey"]))
    assert refused.code == 1
    assert "401" in refused.err
    assert str(document["apiKey"]) not in refused.err


def test_rotate_webhook_secret_prints_the_new_secret_once(
    server: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_main(capsys, ORGS, "rotate-webhook-secret", TEST_ORG_ID, *admin(server))
    assert result.code == 0, result.err
    secret = server.state.webhook_secret(TEST_ORG_ID)
    assert secret is not None
    assert result.out.count(secret) == 1
    assert "shown only this once" in result.out
    as_json = run_main(capsys, ORGS, "rotate-webhook-secret", TEST_ORG_ID, "--json", *admin(server))
    assert json.loads(as_json.out) == {"secret": server.state.webhook_secret(TEST_ORG_ID)}


def test_a_generator_key_gets_403_and_exit_1(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, ORGS, "rotate-webhook-secret", TEST_ORG_ID, *connection(server))
    assert result.code == 1
    assert "403" in result.err
    assert "Traceback" not in result.err
    assert server.state.webhook_secret(TEST_ORG_ID) is None


def test_an_unknown_organization_is_exit_1(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, ORGS, "rotate-webhook-secret", "0" * 24, *admin(server))
    assert result.code == 1
    assert "404" in result.err


BASE = [ORGS, "create-api-key", TEST_ORG_ID, "--label", "ci", "--scope", "generator", "--domains", "style-dna"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        ([*BASE[:6], "admin", *BASE[7:]], "scope='admin'"),
        ([*BASE[:4], "", *BASE[5:]], "label=''"),
        ([*BASE[:4], "x" * 101, *BASE[5:]], "label="),
        (BASE[:7], "domains=None"),
        ([*BASE, "textcraft", "nope"], "domains[2]='nope'"),
        ([*BASE, "--credits", "lots"], "credits='lots'"),
        ([*BASE[:2], "", *BASE[3:]], "orgId=''"),
        ([ORGS, "revoke-api-key", TEST_ORG_ID, ""], "keyId=''"),
        (["v1", "list", "--limit", "0"], "limit=0"),
        (["v1", "list", "--limit", "501"], "limit=501"),
        (["v1", "list", "--offset", "-1"], "offset=-1"),
        (["v1", "get", ""], "id=''"),
    ],
)
def test_bad_values_exit_2_naming_field_value_and_rule_and_send_nothing(
    server: MockServer, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    before = len(server.state.requests)
    result = run_main(capsys, *argv, *admin(server))
    assert result.code == 2, result.err
    assert fragment in result.err, result.err
    assert "Traceback" not in result.err
    assert len(server.state.requests) == before


def test_an_unknown_option_shows_the_commands_usage(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_main(capsys, ORGS, "rotate-webhook-secret", TEST_ORG_ID, "--bogus")
    assert result.code == 2
    assert "tengrai organizations rotate-webhook-secret" in result.err
    assert "--bogus" in result.err


def test_v1_list_and_get_show_the_keys_v1_artworks(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    stored = server.state.add_v1_artwork(
        "txt2img", parameters={"prompt": "a fox", "promptMode": "seer"}, results=["https://cdn.example.com/a.png"]
    )
    server.state.add_v1_artwork("upscaling", status="failed", owner="test-admin")  # another key's: not listed
    listed = run_main(capsys, "v1", "list", *connection(server))
    assert listed.code == 0, listed.err
    assert stored["id"] in listed.out
    assert "txt2img" in listed.out
    assert "upscaling" not in listed.out
    as_json = run_main(capsys, "v1", "list", "--limit", "5", "--json", *connection(server))
    assert json.loads(as_json.out) == [stored]
    assert server.state.requests[-1].query == "offset=0&limit=5"
    one = run_main(capsys, "v1", "get", stored["id"], *connection(server))
    assert one.code == 0, one.err
    assert "promptMode" in one.out
    assert "seer" in one.out
    assert "https://cdn.example.com/a.png" in one.out
    assert json.loads(run_main(capsys, "v1", "get", stored["id"], "--json", *connection(server)).out) == stored
    missing = run_main(capsys, "v1", "get", "nope", *connection(server))
    assert missing.code == 1
    assert "404" in missing.err


def test_v1_list_walks_the_pages_from_offset(server: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    stored = [server.state.add_v1_artwork("txt2img", parameters={"prompt": f"fox {n}"})["id"] for n in range(4)]
    listed = run_main(capsys, "v1", "list", "--offset", "1", "--limit", "2", "--json", *connection(server))
    assert listed.code == 0, listed.err
    newest_first = [artwork["id"] for artwork in server.state.v1_page(owner="test", offset=0, limit=10)]
    assert sorted(newest_first) == sorted(stored)
    assert [item["id"] for item in json.loads(listed.out)] == newest_first[1:3]
    everything = run_main(capsys, "v1", "list", "--json", *connection(server))
    assert sorted(item["id"] for item in json.loads(everything.out)) == sorted(stored)


def test_the_no_key_mode_runs_the_organization_commands_on_the_in_process_mock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    minted = run_main(capsys, ORGS, "create-api-key", TEST_ORG_ID, "--label", "x", "--scope", "manager", "--domains",
                      "textcraft")  # fmt: skip
    assert minted.code == 0, minted.err
    assert "mock server inside this process" in minted.err
    assert "in-process mock" in minted.err  # the key works nowhere else
    assert TEST_ADMIN_KEY not in minted.out + minted.err
    assert TEST_API_KEY not in minted.out + minted.err
    rotated = run_main(capsys, ORGS, "rotate-webhook-secret", TEST_ORG_ID)
    assert rotated.code == 0, rotated.err
    revoked = run_main(capsys, ORGS, "revoke-api-key", TEST_ORG_ID, "test")
    assert revoked.code == 0, revoked.err
    listed = run_main(capsys, "v1", "list", "--mock")
    assert listed.code == 0
    assert "no V1 artworks" in listed.err


def test_an_unknown_organization_on_the_in_process_mock_names_its_test_organization(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run_main(capsys, ORGS, "rotate-webhook-secret", "0" * 24)
    assert result.code == 1
    assert "404" in result.err
    assert TEST_ORG_ID in result.err


def test_the_readme_lists_every_operation_of_the_spec_with_its_command() -> None:
    from ._support import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for op in _fields.model().artwork_operations():
        assert f"`client.{op.resource}`" in readme, op.operation_id
        assert f"`tengrai {op.command}`" in readme, op.operation_id
    for command in request_commands():
        assert f"`client.{command.resource}.{command.method}`" in readme, command.operation_id
        assert f"`tengrai {command.group} {command.name}" in readme, command.operation_id


@pytest.mark.parametrize(("signal", "code"), [(KeyboardInterrupt, 130), (Terminated, 143)])
def test_ctrl_c_before_a_key_is_minted_says_it_may_exist(
    server: MockServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    signal: type[KeyboardInterrupt],
    code: int,
) -> None:
    import functools

    from tengrai.resources import _generated

    @functools.wraps(_generated.Organizations.create_api_key)  # the same signature, so every option is accepted
    def interrupted(*args: object, **kwargs: object) -> None:
        raise signal

    monkeypatch.setattr(_generated.Organizations, "create_api_key", interrupted)
    result = run_main(capsys, *BASE, *admin(server))
    assert result.code == code
    assert "may or may not" in result.err
    assert "Create API key" in result.err
    assert "Traceback" not in result.err
