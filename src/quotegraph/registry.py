"""The registries through which readers, stores, exporters, linkers, scorers and finders are chosen by name."""

from __future__ import annotations

import catalogue

readers = catalogue.create("quotegraph", "readers", entry_points=True)
stores = catalogue.create("quotegraph", "stores", entry_points=True)
exporters = catalogue.create("quotegraph", "exporters", entry_points=True)
linkers = catalogue.create("quotegraph", "linkers", entry_points=True)
scorers = catalogue.create("quotegraph", "scorers", entry_points=True)
finders = catalogue.create("quotegraph", "finders", entry_points=True)
