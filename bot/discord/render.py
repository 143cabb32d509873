"""Turn engine answers into Discord messages that always fit Discord's limits.

Everything here except `AnswerPager` is a pure function of its arguments, so it can be unit-tested
without a connection. Discord rejects (50035) any message over its limits, so every piece of text
passes through `truncate` with the limit of the place it goes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import discord

from bot.answer.models import Answer, Source

# Discord's documented message and embed limits.
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000

ELLIPSIS = "…"
ITEMS_PER_PAGE = 12
ITEM_LIMIT = 300  # one list line; longer lines are truncated so a page holds several
SNIPPET_LIMIT = 300
MAX_SOURCE_FIELDS = 5
PAGER_TIMEOUT_SECONDS = 300.0

INTENT_COLOURS: dict[str, int] = {
    "plot": 0x9B59B6,
    "cast": 0x3498DB,
    "crew": 0x1ABC9C,
    "awards": 0xF1C40F,
    "critics": 0xE67E22,
    "facts": 0x2ECC71,
    "general": 0x5865F2,
}
NOT_FOUND_COLOUR = 0x95A5A6

INTENT_LABELS: dict[str, str] = {
    "plot": "Plot",
    "cast": "Cast",
    "crew": "Crew",
    "awards": "Awards",
    "critics": "Critics",
    "facts": "Facts",
    "general": "Answer",
}

_WHITESPACE = re.compile(r"\s")


def truncate(text: str, limit: int) -> str:
    """Shorten `text` to at most `limit` characters, cutting on a word boundary and adding "…".

    A single word longer than the limit is cut mid-word, but still ends in "…" so a reader sees it
    was cut.
    """
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    room = limit - len(ELLIPSIS)
    cut = text[:room]
    if not text[room].isspace():
        last_space = max((m.start() for m in _WHITESPACE.finditer(cut)), default=-1)
        if last_space > 0:
            cut = cut[:last_space]
    return cut.rstrip() + ELLIPSIS


def escape_user_text(text: str) -> str:
    """Neutralise text a member typed before echoing it: no markdown tricks, no mention syntax.

    Mentions could not ping anyway (the bot sends with AllowedMentions.none()), but an echoed
    "@everyone" should not even look like one.
    """
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def neutralise_mentions(text: str) -> str:
    """Corpus text keeps its markdown but loses mention syntax."""
    return discord.utils.escape_mentions(text)


def hide_spoiler(text: str) -> str:
    """Wrap in Discord spoiler bars; bars inside the text are escaped so the wrap stays intact."""
    if not text:
        return text
    return "||" + text.replace("||", "\\|\\|") + "||"


def _spoiler_budget(limit: int) -> int:
    # Room for "||" on each side; escaping "||" may lengthen the text, handled by the caller.
    return limit - 4


def _show(text: str, limit: int, *, hidden: bool) -> str:
    """Truncate for `limit`, then hide it if it's a spoiler, staying within `limit` either way."""
    if not hidden:
        return truncate(text, limit)
    budget = _spoiler_budget(limit)
    shown = hide_spoiler(truncate(text, budget))
    while len(shown) > limit:  # escaped bars grew the text: shrink until it fits
        budget -= len(shown) - limit
        shown = hide_spoiler(truncate(text, budget))
    return shown


def answer_title(answer: Answer, asked: str | None = None) -> str:
    """Film + what was asked: "Parallel Mothers — Cast", or the member's own question."""
    film = answer.film or ("Film not found" if not answer.found else "FilmBot")
    what = escape_user_text(asked) if asked else INTENT_LABELS.get(answer.intent, "Answer")
    return truncate(f"{escape_user_text(film)} — {what}", TITLE_LIMIT)


def answer_colour(answer: Answer) -> int:
    if not answer.found:
        return NOT_FOUND_COLOUR
    return INTENT_COLOURS.get(answer.intent, INTENT_COLOURS["general"])


