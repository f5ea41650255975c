"""Shared helper for the round5-b ticket files."""


def T(subject, description, priority, form, tags=(), org_tags=()):
    return {
        "subject": subject,
        "description": description.strip("\n"),
        "priority": priority,
        "form": form,
        "tags": list(tags),
        "org_tags": list(org_tags),
    }
