"""Tests for ``LinkIndex``: incremental linking equals linking from scratch; save and load without pickle."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from quotegraph.link import LinkGold, LinkIndex, LinkOptions, link
from quotegraph.link.persist import load_index

from .conftest import EMBEDDING, EXACT, FUZZY, Q, ids, result


def _same_links(a: LinkIndex, b: LinkIndex) -> None:
    assert a.speaker_links() == b.speaker_links()
    assert a.statement_links() == b.statement_links()


@pytest.mark.parametrize("linker", [EXACT, FUZZY])
def test_incremental_equals_from_scratch_on_gold(gold: LinkGold, linker: str) -> None:
    results = LinkGold.results(gold.articles)
    scratch = LinkIndex(LinkOptions(linker=linker))
    scratch.add(results)
    shuffled = list(results)
    random.Random(3).shuffle(shuffled)
    incremental = LinkIndex(LinkOptions(linker=linker))
    for start in range(0, len(shuffled), 7):
        incremental.add(shuffled[start : start + 7])
    _same_links(incremental, scratch)


def test_incremental_equals_from_scratch_with_encoder(gold: LinkGold, encoder_available: None) -> None:
    results = LinkGold.results(gold.select("dev"))
    scratch = LinkIndex(LinkOptions(linker=EMBEDDING))
    scratch.add(results)
    incremental = LinkIndex(LinkOptions(linker=EMBEDDING))
    for res in reversed(results):
        incremental.add([res])
    _same_links(incremental, scratch)


def test_save_load_and_continue(gold: LinkGold, tmp_path: Path) -> None:
    results = LinkGold.results(gold.articles)
    options = LinkOptions(linker=FUZZY)
    first = LinkIndex(options)
    first.add(results[:40])
    folder = first.save(tmp_path / "index")
    assert sorted(p.name for p in folder.iterdir()) == ["arrays.npz", "index.json"]
    assert json.loads((folder / "index.json").read_text())["format_version"] == "1.0"
    loaded = load_index(folder)
    _same_links(loaded, first)
    loaded.add(results[40:])
    scratch = LinkIndex(options)
    scratch.add(results)
    _same_links(loaded, scratch)


def test_reingest_keeps_ids_and_replaces_changed_articles() -> None:
    old = result("r1", Q("Sergei Volkov", "Gas will flow by Friday."))
    other = result("r2", Q("Sergey Volkov", "Gas will flow by Friday."), outlet="Northern Courier")
    index = LinkIndex(LinkOptions(linker=FUZZY))
    index.add([old, other])
    before = index.statement_links()
    index.add([old, other])
    assert index.statement_links() == before
    changed = result("r1", Q("Sergei Volkov", "Prices will not rise this winter at all."))
    index.add([changed])
    assert ids(old)[0] not in index.speaker_of and ids(changed)[0] in index.speaker_of
    assert index.statement_links() == link([changed, other], LinkOptions(linker=FUZZY)).statements


def test_two_attributions_of_one_content_save_and_load(tmp_path: Path) -> None:
    # one id for both (the id is the content's offsets): the second speaker's mention once outlived its record,
    # and the saved index failed to load, so a store linked everything again on every later run
    base = result("r1", Q("Sergei Volkov", "Gas will flow by Friday."), Q("Anna Lee", "Prices stay."))
    first = base.attributions[0]
    again = replace(first, speaker=replace(first.speaker, name="They"))
    twice = replace(base, attributions=(*base.attributions, again))
    index = LinkIndex(LinkOptions(linker=FUZZY))
    index.add([twice])
    loaded = load_index(index.save(tmp_path / "index"))
    _same_links(loaded, index)
    assert index.speakers[index.speaker_of[first.id]].name == "Sergei Volkov"


def test_load_refuses_other_major_versions(tmp_path: Path) -> None:
    index = LinkIndex(LinkOptions(linker=EXACT))
    index.add([result("v1", Q("Sergei Volkov", "One."))])
    folder = index.save(tmp_path / "ix")
    state = json.loads((folder / "index.json").read_text())
    state["format_version"] = "2.0"
    (folder / "index.json").write_text(json.dumps(state))
    with pytest.raises(ValueError, match="format"):
        load_index(folder)


def test_add_reports_what_changed() -> None:
    index = LinkIndex(LinkOptions(linker=FUZZY))
    first = index.add([result("k1", Q("Sergei Volkov", "Gas will flow by Friday."))])
    assert len(first.speakers_changed) == 1 and len(first.statements_changed) == 1
    second = index.add([result("k2", Q("Sergey Volkov", "Gas will flow by Friday."), outlet="Northern Courier")])
    assert second.speakers_changed == first.speakers_changed
    # the earliest report (k1) is unchanged, so the statement keeps its id and gains a report
    assert second.statements_changed == first.statements_changed and second.statements_removed == ()
    assert len(index.statements[first.statements_changed[0]].attribution_ids) == 2
