# helper shared by the per-team ticket files
def t(subject, description, priority, form, tags=None, org=None):
    return {"subject": subject, "description": description, "priority": priority,
            "form": form, "tags": list(tags or []), "org_tags": list(org or [])}
