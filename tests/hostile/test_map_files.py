"""Hostile map directories: ``map.yaml`` and claim files that are links out, loops, pipes,
devices, sockets, folders, over-size or odd names. Every case: exit code 2, the file named
(line 1: the whole file is refused), no traceback, and nothing of a file outside read."""

from __future__ import annotations

import errno
import os
import socket
import stat
from pathlib import Path

import pytest

from argmap.errors import LoadError
from argmap.load import MAX_FILE_SIZE, load_map
from tests.helpers import claims_yaml

from .conftest import GOOD, refused

SECRET = "geheimnis-4711"
OTHER = claims_yaml("id: d\ntext: D gilt.\nstance: risk\nattacks: [a]")


def _outside(tmp_path: Path) -> Path:
    """A file outside the map directory whose content must never show."""
    out = tmp_path / "outside.yaml"
    out.write_text(f"title: {SECRET}\nclaims: [{SECRET}\n", encoding="utf-8")
    return out


# -- map.yaml ---------------------------------------------------------------------------------

def test_map_yaml_linked_out_of_the_directory_is_not_read(good_map, tmp_path, invoke) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").symlink_to(_outside(tmp_path))
    out = invoke("check", str(good_map))
    refused(out, "map.yaml:1", "unsafe-file")
    assert SECRET not in out.output


def test_map_yaml_linked_out_never_reaches_the_html(good_map, tmp_path, invoke) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").symlink_to(_outside(tmp_path))
    target = tmp_path / "map.html"
    out = invoke("build", str(good_map), "-o", str(target))
    refused(out, "map.yaml:1")
    assert not target.exists()


def test_map_yaml_fifo_does_not_hang(good_map, cli) -> None:
    (good_map / "map.yaml").unlink()
    os.mkfifo(good_map / "map.yaml")
    refused(cli("check", str(good_map), timeout=30), "map.yaml:1", "unsafe-file")


def test_map_yaml_is_a_folder(good_map, invoke) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").mkdir()
    refused(invoke("check", str(good_map)), "map.yaml:1", "unsafe-file")


def test_map_yaml_linked_to_dev_zero(good_map, cli) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").symlink_to("/dev/zero")
    refused(cli("check", str(good_map), timeout=30), "map.yaml:1", "unsafe-file")


def test_map_yaml_link_to_itself(good_map, invoke) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").symlink_to("map.yaml")
    refused(invoke("check", str(good_map)), "map.yaml:1", "unsafe-file")


def test_map_yaml_dangling_link(good_map, invoke) -> None:
    (good_map / "map.yaml").unlink()
    (good_map / "map.yaml").symlink_to("nirgends.yaml")
    refused(invoke("check", str(good_map)), "map.yaml:1")


def test_map_yaml_over_size(good_map, invoke) -> None:
    text = (good_map / "map.yaml").read_text(encoding="utf-8")
    (good_map / "map.yaml").write_text(text + "#" * MAX_FILE_SIZE + "\n", encoding="utf-8")
    refused(invoke("check", str(good_map)), "map.yaml:1", "file-too-large")


def test_map_yaml_with_nul_bytes(good_map, invoke) -> None:
    (good_map / "map.yaml").write_bytes(b"title: a\x00b\n")
    refused(invoke("check", str(good_map)), "map.yaml:1")


def test_map_yaml_deeply_nested_flow(good_map, invoke) -> None:
    (good_map / "map.yaml").write_text("title: " + "[" * 20000 + "]" * 20000 + "\n")
    refused(invoke("check", str(good_map)), "map.yaml:1")


def test_source_file_with_nul_byte_is_a_schema_error(good_map, invoke) -> None:
    text = (good_map / "map.yaml").read_text(encoding="utf-8")
    (good_map / "map.yaml").write_text(text.replace("file: s1.txt", 'file: "s1\\0.txt"'))
    refused(invoke("check", str(good_map), "--sources", str(good_map)), "map.yaml:6", "schema")


def test_source_file_name_too_long_is_a_schema_error(good_map, invoke) -> None:
    text = (good_map / "map.yaml").read_text(encoding="utf-8")
    (good_map / "map.yaml").write_text(text.replace("file: s1.txt", "file: " + "ä" * 200))
    refused(invoke("check", str(good_map), "--sources", str(good_map)), "map.yaml:6", "schema")


