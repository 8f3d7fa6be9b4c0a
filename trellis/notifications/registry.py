"""What can be followed and where a notice's target lives, as registered by the apps that own them.

Notifications sit below conversations in the layers, so they cannot import questions or
discussions. Each app registers its models instead, in its `AppConfig.ready()`:

    register_followable(Question, can_follow=can_view_question)
    register_target_url(Question, lambda question: reverse(...))

A model without a registration cannot be followed (the follow page answers 404) and its notices
link to the list of notifications.
"""

from collections.abc import Callable, Sequence
from typing import Any

from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models

FollowCheck = Callable[[Any, Any], bool]
TargetUrl = Callable[[Any], str]
TargetTitle = Callable[[Any], str]

_followable: dict[str, FollowCheck] = {}
_urls: dict[str, TargetUrl] = {}
_titles: dict[str, TargetTitle] = {}
_related: dict[str, tuple[type[models.Model], tuple[str, ...], tuple[Any, ...]]] = {}


def _key(model: type[models.Model] | models.Model) -> str:
    return model._meta.concrete_model._meta.label_lower  # type: ignore[union-attr]


def register_followable(model: type[models.Model], can_follow: FollowCheck) -> None:
    """`can_follow(person, obj)` answers whether that person may see, hence follow, obj."""
    _followable[_key(model)] = can_follow


def register_target_url(
    model: type[models.Model],
    url: TargetUrl,
    *,
    title: TargetTitle | None = None,
    select_related: Sequence[str] = (),
    prefetch_related: Sequence[Any] = (),
) -> None:
    """`url(obj)` is the path of obj's page; `title(obj)` names it in notices (default: str).

    `select_related` names the relations `url` and `title` follow (a reply's discussion and its
    community), loaded with the targets so a list of notices runs a fixed number of queries;
    `prefetch_related` the lookups a join cannot load (a generic relation of the target).
    """
    _urls[_key(model)] = url
    if title is not None:
        _titles[_key(model)] = title
    if select_related or prefetch_related:
        _related[_key(model)] = (model, tuple(select_related), tuple(prefetch_related))


def target_prefetch(lookup: str = "target") -> GenericPrefetch:
    """Prefetch notices' targets, one query per type, with the relations their links need."""
    return GenericPrefetch(
        lookup,
        [
            model._default_manager.select_related(*fields).prefetch_related(*lookups)
            for model, fields, lookups in _related.values()
        ],
    )


def followable_check(model: type[models.Model]) -> FollowCheck | None:
    return _followable.get(_key(model))


def may_follow(person: Any, target: models.Model) -> bool:
    """Whether a person may follow target: its model is registered and its check allows it."""
    check = followable_check(type(target))
    return check is not None and bool(check(person, target))


def target_url(target: models.Model | None) -> str:
    """The path of the target's page, or "" when it is gone or its model has no registration."""
    if target is None:
        return ""
    url = _urls.get(_key(target))
    return url(target) if url is not None else ""


def target_title(target: models.Model | None) -> str:
    if target is None:
        return ""
    title = _titles.get(_key(target))
    return title(target) if title is not None else str(target)
