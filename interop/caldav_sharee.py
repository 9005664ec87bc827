#!/usr/bin/python3
"""python3-caldav 0.11 as a sharee, for Partage's interoperability suite.

usage: /usr/bin/python3 caldav_sharee.py ROOT_URL OWNER OWNER_PASSWORD WRITER WRITER_PASSWORD
                                         READER READER_PASSWORD RUN_PREFIX

OWNER makes a calendar with an event and shares it by POST CS:share, read-write with WRITER and
read-only with READER. Each sharee logs in from the root URL and finds the calendar among their own
calendars; WRITER reads, adds, edits and deletes and OWNER sees each change; READER reads, and every
write is refused with 403 DAV:need-privileges (RFC 3744 section 7.1.1) while OWNER's calendar stays
as it was. Output as in caldav_flows.py: `PASS name` or `FAIL name: reason` per check, then
`N passed, M failed`; exit status 0 only when all passed.
"""
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from caldav.lib import error as caldav_error

from caldav_flows import FlowState, check_discovery, make_calendar, save_single_event
from check_runner import CheckFailed, Prerequisites, expect, run_suite
from dav_sharing import Access, share, shared_display_name
from dav_text import path_of

UTC = timezone.utc
DAV = "DAV:"
OWNER_EVENT_START = datetime(2027, 6, 7, 10, tzinfo=UTC)
SEARCH_RANGE = (datetime(2027, 6, 7, tzinfo=UTC), datetime(2027, 6, 8, tzinfo=UTC))
OWNER_SUMMARY = "Team kickoff"
EDITED_SUMMARY = "Team kickoff (edited by a sharee)"


@dataclass
class ShareeFlowState(Prerequisites):
    """One FlowState per account (client, principal, and `events_calendar`: the owner's calendar,
    or the sharee's view of it), plus what the checks create for the checks after them."""

    owner: FlowState
    writer: FlowState
    reader: FlowState
    calendar_name: str = None
    owner_uid: str = None
    writer_event: object = None
    shared: bool = None

    @property
    def created_collections(self):
        """What run_suite deletes if a check left it: only the owner creates collections."""
        return self.owner.created_collections


def uid_of(event):
    return str(event.icalendar_component["UID"])


def summary_of(calendar, uid):
    return str(calendar.event_by_uid(uid).icalendar_component.get("SUMMARY"))


def summary_on_owner_side(state, uid):
    return summary_of(state.owner.events_calendar, uid)


def owner_uids(state):
    return {uid_of(event) for event in state.owner.events_calendar.events()}


def find_shared_calendar(sharee, calendar_name):
    """Logs SHAREE in from the root URL and keeps, as its events_calendar, the calendar among its
    principal's calendars() whose displayname is "Name (Owner)"; it must lie in its own home."""
    check_discovery(sharee)
    calendars = sharee.principal.calendars()
    shared = [calendar for calendar in calendars if shared_display_name(calendar.get_display_name(), calendar_name)]
    expect(len(shared) == 1, f'{len(shared)} calendars named "{calendar_name} (Owner)" among '
                             f"{[calendar.get_display_name() for calendar in calendars]}")
    home = path_of(sharee.principal.calendar_home_set.url)
    expect(path_of(shared[0].url).startswith(home), f"{shared[0].url} is not in {sharee.user}'s home {home}")
    sharee.events_calendar = shared[0]


def expect_refused(sharee, what, action):
    """Runs ACTION, a write python3-caldav must see refused with 403 and DAV:need-privileges.

    python3-caldav 0.11 turns a 403 into AuthorizationError and drops the body, so the answer it
    got is read back from a response hook on its own requests session."""
    answers = []
    hooks = sharee.client.session.hooks["response"]
    keep = lambda response, **_: answers.append(response)  # noqa: E731
    hooks.append(keep)
    try:
        action()
    except caldav_error.AuthorizationError:
        pass
    else:
        raise CheckFailed(f"{what} by {sharee.user}, a read-only sharee, succeeded")
    finally:
        hooks.remove(keep)
    refusal = answers[-1]
    expect(refusal.status_code == 403, f"{what} answered {refusal.status_code}, not 403")
    expect(ET.fromstring(refusal.content).find(f".//{{{DAV}}}need-privileges") is not None,
           f"the 403 to {what} has no DAV:need-privileges: {refusal.text[:200]}")


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_owner_makes_calendar(state):
    check_discovery(state.owner)
    make_calendar(state.owner, "shared", ["VEVENT"], "events_calendar")
    state.owner_uid = uid_of(save_single_event(state.owner.events_calendar, OWNER_SUMMARY, OWNER_EVENT_START))
    # make_calendar names the calendar after the prefix; the sharees know it by that name.
    state.calendar_name = state.owner.events_calendar.get_display_name()


def check_owner_shares(state):
    state.require("owner_uid")
    url = str(state.owner.events_calendar.url)
    share(url, state.owner.user, state.owner.password, state.writer.user, Access.READ_WRITE)
    share(url, state.owner.user, state.owner.password, state.reader.user, Access.READ)
    state.shared = True


def check_writer_finds_it(state):
    state.require("shared")
    find_shared_calendar(state.writer, state.calendar_name)


