"""A real headless browser for the tests: Debian's chromium, driven over the DevTools protocol on a pipe.

``find_chromium()`` returns the binary, installing the ``chromium`` package first when it is missing and this
process may (root, apt-get present); otherwise it returns ``None`` with the reason, and the test skips saying so.
``Chromium`` starts one browser with a fresh profile and no network services, opens one page and talks to it
with ``--remote-debugging-pipe`` (NUL-separated JSON messages on file descriptors 3 and 4: no websocket, no port).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

BINARIES = ("chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1280,900",
)


def _which() -> str | None:
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def find_chromium(install: bool = True) -> tuple[str | None, str]:
    """(path of chromium or None, why not)."""
    found = _which()
    if found or not install:
        return found, "" if found else "chromium is not installed"
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return None, "chromium is not installed and cannot be installed here (needs root and apt-get): " \
                     "apt-get install chromium"
    command = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"
    done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=900, check=False)
    found = _which()
    if found is None:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"installing chromium failed: {tail[0]}"
    return found, ""


def _high(fd: int) -> int:
    """A copy of ``fd`` numbered 10 or above (the original is closed)."""
    import fcntl

    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class BrowserError(RuntimeError):
    pass


class Chromium:
    """One headless chromium, one page. Collects console errors, exceptions and network requests."""

    def __init__(self, binary: str, timeout: float = 30.0) -> None:
        self.binary = binary
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._buffer = b""
        self.session: str | None = None

    # --- process and pipe ---

    def __enter__(self) -> Chromium:
        self._profile = tempfile.TemporaryDirectory(prefix="parafacts-chromium-")
        self._log = open(Path(self._profile.name) / "stderr.log", "wb")  # closed in __exit__
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The shell moves these to 3 and 4: keep them clear of 0-9 so that the moves cannot clobber each other.
        to_browser_r, from_browser_w = _high(to_browser_r), _high(from_browser_w)
        script = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        args = [*FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-pipe", "about:blank"]
        self._process = subprocess.Popen(
            ["bash", "-c", script, self.binary, *args],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        try:
            targets = self.call("Target.getTargets")["targetInfos"]
            pages = [t for t in targets if t["type"] == "page"]
            target = pages[0]["targetId"] if pages else self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        with contextlib.suppress(OSError):
            self._send({"id": self._new_id(), "method": "Browser.close"})
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _send(self, message: dict[str, Any]) -> None:
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"chromium closed the pipe (exit status {self._process.poll()})")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        data: dict[str, Any] = json.loads(message)
        return data

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command (to the page once attached) and return its result; events go to ``events``."""
        number = self._new_id()
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            data = self._receive(deadline)
            if data.get("id") == number:
                if "error" in data:
                    raise BrowserError(f"{method}: {data['error'].get('message')}")
                result: dict[str, Any] = data.get("result", {})
                return result
            if "method" in data:
                self.events.append(data)

    def wait_for(self, event: str, since: int = 0) -> dict[str, Any]:
        """The first ``event`` among ``events[since:]`` or, failing that, the next one to arrive."""
        deadline = time.monotonic() + self.timeout
        for data in self.events[since:]:
            if data.get("method") == event:
                return data
        while True:
            data = self._receive(deadline)
            if "method" in data:
                self.events.append(data)
                if data["method"] == event:
                    return data

    # --- page ---

    def open(self, page: Path | str) -> None:
        """Load a file (or a URL) and wait until it has loaded; ``events`` then hold this page's only."""
        self.events.clear()
        self.call("Page.navigate", url=page.resolve().as_uri() if isinstance(page, Path) else page)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def press(self, key: str) -> None:
        """A real key press (keyDown with its text, then keyUp), as a user's keyboard sends it."""
        code = f"Key{key.upper()}" if len(key) == 1 and key.isalpha() else key
        virtual = ord(key.upper()) if len(key) == 1 else 0
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, text=key,
                  windowsVirtualKeyCode=virtual)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=virtual)

    def screenshot(self, target: Path) -> None:
        import base64

        target.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries (CSP violations, failed loads) so far."""
        errors = []
        for data in self.events:
            method, params = data.get("method"), data.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(str(params["exceptionDetails"].get("exception", {}).get("description")
                                  or params["exceptionDetails"].get("text")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(str(params["entry"].get("text")))
        return errors

    def requested_urls(self) -> list[str]:
        return [d["params"]["request"]["url"] for d in self.events if d.get("method") == "Network.requestWillBeSent"]
