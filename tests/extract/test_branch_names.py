"""A body and its branch named in one release stay two bodies: "Islamic Revolutionary Guard Corps (IRGC)" and
"Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF)". The model tags only "IRGC" of "IRGC-QF", and a name that
is a contiguous part of a longer one used to join it: the Corps' commander became an officer of the Qods Force."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
RELEASE = (
    "Treasury Targets Network Tied to the Qods Force\n\n"
    "WASHINGTON - Today, the Office of Foreign Assets Control (OFAC) designated Talvek Holdings for supporting the Islamic "
    "Revolutionary Guard Corps-Qods Force (IRGC-QF). Pavel Orsk is a senior official of the Islamic Revolutionary Guard "
    "Corps-Qods Force. Marek Lind is a commander in the Islamic Revolutionary Guard Corps (IRGC).\n"
)


def test_the_corps_and_its_qods_force_are_two_bodies(extract, facts):
    relations = extract(RELEASE)
    facts(relations, {
        (HR, "Pavel Orsk", "Islamic Revolutionary Guard Corps-Qods Force", "senior official"),
        (HR, "Marek Lind", "Islamic Revolutionary Guard Corps", "commander"),
    }, kinds=(HR,))


def test_the_branch_acronym_is_the_branch_alias_not_the_parents(nlp):
    from graphbuild.extract.context import context_of

    ctx = context_of(nlp(RELEASE))
    forms = {c.name: sorted(set(c.forms)) for c in ctx.resolver.clusters if c.name.startswith("Islamic")}
    assert forms == {
        "Islamic Revolutionary Guard Corps-Qods Force": ["IRGC-QF", "Islamic Revolutionary Guard Corps-Qods Force"],
        "Islamic Revolutionary Guard Corps": ["IRGC", "Islamic Revolutionary Guard Corps"],
    }
