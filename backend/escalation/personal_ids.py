"""A person's government and health numbers after their names: national ids of any country,
passports, driving licences, dates of birth, medical record numbers.

The numbers differ by country (a French NIR, a Spanish DNI, a Chinese resident id, a Japanese My
Number), but people write the name of the number before it, in their language, as they do in a
SCIM attribute (``dateOfBirth=``, ``passportNumber=``). So the value after such a name is
removed from every issue, the private one too, whatever its country's format: no engineer needs
it. A value is a few groups that each hold a digit, with six digits at least, so "DOB unknown",
"born 2019" or "passport 0.10.12" (a library) stay. A UK National Insurance number is told by
its own shape. Street addresses (``address_spans``) leave public defects.
"""

from __future__ import annotations

from collections.abc import Iterator

from backend.escalation.spans import ADDRESS, BIRTH_DATE, ID_NUMBER, Span, linear

_ID_NAMES = (
    # Not "sin", "nie" or "tin": words of Spanish, Polish and English prose ("sin 8080").
    r"ssn|nino|bsn|nir|dni|nif|cpf|curp|aadhaa?r|pesel|tfn|rrn|hkid|nric|idnr"
    r"|national[ _-]?(?:id|identity|insurance)(?:[ _-]?(?:number|no\.?|card))?"
    r"|social[ _-]?(?:security|insurance)(?:[ _-]?(?:number|no\.?))?|burgerservicenummer"
    r"|codice[ _-]?fiscale|num[ée]ro de s[ée]curit[ée] sociale|personalausweis(?:nummer)?"
    r"|ausweis(?:nummer)?|reisepass(?:nummer)?|passnummer|passport(?:[ _-]?(?:number|no\.?|#))?"
    r"|driver'?s?[ _-]?licen[cs]e(?:[ _-]?(?:number|no\.?|#))?"
    r"|f[üu]hrerschein(?:nummer|[ _-]?nr\.?)?"
    r"|mrn|medical[ _-]?record(?:[ _-]?(?:number|no\.?))?|patient[ _-]?(?:id|number)"
    r"|health[ _-]?(?:insurance|card)[ _-]?(?:id|number|no\.?)|tax[ _-]?(?:id|number)"
    r"|steuer[ _-]?(?:id|nummer)|steueridentifikationsnummer|identity[ _-]?(?:card|number)"
    r"|id[ _-]?card(?:[ _-]?(?:number|no\.?))?")
_BIRTH_NAMES = (r"dob|d\.o\.b\.?|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthday|born"
                r"|geburtsdatum|geboren(?: am)?|geb\.|né(?:e)? le|fecha de nacimiento"
                r"|data di nascita|geboortedatum|data urodzenia|date de naissance"
                r"|data de nascimento")
# Names in scripts without word edges (RE2's \b is ASCII-only).
_CJK_NAMES = (r"マイナンバー|個人番号|身份证(?:号码?|号)?|身分證(?:字號)?|주민등록번호"
              r"|生年月日|出生日期")
_AFTER_NAME = (r"[\"']?[ \t]{0,3}[:#=(（：]?[ \t]{0,3}[\"']?(?:(?:is|ist|est|es|was)[ \t]{1,3})?"
               r"([A-Za-z0-9]*\d[A-Za-z0-9]*(?:[ ./-][A-Za-z0-9]*\d[A-Za-z0-9]*){0,7})")
_NAMED_ID = linear(r"(?i)(?:\b(?:" + _ID_NAMES + r")|" + _CJK_NAMES + r")" + _AFTER_NAME)
_NAMED_BIRTH = linear(r"(?i)\b(?:" + _BIRTH_NAMES + r")" + _AFTER_NAME)
# QQ 12 34 56 C: two letters (not D, F, I, Q, U, V first), six digits, a letter A-D; spaced as
# HMRC prints it (AB123456C is also a build tag's shape: after its name, _NAMED_ID has it).
_NINO = linear(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]\b")
_BIRTH_CJK = linear(r"(?:生年月日|出生日期)[ \t]{0,3}[:：]?[ \t]{0,3}"
                    r"(\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?)")


def personal_id_spans(text: str) -> Iterator[Span]:
    """Spans of national id, passport, licence and medical numbers and dates of birth."""
    for regex, kind, mark in ((_NAMED_ID, "id_number", ID_NUMBER),
                              (_NAMED_BIRTH, "birth_date", BIRTH_DATE)):
        for m in regex.finditer(text):
            value = m.group(1).rstrip(",. ")
            # Six digits at least: every national number has them, and so does a whole date; a
            # version (Passport 0.10.12), a year (born 2019) or a port has fewer.
            if sum(c.isdigit() for c in value) >= 6:
                yield Span(m.start(1), m.start(1) + len(value), kind, mark, value)
    for m in _BIRTH_CJK.finditer(text):
        yield Span(m.start(1), m.end(1), "birth_date", BIRTH_DATE, m.group(1))
    for m in _NINO.finditer(text):
        yield Span(m.start(), m.end(), "id_number", ID_NUMBER, m.group(0))


