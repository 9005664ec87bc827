#!/usr/bin/python3
"""vdirsyncer as a sharee, both ways, for Partage's interoperability suite.

usage: /usr/bin/python3 sharee_flows.py ROOT_URL SHAREE SHAREE_PASSWORD RUN_PREFIX WORK_DIR OWNER OWNER_PASSWORD

OWNER makes a calendar with an event (python3-caldav) and an address book with a card (extended
MKCOL), and shares both read-write with SHAREE by POST CS:share. SHAREE's vdirsyncer, given the
root URL alone, syncs them from SHAREE's own calendar home and address book home, where Partage put
them: the owner's items come down, an event file and a `khard new` contact written locally go up
and OWNER reads them over DAV, OWNER's later edits come down.
Output as in caldav_flows.py: `PASS name` or `FAIL name: reason` per check, then
`N passed, M failed`; exit status 0 only when all passed. Every command's output is kept in WORK_DIR.
"""
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

# The suite's shared modules live in interop/, one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caldav_flows import FlowState, check_discovery, ics, make_calendar, save_single_event, utc_stamp  # noqa: E402
from caldav_sharee import summary_of, uid_of  # noqa: E402
from carddav_server import AddressBook  # noqa: E402
from check_runner import LocalClientState, expect, run_local_client_suite  # noqa: E402
from dav_sharing import Access, share, shared_collection_url  # noqa: E402
from dav_text import collection_id, property_values  # noqa: E402
from khard_flows import CONTACTS, khard, write_khard_config  # noqa: E402
from vdirsyncer_driver import (SyncPair, check_final_sync_is_quiet, count_moves, vdirsyncer_discover,  # noqa: E402
                               vdirsyncer_sync, write_vdirsyncer_config)

UTC = timezone.utc
EVENTS = SyncPair("events", "caldav", ".ics")
OWNER_EVENT_START = datetime(2027, 9, 6, 10, tzinfo=UTC)
OWNER_SUMMARY = "Team offsite"
OWNER_SUMMARY_EDITED = "Team offsite (moved to room 4)"
SHAREE_SUMMARY = "Written by the sharee's vdirsyncer"
OWNER_CARD_HREF = "owner-card.vcf"
OWNER_NOTE = "NOTE:added by the owner"
OWNER_NOTE_EDITED = "NOTE:edited by the owner"
OWNER_CONTACT = "Margaret Hamilton"
# khard's YAML contact template (`khard template`), fed to `khard new` on stdin.
SHAREE_CONTACT_TEMPLATE = """\
First name : Katherine
Last name : Johnson
Email :
    work : katherine@orbits.example
Note : written by the sharee's khard
"""
SHAREE_CONTACT = "Katherine Johnson"


@dataclass
class ShareeSyncState(LocalClientState):
    """The local side (LocalClientState), where USER, the sharee, runs vdirsyncer and khard; the
    owner's side, `owner_flow` for python3-caldav and `book`; the sharee's names for the shares."""

    owner: str = None
    owner_password: str = None
    owner_flow: FlowState = None
    book: AddressBook = None
    owner_uid: str = None
    shared: bool = None
    calendar_id: str = None
    book_id: str = None
    synced: bool = None

    def __post_init__(self):
        self.owner_flow = FlowState(root_url=self.root_url, user=self.owner, password=self.owner_password,
                                    prefix=self.prefix)

    @property
    def created_collections(self):
        """What run_suite deletes if a check left it: the owner's calendar and address book."""
        return self.owner_flow.created_collections

    @property
    def collections_by_pair(self):
        return {EVENTS: [self.calendar_id], CONTACTS: [self.book_id]}

    def local_events(self):
        return list(EVENTS.local_dir(self.work_dir, self.calendar_id).glob("*" + EVENTS.fileext))


def vcard(uid, full_name, family, given, note_line):
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{full_name}", f"N:{family};{given};;;",
                        note_line, "END:VCARD", ""])


def local_summaries(state):
    return sorted(summary for path in state.local_events() for summary in property_values(path.read_text(), "SUMMARY"))


def khard_list(state, name):
    return khard(state, name, "list", "-a", state.book_id).stdout


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_owner_makes_collections(state):
    owner = state.owner_flow
    check_discovery(owner)
    make_calendar(owner, "shared", ["VEVENT"], "events_calendar")
    state.owner_uid = uid_of(save_single_event(owner.events_calendar, OWNER_SUMMARY, OWNER_EVENT_START))
    state.book = AddressBook.create(state.root_url, state.owner, state.owner_password, f"{state.prefix}-shared-book")
    owner.created_collections.append(state.book)
    card = vcard(f"{uuid.uuid4()}@interop.partage", OWNER_CONTACT, "Hamilton", "Margaret", OWNER_NOTE)
    status = state.book.put(OWNER_CARD_HREF, card, **{"If-None-Match": "*"})
    expect(status == 201, f"PUT of the owner's card answered {status}")


