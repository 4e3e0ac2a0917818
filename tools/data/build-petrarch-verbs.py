#!/usr/bin/env python3
"""Converts the PETRARCH-2 CAMEO verb dictionary into Parley's trigger-pattern rows.

usage: build-petrarch-verbs.py CAMEO.2.0.txt general-verbs.txt codebook.tsv | gzip -n > petrarch-verbs.tsv.gz

The input is the TABARI/PETRARCH verb dictionary (MIT, Open Event Data Alliance): verb blocks of
synonyms with a default code, and patterns over the words around the verb. Only the facts are
carried over: which verb lemmas, with which object, particle and prepositional-phrase words, yield
which CAMEO code. Each pattern becomes one row of Parley's pattern syntax (see patterns.tsv):

  PETRARCH                              Parley trigger
  - * SANCTIONS [163]                   impose|levy|... +sanction
  - * {FINANCIAL AID} [0331]            ... +financial_aid            (modifier_head)
  - * (FOR AID) [023]                   ... +for:aid
  - * (TO) [042:043]                    ... to                         (the target's preposition)
  - * OFF TALKS [164]                   ... ~off +talk
  - &MILITARY * EXERCISES [062:062]     ... <military|army|... +exercise
  code A:B (B the reverse event)        flag recip=B; "A:A" is flag sym; ":B" is code B, flag reverse

A block's bare code (the verb alone) is kept for the verb the block is named after and for verbs
with a code of their own; the block's other synonyms keep only its patterns. Patterns that place
the source or target in odd positions ($, ^, % or a + before the verb) are left
out, as are codes that the CAMEO codebook lacks (a few typos), the bare defaults of verbs that news English uses for everything (general-verbs.txt)
and bare defaults of plain statements (010), which Parley never codes without content.
"""
import re
import sys

PARTICLES = {"up", "down", "off", "out", "back", "away", "forward", "aside", "together", "apart", "ahead"}
# Words a pattern writes without parentheses that are prepositions when a noun follows.
BARE_PREPOSITIONS = {"in", "on", "over", "through", "around", "behind", "into", "toward", "towards", "to", "with",
                     "against", "for", "from", "at", "of"}
# Where the target of a pattern without an explicit one is looked for, in this order.
DEFAULT_TARGET = "obj|iobj|to|with|against|on|toward|towards|into|at|upon"
# Aspect and auxiliary words a PETRARCH pattern lists before the object; the dependency parse
# attaches them elsewhere, so they are not requirements.
FILLER = {"a", "an", "the", "to", "be", "not", "will", "would", "of", "its", "his", "her", "their"}


def clean(word):
    return word.strip("_").replace("_", " ").lower()


