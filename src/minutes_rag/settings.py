"""One settings object. Precedence: explicit argument > CLI option > env var > config file > default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings for minutes_rag, read from ``MINUTES_RAG_*`` environment variables."""

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


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit non-None overrides applied on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
