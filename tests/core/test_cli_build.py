"""`grupper build`: builds both sites from valid groups, and refuses output folders it would destroy or mix."""

from __future__ import annotations

import html

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("public, internal", [
    (".", "site/internal"),
    ("groups", "site/internal"),
    ("site/x", "site/x"),
    ("site/public", "site/public/intern"),
    ("site/public", str(ROOT / "docs")),
    ("/", "site/internal"),
    ("generator/sites", "site/internal"),
    ("overrides", "site/internal"),
    ("site/public", "docs/intern"),
    ("site/public", ".github"),
])
def test_build_refuses_an_output_folder_that_holds_the_register_or_the_other_site(cli, public, internal):
    code, _, err = cli("build", "--public", public, "--internal", internal, cwd=ROOT)
    assert code == 2 and "mappe" in err
    assert (ROOT / "groups" / "amnesty-nidaros.yaml").exists()


def test_build_writes_both_sites_from_valid_groups(cli, tmp_path):
    code, _, err = cli("build", "--public", str(tmp_path / "public"), "--internal", str(tmp_path / "internal"),
                       "--as-of", "2026-11-24", cwd=ROOT)
    assert code == 0, err
    assert (tmp_path / "public" / "groups" / "amnesty-nidaros" / "index.html").is_file()
    assert (tmp_path / "internal" / "index.html").is_file()


def test_build_refuses_an_output_path_that_is_a_file(cli, tmp_path):
    (tmp_path / "fil").write_text("", encoding="utf-8")
    code, _, err = cli("build", "--public", str(tmp_path / "public"), "--internal", str(tmp_path / "fil"), cwd=ROOT)
    assert code == 2 and "er en fil" in err
    assert not (tmp_path / "public").exists()


def test_a_folder_that_cannot_be_made_is_one_line_and_exit_2(cli, tmp_path):
    (tmp_path / "fil").write_text("", encoding="utf-8")
    code, _, err = cli("build", "--public", str(tmp_path / "fil" / "public"), "--internal", str(tmp_path / "i"),
                       cwd=ROOT)
    assert code == 2
    assert err.strip().count("\n") == 0 and "er ikke en mappe" in err and "intern feil" not in err


def test_build_refuses_a_folder_with_other_files_but_rebuilds_an_earlier_build(cli, tmp_path):
    notes = tmp_path / "public" / "notater.txt"
    notes.parent.mkdir()
    notes.write_text("viktig", encoding="utf-8")
    args = ("build", "--public", str(tmp_path / "public"), "--internal", str(tmp_path / "internal"),
            "--as-of", "2026-11-24")
    code, _, err = cli(*args, cwd=ROOT)
    assert code == 2 and "ikke tom" in err and notes.read_text(encoding="utf-8") == "viktig"
    notes.unlink()
    assert cli(*args, cwd=ROOT)[0] == 0
    assert cli(*args, cwd=ROOT)[0] == 0
    swapped = ("build", "--public", str(tmp_path / "internal"), "--internal", str(tmp_path / "public"))
    code, _, err = cli(*swapped, cwd=ROOT)
    assert code == 2 and "offentlig side" in err      # the internal site never goes where the public one was


def test_build_refuses_another_tools_site(cli, tmp_path):
    other = tmp_path / "annen"
    other.mkdir()
    for name in ("index.html", "sitemap.xml", "utkast.md"):
        (other / name).write_text("x", encoding="utf-8")
    code, _, err = cli("build", "--public", str(other), "--internal", str(tmp_path / "i"), cwd=ROOT)
    assert code == 2 and (other / "utkast.md").exists()


def test_build_refuses_what_validate_rejects_also_when_it_depends_on_the_date(cli, tmp_path):
    earlier = ("--as-of", "2025-01-01")   # the sample reports and follow-ups of 2026 lie in the future then
    code, out, err = cli("validate", *earlier, cwd=ROOT)
    assert code == 1 and "er etter i dag (2025-01-01)" in out, err
    code, out, _ = cli("build", "--public", str(tmp_path / "p"), "--internal", str(tmp_path / "i"), *earlier,
                       cwd=ROOT)
    assert code == 1 and "er etter i dag (2025-01-01)" in out
    assert not (tmp_path / "p").exists() and not (tmp_path / "i").exists()


def test_a_lapsed_membership_is_shown_on_the_status_site_and_does_not_stop_the_build(cli, tmp_path):
    export = ("--members", str(ROOT / "data" / "medlemsregister-eksempel.csv"), "--as-of", "2026-11-24")
    assert cli("validate", *export, cwd=ROOT)[0] == 1        # the sample Bergen group has a lapsed member (§2.2)
    code, _, err = cli("build", "--public", str(tmp_path / "p"), "--internal", str(tmp_path / "i"), *export, cwd=ROOT)
    assert code == 0, err
    page = html.unescape((tmp_path / "i" / "grupper" / "amnesty-bergen" / "index.html").read_text(encoding="utf-8"))
    assert "finnes ikke i uttrekket fra medlemsregisteret" in page and "Kandidat for nedleggelse" in page
    # the build ends by counting what is left, the lapsed contact and the closure candidate among the errors
    last = err.splitlines()[-1]
    assert last.startswith(f"Bygget {tmp_path / 'p'} og {tmp_path / 'i'}. Oppfølgingsstatusen har 2 feil og "), err
    assert last.endswith(f" advarsler: se «Dette må gjøres nå» i {tmp_path / 'i'}/index.html, eller kjør grupper "
                         f"status --members {export[1]}."), err


def test_a_build_of_the_public_site_alone_counts_the_warnings_left_in_the_files(cli, tmp_path):
    groups = tmp_path / "groups"
    groups.mkdir()
    example = (ROOT / "groups" / "amnesty-nidaros.yaml").read_text(encoding="utf-8")
    (groups / "amnesty-nidaros.yaml").write_text(example.replace("roles: [social-media]", "roles: []"),
                                                 encoding="utf-8")      # one person holds every role (§6.4)
    code, _, err = cli("build", "--public-only", "--public", str(tmp_path / "p"), "--groups-dir", str(groups),
                       "--as-of", "2026-11-24", cwd=ROOT)
    assert code == 0, err
    assert f"Bygget {tmp_path / 'p'}. Gruppefilene har 0 feil og 1 advarsel: kjør grupper validate for å se dem." in err


def test_build_without_a_second_process_builds_one_site_after_the_other(cli, tmp_path, monkeypatch):
    def unavailable(*args, **kwargs):
        raise OSError(38, "Function not implemented")   # no /dev/shm: no process semaphores
    monkeypatch.setattr("generator.cli.build.ProcessPoolExecutor", unavailable)
    code, _, err = cli("build", "--public", str(tmp_path / "p"), "--internal", str(tmp_path / "i"), cwd=ROOT)
    assert code == 0, err
    assert (tmp_path / "p" / "index.html").is_file() and (tmp_path / "i" / "index.html").is_file()
