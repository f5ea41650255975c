KEYS = ["id", "subject", "description", "team", "priority", "form", "tags", "org_tags"]


def make(team):
    def T(n, subject, description, priority, form, tags=None, org_tags=None):
        return {
            "id": f"{team}-tr6b-{n:03d}",
            "subject": subject.strip(),
            "description": description.strip("\n"),
            "team": team,
            "priority": priority,
            "form": form,
            "tags": list(tags or []),
            "org_tags": list(org_tags or []),
        }
    return T
