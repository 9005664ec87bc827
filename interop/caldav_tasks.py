#!/usr/bin/python3
"""Task-list flows of Partage's interoperability suite, driven by Debian's python3-caldav 0.11.

usage: /usr/bin/python3 caldav_tasks.py ROOT_URL USER PASSWORD OTHER_USER OTHER_PASSWORD RUN_PREFIX

A task list is a calendar collection whose supported-calendar-component-set is VTODO alone
(RFC 4791 section 5.2.3); Partage serves it from task-service, inside the user's calendar home.
The script creates one, drives python3-caldav's todo API on it, runs a sync-collection over it
(RFC 6578) and checks that OTHER_USER cannot reach it. Output as in caldav_flows.py: `PASS name`
or `FAIL name: reason` per check, then `N passed, M failed`; exit status 0 only when all passed.
"""
import sys
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin
from xml.etree import ElementTree

import requests

from caldav_flows import FlowState, check_discovery, ics, make_calendar, utc_stamp
from check_runner import expect, run_suite
from dav_text import path_of, property_values, unfolded_lines

UTC = timezone.utc
DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
ICALENDAR = "text/calendar; charset=utf-8"


@dataclass
class TaskFlowState(FlowState):
    """FlowState (credentials, client, principal, created calendars) plus what the task checks
    find or create for the checks after them."""

    other_user: str = None
    other_password: str = None
    task_list: object = None
    room_uid: str = None
    agenda_uid: str = None
    member_paths: set = field(default_factory=set)


def todo_ics(uid, summary, *properties):
    """A VTODO with the properties every task needs (RFC 5545 section 3.6.2) and the given ones."""
    return ics("BEGIN:VTODO", f"UID:{uid}", f"DTSTAMP:{utc_stamp(datetime.now(UTC))}",
               f"SUMMARY:{summary}", *properties, "END:VTODO")


def new_uid():
    return f"{uuid.uuid4()}@interop.partage"


def store(state, calendar_text):
    """Saves a task resource with python3-caldav and remembers its path for the sync-collection checks."""
    todo = state.task_list.save_todo(calendar_text)
    state.member_paths.add(path_of(todo.url))
    return todo


def save_todo(state, uid, summary, *properties):
    return store(state, todo_ics(uid, summary, *properties))


def uids_of(resources):
    return {str(resource.icalendar_component.get("UID")) for resource in resources}


def single_value(text, name):
    values = property_values(text, name)
    expect(len(values) == 1, f"{name} appears {len(values)} times in the stored task")
    return values[0]


def content_lines(text, name):
    """Whole content lines (parameters kept) of property NAME, folding undone."""
    return [line for line in unfolded_lines(text) if line.split(":")[0].split(";")[0].upper() == name]


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_make_task_list(state):
    make_calendar(state, "tasks", ["VTODO"], "task_list")


def check_task_list_listed(state):
    """A client finds task lists the way it finds calendars: in the calendar home's listing."""
    state.require("task_list")
    listed = {path_of(calendar.url) for calendar in state.principal.calendars()}
    expect(path_of(state.task_list.url) in listed, f"{state.task_list.url} missing from the calendar home listing")


def check_save_todo(state):
    """DUE, PRIORITY and CATEGORIES (RFC 5545 sections 3.8.2.3, 3.8.1.9, 3.8.1.2) read back as saved."""
    state.require("task_list")
    uid = new_uid()
    save_todo(state, uid, "Book the room", "DUE:20270412T170000Z", "PRIORITY:1",
              "CATEGORIES:interop,partage", "STATUS:NEEDS-ACTION")
    stored = state.task_list.todo_by_uid(uid).data
    expect(single_value(stored, "DUE") == "20270412T170000Z", f"DUE reads back as {property_values(stored, 'DUE')}")
    expect(single_value(stored, "PRIORITY") == "1", f"PRIORITY reads back as {property_values(stored, 'PRIORITY')}")
    categories = {value for line in property_values(stored, "CATEGORIES") for value in line.split(",")}
    expect(categories == {"interop", "partage"}, f"CATEGORIES read back as {sorted(categories)}")
    state.room_uid = uid


def check_todos_lists_pending(state):
    state.require("task_list", "room_uid")
    uid = new_uid()
    save_todo(state, uid, "Print the agenda", "DUE:20270413T090000Z", "PRIORITY:5")
    state.agenda_uid = uid
    listed = uids_of(state.task_list.todos())
    expect(listed == {state.room_uid, uid}, f"todos() returned {sorted(listed)}")


