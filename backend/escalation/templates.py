"""The issue templates (model/templates): a sandboxed Jinja2 environment, and the lines of
text a template itself writes (the service's words in a public defect)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, TemplateError, nodes
from jinja2.sandbox import SandboxedEnvironment

from backend.escalation.markdown import quote


class TemplateProblem(RuntimeError):
    """A template file is missing or broken; the message names the file and line."""


def _quote_filter(value: Any) -> str:
    return quote(str(value or ""))


class Templates:
    """The sandboxed Jinja2 environment over model/templates (edits are picked up live)."""

    def __init__(self, directory: Path) -> None:
        """Load templates from directory; nothing is read until the first render."""
        self.directory = directory
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader(str(directory)), autoescape=False, auto_reload=True,
            keep_trailing_newline=True,
        )
        self.env.filters["quote"] = _quote_filter
        self._literals: dict[str, tuple[str, list[str]]] = {}  # name -> (source, its lines)

    def literals(self, name: str) -> list[str]:
        """The template's own lines of text ("## Context", "- **Sourcegraph version:**"), read
        from its source as Jinja parses it: the service writes them, so no private name the
        ticket taught ("context" of a src/context path) may refuse or remove them."""
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
            cached = self._literals.get(name)
            if cached is not None and cached[0] == source:
                return cached[1]  # (parsed again only when a support lead edits the template)
            parsed = self.env.parse(source)
        except TemplateError as exc:
            raise TemplateProblem(f"The template {self.directory / name} cannot be read: {exc}"
                                  ) from exc
        lines = (line.strip() for data in parsed.find_all(nodes.TemplateData)
                 for line in data.data.splitlines())
        literals = sorted({line for line in lines if any(c.isalpha() for c in line)})
        self._literals[name] = (source, literals)
        return literals

    def render(self, name: str, **context: Any) -> str:
        """Render one template; a broken template raises TemplateProblem naming it."""
        try:
            return self.env.get_template(name).render(**context)
        except TemplateError as exc:
            line = getattr(exc, "lineno", None)
            where = f" line {line}" if line else ""
            raise TemplateProblem(
                f"The template {self.directory / name}{where} cannot be rendered: {exc}"
            ) from exc
