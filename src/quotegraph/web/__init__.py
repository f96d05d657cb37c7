"""The web UI and REST API: pages with JSON twins over a store (``create_app``, ``serve``, ``get``)."""

from quotegraph.web.config import WebSettings
from quotegraph.web.serve import Reply, create_app, get, serve

__all__ = ["Reply", "WebSettings", "create_app", "get", "serve"]
