"""HTML and Markdown to plain text with the block structure kept as line breaks.

A table row stays one line with its cells apart: `<td>`/`<th>` cells are joined by a tab
(and `<dt>Label</dt><dd>Value</dd>` likewise), which is one of the row shapes
`index.extract.layout.tables` reads. The standard library's HTMLParser does this at ~1 MB/s,
well under the rest of indexing, and keeps the package free of a native HTML dependency.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Marks the start of a line the markup itself calls a heading (Markdown "#", HTML <h1>-<h6>), so
# the passage splitter need not guess it; a private-use character, which no document holds and
# which str.strip() keeps (it is not white space, unlike the ASCII separators).
HEADING_MARK = "\ue000"
BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
              "article", "header", "footer", "blockquote", "ul", "ol", "table", "dl", "hr"}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg"}
CELL_TAGS = {"td", "th"}
ROW_TAGS = {"tr", "dt", "dd"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.cells = 0  # cells opened in the current table row
        self.in_cell = False  # inside <td>/<th>: a <br> or a paragraph there is a space, not a new row
        self.after_term = False  # a <dt> just closed: its <dd> stays on the same line

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in CELL_TAGS:
            if self.cells:
                self.parts.append("\t")
            self.cells += 1
            self.in_cell = True
        elif tag in ROW_TAGS:  # one line each, no blank line between: one table block
            self.cells, self.in_cell = 0, False
            self.parts.append("\t" if tag == "dd" and self.after_term else "\n")
        elif tag == "br" and self.in_cell:
            self.parts.append("; ")  # a cell's lines are its items: "Peter Sallis<br>Ralph Fiennes"
        elif tag in BLOCK_TAGS and self.in_cell and tag not in ("table", "ul", "ol", "li"):
            self.parts.append(" ")  # "Nominated<p>lost to X</p>" stays in its cell
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "li" else "\n- ")
            if tag in HEADING_TAGS:
                self.parts.append(HEADING_MARK)
        self.after_term = False

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "dt":
            self.after_term = True
        elif tag in CELL_TAGS:
            self.in_cell = False
        elif tag in ROW_TAGS:
            self.cells, self.in_cell = 0, False
        elif tag in BLOCK_TAGS and self.in_cell and tag not in ("table", "ul", "ol", "li"):
            self.parts.append(" ")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))
            if self.after_term and data.strip():
                self.after_term = False


class _HeadReader(HTMLParser):
    """What a page says about itself: <title>, <meta> names and properties, and the text of the
    first element marked as a byline (class "byline"/"author", itemprop or rel "author")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self.capture: list[str] | None = None  # text of the element being read
        self.key = ""
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
            if name and attrs.get("content", "").strip():
                self.found.setdefault(f"meta:{name}", " ".join(attrs["content"].split()))
            return
        if self.capture is not None:
            self.depth += tag not in VOID_TAGS
            return
        marks = attrs.get("class", "").lower().split() + [attrs.get("itemprop", "").lower(), attrs.get("rel", "").lower()]
        if tag == "title":
            self.key = "title"
        elif any(m.startswith(("byline", "author")) or m.endswith(("byline", "author")) for m in marks if m):
            self.key = "byline"
        else:
            return
        if self.key not in self.found:
            self.capture, self.depth = [], 0

    def handle_endtag(self, tag):
        if self.capture is None:
            return
        if self.depth:
            self.depth -= 1
            return
        text = " ".join("".join(self.capture).split())
        if text:
            self.found[self.key] = text
        self.capture = None

    def handle_data(self, data):
        if self.capture is not None:
            self.capture.append(data)


VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed"}


def html_head(html: str) -> dict[str, str]:
    """{"title": ..., "byline": ..., "meta:author": ..., "meta:og:site_name": ...}: the page's own
    labels, as printed; index.extract.metadata reads them as author and source."""
    reader = _HeadReader()
    reader.feed(html)
    reader.close()
    return reader.found


# Wikipedia's furniture in running text: reference markers ("98 minutes[2]", "award.[11]", "[a]",
# "[note 3]", "[citation needed]") and a heading's "[edit]" link, each attached to the word before
# it. Digits up to three, one lower-case letter: "[A]" or "[1999]" are text; a table's Ref. cell
# ("\t[2]") keeps its marker, so the row keeps its cells.
REFERENCE_MARK = re.compile(r"(?<=\S)\[(?:\d{1,3}|[a-z]|(?i:note|nb|n) ?\d{1,3}|(?i:citation needed|clarification needed|edit|update))\]")


def strip_reference_marks(text: str) -> str:
    return REFERENCE_MARK.sub("", text) if "[" in text else text


def structured_text(body: str, markup: str) -> tuple[str, list[int]]:
    """Plain text and the numbers (from 0) of the lines that the markup marks as headings."""
    if markup == "html":
        text = _html_text(body)
    elif markup == "markdown":
        text = _markdown_text(body)
    else:  # plain text, often a wiki page pasted from a browser: "Awards[12]", "Cast[edit]"
        return strip_reference_marks(body.replace("\r\n", "\n")), []
    if HEADING_MARK not in text:
        return text, []
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if HEADING_MARK in line and line.replace(HEADING_MARK, "").strip()]
    return text.replace(HEADING_MARK, ""), headings


def html_to_text(html: str) -> str:
    return _html_text(html).replace(HEADING_MARK, "")


def _html_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [_strip_line(line) for line in strip_reference_marks("".join(parser.parts)).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _strip_line(line: str) -> str:
    """Spaces around a line go; tabs between cells stay, and so does an empty first cell."""
    line = line.strip(" \r\f\v")
    return line if line.strip("\t") else ""


MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)  # [ \t], not \s: a heading keeps the blank lines around it
MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\w)_(?!\s))")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# "*Green Book*" at the end of a cell or sentence: both stars go, not only the opening one.
MD_STAR_SPAN = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")


def markdown_to_text(markdown: str) -> str:
    return _markdown_text(markdown).replace(HEADING_MARK, "")


def _markdown_text(markdown: str) -> str:
    text = markdown.replace("\r\n", "\n")
    text = MD_HEADING.sub(HEADING_MARK + r"\1", text)
    text = strip_reference_marks(MD_LINK.sub(r"\1", text))
    text = MD_STAR_SPAN.sub(r"\1", text)
    return MD_EMPHASIS.sub("", text)