def paginate_items(items: Sequence[str], per_page: int = ITEMS_PER_PAGE,
                   page_chars: int = DESCRIPTION_LIMIT // 2) -> list[list[str]]:
    """Split list lines into pages of at most `per_page` lines and about `page_chars` characters."""
    pages: list[list[str]] = []
    current: list[str] = []
    used = 0
    for item in items:
        line = "• " + truncate(neutralise_mentions(item), ITEM_LIMIT)
        if current and (len(current) >= per_page or used + len(line) + 1 > page_chars):
            pages.append(current)
            current, used = [], 0
        current.append(line)
        used += len(line) + 1
    if current:
        pages.append(current)
    return pages


# A URL a link can hold whole: one token, no brackets that would end the link early and leave the
# rest (a document's "https://x (@everyone") as text that pings.
LINKABLE = re.compile(r"https?://[^\s()<>@\[\]]+")


def source_field(source: Source) -> tuple[str, str]:
    """One source as an embed field: who said it, and a snippet with a link."""
    # Discord rejects a field whose name or value is blank (white space only counts as blank).
    name_parts = [p for p in (source.source, source.author) if p and p.strip()]
    name = " — ".join(name_parts) or source.document.strip() or "Source"
    value_parts = []
    if source.snippet:
        value_parts.append(f"“{truncate(neutralise_mentions(source.snippet), SNIPPET_LIMIT)}”")
    if source.url and LINKABLE.fullmatch(source.url) and len(source.url) < 500:
        value_parts.append(f"[Read the source]({source.url})")
    value = "\n".join(p for p in value_parts if p) or f"`{source.document}`"
    return truncate(neutralise_mentions(name), FIELD_NAME_LIMIT), truncate(value, FIELD_VALUE_LIMIT)


def _description(answer: Answer, page_lines: list[str], first_page: bool, hidden: bool) -> str:
    parts = []
    if first_page and answer.answer:
        parts.append(neutralise_mentions(answer.answer))
    if page_lines:
        parts.append("\n".join(page_lines))
    body = "\n\n".join(parts) or "No answer."
    return _show(body, DESCRIPTION_LIMIT, hidden=hidden)


def _footer(answer: Answer, page: int, pages: int, hidden: bool, dropped_sources: int) -> str:
    notes = []
    if pages > 1:
        notes.append(f"Page {page}/{pages}")
    if hidden:
        notes.append("Contains spoilers: click the hidden text to reveal it")
    if dropped_sources:
        notes.append(f"+{dropped_sources} more source{'s' if dropped_sources != 1 else ''}")
    return truncate(" · ".join(notes), FOOTER_LIMIT)


def _fit_total(embed: discord.Embed) -> int:
    """Drop source fields from the end until the embed is within 6,000 characters; say how many."""
    dropped = 0
    while len(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
        dropped += 1
    if len(embed) > EMBED_TOTAL_LIMIT and embed.description:
        excess = len(embed) - EMBED_TOTAL_LIMIT
        embed.description = truncate(embed.description, len(embed.description) - excess)
    return dropped


def _set_footer_within_total(embed: discord.Embed, answer: Answer, page: int, pages: int,
                             hidden: bool, unshown: int) -> None:
    """Footer last: it counts the sources that had to go to keep the embed within 6,000."""
    dropped = _fit_total(embed)
    while True:
        footer = _footer(answer, page, pages, hidden, unshown + dropped)
        embed.set_footer(text=footer or None)
        more = _fit_total(embed)
        if not more:
            return
        dropped += more


def render_answer(answer: Answer, *, reveal_spoilers: bool = False,
                  asked: str | None = None) -> list[discord.Embed]:
    """Render an answer as one embed per page, each within Discord's limits.

    Spoiler answers are hidden behind `||…||` unless the member asked for spoilers. Long lists
    (`answer.items`) are split across pages; sources go in fields on every page.
    """
    hidden = answer.spoiler and not reveal_spoilers
    item_pages = paginate_items(answer.items) or [[]]
    title = answer_title(answer, asked)
    colour = answer_colour(answer)
    sources = list(answer.sources)[:MAX_SOURCE_FIELDS]
    embeds = []
    for number, lines in enumerate(item_pages, start=1):
        embed = discord.Embed(title=title, colour=colour,
                              description=_description(answer, lines, number == 1, hidden))
        candidates = [c for c in answer.candidates[:10] if c.strip()]  # blank: Discord rejects it
        if candidates and not answer.found:
            names = ", ".join(escape_user_text(c) for c in candidates)
            embed.add_field(name="Did you mean", value=truncate(names, FIELD_VALUE_LIMIT),
                            inline=False)
        for source in sources:
            name, value = source_field(source)
            embed.add_field(name=name, value=value, inline=False)
        _set_footer_within_total(embed, answer, number, len(item_pages), hidden,
                                 unshown=len(answer.sources) - len(sources))
        embeds.append(embed)
    return embeds


def render_text(text: str) -> str:
    """Plain message content within the 2,000-character limit, mentions neutralised."""
    return truncate(neutralise_mentions(text), CONTENT_LIMIT)


def embed_within_limits(embed: discord.Embed) -> bool:
    """Whether Discord would accept this embed; used by tests and as a last-line assertion."""
    return (
        len(embed.title or "") <= TITLE_LIMIT
        and len(embed.description or "") <= DESCRIPTION_LIMIT
        and len(embed.fields) <= FIELD_COUNT_LIMIT
        and all(len(f.name or "") <= FIELD_NAME_LIMIT and len(f.value or "") <= FIELD_VALUE_LIMIT
                for f in embed.fields)
        and len(embed.footer.text or "") <= FOOTER_LIMIT
        and len(embed) <= EMBED_TOTAL_LIMIT
    )


class AnswerPager(discord.ui.View):
    """Previous/next buttons over rendered pages; only the member who asked may turn them."""

    def __init__(self, pages: Sequence[discord.Embed], asker_id: int,
                 timeout: float = PAGER_TIMEOUT_SECONDS) -> None:
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.asker_id = asker_id
        self.index = 0
        self.message: discord.Message | discord.InteractionMessage | None = None
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(
            "Only the member who asked can turn these pages; ask your own question to get yours.",
            ephemeral=True,
        )
        return False

    async def _show_page(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show_page(interaction, self.index - 1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await self._show_page(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        # Grey the buttons out so nobody clicks a dead control; the message may be gone already.
        for child in self.children:
            if isinstance(child, discord.ui.Button):
                child.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                pass
