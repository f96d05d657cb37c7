"""Accurate mode's helper process: it tags a batch while the caller parses the same batch with spaCy, and parses
texts of the batch too when the caller offers them.

A thread would share the caller's interpreter lock and has to win it back after every model window, while the
parser holds it for long stretches; a process runs on the other core undisturbed. The encoder needs less than that
core, so the caller also offers it the parse of texts from the back of a batch (``submit_parse``) while it parses
from the front itself, taking back whatever the helper has not started by the time it gets there: the parse is
the same in either process (spaCy parses each text alone), and a parsed ``Doc`` travels as bytes. It is a plain
subprocess running ``main`` of this module, not a ``multiprocessing`` child, so the caller's main module is never
imported again and callers need no ``if __name__ == "__main__"`` guard. Messages are length-prefixed pickles over
its stdin and stdout; it exits when its stdin closes, which also happens when the caller dies, and ignores Ctrl-C
(its caller decides).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

import quotegraph
from quotegraph.errors import QuotegraphError

_HEADER = struct.Struct("<Q")
# What the child says of a request: it started it (parses only), it answered it, or it failed.
_STARTED, _DONE, _FAILED = "started", "done", "failed"
# The child finds this quotegraph even when the caller put it on sys.path by hand: the package's parent folder goes
# at the end of the child's path, so it never shadows the standard library or what is installed.
_START = (
    "import sys; sys.path.append(sys.argv[1]); from quotegraph.extract.learned.worker import main; main(sys.argv[2])"
)


class TaggerProcessError(QuotegraphError):
    """Raised for a text the tagger process could not tag or parse, or when that process stopped."""


def send(stream: IO[bytes], message: Any) -> None:
    """Write one message (any picklable object) to a binary stream."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """Read one message written by ``send``; None at the end of the stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # our own child process, on a private pipe


class TaggerProcess:
    """A tagger in a child process: ``submit`` a text, get a future of its spans, in submission order.

    ``submit_parse`` queues a spaCy parse behind them. Every future turns running when the child starts its work,
    so a caller that ``cancel``s one successfully knows the child will not do it.
    """

    def __init__(self, model_dir: Path) -> None:
        package_root = str(Path(quotegraph.__file__).resolve().parents[1])
        self.process = subprocess.Popen(
            [sys.executable, "-c", _START, package_root, str(model_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self._numbers = itertools.count()
        self._futures: dict[int, Future[Any]] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self.ended = False
        self._reader = threading.Thread(target=self._read, name="quotegraph-tagger-reader", daemon=True)
        self._reader.start()

    def submit(self, text: str) -> Future[Any]:
        """Queue ``text`` for tagging; ``cancel`` succeeds only while the child has not started it, and tells the
        child to skip it."""
        return self._submit("tag", text)

    def submit_parse(self, lang: str, mode: str, text: str) -> Future[bytes]:
        """Queue a parse of ``text`` with ``load_pipeline(lang, mode)``; the future's result is ``Doc.to_bytes()``
        without the tensor. ``cancel`` succeeds only while the child has not started it."""
        return self._submit("parse", (lang, mode, text))

    def _submit(self, kind: str, payload: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self.ended:
                raise TaggerProcessError(f"the tagger process has stopped (exit code {self.process.poll()})")
            number = next(self._numbers)
            self._futures[number] = future
        future.add_done_callback(lambda done: self._drop(number) if done.cancelled() else None)
        self._send((kind, number, payload))
        return future

    def close(self) -> None:
        """End the child and wait for it: texts not yet answered are cancelled (it finishes the one in hand)."""
        with self._lock:
            pending = list(self._futures.values())
        for future in pending:
            future.cancel()
        if self.process.stdin is not None and not self.process.stdin.closed:
            with contextlib.suppress(OSError):  # a dead child's pipe may fail to flush
                self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=30)

    def _drop(self, number: int) -> None:
        with self._lock:
            self._futures.pop(number, None)
        self._send(("drop", number, None))

    def _send(self, message: tuple[str, int, Any]) -> None:
        assert self.process.stdin is not None
        try:
            with self._write_lock:
                send(self.process.stdin, message)
        except (OSError, ValueError):
            pass  # the child is gone; the reader fails what was pending, and ``submit`` refuses new work

    def _read(self) -> None:
        assert self.process.stdout is not None
        while (message := receive(self.process.stdout)) is not None:
            number, state, value = message
            with self._lock:
                future = self._futures.get(number) if state == _STARTED else self._futures.pop(number, None)
            if future is None:
                continue
            if state == _STARTED:
                future.set_running_or_notify_cancel()
            elif future.running() or future.set_running_or_notify_cancel():
                if state == _DONE:
                    future.set_result(value)
                else:
                    future.set_exception(TaggerProcessError(value))
        code = self.process.wait()
        with self._lock:
            self.ended = True
            left = list(self._futures.values())
            self._futures.clear()
        for future in left:  # some the child had started, the rest not
            if future.running() or future.set_running_or_notify_cancel():
                future.set_exception(TaggerProcessError(f"the tagger process stopped (exit code {code})"))


def serve(model_dir: Path, requests: IO[bytes], replies: IO[bytes]) -> None:
    """The child's loop: answer each request unless it was dropped meanwhile, until ``requests`` ends."""
    from quotegraph.extract.learned.tagger import Tagger

    tagger = Tagger(model_dir, threads=1)
    todo: queue.SimpleQueue[tuple[str, int, Any] | None] = queue.SimpleQueue()
    dropped: set[int] = set()

    def read() -> None:  # reads ahead, so a drop arrives while the request before it is being answered
        while (message := receive(requests)) is not None:
            kind, number, payload = message
            if kind == "drop":
                dropped.add(number)
            else:
                todo.put((kind, number, payload))
        todo.put(None)

    threading.Thread(target=read, daemon=True).start()
    while (item := todo.get()) is not None:
        kind, number, payload = item
        # Requests come in order, so a drop for an earlier number came too late to matter: forget it.
        dropped.difference_update([n for n in dropped if n < number])
        if number in dropped:
            continue
        try:
            send(replies, (number, _STARTED, None))
            if kind == "parse":
                send(replies, (number, _DONE, _parse(*payload)))
            else:
                send(replies, (number, _DONE, tagger.tag(payload)))
        except Exception as exc:  # reported to the caller, which raises it there
            send(replies, (number, _FAILED, f"{type(exc).__name__}: {exc}"))


def _parse(lang: str, mode: str, text: str) -> bytes:
    from quotegraph.extract.api import load_pipeline  # loaded on the first parse: a tagging-only child stays small
    from quotegraph.extract.parse import parse

    return parse(load_pipeline(lang, mode), text).to_bytes(exclude=["tensor"])


def main(model_dir: str) -> None:
    """Entry point of the child process: serve requests from stdin until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt the replies
    serve(Path(model_dir), sys.stdin.buffer, replies)