def check_complete(state):
    """complete() writes STATUS:COMPLETED and COMPLETED (RFC 5545 sections 3.8.1.11, 3.8.2.1);
    todos() then leaves the task out, todos(include_completed=True) keeps it."""
    state.require("task_list", "room_uid", "agenda_uid")
    state.task_list.todo_by_uid(state.agenda_uid).complete()
    stored = state.task_list.todo_by_uid(state.agenda_uid).data
    expect(single_value(stored, "STATUS") == "COMPLETED", f"STATUS reads back as {property_values(stored, 'STATUS')}")
    expect(property_values(stored, "COMPLETED"), "the completed task has no COMPLETED property")
    pending = uids_of(state.task_list.todos())
    expect(pending == {state.room_uid}, f"todos() returned {sorted(pending)} after the completion")
    everything = uids_of(state.task_list.todos(include_completed=True))
    expect(everything == {state.room_uid, state.agenda_uid},
           f"todos(include_completed=True) returned {sorted(everything)}")


def check_search_pending(state):
    """python3-caldav's pending search sends three calendar-queries (is-not-defined COMPLETED,
    STATUS text-match negated...) and merges them; with a category it adds a CATEGORIES text-match."""
    state.require("task_list", "room_uid", "agenda_uid")
    pending = uids_of(state.task_list.search(todo=True))
    expect(pending == {state.room_uid}, f"search(todo=True) returned {sorted(pending)}")
    by_category = uids_of(state.task_list.search(todo=True, category="partage"))
    expect(by_category == {state.room_uid}, f"search(todo=True, category='partage') returned {sorted(by_category)}")
    no_match = state.task_list.search(todo=True, category="no-such-category")
    expect(no_match == [], f"search(todo=True, category='no-such-category') returned {uids_of(no_match)}")


def check_override_completes_occurrence(state):
    """RFC 5545 section 3.8.4.4: an override whose RECURRENCE-ID is the second occurrence's start
    completes that occurrence alone; the series and its override come back in one resource
    (RFC 4791 section 4.1)."""
    state.require("task_list")
    uid = new_uid()
    stamp = f"DTSTAMP:{utc_stamp(datetime.now(UTC))}"
    store(state, ics(
        "BEGIN:VTODO", f"UID:{uid}", stamp, "SUMMARY:Water the plants", "DTSTART:20270503T090000Z",
        "DUE:20270503T170000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "END:VTODO",
        "BEGIN:VTODO", f"UID:{uid}", stamp, "SUMMARY:Water the plants", "RECURRENCE-ID:20270510T090000Z",
        "DTSTART:20270510T090000Z", "DUE:20270510T170000Z", "STATUS:COMPLETED",
        "COMPLETED:20270510T150000Z", "END:VTODO"))
    stored = state.task_list.todo_by_uid(uid).data
    expect(property_values(stored, "RRULE") == ["FREQ=WEEKLY;COUNT=3"],
           f"RRULE reads back as {property_values(stored, 'RRULE')}")
    expect(property_values(stored, "RECURRENCE-ID") == ["20270510T090000Z"],
           f"RECURRENCE-ID reads back as {property_values(stored, 'RECURRENCE-ID')}")
    expect(property_values(stored, "STATUS") == ["COMPLETED"], f"STATUS reads back as {property_values(stored, 'STATUS')}")
    expect(property_values(stored, "COMPLETED") == ["20270510T150000Z"],
           f"COMPLETED reads back as {property_values(stored, 'COMPLETED')}")


def check_complete_recurring_occurrence(state):
    """complete(handle_rrule=True, rrule_mode="thisandfuture") keeps the series and adds
    overrides (RFC 5545 section 3.8.4.4 RECURRENCE-ID): the completed occurrence, and the rest of
    the series with RANGE=THISANDFUTURE. A task list must accept that resource and return it whole."""
    state.require("task_list")
    uid = new_uid()
    todo = save_todo(state, uid, "Weekly report", "DTSTART:20270405T090000Z", "DUE:20270405T170000Z",
                     "RRULE:FREQ=WEEKLY;COUNT=4", "STATUS:NEEDS-ACTION")
    # No completion_timestamp: python3-caldav's own default is written as UTC ("Z"), while a
    # datetime in datetime.timezone.utc comes out as TZID=UTC on a "Z" value, which RFC 5545
    # section 3.3.5 forbids (and Partage refuses, 403 valid-calendar-data).
    todo.complete(handle_rrule=True, rrule_mode="thisandfuture")
    components = state.task_list.todo_by_uid(uid).icalendar_instance.walk("VTODO")
    masters = [c for c in components if c.get("RECURRENCE-ID") is None]
    overrides = [c for c in components if c.get("RECURRENCE-ID") is not None]
    expect(len(masters) == 1 and masters[0].get("RRULE") is not None, "the series lost its master with RRULE")
    completed = [utc_stamp(c.decoded("RECURRENCE-ID")) for c in overrides if str(c.get("STATUS")) == "COMPLETED"]
    expect(completed == ["20270405T090000Z"], f"completed occurrences read back as {completed}")
    expect(len(overrides) == 2, f"{len(overrides)} RECURRENCE-ID overrides read back, 2 were written")


