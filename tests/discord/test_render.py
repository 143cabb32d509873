"""Rendering answers into Discord messages: limits, spoilers, pages, truncation, echoed text."""
from __future__ import annotations

import asyncio

import pytest

from bot.answer.models import Answer, Source
from bot.discord.render import (
    CONTENT_LIMIT, DESCRIPTION_LIMIT, ELLIPSIS, EMBED_TOTAL_LIMIT, AnswerPager, answer_title,
    embed_within_limits, escape_user_text, hide_spoiler, paginate_items, render_answer,
    render_text, truncate,
)


def answer(**fields) -> Answer:
    defaults = dict(question="who plays Ana?", film="Parallel Mothers", intent="cast", found=True,
                    answer="Milena Smit plays Ana.")
    return Answer(**{**defaults, **fields})


def source(n: int, snippet: str = "A snippet.") -> Source:
    return Source(film="Parallel Mothers", document=f"parallel-mothers/{n:03}.txt",
                  source=f"Outlet {n}", author=f"Critic {n}", url=f"https://example.com/{n}",
                  snippet=snippet)


# -- truncate ---------------------------------------------------------------------------------

def test_truncate_leaves_short_text_alone():
    assert truncate("short text", 100) == "short text"
    assert truncate("exactly", 7) == "exactly"


def test_truncate_cuts_on_a_word_boundary_with_an_ellipsis():
    text = "the quick brown fox jumps over the lazy dog"
    cut = truncate(text, 20)
    assert len(cut) <= 20
    assert cut.endswith(ELLIPSIS)
    assert cut == "the quick brown fox" + ELLIPSIS
    assert text.startswith(cut[:-1])


def test_truncate_never_leaves_half_a_word_without_ellipsis():
    text = "alpha beta gamma delta epsilon zeta eta theta"
    words = set(text.split())
    for limit in range(2, len(text)):
        cut = truncate(text, limit)
        assert len(cut) <= limit
        assert cut.endswith(ELLIPSIS)
        body = cut[:-1].split()
        # every word shown whole, except a single over-long first word cut with the ellipsis
        assert all(w in words for w in body) or len(body) == 1


def test_truncate_a_single_long_word_still_fits_and_says_so():
    cut = truncate("x" * 500, 100)
    assert len(cut) == 100 and cut.endswith(ELLIPSIS)


def test_truncate_tiny_limits():
    assert truncate("hello world", 0) == ""
    assert len(truncate("hello world", 1)) == 1


# -- limits -----------------------------------------------------------------------------------

def test_huge_answer_fits_every_limit():
    huge = answer(
        question="q" * 5000,
        film="F" * 400,
        answer=("word " * 3000).strip(),
        items=[("item " * 200).strip() for _ in range(300)],
        sources=[source(n, snippet="s " * 2000) for n in range(40)],
        candidates=["c" * 300] * 40,
        found=True,
    )
    pages = render_answer(huge, asked=huge.question)
    assert len(pages) > 1
    for embed in pages:
        assert embed_within_limits(embed), embed.to_dict()
        assert len(embed) <= EMBED_TOTAL_LIMIT
        assert len(embed.description) <= DESCRIPTION_LIMIT


def test_many_sources_are_capped_and_counted_in_the_footer():
    pages = render_answer(answer(sources=[source(n) for n in range(12)]))
    assert len(pages) == 1
    assert 1 <= len(pages[0].fields) <= 5
    assert "more sources" in pages[0].footer.text


def test_render_text_fits_content_limit():
    assert len(render_text("word " * 1000)) <= CONTENT_LIMIT


# -- spoilers ---------------------------------------------------------------------------------

def test_spoiler_answer_hidden_unless_asked():
    spoiler = answer(intent="plot", spoiler=True, answer="The baby was switched at birth.")
    hidden = render_answer(spoiler)[0]
    assert hidden.description.startswith("||") and hidden.description.endswith("||")
    assert "spoiler" in hidden.footer.text.lower()
    shown = render_answer(spoiler, reveal_spoilers=True)[0]
    assert shown.description == "The baby was switched at birth."


def test_spoiler_bars_inside_the_text_cannot_break_out():
    text = "before || after"
    assert hide_spoiler(text) == "||before \\|\\| after||"


def test_huge_spoiler_stays_wrapped_and_within_limits():
    spoiler = answer(spoiler=True, answer="||x " * 3000)
    embed = render_answer(spoiler)[0]
    assert embed.description.startswith("||") and embed.description.endswith("||")
    assert len(embed.description) <= DESCRIPTION_LIMIT


def test_non_spoiler_is_never_wrapped():
    assert not render_answer(answer())[0].description.startswith("||")


# -- pages ------------------------------------------------------------------------------------

def test_items_split_into_pages_in_order():
    items = [f"Actor {n} as Character {n}" for n in range(30)]
    pages = render_answer(answer(items=items))
    assert len(pages) == 3
    text = "\n".join(p.description for p in pages)
    positions = [text.index(f"Actor {n} as") for n in range(30)]
    assert positions == sorted(positions)
    assert pages[0].description.startswith("Milena Smit plays Ana.")
    assert pages[1].footer.text.startswith("Page 2/3")


def test_paginate_items_respects_page_size_and_characters():
    pages = paginate_items([("long " * 60).strip()] * 50, per_page=12, page_chars=1000)
    assert all(len(page) <= 12 for page in pages)
    assert all(sum(len(line) + 1 for line in page) <= 1000 or len(page) == 1 for page in pages)
    assert sum(len(page) for page in pages) == 50


def test_pager_buttons_follow_the_page():
    async def scenario():
        pages = render_answer(answer(items=[f"line {n}" for n in range(30)]))
        pager = AnswerPager(pages, asker_id=42, timeout=5)
        assert pager.previous_page.disabled and not pager.next_page.disabled
        pager.index = len(pages) - 1
        pager._sync_buttons()
        assert not pager.previous_page.disabled and pager.next_page.disabled
        pager.stop()

    asyncio.run(scenario())


# -- echoed text ------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["@everyone who directed it?", "@here hi", "<@123456789012345678> hey"])
def test_mentions_in_an_echoed_question_are_neutralised(question):
    title = answer_title(answer(intent="general"), asked=question)
    assert "@everyone" not in title and "@here" not in title and "<@1234" not in title


def test_markdown_in_an_echoed_question_is_escaped():
    assert escape_user_text("**bold** _it_ `code`") == "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"


def test_unknown_film_shows_candidates():
    missing = answer(found=False, film=None, answer="I don't know a film called Paralel; did you mean …",
                     candidates=["Parallel Mothers"])
    embed = render_answer(missing)[0]
    assert embed.title.startswith("Film not found")
    assert any(f.name == "Did you mean" and "Parallel Mothers" in f.value for f in embed.fields)


def test_title_names_film_and_topic():
    assert answer_title(answer()) == "Parallel Mothers — Cast"
    assert answer_title(answer(intent="general"), asked="who is Janis?") == "Parallel Mothers — who is Janis?"


def test_a_source_url_with_brackets_or_a_mention_is_not_linked():
    """A document's url "https://x (((@everyone" would end the link at the bracket and leave
    "@everyone" as text that pings; only a url a link can hold whole is linked."""
    from bot.discord.render import source_field
    bad = source(1).model_copy(update={"url": "https://discord.gg/x (((@everyone"})
    assert "everyone" not in source_field(bad)[1]
    assert "[Read the source](https://example.com/2)" in source_field(source(2))[1]
