#!/usr/bin/env python3
# Parley: writes the bundled sample articles (samples/articles.jsonl, our own writing) in the other
# forms `parley ingest` reads, so that each can be tried from the repository alone:
#   samples/text/DATE-ID.txt    plain text: headline, a "Published:" line, the story
#   samples/pages/ID.html       web pages: the date in a meta tag, with navigation and footer around
#   samples/articles.warc.gz    the same pages as a web archive (gzipped WARC 1.0 response records)
# Output is byte-for-byte reproducible. Usage: python3 tools/samples/make-sample-files.py
# SPDX-License-Identifier: GPL-3.0-or-later
import gzip
import html
import io
import json
import pathlib
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2] / "samples"
BASE = "https://samples.parley.invalid/"  # .invalid: reserved, never a real site (RFC 2606)


def articles():
    with open(ROOT / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page(a):
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in a["text"].split("\n\n") if p.strip())
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n<title>{html.escape(a["title"])}</title>\n'
            f'<meta property="article:published_time" content="{a["published"]}T09:00:00Z">\n'
            f'<meta property="og:site_name" content="{html.escape(a["outlet"])}">\n</head><body>\n'
            f'<nav><a href="/">Home</a> | <a href="/world">World</a></nav>\n'
            f'<article><h1>{html.escape(a["title"])}</h1>\n{paragraphs}</article>\n'
            f'<footer>Share this story. Sample pages written for Parley.</footer>\n</body></html>\n')


def warc_record(a, body):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, BASE + a["id"])
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"WARC-Date: {a['published']}T18:00:00Z\r\nWARC-Target-URI: {BASE}{a['id']}.html\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    out = io.BytesIO()
    # One gzip member per record, as archives are written, so that a reader can seek to any record.
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as z:
        z.write(head + http + b"\r\n\r\n")
    return out.getvalue()


def main():
    (ROOT / "text").mkdir(exist_ok=True)
    (ROOT / "pages").mkdir(exist_ok=True)
    warc = bytearray()
    for a in articles():
        text = f"{a['title']}\n\nPublished: {a['published']}\n\n{a['text'].strip()}\n"
        (ROOT / "text" / f"{a['published']}-{a['id']}.txt").write_text(text, encoding="utf-8")
        body = page(a).encode("utf-8")
        (ROOT / "pages" / f"{a['id']}.html").write_bytes(body)
        warc += warc_record(a, body)
    (ROOT / "articles.warc.gz").write_bytes(bytes(warc))


if __name__ == "__main__":
    main()
