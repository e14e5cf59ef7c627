"""Flag figures, dates and name spellings that disagree across articles. Pure.

The comparator reads records only (never article text): what a figure
counts, the event a date dates and the names an article spells were read
once at extraction (``extract/quantities.py``, ``extract/events.py``,
``extract/names.py``). :mod:`.engine` blocks the records by their quantity
identity and runs one rule per conflict kind (:mod:`.rules`).
"""

from __future__ import annotations

from .bounds import granularity, readings
from .engine import Records, block_keys, find_conflicts

__all__ = ["Records", "block_keys", "find_conflicts", "granularity", "readings"]
