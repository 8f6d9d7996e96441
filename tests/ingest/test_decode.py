"""Bytes to text: UTF-8, BOMs, Western code pages, binary and empty input."""

from __future__ import annotations

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest.decode import decode_bytes


def test_utf8_is_decoded_as_is() -> None:
    assert decode_bytes("Crews saved 40 homes in Ñuble – officials".encode(), "a.txt") == (
        "Crews saved 40 homes in Ñuble – officials"
    )


def test_utf8_byte_order_mark_is_dropped() -> None:
    assert decode_bytes(b"\xef\xbb\xbfThe dam held.", "a.txt") == "The dam held."


def test_utf16_with_bom_is_accepted() -> None:
    assert decode_bytes("Rain fell for 3 days.".encode("utf-16"), "a.txt") == (
        "Rain fell for 3 days."
    )


def test_cp1252_curly_quotes_and_euro_are_recovered() -> None:
    data = "The mayor’s plan costs €2.5 million, “a bargain,” she said.".encode("cp1252")
    assert (
        decode_bytes(data, "a.txt") == "The mayor’s plan costs €2.5 million, “a bargain,” she said."
    )


def test_latin1_accents_are_recovered() -> None:
    data = "Le café de la gare a fermé après 30 ans, a déclaré le maire.".encode("latin-1")
    assert (
        decode_bytes(data, "a.txt")
        == "Le café de la gare a fermé après 30 ans, a déclaré le maire."
    )


def test_nul_bytes_mean_a_binary_file() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"PK\x03\x04\x00\x00\x08\x00 zip body", "a.txt")


def test_mostly_control_bytes_mean_a_binary_file() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(bytes(range(1, 32)) * 20, "a.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_or_whitespace_input_is_an_error_with_a_hint(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "empty.txt")
    assert caught.value.path == "empty.txt"
    assert caught.value.hint
