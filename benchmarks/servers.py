"""gunicorn servers for the bench: started on a free port, waited for, always stopped."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

WORKERS = 2
# A slow page must be measured, not killed by gunicorn's 30 s default.
WORKER_TIMEOUT_SECONDS = 120


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def http_get(url: str, *, headers: dict[str, str], timeout: float) -> tuple[int, bytes]:
    """The status and body of one GET, redirects not followed. URLError when nothing answers."""
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (http://127.0.0.1 only)
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerError(RuntimeError):
    """A server did not start; the message ends with its log."""


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path
    cheap_path: str  # answered quickly without the app's views: to wait for and to drain

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def gunicorn_start(
    *, name: str, app: str, env: dict[str, str], log_path: Path, cheap_path: str
) -> Server:
    """gunicorn with WORKERS sync workers, in its own process group so Ctrl-C reaches only the
    bench, which then stops it."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        app,
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        "--worker-class=sync",
        f"--timeout={WORKER_TIMEOUT_SECONDS}",
        "--log-level=warning",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    return Server(name=name, process=process, port=port, log_path=log_path, cheap_path=cheap_path)


def server_wait(server: Server, *, timeout: float = 90) -> None:
    """Until the server answers its cheap path; raises if it exits or stays silent."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerError(
                f"{server.name} exited with status {server.process.returncode}; "
                f"its log ({server.log_path}) ends:\n{server.log_tail()}"
            )
        try:
            http_get(server.base_url + server.cheap_path, headers={}, timeout=5)
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise ServerError(
        f"{server.name} did not answer within {timeout:g} s; its log ({server.log_path}) "
        f"ends:\n{server.log_tail()}"
    )


def server_stop(server: Server) -> None:
    """INT to gunicorn's master, its quick shutdown (TERM would let workers finish slow
    requests first); KILL to the whole group if it lingers, as it does while a worker is inside
    a long query, where no signal handler runs."""
    if server.process.poll() is not None:
        return
    server.process.send_signal(signal.SIGINT)
    try:
        server.process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)
