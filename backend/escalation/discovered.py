"""What the scans of one draft learn are the customer's, shared by all its texts."""

from __future__ import annotations

from dataclasses import dataclass, field

from backend.escalation.phone_scan import PhoneBudget


@dataclass
class Discovered:
    """Names the scan learned are the customer's, to be removed wherever else they appear."""

    customer: set[str] = field(default_factory=set)
    repositories: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # named in the text (people_scan)
    bare_hosts: set[str] = field(default_factory=set)  # machines named without a domain
    code_names: set[str] = field(default_factory=set)  # dotted names the texts use as code
    keys: set[str] = field(default_factory=set)  # the customer's ticket keys (reference_ids)
    secrets: set[str] = field(default_factory=set)  # removed once: removed wherever they stand
    # The words the draft's texts write in lower case as words of prose: none is a given name
    # in another text ("Máximo de conexiones" in the title, "el máximo" in the description).
    words: set[str] = field(default_factory=set)
    # Phone candidates this draft may still check: one budget for all its texts (phone_scan).
    phones: PhoneBudget = field(default_factory=PhoneBudget)
