"""The clamd client against a real clamd (tests/support/clamd.py) on loopback."""

from __future__ import annotations

import asyncio
import socket

import pytest

from rempart.config import ConfigError, Settings
from rempart.engine.clamd import (
    AntivirusUnavailable,
    ClamdClient,
    StreamTooLarge,
    antivirus_status,
    build_antivirus,
)
from tests.support.clamd import (
    EICAR,
    EICAR_SIGNATURE,
    SAMPLE,
    SAMPLE_SIGNATURE,
    message_with_attachment,
)


@pytest.fixture(params=["unix", "tcp"])
def client(request, clamd) -> ClamdClient:
    address = clamd.socket_path if request.param == "unix" else clamd.tcp_address
    return ClamdClient(address, timeout=20)


@pytest.fixture
def silent_server():
    """A TCP listener that accepts and never answers, like a hung clamd."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield "127.0.0.1:%d" % listener.getsockname()[1]
    listener.close()


@pytest.fixture
async def answering_server():
    """Start a loopback server that gives one fixed reply to any command, then hangs up."""
    servers = []

    async def start(reply: bytes) -> str:
        async def answer(reader, writer):
            await reader.read(10)
            writer.write(reply)
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(answer, "127.0.0.1", 0)
        servers.append(server)
        return "127.0.0.1:%d" % server.sockets[0].getsockname()[1]

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()


def _unused_tcp_address() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return "127.0.0.1:%d" % probe.getsockname()[1]


async def test_ping_and_version(client):
    await client.ping()
    assert (await client.version()).startswith("ClamAV ")


async def test_eicar_in_a_base64_attachment_is_found_by_name(client):
    raw = message_with_attachment(EICAR, filename="eicar.com")
    assert EICAR not in raw  # only clamd's MIME decoding can find it
    assert await client.scan(raw) == EICAR_SIGNATURE


async def test_test_sample_is_found(client):
    assert await client.scan(message_with_attachment(SAMPLE)) == SAMPLE_SIGNATURE


async def test_clean_message_scans_clean(client):
    assert await client.scan(message_with_attachment(b"%PDF-1.4 just an invoice\n")) is None


async def test_empty_data_scans_clean(client):
    assert await client.scan(b"") is None


async def test_signature_split_across_chunks_is_found(clamd):
    client = ClamdClient(clamd.address, chunk_size=7)
    assert await client.scan(b"padding " + SAMPLE + b" padding") == SAMPLE_SIGNATURE


async def test_data_just_under_stream_max_length_is_scanned(client, clamd):
    data = b"A" * (clamd.stream_max_length - 4096) + SAMPLE
    assert await client.scan(data) == SAMPLE_SIGNATURE


async def test_data_above_stream_max_length_raises_stream_too_large(client, clamd):
    with pytest.raises(StreamTooLarge, match="StreamMaxLength"):
        await client.scan(b"A" * (clamd.stream_max_length * 3))


async def test_client_still_works_after_a_refused_stream(client, clamd):
    with pytest.raises(StreamTooLarge):
        await client.scan(b"A" * (clamd.stream_max_length * 2))
    assert await client.scan(SAMPLE) == SAMPLE_SIGNATURE


async def test_stale_socket_is_unavailable_and_says_where(dead_clamd_address):
    client = ClamdClient(dead_clamd_address)
    with pytest.raises(AntivirusUnavailable, match="Connection refused") as caught:
        await client.scan(EICAR)
    assert dead_clamd_address in str(caught.value)


async def test_missing_socket_is_unavailable(tmp_path):
    with pytest.raises(AntivirusUnavailable, match="No such file"):
        await ClamdClient(str(tmp_path / "clamd.ctl")).ping()


async def test_tcp_port_with_nothing_listening_is_unavailable():
    with pytest.raises(AntivirusUnavailable, match="Connection refused"):
        await ClamdClient(_unused_tcp_address()).scan(b"hello")


async def test_clamd_that_never_answers_times_out_as_unavailable(silent_server):
    client = ClamdClient(silent_server, timeout=0.3)
    with pytest.raises(AntivirusUnavailable, match="did not answer INSTREAM"):
        await client.scan(b"hello")


async def test_clamd_error_reply_is_unavailable_with_its_text(answering_server):
    address = await answering_server(b"stream: Can't allocate memory ERROR\0")
    with pytest.raises(AntivirusUnavailable, match="could not scan: stream: Can't allocate memory ERROR"):
        await ClamdClient(address).scan(b"x" * 100_000)


async def test_hang_up_without_an_answer_is_unavailable(answering_server):
    address = await answering_server(b"")
    with pytest.raises(AntivirusUnavailable, match="without an answer"):
        await ClamdClient(address).scan(b"hello")


async def test_status_is_none_when_clamd_answers(clamd):
    assert await antivirus_status(clamd.address) is None
    assert await antivirus_status(clamd.tcp_address) is None


async def test_status_names_the_reason_when_clamd_is_down(dead_clamd_address):
    status = await antivirus_status(dead_clamd_address)
    assert status is not None and "\n" not in status
    assert dead_clamd_address in status and "Connection refused" in status


async def test_status_of_an_unusable_address():
    assert "not usable" in await antivirus_status("clamd:port")


def test_address_with_port_is_tcp_and_a_path_is_a_unix_socket():
    assert ClamdClient("127.0.0.1:3310").hostport == ("127.0.0.1", 3310)
    assert ClamdClient("[::1]:3310").hostport == ("::1", 3310)
    assert ClamdClient("/run/clamav/clamd.ctl").path == "/run/clamav/clamd.ctl"
    assert ClamdClient("unix:/run/clamd.sock").path == "/run/clamd.sock"
    with pytest.raises(ConfigError):
        ClamdClient("clamd:port")


def test_no_antivirus_is_built_without_clamd_setting():
    assert build_antivirus(Settings.from_env({})) is None


async def test_antivirus_is_built_from_rempart_clamd(clamd):
    antivirus = build_antivirus(Settings.from_env({"REMPART_CLAMD": clamd.tcp_address}))
    assert await antivirus.scan(EICAR) == EICAR_SIGNATURE
