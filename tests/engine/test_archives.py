"""Archives opened recursively within limits: bombs and tricks are findings, never crashes."""

from __future__ import annotations

import bz2
import gzip
import io
import os
import tarfile
import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from rempart.engine import archives
from rempart.engine.archives import Limits, extension_of, unpack
from tests.support import files

MiB = 1024 * 1024


def kinds(result) -> list[str]:
    return [f.kind for f in result.findings]


def paths(result) -> list[str]:
    return [f.path for f in result.files]


def peak_memory(function, *args, **kwargs):
    """Run ``function`` and return (its result, the peak of memory Python allocated meanwhile)."""
    tracemalloc.start()
    try:
        result = function(*args, **kwargs)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_zip_members_are_listed_with_their_content():
    result = unpack(files.zip_bytes({"docs/a.txt": b"alpha", "b.pdf": b"%PDF-1.4"}), "parcel.zip")
    assert paths(result) == ["parcel.zip", "parcel.zip/docs/a.txt", "parcel.zip/b.pdf"]
    member = result.files[1]
    assert member.name == "a.txt" and member.data == b"alpha" and member.depth == 1 and member.container == "zip"
    assert result.findings == []


def test_nested_zips_are_opened_down_to_the_innermost_file():
    result = unpack(files.nested_zip(3, b"deep inside"), "outer.zip")
    innermost = result.files[-1]
    assert innermost.path == "outer.zip/level1.zip/level2.zip/inner.txt"
    assert innermost.data == b"deep inside" and innermost.depth == 3
    assert result.findings == []


def test_nesting_deeper_than_the_limit_is_a_bomb():
    result = unpack(files.nested_zip(12), "outer.zip")
    assert "bomb" in kinds(result)
    assert "nested more than 5 deep" in result.found("bomb")[0].detail
    assert max(f.depth for f in result.files) == 5


def test_high_ratio_member_is_a_bomb_and_is_not_decompressed():
    bomb = files.ratio_bomb_zip(256)
    assert len(bomb) < MiB
    result, peak = peak_memory(unpack, bomb, "report.zip")
    assert kinds(result) == ["bomb"]
    assert "268435456 bytes" in result.found("bomb")[0].detail
    assert result.files[1].data is None
    assert peak < 8 * MiB


def test_member_whose_header_lies_about_its_size_is_cut_at_the_declared_size():
    result, peak = peak_memory(unpack, files.lying_zip(64, declared=1000), "small.zip")
    member = result.files[1]
    assert member.data is None or len(member.data) <= 1000
    assert peak < 8 * MiB


def test_gzip_bomb_stops_at_the_member_cap_and_is_a_bomb():
    limits = Limits(max_member_size=4 * MiB)
    result, peak = peak_memory(unpack, files.gzip_bomb(256), "logs.gz", limits)
    assert kinds(result) == ["bomb"]
    assert result.files[1].data is None
    assert peak < 24 * MiB


def test_gzip_original_name_is_read_from_its_header_and_never_past_it():
    named = gzip.compress(b"x")
    with_name = named[:3] + bytes([named[3] | 0x08]) + named[4:10] + b"dir\\offer.pdf.exe\x00" + named[10:]
    assert archives.gzip_original_name(with_name) == "offer.pdf.exe"
    assert archives.gzip_original_name(gzip.compress(b"x")) == ""  # no FNAME flag
    assert archives.gzip_original_name(with_name[:14]) == ""  # the name is cut off: not read
    assert archives.gzip_original_name(b"\x1f\x8b\x08\x0c" + b"\x00" * 6 + b"\xff\xff") == ""  # FEXTRA longer than the data


def test_plain_gzip_and_bzip2_are_decompressed():
    result = unpack(gzip.compress(b"hello " * 100), "notes.txt.gz")
    assert result.files[1].name == "notes.txt" and result.files[1].data == b"hello " * 100
    result = unpack(bz2.compress(b"bye"), "x.bz2")
    assert result.files[1].data == b"bye"


