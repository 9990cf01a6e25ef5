"""Hostile inputs beside the map: position files, source texts (``--sources`` and ``texts:``)
and the file an import reads. Pipes, devices, folders, loops, links out and over-size files
are refused with the file named and exit code 2, never read, never waited on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from argmap.load import MAX_FILE_SIZE
from argmap.pipeline import MAX_IMPORT_SIZE

from .conftest import SOURCE_TEXT, refused

# -- position files ---------------------------------------------------------------------------


def test_position_fifo_does_not_hang(good_map, tmp_path, cli) -> None:
    os.mkfifo(tmp_path / "pos.yaml")
    refused(cli("check", str(good_map), "--position", str(tmp_path / "pos.yaml"), timeout=30),
            "pos.yaml:1", "unsafe-file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_position_device(good_map, cli, device: str) -> None:
    refused(cli("check", str(good_map), "--position", device, timeout=30), f"{device}:1",
            "unsafe-file")


def test_position_is_a_folder(good_map, tmp_path, invoke) -> None:
    refused(invoke("check", str(good_map), "--position", str(tmp_path)), f"{tmp_path}:1",
            "unsafe-file")


def test_position_link_loop(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").symlink_to("pos.yaml")
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml")),
            "pos.yaml:1", "unsafe-file")


def test_position_over_size(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").write_text("#" * (MAX_FILE_SIZE + 1), encoding="utf-8")
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml")),
            "pos.yaml:1", "file-too-large")


def test_position_missing(good_map, tmp_path, invoke) -> None:
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "none.yaml")),
            "none.yaml:1")


def test_position_binary(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").write_bytes(bytes(range(256)) * 4)
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml")),
            "pos.yaml:1")


def test_position_unknown_ids_have_their_lines(good_map, tmp_path, invoke) -> None:
    (tmp_path / "pos.yaml").write_text("name: x\naccept:\n  - a\n  - geist\n", encoding="utf-8")
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml")),
            "pos.yaml:4", "unknown-reference")


# -- source texts -----------------------------------------------------------------------------

def _texts(good_map: Path) -> Path:
    texts = good_map / "texte"
    texts.mkdir()
    with (good_map / "map.yaml").open("a", encoding="utf-8") as fh:
        fh.write("texts: texte\n")
    return texts


def test_sources_fifo_does_not_hang(good_map, tmp_path, cli) -> None:
    os.mkfifo(tmp_path / "s1.txt")
    refused(cli("check", str(good_map), "--sources", str(tmp_path), timeout=30), "s1.txt:1",
            "unsafe-file")


def test_texts_fifo_does_not_hang_the_build(good_map, tmp_path, cli) -> None:
    os.mkfifo(_texts(good_map) / "s1.txt")
    target = tmp_path / "map.html"
    refused(cli("build", str(good_map), "-o", str(target), timeout=30), "s1.txt:1")
    assert not target.exists()


def test_sources_text_linked_to_dev_zero(good_map, tmp_path, cli) -> None:
    (tmp_path / "s1.txt").symlink_to("/dev/zero")
    refused(cli("check", str(good_map), "--sources", str(tmp_path), timeout=30), "s1.txt:1",
            "unsafe-file")


def test_texts_linked_out_of_the_map(good_map, tmp_path, invoke) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("zweites Stück geheim", encoding="utf-8")
    (_texts(good_map) / "s1.txt").symlink_to(secret)
    out = invoke("check", str(good_map))
    refused(out, "s1.txt:1", "unsafe-file")
    assert "geheim" not in out.output


def test_texts_file_is_a_folder(good_map, invoke) -> None:
    (_texts(good_map) / "s1.txt").mkdir()
    refused(invoke("check", str(good_map)), "s1.txt:1", "unsafe-file")


def test_texts_link_loop(good_map, invoke) -> None:
    (_texts(good_map) / "s1.txt").symlink_to("s1.txt")
    refused(invoke("check", str(good_map)), "s1.txt:1", "unsafe-file")


def test_texts_message_in_english(good_map, invoke) -> None:
    (_texts(good_map) / "s1.txt").mkdir()
    out = invoke("check", str(good_map), "--lang", "en")
    refused(out, "s1.txt:1")
    assert "This is a folder" in out.output


def test_texts_refusal_in_the_json_report(good_map, invoke) -> None:
    import json

    (_texts(good_map) / "s1.txt").mkdir()
    out = invoke("check", str(good_map), "--format", "json")
    assert out.code == 2
    doc = json.loads(out.stdout)
    assert [d["code"] for d in doc["diagnostics"]] == ["unsafe-file"]


def test_texts_that_are_fine_still_verify_quotes(good_map, invoke) -> None:
    (_texts(good_map) / "s1.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    out = invoke("check", str(good_map))
    assert out.code == 0, out.output


def test_sources_text_over_size_is_not_read(good_map, tmp_path, invoke) -> None:
    with (tmp_path / "s1.txt").open("wb") as fh:
        fh.truncate(40 * 2**30)  # sparse: reading it would take minutes
    out = invoke("check", str(good_map), "--sources", str(tmp_path))
    assert out.code == 0 and "unknown-source-text" in out.output, out.output


# -- the file an import reads ---------------------------------------------------------------

def test_import_fifo_does_not_hang(tmp_path, cli) -> None:
    os.mkfifo(tmp_path / "in.argdown")
    refused(cli("import", str(tmp_path / "in.argdown"), "--from", "argdown", "-o",
                str(tmp_path / "out"), timeout=30), "in.argdown:1", "unsafe-file")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_import_device(tmp_path, cli, device: str) -> None:
    refused(cli("import", device, "--from", "kialo", "-o", str(tmp_path / "out"), timeout=30),
            f"{device}:1", "unsafe-file")
    assert not (tmp_path / "out").exists()


def test_import_folder(tmp_path, invoke) -> None:
    refused(invoke("import", str(tmp_path), "--from", "aif", "-o", str(tmp_path / "out")),
            f"{tmp_path}:1", "unsafe-file")


def test_import_link_loop(tmp_path, invoke) -> None:
    (tmp_path / "in.json").symlink_to("in.json")
    refused(invoke("import", str(tmp_path / "in.json"), "--from", "aif", "-o",
                   str(tmp_path / "out")), "in.json:1", "unsafe-file")


def test_import_over_size_is_not_read(tmp_path, invoke) -> None:
    with (tmp_path / "in.txt").open("wb") as fh:
        fh.truncate(MAX_IMPORT_SIZE + 1)
    refused(invoke("import", str(tmp_path / "in.txt"), "--from", "kialo", "-o",
                   str(tmp_path / "out")), "in.txt:1", "file-too-large")
    assert not (tmp_path / "out").exists()


def test_position_duplicate_key_is_a_diagnostic(good_map, tmp_path, invoke) -> None:
    """Found by the fuzz harness: a duplicate key crashed the position loader (exit 3)."""
    (tmp_path / "pos.yaml").write_text("name: x\nname: y\naccept: [a]\n", encoding="utf-8")
    refused(invoke("check", str(good_map), "--position", str(tmp_path / "pos.yaml")),
            "pos.yaml:2", "duplicate-key")
