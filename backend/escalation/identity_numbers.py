"""Numbers that identify a person or an account: payment cards, bank accounts, social security
numbers, cloud account ids and the customer ids that services issue.

RE2 patterns find candidates (linear in any input); python-stdnum's checks decide which are real
(the Luhn digit of a card, the IBAN's country length and mod-97 check, the SSN's reserved
ranges), so a build number, a timestamp or a long count is kept. A text has a budget of such
checks (``CHECKS``): past it, every candidate of the right shape goes unchecked, so a hostile
text of 16,000 SSN-shaped groups costs the budget, not a check each, and fails closed. Cards,
IBANs and SSNs go from every issue, the private one too (nobody in engineering needs a card
number); the account and customer ids only from a public defect.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from stdnum import iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.us import ssn

from backend.escalation.personal_ids import address_spans, personal_id_spans
from backend.escalation.spans import ACCOUNT, BANK_ACCOUNT, CARD, ID_NUMBER, Span, linear

# Runs of digit groups split the ways people paste a card (4111 1111 1111 1111, 3782-822463-10005,
# 4111.1111.1111.1111, no-break spaces from a mail client, tabs, underscores, " - "); a card is
# found among a run's groups (_cards), since a port or a version may sit beside it. Cards are
# grouped in threes and more (4-4-4-4, 4-6-5, 4-4-4-4-3; a 13-digit one may end in one), so a
# run's groups have three digits at least but its last: "1.1.1.1…" is no candidate. Uncapped: a
# cap would cut a card at the end of one run and the start of the next.
_SEP = r"(?:[ \t\x{00A0}._-]| - )"
_DIGIT_RUN = linear(rf"\b\d{{3,}}(?:{_SEP}\d{{3,}})*(?:{_SEP}\d{{1,2}})?\b")
_DIGITS = linear(r"\d+")
# Written as one run (or grouped oddly), 13 to 19 digits are a card only after a word of payment:
# a trace id, a snowflake id or a count of that length passes the Luhn check one time in ten.
_CARD_CUE = linear(r"(?i)(?:card|visa|master ?card|amex|american express|discover|jcb|diners"
                   r"|maestro|unionpay|credit|debit|payment|paid|charge|billing|\bpan\b|\bcc\b"
                   r"|karte|carte|tarjeta|carta)")
# Two letters, two check digits, then groups of four (spaced, dashed or not) and a short last
# group, in either case (iban de89 3704 ...).
_IBAN = linear(r"(?i)\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b")
_IBAN_GROUPS = linear(r"[ -]")
# A UK bank account's sort code, and a card's security code, after their names.
_SORT_CODE = linear(r"(?i)\bsort[ _-]?code[ \t]{0,3}[:#=]?[ \t]{0,3}(\d{2}[ -]?\d{2}[ -]?\d{2})\b")
_CVV = linear(r"(?i)\b(?:cvv2?|cvc2?|card security code)[ \t]{0,3}[:#=]?[ \t]{0,3}"
              r"(?:is[ \t]{1,3})?(\d{3,4})\b")
# With dashes. Written with dots (536.22.1234, also a build number's shape), with spaces or in one
# run, an SSN is one only after its name, and personal_ids removes the value after that name.
_SSN = linear(r"\b\d{3}-\d{2}-\d{4}\b")
# Brazil's company and person tax numbers as they are printed (12.345.678/0001-95, 123.456.789-09).
_BR_TAX = linear(r"\b(?:\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{3}\.\d{3}\.\d{3}-\d{2})\b")
# An AWS account id after its name: "AWS account 123456789012", "account id is ...",
# "Account": "123456789012" (aws sts get-caller-identity), "OwnerId": "..." (EC2), 1234-5678-9012.
# A bank account number after its name too ("account number 55779911").
_AWS_ACCOUNT = linear(
    r"(?i)\b(?:aws[ _-]?)?(?:(?:account|acct)(?:[ _-]?(?:id|number|no))?|owner[ _-]?id"
    r"|aws[ _-]?(?:konto|compte|cuenta|conta))[\"']?"
    r"[ \t]{0,20}(?:[:#=]|is)?[ \t]{0,20}[\"']?"
    r"(\d{12}|\d{4}-\d{4}-\d{4}|\d{4} \d{4} \d{4}|\d{6,17})\b")
# A bank account's number after its word in the languages customers write in ("cuenta
# 00490001512345678", "Kontonummer 1234567890"): ten digits at least ("Konto 100000 Zeilen"
# is a count).
# (compte, cuenta, conta and conto also mean "counts": those only with a colon or a number's
# sign after them, "cuenta: …", "compte n° …")
_BANK_NUMBER = linear(r"(?i)\b(?:(?:konto|kontonummer|numéro de compte|número de cuenta"
                      r"|número da conta|rekening|rekeningnummer)[ \t]*[:#]?"
                      r"|(?:compte|cuenta|conta|conto)[ \t]*(?:[:#]|n[°ºo]\.?|num\.?))[ \t]*"
                      r"(\d[\d \-]{8,32}\d)\b")
# An id after the name of what it identifies: client_id=0oa1b2..., "tenantId": "...",
# installation id 41234567, project number 884512093341, employee id E004521, contract id
# SG-ENT-0042. A value without a digit is a word, not an id.
_KEYED_ID = linear(
    r"(?i)\b(?:(?:client|tenant|subscription|customer|account|org|organi[sz]ation|project|app"
    r"|application|installation|workspace|team|employee|contract|order|invoice|billing[ _-]?account"
    r"|purchase[ _-]?order|badge|personnel|staff|student)[ _-]?(?:(?:id|number|no|nr)\b\.?|#)"
    r"|billing account"
    r"|badge)[\"']?[ \t]{0,3}(?:[:=#]|is)?[ \t]{0,3}[\"']?([A-Za-z0-9][A-Za-z0-9_\-]{4,127})")
# AWS resources' id prefixes (vpc-0a7d3e91c4b26f810, vol-…, i-…, sg-…).
_AWS_PREFIXES = frozenset({"vpc", "vol", "subnet", "sg", "eni", "ami", "snap", "igw", "nat", "rtb",
                           "acl", "i", "eipalloc", "vpce", "tgw", "fs", "lt", "pcx", "rds"})
# Ids that say what they are by their shape: Stripe's customers, subscriptions and accounts,
# Okta's app client ids, AWS resources (vpc-0a7d3e91c4b26f810, vol-…, i-…, sg-…).
_SHAPED_ID = linear(r"\b(?:(?:cus|sub|acct)_[A-Za-z0-9]{10,40}|0oa[A-Za-z0-9]{17})\b"
                    r"|\b(?:" + "|".join(sorted(_AWS_PREFIXES))
                    + r")-(?:[0-9a-f]{17}|[0-9a-f]{8})\b"
                    # A purchase order, invoice, order or customer number by its prefix
                    # (PO-2024-88315, INV-00412): not CVE-2024-1234 or RFC-7231.
                    r"|\b(?:PO|INV|ORD|CUST)[-#]?\d{3,}(?:-\d+)*\b")
# A company's or person's tax number, and an order's number, after their names in the languages
# customers invoice in: SIRET 512 384 771 00029, NIF B-48732915, VAT IE 6388047V, RFC
# GAS980714KJ3, PO 4500187732, bon de commande BC-2024-00417.
_TAX_OR_ORDER = linear(
    r"(?i:\b(?:siret|siren|nif|cif|nie|vat(?:[ \t]*(?:no|number|id|reg))?|ust-?id(?:nr)?|tva"
    r"|rut|abn|gstin|steuernummer|partita iva|p\.?[ \t]?iva|po|p\.o\."
    r"|bon de commande|commande|bestellnummer|bestellung|pedido|ordine|purchase order"
    # Companies' register numbers (HRB 148823, FRN 604417, Registered in Scotland No. SC418872)
    r"|hrb|hra|frn|kvk|company[ \t]+(?:registration[ \t]+)?(?:no|number)"
    r"|registered[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?)"
    r"[ \t]*(?:no\.?|nr\.?|n[°º]|number|#)?)[ \t]*[:=]?[ \t]*"
    r"((?:[A-Z]{2}[ \t]?)?[A-Z0-9][A-Z0-9.\-/]{0,22}(?:[ \t][0-9]{2,6}){0,4})\b"
    # Mexico's RFC by its shape (not "RFC 7231", an IETF document).
    r"|(?i:\brfc)[ \t]*[:=]?[ \t]*([A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3})\b")
CHECKS = 256  # checksum checks per text; past them a candidate of the right shape is removed


class _Budget:
    """Checks still allowed for one text: each answers ``check(value)``, then none does."""

    def __init__(self, checks: int) -> None:
        self.left = checks

    def passes(self, check: Callable[[str], bool], value: str) -> bool:
        """check(value) while the budget lasts; True (remove it) after."""
        if self.left <= 0:
            return True
        self.left -= 1
        return check(value)


def _documented(value: str) -> bool:
    """An AWS resource id as the documentation writes it (i-1234567890abcdef0, vpc-a01106c2),
    or a word in hexadecimal letters (lt-deadbeef): no one's resource."""
    prefix, _, hexa = value.partition("-")
    if not hexa or prefix.lower() not in _AWS_PREFIXES:  # (PO-4500012345, CUST-000123: theirs)
        return False
    return (hexa.isdigit() or hexa.isalpha() or "1234567" in hexa or "abcdef" in hexa
            or hexa in _AWS_EXAMPLES)


