"""Sharing the way a DAV client does it, for the sharee flows (caldav_sharee.py and
vdirsyncer/sharee_flows.py): the owner's POST CS:share (CalendarServer sharing, what macOS Calendar
sends), and the share found in the sharee's own home by the display name Partage gives it,
"Name (Owner)". Works alike on calendars and address books.
"""
import xml.etree.ElementTree as ET
from enum import Enum
from urllib.parse import urljoin
from xml.sax.saxutils import escape

import requests

from check_runner import CheckFailed, expect
from dav_home import discover_home

DAV = "DAV:"
CALENDARSERVER = "http://calendarserver.org/ns/"
HTTP_TIMEOUT_SECONDS = 30


class Access(Enum):
    """The access elements of a CS:set (CalendarServer's sharing.txt)."""

    READ_WRITE = "read-write"
    READ = "read"


def share(url, owner, owner_password, sharee, access):
    """POST CS:share on the collection at URL gives SHAREE (a mail address) ACCESS to it; Partage
    accepts the share on the sharee's behalf, so it appears in their home at once."""
    body = ('<?xml version="1.0" encoding="utf-8"?>'
            f'<CS:share xmlns:D="{DAV}" xmlns:CS="{CALENDARSERVER}"><CS:set>'
            f"<D:href>mailto:{escape(sharee)}</D:href><CS:{access.value}/></CS:set></CS:share>")
    response = requests.post(url, data=body.encode(), auth=(owner, owner_password), timeout=HTTP_TIMEOUT_SECONDS,
                             headers={"Content-Type": "application/xml; charset=utf-8"})
    expect(response.ok, f"POST CS:share {access.value} for {sharee} on {url} answered {response.status_code}: "
                        f"{response.text[:200]}")


def shared_display_name(displayname, name):
    """Whether DISPLAYNAME is the sharee's default one for a collection the owner named NAME."""
    return str(displayname or "").startswith(f"{name} (")


def shared_collection_url(root_url, sharee, password, kind, name):
    """The URL, in SHAREE's home of KIND ("calendar" or "addressbook", found from the root URL), of
    the collection its owner named NAME: the member of the home (PROPFIND Depth 1, RFC 4918
    section 9.1) whose displayname is "NAME (Owner)"."""
    home = discover_home(root_url, sharee, password, kind)
    body = (f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="{DAV}">'
            "<d:prop><d:displayname/></d:prop></d:propfind>")
    response = requests.request("PROPFIND", home, data=body.encode(), auth=(sharee, password),
                                timeout=HTTP_TIMEOUT_SECONDS,
                                headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    expect(response.status_code == 207, f"PROPFIND {home} as {sharee} answered {response.status_code}")
    names = []
    for member in ET.fromstring(response.content).iter(f"{{{DAV}}}response"):
        displayname = member.findtext(f".//{{{DAV}}}displayname")
        if shared_display_name(displayname, name):
            return urljoin(home, member.findtext(f"{{{DAV}}}href").strip())
        names.append(displayname)
    raise CheckFailed(f'no "{name} (Owner)" in {sharee}\'s home {home}, which holds {names}')
