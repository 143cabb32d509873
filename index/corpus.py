"""The corpus as the rest of FilmBot sees it: one folder per film with film.toml and documents.

Reading one file is `index.documents`'s, walking the corpus `index.scan`'s; this module names what
the answer engine and the uploads use of both, so they need not know which module holds what.
"""
from __future__ import annotations

from index.documents import (
    DOCUMENT_SUFFIXES, FILM_FILE, INVISIBLE, DocumentError, decode, load_film, parse_document, read_inside,
    split_front_matter,
)
from index.scan import Corpus, code_version, corpus_fingerprint, load_corpus

__all__ = [
    "DOCUMENT_SUFFIXES", "FILM_FILE", "INVISIBLE", "Corpus", "DocumentError", "code_version", "corpus_fingerprint",
    "decode", "load_corpus", "load_film", "parse_document", "read_inside", "split_front_matter",
]
