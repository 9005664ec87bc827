"""vdirsyncer between a local folder and Partage, shared by todoman_flows.py, khard_flows.py and
sharee_flows.py.

A flow's state needs `work_dir` (a Path), `root_url`, `user`, `password` and `step` (the counter
naming each command's log, see logged_command.py).
"""
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template

# The suite's shared modules live in interop/, one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from check_runner import expect  # noqa: E402
from logged_command import run_logged  # noqa: E402

TEMPLATE = Path(__file__).resolve().parent / "vdirsyncer.conf.in"
PAIR_TEMPLATE = Path(__file__).resolve().parent / "vdirsyncer-pair.conf.in"
PASSWORD_VARIABLE = "PARTAGE_VDIRSYNCER_PASSWORD"


@dataclass(frozen=True)
class SyncPair:
    """One vdirsyncer pair: a filesystem storage in WORK_DIR/NAME/ and a remote storage of
    REMOTE_TYPE ("caldav" or "carddav"); REMOTE_OPTIONS are extra lines for the remote storage."""

    name: str
    remote_type: str
    fileext: str
    remote_options: str = ""

    @property
    def local_storage(self):
        return f"{self.name}_local"

    @property
    def remote_storage(self):
        return f"{self.name}_remote"

    def local_dir(self, work_dir, collection):
        return work_dir / self.name / collection


def write_vdirsyncer_config(state, collections_by_pair):
    """Writes WORK_DIR/vdirsyncer.conf with one pair per SyncPair of COLLECTIONS_BY_PAIR, each
    syncing the collections (their last path segments) it maps to."""
    pairs = "\n".join(Template(PAIR_TEMPLATE.read_text()).substitute(pair_values(state, pair, collections))
                      for pair, collections in collections_by_pair.items())
    config = Template(TEMPLATE.read_text()).substitute(work_dir=state.work_dir, pairs=pairs)
    (state.work_dir / "vdirsyncer.conf").write_text(config)


def pair_values(state, pair, collections):
    return {"work_dir": state.work_dir, "root_url": state.root_url, "user": state.user,
            "password_variable": PASSWORD_VARIABLE, "pair": pair.name, "remote_type": pair.remote_type,
            "fileext": pair.fileext, "remote_options": pair.remote_options,
            # vdirsyncer reads every value of its configuration as JSON.
            "collections": json.dumps(list(collections))}


def run_command(state, name, args, stdin=""):
    """run_logged with vdirsyncer's configuration and password in the environment: vdirsyncer
    reports on stderr, todoman and khard write to stdout."""
    env = {"VDIRSYNCER_CONFIG": str(state.work_dir / "vdirsyncer.conf"), PASSWORD_VARIABLE: state.password}
    return run_logged(state, name, args, stdin=stdin, env=env)


def vdirsyncer_discover(state, collections_by_pair):
    """`vdirsyncer discover`, which finds the collections from the root URL, then a first sync;
    fails unless every collection of every pair got its local folder."""
    count = sum(len(collections) for collections in collections_by_pair.values())
    # discover asks before it creates a local folder for a collection found on the server.
    run_command(state, "discover", ["vdirsyncer", "discover"], stdin="y\n" * (2 * count))
    for pair, collections in collections_by_pair.items():
        for collection in collections:
            expect(pair.local_dir(state.work_dir, collection).is_dir(), f"no local folder for {collection}")
    vdirsyncer_sync(state, "first-sync")


def vdirsyncer_sync(state, name):
    """Runs `vdirsyncer sync` and returns its "Copying"/"Deleting" lines, the items it moved."""
    finished = run_command(state, name, ["vdirsyncer", "sync"])
    output = finished.stdout + finished.stderr
    expect("error" not in output.lower(), f"vdirsyncer sync reported an error: see {state.work_dir}")
    return [line for line in output.splitlines() if "Copying" in line or "Deleting" in line]


def check_final_sync_is_quiet(state):
    """Stable ETags and data: with nothing changed on either side, vdirsyncer moves nothing."""
    moves = vdirsyncer_sync(state, "sync-final")
    expect(moves == [], f"the final sync moved {moves}")


def count_moves(moves, verb, storage):
    """Counts lines such as `Copying (uploading) item X to tasks_remote/LIST` or
    `Deleting item X from tasks_remote/LIST`: the storage names the side that was written."""
    return sum(1 for line in moves if verb in line and f" {storage}/" in line)
