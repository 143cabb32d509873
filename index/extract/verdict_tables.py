"""Critics' verdicts in a table: "| Critic | Outlet | Rating | Quote |", a verdict a row.

The columns are found by their headers' first words (speakers.py names them); a quote column
headed otherwise ("In a line") by its cells, which are quotations. A scale one rating cell states
("★★★★ (out of four)") holds for the column's bare stars.
"""
from __future__ import annotations

from .layout import tables
from .patterns import Found, mentions
from .ratings import STAR_RATING, header_scale, normalise_rating
from .signatures import is_critic_name, outlet_case
from .speakers import CRITIC_COLUMN, OUTLET_COLUMN, QUOTE_COLUMN, RATING_COLUMN


def verdict_tables(text: str) -> list[Found]:
    """"| Critic | Outlet | Rating |": a verdict a row."""
    if not mentions(text, "|", "\t", "  "):
        return []
    found = []
    for table in tables(text):
        rating_col = header_column(table.header, RATING_COLUMN)
        critic_col = header_column(table.header, CRITIC_COLUMN)
        outlet_col = header_column(table.header, OUTLET_COLUMN)
        if rating_col is None or (critic_col is None and outlet_col is None):
            continue
        quote_col = header_column(table.header, QUOTE_COLUMN)
        if quote_col is None:
            quote_col = quoted_column(table, {rating_col, critic_col, outlet_col})
        scale = header_scale(table.header[rating_col])  # "Score (out of 100)": its cells are bare numbers
        # a scale one cell states holds for the column: "★★★★ (out of four)" above a bare "★★½"
        stated = scale or next((s for row in table.rows if len(row.cells) > rating_col
                                and (s := header_scale(row.cells[rating_col]))), None)
        for row in table.rows:
            if len(row.cells) != len(table.header):
                continue
            cell = row.cells[rating_col]
            if stated and not scale and not header_scale(cell) and STAR_RATING.search(cell):
                cell = f"{cell} (out of {stated})"
            read = normalise_rating(cell, bare_grade=True, scale=scale, cell=True)
            critic = row.cells[critic_col].strip() if critic_col is not None else None
            outlet = row.cells[outlet_col].strip() if outlet_col is not None else None
            if critic and not is_critic_name(critic):
                critic = None
            if not read or not (critic or outlet):
                continue
            fields = {"critic": critic, "outlet": outlet and outlet_case(outlet), "rating": read[0], "rating_text": read[1]}
            quote = row.cells[quote_col].strip().strip("“”\"") if quote_col is not None else ""
            found.append(Found(row.offset, "verdict", fields | ({"quote": quote} if len(quote.split()) >= 3 else {})))
    return found


def quoted_column(table, taken: set[int | None]) -> int | None:
    """A column headed otherwise ("In a line") whose cells are mostly quotations: the quote's."""
    for i in range(len(table.header)):
        cells = [row.cells[i].strip() for row in table.rows if len(row.cells) > i]
        quoted = [c for c in cells if c[:1] in "\"“" and len(c.split()) >= 3]
        if i not in taken and cells and 2 * len(quoted) >= len(cells):
            return i
    return None


def header_column(header: tuple[str, ...], names: frozenset[str]) -> int | None:
    """The first column whose header's first word names one of `names` ("Score as printed")."""
    for i, cell in enumerate(header):
        words = cell.replace("/", " ").split()
        if words and words[0] in names:
            return i
    return None
