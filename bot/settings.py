"""The one settings object, read from the environment and `.env`, built once at start."""
from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def project_root(source: Path = Path(__file__).resolve().parent.parent) -> Path:
    """Where the corpus and the index live unless configured: the source tree this code runs from
    (a checkout, or an editable install of one). An installed copy (`pip install .`, as a host
    that runs the Procfile does) has no corpus beside it; there it is the working directory,
    which holds the checkout."""
    return source if (source / "corpus").is_dir() else Path.cwd()


PROJECT_ROOT = project_root()
BUNDLED_CORPUS = PROJECT_ROOT / "corpus"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FILMBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = BUNDLED_CORPUS
    index_dir: Path = PROJECT_ROOT / "var" / "index"

    # Discord
    token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "FILMBOT_TOKEN")
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


def load_settings(**overrides) -> Settings:
    """Build settings from the environment and `.env`; explicit overrides win (CLI flags)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
