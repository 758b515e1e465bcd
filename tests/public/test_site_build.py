"""The built public site: its pages, navigation, addresses and offline assets."""

from __future__ import annotations

import html
import json
import re
from datetime import date

from tests.screen_reader_labels import english_labels_in, labels_of

from tests.conftest import SAMPLE_GROUPS, load_groups
from .conftest import staged
from .site_reading import page_of, read_article

ACTIVE = sorted(group.id for group in load_groups(SAMPLE_GROUPS) if group.data["status"] == "active"
                and group.data.get("listed", True))


def test_every_active_group_has_a_page_and_a_feed(sample_site):
    for group_id in ACTIVE:
        assert page_of(sample_site, group_id).is_file()
        assert (sample_site / "groups" / group_id / "kalender.ics").is_file()
    assert not (sample_site / "groups" / "amnesty-hamar").exists()


def test_every_page_type_is_built(sample_site):
    for page in ("index.html", "regioner/index.html", "regioner/midt/index.html", "kategorier/student/index.html",
                 "omrader/womens-rights/index.html", "kommuner/index.html", "studentradet/index.html",
                 "kalender/index.html", "start-en-gruppe/index.html", "hva-grupper-gjor/index.html",
                 "data/index.html", "404.html", "sitemap.xml", "pagefind/pagefind-entry.json", "groups.json"):
        assert (sample_site / page).is_file(), page
    assert not (sample_site / "development").exists()


def test_the_front_page_counts_the_active_groups(sample_site):
    assert f"Det er {len(ACTIVE) + 2} aktive grupper" in read_article(sample_site / "index.html").text


def test_the_front_page_lists_every_group_without_javascript(sample_site):
    hrefs = read_article(sample_site / "index.html").hrefs
    for group_id in ACTIVE:
        assert f"groups/{group_id}/" in hrefs
    for index in ("regioner/", "kategorier/", "omrader/", "kommuner/"):      # the other listings, each on its page
        assert index in hrefs
    assert "regioner/midt/" not in hrefs and "kategorier/local/" not in hrefs                 # one list, not five
    assert "midt/" in read_article(sample_site / "regioner" / "index.html").hrefs


def test_group_pages_stay_out_of_the_navigation(sample_site):
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    navigation = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', html, re.DOTALL)[0]
    assert "groups/" not in navigation
    assert "kalender/" in navigation


def test_a_group_page_shows_what_the_public_may_know(sample_site):
    article = read_article(page_of(sample_site, "amnesty-studentgruppe-ntnu"))
    assert article.headings[0] == "Amnesty Studentgruppe NTNU"
    for shown in ("Studentgruppe, Norges teknisk-naturvitenskapelige universitet (NTNU)", "Kommune: Trondheim",
                  "Region: Midt", "Ytringsfrihet, LHBTI+-rettigheter", "Gruppa deltar i Studentrådet",
                  "Onsdager kl. 18.15 på Studentersamfundet", "3. desember 2026: Skriv for liv på Studentersamfundet"):
        assert shown in article.text
    for href in ("mailto:ntnu@example.org", "https://example.org/amnesty-ntnu",
                 "https://www.instagram.com/amnestyntnu/", "https://www.facebook.com/amnestyntnu", "kalender.ics",
                 "../amnesty-nidaros/", "../../veiledning/redigere-gruppefil/"):
        assert href in article.hrefs


def test_a_group_page_lists_the_other_groups_of_its_municipality(sample_site):
    article = read_article(page_of(sample_site, "amnesty-nidaros"))
    assert "Andre grupper i Trondheim" in article.headings
    assert "../amnesty-studentgruppe-ntnu/" in article.hrefs


def test_past_activities_are_not_upcoming():
    def nidaros(as_of: date) -> tuple[str, str]:
        files = staged(load_groups(SAMPLE_GROUPS), as_of=as_of)
        return html.unescape(files["groups/amnesty-nidaros/index.md"]), files["kalender.ics"].decode("utf-8")

    page, feed = nidaros(date(2026, 12, 9))
    assert "Skriv for liv-kveld" in page and "Skriv for liv-kveld" in feed      # on 10 December 2026
    page, feed = nidaros(date(2026, 12, 11))
    assert "Skriv for liv-kveld" not in page
    assert "Gruppa har ingen åpne aktiviteter" in page
    assert "Skriv for liv-kveld" not in feed


def test_the_student_council_page_says_which_student_groups_take_part(sample_site):
    article = read_article(sample_site / "studentradet" / "index.html")
    taking_part = article.text.split("Andre studentgrupper")[0]
    assert "Amnesty Studentgruppe NTNU" in taking_part
    students = [group for group in load_groups(SAMPLE_GROUPS)
                if group.data["category"] == "student" and group.data["status"] == "active"]
    for group in students:
        assert group.data["name"] in article.text


