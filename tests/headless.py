"""A page in a real headless Chromium, driven over the DevTools protocol on a pipe.

No test dependency: Chromium from the system packages (`chromium-headless-shell` or
`chromium`; `.ci/run` installs it when missing) is started with `--remote-debugging-pipe`,
which reads JSON commands on file descriptor 3 and writes replies and events on 4, each
message ending with a NUL byte. `check_page` loads a file, collects console errors,
exceptions and failed loads, finds broken images and measures the page's width, and
takes a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
# where Debian puts the binaries, in case PATH lacks them
KNOWN_PATHS = ("/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium")

CHECKS = """(() => {
  const broken = [...document.images]
    .filter(img => !img.complete || img.naturalWidth === 0)
    .map(img => img.currentSrc || img.src);
  return JSON.stringify({
    broken,
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body ? document.body.scrollWidth : 0,
    innerWidth: window.innerWidth,
    height: document.documentElement.scrollHeight,
    title: document.title,
  });
})()"""


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in KNOWN_PATHS if os.access(path, os.X_OK)), None)


@dataclass
class PageCheck:
    width: int  # the window's width
    scroll_width: int  # the document's
    height: int
    title: str
    broken_images: list[str]
    console_errors: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = [f"console: {message}" for message in self.console_errors]
        found += [f"broken image: {src}" for src in self.broken_images]
        if self.scroll_width > self.width:
            found.append(f"page is {self.scroll_width}px wide in a {self.width}px window")
        return found


class Browser:
    """One Chromium process; `send` a DevTools command, get its result."""

    def __init__(self, binary: str, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory(prefix="curate-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # the child reads commands on fd 3 and writes replies on fd 4
        self.process = subprocess.Popen(
            [
                binary,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",  # CI runs as root, where the sandbox refuses to start
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--hide-scrollbars",
                f"--user-data-dir={self.profile.name}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=_dup_to(to_browser_r, from_browser_w),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict:
        for index, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(index)
        deadline = time.monotonic() + self.timeout
        while True:
            event = self._read(deadline)
            if event.get("method") == method and event.get("sessionId") == session:
                return event
            self.events.append(event)

    def _read(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from the browser")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("the browser closed its pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:  # already gone: fall through to the kill
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        os.close(self._to_browser)
        os.close(self._from_browser)
        self.profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _dup_to(read_fd: int, write_fd: int):
    def setup() -> None:
        os.dup2(read_fd, 3)
        os.dup2(write_fd, 4)

    return setup


def check_page(
    browser: Browser,
    page: Path,
    width: int = 1280,
    height: int = 900,
    screenshot: Path | None = None,
    full_page: bool = False,
    section: str | None = None,
) -> PageCheck:
    """Load `page` at `width` x `height`; its problems, and a PNG of it if asked (the window,
    the whole page, or `height` pixels from the top of the element with id `section`)."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
        "sessionId"
    ]
    for domain in ("Page", "Runtime", "Log"):
        browser.send(f"{domain}.enable", session=session)
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        session=session,
    )
    browser.send("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    result = browser.send(
        "Runtime.evaluate", {"expression": CHECKS, "returnByValue": True}, session=session
    )
    found = json.loads(result["result"]["value"])
    errors = []
    for event in browser.events:
        if event.get("sessionId") != session:
            continue
        params = event.get("params", {})
        if event.get("method") == "Runtime.consoleAPICalled" and params.get("type") in (
            "error",
            "assert",
        ):
            errors.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif event.get("method") == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif event.get("method") == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(params["entry"].get("text", "error"))
    if screenshot is not None:
        shot = {"format": "png"}
        if section is not None:
            top = browser.send(
                "Runtime.evaluate",
                {
                    "expression": f"document.getElementById({json.dumps(section)})"
                    ".getBoundingClientRect().top + window.scrollY",
                    "returnByValue": True,
                },
                session=session,
            )["result"]["value"]
            shot.update(
                captureBeyondViewport=True,
                clip={"x": 0, "y": top, "width": width, "height": height, "scale": 1},
            )
        elif full_page:
            shot.update(
                captureBeyondViewport=True,
                clip={"x": 0, "y": 0, "width": width, "height": found["height"], "scale": 1},
            )
        data = browser.send("Page.captureScreenshot", shot, session=session)["data"]
        screenshot.write_bytes(base64.b64decode(data))
    browser.send("Target.closeTarget", {"targetId": target})
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    return PageCheck(
        width=found["innerWidth"],
        scroll_width=max(found["scrollWidth"], found["bodyScrollWidth"]),
        height=found["height"],
        title=found["title"],
        broken_images=found["broken"],
        console_errors=errors,
    )