def check_event_refused(state):
    """RFC 4791 section 5.3.2.1: a PUT of a component outside supported-calendar-component-set is
    refused with 403 and the CALDAV:supported-calendar-component precondition."""
    state.require("task_list")
    url = f"{str(state.task_list.url).rstrip('/')}/{uuid.uuid4()}.ics"
    event = ics("BEGIN:VEVENT", f"UID:{new_uid()}", "DTSTAMP:20270101T000000Z",
                "DTSTART:20270601T100000Z", "DTEND:20270601T110000Z", "SUMMARY:Not a task", "END:VEVENT")
    response = requests.put(url, data=event.encode(), auth=(state.user, state.password),
                            headers={"Content-Type": ICALENDAR}, timeout=30)
    expect(response.status_code == 403, f"PUT of a VEVENT answered {response.status_code}, not 403")
    precondition = ElementTree.fromstring(response.content).find(f"{{{CALDAV}}}supported-calendar-component")
    expect(precondition is not None,
           f"the 403 does not carry CALDAV:supported-calendar-component: {response.text[:200]}")
    leftover = requests.get(url, auth=(state.user, state.password), timeout=30)
    expect(leftover.status_code == 404, f"GET of the refused event answered {leftover.status_code}")


def check_related_subtask(state):
    """RFC 9253 section 9.1 (RELTYPE values) on RFC 5545 RELATED-TO: a parent and its subtask keep
    their links, parameters included; DEPENDS-ON is one of the values RFC 9253 adds."""
    state.require("task_list", "room_uid")
    parent_uid, child_uid = new_uid(), new_uid()
    save_todo(state, parent_uid, "Prepare the release", f"RELATED-TO;RELTYPE=CHILD:{child_uid}")
    save_todo(state, child_uid, "Write the release notes", f"RELATED-TO;RELTYPE=PARENT:{parent_uid}",
              f"RELATED-TO;RELTYPE=DEPENDS-ON:{state.room_uid}")
    parent = state.task_list.todo_by_uid(parent_uid).data
    child = state.task_list.todo_by_uid(child_uid).data
    expect(content_lines(parent, "RELATED-TO") == [f"RELATED-TO;RELTYPE=CHILD:{child_uid}"],
           f"the parent's RELATED-TO reads back as {content_lines(parent, 'RELATED-TO')}")
    expected = sorted([f"RELATED-TO;RELTYPE=PARENT:{parent_uid}",
                       f"RELATED-TO;RELTYPE=DEPENDS-ON:{state.room_uid}"])
    expect(sorted(content_lines(child, "RELATED-TO")) == expected,
           f"the subtask's RELATED-TO reads back as {content_lines(child, 'RELATED-TO')}")


def changed_paths(state, token=None):
    listing = state.task_list.objects_by_sync_token(sync_token=token)
    expect(listing.sync_token, "no sync-token in the sync-collection answer")
    return {path_of(resource.url) for resource in listing}, listing.sync_token


def check_sync_initial(state):
    """RFC 6578 section 3.2: without a token, every member of the task list is reported."""
    state.require("task_list")
    paths, state.sync_token = changed_paths(state)
    expect(paths == state.member_paths, f"initial listing {sorted(paths)}, expected {sorted(state.member_paths)}")


def check_sync_after_add(state):
    """RFC 6578 section 3.5: after the token, the added task alone is reported."""
    state.require("task_list", "sync_token")
    added = save_todo(state, new_uid(), "Added after the token")
    paths, token = changed_paths(state, state.sync_token)
    expect(paths == {path_of(added.url)}, f"changes {sorted(paths)}, expected only {path_of(added.url)}")
    expect(token != state.sync_token, "the sync-token did not move on")
    state.sync_token = token


