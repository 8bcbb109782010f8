"""The platform's fast paths give what the dataclass machinery would: a member's copy in a class, the hash."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import spec
from spec.platform import Member, build_platform

MODELS = Path(__file__).resolve().parent.parent / "models"


@given(st.text(max_size=5), st.integers(0, 9), st.integers(0, 9), st.none() | st.integers(0, 9), st.integers(0, 9))
def test_a_member_copied_into_a_class_equals_the_dataclass_replacement(
    name: str, capacity: int, unit: int, site: int | None, class_index: int
) -> None:
    member = Member(name=name, capacity=capacity, unit=unit, site=site)
    copy = member.of_class(class_index)
    assert copy == replace(member, class_index=class_index) and hash(copy) == hash(replace(member, class_index=class_index))
    assert member.class_index == 0 and copy is not member


def test_the_platform_hash_made_once_is_the_hash_of_its_fields() -> None:
    design = spec.load_design(MODELS / "national_fleet.toml")
    one, other = (build_platform(design, claim) for claim in design.claims[:2])
    assert hash(one) == hash(tuple(getattr(one, declared.name) for declared in fields(one)))
    assert build_platform(design, design.claims[0]) == one and hash(build_platform(design, design.claims[0])) == hash(one)
    assert one.faults != other.faults and one != other