def plural_free(word):
    """The lemma CoreNLP gives a regular plural: "sanctions" -> "sanction"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        return word[:-1]
    return word


def read(path):
    lines = open(path, encoding="latin-1").read().split("\n")
    synsets, blocks = {}, []
    current_set = None
    block = None
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set = line.strip().rstrip("_")
            synsets[current_set] = []
            continue
        m = re.match(r"---\s+(\S+)\s+\[(.*?)\]", line)
        if m:
            current_set = None
            block = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if current_set is not None and line.startswith("+"):
            synsets[current_set].append(line[1:].strip())
            continue
        if block is None:
            continue
        if line.startswith("~"):
            continue  # transformations: Parley absorbs complements in code
        if line.lstrip().startswith("-"):
            m = re.match(r"\s*-\s*(.*?)\s*\[(.*?)\]\s*$", line)
            if m:
                block["patterns"].append((m.group(1), m.group(2)))
            continue
        m = re.match(r"\s*([^\s\[{]+)\s*(\{[^}]*\})?\s*(\[(.*?)\])?", line)
        if m:
            block["verbs"].append((m.group(1), m.group(4)))
    return synsets, blocks


def expand(word, synsets):
    """A pattern word, or the members of a synset (&FOOD), as lower-case phrases with _ between words."""
    if word.startswith("&"):
        members = synsets.get(word.rstrip("_"), [])
        return sorted({"_".join(plural_free(w) for w in clean(m).split()) for m in members if m})
    return ["_".join(plural_free(w) for w in clean(word).split())]


def phrase(words, synsets):
    """{FINANCIAL AID} -> financial_aid; &FOOD -> food|bread|...; a synset may stand as the head only."""
    if len(words) == 1:
        return expand(words[0], synsets)
    if any(w.startswith("&") for w in words[:-1]):
        return []
    heads = expand(words[-1], synsets)
    mods = [m for w in words[:-1] for m in clean(w).split() if m not in FILLER]
    return ["_".join(mods + [h]) for h in heads]


def tokens(text):
    """Splits a pattern half into items: words, {phrases} and (prepositional phrases)."""
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+", text)


def convert(body, code, heads, synsets):
    if any(c in body for c in "$^%") or body.count("*") != 1:
        return None
    pre, post = (s.strip() for s in body.split("*"))
    parts, flags = [], []
    target = None
    if pre:
        pre_items = tokens(pre)
        if any(i == "+" for i in pre_items) or any(i.startswith("(") for i in pre_items):
            return None
        words = [w for i in pre_items for w in i.strip("{}").split() if clean(w) not in FILLER]
        if not words:
            return None
        subject = phrase(words[-1:], synsets)
        if not subject:
            return None
        parts.append("<" + "|".join(subject))
    items = tokens(post)
    nouns = []
    first = True
    for item in items:
        if item == "+":
            target = target or "obj"
            first = False
            continue
        if item.startswith("("):
            inner = item[1:-1].split(None, 1)
            if not inner:
                return None
            prep = clean(inner[0])
            rest = inner[1].strip() if len(inner) > 1 else ""
            if rest in ("", "+"):
                target = prep
            elif rest.endswith("+") or rest.startswith("+"):
                target = prep
                words = [w for w in rest.strip("+ {}").split() if clean(w) not in FILLER]
                if words:
                    alts = phrase(words, synsets)
                    if not alts:
                        return None
                    parts.append("+" + prep + ":" + "|".join(alts))
            else:
                words = [w for w in rest.strip("{}").replace("{", " ").replace("}", " ").split()
                         if clean(w) not in FILLER and w != "+"]
                if not words:
                    target = prep
                else:
                    alts = phrase(words, synsets)
                    if not alts:
                        return None
                    parts.append("+" + prep + ":" + "|".join(alts))
            first = False
            continue
        if item.startswith("{"):
            words = [w for w in item[1:-1].split() if clean(w) not in FILLER]
            if words:
                nouns.append(words)
            first = False
            continue
        word = clean(item)
        if word in BARE_PREPOSITIONS and items.index(item) + 1 < len(items) and not items[items.index(item) + 1].startswith("("):
            nxt = items[items.index(item) + 1]
            if nxt == "+":
                target = word
                continue
            words = [w for w in nxt.strip("{}").split() if clean(w) not in FILLER]
            alts = phrase(words, synsets) if words else []
            if not alts:
                return None
            parts.append("+" + word + ":" + "|".join(alts))
            items[items.index(item) + 1] = "("  # taken
            first = False
            continue
        if item == "(":
            continue
        if first and word in PARTICLES:
            parts.append("~" + word)
            first = False
            continue
        first = False
        if word in FILLER:
            continue
        nouns.append([item])
    # The object: the last bare noun or braced phrase; earlier bare words modify it.
    if nouns:
        words = [w for n in nouns for w in n]
        alts = phrase(words[-2:] if len(nouns) > 1 and len(nouns[-1]) == 1 else nouns[-1], synsets)
        if not alts:
            return None
        parts.append("+" + "|".join(alts))
    coded = read_code(code)
    if coded is None:
        return None
    code, code_flags = coded
    flags += code_flags
    if not parts:
        return None  # a pattern that asks nothing of the sentence is the block default
    trigger = " ".join(["|".join(heads)] + parts + [target or DEFAULT_TARGET])
    return code, trigger, flags


def verb_lemma(form):
    """The single-word lemma of a block verb ("HURRY" -> hurry); None for multi-word verbs."""
    form = form.strip()
    if "_" in form or form.startswith("+"):
        return None
    return form.lower()


def multiword(form):
    """+CALL_OFF -> (call, off); WIRE_+TAP -> None (a word before the verb)."""
    if not form.startswith("+") or form.count("_") != 1:
        return None
    verb, rest = form[1:].lower().split("_")
    return (verb, rest) if rest in PARTICLES else None


def main(dictionary, general_path, codebook_path):
    general = {l.strip() for l in open(general_path, encoding="utf-8") if l.strip() and not l.startswith("#")}
    known = {l.split("\t")[0] for l in open(codebook_path, encoding="utf-8") if not l.startswith("#")}
    synsets, blocks = read(dictionary)
    out = []
    seen = set()
    for block in blocks:
        name = block["name"].lower().replace("_", "-")
        heads = []
        for form, _ in block["verbs"]:
            lemma = verb_lemma(form)
            if lemma and lemma not in heads:
                heads.append(lemma)
        # Bare defaults: the verb's own code, and the block's code for the verb the block is named
        # after. The WordNet synonyms in a block share its patterns but not its bare code: "boost"
        # may be cooperation, but "heighten" and "exaggerate" alone are not.
        named = block["name"].split("_")[0].lower()
        defaults = {}
        for form, own in block["verbs"]:
            if not own and verb_lemma(form) != named and len(block["verbs"]) > 1:
                continue
            code = own or block["code"]
            if not code or code.startswith("---") or code.startswith("010"):
                continue
            lemma = verb_lemma(form)
            pair = multiword(form)
            if lemma and lemma not in general:
                defaults.setdefault(code, []).append(lemma)
            elif pair:
                defaults.setdefault(code, []).append(pair[0] + " ~" + pair[1])
        n = 0
        for code, lemmas in sorted(defaults.items()):
            singles = [l for l in lemmas if " " not in l]
            groups = ([("|".join(singles))] if singles else []) + [l for l in lemmas if " " in l]
            for g in groups:
                body = g.replace(" ~", " ~", 1)
                converted = convert_default(code, body)
                if converted:
                    n += 1
                    out.append((f"petrarch.{name}.{n}",) + converted)
        if not heads:
            continue
        for body, code in block["patterns"]:
            converted = convert(body, code, heads, synsets)
            if converted is None:
                continue
            key = converted[:2]
            if key in seen:
                continue
            seen.add(key)
            n += 1
            out.append((f"petrarch.{name}.{n}",) + converted)
    print("# CAMEO verb patterns converted from the PETRARCH-2 verb dictionary (CAMEO.2.0.txt, github.com/")
    print("# openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open Event Data Alliance) by Parley's")
    print("# tools/data/build-petrarch-verbs.py: facts only (verb lemmas, required words, CAMEO codes).")
    print("# Generated; do not edit by hand. Parley's own patterns.tsv wins where a pattern of equal")
    print("# specificity exists in both. Syntax as in patterns.tsv, plus: several +requirements, +a_b (b with")
    print("# the modifier a), <word (the subject's head), and the flag recip=CODE (the reverse event).")
    print("id\tcameo\ttrigger\tflags")
    for row_id, code, trigger, flags in out:
        if code not in known or any(f.startswith("recip=") and f[6:] not in known for f in flags):
            continue
        print(f"{row_id}\t{code}\t{trigger}\t{';'.join(flags)}")


def convert_default(code, body):
    coded = read_code(code)
    if coded is None:
        return None
    return coded[0], body + " " + DEFAULT_TARGET, coded[1]


def read_code(code):
    """A PETRARCH code cell as Parley's code and flags: "042:043" is 042 with recip=043, "050:050"
    is 050 with sym, ":173" is 173 with reverse; None for a code that is not a CAMEO code."""
    flags = []
    parts = code.split(":")
    if len(parts) == 2:
        a, b = parts
        if not a:
            code, flags = b, ["reverse"]
        elif a == b:
            code, flags = a, ["sym"]
        else:
            code = a
            if re.fullmatch(r"\d{3,4}", b):
                flags = ["recip=" + b]
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    return code, flags


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
