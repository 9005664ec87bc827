#!/usr/bin/python3
"""Print the calendar-home-set URL of USER, discovered from the server's root URL alone.

usage: calendar_home.py ROOT_URL USER PASSWORD

The shell-driven clients of the suite (litmus, cadaver) need a URL to work under; this finds it
the way a calendar app does on setup (RFC 6764 section 6): /.well-known/caldav, then
DAV:current-user-principal (RFC 5397), then CALDAV:calendar-home-set (RFC 4791 section 6.2.1).
Standard library only, so it works before any client is installed.
"""
import base64
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"


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


def dav_root(opener, auth, root_url):
    well_known = urljoin(root_url, "/.well-known/caldav")
    status, headers, _ = propfind(opener, auth, well_known, DAV, "current-user-principal")
    if 300 <= status < 400 and headers.get("Location"):
        return urljoin(well_known, headers["Location"])
    raise DiscoveryError(f"PROPFIND {well_known} answered {status} without a redirect")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    root_url, user, password = argv[1:]
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    opener = urllib.request.build_opener(KeepRedirect)
    try:
        principal = href_property(opener, auth, dav_root(opener, auth, root_url), DAV, "current-user-principal")
        home = href_property(opener, auth, principal, CALDAV, "calendar-home-set")
    except (DiscoveryError, urllib.error.URLError, ET.ParseError) as error:
        sys.exit(f"calendar home discovery failed: {error}")
    print(home if home.endswith("/") else home + "/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
