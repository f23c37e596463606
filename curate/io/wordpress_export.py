"""A WordPress export (WXR: Tools > Export, `site.WordPress.2024-01-02.xml`): its posts.

WXR is RSS 2.0 with WordPress's own fields: each `<item>` is a post, a page, or one of the
site's other records (`wp:post_type` `attachment` for every uploaded picture, `nav_menu_item`
for every menu entry, `custom_css`, `revision`, block-theme templates), with its `wp:status`
(`publish`, `draft`, `private`, `trash`). The feed reader read them all: a menu entry or a
picture was quarantined "no content or description", the theme's CSS and a trashed post kept
as documents. Those records and the trash (and WordPress's empty `auto-draft`s) are skipped
and counted by kind; drafts, private and scheduled posts are the author's text and are read,
and so are a plugin's own types (an event, a recipe), which may hold it.
"""

from __future__ import annotations

from typing import Any

NAMESPACE = "{http://wordpress.org/export/"  # 1.0, 1.1, 1.2
# WordPress's records that are no writing of the author's
NOT_POSTS = frozenset(
    {
        "attachment",
        "nav_menu_item",
        "custom_css",
        "customize_changeset",
        "oembed_cache",
        "revision",
        "user_request",
        "wp_global_styles",
        "wp_template",
        "wp_template_part",
        "wp_navigation",
        "wp_font_family",
        "wp_font_face",
    }
)
BINNED = frozenset({"trash", "auto-draft"})
NOT_A_POST = "wordpress item of no post (an attachment, a menu entry, the theme's CSS)"
IN_TRASH = "wordpress post in the trash"


def _field(item: Any, name: str) -> str | None:
    for child in item:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag.startswith(NAMESPACE) and tag.endswith("}" + name):
            return (child.text or "").strip()
    return None


def skipped_item(item: Any) -> str | None:
    """The kind a WXR `<item>` is skipped as (see the module), or None: a post to read."""
    post_type = _field(item, "post_type")
    if post_type is None:
        return None  # an RSS feed's item
    if post_type in NOT_POSTS:
        return NOT_A_POST
    return IN_TRASH if _field(item, "status") in BINNED else None