def test_tar_gz_is_opened_through_both_layers():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("src/run.sh")
        info.size = 9
        archive.addfile(info, io.BytesIO(b"echo hi\n\n"))
    result = unpack(buffer.getvalue(), "src.tgz")
    assert paths(result) == ["src.tgz", "src.tgz/src.tar", "src.tgz/src.tar/src/run.sh"]
    assert result.files[-1].data == b"echo hi\n\n"


def test_an_archive_declaring_too_many_members_is_a_bomb_without_being_listed():
    result = unpack(files.many_members_zip(10_050), "many.zip")
    assert kinds(result) == ["bomb"]
    assert paths(result) == ["many.zip"]


def test_listing_stops_at_the_member_limit_of_the_message():
    result = unpack(files.many_members_zip(50), "many.zip", Limits(max_members=10))
    assert len(result.files) == 11
    assert kinds(result) == ["limit"]


def test_overlapping_members_are_a_stacked_bomb():
    result = unpack(files.overlapping_zip(50), "stack.zip")
    assert kinds(result) == ["bomb"]
    assert "overlap" in result.found("bomb")[0].detail


def test_member_over_the_size_limit_is_listed_but_not_read():
    result = unpack(files.zip_bytes({"big.bin": os.urandom(2 * MiB)}), "big.zip", Limits(max_member_size=MiB))
    assert result.files[1].data is None and result.files[1].size == 2 * MiB
    assert kinds(result) == ["limit"]


def test_the_byte_budget_is_shared_by_all_archives_of_a_message():
    data = files.zip_bytes({"a.bin": os.urandom(MiB), "b.bin": os.urandom(MiB), "c.bin": os.urandom(MiB)})
    result = unpack(data, "three.zip", Limits(max_total_size=int(2.5 * MiB)))
    read = [f for f in result.files[1:] if f.data is not None]
    assert len(read) == 2
    assert kinds(result) == ["limit"]


def test_encrypted_zip_members_are_flagged_and_not_read():
    result = unpack(files.flag_encrypted_zip({"invoice.pdf": b"%PDF-1.4 secret"}), "locked.zip")
    assert kinds(result) == ["encrypted"]
    assert result.files[1].encrypted and result.files[1].data is None


def test_aes_encrypted_zip_is_flagged():
    result = unpack(files.aes_zip({"invoice.exe": files.pe_exe()}), "locked.zip")
    assert kinds(result) == ["encrypted"]
    assert result.files[1].name == "invoice.exe"


def test_7z_members_are_read():
    result = unpack(files.seven_zip({"a.txt": b"alpha", "dir/b.txt": b"beta"}), "x.7z")
    assert {f.path: f.data for f in result.files[1:]} == {"x.7z/a.txt": b"alpha", "x.7z/dir/b.txt": b"beta"}


def test_password_protected_7z_is_flagged_with_names_listed():
    result = unpack(files.seven_zip({"setup.exe": b"MZ..."}, password="1234"), "x.7z")
    assert kinds(result) == ["encrypted"]
    assert result.files[1].name == "setup.exe" and result.files[1].data is None


def test_7z_with_encrypted_names_is_flagged():
    result = unpack(files.seven_zip({"setup.exe": b"MZ..."}, password="1234", header_encryption=True), "x.7z")
    assert kinds(result) == ["encrypted"]


def test_7z_declaring_far_more_than_it_holds_is_a_bomb():
    data = files.seven_zip({"zeros.bin": bytes(96 * MiB)}, deflate=True)
    assert len(data) < MiB
    result, peak = peak_memory(unpack, data, "x.7z")
    assert kinds(result) == ["bomb"]
    assert result.files[1].data is None
    # (py7zr sets aside a 16 MiB buffer whatever the archive; 96 MiB were not inflated.)
    assert peak < 24 * MiB


def test_small_but_highly_compressed_content_is_read_not_called_a_bomb():
    result = unpack(files.zip_bytes({"zeros.bin": bytes(4 * MiB)}), "padding.zip")
    assert result.findings == []
    assert result.files[1].data == bytes(4 * MiB)


