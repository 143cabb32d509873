"""Corpus loading, passage splitting, fact extraction, the Whoosh index and search.

Nothing here imports `bot`: data flows corpus -> index -> answer engine -> front ends.

    documents.py    one film.toml or document file, read and checked
    scan.py         the one walk of the corpus (films, documents, fingerprint, load_corpus)
    corpus.py       the corpus names the rest of FilmBot uses (from documents and scan)
    markup.py, passages.py, analysis.py, extract/   text, passages, terms, facts
    layout.py       the index folder: generations, CURRENT, the lock, the facts store, reading one
    manifest.py     what an update starts from, and the plan of what changed
    build.py        writing a generation (full, in workers when large, or an update)
    workers.py      build worker processes; children stopping with their parent
    store.py        build_index: lock, scan, plan, write, switch, prune
    build_process.py  a build in a child process of the bot
    whoosh_ext.py   every use of Whoosh's internals, behind an explicit install()
    search.py       the served generation: searches, passages, facts
    uploads.py      a document added from an upload
"""
