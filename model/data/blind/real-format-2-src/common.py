"""Shared helpers for the hand-written ticket modules."""
import textwrap


def d(s):
    """Dedent a triple-quoted block and trim surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def T(subject, description, priority, form, tags=None, org_tags=None):
    return {
        "subject": subject,
        "description": d(description) if description else "",
        "priority": priority,
        "form": form,
        "tags": list(tags or []),
        "org_tags": list(org_tags or []),
    }
