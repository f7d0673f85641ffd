"""The schema is written once, as Core tables (storage/schema.py); the ORM's classes
(storage/tables.py) are mapped onto them and typed by their annotations, which must say what the
tables hold: the same columns, the same Python types, None where a column may be NULL."""

from __future__ import annotations

import types
from datetime import date, datetime, time
from typing import Union, get_args, get_origin

from sqlalchemy.orm import Mapped

from cmplanner.storage import schema, tables
from cmplanner.storage.types import IsoDate, UtcDateTime, WallTime

DECORATED = {UtcDateTime: datetime, IsoDate: date, WallTime: time}


def column_annotations(cls: type) -> dict[str, tuple[type, bool]]:
    """A mapped class's column attributes: (Python type, may be None), from its annotations."""
    relationships = set(cls.__mapper__.relationships.keys())
    found = {}
    for name, hint in vars(cls)["__annotations__"].items():
        assert get_origin(hint) is Mapped, (cls.__name__, name)
        if name in relationships:
            continue
        (inner,) = get_args(hint)
        if get_origin(inner) in (Union, types.UnionType):
            kinds = [k for k in get_args(inner) if k is not type(None)]
            found[name] = (kinds[0], len(kinds) < len(get_args(inner)))
        else:
            found[name] = (inner, False)
    return found


def test_every_table_has_one_class_typed_as_its_columns():
    classes = {cls.__table__: cls for cls in tables.Base.__subclasses__()}
    assert set(classes) == set(schema.metadata.tables.values()) and len(classes) == 32
    for table, cls in classes.items():
        assert tables.row_type(table) is cls
        annotated = column_annotations(cls)
        assert list(annotated) == list(table.c.keys()), cls.__name__
        for column in table.c:
            python_type = DECORATED.get(type(column.type)) or column.type.python_type
            assert annotated[column.key] == (python_type, column.nullable), (cls.__name__, column.key)


def test_the_classes_share_the_schemas_metadata():
    assert tables.Base.metadata is schema.metadata
    assert tables.PostRow.__table__ is schema.posts
    assert [r.key for r in tables.PostRow.__mapper__.relationships] == ["networks", "variants", "approvals"]
