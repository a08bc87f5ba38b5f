"""Time expressions: (text, anchor, expected span) tables, as dateutil's parser tests do."""

from __future__ import annotations

from datetime import date

import pytest

from dipevents.extract.timex import Role, find_times
from dipevents.models import DateSpan

D = date


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end", "precision"),
    [
        ("They met on Monday, March 20.", D(2017, 3, 28), D(2017, 3, 20), D(2017, 3, 20), "day"),
        ("The ministers met in Tokyo on Monday.", D(2017, 3, 22), D(2017, 3, 20), D(2017, 3, 20), "day"),
        ("Abe will visit Russia in April this year.", D(2017, 3, 28), D(2017, 4, 1), D(2017, 4, 30), "month"),
        ("They met last December.", D(2017, 5, 10), D(2016, 12, 1), D(2016, 12, 31), "month"),
        ("Talks are to be held in the second half of 2018.", None, D(2018, 7, 1), D(2018, 12, 31), "half"),
        ("The next meeting is slated for the autumn of 2018.", None, D(2018, 9, 1), D(2018, 11, 30), "season"),
        ("On May 30-31, 2019, the ministers visited Japan.", None, D(2019, 5, 30), D(2019, 5, 31), "day"),
        ("The summit in Wuhan on 27–28 April 2018 went well.", None, D(2018, 4, 27), D(2018, 4, 28), "day"),
        ("The summit in Buenos Aires on 30 November – 1 December.", D(2018, 11, 25), D(2018, 11, 30), D(2018, 12, 1), "day"),
        ("The leaders gathered last Thursday and Friday.", D(2016, 6, 2), D(2016, 5, 26), D(2016, 5, 27), "day"),
        ("Last Friday the Council adopted the resolution.", D(2017, 12, 28), D(2017, 12, 22), D(2017, 12, 22), "day"),
        ("On Friday he is holding talks in Hanoi.", D(2019, 3, 1), D(2019, 3, 1), D(2019, 3, 1), "day"),
        ("Putin is due in New Delhi next month.", D(2018, 9, 8), D(2018, 10, 1), D(2018, 10, 31), "month"),
        ("He was asked to be the chief guest next January.", D(2018, 9, 8), D(2019, 1, 1), D(2019, 1, 31), "month"),
        ("Abe is expected to go to Russia again next year.", D(2016, 12, 17), D(2017, 1, 1), D(2017, 12, 31), "year"),
        ("The sanctions come back into force on November 4.", D(2018, 9, 8), D(2018, 11, 4), D(2018, 11, 4), "day"),
        ("The meeting took place in 2014.", None, D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("The resolutions adopted in 2016-2017 remain.", None, D(2016, 1, 1), D(2017, 12, 31), "year"),
        ("The restrictions introduced in the summer of 2014 stay.", None, D(2014, 6, 1), D(2014, 8, 31), "season"),
        ("We met on 2019-05-31.", None, D(2019, 5, 31), D(2019, 5, 31), "day"),
        ("In the winter the talks resume.", D(2018, 1, 15), D(2017, 12, 1), D(2018, 2, 28), "season"),
        ("They spoke yesterday.", D(2020, 3, 1), D(2020, 2, 29), D(2020, 2, 29), "day"),
        ("Ruto will host Museveni at the end of the month.", D(2024, 3, 5), D(2024, 3, 1), D(2024, 3, 31), "month"),
        ("The two sides will meet again at the beginning of the year.", D(2024, 3, 5), D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("In June 2019 Abe went to Osaka, and at the end of the month he met Trump.", D(2024, 3, 5), D(2019, 6, 1), D(2019, 6, 30), "month"),
        ("They met a fortnight ago.", D(2024, 3, 5), D(2024, 2, 17), D(2024, 2, 23), "day"),
        ("Ruto and Museveni agreed on Monday to meet in Kampala in June.", D(2024, 3, 5), D(2024, 6, 1), D(2024, 6, 30), "month"),
        ("Ruto invited Museveni to visit Nairobi in June.", D(2024, 3, 5), D(2024, 6, 1), D(2024, 6, 30), "month"),
        ("The leaders met on Friday, ahead of the summit in Rome in June.", D(2024, 3, 5), D(2024, 6, 1), D(2024, 6, 30), "month"),
        ("Lula and Petro met in Bogota in June.", D(2024, 3, 5), D(2023, 6, 1), D(2023, 6, 30), "month"),
        ("The summit was preceded earlier in the day by a meeting of ministers.", D(2021, 12, 6), D(2021, 12, 6), D(2021, 12, 6), "day"),
        ("The state visit runs from Monday to Wednesday.", D(2019, 6, 4), D(2019, 6, 3), D(2019, 6, 5), "day"),
        ("Talks are set for Tuesday through Thursday.", D(2023, 3, 3), D(2023, 3, 7), D(2023, 3, 9), "day"),
        ("Last night the leaders agreed on a statement.", D(2022, 4, 8), D(2022, 4, 7), D(2022, 4, 7), "day"),
        ("This morning the envoys met again.", D(2022, 4, 8), D(2022, 4, 8), D(2022, 4, 8), "day"),
        ("Members will remember that on 3 February, the Council renewed the ban.", D(2022, 3, 9), D(2022, 2, 3), D(2022, 2, 3), "day"),
        ("The ministers will meet in Rome on 3 February.", D(2022, 3, 9), D(2023, 2, 3), D(2023, 2, 3), "day"),
        ("Kishida will visit Washington early next year.", D(2023, 11, 20), D(2024, 1, 1), D(2024, 6, 30), "half"),
        ("India expects to host the summit in late 2025.", None, D(2025, 7, 1), D(2025, 12, 31), "half"),
        ("Biden visited Kyiv in early 2023.", None, D(2023, 1, 1), D(2023, 6, 30), "half"),
        ("Modi will travel to Moscow at the beginning of next year.", D(2023, 11, 20), D(2024, 1, 1), D(2024, 6, 30), "half"),
        ("Lula went to Beijing late last year.", D(2024, 3, 5), D(2023, 7, 1), D(2023, 12, 31), "half"),
        ("Five years ago today, Trump and Kim met in Singapore.", D(2023, 6, 12), D(2018, 6, 12), D(2018, 6, 12), "day"),
        ("Two years ago this month, Xi and Biden met in Bali.", D(2024, 11, 15), D(2022, 11, 1), D(2022, 11, 30), "month"),
        ("A year ago this week, Biden and Xi met in Woodside.", D(2024, 11, 15), D(2023, 11, 13), D(2023, 11, 19), "day"),
        ("In 2019 Abe went to Osaka, and in June that year he met Trump.", None, D(2019, 6, 1), D(2019, 6, 30), "month"),
    ],
)  # fmt: skip
def test_resolution(text: str, anchor: date | None, start: date, end: date, precision: str) -> None:
    times = [t for t in find_times(text, 0, anchor) if t.span is not None and t.role is Role.AT]
    assert times, text
    span = times[-1].span
    assert span is not None
    assert (span.start, span.end, span.precision.value) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the first talks since November 2013", Role.SINCE),
        ("extended the sanctions until 31 January 2019", Role.UNTIL),
        ("resumed talks after the Ukraine crisis in 2014", Role.REFERENCE),
        # the time of another event named with "since": not the start of what is told
        ("his first foreign trip since the failed coup attempt of July 15", Role.REFERENCE),
        ("the first state visit since independence in 1991", Role.REFERENCE),
        ("held in Washington on 17 August 2017", Role.AT),
        # the clause after "After …, X went further" is the main one: its time is the event's
        ("After the office opened in May, Beijing went further and on 21 May recalled", Role.AT),
    ],
)
def test_roles(text: str, role: Role) -> None:
    assert find_times(text, 0, date(2018, 1, 1))[-1].role is role


