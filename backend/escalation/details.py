"""Pull the handbook's Step 4 details (version, deployment, repro steps...) out of ticket text.

Every pattern is RE2 (linear time on any input); the look-arounds a version needs ("not followed
by more digits") are checked in code on a captured neighbour instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import re2

from backend.routing.handbook import Handbook
from backend.routing.router import Suggestion

SCAN_CHARS = 100_000  # details sit near the top; never scan a 1 MB paste whole

_VERSION = re2.compile(
    r"(?i)\b(?:sourcegraph|version|release|running|upgraded to|upgrade to|on)\s*(?:version\s*)?"
    r"[:=]?\s*v?(\d{1,2}\.\d{1,3}(?:\.\d{1,4})?(?:-rc\.?\d+)?)([\d.]*)"
)
_TAGGED_VERSION = re2.compile(r"v(\d{1,2}\.\d{1,3}\.\d{1,4})")
_INSIDERS = re2.compile(r"\b\d{6}_\d{4}-\d{2}-\d{2}_[0-9a-f]{6,}\b")
_DEPLOYMENTS = tuple((name, re2.compile("(?i)" + pattern)) for name, pattern in (
    ("Kubernetes", r"\b(kubernetes|k8s|kubectl|eks|gke|aks|openshift)\b"),
    ("Helm", r"\bhelm\b"),
    ("Docker Compose", r"\bdocker[- ]compose\b"),
    ("single Docker container", r"\bdocker run\b|\bsingle[- ]container\b"),
    ("managed instance", r"\bmanaged instance\b|\bsourcegraph cloud\b"),
    ("AWS", r"\baws\b|\bamazon\b"),
    ("Google Cloud", r"\bgcp\b|\bgoogle cloud\b"),
    ("Azure", r"\bazure\b"),
))
# A cloud's other services say nothing of where Sourcegraph runs: Azure AD signs people in, Azure
# DevOps hosts code, Azure OpenAI and Amazon Bedrock answer Cody.
_NOT_HOSTING = re2.compile(
    r"(?i)\b(?:azure[ \t]+(?:ad|active directory|devops|openai|entra|repos)|amazon[ \t]+bedrock"
    r"|aws[ \t]+(?:bedrock|cognito|codecommit|iam identity center|sso)|microsoft entra)\b")
_EXTENSION = re2.compile(
    r"(?i)\b((?:sourcegraph |cody )?(?:for )?(?:vs ?code|visual studio code|intellij|jetbrains|"
    r"neovim|emacs|xcode|chrome|firefox|safari|browser)(?: extension| plugin)?)"
    r"[^\n\d]{0,20}?v?(\d+\.\d+(?:\.\d+)?)"
)
_STEPS_HEADING = re2.compile(r"(?im)^.*\b(steps to reproduce|to reproduce|repro(?:duction)? steps|"
                             r"how to reproduce)\b.*$")
# Steps written on the label's own line: "Repro: open any repo page, click Blame".
_STEPS_INLINE = re2.compile(r"(?im)^[ \t]*(?:steps to reproduce|to reproduce|how to reproduce"
                            r"|repro(?:duction)?(?: steps)?|steps)[ \t]*[:–-][ \t]*(\S[^\n]{8,})$")
_LIST_LINE = re2.compile(r"(?i)^\s*(?:\d+[.)]|[-*•]|step \d+[:.)]?)\s+\S")
_TRIED = re2.compile(r"(?i)\b(tried|we have already|we've already|attempted|restarted|rolled back|"
                     r"reinstalled|cleared|re-?indexed|recreated|bumped|increased|disabled|"
                     r"workaround)\b")
# A run of line breaks with the spaces between them is one break (a paste of blank lines is
# one cut, not one per line).
_SENTENCE_END = re2.compile(r"[.!?]\s+|[ \t]*\n\s*")
# Another program's version ("git version 2.43.0", "helm version v3.14.2", "go 1.22"): what came
# before "version" or "on" names what the number is of.
_OTHER_PROGRAM = re2.compile(
    r"(?i)\b(?:git|go|golang|helm|kubectl|kubernetes|k8s|node|nodejs|npm|java|jdk|python"
    r"|postgres|postgresql|redis|nginx|gitlab|github enterprise|ghe|bitbucket|jira"
    r"|src-cli|src|vs ?code|intellij|chrome|firefox|macos|windows|ubuntu|rhel|terraform|eks|gke"
    r"|aks|openshift|perforce|p4)[ \t]*(?:server[ \t]*)?$")
PATTERNS = (_VERSION, _TAGGED_VERSION, _INSIDERS, _NOT_HOSTING, _OTHER_PROGRAM,
            *(p for _, p in _DEPLOYMENTS), _EXTENSION, _STEPS_HEADING, _LIST_LINE, _TRIED,
            _SENTENCE_END)


def version_of(text: str, fields: Mapping[int, object], field_id: int | None) -> str | None:
    """The Sourcegraph version: the custom field when set, else the first one the text names."""
    if field_id is not None and fields.get(field_id):
        return str(fields[field_id])[:60]
    head = text[:SCAN_CHARS]
    for version in (_stated_versions(head), _tagged_versions(head)):
        found = next(version, None)
        if found:
            return found
    insiders = _INSIDERS.search(head)
    return insiders.group(0) if insiders else None


def _stated_versions(text: str) -> Iterator[str]:
    for m in _VERSION.finditer(text):
        if any(c.isdigit() for c in m.group(2)):
            continue  # 5.3.1.2 is no version we report
        said = m.group(0).lower()
        if said.startswith("sourcegraph"):
            yield m.group(1)  # whatever it is
            continue
        # "git version 2.43.0", "redis version 7.2.4" (not "helm upgrade to 5.3.1": Sourcegraph's)
        if not _plausible(m.group(1)) or (said.startswith(("version", "release")) and (
                _OTHER_PROGRAM.search(text[max(0, m.start() - 32):m.start()].rstrip()))):
            continue
        yield m.group(1)


def _tagged_versions(text: str) -> Iterator[str]:
    for m in _TAGGED_VERSION.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end():m.end() + 1]
        if not _joined(before) and not _joined(after) and _plausible(m.group(1)) and not (
                _OTHER_PROGRAM.search(_before_version(text, m.start()))):
            yield m.group(1)


def _before_version(text: str, start: int) -> str:
    """The words just before a version, less a 'version' or 'v' of its own."""
    head = text[max(0, start - 32):start].rstrip()
    return head[:-7].rstrip() if head.lower().endswith("version") else head


def _plausible(version: str) -> bool:
    """A Sourcegraph release number: major 3 (2019) to 9; not git 2.43, a Go module's v1.14.2
    or Node 20.11 (a version said to be Sourcegraph's is taken whatever it is)."""
    major = int(version.split(".", 1)[0])
    return 3 <= major <= 9


def _joined(char: str) -> bool:
    """A neighbour that makes a match part of a longer word or dotted number."""
    return bool(char) and (char.isalnum() or char in "_.")


_DEPLOYMENT_WORDS = {"self_hosted": "self-hosted", "managed": "managed instance"}


def deployment_of(text: str, fields: Mapping[int, object], field_id: int | None,
                  detected: str) -> str:
    """Deployment type from the custom field, the router's detection and the words used."""
    if field_id is not None and fields.get(field_id):
        return str(fields[field_id])[:100]
    head = _NOT_HOSTING.sub(" ", text[:SCAN_CHARS])
    seen = [name for name, pattern in _DEPLOYMENTS if pattern.search(head)]
    # The router's kind in words: the issue is read by people, not by the router.
    kind = _DEPLOYMENT_WORDS.get(detected, detected) if detected and detected != "unknown" \
        else None
    if kind and seen:
        return f"{kind} ({', '.join(seen)})"
    if kind or seen:
        return kind or ", ".join(seen)
    return "unknown — not in ticket"


def is_extension_issue(suggestion: Suggestion, handbook: Handbook) -> bool:
    """True when the suggestion routes through an extension/editor section of the handbook."""
    return suggestion.team.get("route") in handbook.extension_routes


def extension_of(text: str) -> str | None:
    """'<extension> <version>' when the text names both."""
    match = _EXTENSION.search(text[:SCAN_CHARS])
    return f"{match.group(1).strip()} {match.group(2)}" if match else None


def repro_steps(text: str) -> str | None:
    """The list that follows a 'steps to reproduce' line, or the first numbered list."""
    lines = text[:SCAN_CHARS].split("\n")
    heading = _STEPS_HEADING.search(text[:SCAN_CHARS])
    start = text[: heading.end()].count("\n") + 1 if heading else 0
    block: list[str] = []
    sentence: str | None = None
    for line in lines[start:]:
        if not line.strip():  # what the branches below do with a blank line, without RE2 calls
            if block:
                break
            continue
        if _LIST_LINE.match(line):
            block.append(line.strip())
        elif block and line.strip() and line.startswith((" ", "\t")):
            block.append(line.strip())  # continuation of the previous step
        elif block:
            break
        elif heading and start:
            sentence = line.strip()  # steps written as a sentence right after the heading
            break
    if block:
        return "\n".join(block[:20])
    # Before that sentence: steps on the label's own line ("Repro: open ..., click ...").
    if (inline := _STEPS_INLINE.search(text[:SCAN_CHARS])) is not None:
        return inline.group(1).strip()[:500]
    return sentence


def paragraph_about_tries(text: str) -> str | None:
    """The sentences that say what was already tried (at most five)."""
    text = text[:SCAN_CHARS]
    # One pass over the whole text first: most tickets say nothing of tries, and splitting
    # 10,000 lines into sentences costs an RE2 call (microseconds of wrapping) per line.
    if _TRIED.search(text) is None:
        return None
    tried: list[str] = []
    for sentence in _sentences(text):
        # The length first: 100,000 blank lines are 100,000 "sentences" (measured: 15x an
        # ordinary ticket's preview when each was searched).
        if len(sentence.strip()) > 10 and _TRIED.search(sentence):
            tried.append(sentence.strip())
            if len(tried) == 5:
                break
    return "\n".join(tried) or None


def _sentences(text: str) -> Iterator[str]:
    """Split after . ! ? and a space, and at line breaks (the mark stays with its sentence)."""
    at = 0
    for m in _SENTENCE_END.finditer(text):
        cut = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        yield text[at:cut]
        at = m.end()
    yield text[at:]
