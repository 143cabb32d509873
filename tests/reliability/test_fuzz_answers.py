"""Property-based: hostile text in, a safe answer out, within Discord's limits and in bounded time.

Arbitrary Unicode questions and film names (Whoosh syntax, control and zero-width characters,
mentions, markdown, up to 10,000 characters) go through the answer engine and through the Discord
layer's rendering. Every example must: not raise, give a non-empty answer, render into messages
Discord accepts (content 2,000; embed title 256, description 4,096, 25 fields, field name 256 and
value 1,024, footer 2,048, 6,000 in all), with no ping syntax in the text and allowed mentions
that parse nothing, within a per-example deadline (2 s; 3 s through the fake Discord).

The CI variant runs a few hundred examples in all; `-m slow` runs ten times as many. The number
of examples each property ran is printed in the "reliability numbers" summary.
"""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import (
    CHOICE_TEXT, CHOICES, CONTENT, STATS, bundled_live_bot, embed_problems,
    pings_in, visible_text,
)

from bot.answer.engine import AnswerEngine, EngineStatus, check_question_length
from bot.answer.errors import QuestionTooLong
from bot.answer.models import Answer, Source
from bot.discord.admin import render_report, render_status
from bot.discord.client import FilmBot
from bot.discord.errors import describe_error
from bot.discord.film import film_choices, films_answer, question_for_engine
from bot.discord.render import render_answer, render_text
from index.models import Film, IndexReport, Problem

