"""Built-in signatures: EICAR and the suite's own samples caught with no clamd at all."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import signatures, size
from rempart.engine.verdict import Action, Verdict
from tests.support import files
from tests.support.clamd import EICAR, message_with_attachment

pipeline = Pipeline(modules=[signatures])

MADE_UP_SAMPLE = b"REMPART-MADE-UP-SAMPLE:7f3a9c not malware, a pattern only this test's rule knows"
MADE_UP_RULE = """
rule Rempart_Test_Made_Up_Sample
{
    meta:
        name = "Rempart.Test.MadeUp"
        threat = "malware"
    strings:
        $a = "REMPART-MADE-UP-SAMPLE:7f3a9c"
    condition:
        $a
}
"""


async def scan(raw: bytes, context: Context | None = None, engine: Pipeline = pipeline, policy=DEFAULT_POLICY):
    return await engine.scan(Message(raw), policy, context or Context())


def symbol(result, name):
    return next(s for s in result.symbols if s.name == name)


def detection(result):
    """The symbol that made the verdict malware: a rule, or the hash of the very same file."""
    return next(s for s in result.symbols if s.name in ("SIGNATURE_MALWARE", "SIGNATURE_BAD_HASH"))


def plain_message(body: bytes) -> bytes:
    return b"From: a@example.net\r\nTo: b@example.com\r\nSubject: test\r\n\r\n" + body + b"\r\n"


async def test_eicar_as_the_raw_body_is_malware():
    result = await scan(plain_message(EICAR))
    assert result.verdict is Verdict.MALWARE and result.action is Action.REJECT
    assert symbol(result, "SIGNATURE_MALWARE").detail == "Eicar-Test-Signature in part 1"


async def test_eicar_as_a_base64_attachment_is_malware():
    result = await scan(message_with_attachment(EICAR, "eicar.com"))
    assert detection(result).detail == "Eicar-Test-Signature in eicar.com"


async def test_eicar_inside_a_zip_is_malware():
    result = await scan(files.mail([("docs.zip", files.zip_bytes({"readme.txt": EICAR}))]))
    assert detection(result).detail == "Eicar-Test-Signature in docs.zip/readme.txt"


async def test_eicar_inside_nested_zips_is_malware():
    result = await scan(files.mail([("outer.zip", files.nested_zip(4, EICAR, "eicar.com"))]))
    assert result.verdict is Verdict.MALWARE
    assert detection(result).detail.endswith("level3.zip/eicar.com")


async def test_eicar_inside_a_7z_inside_a_tar_gz_is_malware():
    import io
    import tarfile

    inner = files.seven_zip({"eicar.txt": EICAR})
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("bundle.7z")
        info.size = len(inner)
        archive.addfile(info, io.BytesIO(inner))
    result = await scan(files.mail([("bundle.tgz", buffer.getvalue())]))
    assert result.verdict is Verdict.MALWARE


async def test_a_signature_hit_is_final():
    tiny = DEFAULT_POLICY.with_changes(max_message_size=10)
    result = await scan(plain_message(EICAR), engine=Pipeline(modules=[signatures, size]), policy=tiny)
    assert result.has("SIGNATURE_MALWARE") and not result.has("MESSAGE_TOO_BIG")


async def test_the_default_pipeline_catches_eicar_with_no_clamd():
    result = await scan(message_with_attachment(EICAR, "eicar.com"), engine=Pipeline())
    assert result.verdict is Verdict.MALWARE
    assert result.has("AV_NOT_CONFIGURED") and detection(result)


async def test_clean_message_has_no_signature():
    result = await scan(files.mail([("report.pdf", files.plain_pdf()), ("notes.zip", files.zip_bytes({"a.txt": b"hi"}))]))
    assert result.symbols == [] and result.verdict is Verdict.CLEAN


async def test_eicar_found_by_its_shipped_hash_and_by_the_rule_when_the_file_differs():
    assert symbol(await scan(message_with_attachment(EICAR)), "SIGNATURE_BAD_HASH")
    padded = await scan(message_with_attachment(EICAR + b"\r\n"))
    assert symbol(padded, "SIGNATURE_MALWARE").detail == "Eicar-Test-Signature in invoice.pdf"


async def test_an_installation_folder_adds_its_own_rule(tmp_path):
    (tmp_path / "local.yar").write_text(MADE_UP_RULE)
    context = Context(signature_dirs=(str(tmp_path),))
    raw = files.mail([("data.zip", files.zip_bytes({"sample.bin": MADE_UP_SAMPLE}))])
    result = await scan(raw, context)
    assert result.verdict is Verdict.MALWARE
    assert symbol(result, "SIGNATURE_MALWARE").detail == "Rempart.Test.MadeUp in data.zip/sample.bin"
    assert (await scan(raw)).verdict is Verdict.CLEAN  # without the folder, nothing knows the sample


async def test_an_installation_folder_adds_bad_hashes(tmp_path):
    import hashlib

    payload = b"a file some incident response team called bad"
    (tmp_path / "incident.txt").write_text(f"# from the 2025 incident\n{hashlib.sha256(payload).hexdigest()} Incident.Dropper\n")
    result = await scan(message_with_attachment(payload, "a.bin"), Context(signature_dirs=(str(tmp_path),)))
    assert symbol(result, "SIGNATURE_BAD_HASH").detail == "Incident.Dropper in a.bin"
    assert result.verdict is Verdict.MALWARE


async def test_a_suspicious_rule_adds_its_score_and_lets_the_scan_go_on(tmp_path):
    (tmp_path / "soft.yar").write_text(MADE_UP_RULE.replace('threat = "malware"', 'threat = "suspicious"\n        score = "2.5"'))
    result = await scan(message_with_attachment(MADE_UP_SAMPLE), Context(signature_dirs=(str(tmp_path),)))
    assert symbol(result, "SIGNATURE_SUSPICIOUS").score == 2.5
    assert result.verdict is Verdict.CLEAN


async def test_a_broken_rule_file_leaves_the_others_working(tmp_path):
    (tmp_path / "broken.yar").write_text("rule Broken { condition: nonsense( }")
    (tmp_path / "local.yar").write_text(MADE_UP_RULE)
    loaded = signatures.load((str(tmp_path),))
    assert loaded.broken == (str(tmp_path / "broken.yar"),)
    context = Context(signature_dirs=(str(tmp_path),))
    assert (await scan(message_with_attachment(MADE_UP_SAMPLE), context)).verdict is Verdict.MALWARE
    assert (await scan(message_with_attachment(EICAR), context)).verdict is Verdict.MALWARE


# -- the shipped rules of our own ------------------------------------------------


async def test_shortcut_launching_hidden_powershell_is_malware():
    result = await scan(files.mail([("scan.zip", files.zip_bytes({"Scan_0042.pdf.lnk": files.lnk()}))]))
    assert symbol(result, "SIGNATURE_MALWARE").detail.startswith("Rempart_LNK_Script_Launcher in scan.zip/")


async def test_shortcut_to_a_program_with_plain_arguments_is_not_matched():
    benign = files.lnk(target=r"..\Program Files\Notepad++\notepad++.exe", arguments="minutes.txt")
    result = await scan(files.mail([("notes.lnk", benign)]))
    assert not result.has("SIGNATURE_MALWARE")


async def test_html_smuggling_dropper_is_malware():
    result = await scan(files.mail([("invoice.html", files.smuggling_page().encode())]))
    assert symbol(result, "SIGNATURE_MALWARE").detail == "Rempart_HTML_Smuggling_Dropper in invoice.html"


async def test_html_building_a_csv_in_the_browser_is_not_a_dropper():
    page = files.smuggling_page(filename="report.csv")
    assert not (await scan(files.mail([("report.html", page.encode())]))).has("SIGNATURE_MALWARE")


async def test_vba_downloader_is_matched_in_the_extracted_macro_source():
    result = await scan(files.mail([("invoice.docm", files.docm())]))
    assert symbol(result, "SIGNATURE_MALWARE").detail == "Rempart_VBA_AutoExec_Downloader in invoice.docm (macros)"


async def test_harmless_macro_is_not_matched():
    assert not (await scan(files.mail([("table.docm", files.docm(files.HARMLESS_MACRO))]))).has("SIGNATURE_MALWARE")


async def test_pdf_launching_cmd_is_malware():
    result = await scan(files.mail([("statement.pdf", files.pdf_with_launch())]))
    assert symbol(result, "SIGNATURE_MALWARE").detail == "Rempart_PDF_Launch_Shell in statement.pdf"


@pytest.mark.parametrize("rule_file", sorted(p.name for p in (signatures.DATA / "yara").glob("*.yar")))
def test_each_shipped_rule_file_compiles_alone(rule_file):
    import yara

    yara.compile(filepath=str(signatures.DATA / "yara" / rule_file), externals=signatures.EXTERNALS)


async def test_a_body_merely_mentioning_the_rules_words_is_clean():
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "it@example.org", "all@example.org", "Security tips"
    message.set_content("Never run powershell -enc from a shortcut, and beware of AutoOpen macros that call Shell "
                        "with URLDownloadToFile; new Blob and createObjectURL are used by HTML smuggling.")
    assert (await scan(message.as_bytes())).symbols == []
