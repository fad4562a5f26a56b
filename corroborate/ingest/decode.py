"""Read a file's bytes and turn them into text, or say in one line why not."""

from __future__ import annotations

from pathlib import Path

from corroborate.errors import BinarySourceError, EmptySourceError, SourceError

__all__ = ["BOM", "decode_text", "read_file_bytes", "reject_binary"]

BOM = "\ufeff"
_MAGIC = {
    b"%PDF-": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
}


def read_file_bytes(path: str) -> bytes:
    """The bytes of a file; missing files, directories and unreadable files raise SourceError."""
    file = Path(path)
    if file.is_dir():
        raise SourceError(path, "is a directory, not a file")
    if not file.exists():
        raise SourceError(path, "no such file")
    try:
        return file.read_bytes()
    except OSError as error:
        raise SourceError(path, f"cannot read file ({error.strerror or error})") from None


def reject_binary(raw: bytes, source: str) -> None:
    """Raise EmptySourceError for no content, BinarySourceError for binary content."""
    if not raw.strip():
        raise EmptySourceError(source, "empty file" if not raw else "empty file (only whitespace)")
    for magic, name in _MAGIC.items():
        if raw.startswith(magic):
            raise BinarySourceError(source, f"binary file ({name}), not text")
    if b"\x00" in raw[:8192]:
        raise BinarySourceError(source, "binary file, not text")


def decode_text(raw: bytes, source: str) -> str:
    """The bytes decoded as UTF-8, exactly; a leading byte-order mark is dropped.

    Raises EmptySourceError, or BinarySourceError for binary content and bytes that are not
    valid UTF-8 (the message gives the offset of the first bad byte).
    """
    reject_binary(raw, source)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BinarySourceError(
            source, f"not valid UTF-8 (bad byte at offset {error.start})"
        ) from None
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise EmptySourceError(source, "empty file (only whitespace)")
    return text
