#!/usr/bin/python3
"""khard on a Partage address book through vdirsyncer, for Partage's interoperability suite.

usage: /usr/bin/python3 khard_flows.py ROOT_URL USER PASSWORD RUN_PREFIX WORK_DIR

Finds the address book home from the root URL, creates an address book with an extended MKCOL
(RFC 5689, python requests), writes a vdirsyncer and a khard configuration under WORK_DIR, then
goes back and forth: khard creates, edits and removes a contact, requests edits it on the server,
vdirsyncer syncs each way. Two checks cross clients: tsdav (../tsdav/card_cli.mjs) reads khard's
vCard 3.0 as 4.0, and khard reads a vCard 4.0 written by tsdav.
Output as in caldav_flows.py: `PASS name` or `FAIL name: reason` per check, then
`N passed, M failed`; exit status 0 only when all passed. Every command's output is kept in WORK_DIR.
"""
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

# The suite's shared modules live in interop/, one level up.
INTEROP_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(INTEROP_DIR))

from carddav_server import AddressBook  # noqa: E402
from check_runner import LocalClientState, expect, run_local_client_suite  # noqa: E402
from dav_text import property_values  # noqa: E402
from vdirsyncer_driver import (SyncPair, check_final_sync_is_quiet, count_moves, run_command,  # noqa: E402
                               vdirsyncer_discover, vdirsyncer_sync, write_vdirsyncer_config)

KHARD_TEMPLATE = Path(__file__).resolve().parent / "khard.conf.in"
CARD_CLI = INTEROP_DIR / "tsdav" / "card_cli.mjs"
CONTACTS = SyncPair("contacts", "carddav", ".vcf")

# khard's YAML contact template (`khard template`), fed to `khard new` on stdin.
ADA_TEMPLATE = """\
First name : Ada
Last name : Lovelace
Organisation : Analytical Engines
Email :
    work : ada@engines.example
Phone :
    cell : +33 6 12 34 56 78
Note : written by khard
"""
ADA_SEARCH = "Lovelace"
# The properties the cross-client check compares, as khard writes them in ADA_TEMPLATE.
ADA_VALUES = {"EMAIL": "ada@engines.example", "TEL": "+33 6 12 34 56 78",
              "ORG": "Analytical Engines", "NOTE": "written by khard"}
NOTE_EDITED_ON_SERVER = "edited on the server"
NOTE_EDITED_BY_KHARD = "edited by khard"
GRACE_SEARCH = "Hopper"


@dataclass
class KhardState(LocalClientState):
    """The local side (LocalClientState) and the server side: the address book."""

    book: AddressBook = None
    ada_href: str = None
    created_collections: list = field(default_factory=list)


def phone_digits(value):
    """A TEL value compared by its digits: RFC 6350 section 6.4.1 lets 4.0 carry a phone number as
    a tel: URI (RFC 3966, with dashes for visual separators) where 3.0 had free text."""
    return re.sub(r"[^0-9+]", "", value.removeprefix("tel:"))


def khard(state, name, *args, stdin=""):
    return run_command(state, name, ["khard", "-c", str(state.work_dir / "khard.conf"), *args], stdin=stdin)


def card_cli(state, name, *args, stdin=""):
    """Runs tsdav's card_cli.mjs (see its usage) as USER."""
    return run_command(state, name, ["node", str(CARD_CLI), state.root_url, state.user, state.password, *args],
                       stdin=stdin)


def khard_shows(state, name, search):
    """khard's own reading of the one local contact matching SEARCH (`khard show`, pretty format)."""
    return khard(state, name, "show", "-a", state.book.collection_id, search).stdout


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_make_address_book(state):
    state.book = AddressBook.create(state.root_url, state.user, state.password, f"{state.prefix}-khard")
    state.created_collections.append(state.book)


def write_khard_config(state, book_id):
    """Writes WORK_DIR/khard.conf for the local copy vdirsyncer keeps of address book BOOK_ID."""
    values = {"book": book_id, "book_dir": CONTACTS.local_dir(state.work_dir, book_id)}
    (state.work_dir / "khard.conf").write_text(Template(KHARD_TEMPLATE.read_text()).substitute(values))


def write_configs(state):
    write_vdirsyncer_config(state, {CONTACTS: [state.book.collection_id]})
    write_khard_config(state, state.book.collection_id)


def check_discover(state):
    """vdirsyncer's carddav storage finds the address book from the root URL alone."""
    state.require("book")
    write_configs(state)
    vdirsyncer_discover(state, {CONTACTS: [state.book.collection_id]})


def check_new_syncs_up(state):
    """khard new reads a YAML template on stdin and writes vCard 3.0; Partage stores a vCard as it
    was received, so a GET gives back khard's bytes."""
    state.require("book")
    khard(state, "khard-new", "new", "-a", state.book.collection_id, stdin=ADA_TEMPLATE)
    local_files = list(CONTACTS.local_dir(state.work_dir, state.book.collection_id).glob("*" + CONTACTS.fileext))
    expect(len(local_files) == 1, f"khard wrote {len(local_files)} files")
    moves = vdirsyncer_sync(state, "sync-up-new")
    expect(count_moves(moves, "Copying (uploading)", CONTACTS.remote_storage) == 1, f"sync moved {moves}, not 1 upload")
    cards = state.book.cards()
    expect(len(cards) == 1, f"the server has {sorted(cards)}")
    state.ada_href = next(iter(cards))
    stored = state.book.get(state.ada_href).text
    expect(property_values(stored, "VERSION") == ["3.0"], f"VERSION on the server is {property_values(stored, 'VERSION')}")
    expect(stored == local_files[0].read_bytes().decode(), f"the server's card differs from the one khard wrote: {stored!r}")


