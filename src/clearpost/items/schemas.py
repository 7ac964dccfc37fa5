"""Request and response shapes for items and decisions."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Base64Bytes, BaseModel, ConfigDict, Field, field_validator, model_validator

from clearpost.decisions.schemas import DecisionOut

Kind = Literal["article", "post", "comment", "profile", "message"]
HostId = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")


class ImageIn(BaseModel):
    """An image attached to an item, as base64. Only its hashes and findings are stored."""

    model_config = ConfigDict(extra="forbid")

    data: Base64Bytes = Field(description="The image file, base64-encoded")
    name: str = Field(default="", max_length=200)


class ItemIn(BaseModel):
    """An item sent by the host platform. `id` is the host's id and the idempotency key."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    id: str = HostId
    account_id: str = HostId
    kind: Kind
    title: str | None = None
    body: str
    lang: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")
    links: list[str] = Field(default_factory=list, max_length=50)
    images: list[ImageIn] = Field(default_factory=list, max_length=16)
    created_at: datetime | None = None
    account_tier: str | None = Field(
        default=None, description="Tier of the account, used when Clearpost first sees it."
    )
    reach: int | None = Field(
        default=None, ge=0, description="Audience size (followers or expected views)."
    )

    @field_validator("links")
    @classmethod
    def _links(cls, links: list[str]) -> list[str]:
        for link in links:
            if not link or len(link) > 2048:
                raise ValueError("each link must be 1 to 2048 characters")
        return links

    @model_validator(mode="after")
    def _has_content(self) -> ItemIn:
        if not self.body.strip() and not (self.title or "").strip() and not self.images:
            raise ValueError("body is empty: an item needs a non-empty body, title or image")
        return self


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[ItemIn] = Field(min_length=1)


class ItemOut(BaseModel):
    id: str
    account_id: str
    kind: str
    title: str | None
    body: str
    lang: str
    links: list[str]
    revision: int
    visibility: str
    created_at: datetime
    updated_at: datetime


class ItemWithDecisions(BaseModel):
    item: ItemOut
    decision: DecisionOut | None
    history: list[DecisionOut]


class BatchOut(BaseModel):
    decisions: list[DecisionOut]
