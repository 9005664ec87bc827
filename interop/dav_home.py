#!/usr/bin/python3
"""Print USER's calendar home or address book home, discovered from the server's root URL alone.

usage: dav_home.py calendar|addressbook ROOT_URL USER PASSWORD

The shell-driven clients of the suite (litmus, cadaver) need a URL to work under; this finds it
the way a calendar or contacts app does on setup (RFC 6764 section 6): /.well-known/caldav or
/.well-known/carddav, then DAV:current-user-principal (RFC 5397), then CALDAV:calendar-home-set
(RFC 4791 section 6.2.1) or CARDDAV:addressbook-home-set (RFC 6352 section 7.1.1).
Standard library only, so it works before any client is installed; the flow scripts import
discover_home.
"""
import base64
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CARDDAV = "urn:ietf:params:xml:ns:carddav"


@dataclass(frozen=True)
class HomeKind:
    """Where discovery starts (RFC 6764 section 5) and which principal property names the home."""

    well_known: str
    namespace: str
    home_property: str


HOME_KINDS = {
    "calendar": HomeKind("/.well-known/caldav", CALDAV, "calendar-home-set"),
    "addressbook": HomeKind("/.well-known/carddav", CARDDAV, "addressbook-home-set"),
}


class DiscoveryError(Exception):
    """A discovery step did not give what RFC 6764 promises; the message names the step."""


class KeepRedirect(urllib.request.HTTPRedirectHandler):
    """urllib follows redirects of GET only: keep them so that PROPFIND can follow them too."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def propfind(opener, auth, url, namespace, name):
    body = (f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="{DAV}" xmlns:x="{namespace}">'
            f"<d:prop><x:{name}/></d:prop></d:propfind>").encode()
    request = urllib.request.Request(url, data=body, method="PROPFIND", headers={
        "Authorization": auth, "Depth": "0", "Content-Type": "application/xml; charset=utf-8"})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def href_property(opener, auth, url, namespace, name):
    status, _, body = propfind(opener, auth, url, namespace, name)
    if status != 207:
        raise DiscoveryError(f"PROPFIND {name} on {url} answered {status}")
    for prop in ET.fromstring(body).iter(f"{{{namespace}}}{name}"):
        href = prop.find(f"{{{DAV}}}href")
        if href is not None and href.text:
            return urljoin(url, href.text.strip())
    raise DiscoveryError(f"{url} gave no href for {name}")


def dav_root(opener, auth, root_url, well_known_path):
    well_known = urljoin(root_url, well_known_path)
    status, headers, _ = propfind(opener, auth, well_known, DAV, "current-user-principal")
    if 300 <= status < 400 and headers.get("Location"):
        return urljoin(well_known, headers["Location"])
    raise DiscoveryError(f"PROPFIND {well_known} answered {status} without a redirect")


def discover_home(root_url, user, password, kind):
    """The home URL, with a trailing slash, of KIND ("calendar" or "addressbook"); raises
    DiscoveryError naming the step that failed."""
    home_kind = HOME_KINDS[kind]
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    opener = urllib.request.build_opener(KeepRedirect)
    try:
        principal = href_property(opener, auth, dav_root(opener, auth, root_url, home_kind.well_known),
                                  DAV, "current-user-principal")
        home = href_property(opener, auth, principal, home_kind.namespace, home_kind.home_property)
    except (urllib.error.URLError, ET.ParseError) as error:
        raise DiscoveryError(str(error)) from error
    return home if home.endswith("/") else home + "/"


def main(argv):
    if len(argv) != 5 or argv[1] not in HOME_KINDS:
        sys.exit(__doc__)
    kind, root_url, user, password = argv[1:]
    try:
        print(discover_home(root_url, user, password, kind))
    except DiscoveryError as error:
        sys.exit(f"{kind} home discovery failed: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
