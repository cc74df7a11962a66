"""The tense that places a date without a year or a bare weekday, by class of sentence
(found by reading crosswire's dates on news sentences written for the purpose).

Every sentence is fictional.  Each case states the publication date and the date a
reader takes the expression for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.times import find_times

CASES = [
    # (published, sentence, span, date)
    # a bare verb joined to others shares the first one's "will": ahead
    (
        "2018-04-11",
        "He will serve out his term, run through the tape, and then retire in January.",
        "January",
        "2019-01-01",
    ),
    # what a past "tried" kept from being done lies in the past, as the trying
    (
        "2023-10-03",
        "Rebels tried to stop Vell from becoming speaker in January, forcing 15 votes.",
        "January",
        "2023-01-01",
    ),
    # … but a past verb of intent leaves its complement ahead
    (
        "2023-10-03",
        "Vell agreed to step down in January, his office said.",
        "January",
        "2024-01-01",
    ),
    # what was organised or arranged for a day is ahead, as what was planned for it
    (
        "2025-06-10",
        "The cycling campaign has organised a vigil on Oxford Road for Saturday evening.",
        "Saturday evening",
        "2025-06-14",
    ),
    ("2025-06-10", "The union has arranged a meeting for Friday.", "Friday", "2025-06-13"),
    # … but a vigil "organised for Saturday" that "drew" a crowd is past (a reviewer's case)
    (
        "2024-05-14",
        "The vigil, organised by students for Saturday, drew about 500 people.",
        "Saturday",
        "2024-05-11",
    ),
    # "'d" before a participle is "had", not "would" (a British press audit)
    (
        "2025-10-22",
        '"We\'d only reopened in March after the flood," she said.',
        "March",
        "2025-03-01",
    ),
    ("2025-10-22", "She said they’d moved out in March.", "March", "2025-03-01"),
    (
        "2025-10-22",
        '"We\'d reopen in March if the insurers paid," she said.',
        "March",
        "2026-03-01",
    ),
    # a predicate adjective takes its verb's tense: "will remain closed" is ahead
    (
        "2026-03-13",
        "Schools in the province will remain closed on Saturday, the ministry said.",
        "Saturday",
        "2026-03-14",
    ),
    ("2026-03-10", "The border crossing was closed on Sunday.", "Sunday", "2026-03-08"),
    # a figure a month dates was measured then, whatever the tense of the verb
    ("2026-03-20", "Inflation, at 6.8% in February, remains high.", "February", "2026-02-01"),
    ("2026-07-01", "Unemployment, at 5.1% in May, is the lowest in years.", "May", "2026-05-01"),
    # a month a present verb schedules is still ahead
    ("2026-03-20", "The referendum is in May.", "May", "2026-05-01"),
    # what was foreseen or planned, in the past tense, may still lie ahead: the nearest
    ("2026-03-09", "The vote was scheduled for March 20.", "March 20", "2026-03-20"),
    ("2026-03-09", "The verdict was expected on March 20, lawyers said.", "March 20", "2026-03-20"),
    ("2026-11-20", "The summit was planned for Dec. 4 in Vienna.", "Dec. 4", "2026-12-04"),
    (
        "2026-07-01",
        "Analysts said they expected a quarter-point cut in September.",
        "September",
        "2026-09-01",
    ),
    ("2026-03-09", "She said the report was due in June.", "June", "2026-06-01"),
    # ... and what was planned long ago is the one behind
    (
        "2026-05-20",
        "The trial was scheduled for March 2 but was postponed.",
        "March 2",
        "2026-03-02",
    ),
    # a plain past verb stays in the past
    ("2026-03-09", "The report was published in June.", "June", "2025-06-01"),
    # ... and so does the foreseeing's own date, a weekday foreseen, a debt fallen due
    (
        "2026-03-10",
        "Analysts predicted in August that the bank would cut rates.",
        "August",
        "2025-08-01",
    ),
    (
        "2026-03-10",
        "Ministers expected a deal on Saturday, but talks collapsed.",
        "Saturday",
        "2026-03-07",
    ),
    (
        "2026-03-10",
        "The rent was due on Friday, but the tenant never paid it.",
        "Friday",
        "2026-03-06",
    ),
    # a counted thing a present verb schedules is still ahead: no measured figure
    ("2026-03-10", "The three matches on Saturday are sold out.", "Saturday", "2026-03-14"),
    ("2026-03-10", "Two concerts in November still have tickets.", "November", "2026-11-01"),
    # a thing moved to a new day may still lie ahead, whatever the tense (the nearest)
    ("2026-03-11", "The committee session had been pushed to Thursday.", "Thursday", "2026-03-12"),
    ("2026-03-11", "The hearing was moved back to Friday.", "Friday", "2026-03-13"),
    # "beginning Monday": the clause's verb gives the tense, not the participle
    ("2026-03-11", "The bridge will be closed beginning Monday.", "Monday", "2026-03-16"),
    ("2026-03-11", "Crews closed the bridge beginning Monday.", "Monday", "2026-03-09"),
    # the second of two joined days takes the first one's tense
    ("2026-03-11", "Members will vote on the deal Friday and Saturday.", "Saturday", "2026-03-14"),
    ("2026-03-11", "Members voted on the deal Friday and Saturday.", "Saturday", "2026-03-07"),
    # a weekend as a deadline or the end of a span is the coming one unless the sentence
    # is past
    ("2026-03-11", "Crews expect to restore power by the weekend.", "weekend", "2026-03-14"),
    ("2026-03-11", "Crews had restored power by the weekend.", "weekend", "2026-03-07"),
    ("2026-03-11", "The heat will last through the weekend.", "weekend", "2026-03-14"),
    ("2026-03-11", "The rain fell through the weekend.", "weekend", "2026-03-07"),
    ("2026-03-13", "Our door remains open through the weekend.", "weekend", "2026-03-14"),
    # (a reviewer's sentences) a thing moved to a day and then told done is past; a
    # "starting" that is the clause's own verb keeps its tense
    (
        "2025-03-17",
        "The final vote on Bill 12 was pushed to Thursday, and the bill passed 52-40.",
        "Thursday",
        "2025-03-13",
    ),
    (
        "2025-03-14",
        "Rookie goaltender Ty Olsen is starting Monday against Toronto.",
        "Monday",
        "2025-03-17",
    ),
    ("2025-03-12", "Jury selection is beginning Monday in the case.", "Monday", "2025-03-17"),
]


@pytest.mark.model
@pytest.mark.parametrize(("published", "sentence", "span", "date"), CASES)
def test_a_date_without_a_year_takes_the_tense_of_its_sentence(
    make_parsed: MakeParsed, published: str, sentence: str, span: str, date: str
) -> None:
    parsed = make_parsed(sentence, published=dt.date.fromisoformat(published), model=True)
    hits = [t for t in find_times(parsed) if span in t.text]
    assert len(hits) == 1, [t.text for t in find_times(parsed)]
    assert hits[0].date == dt.date.fromisoformat(date)
