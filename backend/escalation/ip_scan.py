"""IP addresses in ticket text: IPv4 (dotted, and in cloud hosts' names) and IPv6.

Split from contact_scan. Loopback, unspecified and link-local addresses (127.0.0.1, ::1,
169.254.169.254) are every machine's, and the report needs them; the others may be the customer's.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from backend.escalation.code_context import version_not_address
from backend.escalation.spans import IP, Span, linear

# A whole dotted run of numbers at once: 1.2.3.4.5 (a version) is one match, refused below for
# its five parts, not four matches each checked (a 200 KB "1.1.1..." was 25,000 RE2 matches).
_IPV4 = linear(r"\b\d+(?:\.\d+){3,}(?:/\d{1,2})?\b")
# An address in a cloud host's name (ip-10-42-3-17, ip-10-42-3-17.ec2.internal).
_DASHED_IP = linear(r"(?i)\bip-(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})\b")
# An IPv6 address may end in an embedded IPv4 one (::ffff:10.20.30.40): one address, one span.
_IPV6 = linear(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\.\d{1,3}\.\d{1,3}\.\d{1,3})?"
               r"(?:%[a-z0-9]{1,15})?(?:/\d{1,3})?")


def ip_spans(text: str) -> Iterator[Span]:
    """Spans of IPv4 and IPv6 addresses (not every machine's own: loopback, link-local)."""
    for m in _IPV4.finditer(text):
        start, end = m.start(), m.end()
        octets = m.group(0).split("/", 1)[0].split(".")
        if len(octets) != 4 or any(len(octet) > 3 for octet in octets) or (
                start >= 2 and text[start - 1] == "." and text[start - 2].isdigit()) or (
                text[end:end + 1] == "." and text[end + 1:end + 2].isdigit()):
            continue  # a longer dotted number (a version: 1.2.3.4.5, v1.2.3.4.5, 1.2.3.4.5rc1)
        try:
            # Zero-padded octets (192.168.001.010) are the same address to a reader.
            address = ipaddress.IPv4Address(".".join(str(int(octet)) for octet in octets))
        except ValueError:
            continue
        if address.is_loopback or address.is_unspecified or address.is_link_local or (
                version_not_address(text, start)):
            continue  # 127.0.0.1, 0.0.0.0 and 169.254.169.254 are every machine's
        yield Span(start, end, "ip", IP, m.group(0))
    for m in _DASHED_IP.finditer(text):  # EC2's node names: ip-10-42-3-17
        if all(int(octet) <= 255 for octet in m.groups()):
            yield Span(m.start(), m.end(), "ip", IP, m.group(0))
    for m in _IPV6.finditer(text):
        start, end, value = m.start(), m.end(), m.group(0)
        before = text[start - 1] if start else ""
        if value.count(":") < 2 or (before and (before.isalnum() or before == ":")):
            continue
        if not _ipv6(value) and value.endswith(":") and _ipv6(value[:-1]):
            value, end = value[:-1], end - 1  # "::1:" ends a phrase with a colon
        following = text[end:end + 1]
        if following.isascii() and following.isdigit() and "." not in value and (
                "%" not in value):
            # A port cut at four digits: "::1:11434" is ::1 and a port, not ::1:1143 and a 4
            # (only when what is left is an address: "2001:db8::17x" stays whole).
            cut = value.rsplit(":", 1)[0]
            if cut.count(":") >= 2 and _ipv6(cut):
                value, end = cut, start + len(cut)
        if _ipv6(value) and not _everyones_ipv6(value):  # else a time, Go's "a::b", "::1"
            yield Span(start, end, "ip", IP, value)


def everyones_address(host: str) -> bool:
    """A loopback, unspecified or link-local address: every machine's, no one's."""
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_link_local


def _everyones_ipv6(value: str) -> bool:
    """::1, :: and fe80::… are every machine's ('[::1]:6060', '::set-output' in a workflow)."""
    address = ipaddress.IPv6Address(value.split("/", 1)[0].split("%", 1)[0])
    return address.is_loopback or address.is_unspecified or address.is_link_local


def _ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value.split("/", 1)[0].split("%", 1)[0])
    except ValueError:
        return False
    return True

