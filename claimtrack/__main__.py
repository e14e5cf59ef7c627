"""``python -m claimtrack``: the same as the ``claimtrack`` command."""

from .cli import main

if __name__ == "__main__":  # pragma: no cover
    main(prog_name="claimtrack")