def test_the_calendar_page_lists_upcoming_public_activities_under_their_months(sample_site):
    article = read_article(sample_site / "kalender" / "index.html")
    assert "fra 24. november 2026" in article.text
    assert article.headings == ["Kalender", "november 2026", "desember 2026", "januar 2027", "februar 2027",
                                "mars 2027"]
    december = article.text.split("desember 2026 ")[1].split("januar 2027")[0]
    assert ("torsdag 10. desember: Skriv for liv-kveld på Litteraturhuset Brev til myndigheter med Amnesty Nidaros. "
            "Gruppa holder til i Trondheim.") in december                  # no place given: where the group is


def test_the_calendar_says_date_time_place_group_and_type_in_plain_words(sample_site):
    text = read_article(sample_site / "kalender" / "index.html").text
    assert ("tirsdag 26. januar, kl. 18.00: Fagkveld om ytringsfrihet og straffeloven Åpent arrangement (fagkveld) "
            "med Amnesty Jusgruppa Oslo. Sted: Domus Juridica.") in text
    assert "torsdag 11. februar, kl. 19.00–21.00: Fagkveld om ytringsfrihet og overvåking" in text
    assert "((" not in text and "))" not in text                                       # no nested brackets
    whole_day = text.index("torsdag 10. desember: Skriv for liv-kveld på Litteraturhuset")
    assert whole_day < text.index("torsdag 10. desember, kl. 17.00–20.00: Skriv for liv på Deichman Bjørvika")


def test_the_calendars_region_filter_names_each_entrys_region_for_the_script(sample_site):
    html_text = (sample_site / "kalender" / "index.html").read_text(encoding="utf-8")
    assert '<form id="kalenderfilter" class="gruppefilter" data-list="kalenderliste"' in html_text
    assert '<a data-region="midt" href="../groups/amnesty-nidaros/">' in html_text


def test_a_group_page_gives_its_upcoming_activities_start_and_end(sample_site):
    text = read_article(sample_site / "groups" / "amnesty-bergen" / "index.html").text
    assert ("11. februar 2027, kl. 19.00–21.00: Fagkveld om ytringsfrihet og overvåking Åpent arrangement (fagkveld). "
            "Sted: Litteraturhuset i Bergen.") in text
    assert "12. desember 2026: Skriv for liv på Torgallmenningen Brev til myndigheter. Sted: Torgallmenningen." in text


def test_pages_are_norwegian_and_searchable_in_norwegian(sample_site):
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nb"' in html
    assert json.loads((sample_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"].keys() == {"nb"}


def test_every_screen_reader_label_on_every_page_is_norwegian(sample_site):
    assert english_labels_in(sample_site) == {}
    assert "Sidetopp" in labels_of(sample_site / "index.html")     # Material's nb says "Header"


def test_the_sitemap_has_absolute_addresses_of_group_pages(sample_site):
    sitemap = (sample_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://grupper.amnesty.no/groups/amnesty-nidaros/</loc>" in sitemap


def test_the_404_page_is_norwegian(sample_site):
    assert "Fant ikke siden" in (sample_site / "404.html").read_text(encoding="utf-8")


def test_no_page_loads_fonts_scripts_or_styles_from_another_host(sample_site):
    for page in sample_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<script[^>]+src="(?:https?:)?//', html), page
        assert not re.search(r'<link rel="(?:stylesheet|preconnect|preload)"[^>]+href="(?:https?:)?//', html), page
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page


def test_a_page_loads_the_place_search_and_the_filters_only_if_it_has_them(sample_site_of_each_engine):
    """Their scripts and styles come with the front page and the calendar, not with every page's first view."""
    site = sample_site_of_each_engine
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert ("place-search.js" in html) == ("place-search.css" in html) == ('id="stedsok"' in html), page
        assert ("filter.js" in html) == ('class="gruppefilter"' in html), page
    assert 'id="stedsok"' in (site / "index.html").read_text(encoding="utf-8")
    assert 'class="gruppefilter"' in (site / "kalender" / "index.html").read_text(encoding="utf-8")


def test_the_style_sheets_are_published_without_their_comments(sample_site_of_each_engine):
    styles = (sample_site_of_each_engine / "assets" / "public.css").read_text(encoding="utf-8")
    assert "/*" not in styles and "--md-primary-fg-color: #ffff00;" in styles


def test_our_scripts_are_published_without_their_comments(sample_site_of_each_engine):
    published = {script.name: script.read_text(encoding="utf-8")
                 for script in (sample_site_of_each_engine / "assets").glob("*.js")}
    assert published.keys() == {"filter.js", "place-search.js", "place-search-ui.js", "sok.js"}
    for name, script in published.items():
        assert not [line for line in script.splitlines() if line.lstrip().startswith(("//", "/*"))], name
    assert 'xmlns="http://www.w3.org/2000/svg"' in published["sok.js"]
