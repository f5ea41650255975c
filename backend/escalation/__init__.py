"""Escalation: compose the RFH, file it on GitHub exactly once, link it back on the ticket."""
