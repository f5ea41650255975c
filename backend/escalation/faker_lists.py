"""Faker's given names, surnames and English and German lorem words, read in a process of their
own.

Importing Faker's person lists of 80 locales leaves ~16 MiB resident (the modules, their last
names and the arenas they filled) for ~1 MiB of given names. So ``lists`` runs this file as a
child process (stdlib and Faker only; no package import) and keeps only its answer; where no
child can start, it reads them here.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from collections.abc import Iterator

# English and German lorem only: the others hold names (juan and david of es and cs_CZ).
_LOREM = ("en_US", "de_DE")
# first_names (and _male, _female, _unisex, _hinduism ...) and the Japanese and Chinese
# romanised ones; not the generic "en" list, which holds "Author", "Forest" and "Almond".
_GIVEN = ("first_names", "first_romanized_names")
_FAMILY = ("last_names", "last_romanized_names")
_SKIPPED_LOCALES = ("en",)


def _providers(package: str) -> Iterator[tuple[str, type]]:
    """(locale, Provider class) of each locale of a Faker provider package."""
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(module.__path__):
        yield info.name, importlib.import_module(f"{package}.{info.name}").Provider


def read() -> dict[str, list[str]]:
    """{"given": Faker's given names, "family": its surnames, "lorem": its English and German
    lorem words}."""
    given: set[str] = set()
    family: set[str] = set()
    for locale, provider in _providers("faker.providers.person"):
        if locale in _SKIPPED_LOCALES:
            continue
        for attribute in dir(provider):
            value = getattr(provider, attribute, None)
            if not isinstance(value, dict | list | tuple):
                continue
            if attribute.startswith(_GIVEN):
                given.update(str(name) for name in value)
            elif attribute.startswith(_FAMILY):
                family.update(str(name) for name in value)
    lorem = {str(word) for locale, provider in _providers("faker.providers.lorem")
             if locale in _LOREM for word in getattr(provider, "word_list", ()) or ()}
    return {"given": sorted(given), "family": sorted(family), "lorem": sorted(lorem)}


def lists() -> dict[str, list[str]]:
    """``read()``'s answer from a child process (in this one if none can start)."""
    try:
        # -I: isolated, so this package's requests.py or markdown.py never shadow Faker's.
        done = subprocess.run([sys.executable, "-I", __file__], capture_output=True,
                              check=True, timeout=60)
        answer = json.loads(done.stdout)
        if isinstance(answer, dict) and answer.get("given"):
            return answer
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    return read()


if __name__ == "__main__":
    json.dump(read(), sys.stdout)
