"""The server side of the CardDAV flows (RFC 6352), in plain python requests: the address book a
flow works in and the cards in it, as another client would see them. Shared by
vdirsyncer/khard_flows.py and syncevolution/syncevolution_flows.py.
"""
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin
from xml.sax.saxutils import escape

import requests

from check_runner import expect
from dav_home import discover_home
from dav_text import collection_id, path_of

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
HTTP_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class AddressBook:
    """An address book this run created; check_runner.remove_leftovers calls delete()."""

    url: str
    session: requests.Session

    @property
    def collection_id(self):
        return collection_id(self.url)

    @classmethod
    def create(cls, root_url, user, password, name):
        """Creates address book NAME in USER's home, found from the root URL, with an extended
        MKCOL (RFC 5689 section 5.1) whose DAV:resourcetype holds CARDDAV:addressbook
        (RFC 6352 section 6.3.1)."""
        home = discover_home(root_url, user, password, "addressbook")
        session = requests.Session()
        session.auth = (user, password)
        url = urljoin(home, f"{name}/")
        body = (f'<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="{DAV}" xmlns:card="{CARDDAV}">'
                "<d:set><d:prop><d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
                f"<d:displayname>{escape(name)}</d:displayname></d:prop></d:set></d:mkcol>")
        response = session.request("MKCOL", url, data=body, timeout=HTTP_TIMEOUT_SECONDS,
                                   headers={"Content-Type": "application/xml; charset=utf-8"})
        expect(response.status_code == 201, f"extended MKCOL {url} answered {response.status_code}: {response.text[:200]}")
        return cls(url, session)

    def delete(self):
        self.session.delete(self.url, timeout=HTTP_TIMEOUT_SECONDS).raise_for_status()

    def cards(self):
        """path -> ETag of the members (PROPFIND Depth 1, RFC 4918 section 9.1)."""
        body = f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="{DAV}"><d:prop><d:getetag/></d:prop></d:propfind>'
        response = self.session.request("PROPFIND", self.url, data=body, timeout=HTTP_TIMEOUT_SECONDS,
                                        headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        expect(response.status_code == 207, f"PROPFIND {self.url} answered {response.status_code}")
        members = {}
        for member in ET.fromstring(response.content).iter(f"{{{DAV}}}response"):
            path = path_of(urljoin(self.url, member.findtext(f"{{{DAV}}}href").strip()))
            if path != path_of(self.url):
                members[path] = member.findtext(f".//{{{DAV}}}getetag")
        return members

    def get(self, href):
        """The response to GET HREF, which must be 200."""
        response = self.session.get(urljoin(self.url, href), timeout=HTTP_TIMEOUT_SECONDS)
        expect(response.status_code == 200, f"GET {href} answered {response.status_code}")
        return response

    def exists(self, href):
        response = self.session.get(urljoin(self.url, href), timeout=HTTP_TIMEOUT_SECONDS)
        expect(response.status_code in (200, 404), f"GET {href} answered {response.status_code}")
        return response.status_code == 200

    def put(self, href, vcard_text, **headers):
        """PUTs a card (HEADERS such as If-Match or If-None-Match); returns the status code."""
        response = self.session.put(urljoin(self.url, href), data=vcard_text.encode(), timeout=HTTP_TIMEOUT_SECONDS,
                                    headers={"Content-Type": "text/vcard; charset=utf-8", **headers})
        return response.status_code

    def replace_in_card(self, href, old, new):
        """Another client's edit: GET the card, replace OLD by NEW, PUT it back with If-Match."""
        response = self.get(href)
        expect(old in response.text, f"the stored card has no {old!r}")
        status = self.put(href, response.text.replace(old, new), **{"If-Match": response.headers["ETag"]})
        expect(status in (200, 204), f"PUT {href} with If-Match answered {status}")