@pytest.mark.parametrize(
    "text",
    [
        "He may visit us.",  # the verb, not the month
        "security in the APR",  # Asia-Pacific Region, not April
        "The leaders met on Monday.",  # no anchor: nothing is invented
    ],
)
def test_no_date(text: str) -> None:
    assert not [t for t in find_times(text, 0, None) if t.span is not None]


def test_offsets_index_the_text() -> None:
    text = "Abe will visit Russia in April this year, before the summit on 30 November."
    for time in find_times(text, 100, date(2017, 3, 28)):
        assert text[time.start - 100 : time.end - 100] == time.text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Earlier in the day, the ministers met.", date(2027, 3, 4)),
        ("Later that day the leaders signed the accord.", date(2027, 3, 4)),
        ("The next day they flew home.", date(2027, 3, 5)),
        ("Mexico broke off relations the same night.", date(2027, 3, 4)),
        ("The next morning the envoy left.", date(2027, 3, 5)),
    ],
)
def test_times_told_from_the_time_before(text: str, day: date) -> None:
    [found] = find_times(text, 0, date(2027, 3, 10), context=DateSpan.day(date(2027, 3, 4)))
    assert found.span == DateSpan.day(day)


def test_earlier_in_the_day_needs_the_day_of_the_report() -> None:
    text = "The summit was preceded earlier in the day by a meeting of ministers."
    [time] = find_times(text, 0, date(2021, 12, 6), strict=False)
    assert time.span is None  # an anchor inferred from the text gives no day
    # a day told just before is the one it counts from
    [time] = find_times(text, 0, date(2021, 12, 6), context=DateSpan.day(date(2021, 12, 1)))
    assert time.span == DateSpan.day(date(2021, 12, 1))


def test_a_month_a_year_later_keeps_its_last_day() -> None:
    from dipevents.extract.timex import year_later

    assert year_later(DateSpan.month(2023, 2)) == DateSpan.month(2024, 2)  # 29 days
    assert year_later(DateSpan.month(2024, 2)) == DateSpan.month(2025, 2)
    assert year_later(DateSpan.day(date(2024, 2, 29))) == DateSpan.day(date(2025, 2, 28))


def test_a_month_of_that_year_is_of_the_year_told_before() -> None:
    [found] = find_times(
        "The ministers met in Tokyo in December that year.", 0, date(2024, 3, 5), year_context=2022
    )
    assert found.span == DateSpan.month(2022, 12)
    [found] = find_times("That year, they met four times.", 0, date(2024, 3, 5), year_context=2001)
    assert found.span == DateSpan.year(2001)
    # (with no year told before, none is guessed)
    [found] = find_times("The ministers met in December of that year.", 0, date(2024, 3, 5))
    assert found.span is None