def test_texts_with_nul_byte_is_a_schema_error(good_map, invoke) -> None:
    with (good_map / "map.yaml").open("a", encoding="utf-8") as fh:
        fh.write('texts: "te\\0xte"\n')
    refused(invoke("check", str(good_map)), "map.yaml:12", "schema")


def test_map_directory_name_too_long(tmp_path, invoke) -> None:
    out = invoke("check", str(tmp_path / ("x" * 300)))
    assert out.code == 2 and "Traceback" not in out.output, out.output


def test_map_directory_is_a_fifo(tmp_path, cli) -> None:
    os.mkfifo(tmp_path / "claims")
    out = cli("check", str(tmp_path / "claims"), timeout=30)
    assert out.code == 2 and "Traceback" not in out.output, out.output


# -- claim files ------------------------------------------------------------------------------

def test_claim_file_linked_out(good_map, tmp_path, invoke) -> None:
    (good_map / "link.yaml").symlink_to(_outside(tmp_path))
    out = invoke("check", str(good_map))
    refused(out, "link.yaml:1", "unsafe-file")
    assert SECRET not in out.output


def test_claim_file_linked_out_with_relative_dots(good_map, tmp_path, invoke) -> None:
    _outside(tmp_path)
    (good_map / "link.yaml").symlink_to("../outside.yaml")
    refused(invoke("check", str(good_map)), "link.yaml:1", "unsafe-file")


def test_claim_files_in_a_link_loop(good_map, invoke) -> None:
    (good_map / "x.yaml").symlink_to("y.yaml")
    (good_map / "y.yaml").symlink_to("x.yaml")
    out = invoke("check", str(good_map))
    refused(out, "x.yaml:1", "unsafe-file")
    assert "y.yaml:1" in out.output


def test_claim_file_linked_to_itself(good_map, invoke) -> None:
    (good_map / "self.yaml").symlink_to("self.yaml")
    refused(invoke("check", str(good_map)), "self.yaml:1", "unsafe-file")


@pytest.mark.parametrize("name", ["pipe.yaml", "pipe.yml", "sub/pipe.yaml"])
def test_fifo_claim_file_does_not_hang(good_map, cli, name: str) -> None:
    (good_map / name).parent.mkdir(exist_ok=True)
    os.mkfifo(good_map / name)
    refused(cli("check", str(good_map), timeout=30), f"{name}:1", "unsafe-file")


def test_fifo_claim_file_does_not_hang_the_build(good_map, tmp_path, cli) -> None:
    os.mkfifo(good_map / "pipe.yaml")
    target = tmp_path / "map.html"
    refused(cli("build", str(good_map), "-o", str(target), timeout=30), "pipe.yaml:1")
    assert not target.exists()


def test_socket_claim_file(good_map, invoke) -> None:
    path = good_map / "sock.yaml"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        try:
            s.bind(str(path))
        except OSError as exc:  # pragma: no cover - path too long for AF_UNIX
            pytest.skip(f"cannot bind a socket here: {exc}")
        refused(invoke("check", str(good_map)), "sock.yaml:1", "unsafe-file")


def test_claim_file_linked_to_dev_zero(good_map, cli) -> None:
    (good_map / "zero.yaml").symlink_to("/dev/zero")
    refused(cli("check", str(good_map), timeout=30), "zero.yaml:1", "unsafe-file")


def test_device_node_inside_the_map(good_map, cli) -> None:
    try:
        os.mknod(good_map / "dev.yaml", stat.S_IFCHR | 0o666, os.makedev(1, 5))  # /dev/zero
    except PermissionError:
        pytest.skip("creating a device node needs root (CAP_MKNOD)")
    refused(cli("check", str(good_map), timeout=30), "dev.yaml:1", "unsafe-file")


def test_dangling_claim_link(good_map, invoke) -> None:
    (good_map / "weg.yaml").symlink_to("gibt-es-nicht.yaml")
    refused(invoke("check", str(good_map)), "weg.yaml:1", "unsafe-file")


def test_over_size_claim_file(good_map, invoke) -> None:
    (good_map / "big.yaml").write_text("#" * (MAX_FILE_SIZE + 1), encoding="utf-8")
    refused(invoke("check", str(good_map)), "big.yaml:1", "file-too-large")


