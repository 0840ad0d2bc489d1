"""A document's table of entities and their events: each instrument, meeting or document the
text names (by its key, the full title a short form or a generic mention stands for), with the
events told of it in text order. The rules compare events of one entity; this table is what a
reviewer reads to see why (`treatylint facts --events`)."""
from __future__ import annotations

from typing import NamedTuple

from linter.facts import Event


class Entity(NamedTuple):
    name: str  # the instrument's full title, the meeting's name, or the document's symbol
    about: str  # "title", "meeting" or "symbol"
    events: tuple[Event, ...]  # in text order


def table(events: list[Event]) -> list[Entity]:
    """The entities of `events` that have a subject, in the order the text first names them."""
    grouped: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        if event.subject is not None:
            grouped.setdefault((event.about, event.subject), []).append(event)
    return [Entity(name, about, tuple(found)) for (about, name), found in grouped.items()]
