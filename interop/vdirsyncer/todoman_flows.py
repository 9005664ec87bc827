#!/usr/bin/python3
"""todoman on a Partage task list through vdirsyncer, for Partage's interoperability suite.

usage: /usr/bin/python3 todoman_flows.py ROOT_URL USER PASSWORD RUN_PREFIX WORK_DIR

Creates a task list (VTODO alone) and a calendar with one event, writes a vdirsyncer and a todoman
configuration under WORK_DIR from the templates next to this script, then goes back and forth:
todoman creates, completes and deletes tasks, python3-caldav edits one on the server, vdirsyncer
syncs each way. vdirsyncer is given the root URL only and discovers the collections itself.
Output as in caldav_flows.py: `PASS name` or `FAIL name: reason` per check, then
`N passed, M failed`; exit status 0 only when all passed. Every command's output is kept in WORK_DIR.
"""
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from string import Template

# The suite's shared modules live in interop/, one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caldav.lib import error as caldav_error  # noqa: E402

from caldav_flows import FlowState, check_discovery, make_calendar, save_single_event  # noqa: E402
from caldav_tasks import single_value  # noqa: E402
from check_runner import expect, run_local_client_suite  # noqa: E402
from dav_text import collection_id, property_values  # noqa: E402
from vdirsyncer_driver import (SyncPair, check_final_sync_is_quiet, count_moves, run_command,  # noqa: E402
                               vdirsyncer_discover, vdirsyncer_sync, write_vdirsyncer_config)

TODOMAN_TEMPLATE = Path(__file__).resolve().parent / "todoman.py.in"
# item_types makes vdirsyncer ask for VTODO alone: the events of the calendar synced beside the
# task list must stay out of the local storage (check_events_stay_out).
TASKS = SyncPair("tasks", "caldav", ".ics", remote_options='item_types = ["VTODO"]')
WATER = "Water the plants"
WATER_EDITED = "Water the plants (edited on server)"
BOXES = "Recycle the boxes"


@dataclass
class TodomanState(FlowState):
    """FlowState (credentials, python3-caldav client for the server side, created calendars) plus
    the local side: the working folder and the step counter naming each command's log."""

    work_dir: Path = None
    task_list: object = None
    step: int = 0
    uids: dict = field(default_factory=dict)

    @property
    def task_list_id(self):
        return collection_id(self.task_list.url)

    @property
    def calendar_id(self):
        return collection_id(self.events_calendar.url)


def todoman(state, name, *args):
    return run_command(state, name, ["todoman", "--config", str(state.work_dir / "todoman.py"), *args])


def todoman_tasks(state):
    """summary -> todoman id of the local tasks, done ones included (todoman's stable JSON output)."""
    listing = todoman(state, "todoman-list", "--porcelain", "list", "--status", "ANY").stdout
    return {task["summary"]: task["id"] for task in json.loads(listing)}


def server_todos(state):
    """summary -> python3-caldav Todo of the tasks on the server, completed ones included."""
    return {str(todo.icalendar_component.get("SUMMARY")): todo
            for todo in state.task_list.todos(include_completed=True)}


def on_server(state, uid):
    try:
        state.task_list.todo_by_uid(uid)
    except caldav_error.NotFoundError:
        return False
    return True


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_collections(state):
    make_calendar(state, "tasks", ["VTODO"], "task_list")
    make_calendar(state, "events", ["VEVENT"], "events_calendar")
    save_single_event(state.events_calendar, "Event outside the task list", datetime(2027, 5, 3, 10, tzinfo=timezone.utc))


def write_configs(state):
    write_vdirsyncer_config(state, {TASKS: [state.task_list_id, state.calendar_id]})
    values = {"work_dir": state.work_dir, "task_list": state.task_list_id}
    (state.work_dir / "todoman.py").write_text(Template(TODOMAN_TEMPLATE.read_text()).substitute(values))


def check_discover(state):
    """vdirsyncer finds both collections from the root URL and creates their local folders."""
    state.require("task_list", "events_calendar")
    write_configs(state)
    vdirsyncer_discover(state, {TASKS: [state.task_list_id, state.calendar_id]})


