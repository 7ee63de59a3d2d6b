"""Resolve: per-document `Relation`s in, relations with canonical entities and stable IRIs out.
Holds the cross-document entity index and applies the user's curation file.
"""
