"""Which posts ambassadors are invited to share: public ones (not sensitive) that are approved
or scheduled, and the wording suggested for each network (its adapted text, else the post's)."""

from __future__ import annotations

from .entities import Post
from .enums import PostStatus
from .workflow import is_sensitive

SHAREABLE = frozenset({PostStatus.APPROVED, PostStatus.SCHEDULED})


def shareable(post: Post) -> bool:
    return post.status in SHAREABLE and not is_sensitive(post)


def wording(post: Post, network_id: int) -> str:
    return (post.variants.get(network_id) or post.text or post.title).strip()
