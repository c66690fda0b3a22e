"""Settings of the HTTP API: keys, limits and where uploads go.

Read from ``MINUTES_RAG_*`` environment variables, then from the ``[server]`` table of the config
file (``MINUTES_RAG_CONFIG``, default ``config.toml`` in the platform's user config folder,
``~/.config/minutes-rag`` on Linux; the library's own settings are at its top level, see
:mod:`minutes_rag.settings`), then defaults. Key lists
are comma-separated in the environment and strings or lists in the file::

    [server]
    api_keys = ["a-long-random-key"]
    readonly_api_keys = "key-for-the-dashboard, key-for-the-bot"
    rate_limit_per_minute = 120
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from ..errors import ConfigError
from ..paths import config_file
from ..settings import config_source

Keys = Annotated[list[str], NoDecode]


def config_path() -> Path:
    """The config file: ``MINUTES_RAG_CONFIG`` or ``config.toml`` in the platform's user config folder
    (``~/.config/minutes-rag`` on Linux; see :mod:`minutes_rag.paths`)."""
    return config_file()


class ServerSettings(BaseSettings):
    """Settings of ``minutes-rag serve``; every limit answers with a clear 4xx when exceeded."""

    model_config = SettingsConfigDict(env_prefix="MINUTES_RAG_", extra="ignore")

    api_keys: Keys = Field(
        default_factory=list,
        description="Keys that may read and write (Authorization: Bearer KEY), comma-separated. With no "
        "key at all the server runs without authentication, and only on a loopback address.",
    )
    readonly_api_keys: Keys = Field(
        default_factory=list,
        description="Keys that may search, ask and list, but not ingest or delete (403), comma-separated.",
    )
    max_upload_mb: float = Field(default=50.0, gt=0, description="Largest upload accepted (413 above it).")
    max_question_chars: int = Field(
        default=1000, ge=10, le=2000, description="Longest question or search query accepted (422 above it)."
    )
    max_k: int = Field(default=50, ge=1, le=200, description="Largest k (hits or passages) accepted (422 above it).")
    rate_limit_per_minute: float = Field(
        default=120.0, ge=0, description="Requests per minute per key (or per address, without a key); 0: no limit."
    )
    rate_limit_burst: int = Field(
        default=30, ge=1, description="Requests a key may make at once before the per-minute rate applies (429)."
    )
    upload_dir: Path | None = Field(
        default=None,
        description="Where uploads are stored, under their content hash; default: the index folder's uploads/.",
    )
    allowed_hosts: Keys = Field(
        default_factory=list,
        description="Host names (the Host header) the server answers to, comma-separated; others get 400. "
        "Without API keys only loopback names (localhost, 127.0.0.1, ::1) and these are accepted, against DNS "
        "rebinding; with keys and none listed, any Host is accepted.",
    )
    forwarded_allow_ips: Keys = Field(
        default_factory=list,
        description="Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are trusted "
        "(the client address rate limits go by), comma-separated; default none: the peer's own address counts.",
    )
    header_timeout_s: float = Field(
        default=10.0, gt=0, le=300, description="Seconds a client has to send a request's headers (closed after)."
    )
    body_timeout_s: float = Field(
        default=120.0, gt=0, le=3600,
        description="Seconds a client has to send a request body, an upload included (408 after).",
    )
    keep_alive_s: int = Field(default=5, ge=1, le=300, description="Seconds an idle keep-alive connection stays open.")
    max_connections: int = Field(
        default=100, ge=1, description="Connections served at once; a request beyond them gets 503."
    )

    @field_validator("api_keys", "readonly_api_keys", "allowed_hosts", "forwarded_allow_ips", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    @field_validator("api_keys", "readonly_api_keys")
    @classmethod
    def _no_short_keys(cls, value: list[str]) -> list[str]:
        short = [k for k in value if len(k) < 8]
        if short:
            raise ValueError("API keys must be at least 8 characters (use e.g. `openssl rand -hex 24`)")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, config_source(settings_cls, "server")

    @property
    def auth_enabled(self) -> bool:
        return bool(self.api_keys or self.readonly_api_keys)

    def uploads(self, index: Path) -> Path:
        """The upload folder for an index folder."""
        return self.upload_dir if self.upload_dir is not None else index / "uploads"


def get_server_settings(**overrides: object) -> ServerSettings:
    """Server settings from the environment and config file, with non-None overrides on top."""
    from pydantic import ValidationError

    try:
        return ServerSettings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"server setting {name} (MINUTES_RAG_{name.upper()}): {first['msg']}") from None