def test_rar_is_recognised_but_not_opened():
    result = unpack(b"Rar!\x1a\x07\x01\x00" + bytes(64), "x.rar")
    assert kinds(result) == ["unopened"]


def test_truncated_zip_is_malformed_not_an_exception():
    data = files.zip_bytes({"a.txt": b"hello world" * 100})
    result = unpack(data[: len(data) // 2] + data[-22:], "broken.zip")
    assert "malformed" in kinds(result)


def test_extension_of_ignores_trailing_dots_and_spaces():
    assert extension_of("Invoice.PDF") == "pdf"
    assert extension_of("dir/setup.exe. ") == "exe"
    assert extension_of(".bashrc") == ""
    assert extension_of("README") == ""


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from([b"PK\x03\x04", b"\x1f\x8b\x08", b"7z\xbc\xaf\x27\x1c", b"BZh91AY&SY"]))
def test_garbage_behind_an_archive_magic_never_raises(tail, magic):
    result = unpack(magic + tail, "fuzz")
    assert result.files[0].path == "fuzz"


# -- ISO 9660 disc images ------------------------------------------------------------


def test_iso_members_are_listed_by_their_joliet_names_with_their_content():
    image = files.iso_with({"DHL_AWB_7734120985.exe": files.pe_exe(), "docs/note.txt": b"hello"})
    result = unpack(image, "DHL_AWB.iso")
    assert paths(result) == ["DHL_AWB.iso", "DHL_AWB.iso/DHL_AWB_7734120985.exe", "DHL_AWB.iso/docs/note.txt"]
    member = result.files[1]
    assert member.name == "DHL_AWB_7734120985.exe" and member.data == files.pe_exe()
    assert member.depth == 1 and member.container == "iso" and member.type.kind == "pe"
    assert result.findings == []


def test_archives_inside_an_iso_are_opened_and_an_iso_inside_a_zip_too():
    image = files.iso_with({"payload.zip": files.zip_bytes({"run.js": b"WScript.Echo(1)"})})
    result = unpack(files.zip_bytes({"disc.iso": image}), "parcel.zip")
    assert paths(result)[-1] == "parcel.zip/disc.iso/payload.zip/run.js"
    assert result.files[-1].data == b"WScript.Echo(1)" and result.files[-1].depth == 3


def test_iso_member_over_the_size_limit_is_listed_but_not_read():
    result = unpack(files.iso_with({"big.bin": bytes(2 * MiB)}), "big.iso", Limits(max_member_size=MiB))
    assert result.files[1].data is None and result.files[1].size == 2 * MiB
    assert kinds(result) == ["limit"]


def test_iso_members_share_the_byte_budget_of_the_message():
    image = files.iso_with({"a.bin": bytes(MiB), "b.bin": bytes(MiB), "c.bin": bytes(MiB)})
    result = unpack(image, "three.iso", Limits(max_total_size=int(2.5 * MiB)))
    assert len([f for f in result.files[1:] if f.data is not None]) == 2
    assert kinds(result) == ["limit"]


def test_iso_with_more_files_than_a_bomb_is_not_listed():
    image = files.iso_with({f"f{i}.txt": b"x" for i in range(12)})
    result = unpack(image, "many.iso", Limits(bomb_members=10))
    assert kinds(result) == ["bomb"] and len(result.files) == 1


def test_iso_listing_stops_at_the_member_limit_of_the_message():
    result = unpack(files.iso_with({f"f{i}.txt": b"x" for i in range(12)}), "many.iso", Limits(max_members=5))
    assert len(result.files) == 1 + 5
    assert kinds(result) == ["limit"]


def test_iso_member_beyond_the_end_of_a_truncated_image_is_malformed():
    image = files.iso_with({"setup.exe": files.pe_exe() * 20})
    result = unpack(image[:-2048], "cut.iso")
    assert result.files[1].name == "setup.exe" and result.files[1].data is None
    assert kinds(result) == ["malformed"]


def test_iso_header_without_a_directory_is_malformed_not_an_exception():
    result = unpack(files.iso_image(), "empty.iso")
    assert kinds(result) == ["malformed"] and len(result.files) == 1
