"""The one settings object, read from the environment and `.env`, built once at start."""
from __future__ import annotations

import os
from pathlib import Path

from dotenv import dotenv_values
from pydantic import AliasChoices, Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def project_root(source: Path = Path(__file__).resolve().parent.parent) -> Path:
    """Where the corpus and the index live unless configured: the source tree this code runs from
    (a checkout, or an editable install of one). An installed copy (`pip install .`, as a host
    that runs the Procfile does) has no corpus beside it; there it is the working directory,
    which holds the checkout."""
    return source if (source / "corpus").is_dir() else Path.cwd()


PROJECT_ROOT = project_root()
BUNDLED_CORPUS = PROJECT_ROOT / "corpus"
ENV_FILE = ".env"  # read from the working directory
TOKEN_VARIABLES = ("DISCORD_TOKEN", "FILMBOT_TOKEN")
CHANNEL_FILMS_FILE = "channel-films.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FILMBOT_", env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore"
    )
    _overrides: set[str] = PrivateAttr(default_factory=set)  # fields given as command-line flags

    corpus_dir: Path = BUNDLED_CORPUS
    index_dir: Path = PROJECT_ROOT / "var" / "index"
    # The film set per Discord channel (/filmadmin channel): one SQLite file shared by every shard
    # process. Default: channel-films.sqlite3 beside the index folder (in its parent).
    channel_films_path: Path | None = None

    # Discord
    token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices(*TOKEN_VARIABLES)
    )
    prefix: str = "!"
    message_content_intent: bool = False  # privileged: must be enabled in the Developer Portal
    owner_ids: set[int] = Field(default_factory=set)
    shard_count: int | None = None
    shard_ids: list[int] | None = None
    question_cooldown_seconds: float = 5.0
    question_cooldown_rate: int = 3

    # Limits
    max_question_chars: int = 2000
    max_document_bytes: int = 2_000_000
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _default_channel_films_path(self) -> Settings:
        if self.channel_films_path is None:
            self.channel_films_path = Path(self.index_dir).parent / CHANNEL_FILMS_FILE
        return self


def load_settings(**overrides) -> Settings:
    """Build settings from the environment and `.env`; explicit overrides win (CLI flags)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    settings = Settings(**given)
    settings._overrides = set(given)
    return settings


def variables(field: str) -> tuple[str, ...]:
    """The environment variables that set a field."""
    return TOKEN_VARIABLES if field == "token" else (f"FILMBOT_{field.upper()}",)


def source_of(settings: Settings, field: str) -> str:
    """Where a setting came from: "the command line", "the environment (NAME)", ".env (NAME)" or
    "the default" (environment variables win over .env, as pydantic-settings reads them)."""
    if field in settings._overrides:
        return "the command line"
    environ = {k.upper() for k in os.environ}
    for name in variables(field):
        if name in environ:
            return f"the environment ({name})"
    env_file = Path(ENV_FILE)
    if env_file.is_file():
        values = {k.upper() for k, v in dotenv_values(env_file).items() if v is not None}
        for name in variables(field):
            if name in values:
                return f"{env_file.resolve()} ({name})"
    return "the default"


def installed_without_corpus() -> bool:
    """An installed copy (`pip install .`) with no corpus beside it: the defaults are the working
    directory's corpus/ and var/index."""
    return PROJECT_ROOT != Path(__file__).resolve().parent.parent
