#!/usr/bin/env python3
"""Converts the PETRARCH-2 / Phoenix actor and agent dictionaries into Parley's knowledge files.

usage: build-petrarch-actors.py DICTIONARY_DIR PARLEY_DATA_DIR

Reads, from DICTIONARY_DIR (the petrarch2 dictionaries, MIT, Open Event Data Alliance):
  Phoenix.agents.txt             agent nouns with sector codes      -> agents.tsv (roles.tsv's columns)
  Phoenix.International.actors.txt  IGOs, NGOs, companies           -> petrarch-organizations.tsv
  Phoenix.MilNonState.actors.txt    non-state armed groups          -> (same file)
  Phoenix.Countries.actors.txt      leaders with dated roles        -> petrarch-people.tsv
  (and the few people with dated roles in the international files)
and Parley's own countries.tsv and roles.tsv from PARLEY_DATA_DIR (to tell country codes and
titles), and writes the three files there, gzipped. Only facts are carried over: names, codes and
dates. A PETRARCH code is split into Parley's country (ISO alpha-3, or none for international
actors) and its first sector (IGOUNOIAE -> sector IGO, no country; RUSGOV -> RUS, GOV). For an
international or non-state body the rest of the code after its sector is kept as the body's own code
(IGOUNO -> cameo UNO), which the actor code carries after the sector; a person's post in such a body
carries it too. Records of the country file coded only as militarised groups (IMG...), whose aliases
are often their leaders' names, are organisations, not people.

Decisions:
  - Parley's own files are loaded first and win: an agent phrase already in roles.tsv keeps Parley's
    entry; a person in people.tsv keeps only the dictionary's roles that ended before the first
    post people.tsv gives them (their earlier career), and no undated default.
  - A person's aliases keep only name forms: aliases holding a title or a nationality ("PRESIDENT
    PUTIN", "RUSSIAN PRESIDENT ...") are dropped, since Parley reads titles from the text itself.
    A one-word alias (a surname) is kept only when no other entry uses it and it has 4 letters or more.
  - A dated role ">080508" stays open, as the dictionary says; the dictionaries end around 2014, so
    people.tsv (compiled by Parley's authors) carries the office holders since then and wins.
  - A person's undated code ("[RUSELI]") applies outside every dated role; it is written last.
  - Two-digit years: 00-29 are 20xx, 30-99 are 19xx.
  - A name or alias made only of words for a body ("Senate", "Supreme Court", "House of
    Representatives") is dropped: it names that body of any state, which the text's own context decides.
  - A state's legislature or one of its chambers or committees, coded GOV by the country file
    ("United States Congress"), is LEG, CAMEO's sector for legislators.
  - A code whose part after the country is not one of sectors.tsv's sectors ("GBRVGB", "SDNSSD":
    territories and regions) gives no role; a record left with none (a place) is not a person.
"""
import collections
import gzip
import io
import os
import re
import sys

HEADER = ("# Converted from the PETRARCH-2 / Phoenix dictionaries ({src}; github.com/openeventdata/petrarch2,\n"
          "# MIT licence, Copyright (c) 2014 Open Event Data Alliance; country actors generated from\n"
          "# CountryInfo by Parus Analytics) by Parley's tools/data/build-petrarch-actors.py. Facts only.\n"
          "# Generated; do not edit by hand. Parley's own {own} is loaded first and wins.\n")
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM"}
BODY_WORDS = {"ministry", "ministries", "agency", "business", "industry", "company", "government", "department",
              "court", "council", "party", "union", "association", "army", "navy", "police", "committee",
              "commission", "office", "bureau", "administration", "authority", "cabinet", "parliament",
              "assembly", "senate", "congress", "regime", "militia", "force", "forces", "organization",
              "organisation", "federation", "bank", "corporation", "media", "press", "radio", "television",
              "newspaper", "university", "school", "church", "airline", "embassy", "consulate", "junta",
              "legislature", "military", "guard", "command", "unit", "brigade", "battalion", "regiment",
              "service", "services", "directorate", "secretariat", "inspectorate", "tribunal", "judiciary"}


