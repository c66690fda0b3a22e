"""``python -m minutes_rag.cli``: the same as the ``minutes-rag`` script."""

from . import main

main()
