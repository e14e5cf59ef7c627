"""Language data kept apart from the code that reads it.

Generic lexicons (reporting verbs, source nouns, counted things, roles,
qualifiers, months, number words) are plain Python data modules: they load
with the package at no parsing cost in every worker process, and each entry
can carry a comment saying why it is there. Story knowledge (named events
and their equivalents, places, agents) lives in domain files under
``domain/`` as TOML, read with the standard library's ``tomllib``, so a user
can add their own without touching code.
"""