_AWS_EXAMPLES = frozenset({"a01106c2", "903004f8", "1a2b3c4d", "0123456789abcdef0"})



def keyed_id_spans(text: str) -> Iterator[Span]:
    """Spans of the ids after the name of what they identify ("Staff ID: 20231187"): learnt by
    the redactor, as the check before filing looks for them wherever else they stand."""
    for m in _KEYED_ID.finditer(text):
        value = m.group(1).rstrip("-_")
        if any(c.isdigit() for c in value):
            yield Span(m.start(1), m.start(1) + len(value), "customer_id", ID_NUMBER, value)


def identity_spans(text: str, *, public: bool) -> Iterator[Span]:
    """Spans of card, bank account, national id and birth date numbers (personal_ids); with
    ``public``, of cloud account ids and customer ids too."""
    budget = _Budget(CHECKS)
    yield from personal_id_spans(text)
    for m in _DIGIT_RUN.finditer(text):
        run = m.group(0)
        if len(run) < 13:
            continue  # most runs are one short number
        cued = _CARD_CUE.search(text[max(0, m.start() - 40):m.start()]) is not None
        for start, end in _cards(run, budget, cued):
            yield Span(m.start() + start, m.start() + end, "card", CARD, run[start:end])
    for m in _IBAN.finditer(text):
        # The groups after the number may be a word: the longest valid head counts.
        ends = [g.start() for g in _IBAN_GROUPS.finditer(m.group(0))] + [len(m.group(0))]
        for end in reversed(ends):
            value = m.group(0)[:end]
            if len(value) >= 15 and budget.passes(iban.is_valid, value):
                yield Span(m.start(), m.start() + end, "bank_account", BANK_ACCOUNT, value)
                break
    for regex, kind, mark in ((_SORT_CODE, "bank_account", BANK_ACCOUNT), (_CVV, "card", CARD)):
        for m in regex.finditer(text):
            yield Span(m.start(1), m.end(1), kind, mark, m.group(1))
    for m in _SSN.finditer(text):
        if budget.passes(ssn.is_valid, m.group(0).replace("-", "")):
            yield Span(m.start(), m.end(), "id_number", ID_NUMBER, m.group(0))
    for m in _BR_TAX.finditer(text):
        check = cnpj.is_valid if "/" in m.group(0) else cpf.is_valid
        if budget.passes(check, m.group(0)):
            yield Span(m.start(), m.end(), "id_number", ID_NUMBER, m.group(0))
    if not public:
        return
    yield from address_spans(text)
    for m in _AWS_ACCOUNT.finditer(text):
        yield Span(m.start(1), m.end(1), "account", ACCOUNT, m.group(1))
    yield from keyed_id_spans(text)
    for m in _BANK_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group(1)) >= 10:
            yield Span(m.start(1), m.end(1), "bank_account", BANK_ACCOUNT, m.group(1))
    for m in _SHAPED_ID.finditer(text):
        if not _documented(m.group(0)):
            yield Span(m.start(), m.end(), "customer_id", ID_NUMBER, m.group(0))
    for m in _TAX_OR_ORDER.finditer(text):
        group = 1 if m.group(1) is not None else 2
        value = m.group(group).rstrip(" .-/")
        if sum(c.isdigit() for c in value) >= 5:  # not "PO box" or "VAT rules"
            yield Span(m.start(group), m.start(group) + len(value), "customer_id", ID_NUMBER,
                       value)


