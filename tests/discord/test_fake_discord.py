"""Tests of the fake Discord server, driven by a real discord.py ``commands.Bot``.

The bot and its hybrid ``film`` group are defined here (not the project's cogs) so these
tests only exercise the fake and discord.py.
"""

from __future__ import annotations

import asyncio
from typing import Any, List, Optional

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from fake_discord import FakeDiscord, message_text, run_with_fake, validate_message_body

FILMS = ["Parallel Mothers", "Pain and Glory", "Volver", "Talk to Her", "All About My Mother"]


class PageView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)
        self.page = 1

    @discord.ui.button(label="Next", custom_id="film:next")
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page += 1
        await interaction.response.edit_message(content=f"page {self.page}", view=self)


class FilmCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.errors: List[BaseException] = []

    @commands.hybrid_group(name="film", description="Film questions")
    async def film(self, ctx: commands.Context) -> None:
        await ctx.send("use a subcommand")

    @film.command(name="ask", description="Ask about a film")
    @app_commands.describe(question="Your question")
    async def ask(self, ctx: commands.Context, *, question: str) -> None:
        await ctx.send(f"answer: {question}", allowed_mentions=discord.AllowedMentions.none())

    @film.command(name="info", description="Show a film")
    @app_commands.describe(title="Film title")
    async def info(self, ctx: commands.Context, title: str) -> None:
        await ctx.send(embed=discord.Embed(title=title, description=f"{title} is a film."))

    @info.autocomplete("title")
    async def info_title(self, interaction: discord.Interaction, current: str) -> List[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f, value=f) for f in FILMS if current.lower() in f.lower()]

    @film.command(name="huge", description="Too long an embed")
    async def huge(self, ctx: commands.Context) -> None:
        try:
            await ctx.send(embed=discord.Embed(description="x" * 5000))
        except discord.HTTPException as exc:
            self.errors.append(exc)

    @film.command(name="slow", description="Answers too late")
    async def slow(self, ctx: commands.Context) -> None:
        await asyncio.sleep(3.5)
        try:
            await ctx.send("too late")
        except discord.HTTPException as exc:
            self.errors.append(exc)

    @film.command(name="deferred", description="Defers then follows up")
    async def deferred(self, ctx: commands.Context) -> None:
        await ctx.defer()
        await asyncio.sleep(0.05)
        await ctx.send("done after defer")
        await ctx.send("second message")

    @film.command(name="add", description="Add a corpus file")
    @app_commands.describe(file="A text file")
    async def add(self, ctx: commands.Context, file: discord.Attachment) -> None:
        data = await file.read()
        await ctx.send(f"added {file.filename}: {len(data)} bytes, {data.decode()!r}")

    @film.command(name="pages", description="Paginated output")
    async def pages(self, ctx: commands.Context) -> None:
        await ctx.send("page 1", view=PageView())

    @film.command(name="secret", description="Ephemeral answer, then edited")
    async def secret(self, ctx: commands.Context) -> None:
        await ctx.send("psst", ephemeral=True)
        assert ctx.interaction is not None
        await ctx.interaction.edit_original_response(content="psst!")

    @commands.command(name="demo")
    async def demo(self, ctx: commands.Context) -> None:
        async with ctx.typing():
            await ctx.message.add_reaction("\N{MOVIE CAMERA}")
        reply = await ctx.reply("draft", mention_author=False)
        await reply.edit(content="final")

    @film.command(name="whoami", description="Permissions check")
    async def whoami(self, ctx: commands.Context) -> None:
        perms = ctx.interaction.permissions if ctx.interaction else ctx.author.guild_permissions
        await ctx.send(f"manage_guild={perms.manage_guild}")


class FilmBotMixin:
    seen_contents: List[str]

    async def setup_hook(self) -> None:  # type: ignore[override]
        self.seen_contents = []
        await self.add_cog(FilmCog(self))  # type: ignore[attr-defined]
        await self.tree.sync()  # type: ignore[attr-defined]

    async def on_message(self, message: discord.Message) -> None:
        self.seen_contents.append(message.content)
        await self.process_commands(message)  # type: ignore[attr-defined]

    async def before_identify_hook(self, shard_id: Optional[int], *, initial: bool = False) -> None:
        return None  # discord.py sleeps 5 s between shards by default


class FilmBot(FilmBotMixin, commands.Bot):
    pass


class ShardedFilmBot(FilmBotMixin, commands.AutoShardedBot):
    pass