FRAGMENTS = [
    # Whoosh query syntax: never parsed, always just words
    "title:*", "text:janis", "NOT (((", ")))", '"', '"unbalanced', "a* b*", "*", "?", "~2", "^3",
    "AND", "OR", "NOT", "[a TO z]", "{x TO}", "\\", "'", "<>", "%s", "{0}", "$(rm -rf /)",
    # Discord syntax: mentions, markdown, spoilers, code
    "@everyone", "@here", "<@123>", "<@!123456789012345678>", "<@&5>", "<@&123456789012345678>",
    "<#42>", "<:emoji:123456789012345678>", "||", "||spoiler||", "```", "`", "**", "__", "~~",
    "> ", "# ", "-# ", "[link](https://evil.example/@everyone)", "https://discord.gg/x",
    # invisible, control and direction characters
    "\u200b", "\u200d", "\u200e", "\u202e", "\u2066", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b[31m",
    "\r\n", "\n\n\n", "\t", "\x7f", "\u0085", "\u2028",
    # Unicode that changes length or shape when folded
    "e\u0301", "İ", "ß", "ﬁ", "Ⅻ", "🎬", "\U0001F600", "\U000F0000", "👩‍👩‍👧", "𝕛𝕒𝕟𝕚𝕤", "ǅ",
    # real words, so some examples reach the film, the facts and the passages
    "Parallel Mothers", "Madres Paralelas", "parallel", "Janis", "Ana", "Penélope Cruz",
    "who plays", "who directed", "who is", "what did", "critics", "award", "ending", "spoilers",
    "Almodóvar", "?", " ", "  ",
]
LENGTHS = [1, 100, 255, 256, 257, 1023, 1024, 1025, 1999, 2000, 2001, 4096, 6000, 10_000]

fragment = st.sampled_from(FRAGMENTS)
any_unicode = st.text(max_size=300)  # every code point except lone surrogates
soup = st.lists(st.one_of(fragment, st.text(max_size=12)), max_size=40).map("".join)


def repeat_to(piece: str, length: int) -> str:
    return (piece * (length // len(piece) + 1))[:length]


long_text = st.builds(
    repeat_to,
    st.one_of(fragment, st.text(min_size=1, max_size=12), soup.filter(bool)),
    st.one_of(st.sampled_from(LENGTHS), st.integers(1, 10_000)),
)
texts = st.one_of(any_unicode, soup, long_text)
films = st.one_of(st.none(), st.just(""), st.sampled_from(["Parallel Mothers", "madres paralelas",
                                                           "Paralel Mothrs", "parallel-mothers"]),
                  texts)
TOPICS = ["plot", "cast", "crew", "awards", "critics", "info"]

HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture,
          HealthCheck.filter_too_much]
BUDGETS = [pytest.param(1, id="ci"), pytest.param(10, id="long", marks=pytest.mark.slow)]


def fuzz_settings(examples: int, deadline_seconds: float = 2.0):
    return settings(max_examples=examples, deadline=timedelta(seconds=deadline_seconds),
                    suppress_health_check=HEALTH, print_blob=True)


LINK_TARGET = re.compile(r"\]\((https?://[^)\s]*)\)")


def assert_discord_accepts(embeds, *, context: str = "") -> None:
    """What Discord would accept and what cannot ping, for every page of an answer."""
    assert embeds, "no message at all"
    assert len(embeds) < 1000, "runaway pagination"
    for embed in embeds:
        sent = embed.to_dict()
        problems = embed_problems(sent)
        assert not problems, (problems, context)
        # Embeds never ping, but the renderer promises echoed and corpus text doesn't even look
        # like a mention. Link targets are URLs, not text, so they are left out.
        text = LINK_TARGET.sub("](…)", visible_text(sent))
        assert not pings_in(text), (pings_in(text), context)


def assert_content_ok(content: str) -> None:
    assert len(content) <= CONTENT
    assert not pings_in(content), content


def discord_route(engine: AnswerEngine, question: str, film: str | None, spoilers: bool) -> list:
    """What `/film ask` does with the text (bot/discord/film.py), without the network."""
    asked = question_for_engine(question)
    try:
        check_question_length(asked, engine.settings.max_question_chars)
    except QuestionTooLong as error:  # refused before the engine is asked: the error sentence
        assert_content_ok(render_text(describe_error(error)))
        return []
    answer = engine.answer_question(asked, film or None, spoilers=spoilers)
    return render_answer(answer, reveal_spoilers=spoilers, asked=question)


def test_the_bot_never_pings_anyone():
    """Every message the bot sends carries allowed_mentions that parse nothing."""
    from bot.settings import Settings

    mentions = FilmBot(Settings(_env_file=None)).allowed_mentions
    assert mentions.to_dict() == {"parse": []}
    assert not (mentions.everyone or mentions.users or mentions.roles or mentions.replied_user)


@pytest.mark.parametrize("scale", BUDGETS)
def test_any_question_and_film_name_gets_an_answer_discord_accepts(fuzz_engine, scale):
    @fuzz_settings(200 * scale)
    @given(question=texts, film=films, spoilers=st.booleans())
    def check(question, film, spoilers):
        STATS.count("examples:engine answer_question (raw) + render")
        answer = fuzz_engine.answer_question(question, film, spoilers=spoilers)
        assert isinstance(answer, Answer) and answer.answer.strip()
        assert_discord_accepts(render_answer(answer, reveal_spoilers=spoilers, asked=question),
                               context=repr(question[:200]))
        pages = discord_route(fuzz_engine, question, film, spoilers)
        if pages:
            assert_discord_accepts(pages, context=repr(question[:200]))

    check()


@pytest.mark.parametrize("scale", BUDGETS)
def test_any_topic_and_autocomplete_text_is_answered(fuzz_engine, scale):
    @fuzz_settings(100 * scale)
    @given(topic=st.sampled_from(TOPICS), film=films, typed=texts, spoilers=st.booleans())
    def check(topic, film, typed, spoilers):
        STATS.count("examples:engine answer_topic + suggest_films")
        answer = fuzz_engine.answer_topic(topic, film or None, spoilers=spoilers)
        assert answer.answer.strip()
        assert_discord_accepts(render_answer(answer, reveal_spoilers=spoilers))
        choices = film_choices(fuzz_engine.suggest_films(typed, CHOICES))
        assert len(choices) <= CHOICES
        assert all(1 <= len(c.name) <= CHOICE_TEXT and len(c.value) <= CHOICE_TEXT for c in choices)

    check()


# -- anything the engine could return, rendered ------------------------------------------------

sources = st.builds(
    Source, film=texts, document=st.text(min_size=1, max_size=200), source=st.none() | texts,
    author=st.none() | texts, kind=st.none() | st.text(max_size=20),
    url=st.none() | st.builds(lambda t: "https://example.com/" + t, st.text(max_size=600)) | texts,
    snippet=texts,
)
answers = st.builds(
    Answer, question=texts, film=st.none() | texts,
    intent=st.sampled_from(["cast", "crew", "plot", "awards", "critics", "facts", "general"]),
    found=st.booleans(), answer=texts, spoiler=st.booleans(),
    sources=st.lists(sources, max_size=30), items=st.lists(texts, max_size=120),
    candidates=st.lists(texts, max_size=40),
)


@pytest.mark.parametrize("scale", BUDGETS)
def test_any_answer_renders_within_discord_limits(scale):
    @fuzz_settings(150 * scale)
    @given(answer=answers, asked=st.none() | texts, reveal=st.booleans(), plain=texts)
    def check(answer, asked, reveal, plain):
        STATS.count("examples:render_answer of arbitrary answers")
        assert_discord_accepts(render_answer(answer, reveal_spoilers=reveal, asked=asked))
        assert_content_ok(render_text(plain))

    check()


@pytest.mark.parametrize("scale", BUDGETS)
def test_admin_reports_and_film_lists_render_within_limits(scale):
    problems = st.lists(st.builds(Problem, path=texts, reason=texts), max_size=200)
    film_list = st.lists(st.builds(Film, slug=st.text(min_size=1, max_size=30), title=texts,
                                   aliases=st.lists(texts, max_size=5),
                                   year=st.none() | st.integers(1880, 2100)), max_size=60)

    @fuzz_settings(60 * scale)
    @given(problems=problems, facts=st.dictionaries(texts, st.integers(0, 10**9), max_size=50),
           headline=texts, films=film_list)
    def check(problems, facts, headline, films):
        STATS.count("examples:admin report/status + film list")
        report = IndexReport(films=len(films), documents=3, passages=9, facts=facts,
                             problems=tuple(problems), built_at=1.0, seconds=0.5)
        embed, overflow = render_report(report, headline)
        assert not embed_problems(embed.to_dict())
        if overflow is not None:
            assert all(p.path in overflow for p in problems)
        status = EngineStatus(films=1, documents=3, passages=9, built_at=1.0, last_report=report,
                              reindexing=True)
        assert not embed_problems(render_status(status, now=100.0).to_dict())
        assert_discord_accepts(render_answer(films_answer(films), asked="Films I know"))

    check()


# -- through the real bot and the fake Discord ---------------------------------------------------

@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with bundled_live_bot(tmp_path_factory.mktemp("fuzz-live")) as bot:
        yield bot


def assert_sent_safely(message: dict) -> None:
    """As the fake recorded it: accepted, pinging nobody."""
    assert message["allowed_mentions"]["parse"] == [], message.get("allowed_mentions")
    assert not message["allowed_mentions"].get("users") and not message["allowed_mentions"].get("roles")
    assert not message["mention_everyone"] and not message["mentions"] and not message["mention_roles"]
    assert_content_ok(message.get("content") or "")


@pytest.mark.parametrize("scale", BUDGETS)
def test_any_slash_question_or_mention_is_answered_through_discord(live, scale):
    asker = live.member("fuzzer")
    bot_id = live.fake.bot_user_id

    async def slash(question: str, film: str | None):
        options = {"question": question} | ({"film": film} if film else {})
        record = await live.fake.send_interaction("film ask", options, user=asker)
        message = await record.wait_final(timeout=3)
        return record, message

    async def mention(text: str):
        before = len(live.fake.messages)
        await live.fake.send_message(f"<@{bot_id}> {text}", author=asker)
        return await live.fake.wait_for_message(after=before, timeout=3)

    @fuzz_settings(25 * scale, deadline_seconds=3.0)
    @given(question=texts.filter(lambda t: t.strip()), film=films, via_mention=st.booleans())
    def check(question, film, via_mention):
        STATS.count("examples:live /film ask or @mention via fake Discord")
        if via_mention:
            message = live.on_fake(mention(question))
        else:
            record, message = live.on_fake(slash(question, film))
            assert record.time_to_ack is not None and record.time_to_ack < 3
        assert_sent_safely(message)
        live.no_rejections()

    check()


def test_blank_names_never_make_a_field_discord_rejects():
    """Found by the long fuzz run: a whitespace-only candidate or source name made an embed field
    that Discord rejects (field name and value are required, white space does not count)."""
    blank = Answer(question="q", answer="I don't know a film called “z”.", found=False,
                   candidates=[" ", "\t"], sources=[Source(film="F", document="\r", source=" ", author="\n")])
    for embed in render_answer(blank):
        assert not embed_problems(embed.to_dict()), embed.to_dict()