def check_tsdav_reads_khard_card_as_4(state):
    """RFC 6352 section 10.4: CARDDAV:address-data version="4.0" in an addressbook-multiget asks
    for the 3.0 card khard wrote as vCard 4.0; the properties both versions hold keep their values."""
    state.require("ada_href")
    card = card_cli(state, "tsdav-read-4.0", "read", state.book.url, state.ada_href, "4.0").stdout
    expect(property_values(card, "VERSION") == ["4.0"], f"tsdav got VERSION {property_values(card, 'VERSION')}")
    for name, expected in ADA_VALUES.items():
        values = property_values(card, name)
        same = [phone_digits(v) for v in values] == [phone_digits(expected)] if name == "TEL" else values == [expected]
        expect(same, f"{name} reads {values} as 4.0, expected [{expected!r}]")


def check_server_edit_syncs_down(state):
    """An edit made by another client (a PUT with If-Match) reaches khard."""
    state.require("ada_href")
    state.book.replace_in_card(state.ada_href, f"NOTE:{ADA_VALUES['NOTE']}", f"NOTE:{NOTE_EDITED_ON_SERVER}")
    moves = vdirsyncer_sync(state, "sync-down-edit")
    expect(count_moves(moves, "Copying (updating)", CONTACTS.local_storage) == 1, f"sync moved {moves}, not 1 download")
    shown = khard_shows(state, "khard-show-edited", ADA_SEARCH)
    expect(f"Note: {NOTE_EDITED_ON_SERVER}" in shown, f"khard shows: {shown!r}")


def check_khard_edit_syncs_up(state):
    """khard edit takes the contact's YAML (from `khard show --format yaml`) from a file and asks
    for a confirmation on stdin: no editor involved."""
    state.require("ada_href")
    contact_yaml = state.work_dir / "ada.yaml"
    khard(state, "khard-show-yaml", "show", "-a", state.book.collection_id, "--format", "yaml", "-o", str(contact_yaml), ADA_SEARCH)
    text = contact_yaml.read_text()
    edited = re.sub(r"^Note *:.*$", f"Note : {NOTE_EDITED_BY_KHARD}", text, flags=re.MULTILINE)
    expect(edited != text, f"khard's YAML has no Note line: see {contact_yaml}")
    contact_yaml.write_text(edited)
    khard(state, "khard-edit", "edit", "-a", state.book.collection_id, "-i", str(contact_yaml), ADA_SEARCH, stdin="y\n")
    moves = vdirsyncer_sync(state, "sync-up-edit")
    expect(count_moves(moves, "Copying (updating)", CONTACTS.remote_storage) == 1, f"sync moved {moves}, not 1 upload")
    notes = property_values(state.book.get(state.ada_href).text, "NOTE")
    expect(notes == [NOTE_EDITED_BY_KHARD], f"NOTE on the server is {notes}")


def check_khard_reads_tsdav_card(state):
    """A vCard 4.0 (RFC 6350) created by tsdav reaches khard, which parses every property."""
    state.require("book")
    card = "\r\n".join([
        "BEGIN:VCARD", "VERSION:4.0", f"UID:{state.prefix}-grace@interop.partage", "FN:Grace Hopper", "N:Hopper;Grace;;;",
        "EMAIL;TYPE=work:grace@navy.example", "TEL;VALUE=uri;TYPE=cell:tel:+1-202-555-0143",
        "ORG:US Navy", "NOTE:written by tsdav", "END:VCARD", ""])
    card_cli(state, "tsdav-create-4.0", "create", state.book.url, f"{state.prefix}-grace.vcf", stdin=card)
    moves = vdirsyncer_sync(state, "sync-down-tsdav")
    expect(count_moves(moves, "Copying (uploading)", CONTACTS.local_storage) == 1, f"sync moved {moves}, not 1 download")
    shown = khard_shows(state, "khard-show-tsdav", GRACE_SEARCH)
    for expected in ("Grace Hopper", "grace@navy.example", "+1-202-555-0143", "US Navy", "Note: written by tsdav"):
        expect(expected in shown, f"khard does not show {expected!r}: {shown!r}")


def check_remove_syncs_up(state):
    state.require("ada_href")
    khard(state, "khard-remove", "remove", "-a", state.book.collection_id, "--force", ADA_SEARCH)
    moves = vdirsyncer_sync(state, "sync-up-remove")
    expect(count_moves(moves, "Deleting item", CONTACTS.remote_storage) == 1, f"sync moved {moves}, not 1 deletion")
    expect(not state.book.exists(state.ada_href), f"{state.ada_href} is still on the server")


CHECKS = [
    ("address book home from the root URL, extended MKCOL creates an address book", check_make_address_book),
    ("vdirsyncer discover finds it from the root URL, first sync", check_discover),
    ("khard new (vCard 3.0), sync up: stored as written", check_new_syncs_up),
    ("tsdav reads khard's 3.0 card as 4.0: EMAIL, TEL, ORG, NOTE survive", check_tsdav_reads_khard_card_as_4),
    ("server-side edit (PUT with If-Match), sync down: khard shows it", check_server_edit_syncs_down),
    ("khard edit from a YAML file, sync up: the server has the edit", check_khard_edit_syncs_up),
    ("tsdav creates a vCard 4.0, sync down: khard reads it", check_khard_reads_tsdav_card),
    ("khard remove --force, sync up: gone from the server", check_remove_syncs_up),
    ("final sync copies and deletes nothing", check_final_sync_is_quiet),
]


def main(argv):
    return run_local_client_suite(argv, KhardState, CHECKS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