def words_of(phrase):
    return [w for w in phrase.replace("_", " ").split() if w]


def title_case(phrase):
    out = []
    for i, w in enumerate(words_of(phrase)):
        if i > 0 and w.lower() in ("of", "for", "and", "the", "in", "on", "de", "al", "bin"):
            out.append(w.lower())
            continue
        parts = w.lower().split("-")
        out.append("-".join(p[:1].upper() + p[1:] for p in parts))
    return " ".join(out)


def parse_date(text):
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y = 2000 + yy if yy < 30 else 1900 + yy
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    d = min(d, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return f"{y:04d}-{m:02d}-{d:02d}"


def split_code(code, countries):
    """RUSGOV -> (RUS, GOV); IGOUNO -> ("", IGO); USA -> (USA, ""); unknown prefix -> None."""
    code = code.strip().upper()
    head = code[:3]
    if head in countries:
        return head, code[3:6]
    if head in NON_STATE:
        return "", head
    if head == "---":
        return "", code[3:6]
    return None


def read_records(path):
    """TABARI actor records: a primary phrase, + synonyms, and code lines (inline or tab-indented)."""
    records = []
    current = None
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n")
        body = line.split("#")[0]
        if not body.strip():
            continue
        if body[0] in "\t ":
            if current is not None:
                current["codes"] += re.findall(r"\[([^\]]*)\]", body)
            continue
        if body.startswith("+"):
            if current is not None:
                name = re.sub(r"\[.*", "", body[1:]).strip()
                current["aliases"].append(name)
                current["codes"] += re.findall(r"\[([^\]]*)\]", body)
            continue
        name = re.sub(r"\[.*", "", body).strip()
        current = {"name": name, "aliases": [], "codes": re.findall(r"\[([^\]]*)\]", body)}
        records.append(current)
    return records


def load_tsv_column(path, column):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#")]
    idx = rows[0].index(column)
    return [r[idx] for r in rows[1:] if len(r) > idx]


def agents(directory, countries, own_roles):
    text = open(os.path.join(directory, "Phoenix.agents.txt"), encoding="utf-8", errors="replace").read()
    subs = {}
    for m in re.finditer(r"^(![A-Z]+!)\s*=\s*(.*)$", text, re.M):
        subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
    rows, seen = [], set(own_roles)
    for raw in text.split("\n"):
        line = raw.split("#")[0].strip()
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]\s*$", line)
        if not m:
            continue
        phrase, plural, sector = m.group(1).strip(), m.group(2), m.group(3)
        if "!" in phrase:
            key = re.search(r"![A-Z]+!", phrase).group(0)
            forms = [phrase.replace(key, ("_" if not phrase.startswith(key) and phrase[phrase.index(key) - 1] != "_" else "") + s)
                     for s in subs.get(key, [])]
        else:
            forms = [phrase]
        for form in forms:
            singular = " ".join(words_of(form)).lower()
            if not singular or not re.fullmatch(r"[a-z][a-z .'\-]*", singular):
                continue
            words = singular.split()
            # "ministry of oil": the head is the word before the first preposition.
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "and", "in", "on", "with")), len(words))
            head = words[max(0, cut - 1)]
            body = head in BODY_WORDS
            already_plural = head.endswith(("men", "people", "police", "ies")) or (head.endswith("s") and not head.endswith("ss"))
            if plural is not None:
                plurals = [" ".join(words_of(p)).lower() for p in plural.strip("{}").split()] if plural.strip("{} ") else []
            elif already_plural or cut < len(words):
                plurals = []
            elif head.endswith("man"):
                plurals = [singular[:-3] + "men"]
            elif head.endswith("y") and not head.endswith(("ay", "ey", "oy")):
                plurals = [singular[:-1] + "ies"]
            elif head.endswith(("ss", "sh", "ch", "x")):
                plurals = [singular + "es"]
            else:
                plurals = [singular + "s"]
            kind = "BODY" if body else "GROUP" if already_plural else "PERSON"
            for phrase_out, k in [(singular, kind)] + [(p, "BODY" if body else "GROUP") for p in plurals]:
                if phrase_out in seen:
                    continue
                seen.add(phrase_out)
                rows.append((phrase_out, sector, k))
    return rows


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


