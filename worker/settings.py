"""Settings, read once at the edge (CLI or worker start-up) and passed down to the stages.

Every setting can come from the environment with the prefix `LABELSCRIBE_` (e.g.
`LABELSCRIBE_DATASET__BASIS_OF_RECORD=FossilSpecimen`) or from a `.env` file; the defaults work on a laptop.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.config import DatasetMetadata, OcrSettings, PipelineSettings, QueueSettings

__all__ = ["DatasetMetadata", "OcrSettings", "PipelineSettings", "QueueSettings", "Settings"]


class Settings(BaseSettings, PipelineSettings):
    """Settings from the environment (`LABELSCRIBE_...`, nested with `__`) and `.env`."""

    model_config = SettingsConfigDict(
        env_prefix="LABELSCRIBE_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    jobs: int = Field(0, ge=0, le=256, description="parallel images; 0 means one per core")
    queue: QueueSettings = Field(default_factory=QueueSettings)

    def pipeline(self) -> PipelineSettings:
        return PipelineSettings.model_validate(
            self.model_dump(include=set(PipelineSettings.model_fields))
        )
