"""`manage.py serve`: what `make run` starts, the web server and the task worker side by side.

Each runs as its own process; their output is interleaved line by line, labelled `web` or
`worker`, so the emails the worker sends show in the same console (the console email backend
prints them). Ctrl-C (or SIGTERM) stops both; if either stops by itself, the other is stopped
too and the command fails with its exit status.
"""

import contextlib
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

STOP_GRACE_SECONDS = 10
PR_SET_PDEATHSIG = 1


class Command(BaseCommand):
    help = "Serve Trellis locally: the development web server and the task worker together."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument(
            "--noreload",
            action="store_true",
            help="Do not restart the web server and the worker when the code changes.",
        )

    def handle(self, *args: Any, addrport: str, noreload: bool, **options: Any) -> None:
        manage = str(Path(settings.BASE_DIR) / "manage.py")
        reload = ["--noreload"] if noreload else []
        commands = {
            "web": [sys.executable, manage, "runserver", addrport, *reload],
            "worker": [sys.executable, manage, "worker", *(["--no-reload"] if noreload else [])],
        }
        environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
        lock = threading.Lock()
        processes: dict[str, subprocess.Popen[str]] = {}
        for label, command in commands.items():
            # Each in its own process group, so that a signal reaches it (and the child a
            # reloader starts) once, from here, whoever sent it to this command.
            process = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py)
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                env=environment,
                start_new_session=True,
                # Safe here: no thread of this process has started yet.
                preexec_fn=_stop_with_parent,
            )
            processes[label] = process
        for label, process in processes.items():
            threading.Thread(
                target=_relay, args=(process.stdout, label, self.stdout, lock), daemon=True
            ).start()

        stopped = threading.Event()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signal_number, lambda *_: stopped.set())
        first = None
        while not stopped.wait(0.2):
            first = next((label for label, p in processes.items() if p.poll() is not None), None)
            if first is not None:
                break
        _stop_all(processes)
        if first is not None:
            raise CommandError(
                f"The {first} process stopped (exit status {processes[first].returncode}); "
                "the other was stopped too."
            )


def _stop_with_parent() -> None:
    """In the child, before it starts: on Linux, ask for SIGTERM when this command dies, even
    killed outright, so that neither process outlives it in its own session."""
    libc_name = ctypes.util.find_library("c")
    if sys.platform.startswith("linux") and libc_name:
        ctypes.CDLL(libc_name).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _relay(stream: TextIO | None, label: str, out: OutputWrapper, lock: threading.Lock) -> None:
    if stream is None:
        return
    for line in stream:
        with lock:
            out.write(f"{label:<6} | {line}", ending="")
            out.flush()


def _stop_all(processes: dict[str, "subprocess.Popen[str]"]) -> None:
    for process in processes.values():
        # SIGTERM rather than SIGINT: a process started in the background ignores SIGINT,
        # while the worker and Django's reloader both stop cleanly on SIGTERM.
        if process.poll() is None:
            _signal_group(process, signal.SIGTERM)
    for process in processes.values():
        try:
            process.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait()


def _signal_group(process: "subprocess.Popen[str]", signal_number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal_number)
