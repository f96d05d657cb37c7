"""Web load benchmark: N concurrent clients for S seconds against search and article pages.

Usage:
    python benchmarks/bench_web.py [--quotes 100000] [--clients 100] [--seconds 60] [--workers N] [--db PATH] [--reuse]

Builds a synthetic SQLite store of ``--quotes`` quotes with ``bench_store.Corpus`` (four quotes per article,
Zipf words, 20,000 speakers, 50 outlets, 25 years), starts ``quotegraph serve --workers N`` (one process per
core by default) on 127.0.0.1 in a child process, and runs ``--clients`` closed-loop clients (one keep-alive
HTTP/1.1 connection each, on a bare asyncio client under uvloop; each sends its next request when the last
one is answered) for ``--seconds`` seconds. Half the requests are search pages (a word, a word and an
outlet, a speaker, or no filter: each with facets), half are article pages. Prints throughput, latency
percentiles and errors overall and per page kind, the server's and the load generator's CPU, then stops
the server.
Target: p99 <= 500 ms and no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import QUOTES_PER_ARTICLE, Corpus, build

from quotegraph.store import open_store


@dataclass
class Tally:
    """Latencies (seconds) and errors of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))


def make_store(path: str, quotes: int, reuse: bool) -> Corpus:
    """Build (or reuse) the synthetic store and return its corpus."""
    corpus = Corpus()
    if reuse and Path(path).exists():
        with open_store(path, create=False) as store:
            if store.stats().attributions >= quotes:
                return corpus
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    with open_store(path) as store:
        print(f"building {quotes:,} quotes in {path}")
        build(store, corpus, quotes, batch=5_000)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    return corpus


def request_mix(corpus: Corpus, quotes: int, seed: int = 5) -> list[tuple[str, str]]:
    """Return 10,000 (kind, path) requests: half search pages, half article pages."""
    rng = random.Random(seed)
    articles = quotes // QUOTES_PER_ARTICLE
    mix = []
    for _ in range(5_000):
        roll = rng.random()
        if roll < 0.5:
            params = {"text": rng.choice(corpus.words[20:3000])}
        elif roll < 0.7:
            params = {"text": rng.choice(corpus.words[:200]), "outlet": rng.choice(corpus.outlets)}
        elif roll < 0.9:
            params = {"speaker": rng.choice(corpus.speakers[:5000])}
        else:
            params = {}
        mix.append(("search", "/search?" + urlencode(params)))
        mix.append(("article", "/articles/" + quote(f"bench-{rng.randrange(articles):08d}")))
    rng.shuffle(mix)
    return mix


def start_server(db: str, port: int, workers: int = 1) -> subprocess.Popen[str]:
    """Start ``quotegraph serve`` on 127.0.0.1 and wait until it answers."""
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
        if server.poll() is not None:
            raise RuntimeError(f"the server exited: {server.stderr.read() if server.stderr else ''}")
    stop_server(server)
    raise RuntimeError("the server did not answer within 60 s")


def stop_server(server: subprocess.Popen[str]) -> None:
    """Stop the server, killing it if it does not stop within 10 s."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


class Connection:
    """One keep-alive HTTP/1.1 connection, as a browser tab holds: a bare asyncio client.

    httpx cost the load generator about 5.6 ms of CPU per request, more than the server spent answering
    it; on a 2-core machine that ran both, the benchmark measured its own client. This one reads the
    status line, the headers and a ``content-length`` or chunked body, and nothing more.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """Send one GET and read the whole answer; return its status."""
        if self._writer is None or self._reader is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        self._writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("ascii"))
        reader = self._reader
        status = int((await reader.readline()).split(b" ", 2)[1])
        length, chunked, close = 0, False, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif name == b"connection":
                close = b"close" in value.lower()
        if chunked:
            while size := int((await reader.readline()).split(b";")[0], 16):
                await reader.readexactly(size + 2)
            await reader.readline()
        else:
            await reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        """Close the connection (the next ``get`` opens a new one)."""
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        self._reader = self._writer = None


