"""Shared helpers and invented customer profiles for queue-1 (prefix q1)."""

CUSTOMERS = {
    # key: (display name, org_tags)
    "HGM": ("Harrowgate Mutual", ["self-hosted", "kubernetes", "helm", "enterprise", "finance"]),
    "CBF": ("Cobaltline Freight", ["self-hosted", "docker-compose", "enterprise", "logistics"]),
    "PRG": ("Pellucid Retail Group", ["managed-instance", "enterprise", "retail"]),
    "NSB": ("Norrsken Bank", ["self-hosted", "kubernetes", "helm", "enterprise", "finance"]),
    "TWL": ("Tidewater Logistics", ["managed-instance", "enterprise", "logistics"]),
    "BMS": ("Brightmarket Stores", ["self-hosted", "docker-compose", "enterprise", "retail"]),
    "QHC": ("Quayhaven Capital", ["self-hosted", "kubernetes", "helm", "enterprise", "finance"]),
    "MPS": ("Meridian Parcel Systems", ["managed-instance", "enterprise", "logistics"]),
    "FST": ("Fennimore Savings & Trust", ["self-hosted", "kubernetes", "helm", "trial", "poc", "finance"]),
}


def T(key, cust, form, priority, subject, description, tags, recurs=None, org_tags=None):
    """cust is a customer key from CUSTOMERS or 'one-off' (then org_tags must be given)."""
    if cust == "one-off":
        assert org_tags is not None, key
        customer, otags = "one-off", org_tags
    else:
        customer, otags = CUSTOMERS[cust][0], list(CUSTOMERS[cust][1])
        if org_tags:
            otags = otags + [t for t in org_tags if t not in otags]
    return {
        "key": key,
        "subject": subject,
        "description": description.strip("\n"),
        "priority": priority,
        "form": form,
        "customer": customer,
        "recurs_key": recurs,
        "tags": tags,
        "org_tags": otags,
    }
