"""Ingest: files and folders in, `Document`s (id, text, markup ranges, metadata, hash) out.
Reads txt/md/html/jsonl, detects encodings, strips boilerplate, reports unusable files.
"""
