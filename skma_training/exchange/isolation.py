"""Running a parser in a child process, where a native abort or a runaway allocation ends only the child.

A Rust parser that cannot allocate aborts the whole process (SIGABRT); no
``except`` sees it. The child is started fresh (spawn: safe beside Qt's
threads, and the only way on Windows), limited in memory where the system
allows, and given a time limit. Its result comes back pickled; a known error
comes back as itself; a child that dies is a file that cannot be read.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from typing import Any

from skma_training.errors import KnownError

TIME_LIMIT = 120.0  # seconds
MEMORY_HEADROOM = 420 * 1024 * 1024  # bytes of address space beyond what the child starts with


class ChildFailed(Exception):
    """The child died (abort, out of memory) or ran past the time limit."""


def _limit_memory(headroom: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit and the caps still apply
        return
    try:
        with open("/proc/self/status") as status:
            used = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        used = 512 * 1024 * 1024
    limit = used + headroom
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(connection, function: Callable, args: tuple, language: str, headroom: int) -> None:
    from skma_training.i18n import set_language

    set_language(language)
    try:  # a native abort prints a backtrace; the parent says what happened, in the user's words
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
    except OSError:
        pass
    if os.environ.get("SKMA_TRAINING_LOG_DIR") is None:
        os.environ["SKMA_TRAINING_LOG_DIR"] = os.devnull
    _limit_memory(headroom)
    try:
        result = ("ok", function(*args))
    except KnownError as error:
        result = ("known", type(error), error.template, error.details)
    except MemoryError:
        result = ("crash", "MemoryError")
    except Exception as error:  # noqa: BLE001 - reported to the parent, which decides
        result = ("crash", f"{type(error).__name__}: {error}")
    try:
        connection.send(result)
    except Exception as error:  # noqa: BLE001 - e.g. a result too large for the memory left
        connection.send(("crash", f"{type(error).__name__}: {error}"))
    connection.close()


def run_isolated(function: Callable, *args: Any, time_limit: float = TIME_LIMIT,
                 headroom: int = MEMORY_HEADROOM) -> Any:
    """``function(*args)`` in a fresh child process; its result, its known error, or ``ChildFailed``.

    ``function`` must be importable by name (a module-level function).
    """
    from skma_training.i18n import current_language

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args, current_language(), headroom),
                              daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(time_limit):
            raise ChildFailed("time limit")
        try:
            outcome = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            raise ChildFailed(f"exit code {process.exitcode}") from None
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(5)
    status = outcome[0]
    if status == "ok":
        return outcome[1]
    if status == "known":
        _, kind, template, details = outcome
        error = kind.__new__(kind)
        KnownError.__init__(error, template, **details)
        raise error
    raise ChildFailed(outcome[1])

