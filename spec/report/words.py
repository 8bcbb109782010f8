"""Words for reports: counts, plurals, lists of names, member labels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spec.platform import Member, Platform

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def count(number: int, noun: str) -> str:
    """`count(6, "server")` -> "six servers", `count(0, "crash")` -> "no crashes"."""
    word = _NUMBER_WORDS[number] if number < len(_NUMBER_WORDS) else str(number)
    return f"{word} {noun if number == 1 else plural(noun)}"


def plural(noun: str) -> str:
    return noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")


def verb(subjects: int, singular: str, plural_form: str) -> str:
    return singular if subjects == 1 else plural_form


def names(items: Sequence[str]) -> str:
    """Names joined for reading; a run of three or more numbered names is shortened: cs1-cs6."""
    parts: list[str] = []
    run: list[tuple[str, int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(f"{run[0][2]}–{run[-1][2]}")
        else:
            parts.extend(name for _, _, name in run)
        run.clear()

    for name in items:
        numbered = re.fullmatch(r"(.*?)(\d+)", name)
        if numbered is None:
            flush()
            parts.append(name)
            continue
        prefix, number = numbered.group(1), int(numbered.group(2))
        if run and (run[-1][0] != prefix or run[-1][1] + 1 != number):
            flush()
        run.append((prefix, number, name))
    flush()
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def member_label(platform: Platform, member: Member, with_site: bool = True) -> str:
    """`cs1 · cs-2021 · lille`: the member, its bug unit and (if it has one and asked) its site."""
    parts = [member.name, platform.units[member.unit]]
    if with_site and member.site is not None:
        parts.append(platform.sites[member.site])
    return " · ".join(parts)
