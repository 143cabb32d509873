"""Fixtures for the index tests: the real seed documents and simple passages over them."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.extract import extract_facts
from index.models import Document
from index_support import make_document, make_passages

SEED_DIR = Path(__file__).resolve().parents[2] / "corpus" / "parallel-mothers"


def facts_in(document: Document, kind: str) -> list:
    return [f for f in extract_facts(document, make_passages(document)) if f.kind == kind]


@pytest.fixture(scope="session")
def seeds() -> dict[str, Document]:
    """The five seed documents keyed by their number: "000" ... "004"."""
    return {
        path.name[:3]: make_document(path.read_text(encoding="utf-8"), name=path.name)
        for path in sorted(SEED_DIR.glob("*.txt"))
    }


@pytest.fixture(scope="session")
def facts_of():
    """facts_of(document_or_text, kind, film=...) -> the facts of that kind extracted from it."""
    def extract(source: Document | str, kind: str, film: str = "some-film") -> list:
        document = source if isinstance(source, Document) else make_document(source, film=film)
        return facts_in(document, kind)
    return extract
