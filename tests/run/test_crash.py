"""An ingest killed with SIGKILL again and again, then resumed, ends exactly like an uninterrupted one.

That includes the links (speaker identities and statements), which ingest writes after each batch.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import write_corpus
from quotegraph.store import open_store

KILLS = 20
SEED = 20_240_601
#: Articles that quote one statement by one speaker (once by surname only) in four outlets: linked together.
_TAXES = [("Ann Lee", "Wire"), ("Lee", "Post"), ("Ann Lee", "Herald"), ("Ann Lee", "Sun")]
SHARED = [
    json.dumps(
        {
            "id": f"tax-{i}",
            "text": f'"Taxes will rise next year," said {name}.',
            "outlet": outlet,
            "published": f"2024-02-0{i + 1}",
        }
    )
    for i, (name, outlet) in enumerate(_TAXES)
]
ARTICLES = 36 + len(SHARED)
LINK_TABLES = ("speakers", "speaker_of", "statements", "statement_of", "link_pending")


def command(corpus: Path, db: Path, workers: int = 1) -> list[str]:
    return [
        sys.executable,
        "-m",
        "quotegraph",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--batch-size",
        "1",
        "--no-progress",
    ]


def done_records(db: Path) -> int:
    """Count the ledger rows committed so far (0 before the store exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM ledger").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def reference_run(cmd: list[str], db: Path) -> tuple[str, float]:
    """Run an ingest to the end; return what it printed and how long it took to commit its first record."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None and done_records(db) == 0:
        time.sleep(0.005)
    startup = time.monotonic() - started
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return out, startup


def kill_at_random(cmd: list[str], db: Path, rng: random.Random, startup: float) -> int:
    """Start an ingest and SIGKILL it (with its workers) at a random moment; return its exit status.

    Half the kills land anywhere in an uninterrupted run's start-up (imports, the counting pass, model loading,
    the store's creation) or a little past it, among the first writes, and at the latest after a few new
    commits; the other half wait until the run has committed something new and then strike within 30 ms, in the
    middle of the writes. No run may finish much of the input: one that did (a warm start is quicker than the
    timed cold one, more so on a busy machine) left the runs after it nothing to do, and they ended before a
    kill could land.
    """
    before = done_records(db)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    if rng.random() < 0.5:
        deadline = time.monotonic() + rng.uniform(0, startup * 1.2)
        while time.monotonic() < deadline and proc.poll() is None and done_records(db) < before + 3:
            time.sleep(0.01)
    else:
        while proc.poll() is None and done_records(db) <= before:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.03))
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.wait(timeout=60)


def snapshot(db: Path) -> list[dict[str, Any]]:
    with open_store(str(db), create=False) as store:
        return sorted((r.to_dict() for r in store.iter_results()), key=lambda d: d["article"]["id"])


def link_snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the link tables, and whether the saved linking state is behind them."""
    with sqlite3.connect(db) as conn:
        tables = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in LINK_TABLES}
        tables["state"] = conn.execute("SELECT articles, tables_ahead FROM link_state").fetchall()
    return tables


@pytest.mark.slow
@pytest.mark.model
def test_ingest_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", ARTICLES - len(SHARED), extra=SHARED)
    reference, startup = reference_run(command(corpus, tmp_path / "reference.db"), tmp_path / "reference.db")
    assert reference.strip() == f"read {ARTICLES}, stored {ARTICLES}, rejected 0"

    rng = random.Random(SEED)
    crashed = tmp_path / "crashed.db"
    killed, progress = 0, []
    for n in range(KILLS):
        status = kill_at_random(command(corpus, crashed, workers=2 if n % 7 == 6 else 1), crashed, rng, startup)
        killed += status == -signal.SIGKILL
        progress.append(done_records(crashed))
        with sqlite3.connect(crashed) as conn:  # every kill leaves a consistent database
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    resumed = subprocess.run(command(corpus, crashed), capture_output=True, text=True, check=True)
    assert resumed.stdout.strip() == f"read {ARTICLES}, stored {ARTICLES}, rejected 0"
    assert snapshot(crashed) == snapshot(tmp_path / "reference.db")
    links = link_snapshot(crashed)
    assert links == link_snapshot(tmp_path / "reference.db")
    assert links["state"] == [(ARTICLES, 0)] and links["link_pending"] == []
    assert len({speaker for _, speaker in links["speaker_of"]}) == len(links["speakers"])
    assert max(n for *_, n in links["statements"]) == len(SHARED)  # one statement, reported four times
    with open_store(str(crashed)) as store:
        assert store.stats().articles == ARTICLES
        store._conn.execute("INSERT INTO attributions_fts (attributions_fts) VALUES ('integrity-check')")  # type: ignore[attr-defined]
    assert killed >= KILLS // 2, f"only {killed} runs were killed; progress {progress}"
    assert any(0 < p < ARTICLES for p in progress), f"no kill landed mid-ingest; progress {progress}"