def check_writer_reads(state):
    """A time-range calendar-query (RFC 4791 section 9.9) and a search by UID both find the owner's event."""
    state.require("owner_uid")
    state.writer.require("events_calendar")
    in_range = {uid_of(event) for event in state.writer.events_calendar.search(event=True, start=SEARCH_RANGE[0],
                                                                                end=SEARCH_RANGE[1])}
    expect(in_range == {state.owner_uid}, f"the time-range search found {sorted(in_range)}")
    summary = summary_of(state.writer.events_calendar, state.owner_uid)
    expect(summary == OWNER_SUMMARY, f"the owner's event reads as {summary!r}")


def check_writer_adds(state):
    state.writer.require("events_calendar")
    state.writer_event = save_single_event(state.writer.events_calendar, "Added by a sharee",
                                           OWNER_EVENT_START + timedelta(days=1))
    summary = summary_on_owner_side(state, uid_of(state.writer_event))
    expect(summary == "Added by a sharee", f"the owner reads the sharee's event as {summary!r}")


def check_writer_edits_owners_event(state):
    state.require("owner_uid")
    state.writer.require("events_calendar")
    event = state.writer.events_calendar.event_by_uid(state.owner_uid)
    event.icalendar_component["SUMMARY"] = EDITED_SUMMARY
    event.save()
    summary = summary_on_owner_side(state, state.owner_uid)
    expect(summary == EDITED_SUMMARY, f"the owner reads his edited event as {summary!r}")


def check_writer_deletes_own_event(state):
    state.require("writer_event")
    uid = uid_of(state.writer_event)
    state.writer_event.delete()
    expect(uid not in owner_uids(state), f"the owner still has {uid} after the sharee deleted it")


def check_reader_finds_and_reads(state):
    state.require("shared", "owner_uid")
    find_shared_calendar(state.reader, state.calendar_name)
    summary = summary_of(state.reader.events_calendar, state.owner_uid)
    expect(summary == EDITED_SUMMARY, f"the owner's event reads as {summary!r}")


def check_reader_cannot_add(state):
    state.require("owner_uid")
    state.reader.require("events_calendar")
    expect_refused(state.reader, "save_event", lambda: save_single_event(
        state.reader.events_calendar, "Written by a reader", OWNER_EVENT_START + timedelta(days=2)))
    expect(owner_uids(state) == {state.owner_uid}, f"the owner's calendar holds {sorted(owner_uids(state))}")


def check_reader_cannot_edit(state):
    state.require("owner_uid")
    state.reader.require("events_calendar")
    event = state.reader.events_calendar.event_by_uid(state.owner_uid)
    event.icalendar_component["SUMMARY"] = "Edited by a reader"
    expect_refused(state.reader, "save() of the owner's event", event.save)
    summary = summary_on_owner_side(state, state.owner_uid)
    expect(summary == EDITED_SUMMARY, f"the owner's event reads as {summary!r} after the refused edit")


def check_reader_cannot_delete(state):
    state.require("owner_uid")
    state.reader.require("events_calendar")
    event = state.reader.events_calendar.event_by_uid(state.owner_uid)
    expect_refused(state.reader, "delete() of the owner's event", event.delete)
    expect(owner_uids(state) == {state.owner_uid}, f"the owner's calendar holds {sorted(owner_uids(state))}")


def check_owner_deletes_calendar(state):
    """Deleting a collection removes its grants (issue 5): it leaves the sharee's home too."""
    state.require("shared")
    state.owner.events_calendar.delete()
    state.owner.created_collections.remove(state.owner.events_calendar)
    left = [calendar.get_display_name() for calendar in state.writer.principal.calendars()
            if shared_display_name(calendar.get_display_name(), state.calendar_name)]
    expect(left == [], f"{state.writer.user} still lists {left}")


CHECKS = [
    ("owner: discovery, a calendar with an event", check_owner_makes_calendar),
    ("owner shares it by POST CS:share: read-write, and read-only", check_owner_shares),
    ("writer: discovery, calendars() holds \"Name (Owner)\" in his own home", check_writer_finds_it),
    ("writer reads the owner's event: time-range search, by UID", check_writer_reads),
    ("writer saves an event, the owner reads it", check_writer_adds),
    ("writer edits the owner's event, the owner reads the edit", check_writer_edits_owners_event),
    ("writer deletes his own event, gone for the owner", check_writer_deletes_own_event),
    ("reader: discovery, finds the calendar, reads the owner's event", check_reader_finds_and_reads),
    ("reader's save_event: 403 need-privileges, nothing added", check_reader_cannot_add),
    ("reader's edit: 403 need-privileges, the event unchanged", check_reader_cannot_edit),
    ("reader's delete: 403 need-privileges, the event kept", check_reader_cannot_delete),
    ("owner deletes the calendar: gone from the writer's calendars()", check_owner_deletes_calendar),
]


def main(argv):
    if len(argv) != 9:
        sys.exit(__doc__)
    root_url, owner, owner_password, writer, writer_password, reader, reader_password, prefix = argv[1:]
    state = ShareeFlowState(
        owner=FlowState(root_url=root_url, user=owner, password=owner_password, prefix=prefix),
        writer=FlowState(root_url=root_url, user=writer, password=writer_password, prefix=prefix),
        reader=FlowState(root_url=root_url, user=reader, password=reader_password, prefix=prefix))
    return run_suite(state, CHECKS)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
