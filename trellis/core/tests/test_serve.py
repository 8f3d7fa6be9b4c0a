"""`manage.py serve`, what `make run` starts: the web server and the worker, run for real.

A fresh SQLite database in a temporary folder, the development settings of `make run`, real
processes: the page answers, an invitation made meanwhile is emailed by the worker to the
console under the `worker` label, and one signal stops everything.
"""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from django.conf import settings

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")
MAKE_AN_INVITATION = """
from trellis.accounts.models import User
from trellis.communities.models import Community, Membership, Role, RoleAssignment
from trellis.communities.selectors import network_get
from trellis.communities.services import invitation_create
convener = User.objects.create_user(email="convener@example.org", full_name="Convener")
community = Community.objects.create(
    network=network_get(), code="TCOP", slug="treasury", name={"en": "Treasury"}
)
Membership.objects.create(person=convener, community=community, state="active")
RoleAssignment.objects.create(
    role=Role.objects.get(code="convener"), person=convener, community=community
)
invitation_create(actor=convener, community=community, email="newcomer@example.org")
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Output:
    """The lines a process prints, read in a thread so that waiting never blocks on a pipe."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._new.put(line.rstrip("\n"))

    def wait_for(self, text: str, *, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.lines):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no line with {text!r} in:\n" + "\n".join(self.lines)
            try:
                self.lines.append(self._new.get(timeout=remaining))
            except queue.Empty:
                continue


def test_make_runs_server_and_worker_together_and_one_signal_stops_both(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "TRELLIS_VAR_DIR": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
    }
    environment.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, MANAGE, "migrate", "--verbosity", "0"],
        env=environment,
        check=True,
        timeout=300,
    )
    port = free_port()
    serving = subprocess.Popen(
        [sys.executable, MANAGE, "serve", f"127.0.0.1:{port}", "--noreload"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output = Output(serving)
        output.wait_for("web    | Starting development server")
        output.wait_for("worker | Starting worker")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            assert page.status == 200

        subprocess.run(
            [sys.executable, MANAGE, "shell", "--verbosity", "0", "-c", MAKE_AN_INVITATION],
            env=environment,
            check=True,
            timeout=120,
        )

        output.wait_for("worker | To: newcomer@example.org")
        output.wait_for("worker | Subject: You are invited to join Treasury")
        os.killpg(serving.pid, signal.SIGINT)
        assert serving.wait(timeout=30) == 0
    finally:
        if serving.poll() is None:
            os.killpg(serving.pid, signal.SIGKILL)
    assert not answers(port)

    # Killed outright, it still takes the server and the worker with it.
    killed = subprocess.Popen(
        [sys.executable, MANAGE, "serve", f"127.0.0.1:{port}", "--noreload"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    Output(killed).wait_for("web    | Starting development server")
    assert answers(port)
    killed.kill()
    killed.wait(timeout=30)
    deadline = time.monotonic() + 30
    while answers(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not answers(port)


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            return True
    except OSError:
        return False
