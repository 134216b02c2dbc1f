"""Demo data: a realistic, consistent database to try the product on and to measure it with.

:func:`build_demo` fills a database (empty or not) with the two kinds of customers the product
is made for, mixed: retail outlets looked after by a tobacco company's account managers
(~80%: 烟酒店, 便利店, 超市... in a handful of trade zones of 十堰 and 襄阳), and the members of
a mother-and-baby store (~20%) looked after by its staff. Around them: contacts, two years of
visits and follow-ups, transactions with festival seasonality, member cards with points,
SWOT account plans after the source's 明佳烟酒 example [001/篇4], a few metric snapshots and
message templates.

Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``: the
same seed and day give exactly the same rows. The whole build is one transaction; the
``progress`` callback can cancel it, and then nothing of it is kept. It is loaded in bulk
(indexes and UUIDs made once at the end, see :mod:`.build`); 100,000 customers take about
three and a half minutes of one core here (docs/NOTES.md), a million about ten times that.

The modules: :mod:`.build` (the transaction, chunks, progress and cancel), :mod:`.context`
(what the generators share: random stream, calendar, codes, the chunk's rows), the generators
:mod:`.staff`, :mod:`.outlets`, :mod:`.members`, :mod:`.visits`, :mod:`.sales` and :mod:`.plans`,
and their material: :mod:`.pools` (people and places) and :mod:`.draw` (weighted random choices).
"""

from __future__ import annotations

from desktop_crm.domain.demo.build import DemoCancelled, DemoSummary, build_demo

__all__ = ["DemoCancelled", "DemoSummary", "build_demo"]
