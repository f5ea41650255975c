"""Shared customer table and ticket helper for the q2 blind queue."""

CUSTOMERS = {
    "Pemberton Systems": ["self-hosted", "enterprise", "kubernetes", "helm"],
    "Halvard Games": ["self-hosted", "enterprise", "kubernetes", "perforce", "game-studio"],
    "Quillstone Software": ["managed-instance", "enterprise", "cody-enterprise"],
    "Commonwealth Digital Services Agency": ["self-hosted", "enterprise", "air-gapped", "public-sector", "kubernetes"],
    "University of Eastmoor": ["self-hosted", "enterprise", "docker-compose", "education"],
    "Brightmarsh Interactive": ["managed-instance", "enterprise", "perforce", "game-studio"],
    "Arvenian Statistics Office": ["self-hosted", "enterprise", "kubernetes", "public-sector"],
    "Tessellate Labs": ["managed-instance", "trial", "poc"],
    "Fernhollow Software": ["managed-instance", "enterprise"],
}


def T(key, team, customer, priority, form, subject, description, tags=(), recurs=None, org_tags=None):
    if org_tags is None:
        if customer == "one-off":
            raise ValueError(f"{key}: one-off tickets need explicit org_tags")
        org_tags = CUSTOMERS[customer]
    return {
        "key": key,
        "subject": subject,
        "description": description.strip("\n"),
        "team": team,
        "priority": priority,
        "form": form,
        "customer": customer,
        "recurs": recurs,
        "tags": list(tags),
        "org_tags": list(org_tags),
    }
