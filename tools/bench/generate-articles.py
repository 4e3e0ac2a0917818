#!/usr/bin/env python3
# Parley, GPL-3.0-or-later. Writes N short generated news articles as JSON Lines, for ingestion
# benchmarks: two or three sentences each from templates over countries, offices and acts, with a
# share of exact copies (the same text from another outlet) and near copies (one word changed).
# Usage: generate-articles.py N [--seed S] [--copies 0.2] > articles.jsonl
import argparse
import datetime
import json
import random

COUNTRIES = ["Kenya", "Peru", "Norway", "Vietnam", "Morocco", "Chile", "Poland", "Ghana", "Nepal", "Portugal",
             "Tunisia", "Malaysia", "Ecuador", "Finland", "Zambia", "Jordan", "Uruguay", "Latvia", "Senegal", "Mongolia"]
OFFICES = ["foreign minister", "prime minister", "president", "defence minister", "interior minister", "trade minister"]
ACTS = [
    "met the {o2} of {c2} in {city} to discuss trade and border security",
    "criticised {c2} over the detention of two journalists",
    "signed an agreement with {c2} on fishing rights",
    "accused {c2} of interfering in the coming election",
    "praised {c2} for its help after the floods",
    "threatened to impose sanctions on {c2}",
    "visited {c2} for talks on energy supplies",
    "called on {c2} to release the detained activists",
]
AFTER = [
    "Officials said further talks would follow next month.",
    "The opposition called the move a mistake.",
    "Police detained several protesters outside the ministry.",
    "Both sides described the meeting as constructive.",
    "Analysts said the decision could affect regional trade.",
]
CITIES = ["Nairobi", "Lima", "Oslo", "Hanoi", "Rabat", "Santiago", "Warsaw", "Accra", "Kathmandu", "Lisbon"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def story(rng, n):
    c1, c2 = rng.sample(COUNTRIES, 2)
    o1, o2 = rng.choice(OFFICES), rng.choice(OFFICES)
    act = rng.choice(ACTS).format(o2=o2, c2=c2, city=rng.choice(CITIES))
    text = f"The {o1} of {c1} {act} on {rng.choice(WEEKDAYS)}, officials said in story {n}. {rng.choice(AFTER)}"
    if rng.random() < 0.5:
        text += " " + rng.choice(AFTER)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--copies", type=float, default=0.2, help="share of copies, half exact and half near")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    day = datetime.date(2025, 1, 1)
    recent = []
    for i in range(args.n):
        published = day + datetime.timedelta(days=i // 2000)
        if recent and rng.random() < args.copies:
            text = rng.choice(recent[-500:])
            if rng.random() < 0.5:
                text = text.replace(" said", " stated", 1)
        else:
            text = story(rng, i)
            recent.append(text)
        print(json.dumps({"id": f"g{i}", "published": published.isoformat(),
                          "url": f"https://outlet{i % 50}.example/{i}", "text": text}))


if __name__ == "__main__":
    main()
