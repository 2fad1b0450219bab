"""Rule status replayed over the evidence, judged at a date."""

from datetime import date

from etl.status import replay


def statuses(events, as_of):
    return [(c.status, c.since) for c in replay(events, as_of)]


def test_announced_then_deadline_passes_without_achievement():
    events = [(date(2024, 12, 23), "new", "m1", date(2024, 12, 31))]
    assert statuses(events, date(2024, 12, 30)) == [("announced", date(2024, 12, 23))]
    assert statuses(events, date(2025, 6, 30)) == [
        ("announced", date(2024, 12, 23)), ("delayed", date(2025, 1, 1)),
    ]


def test_achieved_before_deadline_stays_achieved():
    events = [
        (date(2024, 12, 23), "new", "m1", date(2025, 3, 31)),
        (date(2025, 1, 15), "achieved", "m2", None),
    ]
    assert statuses(events, date(2026, 3, 16)) == [
        ("announced", date(2024, 12, 23)), ("achieved", date(2025, 1, 15)),
    ]


def test_revision_with_new_deadline_lifts_a_delay():
    events = [
        (date(2025, 2, 4), "new", "m1", date(2025, 11, 30)),
        (date(2026, 3, 10), "revision", "m2", date(2028, 12, 31)),
    ]
    assert statuses(events, date(2026, 3, 16)) == [
        ("announced", date(2025, 2, 4)), ("delayed", date(2025, 12, 1)), ("revised", date(2026, 3, 10)),
    ]


def test_judging_earlier_ignores_later_evidence():
    events = [
        (date(2024, 12, 23), "new", "m1", date(2026, 12, 31)),
        (date(2025, 9, 1), "revision", "m2", date(2030, 12, 31)),
    ]
    assert statuses(events, date(2025, 1, 1)) == [("announced", date(2024, 12, 23))]


def test_progress_after_the_deadline_does_not_undo_the_delay():
    events = [
        (date(2025, 1, 1), "new", "m1", date(2025, 3, 31)),
        (date(2025, 6, 1), "progress", "m2", None),
    ]
    assert statuses(events, date(2025, 7, 1))[-1] == ("delayed", date(2025, 4, 1))


def test_cancelled_is_final_against_later_progress():
    events = [
        (date(2025, 1, 15), "cancelled", "m1", None),
        (date(2025, 7, 14), "progress", "m2", None),
    ]
    assert statuses(events, date(2026, 3, 16)) == [("cancelled", date(2025, 1, 15))]


def test_progress_on_a_revised_promise_keeps_it_revised():
    events = [
        (date(2024, 12, 23), "new", "m1", date(2026, 12, 31)),
        (date(2025, 9, 1), "revision", "m2", date(2030, 12, 31)),
        (date(2025, 12, 1), "progress", "m3", None),
    ]
    assert statuses(events, date(2026, 3, 16))[-1] == ("revised", date(2025, 9, 1))
