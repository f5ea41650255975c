"""`rfh app package`: the installable zip of zendesk_app/, checked against Zendesk's manifest rules.

Zendesk's own validator (zcli apps:validate) needs a logged-in account, so the rules it applies
to a private ZAF v2 sidebar app are checked here, offline, before anything is written.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

# Not backend.settings.PROJECT_ROOT: this module holds `rfh app`, and `rfh --help` must not load
# the settings (pydantic, SQLAlchemy) to list it.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
APP_DIR = PROJECT_ROOT / "zendesk_app"
DEFAULT_OUTPUT = PROJECT_ROOT / "dist" / "rfh-copilot-zendesk-app.zip"
SECRET_NAME = "shared_secret"
SECRET_LOOKING = re.compile(r"secret|token|password|passwd|api_?key|credential", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
# A quoted 'sidebar.x' / 'dashboard.x' literal anywhere in a script is a string the UI shows.
UI_KEY = re.compile(r"""['"`]((?:sidebar|dashboard)(?:\.[A-Za-z0-9_]+)+)['"`]""")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
LOGOS = {"assets/logo.png": (320, 320), "assets/logo-small.png": (128, 128)}
# Files the sidebar needs at run time that Zendesk only hosts under assets/.
RUNTIME_TRANSLATIONS = "assets/translations/{locale}.json"