def check_create_and_sync_up(state):
    state.require("task_list")
    todoman(state, "todoman-new", "new", "--list", state.task_list_id, WATER)
    todoman(state, "todoman-new", "new", "--list", state.task_list_id, BOXES)
    moves = vdirsyncer_sync(state, "sync-up-new")
    expect(count_moves(moves, "Copying (uploading)", TASKS.remote_storage) == 2, f"sync moved {moves}, not 2 uploads")
    on_server = server_todos(state)
    expect(set(on_server) == {WATER, BOXES}, f"the server has {sorted(on_server)}")
    state.uids = {summary: str(todo.icalendar_component["UID"]) for summary, todo in on_server.items()}


def check_server_edit_syncs_down(state):
    """An edit made by another client (a PUT of python3-caldav) reaches todoman."""
    state.require("task_list")
    expect(WATER in state.uids, "the task to edit was not uploaded")
    todo = state.task_list.todo_by_uid(state.uids[WATER])
    todo.icalendar_component["SUMMARY"] = WATER_EDITED
    todo.save()
    moves = vdirsyncer_sync(state, "sync-down-edit")
    expect(count_moves(moves, "Copying (updating)", TASKS.local_storage) == 1, f"sync moved {moves}, not 1 download")
    local = todoman_tasks(state)
    expect(WATER_EDITED in local, f"todoman lists {sorted(local)}")


def check_done_syncs_up(state):
    """todoman done writes STATUS:COMPLETED and COMPLETED (RFC 5545 3.8.1.11, 3.8.2.1); the server keeps them."""
    state.require("task_list")
    local = todoman_tasks(state)
    expect(WATER_EDITED in local, f"todoman lists {sorted(local)}, without the edited task")
    todoman(state, "todoman-done", "done", str(local[WATER_EDITED]))
    moves = vdirsyncer_sync(state, "sync-up-done")
    expect(count_moves(moves, "Copying (updating)", TASKS.remote_storage) == 1, f"sync moved {moves}, not 1 upload")
    stored = state.task_list.todo_by_uid(state.uids[WATER]).data
    expect(single_value(stored, "STATUS") == "COMPLETED", f"STATUS on the server is {property_values(stored, 'STATUS')}")
    expect(property_values(stored, "COMPLETED"), "the task on the server has no COMPLETED property")


def check_delete_syncs_up(state):
    state.require("task_list")
    local = todoman_tasks(state)
    expect(BOXES in local, f"todoman lists {sorted(local)}, without {BOXES!r}")
    todoman(state, "todoman-delete", "delete", "--yes", str(local[BOXES]))
    moves = vdirsyncer_sync(state, "sync-up-delete")
    expect(count_moves(moves, "Deleting item", TASKS.remote_storage) == 1, f"sync moved {moves}, not 1 deletion")
    expect(not on_server(state, state.uids[BOXES]), f"{BOXES!r} is still on the server")


def check_events_stay_out(state):
    """item_types = ["VTODO"] makes vdirsyncer ask for VTODO alone (RFC 4791 calendar-query
    comp-filter): the calendar's event must not land in the local storage, and stay on the server."""
    state.require("events_calendar")
    local_items = list((state.work_dir / TASKS.name).rglob("*" + TASKS.fileext))
    with_events = [str(path) for path in local_items if "BEGIN:VEVENT" in path.read_text()]
    expect(with_events == [], f"events were pulled into the task storage: {with_events}")
    expect(not any(TASKS.local_dir(state.work_dir, state.calendar_id).iterdir()),
           "the calendar's local folder is not empty")
    expect(len(state.events_calendar.events()) == 1, "the calendar's event is gone from the server")


CHECKS = [
    ("discovery from the root URL (python3-caldav, server side)", check_discovery),
    ("task list and calendar with an event created", check_collections),
    ("vdirsyncer discover finds them from the root URL, first sync", check_discover),
    ("todoman new x2, sync up: both on the server", check_create_and_sync_up),
    ("server-side edit, sync down: todoman shows it", check_server_edit_syncs_down),
    ("todoman done, sync up: STATUS:COMPLETED on the server", check_done_syncs_up),
    ("todoman delete, sync up: gone from the server", check_delete_syncs_up),
    ("final sync copies and deletes nothing", check_final_sync_is_quiet),
    ("the calendar's events stay out of the task storage", check_events_stay_out),
]


def main(argv):
    return run_local_client_suite(argv, TodomanState, CHECKS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
