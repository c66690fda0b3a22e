"""One settings object. Precedence: explicit argument > CLI option > env var > config file > default.

The config file is one TOML file for every setting (``MINUTES_RAG_CONFIG``, else ``config.toml`` in the
platform's user config folder: see :mod:`minutes_rag.paths`): the library's settings at its top level, the
HTTP server's in its ``[server]`` table (:mod:`minutes_rag.server.settings`)::

    index = "~/minutes-index"
    llm = "ollama:llama3.1"

    [server]
    api_keys = ["a-long-random-key"]
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from .errors import ConfigError
from .paths import config_file


def config_source(settings_cls: type[BaseSettings], table: str | None = None) -> PydanticBaseSettingsSource:
    """The config file as a settings source of ``settings_cls``: its top-level keys, or those of ``[table]``.

    No file is no settings, unless ``MINUTES_RAG_CONFIG`` names it. A file that is not TOML, a table that is
    not one, or a key no setting has (a typo would otherwise be ignored) is a :class:`ConfigError`."""
    path = config_file()
    if not path.is_file():
        if os.environ.get("MINUTES_RAG_CONFIG"):
            raise ConfigError(f"MINUTES_RAG_CONFIG names {path}, which is not a file.")
        return InitSettingsSource(settings_cls, {})
    try:
        source = TomlConfigSettingsSource(settings_cls, toml_file=path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc}") from None
    data: Any = source.toml_data
    if table is not None:
        data = data.get(table, {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [{table}] must be a table of settings.")
    unknown = sorted(k for k, v in data.items() if k not in settings_cls.model_fields
                     and (table is not None or not isinstance(v, dict)))  # tables are other parts' settings
    if unknown:
        raise ConfigError(f"{path}: no setting is called {unknown[0]!r} {f'in [{table}]' if table else 'at the top'}"
                          f"; the settings there are {', '.join(settings_cls.model_fields)}.")
    return InitSettingsSource(settings_cls, data) if table is not None else source


class Settings(BaseSettings):
    """Settings for minutes_rag, read from ``MINUTES_RAG_*`` environment variables and the config file."""

    model_config = SettingsConfigDict(env_prefix="MINUTES_RAG_", extra="ignore")

    index: Path = Field(
        default=Path("index"),
        description="Folder of the Chroma store (PersistentClient). Created on first ingest.",
    )
    embedder: str = Field(
        default="minilm",
        description="Embedding backend id: 'minilm' (bundled all-MiniLM-L6-v2, offline) or "
        "'st:/path/to/model' (any local sentence-transformers folder).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="Use a Chroma server (http://host:port, started with `chroma run`) instead of the local "
        "index folder, so several processes and machines share one index.",
    )
    collection: str = Field(default="minutes", description="Chroma collection name for chunks.")
    chunk_tokens: int = Field(
        default=200,
        ge=32,
        le=512,
        description="Target word pieces per chunk body; a short context header is added on top, and "
        "the total is kept within the embedder's window (256 for MiniLM).",
    )
    embed_batch_size: int = Field(
        default=8,
        ge=1,
        description="Texts per forward pass of the embedding model. Texts are sorted by length first; small "
        "batches were fastest on CPU (8 ran ~15% faster than 32 on 2 cores).",
    )
    max_file_mb: float = Field(default=100.0, description="Files larger than this are skipped as too_large.")
    llm: str | None = Field(
        default=None,
        description="Chat model for generative answers: 'openai-compatible' (with llm_base_url), "
        "PROVIDER:MODEL for any LangChain provider ('openai:MODEL', 'anthropic:MODEL', 'ollama:MODEL', ...), or "
        "'fake' (the offline scripted model). Unset: the offline extractive answerer.",
    )
    llm_base_url: str | None = Field(default=None, description="Base URL of an OpenAI-compatible server.")
    parse_isolation: bool = Field(
        default=True,
        description="Parse each file in a guarded worker process (time limit, memory cap), so a hostile or "
        "broken file cannot hang or crash an ingest. Off: parse in the ingesting process (faster start).",
    )
    parse_timeout_s: float = Field(
        default=120.0, gt=0, description="Seconds one document may take to parse before it gets status timeout.",
    )
    parse_page_timeout_s: float = Field(
        default=30.0, ge=0,
        description="Seconds one PDF page may take in the worker; a slower page is skipped and reported (0: none).",
    )
    parse_memory_mb: int | None = Field(
        default=2048, description="Address-space cap of the parser process in MiB (None: no cap).",
    )
    max_pages: int = Field(default=2000, description="PDFs with more pages than this are skipped as too_large.")


    @field_validator("index", mode="after")
    @classmethod
    def _home(cls, value: Path) -> Path:
        return value.expanduser()  # "~/index" in the config file, where no shell expands it

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, config_source(settings_cls)


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment and the config file, with explicit non-None overrides applied on top;
    a bad value is a :class:`ConfigError` naming the setting."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting {name} (MINUTES_RAG_{name.upper()}, or {name} in the config file): "
                          f"{first['msg']}") from None
