"""`filmbot doctor` without Discord: one ✓/✗ line per check, exit 0 only when all is well, and
the token never printed. (`--online`, against the fake Discord: tests/discord/test_probe.py.)"""
import base64

import pytest

from bot.cli import main
from bot.doctor import token_problem

TOKEN = base64.urlsafe_b64encode(b"123456789012345678").decode().rstrip("=") + ".GaBcDe.s3cr3t-part_of-the-token-0123456789"


@pytest.fixture
def quiet_env(monkeypatch, tmp_path):
    """No .env and no Discord or FilmBot variables from the machine running the tests."""
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "FILMBOT_TOKEN", "FILMBOT_CORPUS_DIR", "FILMBOT_INDEX_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def doctor(capsys, corpus, index, *extra):
    code = main(["doctor", "--corpus", str(corpus), "--index", str(index), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> dict[str, str]:
    """The check lines by their first word after the mark."""
    found = {}
    for line in out.splitlines():
        if line[:1] in "✓✗":
            found.setdefault(line[2:].split()[0].rstrip(":"), line)
    return found


def test_all_well_exits_0_and_never_prints_the_token(capsys, quiet_env, corpus_copy, tmp_path):
    quiet_env.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["index", "--corpus", str(corpus_copy), "--index", str(tmp_path / "ix")]) == 0
    capsys.readouterr()
    code, out, err = doctor(capsys, corpus_copy, tmp_path / "ix")
    assert code == 0, out
    assert "✗" not in out and out.count("✓") >= 7
    checks = lines(out)
    assert checks["Python"].startswith("✓ Python 3.")
    assert "discord.py" in checks["packages"] and "whoosh-reloaded" in checks["packages"]
    assert f"DISCORD_TOKEN set, {len(TOKEN)} characters, from the environment (DISCORD_TOKEN)" in checks["settings"]
    assert "corpus from the command line" in checks["settings"]
    assert checks["token"].startswith("✓")
    assert "1 film(s), 5 document(s), 0 problem(s)" in checks["corpus"]
    assert "generation" in checks["index"] and "up to date with the corpus" in checks["index"]
    assert "built 0 s ago" in checks["index"] or "built 1 s ago" in checks["index"]
    assert TOKEN not in out + err and "s3cr3t" not in out + err
    assert "Everything FilmBot needs is in place." in out


def test_each_problem_is_a_cross_with_what_to_do_and_exit_1(capsys, quiet_env, corpus_copy, tmp_path):
    quiet_env.setenv("DISCORD_TOKEN", "client-secret-s3cr3t")
    code, out, err = doctor(capsys, corpus_copy, tmp_path / "ix")
    checks = lines(out)
    assert code == 1
    assert checks["token"].startswith("✗") and "1 dot-separated part(s)" in checks["token"]
    assert checks["index"].startswith("✗") and "no index yet" in checks["index"] and "filmbot index" in checks["index"]
    assert checks["corpus"].startswith("✓")
    assert "s3cr3t" not in out + err


def test_an_index_older_than_the_corpus(capsys, quiet_env, corpus_copy, tmp_path):
    quiet_env.setenv("DISCORD_TOKEN", TOKEN)
    main(["index", "--corpus", str(corpus_copy), "--index", str(tmp_path / "ix")])
    (corpus_copy / "parallel-mothers" / "new.txt").write_text("The budget was 7 million euros.\n")
    capsys.readouterr()
    code, out, _ = doctor(capsys, corpus_copy, tmp_path / "ix")
    assert code == 1 and "✗ index generation" in out and "older than the corpus" in out


def test_a_missing_corpus_and_token(capsys, quiet_env, tmp_path):
    code, out, _ = doctor(capsys, tmp_path / "nowhere", tmp_path / "ix")
    checks = lines(out)
    assert code == 1
    assert "no corpus at" in checks["corpus"] and checks["corpus"].startswith("✗")
    assert checks["token"].startswith("✗ token: none: set DISCORD_TOKEN")
    assert not (tmp_path / "ix").exists()


def test_an_index_path_that_is_a_file(capsys, quiet_env, corpus_copy, tmp_path):
    (tmp_path / "ix").write_text("")
    code, out, _ = doctor(capsys, corpus_copy, tmp_path / "ix")
    assert code == 1 and "✗ index: the index path" in out and "✗ not writable" in out


@pytest.mark.parametrize("token, problem", [
    (TOKEN, None),
    (f" {TOKEN}", "spaces or quotes"),
    (f'"{TOKEN}"', "spaces or quotes"),
    (f"Bot {TOKEN}", "starts with \"Bot \""),
    ("abc.def", "2 dot-separated part(s)"),
    ("bm90LWFuLWlk.GaBcDe.xyz", "not a bot's id"),
])
def test_the_shape_of_a_token(token, problem):
    found = token_problem(token)
    assert (found is None) if problem is None else (problem in found)
    assert found is None or token.strip(' "') not in found
