"""The dashboard in a real headless Chromium: shared links, filters across pages, downloads, clicks.

These are the issue's "done when" checks that only a browser can make: the URL a reporter pastes,
a page switch through our own menu, the bytes of a download, a click on the table canvas or a
chart bar. Every page is also screenshotted into tests/e2e/artifacts/ for a human to look at.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from dashboard import queries as Q
from dashboard.queries import Filters
from tests.e2e.conftest import wait_for_app

MSIT = "과학기술정보통신부"
PAGES = {
    "overview": "/",
    "commitments": "/commitments",
    "commitment": "/commitment?id=msit-gpu-30000",
    "targets": "/targets",
    "deadlines": "/deadlines",
    "ministries": "/ministries",
    "articles": "/articles",
    "data": "/data",
}


# ---------------------------------------------------------------------------------------------
# Locators and helpers (one place to change when Streamlit's DOM moves)
# ---------------------------------------------------------------------------------------------

def sidebar_widget(page, key: str):
    return page.get_by_test_id("stSidebar").locator(f".st-key-{key}")


def shown_count(page) -> int:
    """The 'N건' the list page states above its table."""
    caption = page.get_by_test_id("stCaptionContainer").filter(has_text="건").first.inner_text()
    return int(re.search(r"([\d,]+)건", caption)[1].replace(",", ""))


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def path(page) -> str:
    return urlparse(page.url).path


def expect_no_exception(page) -> None:
    assert page.get_by_test_id("stException").count() == 0, page.get_by_test_id("stException").first.inner_text()


def download_csv(page) -> bytes:
    button = page.get_by_test_id("stDownloadButton").get_by_role("button", name="CSV", exact=True)
    with page.expect_download() as download:
        button.click()
    return Path(download.value.path()).read_bytes()


def choose_in_sidebar(page, key: str, option: str) -> None:
    box = sidebar_widget(page, key)
    box.locator("input").first.click()
    box.locator("input").first.fill(option)
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")
    wait_for_app(page)


def click_first_row(page) -> None:
    """Select the first data row of the first table (its row-marker cell, left of the data)."""
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)


# ---------------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------------

def test_a_deep_link_on_a_fresh_server_shows_only_that_ministry(fresh_server, page, e2e_db):
    page.goto(fresh_server.url(f"/commitments?ministry={MSIT}"))
    wait_for_app(page)
    expect_no_exception(page)
    assert page.get_by_role("heading", name="약속 목록").is_visible()
    assert MSIT in sidebar_widget(page, "f_ministry").inner_text()
    expected = Q.count(Q.open_snapshot(e2e_db), Filters(ministries=(MSIT,)))
    assert shown_count(page) == expected > 0
    rows = pd.read_csv(io.BytesIO(download_csv(page)), encoding="utf-8-sig", dtype=str)
    assert len(rows) == expected and set(rows["부처"]) == {MSIT}
    assert query(page)["ministry"] == [MSIT]


def test_a_sidebar_filter_survives_the_switch_to_deadlines_and_is_in_the_url(server, page, e2e_db):
    page.goto(server.url("/commitments"))
    wait_for_app(page)
    everything = shown_count(page)
    choose_in_sidebar(page, "f_ministry", MSIT)
    assert query(page).get("ministry") == [MSIT]
    assert shown_count(page) < everything
    page.get_by_test_id("stSidebar").get_by_role("link", name="마감 일정").click()
    wait_for_app(page)
    assert path(page) == "/deadlines"
    assert query(page).get("ministry") == [MSIT]
    assert MSIT in sidebar_widget(page, "f_ministry").inner_text()
    expected = Q.kpis(Q.open_snapshot(e2e_db), Filters(ministries=(MSIT,)))
    assert f"마감일이 있는 약속 {expected['total'] - expected['undated']:,}건" in page.get_by_test_id("stCaptionContainer").first.inner_text()
    expect_no_exception(page)


def test_the_csv_download_starts_with_a_bom_and_has_exactly_the_rows_shown(server, page, e2e_db):
    page.goto(server.url("/commitments?status=delayed&ministry=" + MSIT))
    wait_for_app(page)
    data = download_csv(page)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)
    assert len(rows) == shown_count(page)
    con = Q.open_snapshot(e2e_db)
    on_screen = Q.commitments(con, Filters(ministries=(MSIT,), statuses=("delayed",)))
    assert list(rows["ID"]) == list(on_screen["commitment_id"])
    assert set(rows["상태"]) == {"지연"}


def test_clicking_a_row_opens_its_commitment(server, page, e2e_db):
    page.goto(server.url(f"/commitments?ministry={MSIT}"))
    wait_for_app(page)
    first = Q.commitments(Q.open_snapshot(e2e_db), Filters(ministries=(MSIT,)), limit=1).iloc[0]
    click_first_row(page)
    page.wait_for_url(re.compile(r"/commitment\?"), timeout=20_000)
    wait_for_app(page)
    assert query(page)["id"] == [first["commitment_id"]]
    assert query(page)["ministry"] == [MSIT]  # the filters travel with the link
    assert page.get_by_role("heading", name=first["summary"]).is_visible()
    expect_no_exception(page)


def test_clicking_a_deadline_bar_opens_its_commitment(server, page):
    page.goto(server.url(f"/deadlines?ministry={MSIT}"))
    wait_for_app(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.scroll_into_view_if_needed()
    chart.locator("g.point path").first.click(force=True)
    page.wait_for_url(re.compile(r"/commitment\?"), timeout=20_000)
    wait_for_app(page)
    assert query(page)["id"][0]
    expect_no_exception(page)


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_without_an_exception(server, page, artifacts, name):
    page.set_viewport_size({"width": 1440, "height": 900})  # a laptop
    page.goto(server.url(PAGES[name]))
    wait_for_app(page)
    expect_no_exception(page)
    page.wait_for_timeout(300)  # let Plotly finish drawing
    page.screenshot(path=str(artifacts / f"{name}.png"))
    page.set_viewport_size({"width": 1440, "height": 2600})
    wait_for_app(page)
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / f"{name}-full.png"))
