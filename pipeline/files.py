"""File I/O shared by the commands: reading with errors that say the fix, and atomic writes.

An output is written to a temporary file beside its target and renamed over it, so a reader never sees a partial
file and a failure leaves nothing behind. A target that is a symbolic link is written through: the file it points
to is replaced and the link kept. A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a
named pipe) cannot be replaced by a rename without destroying it, so it is written in place, from the finished
temporary file.
"""

from __future__ import annotations

import os
import shutil
import stat
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


def make_folder(path: str | os.PathLike[str]) -> None:
    """Create the folder ``path`` and its parents unless it exists; an error that says the fix otherwise."""
    try:
        os.makedirs(path, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise InputError("is a file, or inside one, not a folder; give a folder for the output", str(path)) from None
    except PermissionError:
        raise InputError("cannot be created (permission denied); choose another output folder", str(path)) from None


def write_atomic(target: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then rename the temporary file to ``target`` (ordinary permissions).

    A symbolic link is followed; a target that is a device or a pipe gets the finished bytes copied into it.
    """
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = stat.S_IFREG
    if stat.S_ISDIR(mode):
        raise InputError("is a directory; give the path of a file to write", str(target))
    in_place = not stat.S_ISREG(mode)
    path = Path(os.path.realpath(target))
    directory = Path(tempfile.gettempdir()) if in_place else path.parent
    if not directory.is_dir():
        raise InputError("its folder does not exist; create it first or choose another output path", str(target))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except PermissionError:
        raise InputError("cannot be written (permission denied); choose another output path", str(target)) from None
    os.close(fd)
    try:
        write(temporary)
        if in_place:
            with open(temporary, "rb") as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink)
            os.unlink(temporary)
            return
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
