#!/usr/bin/python3
"""SyncEvolution on a Partage address book, for Partage's interoperability suite.

usage: /usr/bin/python3 syncevolution_flows.py ROOT_URL USER PASSWORD RUN_PREFIX WORK_DIR

SyncEvolution's CardDAV backend is given the root URL and finds the address book itself; a
"local sync" pairs it with SyncEvolution's file backend (one vCard per file in WORK_DIR/cards/).
The flow goes back and forth: a card put on the server comes down, a card written locally goes up,
a server-side edit comes down, a local deletion goes up, and a last sync changes nothing.
SyncEvolution runs without its D-Bus daemon, with its configuration, logs and caches under
WORK_DIR and the password in its environment only. Output as in caldav_flows.py: `PASS name` or
`FAIL name: reason` per check, then `N passed, M failed`; exit status 0 only when all passed.
"""
import sys
from dataclasses import dataclass, field
from pathlib import Path

# The suite's shared modules live in interop/, one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from carddav_server import AddressBook  # noqa: E402
from check_runner import LocalClientState, expect, run_local_client_suite  # noqa: E402
from dav_text import path_of, property_values  # noqa: E402
from logged_command import run_logged  # noqa: E402

PASSWORD_VARIABLE = "PARTAGE_SYNCEVOLUTION_PASSWORD"
# SyncEvolution's names: TARGET holds the CardDAV side, LOCAL_SYNC pairs it with the file backend.
TARGET = "target-config@partage"
LOCAL_SYNC = "partage"
DATASTORE = "addressbook"


def vcard3(uid, formatted_name, *properties):
    """A vCard 3.0 (RFC 2426) with CRLF line ends; PROPERTIES are whole content lines."""
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{formatted_name}", *properties, "END:VCARD", ""])


@dataclass
class SyncEvolutionState(LocalClientState):
    """The local side (LocalClientState) and the server side: the address book."""

    book: AddressBook = None
    configured: bool = None
    server_card: str = None
    local_card: str = None
    created_collections: list = field(default_factory=list)

    @property
    def cards_dir(self):
        return self.work_dir / "cards"


def syncevolution(state, name, *args):
    """Runs the SyncEvolution command line without its D-Bus daemon, with HOME and the XDG folders
    (where it keeps configurations, logs and sync state) inside WORK_DIR."""
    home = state.work_dir / "home"
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CACHE_HOME": str(home / "cache"), PASSWORD_VARIABLE: state.password}
    return run_logged(state, name, ["syncevolution", "--daemon=no", *args], env=env)


def local_cards(state):
    """FN -> text of the cards in the file backend's folder."""
    cards = {}
    for path in state.cards_dir.iterdir():
        text = path.read_text()
        cards[next(iter(property_values(text, "FN")), path.name)] = text
    return cards


def local_card_path(state, formatted_name):
    matches = [path for path in state.cards_dir.iterdir() if property_values(path.read_text(), "FN") == [formatted_name]]
    expect(len(matches) == 1, f"{len(matches)} local files hold FN:{formatted_name}")
    return matches[0]


def server_names(state):
    """FN -> href of the cards on the server."""
    return {next(iter(property_values(state.book.get(href).text, "FN")), href): href for href in state.book.cards()}


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def check_address_book_with_a_card(state):
    state.book = AddressBook.create(state.root_url, state.user, state.password, f"{state.prefix}-syncevolution")
    state.created_collections.append(state.book)
    state.server_card = "Ada Lovelace"
    status = state.book.put(f"{state.prefix}-ada.vcf", vcard3(f"{state.prefix}-ada@interop.partage", state.server_card,
                                                               "N:Lovelace;Ada;;;", "NOTE:put on the server"),
                            **{"If-None-Match": "*"})
    expect(status == 201, f"PUT of the server's card answered {status}")