def test_over_size_sparse_claim_file_is_not_read(good_map, invoke) -> None:
    with (good_map / "huge.yaml").open("wb") as fh:
        fh.truncate(50 * 2**30)  # 50 GiB of holes: reading it would take minutes
    refused(invoke("check", str(good_map)), "huge.yaml:1", "file-too-large")


def test_unreadable_claim_file(good_map, monkeypatch) -> None:
    real_open = os.open

    def denied(path, flags, *args):
        if str(path).endswith("a.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)  # root ignores chmod 000: inject EACCES instead
    with pytest.raises(LoadError) as info:
        load_map(good_map)
    assert [(d.file, d.line) for d in info.value.diagnostics] == [
        (f"{good_map}/a.yaml", 1)]


def test_claim_file_with_nul_bytes(good_map, invoke) -> None:
    (good_map / "nul.yaml").write_bytes(b"claims:\n  - id: x\x00\n")
    refused(invoke("check", str(good_map)), "nul.yaml:")


def test_escape_sequence_in_a_file_name_is_shown_escaped(good_map, invoke) -> None:
    (good_map / "\x1b]0;pwned\x07.yaml").write_text("claims: [\n", encoding="utf-8")
    out = invoke("check", str(good_map))
    refused(out, "\\x1b]0;pwned\\x07.yaml:")
    assert "\x1b]" not in out.output and "\x07" not in out.output


# -- folders ----------------------------------------------------------------------------------

def test_folder_named_like_a_claim_file_is_walked(good_map, invoke) -> None:
    (good_map / "mehr.yaml").mkdir()
    (good_map / "mehr.yaml" / "d.yaml").write_text(OTHER, encoding="utf-8")
    out = invoke("check", str(good_map), "--format", "json")
    assert out.code in (0, 1), out.output
    assert '"d"' in out.stdout


def test_linked_folder_inside_the_map_is_followed(good_map, tmp_path) -> None:
    (good_map / "real").mkdir()
    (good_map / "real" / "d.yaml").write_text(OTHER, encoding="utf-8")
    (good_map / "alias").symlink_to("real")
    assert sorted(load_map(good_map).claims) == ["a", "b", "c", "d"]  # d once, not twice


def test_linked_folder_back_to_the_map_root(good_map, invoke) -> None:
    (good_map / "self").symlink_to(".")
    refused(invoke("check", str(good_map)), "self:1", "unsafe-file")


def test_linked_folder_back_to_a_parent(good_map, invoke) -> None:
    (good_map / "sub" / "deeper").mkdir(parents=True)
    (good_map / "sub" / "deeper" / "up").symlink_to("../..")
    refused(invoke("check", str(good_map)), "sub/deeper/up:1", "unsafe-file")


def test_linked_folders_in_a_loop(good_map, invoke) -> None:
    (good_map / "p").symlink_to("q")
    (good_map / "q").symlink_to("p")
    out = invoke("check", str(good_map))
    refused(out, "p:1", "unsafe-file")


def test_linked_folder_out_of_the_map(good_map, tmp_path, invoke) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "d.yaml").write_text(f"# {SECRET}\n" + OTHER, encoding="utf-8")
    (good_map / "fremd").symlink_to(elsewhere)
    out = invoke("check", str(good_map))
    refused(out, "fremd:1", "unsafe-file")
    assert SECRET not in out.output


def test_hidden_link_loops_are_skipped_unread(good_map, invoke) -> None:
    (good_map / ".loop").symlink_to(".")
    (good_map / "_loop").symlink_to("_loop")
    out = invoke("check", str(good_map))
    assert out.code in (0, 1), out.output


def test_deep_folder_tree(good_map) -> None:
    deep = good_map
    for i in range(60):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "d.yaml").write_text(OTHER, encoding="utf-8")
    assert "d" in load_map(good_map).claims


def test_long_file_names_are_fine(good_map) -> None:
    (good_map / ("n" * 250 + ".yaml")).write_text(OTHER, encoding="utf-8")
    assert "d" in load_map(good_map).claims


def test_map_directory_linked_is_the_users_choice(good_map, tmp_path) -> None:
    (tmp_path / "alias").symlink_to(good_map)
    assert sorted(load_map(tmp_path / "alias").claims) == ["a", "b", "c"]
    assert GOOD  # the claims of the linked map, read through the link
