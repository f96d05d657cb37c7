"""The request dependencies' helpers: ``Memo`` (the home page's store counts) and ``StorePool``."""

from __future__ import annotations

import asyncio

from quotegraph.web.deps import Memo, StorePool


def test_memo_computes_once_within_its_ttl() -> None:
    memo = Memo(ttl=60.0)
    calls: list[int] = []
    assert memo.fresh() is None
    assert memo.get(lambda: calls.append(1) or "counts") == "counts"
    assert memo.get(lambda: calls.append(1) or "other") == "counts"
    assert memo.fresh() == "counts" and len(calls) == 1


def test_memo_recomputes_when_stale() -> None:
    memo = Memo(ttl=0.0)
    assert memo.get(lambda: 1) == 1
    assert memo.fresh() is None
    assert memo.get(lambda: 2) == 2


def test_pool_lends_at_most_size_stores_and_reuses_them(web_db: str) -> None:
    pool = StorePool(web_db, size=2)

    async def borrow_three() -> int:
        lent = 0
        async with pool.lend() as first, pool.lend() as second:
            assert first is not second
            lent = 2
            waiting = asyncio.ensure_future(_borrow(pool))
            await asyncio.sleep(0.05)
            assert not waiting.done()  # a third request waits while both stores are lent
        await waiting
        return lent + 1

    assert asyncio.run(borrow_three()) == 3
    pool.close()


async def _borrow(pool: StorePool) -> None:
    async with pool.lend() as store:
        assert store.stats().articles >= 1
