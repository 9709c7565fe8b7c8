"""File I/O shared by the commands: reading with errors that say the fix, and atomic writes.

An output is written to a temporary file beside its target and renamed over it, so a reader never sees a partial
file and a failure leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import InputError


def read_bytes(path: str | os.PathLike[str], expected: str = "a file") -> bytes:
    """The bytes of ``path``; ``expected`` names what should be there, for the error message."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError("no such file; check the path", name) from None
    except IsADirectoryError:
        raise InputError(f"is a directory; give {expected}", name) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied); check its permissions", name) from None


def write_atomic(target: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then rename the temporary file to ``target`` (ordinary permissions)."""
    path = Path(target)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("its folder does not exist; create it first or choose another output path", str(target))
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        write(temporary)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_text_atomic(target: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 ``text`` with ``\\n`` line endings to ``target`` atomically."""

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    write_atomic(target, write)
