"""Word lists written once and read by several modules (C1, tenth session): the relations between them that the code
relies on."""
from __future__ import annotations

from graphbuild.nlp.mention import CALENDAR_WORDS, MONTH_NAMES
from graphbuild.nlp.name_romance import BODY_NAME_OPENERS, BODY_NAME_PARTICLES
from graphbuild.records import BODY_TYPES, ENTITY_TYPES


def test_an_opener_of_a_romance_bodys_name_is_one_of_its_particles():
    """`_run_end` walks on over a particle; the opener it starts from must be one, or the run stops at once."""
    assert BODY_NAME_OPENERS <= BODY_NAME_PARTICLES


def test_the_month_names_are_calendar_words():
    assert len(MONTH_NAMES) == 12 and MONTH_NAMES < CALENDAR_WORDS


def test_body_types_are_entity_types():
    assert BODY_TYPES < set(ENTITY_TYPES) and "Organization" in BODY_TYPES and "Person" not in BODY_TYPES
