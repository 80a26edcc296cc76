"""HTML -> blocks, with lxml: the visible text of the page's content, by block.

Scripts, styles, navigation, the site's header and footer and forms are not
part of a referat. When the page marks its content (<main>, <article>, or an
element with role="main"), only that is read. Headings (<h1>-<h6>) keep their
level; a paragraph that is bold as a whole (<strong>/<b>) is marked bold;
ordered lists get their printed numbers; table rows become one line each with
tab-separated cells.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from minutes.parsing.types import MinutesError
from minutes.readers.document import HTML, Block, SourceDocument, render, squash

_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "svg",
        "iframe",
        "head",
        "title",
        "meta",
        "link",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "hr",
        "details",
        "summary",
        "body",
        "html",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOLD = frozenset({"strong", "b"})


def read_html(text: str) -> SourceDocument:
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise MinutesError(f"the HTML page cannot be read: {error}") from None
    content = _content_root(root)
    collector = _Collector()
    collector.walk(content)
    collector.flush()
    return SourceDocument(HTML, "html", render(collector.blocks))


def _content_root(root):
    for path in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(path)
        if found:
            # Several articles: the one with the most text is the referat.
            return max(found, key=lambda element: len(element.text_content()))
    body = root.find("body")
    return body if body is not None else root


class _Collector:
    def __init__(self):
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.bold_chars = 0
        self.heading = 0
        self.prefix = ""
        self.cell_depth = 0
        self.after_term = False

    def flush(self) -> None:
        if not self.parts:
            self.heading, self.prefix = 0, ""
            return
        text = squash("".join(self.parts))
        if text:
            bold = self.bold_chars >= len("".join(text.split()))
            if self.prefix:
                text = f"{self.prefix} {text}"
            self.blocks.append(
                Block(text, heading=self.heading, bold=bold, paragraph_start=True)
            )
        self.parts, self.bold_chars, self.heading, self.prefix = [], 0, 0, ""

    def add(self, text: str | None, bold: bool) -> None:
        if text:
            self.parts.append(text)
            if bold:
                self.bold_chars += len("".join(text.split()))

    def walk(self, element, bold: bool = False) -> None:
        """Collect the text of `element`; the caller adds its tail."""
        if not isinstance(element.tag, str):
            return  # a comment or processing instruction
        tag = element.tag.lower()
        if tag in _SKIPPED or element.get("hidden") is not None:
            return
        if tag == "a" and _is_page_jump(element):
            return  # "Til toppen ↑": navigation inside the page
        if tag == "br":
            self.flush()
            return
        if tag == "dd" and self.parts and self.after_term:
            # "<dt>Sagsnr.</dt><dd>24/1234</dd>": one "label: value" line.
            self.parts.append(": ")
            self.after_term = False
            self.add(element.text, bold)
            for child in element:
                self.walk(child, bold)
                self.add(child.tail, bold)
            self.flush()
            return
        block = tag in _BLOCKS and (not self.cell_depth or tag in ("tr", "table"))
        if tag in _BLOCKS and not block and self.parts:
            self.parts.append(" ")  # a paragraph inside a table cell
        if block:
            self.flush()
            self.heading = _HEADINGS.get(tag, 0)
            if tag == "li":
                self.prefix = _list_label(element)
        cell = tag in ("td", "th")
        if cell:
            if self.parts:
                self.parts.append("\t")
            self.cell_depth += 1
        inner_bold = bold or tag in _BOLD
        self.add(element.text, inner_bold)
        for child in element:
            self.walk(child, inner_bold)
            self.add(child.tail, inner_bold)
        if cell:
            self.cell_depth -= 1
        if tag == "dt":
            self.after_term = True  # the definition follows on the same line
            return
        if block:
            self.flush()


# A link to a place in the same page with this little text is navigation.
_MAX_JUMP_TEXT = 20


def _is_page_jump(link) -> bool:
    href = (link.get("href") or "").strip()
    return href.startswith("#") and len(link.text_content().strip()) <= _MAX_JUMP_TEXT


def _list_label(item) -> str:
    parent = item.getparent()
    if parent is None or parent.tag not in ("ol", "ul"):
        return ""
    if parent.tag == "ul":
        return "-"
    start = parent.get("start")
    number = int(start) if start and start.isascii() and start.isdigit() else 1
    for sibling in parent:
        if sibling is item:
            break
        if sibling.tag == "li":
            number += 1
    return f"{number}."
