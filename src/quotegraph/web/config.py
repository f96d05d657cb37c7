"""The web server's settings and limits: one frozen record, built by ``quotegraph serve`` or by tests."""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.extract.options import ExtractOptions

#: Hits per page when the client does not say.
DEFAULT_PAGE_SIZE = 20
#: The largest page a client may ask for.
MAX_PAGE_SIZE = 100
#: The longest search text accepted, in characters (FTS queries grow with it).
MAX_QUERY_CHARS = 500
#: The longest name, outlet, id or date filter accepted, in characters.
MAX_FIELD_CHARS = 200
#: The longest pagination cursor accepted, in characters.
MAX_CURSOR_CHARS = 120
#: The largest request body accepted (a POSTed article), in bytes; larger bodies get 413.
MAX_BODY_BYTES = 4_000_000
#: How many of a search's newest matches the facets count.
FACET_SAMPLE = 200
#: The most reports a statement page lists.
MAX_REPORTS = 200
#: Seconds the home page reuses its counts over the whole store (counting 1M quotes takes a while).
STATS_TTL = 30.0


#: The names (and addresses) of this machine's loopback interface, as a ``Host`` header writes them.
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


@dataclass(frozen=True)
class WebSettings:
    """How the web app runs.

    Attributes:
        db: Store URL or path; None means ``./quotegraph.db``. The store must exist.
        host: The interface to bind; loopback unless told otherwise.
        port: The TCP port.
        write_token: The bearer token write endpoints require; None disables every write endpoint.
        pool_size: Store connections open at most in each worker process, and so requests reading the store at
            once; others wait their turn in arrival order. A few suffice: Python work holds the GIL, and more
            threads contending for it only make waiting unfair (a long latency tail under load).
        mode: How ``POST /api/articles`` extracts: ``rules``, ``accurate`` or ``fast`` (``ExtractOptions.mode``);
            None for the way most of the store's records were ingested (``Store.recipes``), else the default mode.
    """

    db: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    write_token: str | None = None
    pool_size: int = 4
    mode: str | None = None

    def __post_init__(self) -> None:
        if self.mode is not None:
            ExtractOptions(mode=self.mode)  # an unknown mode fails when the server starts, not at the first write

    @property
    def allowed_hosts(self) -> frozenset[str] | None:
        """The ``Host`` header names a request may carry, or None for any.

        Bound to loopback, the server answers only requests addressed to loopback names: a web page on
        another site cannot reach it through a domain that resolves to 127.0.0.1 (DNS rebinding). Bound to
        another interface on purpose, it answers whatever name it is reached by.
        """
        return LOOPBACK_NAMES if self.host in LOOPBACK_NAMES else None

    @property
    def url(self) -> str:
        """The address the server answers on."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"