def make_bot(*, message_content: bool = True, members: bool = False, cls: Any = FilmBot, **kwargs: Any) -> Any:
    intents = discord.Intents.default()
    intents.message_content = message_content
    intents.members = members
    return cls(
        command_prefix=commands.when_mentioned_or("!"),
        intents=intents,
        help_command=None,
        guild_ready_timeout=0.05,
        **kwargs,
    )


def cog(bot: commands.Bot) -> FilmCog:
    c = bot.get_cog("FilmCog")
    assert isinstance(c, FilmCog)
    return c


# ----------------------------------------------------------------------------------------


def test_login_ready_and_command_registration(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            assert bot.user.id == fake.bot_user_id
            assert bot.application_id == fake.application_id
            guild = bot.get_guild(fake.guild_id)
            assert guild is not None and guild.name == "Test Guild"
            assert guild.get_channel(fake.channel_id).name == "general"
            assert guild.me is not None
            film = fake.find_command("film")
            assert film is not None
            subs = {o["name"] for o in film["options"]}
            assert {"ask", "info", "add", "deferred"} <= subs
            paths = [(r.method, r.path) for r in fake.requests]
            assert ("GET", "/users/@me") in paths
            assert ("PUT", f"/applications/{fake.application_id}/commands") in paths
        assert len(fake.identifies) == 1

    run_fake(body)


def test_slash_command_response(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film ask", {"question": "who directed Volver?"})
            await rec.wait_acknowledged()
            assert rec.callback_type == 4
            assert rec.time_to_ack is not None and rec.time_to_ack < 1.0
            msg = await rec.wait_final()
            assert msg["content"] == "answer: who directed Volver?"
            assert msg["allowed_mentions"] == {"parse": []}
            assert msg in fake.channel_messages(fake.channel_id)
            # the interaction payload the bot saw
            assert rec.payload["data"]["options"][0] == {
                "name": "ask", "type": 1,
                "options": [{"name": "question", "type": 3, "value": "who directed Volver?"}],
            }

    run_fake(body)


def test_prefix_command_with_message_content_intent(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot(message_content=True)
        async with fake.run_bot(bot):
            await fake.send_message("!film ask is Volver good?")
            msg = await fake.wait_for_message(lambda m: m["content"].startswith("answer:"))
            assert msg["content"] == "answer: is Volver good?"
            assert msg["allowed_mentions"] == {"parse": []}
            assert int(msg["channel_id"]) == fake.channel_id
            assert "!film ask is Volver good?" in bot.seen_contents

    run_fake(body)


def test_no_message_content_intent_strips_content_but_mentions_work(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot(message_content=False)
        async with fake.run_bot(bot):
            await fake.send_message("!film ask ignored")
            await asyncio.sleep(0.2)
            assert "" in bot.seen_contents  # the bot got the message, without content
            assert not fake.bot_messages()

            user_msg = await fake.send_message(f"<@{fake.bot_user_id}> film ask via mention")
            msg = await fake.wait_for_message()
            assert msg["content"] == "answer: via mention"
            assert [int(u["id"]) for u in user_msg["mentions"]] == [fake.bot_user_id]

    run_fake(body)


def test_dm_prefix_command(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot(message_content=False)  # DMs carry content even without the intent
        async with fake.run_bot(bot):
            sent = await fake.send_message("!film ask in private", dm=True)
            assert "guild_id" not in sent
            msg = await fake.wait_for_message()
            assert msg["content"] == "answer: in private"
            assert int(msg["channel_id"]) == fake.dm_channel(fake.user_id)
            assert fake.channels[int(msg["channel_id"])]["type"] == 1

    run_fake(body)


def test_slash_command_in_dm_and_forged_permissions(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film ask", {"question": "dm?"}, dm=True)
            assert "guild_id" not in rec.payload and "user" in rec.payload
            assert (await rec.wait_final())["content"] == "answer: dm?"

            admin = fake.add_user("admin")
            fake.add_member(admin, permissions=discord.Permissions(administrator=True))
            rec = await fake.send_interaction("film whoami", user=admin)
            assert (await rec.wait_final())["content"] == "manage_guild=True"
            rec = await fake.send_interaction("film whoami", user=admin, member_permissions="0")
            assert (await rec.wait_final())["content"] == "manage_guild=False"

    run_fake(body)


def test_autocomplete(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            choices = await fake.send_autocomplete("film info", {"title": "mo"}, focused="title")
            assert choices == [
                {"name": "Parallel Mothers", "value": "Parallel Mothers"},
                {"name": "All About My Mother", "value": "All About My Mother"},
            ]
            rec = fake.last_interaction
            assert rec.type == 4 and rec.callback_type == 8

            rec = await fake.send_interaction("film info", {"title": "Volver"})
            msg = await rec.wait_final()
            assert msg["embeds"][0]["title"] == "Volver"
            assert "Volver is a film." in message_text(msg)

    run_fake(body)


def test_limits_are_enforced(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film huge")
            await rec.wait_callback()
            assert not rec.acknowledged
            rej = rec.rejections[0]
            assert rej["status"] == 400 and rej["body"]["code"] == 50035
            assert "description" in rej["body"]["errors"]["data"]["embeds"]["0"]
            await fake.wait_until(lambda: cog(bot).errors)
            err = cog(bot).errors[-1]
            assert isinstance(err, discord.HTTPException) and err.code == 50035

            # same through the REST channel route (prefix invocation)
            await fake.send_message("!film huge")
            await fake.wait_until(lambda: len(cog(bot).errors) == 2)
            assert cog(bot).errors[-1].status == 400
            assert fake.rejected_requests[-1].path == f"/channels/{fake.channel_id}/messages"

            # content length directly through the bot's API
            channel = bot.get_channel(fake.channel_id)
            with pytest.raises(discord.HTTPException) as info:
                await channel.send("x" * 2001)
            assert info.value.code == 50035

    run_fake(body)


def test_validator_unit():
    assert validate_message_body({"content": "x" * 2000}) == {}
    assert "content" in validate_message_body({"content": "x" * 2001})
    assert "embeds" in validate_message_body({"embeds": [{}] * 11})
    big = {"title": "t" * 256, "description": "d" * 4096, "fields": [{"name": "n", "value": "v" * 1024}] * 2}
    assert validate_message_body({"embeds": [big]})["embeds"]["0"]["_errors"][0]["code"] == "MAX_EMBED_SIZE_EXCEEDED"
    assert "fields" in validate_message_body({"embeds": [{"fields": [{"name": "a", "value": "b"}] * 26}]})["embeds"]["0"]
    rows = [{"type": 1, "components": [{"type": 2, "custom_id": str(i), "label": "x"}]} for i in range(6)]
    assert "components" in validate_message_body({"components": rows})
    row = [{"type": 1, "components": [{"type": 2, "custom_id": str(i), "label": "x"} for i in range(6)]}]
    assert "components" in validate_message_body({"components": row})


def test_three_second_deadline(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film slow")
            await rec.wait_callback(timeout=6)
            assert not rec.acknowledged
            assert rec.rejections[0]["status"] == 404
            assert rec.rejections[0]["body"]["code"] == 10062
            await fake.wait_until(lambda: cog(bot).errors)
            assert isinstance(cog(bot).errors[-1], discord.NotFound)

    run_fake(body, deadline=3.0)


def test_double_acknowledgement_rejected(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        errors: List[BaseException] = []

        @bot.tree.command(name="twice", description="responds twice")
        async def twice(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("one")
            # bypass discord.py's own InteractionResponded guard to hit the server
            interaction.response._response_type = None
            try:
                await interaction.response.send_message("two")
            except discord.HTTPException as exc:
                errors.append(exc)

        async with fake.run_bot(bot):
            await bot.tree.sync()
            rec = await fake.send_interaction("twice")
            await fake.wait_until(lambda: errors)
            assert errors[0].code == 40060
            assert rec.callback_type == 4 and len(rec.callbacks) == 2

    run_fake(body)


def test_defer_then_followups(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film deferred")
            await rec.wait_acknowledged()
            assert rec.callback_type == 5 and rec.deferred
            await fake.wait_until(lambda: len(rec.messages) == 2)
            first, second = rec.messages
            # the first followup fills in the "thinking…" original response
            assert first["id"] == rec.response["id"] and first["content"] == "done after defer"
            assert second["content"] == "second message"
            assert rec.final_content == "second message"

    run_fake(body)


def test_attachment_option_is_readable(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            att = fake.add_attachment(b"Volver (2006)", "volver.md", content_type="text/markdown")
            rec = await fake.send_interaction("film add", {"file": att})
            assert rec.payload["data"]["resolved"]["attachments"][att["id"]]["filename"] == "volver.md"
            msg = await rec.wait_final()
            assert msg["content"] == "added volver.md: 13 bytes, 'Volver (2006)'"

    run_fake(body)


def test_component_click_pagination(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            rec = await fake.send_interaction("film pages")
            msg = await rec.wait_final()
            assert msg["components"][0]["components"][0]["custom_id"] == "film:next"
            click = await fake.send_component_click(msg, "film:next")
            await click.wait_acknowledged()
            assert click.callback_type == 7
            assert fake.message(int(msg["id"]))["content"] == "page 2"

    run_fake(body)


def test_bad_token_login_failure(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        with pytest.raises(discord.LoginFailure):
            async with fake.run_bot(bot, token="not-the-token"):
                pass
        assert fake.requests[-1].status == 401

    run_fake(body)


def test_privileged_intents_refused(run_fake):
    async def body(fake: FakeDiscord):
        fake.refuse_privileged_intents()
        bot = make_bot(message_content=True)
        with pytest.raises(discord.PrivilegedIntentsRequired):
            async with fake.run_bot(bot):
                pass
        assert fake.gateway_closes[-1][0] == 4014

    run_fake(body)


def test_members_intent_gets_full_member_list(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot(members=True)
        async with fake.run_bot(bot):
            guild = bot.get_guild(fake.guild_id)
            assert guild.get_member(fake.user_id) is not None
            assert guild.chunked

    run_fake(body)


def test_autosharded_bot_two_shards(run_fake):
    async def body(fake: FakeDiscord):
        second = fake.add_guild("Second Guild")
        assert (second >> 22) % 2 != (fake.guild_id >> 22) % 2
        bot = make_bot(cls=ShardedFilmBot)
        async with fake.run_bot(bot):
            assert bot.shard_count == 2
            assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
            assert {g.id for g in bot.guilds} == {fake.guild_id, second}
            assert {g.shard_id for g in bot.guilds} == {0, 1}
            channel = fake.guilds[second]["channel_ids"][0]
            rec = await fake.send_interaction("film ask", {"question": "shard?"}, channel=channel)
            assert (await rec.wait_final())["content"] == "answer: shard?"

    run_fake(body, shards=2)


def test_patch_restores_discord_urls():
    import discord.gateway
    import discord.http

    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)

    async def body(fake: FakeDiscord):
        async with fake.patched_discord():
            assert discord.http.Route.BASE == fake.api_base
        assert (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == before

    run_with_fake(body)


def test_typing_reactions_edits_ephemeral_and_guild_sync(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()
        async with fake.run_bot(bot):
            user_msg = await fake.send_message("!demo")
            await fake.wait_for_message(lambda m: m["content"] == "final")
            assert fake.typing == [fake.channel_id]
            assert fake.reactions == [(fake.channel_id, int(user_msg["id"]), "\N{MOVIE CAMERA}")]
            reply = fake.bot_messages()[-1]
            assert reply["edited_timestamp"] is not None
            assert reply["message_reference"]["message_id"] == user_msg["id"]
            assert reply["allowed_mentions"]["replied_user"] is False
            assert [r.method for r in fake.requests if r.path.endswith(f"/messages/{reply['id']}")] == ["PATCH"]

            rec = await fake.send_interaction("film secret")
            await fake.wait_until(lambda: rec.edits)
            assert rec.ephemeral and rec.response["content"] == "psst!"
            assert rec.response not in fake.channel_messages()  # ephemeral: not in channel history
            assert rec.edits[0]["_target"] == "@original"

            bot.tree.copy_global_to(guild=discord.Object(fake.guild_id))
            await bot.tree.sync(guild=discord.Object(fake.guild_id))
            assert fake.find_command("film", fake.guild_id)["guild_id"] == str(fake.guild_id)
            rec = await fake.send_interaction("film ask", {"question": "guild scoped"})
            assert rec.payload["data"]["guild_id"] == str(fake.guild_id)
            assert (await rec.wait_final())["content"] == "answer: guild scoped"

    run_fake(body)


def test_command_registration_validation(run_fake):
    async def body(fake: FakeDiscord):
        bot = make_bot()

        @bot.tree.command(name="ok", description="d" * 100)
        async def ok(interaction: discord.Interaction) -> None:  # pragma: no cover
            pass

        async with fake.run_bot(bot):
            # discord.py validates names client-side, so post a raw bad body through its HTTP client
            with pytest.raises(discord.HTTPException) as info:
                await bot.http.bulk_upsert_global_commands(
                    fake.application_id, [{"name": "Film", "description": "", "type": 1}]
                )
            assert info.value.code == 50035
            assert fake.rejected_requests[-1].response["errors"]["0"].keys() == {"name", "description"}

    run_fake(body)