def _lookup(table: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(table, Mapping):
            return None
        table = table.get(part)
    return table


def _png_size(data: bytes) -> tuple[int, int] | None:
    if not data.startswith(PNG_MAGIC) or len(data) < 24:
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _location_problems(manifest: Mapping[str, Any], files: Mapping[str, bytes]) -> list[str]:
    problems: list[str] = []
    support = (manifest.get("location") or {}).get("support")
    if not isinstance(support, Mapping) or "ticket_sidebar" not in support:
        return ["location.support.ticket_sidebar is required"]
    for name, spec in support.items():
        url = spec if isinstance(spec, str) else (spec or {}).get("url")
        if not isinstance(url, str) or not url:
            problems.append(f"location.support.{name} needs a url")
        elif url.startswith("assets/"):
            if url not in files:
                problems.append(f"location.support.{name} points to missing {url}")
        elif not url.startswith("https://"):
            problems.append(f"location.support.{name} url must be under assets/ or https://")
    sidebar = support["ticket_sidebar"]
    if not isinstance(sidebar, Mapping) or sidebar.get("flexible") is not True:
        problems.append("location.support.ticket_sidebar must be flexible (it sets its height)")
    return problems


def _parameter_problems(manifest: Mapping[str, Any], translations: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    params = manifest.get("parameters") or []
    names = [p.get("name") for p in params]
    if sorted(n for n in names if n) != ["backend_url", SECRET_NAME] or len(names) != 2:
        problems.append(f"parameters must be exactly backend_url and {SECRET_NAME}, got {names}")
    for param in params:
        name = param.get("name", "?")
        if param.get("secure") and "default" in param:
            problems.append(f"secure parameter {name} must not have a default")
        if name == SECRET_NAME:
            if param.get("secure") is not True:
                problems.append(f"{SECRET_NAME} must be secure: true")
            scopes = param.get("scopes")
            if not isinstance(scopes, list) or not scopes:
                problems.append(f"{SECRET_NAME} must declare its scopes")
        elif SECRET_LOOKING.search(name):
            problems.append(f"parameter {name} looks like a secret: only {SECRET_NAME} may be one")
        plain_text = param.get("type") in ("text", "url") and not param.get("secure")
        if name == "backend_url" and not plain_text:
            problems.append("backend_url must be a plain (not secure) text parameter")
        if not _lookup(translations, f"app.parameters.{name}.label"):
            problems.append(f"translations lack app.parameters.{name}.label")
    return problems


def _whitelist_problems(manifest: Mapping[str, Any], backend_host: str | None) -> list[str]:
    hosts = manifest.get("domainWhitelist")
    if not isinstance(hosts, list) or len(hosts) != 1 or not isinstance(hosts[0], str):
        return ["domainWhitelist must hold exactly the backend's host"]
    if not HOST.match(hosts[0]):
        return [f"domainWhitelist entry {hosts[0]!r} must be a bare host name (no scheme, no *)"]
    if backend_host is not None and hosts[0] != backend_host:
        return [f"domainWhitelist is {hosts[0]!r}, not the backend's host {backend_host!r}"]
    return []


def ui_keys(files: Mapping[str, bytes]) -> set[str]:
    """The translation keys the app's scripts name ('sidebar.…', 'dashboard.…')."""
    keys: set[str] = set()
    for name, data in files.items():
        if name.startswith("assets/") and name.endswith(".js") and not name.endswith(".min.js"):
            keys.update(UI_KEY.findall(data.decode("utf-8", "replace")))
    return keys


def manifest_problems(files: Mapping[str, bytes], backend_host: str | None = None) -> list[str]:
    """Every broken Zendesk rule of an app given as {path in the zip: bytes}; [] when valid."""
    try:
        manifest = json.loads(files["manifest.json"])
    except (KeyError, ValueError) as exc:
        return [f"manifest.json is missing or not JSON: {exc}"]
    problems: list[str] = []
    if manifest.get("frameworkVersion") != "2.0":
        problems.append('frameworkVersion must be "2.0"')
    author = manifest.get("author") or {}
    if not author.get("name"):
        problems.append("author.name is required")
    if not EMAIL.match(str(author.get("email", ""))):
        problems.append("author.email must be an email address")
    if not manifest.get("version"):
        problems.append("version is required")
    locale = manifest.get("defaultLocale")
    if locale != "en":
        problems.append('defaultLocale must be "en"')
    try:
        translations = json.loads(files[f"translations/{locale}.json"])
    except (KeyError, ValueError):
        return [*problems, f"translations/{locale}.json is missing or not JSON"]
    app_name = _lookup(translations, "app.name")
    if not isinstance(app_name, str) or not app_name:
        problems.append("translations lack app.name")
    missing = sorted(k for k in ui_keys(files) if not isinstance(_lookup(translations, k), str))
    if missing:
        problems.append(f"translations lack strings the UI shows: {', '.join(missing)}")
    problems += _location_problems(manifest, files)
    problems += _parameter_problems(manifest, translations)
    problems += _whitelist_problems(manifest, backend_host)
    for path, (width, height) in LOGOS.items():
        if _png_size(files.get(path, b"")) != (width, height):
            problems.append(f"{path} must be a {width}x{height} PNG")
    return problems


def read_app(app_dir: Path = APP_DIR) -> dict[str, bytes]:
    """The app's files as {relative path: bytes} (what goes into the zip)."""
    files: dict[str, bytes] = {}
    for path in sorted(app_dir.rglob("*")):
        relative = path.relative_to(app_dir).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in relative.split("/")):
            files[relative] = path.read_bytes()
    return files


def prepare(files: Mapping[str, bytes], backend_url: str | None) -> dict[str, bytes]:
    """Point domainWhitelist at the backend; copy translations where the iframe can fetch them."""
    out = dict(files)
    manifest = json.loads(out["manifest.json"])
    if backend_url:
        manifest["domainWhitelist"] = [backend_host(backend_url)]
        out["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode()
    for name, data in files.items():
        if name.startswith("translations/") and name.endswith(".json"):
            locale = name.split("/", 1)[1][: -len(".json")]
            out[RUNTIME_TRANSLATIONS.format(locale=locale)] = data
    return out


def backend_host(url: str) -> str:
    """The host of an https backend URL (Zendesk only proxies secure requests over https)."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise click.BadParameter(f"{url!r} must be an https:// URL", param_hint="--backend-url")
    return parts.hostname


def build_package(output: Path, backend_url: str | None = None, app_dir: Path = APP_DIR) -> Path:
    """Validate, then write the zip Zendesk accepts as a private app upload."""
    files = prepare(read_app(app_dir), backend_url)
    problems = manifest_problems(files, backend_host(backend_url) if backend_url else None)
    if problems:
        raise click.ClickException("the app does not pass Zendesk's rules:\n  - "
                                   + "\n  - ".join(problems))
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(name, files[name])
    return output


def read_zip(path: Path) -> dict[str, bytes]:
    """A packaged app's files, for checking what was built."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


def _names(files: Iterable[str]) -> str:
    return ", ".join(sorted(files))


@click.group("app")
def app_group() -> None:
    """The Zendesk sidebar app."""


@app_group.command("package")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Where to write the zip.")
@click.option("--backend-url", default=None, envvar="RFH_BACKEND_URL",
              help="Required: the service's https URL; its host becomes the manifest's "
              "domainWhitelist.")
def package_command(output: Path, backend_url: str | None) -> None:
    """Build the installable zip of zendesk_app/ (upload it in Zendesk as a private app)."""
    if not backend_url:
        # Without it the zip would whitelist the committed placeholder host, and the installed
        # app could reach nothing: refuse instead of writing an app that cannot work.
        raise click.UsageError(
            "--backend-url is required: the https URL of your copilot service, for example "
            "--backend-url https://rfh-copilot.example.com (or set RFH_BACKEND_URL). Its host "
            "becomes the app's only domainWhitelist entry.")
    path = build_package(output, backend_url)
    click.echo(f"wrote {path} ({_names(read_zip(path))})")


COMMANDS: list[click.Command] = [app_group]
