"""The texts of a generated network: the demo's own content, recombined.

Titles and bodies come from the demo's data files (`trellis/demo/data/`): activities keep
both languages side by side, posts keep the one language they were written in. A generated
text joins a title with a community's topic and a body with a paragraph of another body of
the same language, so a large network reads like the demo without repeating it row for row.
"""

import random
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from trellis.demo.content import content_read

CYRILLIC = re.compile("[а-яА-ЯёЁ]")


@dataclass(frozen=True)
class Thread:
    """A question or discussion as the demo wrote it: its language, title, body and the
    bodies of its answers or replies."""

    language: str
    title: str
    body: str
    responses: tuple[str, ...]


@dataclass(frozen=True)
class Texts:
    activities: tuple[tuple[dict[str, str], dict[str, str]], ...]  # (title, description)
    agenda: tuple[tuple[str, str, str], ...]  # (language, title, description)
    questions: tuple[Thread, ...]
    discussions: tuple[Thread, ...]
    paragraphs: dict[str, tuple[str, ...]]  # by language


def language_of(text: str) -> str:
    return "ru" if CYRILLIC.search(text) else "en"


@cache
def texts_load() -> Texts:
    programme = content_read("programme")
    activities = tuple(
        (dict(entry["title"]), dict(entry.get("description") or entry["title"]))
        for entry in _entries_with_title(programme)
    )
    agenda = tuple(
        (item["language"], item["title"].strip(), (item.get("description") or "").strip())
        for item in content_read("agenda")["items"]
    )
    questions = tuple(
        _thread(entry, "answers") for entry in content_read("questions") if "title" in entry
    )
    discussions = tuple(
        _thread(entry, "replies") for entry in content_read("discussions") if "title" in entry
    )
    paragraphs: dict[str, list[str]] = {"en": [], "ru": []}
    for thread in questions + discussions:
        for text in (thread.body, *thread.responses):
            for paragraph in text.split("\n\n"):
                if paragraph.strip():
                    paragraphs[thread.language].append(paragraph.strip())
    return Texts(
        activities=activities,
        agenda=agenda,
        questions=questions,
        discussions=discussions,
        paragraphs={language: tuple(found) for language, found in paragraphs.items()},
    )


def _entries_with_title(node: Any) -> list[dict[str, Any]]:
    """Every entry of the programme (plenaries, their sessions, community activities) that has
    a title in both languages, in file order."""
    found = []
    if isinstance(node, dict):
        title = node.get("title")
        if isinstance(title, dict) and {"en", "ru"} <= set(title):
            found.append(node)
        for value in node.values():
            found.extend(_entries_with_title(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_entries_with_title(value))
    return found


def _thread(entry: dict[str, Any], responses: str) -> Thread:
    title = entry["title"].strip()
    return Thread(
        language=language_of(title + entry["body"]),
        title=title,
        body=entry["body"].strip(),
        responses=tuple(item["body"].strip() for item in entry.get(responses) or ()),
    )


def body_compose(rng: random.Random, texts: Texts, language: str, first: str) -> str:
    """A body: a text of the demo followed by a paragraph of another text of its language."""
    return f"{first}\n\n{rng.choice(texts.paragraphs[language])}"


def titled(title: str, topic: str, limit: int) -> str:
    """A title made specific to a community's topic, within the field's length."""
    combined = f"{title} ({topic})"
    return combined if len(combined) <= limit else title[:limit]