def common_words(directory, data):
    """Words of ordinary English, to keep a one-word name from matching them ("Youth", "Tigers", "May"):
    every word of the verb dictionary and of the agents, and the sentiment lexicon's words."""
    words = set(MONTHS)
    for file in ("CAMEO.2.0.txt", "Phoenix.agents.txt"):
        text = open(os.path.join(directory, file), encoding="utf-8", errors="replace").read()
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    for line in open(os.path.join(data, "afinn.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            words.add(line.split("\t")[0].lower())
    return words


GENERIC_BODIES = {"senate", "congress", "parliament", "house of representatives", "national assembly", "assembly",
                  "supreme court", "constitutional court", "high court", "cabinet", "government", "legislature",
                  "chamber of deputies", "upper house", "lower house", "house", "army", "police", "military", "navy",
                  "air force", "ministry of defense", "ministry of defence", "foreign ministry", "interior ministry"}
LEGISLATURE = re.compile(r"\b(congress|senate|parliament|assembly|duma|knesset|legislature|house of "
                         r"(representatives|commons|lords|deputies)|chamber of deputies)\b", re.I)


def generic_body(name):
    """"Senate", "the Supreme Court": a body every state has, named without its state."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words) in GENERIC_BODIES


def legislative(sector, name):
    return "LEG" if sector == "GOV" and LEGISLATURE.search(name) else sector


def usable_name(name, common):
    """A name a text can be matched against without catching ordinary words or numbers."""
    w = name.lower().split()
    if not w or len(name) < 3 or w[0] in ("the", "name") or re.search(r"\d", name):
        return False
    # A capitalised name of several words ("Islamic State", "Red Cross") is a name even when its
    # words are common; a single common word ("Youth") is not.
    return not (len(w) == 1 and w[0] in common)


def organizations(directory, countries, own_orgs, common):
    rows, seen = [], {o.lower() for o in own_orgs}
    for file in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for rec in read_records(os.path.join(directory, file)):
            undated = [c.split()[0] for c in rec["codes"] if c.strip() and len(c.split()) == 1]
            if not undated or any(len(c.split()) > 1 for c in rec["codes"]):
                continue  # people with dated roles, and records without a code
            parts = split_code(undated[0], countries)
            if parts is None or not parts[1]:
                continue
            name = title_case(rec["name"])
            if not usable_name(name, common) or name.lower() in seen or generic_body(name):
                continue
            seen.add(name.lower())
            aliases = []
            for a in rec["aliases"]:
                alias = " ".join(words_of(a))
                if usable_name(alias, common) and alias.lower() not in seen and not generic_body(alias):
                    seen.add(alias.lower())
                    aliases.append(alias if alias.isupper() and len(alias) <= 8 else title_case(alias))
            rows.append((name, ";".join(aliases), parts[0], parts[1], body_code(undated[0])))
    return rows


def body_code(code):
    """IGOUNO -> UNO, IMGMUSISI -> MUSISI; "" for a state's actor (RUSGOV) or a bare sector (NGO)."""
    code = code.strip().upper()
    return code[3:] if code[:3] in NON_STATE else ""


def people(directory, countries, title_words, own_people, sectors):
    countries_file = read_records(os.path.join(directory, "Phoenix.Countries.actors.txt"))
    # The international files hold a few people with dated roles too (heads of IGOs).
    dated_elsewhere = [r for f in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
                       for r in read_records(os.path.join(directory, f))
                       if any(len(c.split()) == 2 for c in r["codes"])]
    records = countries_file + dated_elsewhere
    people_records = [r for r in countries_file if any(len(c.split()) == 2 for c in r["codes"])
                      or any(len(c.split()[0]) >= 6 for c in r["codes"] if c.split())] + dated_elsewhere
    surname_uses = collections.Counter()
    for r in records:
        for n in [r["name"]] + r["aliases"]:
            w = words_of(n)
            if w:
                surname_uses[w[-1].lower()] += 1
    rows = []
    # Parley's own rows cover a person's later career; the dictionary's fill only the years before.
    own = {}
    for name, start in own_people:
        own[name.lower()] = min(start, own.get(name.lower(), start))
    labels = {"GOV": "Government official", "ELI": "Former official", "MIL": "Military officer", "OPP": "Opposition figure",
              "LEG": "Legislator", "JUD": "Judge", "REB": "Rebel leader", "COP": "Police official", "BUS": "Business leader",
              "MED": "Journalist", "REL": "Religious leader", "PTY": "Party official", "IGO": "International official",
              "NGO": "NGO official", "CVL": "Civilian", "EDU": "Academic", "LAB": "Labour leader", "SPY": "Intelligence official"}
    for r in people_records:
        name = title_case(r["name"])
        if not name or " " not in name:
            continue
        if ORGANISATION_WORDS.search(name) and all(len(c.split()) == 1 for c in r["codes"] if c.strip()):
            continue  # an organisation filed among the leaders: organisations_in_countries() takes it
        if militarised_group(r):
            continue  # an armed group filed among the leaders, with its leaders as aliases: an organisation
        aliases = []
        for a in r["aliases"]:
            w = [x.lower() for x in words_of(a)]
            if not w or any(part in title_words for x in w for part in x.split("-")) \
                    or not all(re.fullmatch(r"[a-z.'\-]+", x) for x in w):
                continue
            if len(w) == 1 and (surname_uses[w[0]] > 1 or len(w[0]) < 4):
                continue
            alias = title_case(a)
            if alias != name and alias not in aliases:
                aliases.append(alias)
        dated, default = [], None
        for c in r["codes"]:
            parts = c.split()
            if not parts:
                continue
            split = split_code(parts[0], countries)
            # "GBRVGB", "SDNSSD": a country with a territory's or region's code after it is a place, not a role.
            if split is None or split[1] not in sectors:
                continue
            if len(parts) == 1:
                default = default or (split, body_code(parts[0]))
                continue
            span = parts[1]
            if span.startswith(">"):
                start, end = parse_date(span[1:]), ""
            elif span.startswith("<"):
                start, end = "0001-01-01", parse_date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = parse_date(a), parse_date(b)
            else:
                continue
            if start is None or end is None or (end and end < start):
                continue
            dated.append((split, start, end, body_code(parts[0])))
        own_from = own.get(name.lower())
        if own_from is not None:
            dated = [d for d in dated if d[2] and d[2] <= own_from]
            default = None
        for (country, sector), start, end, body in sorted(dated, key=lambda x: x[1]):
            rows.append((name, ";".join(aliases), country, sector, labels.get(sector, sector), start, end, body))
        if default:
            (country, sector), body = default
            rows.append((name, ";".join(aliases), country, sector, labels.get(sector, sector), "0001-01-01", "", body))
    return rows


ORGANISATION_WORDS = re.compile(r"\b(front|army|party|movement|council|brigades?|group|union|league|network|"
                                r"committee|government|ministry|forces|organi[sz]ation|state of|house|palace|"
                                r"congress|assembly|administration|office|parliament|senate|cabinet|kremlin|"
                                r"presidency|agency|department)\b", re.I)


def militarised_group(record):
    """A record coded only as an international militarised group (IMG...), dated or not: the Islamic
    State, whose aliases include its leaders' names; CAMEO codes them all as the group."""
    heads = [c.split()[0][:3] for c in record["codes"] if c.split()]
    return bool(heads) and all(h == "IMG" for h in heads)


def militarised_groups(directory, seen_names):
    """The militarised groups of the country file as organisations, by their latest code."""
    rows = []
    for r in read_records(os.path.join(directory, "Phoenix.Countries.actors.txt")):
        name = title_case(r["name"])
        if not militarised_group(r) or not name or name.lower() in seen_names:
            continue
        seen_names.add(name.lower())
        code = [c.split()[0] for c in r["codes"] if c.split()][-1]
        aliases = [title_case(a) for a in r["aliases"] if title_case(a).lower() not in seen_names]
        seen_names.update(a.lower() for a in aliases)
        rows.append((name, ";".join(aliases), "", "IMG", body_code(code)))
    return rows


def organisations_in_countries(directory, countries, seen_names):
    """Armed groups, parties and state bodies that the country file lists among its leaders, with one
    undated code ("Moro ... Liberation Front" [PHLREB]): organisations with that code's country."""
    rows = []
    for r in read_records(os.path.join(directory, "Phoenix.Countries.actors.txt")):
        name = title_case(r["name"])
        codes = [c.split()[0] for c in r["codes"] if c.strip()]
        if not ORGANISATION_WORDS.search(name) or not codes or any(len(c.split()) > 1 for c in r["codes"] if c.strip()):
            continue
        parts = split_code(codes[0], countries)
        if parts is None or not parts[1] or name.lower() in seen_names:
            continue
        seen_names.add(name.lower())
        aliases = [title_case(a) for a in r["aliases"] if ORGANISATION_WORDS.search(title_case(a))
                   and title_case(a).lower() not in seen_names and not generic_body(title_case(a))]
        if generic_body(name):
            continue
        rows.append((name, ";".join(aliases), parts[0], legislative(parts[1], name), body_code(codes[0])))
    return rows


def write(path, header, columns, rows):
    # mtime 0: a rerun over the same facts writes the same bytes, so only changed files show in a diff.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as out:
        out.write(header)
        out.write("\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")


def main(directory, data):
    countries = set(load_tsv_column(os.path.join(data, "countries.tsv"), "iso3"))
    roles = load_tsv_column(os.path.join(data, "roles.tsv"), "phrase")
    demonyms = [d for cell in load_tsv_column(os.path.join(data, "countries.tsv"), "demonyms") for d in cell.split(";")]
    title_words = {w for p in roles for w in p.lower().split()} | {d.strip().lower() for d in demonyms if d.strip()}
    title_words -= {"of", "the", "and", "for", "de", "al", "el", "bin", "van", "von", "da", "la", "le"}
    own_orgs = [n for cell in load_tsv_column(os.path.join(data, "organizations.tsv"), "name") for n in [cell]]
    own_orgs += [a for cell in load_tsv_column(os.path.join(data, "organizations.tsv"), "aliases") for a in cell.split(";") if a]
    own_people = list(zip(load_tsv_column(os.path.join(data, "people.tsv"), "name"),
                          load_tsv_column(os.path.join(data, "people.tsv"), "from")))
    agent_rows = agents(directory, countries, roles)
    write(os.path.join(data, "agents.tsv.gz"), HEADER.format(src="Phoenix.agents.txt", own="roles.tsv")
          + "# kind: PERSON for a noun naming one person, GROUP for its plural, BODY for an institution; read\n"
          + "# from the word's form, so a few are wrong.\n", ["phrase", "sector", "kind"], agent_rows)
    org_rows = organizations(directory, countries, own_orgs, common_words(directory, data))
    org_rows += organisations_in_countries(directory, countries, {r[0].lower() for r in org_rows}
                                           | {o.lower() for o in own_orgs})
    org_rows += militarised_groups(directory, {r[0].lower() for r in org_rows} | {o.lower() for o in own_orgs})
    write(os.path.join(data, "petrarch-organizations.tsv.gz"),
          HEADER.format(src="Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt", own="organizations.tsv"),
          ["name", "aliases", "country", "sector", "cameo"], org_rows)
    sectors = set(load_tsv_column(os.path.join(data, "sectors.tsv"), "code"))
    people_rows = people(directory, countries, title_words, own_people, sectors)
    write(os.path.join(data, "petrarch-people.tsv.gz"), HEADER.format(src="Phoenix.Countries.actors.txt", own="people.tsv")
          + "# role is a label for the sector; the dictionaries give no titles.\n",
          ["name", "aliases", "country", "sector", "role", "from", "to", "cameo"], people_rows)
    print(f"agents {len(agent_rows)}, organisations {len(org_rows)}, people rows {len(people_rows)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
