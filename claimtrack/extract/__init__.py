"""Extractors: each reads one :class:`~claimtrack.doc.Doc` and returns records.

``attribution`` (claims), ``figures``, ``dates`` and ``names``; each is a set
of registered rules over the lexicon in :mod:`claimtrack.lexicon`.
"""
