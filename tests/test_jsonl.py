"""graphbuild.jsonl: the one line reader behind input .jsonl documents, gold files and relations files."""
from graphbuild.jsonl import json_kind, json_lines


def test_each_line_is_a_record_or_the_reason_it_cannot_be_read():
    text = '{"a": 1}\n\n   \n[1, 2]\n{oops\n' + "[" * 100_000 + "]" * 100_000 + "\n" + "9" * 5000 + "\n"
    assert list(json_lines(text)) == [
        (1, {"a": 1}, None),
        (4, [1, 2], None),
        (5, None, "invalid JSON (Expecting property name enclosed in double quotes)"),
        (6, None, "cannot read this JSON line (nested too deeply)"),
        (7, None, "cannot read this JSON line (Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits)"),
    ]


def test_a_json_value_is_named_as_an_error_message_names_it():
    assert [json_kind(v) for v in ({}, [], "x", True, None, 3, 2.5)] == [
        "an object", "a list", "a string", "true or false", "null", "a number", "a number"]
