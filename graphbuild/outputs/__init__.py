"""Outputs: the store in, files out: `relations.jsonl` rows and the export formats
(Turtle, TriG, N-Quads, JSON-LD, GraphML, GEXF, FollowTheMoney).
"""