def sync_statuses(state, token):
    """(href path -> status code) of a raw sync-collection REPORT: python3-caldav 0.11 returns
    removed members like changed ones, so the 404 of a tombstone (RFC 6578 section 3.5.2) is read here."""
    body = (f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="{DAV}">'
            f"<d:sync-token>{token}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>")
    response = requests.request("REPORT", str(state.task_list.url), data=body.encode(),
                                auth=(state.user, state.password), timeout=30,
                                headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
    expect(response.status_code == 207, f"sync-collection REPORT answered {response.status_code}")
    statuses = {}
    for member in ElementTree.fromstring(response.content).iter(f"{{{DAV}}}response"):
        status = member.find(f"{{{DAV}}}status")
        statuses[path_of(member.find(f"{{{DAV}}}href").text)] = (
            int(status.text.split()[1]) if status is not None else 200)
    return statuses


def check_sync_after_delete(state):
    """RFC 6578 section 3.5.2: a deleted member is reported once, as a 404 response."""
    state.require("task_list", "sync_token", "agenda_uid")
    deleted = state.task_list.todo_by_uid(state.agenda_uid)
    deleted_path = path_of(deleted.url)
    deleted.delete()
    state.member_paths.discard(deleted_path)
    paths, token = changed_paths(state, state.sync_token)
    expect(paths == {deleted_path}, f"changes {sorted(paths)}, expected only {deleted_path}")
    statuses = sync_statuses(state, state.sync_token)
    expect(statuses == {deleted_path: 404}, f"the raw sync-collection reported {statuses}, expected a 404 tombstone")
    state.sync_token = token


def check_sync_no_spurious_change(state):
    state.require("task_list", "sync_token")
    paths, token = changed_paths(state, state.sync_token)
    expect(paths == set(), f"nothing changed, yet {sorted(paths)} were reported")
    state.sync_token = token


def check_other_user_sees_nothing(state):
    """Until sharing exists, another user's requests find no task list: 404 (RFC 4918 section 9.1
    and RFC 3744 section 7.1: a server may hide a resource rather than answer 403), and a PUT creates nothing."""
    state.require("task_list")
    other = (state.other_user, state.other_password)
    list_url = str(state.task_list.url)
    propfind = requests.request("PROPFIND", list_url, auth=other, headers={"Depth": "0"}, timeout=30)
    expect(propfind.status_code == 404, f"PROPFIND of the list as {state.other_user} answered {propfind.status_code}")
    member_path = next(iter(sorted(state.member_paths)), None)
    expect(member_path is not None, "the list has no task to try")
    get = requests.get(urljoin(list_url, member_path), auth=other, timeout=30)
    expect(get.status_code == 404, f"GET of a task as {state.other_user} answered {get.status_code}")
    intruder_url = f"{list_url.rstrip('/')}/{uuid.uuid4()}.ics"
    put = requests.put(intruder_url, data=todo_ics(new_uid(), "Intruder").encode(), auth=other,
                       headers={"Content-Type": ICALENDAR}, timeout=30)
    expect(put.status_code in (403, 404), f"PUT into the list as {state.other_user} answered {put.status_code}")
    owner_get = requests.get(intruder_url, auth=(state.user, state.password), timeout=30)
    expect(owner_get.status_code == 404, f"the other user's PUT left a task behind ({owner_get.status_code})")


def check_delete_task_list(state):
    state.require("task_list")
    state.task_list.delete()
    state.created_collections.remove(state.task_list)
    listed = {path_of(calendar.url) for calendar in state.principal.calendars()}
    expect(path_of(state.task_list.url) not in listed, f"{state.task_list.url} still listed after DELETE")


CHECKS = [
    ("discovery from the root URL", check_discovery),
    ("make_calendar [VTODO] reports VTODO alone", check_make_task_list),
    ("task list listed in the calendar home", check_task_list_listed),
    ("save_todo with DUE, PRIORITY, CATEGORIES", check_save_todo),
    ("todos() lists the pending tasks", check_todos_lists_pending),
    ("complete() then todos() and todos(include_completed=True)", check_complete),
    ("search(todo=True) pending, by category", check_search_pending),
    ("a RECURRENCE-ID override completes one occurrence of a series", check_override_completes_occurrence),
    ("complete(handle_rrule=True) on a recurring task", check_complete_recurring_occurrence),
    ("an event PUT to the task list is refused (403)", check_event_refused),
    ("RELATED-TO;RELTYPE=PARENT subtask read back (RFC 9253)", check_related_subtask),
    ("sync-collection: initial listing", check_sync_initial),
    ("sync-collection: after an add, the added task only", check_sync_after_add),
    ("sync-collection: after a delete, its tombstone only", check_sync_after_delete),
    ("sync-collection: no spurious change", check_sync_no_spurious_change),
    ("another user gets 404 on the list", check_other_user_sees_nothing),
    ("delete the task list", check_delete_task_list),
]


def main(argv):
    if len(argv) != 7:
        sys.exit(__doc__)
    root_url, user, password, other_user, other_password, prefix = argv[1:]
    state = TaskFlowState(root_url=root_url, user=user, password=password, prefix=prefix,
                          other_user=other_user, other_password=other_password)
    return run_suite(state, CHECKS)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
