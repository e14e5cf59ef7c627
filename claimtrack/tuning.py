"""Named tuning constants: every window, look-back and threshold in one place.

Each constant says what it changes; each has a test that shows the
behaviour on both sides of it. Modules import them from here rather than
writing the number inline.
"""

from __future__ import annotations

# --- attribution ------------------------------------------------------------

# --- figures and dates --------------------------------------------------------

# --- comparator ----------------------------------------------------------------

# --- review and the desk ---------------------------------------------------------
