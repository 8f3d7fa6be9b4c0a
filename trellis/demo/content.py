"""Reading the demo's content from the YAML files in `trellis/demo/data/`.

The content (who the people are, what the communities said, did, asked and answered) is data;
the planning code draws from it. Each file holds one concept, with both languages side by side
wherever a text is shown in both. A file is read into the frozen dataclasses the planning code
already uses, checked against their type hints on the way, so a typo in a file fails the load
with the file and the path of the wrong value instead of surfacing as odd demo data.

A text in both languages is a mapping ``{en: ..., ru: ...}``; where a dataclass keeps such a
pair as a tuple it marks the field with `IN_BOTH_LANGUAGES` (or `fields_named`, for other
tuples written as mappings), and the pair is read in that order.
"""

import dataclasses
import types
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

import yaml

DATA = Path(__file__).with_name("data")
LANGUAGES = ("en", "ru")
_KEYS = "content_keys"

T = TypeVar("T")


def fields_named(*keys: str) -> dict[str, tuple[str, ...]]:
    """Field metadata: a tuple written in the file as a mapping with these keys, in order."""
    return {_KEYS: keys}


IN_BOTH_LANGUAGES = fields_named(*LANGUAGES)


class ContentError(ValueError):
    """A data file does not match the shape the demo expects."""


@cache
def content_read(name: str) -> Any:
    """The parsed content of `data/<name>.yaml` (read once per process)."""
    path = DATA / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def content_load(name: str, kind: Any, *, key: str | None = None) -> Any:
    """`data/<name>.yaml` (or its top-level entry `key`) read as `kind`, a type hint such as
    ``tuple[Template, ...]`` or ``dict[str, Place]``."""
    raw = content_read(name)
    where = name
    if key is not None:
        raw = raw[key]
        where = f"{name}.{key}"
    return _convert(kind, raw, where, ())


def content_convert(kind: Any, raw: Any, *, where: str) -> Any:
    """Content already read (and perhaps combined from several files) converted to `kind`."""
    return _convert(kind, raw, where, ())


def _convert(kind: Any, value: Any, where: str, keys: tuple[str, ...]) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = get_args(kind)
        if value is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _convert(inner, value, where, keys)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass(kind, value, where)
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            _expect(value, list, where)
            return tuple(
                _convert(args[0], item, f"{where}[{index}]", ()) for index, item in enumerate(value)
            )
        if keys:
            _expect(value, dict, where)
            if set(value) != set(keys):
                raise ContentError(f"{where}: expected the keys {', '.join(keys)}")
            value = [value[name] for name in keys]
        _expect(value, list, where)
        if len(value) != len(args):
            raise ContentError(f"{where}: expected {len(args)} values")
        return tuple(
            _convert(arg, item, f"{where}[{index}]", ())
            for index, (arg, item) in enumerate(zip(args, value, strict=True))
        )
    if origin is dict:
        key_kind, value_kind = get_args(kind)
        _expect(value, dict, where)
        return {
            _convert(key_kind, name, where, ()): _convert(value_kind, item, f"{where}.{name}", ())
            for name, item in value.items()
        }
    if origin is list:
        _expect(value, list, where)
        (item_kind,) = get_args(kind)
        return [_convert(item_kind, item, f"{where}[{i}]", ()) for i, item in enumerate(value)]
    if kind is float:  # as in Python, a whole number is a float too, and is kept as written
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ContentError(f"{where}: expected a number, not {value!r}")
        return value
    if kind is date:
        _expect(value, date, where)
        return value
    if kind is Any:
        return value
    if kind in (str, int, bool):
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ContentError(f"{where}: expected {kind.__name__}, not {value!r}")
        return value
    raise ContentError(f"{where}: no reader for {kind!r}")


def _dataclass(kind: type[T], value: Any, where: str) -> T:
    _expect(value, dict, where)
    fields = {field.name: field for field in dataclasses.fields(kind) if field.init}  # type: ignore[arg-type]
    unknown = set(value) - set(fields)
    if unknown:
        raise ContentError(f"{where}: unknown {', '.join(sorted(unknown))}")
    hints = get_type_hints(kind)
    arguments = {
        name: _convert(hints[name], item, f"{where}.{name}", fields[name].metadata.get(_KEYS, ()))
        for name, item in value.items()
    }
    try:
        return kind(**arguments)
    except TypeError as error:
        raise ContentError(f"{where}: {error}") from error


def _expect(value: Any, kind: type, where: str) -> None:
    if not isinstance(value, kind):
        raise ContentError(f"{where}: expected {kind.__name__}, not {value!r}")
