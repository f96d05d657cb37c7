"""``quotegraph serve``: ``--get`` answers in process; the server binds loopback and stops; flags match the API."""

from __future__ import annotations

import inspect
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from quotegraph import web
from quotegraph.cli import main
from quotegraph.cli.serve import serve_cli


def test_get_prints_one_response(web_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", web_db, "--get", "/api/health"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "ok"


def test_get_exits_non_zero_on_an_error_status(web_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", web_db, "--get", "/api/articles/nope"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "not_found"


def test_get_renders_pages(web_db: str) -> None:
    reply = web.get("search?text=table", db=web_db)
    assert reply.status == 200 and reply.content_type.startswith("text/html") and "Ann Lee" in reply.body


def test_missing_store_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db"), "--get", "/api/health"]) == 2
    err = capsys.readouterr().err
    assert "no store at" in err and "Traceback" not in err
    assert not (tmp_path / "none.db").exists()


def test_cli_flags_match_the_python_api() -> None:
    flags = set(inspect.signature(serve_cli).parameters)
    assert flags == set(inspect.signature(web.serve).parameters) | {"get"}
    assert set(inspect.signature(web.get).parameters) <= flags | {"path"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_binds_loopback_and_answers(web_db: str) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", web_db, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert f"at http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert response.json()["status"] == "ok"
        assert response.headers.get("server") is None
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
