"""Corpus loading, passage splitting, fact extraction, the Whoosh index and search.

Nothing here imports `bot`: data flows corpus -> index -> answer engine -> front ends.
"""