_NETWORK_FIRST_DIGITS = frozenset("23456")


# First digits of the card networks and the lengths they issue: Visa, Mastercard (51-55 and
# 2221-2720), American Express, Discover, JCB, Diners Club, UnionPay and Maestro.
def _network_length(digits: str) -> bool:
    """True when a card network issues numbers that start like digits, of their length."""
    size, head = len(digits), int(digits[:4])
    if digits[0] == "4":
        return size in (13, 16, 19)
    if 5100 <= head <= 5599 or 2221 <= head <= 2720:
        return size == 16
    if digits[:2] in ("34", "37"):
        return size == 15
    if digits[:2] in ("30", "36", "38", "39"):
        return 14 <= size <= 19
    if digits[0] == "6" or 3528 <= head <= 3589:
        return 16 <= size <= 19
    if digits[:2] in ("50", "56", "57", "58"):  # Maestro
        return 13 <= size <= 19
    return False


def _cards(run: str, budget: _Budget, cued: bool) -> Iterator[tuple[int, int]]:
    """(start, end) in run of the card numbers among its groups: from each group on, the longest
    stretch of whole groups that is a card (a network's first digits and length, its Luhn digit;
    grouped as cards are printed, or after a word of payment when ``cued``), earliest first, none
    overlapping."""
    found = list(_DIGITS.finditer(run))
    groups, offsets = [g.group(0) for g in found], [g.start() for g in found]
    # What separates each group from the next: a card is written with one kind throughout, so
    # "4000000000000002 5.3.1" is a card and a version, not one 19-digit number.
    seps = [run[a.end():b.start()] for a, b in zip(found, found[1:], strict=False)]
    i = 0
    while i < len(groups):
        if groups[i][0] not in _NETWORK_FIRST_DIGITS:
            i += 1
            continue
        stretches, digits = [], ""  # (last group, digits) of a card network's shape
        for j in range(i, len(groups)):
            if j > i + 1 and seps[j - 1] != seps[i]:
                break
            digits += groups[j]
            if len(digits) > 19:
                break
            if len(digits) >= 13 and _network_length(digits) and (
                    cued or _printed(groups[i:j + 1])):
                stretches.append((j, digits))
        last = next((j for j, number in reversed(stretches)
                     if budget.passes(luhn.is_valid, number)), None)
        if last is None and cued and stretches and _printed(groups[i:stretches[-1][0] + 1]):
            # "Card: 4539 5821 7730 1186": printed as a card, right after the word, is one even
            # when mistyped (its check digit wrong): the rest of it is still someone's.
            last = stretches[-1][0]
        if last is None:
            i += 1
            continue
        yield offsets[i], offsets[last] + len(groups[last])
        i = last + 1


def _printed(groups: list[str]) -> bool:
    """Grouped as cards are printed: fours (the last group shorter or not), or 4-6-5 and 4-6-4
    (American Express, Diners Club)."""
    sizes = [len(g) for g in groups]
    return (len(sizes) >= 3 and all(n == 4 for n in sizes[:-1]) and sizes[-1] <= 4) or (
        sizes in ([4, 6, 5], [4, 6, 4]))


def payment_card(candidate: str) -> bool:
    """True for a payment card number: a network's first digits and length, and its Luhn digit."""
    digits = "".join(_DIGITS.findall(candidate))
    return len(digits) >= 13 and _network_length(digits) and luhn.is_valid(digits)
