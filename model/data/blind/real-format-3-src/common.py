"""Shared helper for ticket source files."""

FORMS = {
    "email_thread", "log_paste", "chat_paste", "one_liner", "web_form",
    "markdown_report", "non_native_english", "mixed_problems",
    "misleading_subject", "alert_payload", "forwarded_note", "non_english",
}


def T(subject, priority, form, description, note=None):
    """One ticket. priority given as 'p0'..'p3'; note = borderline routing call (NOTES.md only)."""
    return {
        "subject": subject,
        "description": description.strip("\n"),
        "priority": "se/" + priority,
        "form": form,
        "note": note,
    }
