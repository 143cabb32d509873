"""FilmBot's benchmark: a synthetic corpus at any scale and the measurements taken over it.

Run `python3 -m bench.run --films 10,1000,10000` (see bench/README.md).
"""
