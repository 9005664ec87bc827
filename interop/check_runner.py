"""Runs a flow script's checks in order and prints the suite's result lines.

Each check prints `PASS name` or `FAIL name: reason`; the last line is `N passed, M failed`, the
contract interop/run.sh reads. Shared by caldav_flows.py, caldav_tasks.py, caldav_sharee.py,
vdirsyncer/todoman_flows.py, vdirsyncer/khard_flows.py, vdirsyncer/sharee_flows.py and
syncevolution/syncevolution_flows.py.
"""
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path


class CheckFailed(Exception):
    """A check's expectation was not met; the message says what was seen instead."""


class Prerequisites:
    """Mixin for a flow's state: what earlier checks found or created, for the checks after them."""

    def require(self, *names):
        """Fails the current check, naming the earlier steps that did not provide NAMES."""
        missing = [name for name in names if getattr(self, name) is None]
        if missing:
            raise CheckFailed(f"an earlier step did not provide {', '.join(missing)}")


@dataclass
class LocalClientState(Prerequisites):
    """What run_local_client_suite gives a flow whose client keeps local files: the account, the
    run's prefix, the work folder, and the step counter numbering each command's log
    (logged_command.py)."""

    root_url: str
    user: str
    password: str
    prefix: str
    work_dir: Path
    step: int = 0


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def one_line(exc):
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())[:400]


def remove_leftovers(state):
    """Collections a failed run left behind (anything with .url and .delete(): a python3-caldav
    Calendar, an address book); reruns use a new prefix, so this only keeps homes tidy."""
    for collection in list(state.created_collections):
        try:
            collection.delete()
        except Exception as exc:
            print(f"could not delete {collection.url}: {one_line(exc)}", file=sys.stderr)


def run_checks(state, checks):
    """Runs every (name, check) pair; a client or server error fails that check, not the run."""
    passed = failed = 0
    for name, check in checks:
        try:
            check(state)
        except CheckFailed as exc:
            failed += 1
            print(f"FAIL {name}: {one_line(exc)}", flush=True)
        except Exception as exc:
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {one_line(exc)}", flush=True)
            traceback.print_exc(file=sys.stderr)
        else:
            passed += 1
            print(f"PASS {name}", flush=True)
    return passed, failed


def run_suite(state, checks):
    """Runs the checks, deletes the collections they created and did not delete themselves,
    prints the totals and returns the exit status: 0 only when every check passed."""
    try:
        passed, failed = run_checks(state, checks)
    finally:
        remove_leftovers(state)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def run_local_client_suite(argv, state_class, checks, usage, more_arguments=()):
    """The main() of a flow script whose client keeps local files (vdirsyncer, SyncEvolution):
    arguments ROOT_URL USER PASSWORD PREFIX WORK_DIR, then one per name in MORE_ARGUMENTS, given to
    the state under that name; the work folder made if missing."""
    if len(argv) != 6 + len(more_arguments):
        sys.exit(usage)
    root_url, user, password, prefix, work_dir = argv[1:6]
    state = state_class(root_url=root_url, user=user, password=password, prefix=prefix,
                        work_dir=Path(work_dir).resolve(), **dict(zip(more_arguments, argv[6:])))
    state.work_dir.mkdir(parents=True, exist_ok=True)
    return run_suite(state, checks)