async def _client(base: str, mix: list[tuple[str, str]], start: int, stop_at: float, tallies: dict[str, Tally]) -> None:
    parts = urlsplit(base)
    connection = Connection(parts.hostname or "127.0.0.1", parts.port or 80)
    n = start
    try:
        while time.perf_counter() < stop_at:
            kind, path = mix[n % len(mix)]
            n += 1
            began = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(path), timeout=30.0)
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError) as exc:
                status = 0
                print(f"  request failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                await connection.close()
            tally = tallies[kind]
            tally.latencies.append(time.perf_counter() - began)
            tally.statuses[status] += 1
            if status != 200:
                tally.errors += 1
    finally:
        await connection.close()


async def load(base: str, mix: list[tuple[str, str]], clients: int, seconds: float) -> tuple[dict[str, Tally], float]:
    """Run ``clients`` closed-loop clients for ``seconds``; return the tallies and the elapsed time."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    began = time.perf_counter()
    step = len(mix) // clients
    await asyncio.gather(*(_client(base, mix, i * step, began + seconds, tallies) for i in range(clients)))
    return tallies, time.perf_counter() - began


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int) -> float | None:
    """Return the CPU time (user + system) of a process and its live children (uvicorn workers), or None off Linux."""
    try:
        pids = [pid] + [int(d.name) for d in Path("/proc").iterdir() if d.name.isdigit() and _ppid(int(d.name)) == pid]
        return sum(int(f) for p in pids for f in _stat(p)[11:13]) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except OSError:
        return None


def _ppid(pid: int) -> int:
    try:
        return int(_stat(pid)[1])
    except (OSError, IndexError, ValueError):
        return -1


def _percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000


def report(tallies: dict[str, Tally], elapsed: float, clients: int) -> bool:
    """Print the numbers; return whether the target (p99 <= 500 ms, no errors) was met."""
    everything = Tally()
    for tally in tallies.values():
        everything.latencies += tally.latencies
        everything.errors += tally.errors
        for status, n in tally.statuses.items():
            everything.statuses[status] += n
    print(f"{clients} clients for {elapsed:.1f} s")
    for kind, tally in [*sorted(tallies.items()), ("all", everything)]:
        ordered = sorted(tally.latencies)
        print(
            f"  {kind:<8} {len(ordered):>7,} requests  {len(ordered) / elapsed:7.1f} req/s  "
            f"p50 {_percentile(ordered, 0.50):6.0f} ms  p95 {_percentile(ordered, 0.95):6.0f} ms  "
            f"p99 {_percentile(ordered, 0.99):6.0f} ms  mean {statistics.mean(ordered) * 1000:6.0f} ms  "
            f"errors {tally.errors}"
        )
    print(f"  statuses: {dict(sorted(everything.statuses.items()))}")
    ok = _percentile(sorted(everything.latencies), 0.99) <= 500 and everything.errors == 0
    print(f"  target p99 <= 500 ms and 0 errors: {'met' if ok else 'NOT met'}")
    return ok


def main() -> None:
    """Parse arguments, build the store, serve it, load it, report, and stop the server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--db", default="/tmp/quotegraph-bench-web.db")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="server processes (default: one per core)"
    )
    parser.add_argument("--reuse", action="store_true", help="reuse a store an earlier run built")
    args = parser.parse_args()
    with contextlib.suppress(ImportError):  # uvicorn's fast event loop, when installed: a cheaper client
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    corpus = make_store(args.db, args.quotes, args.reuse)
    mix = request_mix(corpus, args.quotes)
    size = Path(args.db).stat().st_size / 2**20
    print(f"cores: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}; store: {args.db} ({size:,.0f} MiB)")
    print(f"server: quotegraph serve --workers {args.workers}")
    server = start_server(args.db, args.port, args.workers)
    try:
        asyncio.run(load(f"http://127.0.0.1:{args.port}", mix[:200], min(args.clients, 20), 3.0))  # warm up
        before, client_before = cpu_seconds(server.pid), time.process_time()
        tallies, elapsed = asyncio.run(load(f"http://127.0.0.1:{args.port}", mix, args.clients, args.seconds))
        after, client_used = cpu_seconds(server.pid), time.process_time() - client_before
    finally:
        stop_server(server)
    report(tallies, elapsed, args.clients)
    if before is not None and after is not None:
        served = sum(len(t.latencies) for t in tallies.values())
        used = after - before
        print(
            f"  server CPU: {used:.1f} s over {elapsed:.1f} s ({used / elapsed:.0%} of one core), "
            f"{used / max(served, 1) * 1000:.1f} ms per request"
        )
    print(f"  load generator CPU: {client_used:.1f} s ({client_used / elapsed:.0%} of one core)")


if __name__ == "__main__":
    main()
