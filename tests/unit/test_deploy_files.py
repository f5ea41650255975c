"""The files a buildpack deploys from, and the operator's guide, agree with the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from backend.settings import DEFAULT_MODEL_DIR, Settings

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
REQUIREMENTS = (ROOT / "requirements.txt").read_text()
INSTALL_GUIDE = (ROOT / "docs" / "install.md").read_text()
REGENERATE = "run `make requirements` and commit requirements.txt with pyproject.toml"
PROJECT = canonicalize_name(PYPROJECT["project"]["name"])


def runtime_dependencies() -> dict[str, Requirement]:
    """pyproject.toml's [project] dependencies by canonical name."""
    reqs = [Requirement(line) for line in PYPROJECT["project"]["dependencies"]]
    return {canonicalize_name(r.name): r for r in reqs}


def pins() -> dict[str, Version]:
    """requirements.txt's `name==version` lines by canonical name (markers allowed)."""
    pinned: dict[str, Version] = {}
    for line in REQUIREMENTS.splitlines():
        text = line.split("#", 1)[0].strip()
        if not text or text == "-e .":
            continue
        req = Requirement(text)
        versions = [s.version for s in req.specifier if s.operator == "=="]
        assert len(versions) == 1, f"{line!r} is not an exact pin: {REGENERATE}"
        pinned[canonicalize_name(req.name)] = Version(versions[0])
    return pinned


def pinned_for_the_project() -> set[str]:
    """Packages whose uv annotation says they are there for this project itself."""
    wanted: set[str] = set()
    current: str | None = None
    for line in REQUIREMENTS.splitlines():
        if line and not line[0].isspace() and not line.startswith(("#", "-e")):
            current = canonicalize_name(Requirement(line.split("#", 1)[0].strip()).name)
            continue
        via = re.sub(r"^\s*#\s*(via\s+)?", "", line).strip()
        if current and line.startswith("    #") and re.match(rf"^{PROJECT}\b", via):
            wanted.add(current)
    return wanted


def test_every_runtime_dependency_is_pinned_within_its_specifier() -> None:
    """A buildpack installs requirements.txt only: each pyproject dependency must be there."""
    pinned = pins()
    missing = sorted(name for name in runtime_dependencies() if name not in pinned)
    assert not missing, f"not pinned in requirements.txt: {missing}; {REGENERATE}"
    outside = sorted(
        f"{name}=={pinned[name]} (pyproject: {req.specifier})"
        for name, req in runtime_dependencies().items()
        if not req.specifier.contains(pinned[name], prereleases=True)
    )
    assert not outside, f"pins outside pyproject's specifiers: {outside}; {REGENERATE}"


def test_requirements_pin_no_dependency_pyproject_dropped() -> None:
    """The packages pinned on the project's behalf are exactly pyproject's dependencies."""
    stale = sorted(pinned_for_the_project() - set(runtime_dependencies()))
    assert not stale, f"requirements.txt still pins removed dependencies {stale}; {REGENERATE}"
    assert pinned_for_the_project() == set(runtime_dependencies()), REGENERATE


def test_requirements_install_the_project_and_name_their_generator() -> None:
    """`-e .` gives the host the `rfh` command the Procfile runs; the header says how to rebuild."""
    lines = REQUIREMENTS.splitlines()
    assert "-e ." in lines, f"requirements.txt lacks `-e .`: {REGENERATE}"
    assert "#    make requirements" in lines[:3], f"hand-edited requirements.txt? {REGENERATE}"
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^requirements:", makefile, flags=re.MULTILINE)


def test_python_version_file_matches_the_project() -> None:
    """The buildpack's Python is one pyproject, mypy and ruff are set up for."""
    version = (ROOT / ".python-version").read_text().strip()
    assert re.fullmatch(r"3\.\d+", version), version
    assert SpecifierSet(PYPROJECT["project"]["requires-python"]).contains(f"{version}.0")
    assert PYPROJECT["tool"]["mypy"]["python_version"] == version
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + version.replace(".", "")


def test_install_guide_documents_every_setting() -> None:
    """Each Settings field appears in docs/install.md under its environment variable name."""
    undocumented = sorted(
        name.upper() for name in Settings.model_fields
        if not re.search(rf"`{name.upper()}`", INSTALL_GUIDE)
    )
    assert not undocumented, (
        f"docs/install.md does not document {undocumented}: add each to the environment tables "
        "of section 2 with its meaning and default"
    )


def test_install_guide_lists_every_team_as_a_field_option() -> None:
    """The Engineering Team drop-down's values are the keys the service writes into it."""
    teams = yaml.safe_load((DEFAULT_MODEL_DIR / "routing.yaml").read_text())["teams"]
    missing = sorted(key for key in teams if f"| `{key}` |" not in INSTALL_GUIDE)
    assert not missing, f"docs/install.md's Engineering Team options lack {missing}"
