"""A stand-in for the Hub's HTTP API on the loopback address, recording what is sent.

It answers only what `huggingface_hub` asks when it creates a dataset repository, a branch,
checks a card and uploads a folder without Xet (`HF_HUB_DISABLE_XET=1`): every file
"regular", so each one's bytes arrive base64-encoded in the commit, where the test reads them.
The real Hub cannot be reached from the test machines.
"""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


@dataclass
class Recorded:
    requests: list[dict] = field(default_factory=list)  # method, path, authorization, body
    commits: list[dict] = field(default_factory=list)  # header, files {path: bytes}, revision


class HubStandIn:
    def __init__(self) -> None:
        self.recorded = Recorded()
        recorded = self.recorded

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _reply(self, status: int, payload=None) -> None:
                data = json.dumps(payload if payload is not None else {}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def do_PUT(self) -> None:
                self._handle("PUT")

            def _handle(self, method: str) -> None:
                body = self._body()
                path = unquote(self.path.split("?")[0])
                recorded.requests.append(
                    {
                        "method": method,
                        "path": path,
                        "authorization": self.headers.get("Authorization"),
                        "body": body,
                    }
                )
                base = f"http://{self.headers.get('Host')}"
                if method == "POST" and path == "/api/repos/create":
                    request = json.loads(body)
                    repo = f"{request.get('organization')}/{request['name']}"
                    return self._reply(200, {"url": f"{base}/datasets/{repo}", "name": repo})
                if method == "POST" and path == "/api/validate-yaml":
                    return self._reply(200, {})
                if method == "POST" and path.startswith("/api/datasets/") and "/branch/" in path:
                    return self._reply(200, {})
                if method == "POST" and path.startswith("/api/datasets/") and "/preupload/" in path:
                    files = json.loads(body)["files"]
                    return self._reply(
                        200,
                        {
                            "files": [
                                {"path": f["path"], "uploadMode": "regular", "shouldIgnore": False}
                                for f in files
                            ]
                        },
                    )
                if method == "POST" and path.startswith("/api/datasets/") and "/commit/" in path:
                    lines = [json.loads(line) for line in body.decode().splitlines() if line]
                    header = next(x["value"] for x in lines if x["key"] == "header")
                    files = {
                        x["value"]["path"]: base64.b64decode(x["value"]["content"])
                        for x in lines
                        if x["key"] == "file"
                    }
                    revision = path.split("/commit/", 1)[1]
                    recorded.commits.append(
                        {"header": header, "files": files, "revision": revision}
                    )
                    repo = path[len("/api/datasets/") :].split("/commit/")[0]
                    return self._reply(
                        200,
                        {
                            "commitUrl": f"{base}/datasets/{repo}/commit/{'c' * 40}",
                            "commitOid": "c" * 40,
                            "pullRequestUrl": None,
                        },
                    )
                return self._reply(404, {"error": f"not served by the stand-in: {method} {path}"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HubStandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)