def check_owner_shares(state):
    state.require("owner_uid", "book")
    for url in (str(state.owner_flow.events_calendar.url), state.book.url):
        share(url, state.owner, state.owner_password, state.user, Access.READ_WRITE)
    state.shared = True


def check_shares_in_sharee_homes(state):
    """Each share is a child of the sharee's one home of its kind, named "Name (Owner)"."""
    state.require("shared")
    calendar_url = shared_collection_url(state.root_url, state.user, state.password, "calendar",
                                         state.owner_flow.events_calendar.get_display_name())
    book_url = shared_collection_url(state.root_url, state.user, state.password, "addressbook",
                                     state.book.collection_id)
    state.calendar_id, state.book_id = collection_id(calendar_url), collection_id(book_url)


def check_discover_and_first_sync(state):
    """vdirsyncer finds both shares from the root URL; the owner's event and card come down."""
    state.require("calendar_id", "book_id")
    write_vdirsyncer_config(state, state.collections_by_pair)
    write_khard_config(state, state.book_id)
    vdirsyncer_discover(state, state.collections_by_pair)
    state.synced = True
    expect(local_summaries(state) == [OWNER_SUMMARY], f"the local calendar holds {local_summaries(state)}")
    listed = khard_list(state, "khard-list-first")
    expect(OWNER_CONTACT in listed, f"khard lists {listed!r}")


def check_local_event_syncs_up(state):
    """An event file written in the local calendar folder, as khal would, reaches the owner."""
    state.require("synced")
    uid = f"{uuid.uuid4()}@interop.partage"
    start = OWNER_EVENT_START + timedelta(days=1)
    event = ics("BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utc_stamp(datetime.now(UTC))}",
                f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(start + timedelta(hours=1))}",
                f"SUMMARY:{SHAREE_SUMMARY}", "END:VEVENT")
    (EVENTS.local_dir(state.work_dir, state.calendar_id) / f"{uid}{EVENTS.fileext}").write_text(event)
    moves = vdirsyncer_sync(state, "sync-up-event")
    expect(count_moves(moves, "Copying (uploading)", EVENTS.remote_storage) == 1, f"sync moved {moves}, not 1 upload")
    summary = summary_of(state.owner_flow.events_calendar, uid)
    expect(summary == SHAREE_SUMMARY, f"the owner reads the sharee's event as {summary!r}")


def check_khard_new_syncs_up(state):
    state.require("synced")
    khard(state, "khard-new", "new", "-a", state.book_id, stdin=SHAREE_CONTACT_TEMPLATE)
    moves = vdirsyncer_sync(state, "sync-up-contact")
    expect(count_moves(moves, "Copying (uploading)", CONTACTS.remote_storage) == 1, f"sync moved {moves}, not 1 upload")
    names = sorted(name for href in state.book.cards() for name in property_values(state.book.get(href).text, "FN"))
    expect(names == sorted([OWNER_CONTACT, SHAREE_CONTACT]), f"the owner's address book holds {names}")


def check_owner_edits_sync_down(state):
    """The owner edits his event (python3-caldav) and his card (PUT with If-Match) afterwards."""
    state.require("synced")
    event = state.owner_flow.events_calendar.event_by_uid(state.owner_uid)
    event.icalendar_component["SUMMARY"] = OWNER_SUMMARY_EDITED
    event.save()
    state.book.replace_in_card(OWNER_CARD_HREF, OWNER_NOTE, OWNER_NOTE_EDITED)
    moves = vdirsyncer_sync(state, "sync-down-edits")
    for pair in (EVENTS, CONTACTS):
        expect(count_moves(moves, "Copying (updating)", pair.local_storage) == 1,
               f"sync moved {moves}, not 1 download into {pair.local_storage}")
    expect(local_summaries(state) == sorted([OWNER_SUMMARY_EDITED, SHAREE_SUMMARY]),
           f"the local calendar holds {local_summaries(state)}")
    shown = khard(state, "khard-show-edited", "show", "-a", state.book_id, "Hamilton").stdout
    expect(f"Note: {OWNER_NOTE_EDITED.removeprefix('NOTE:')}" in shown, f"khard shows: {shown!r}")


CHECKS = [
    ("owner: a calendar with an event, an address book with a card", check_owner_makes_collections),
    ("owner shares both read-write by POST CS:share", check_owner_shares),
    ("both are in the sharee's own homes as \"Name (Owner)\"", check_shares_in_sharee_homes),
    ("vdirsyncer discover from the root URL, first sync: the owner's items come down", check_discover_and_first_sync),
    ("a local event file, sync up: the owner reads it", check_local_event_syncs_up),
    ("khard new, sync up: the owner's address book has it", check_khard_new_syncs_up),
    ("the owner edits his event and card, sync down: both edits local", check_owner_edits_sync_down),
    ("final sync copies and deletes nothing", check_final_sync_is_quiet),
]


def main(argv):
    return run_local_client_suite(argv, ShareeSyncState, CHECKS, __doc__, more_arguments=("owner", "owner_password"))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