# A street address: a US or UK line (1427 Maple Ridge Drive, Apt 5B, Columbus, OH 43215; a house
# number of two digits at least, as "Step 3 Click Close" is none), a German or Austrian one
# (Hauptstraße 12, 80331 München; not "Spring 6"), a French one (12 rue de la Paix).
_STREET_US = linear(
    r"\b\d{2,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane"
    r"|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq"
    r"|Crescent|Rise|Close|Mews|Grove|Gardens)\b\.?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\.?[ \t]*#?[A-Za-z0-9-]{1,6})?"
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})?(?:,?[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?")
_STREET_DE = linear(
    r"\b[A-ZÄÖÜÆØÅ][a-zäöüßæøå\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer"
    # and the North's (Sundkrogsgade 21, 2150 København; Drottninggatan 5; Keizersgracht 12)
    r"|kai|chaussee|gade|vej|gata|gatan|vägen|veien|straat|laan|gracht|kade|plein)"
    r"[ \t]+\d{1,4}[a-z]?\b(?:[ \t]*[,·|]?[ \t]*\d{4,5}[ \t]+[A-ZÄÖÜÆØÅ][a-zäöüßæøå\-]+)?")
_STREET_FR = linear(
    r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|chemin|allée|impasse"
    r"|quai)[ \t]+(?:(?:de la|de l'|du|des|de|d')[ \t]*)?[A-ZÀ-Ý][^,\n\d]{1,40}"
    r"(?:,[ \t]*\d{5}[ \t]+[A-Za-zÀ-ÿ\-]+)?")


# Portuguese, Spanish and Italian: the street's kind first, then its name and number
# ("Av. Paulista, 1578", "Calle de Alcalá 45", "Viale Monza 12").
_STREET_SOUTH = linear(
    r"\b(?:Av\.|Avenida|Rua|Alameda|Travessa|Calle|C/|Paseo|Carrer|Viale|Piazza"
    r")[ \t]+(?:(?:da|de|do|dos|das|del|de la|di|della)[ \t]+)?[A-ZÀ-Ý][^,\n\d]{1,40}?"
    r",?[ \t]*(?:n[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?\b(?:,[ \t]*\d{1,3}[º°ª]?[ \t]*andar)?")
# Japanese (and Korean) addresses after the postal mark: 〒150-0002 東京都渋谷区渋谷2-21-1.
_POSTAL_MARK = linear(r"〒[ \t]?\d{3}-?\d{4}[ \t\x{3000}]*[^\s,;、。]{0,40}")


# Postcodes that say where someone is on their own: the UK's (EC4Y 0DW, AB55 4DH) and the
# Netherlands' with the town after it (3542 AB Utrecht).
_POSTCODE = linear(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"
                   r"|\b\d{4}[ \t][A-Z]{2}[ \t]+[A-Z][a-z]{2,}")


# A postcode's field in JSON, YAML or a form ("postal_code": "96814", PLZ: 80331), and an
# address's (LDAP's postalAddress: 27 Orchard Rise$Harrogate$HG2 9QL).
_POSTCODE_FIELD = linear(r"(?i)[\"']?\b(?:postal_?code|post_?code|zip_?code|zip|plz)[\"']?[ \t]*"
                         r"[:=][ \t]*[\"']?([A-Z0-9][A-Z0-9 \-]{2,9}[A-Z0-9])\b"
                         r"|(?i)\b(?:postal_?address|home_?address|street_?address)[\"']?[ \t]*"
                         r"[:=][ \t]*[\"']?([^\"'\n]{4,120})")
# A US city, state and ZIP on an address's last line ("Omaha, NE 68114").
_US_CITY_LINE = linear(
    r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},[ \t]*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA"
    r"|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT"
    r"|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?\b")
# A Polish street and postcode (ul. Kwiatowa 7/12, 80-213 Gdańsk).
_STREET_PL = linear(r"\b(?:ul|al|os|pl)\.[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][^,\n\d]{1,40}?[ \t]*\d{1,4}"
                    r"(?:/\d{1,4})?[A-Za-z]?\b"
                    r"(?:,?[ \t]*\d{2}-\d{3}[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?")


def address_spans(text: str) -> Iterator[Span]:
    """Spans of street addresses (for a public defect: a customer's office or a person's home)."""
    for m in _POSTCODE_FIELD.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if any(c.isdigit() for c in m.group(group)):
            yield Span(m.start(group), m.end(group), "address", ADDRESS, m.group(group))
    for regex in (_STREET_US, _STREET_DE, _STREET_FR, _STREET_SOUTH, _STREET_PL, _POSTAL_MARK,
                  _POSTCODE, _US_CITY_LINE):
        for m in regex.finditer(text):
            yield Span(m.start(), m.end(), "address", ADDRESS, m.group(0))
