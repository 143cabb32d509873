"""HTML and Markdown to plain text with the block structure kept as line breaks.

A table row stays one line with its cells apart: `<td>`/`<th>` cells are joined by a tab
(and `<dt>Label</dt><dd>Value</dd>` likewise), which is one of the row shapes
`index.extract.layout.tables` reads. The standard library's HTMLParser does this at ~1 MB/s,
well under the rest of indexing, and keeps the package free of a native HTML dependency.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

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
        self.after_term = False  # a <dt> just closed: its <dd> stays on the same line

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in CELL_TAGS:
            if self.cells:
                self.parts.append("\t")
            self.cells += 1
        elif tag in ROW_TAGS:  # one line each, no blank line between: one table block
            self.cells = 0
            self.parts.append("\t" if tag == "dd" and self.after_term else "\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "li" else "\n- ")
        self.after_term = False

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "dt":
            self.after_term = True
        elif tag in ROW_TAGS:
            self.cells = 0
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))
            if self.after_term and data.strip():
                self.after_term = False


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [_strip_line(line) for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _strip_line(line: str) -> str:
    """Spaces around a line go; tabs between cells stay, and so does an empty first cell."""
    line = line.strip(" \r\f\v")
    return line if line.strip("\t") else ""


MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)  # [ \t], not \s: a heading keeps the blank lines around it
MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\w)_(?!\s))")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def markdown_to_text(markdown: str) -> str:
    text = markdown.replace("\r\n", "\n")
    text = MD_HEADING.sub(r"\1", text)
    text = MD_LINK.sub(r"\1", text)
    return MD_EMPHASIS.sub("", text)