def check_finds_address_book(state):
    """SyncEvolution's WebDAV template, given the root URL, lists the address books it finds
    (RFC 6764 /.well-known/carddav, RFC 6352 addressbook-home-set): ours must be among them."""
    state.require("book")
    syncevolution(state, "configure-target", "--configure", "--template", "webdav", "keyring=no",
                  f"syncURL={state.root_url}", f"username={state.user}", f"password=${{{PASSWORD_VARIABLE}}}", TARGET)
    listing = syncevolution(state, "print-databases", "--print-databases", TARGET, DATASTORE).stdout
    found = [path_of(word.strip("()")) for word in listing.split() if word.startswith("(http")]
    expect(path_of(state.book.url) in found, f"SyncEvolution found {found}")
    # Several address books may exist: the datastore is pinned to ours.
    syncevolution(state, "configure-database", "--configure", f"database={state.book.url}", TARGET, DATASTORE)
    state.cards_dir.mkdir()
    syncevolution(state, "configure-local-sync", "--configure", "--template", "SyncEvolution_Client", "keyring=no",
                  "sync=none", f"syncURL=local://@{TARGET.split('@')[1]}", "username=", "password=", LOCAL_SYNC)
    syncevolution(state, "configure-file-store", "--configure", "sync=two-way", "backend=file",
                  f"database=file://{state.cards_dir}", "databaseFormat=text/vcard", LOCAL_SYNC, DATASTORE)
    state.configured = True


def check_first_sync(state):
    """A first sync has to be slow (SyncML): it brings the server's card down."""
    state.require("configured")
    syncevolution(state, "sync-slow", "--sync", "slow", LOCAL_SYNC, DATASTORE)
    cards = local_cards(state)
    expect(list(cards) == [state.server_card], f"the local store holds {sorted(cards)}")


def check_local_card_syncs_up(state):
    state.require("configured")
    state.local_card = "Grace Hopper"
    (state.cards_dir / "grace.vcf").write_text(vcard3(f"{state.prefix}-grace@interop.partage", state.local_card,
                                                      "N:Hopper;Grace;;;", "EMAIL;TYPE=WORK:grace@navy.example"))
    syncevolution(state, "sync-up-new", LOCAL_SYNC, DATASTORE)
    on_server = server_names(state)
    expect(sorted(on_server) == sorted([state.server_card, state.local_card]), f"the server has {sorted(on_server)}")
    emails = property_values(state.book.get(on_server[state.local_card]).text, "EMAIL")
    expect(emails == ["grace@navy.example"], f"EMAIL on the server is {emails}")


def check_server_edit_syncs_down(state):
    state.require("configured", "server_card")
    state.book.replace_in_card(server_names(state)[state.server_card], "NOTE:put on the server", "NOTE:edited on the server")
    syncevolution(state, "sync-down-edit", LOCAL_SYNC, DATASTORE)
    notes = property_values(local_card_path(state, state.server_card).read_text(), "NOTE")
    expect(notes == ["edited on the server"], f"NOTE in the local store is {notes}")


def check_local_deletion_syncs_up(state):
    state.require("configured", "server_card")
    href = server_names(state)[state.server_card]
    local_card_path(state, state.server_card).unlink()
    syncevolution(state, "sync-up-delete", LOCAL_SYNC, DATASTORE)
    expect(not state.book.exists(href), f"{href} is still on the server")


def check_final_sync_is_quiet(state):
    """Stable ETags and data: with nothing changed on either side, nothing changes on either side."""
    state.require("configured")
    before = (state.book.cards(), local_cards(state))
    syncevolution(state, "sync-final", LOCAL_SYNC, DATASTORE)
    after = (state.book.cards(), local_cards(state))
    expect(after == before, f"the final sync changed the server's ETags or the local cards: {before} -> {after}")


CHECKS = [
    ("address book with a card on the server (extended MKCOL, PUT)", check_address_book_with_a_card),
    ("SyncEvolution finds the address book from the root URL", check_finds_address_book),
    ("first (slow) sync brings the server's card down", check_first_sync),
    ("a card written locally syncs up", check_local_card_syncs_up),
    ("server-side edit (PUT with If-Match) syncs down", check_server_edit_syncs_down),
    ("a local deletion syncs up", check_local_deletion_syncs_up),
    ("final sync changes nothing", check_final_sync_is_quiet),
]


def main(argv):
    return run_local_client_suite(argv, SyncEvolutionState, CHECKS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
