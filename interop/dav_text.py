"""Text helpers every flow script shares: hrefs compared as decoded paths, and the content lines
of iCalendar (RFC 5545) and vCard (RFC 6350) objects, which fold and name properties alike."""
from urllib.parse import unquote, urlparse


def path_of(url):
    """Servers may answer with absolute URLs or paths, quoted or not: compare decoded paths."""
    return unquote(urlparse(str(url)).path)


def collection_id(url):
    """The last segment of a collection's path: the name vdirsyncer, todoman and khard know it by."""
    return path_of(url).rstrip("/").rsplit("/", 1)[-1]


def unfolded_lines(text):
    """Content lines with folding undone (RFC 5545 section 3.1, RFC 6350 section 3.2)."""
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").split("\n")


def property_values(text, name):
    """Values of every property NAME, parameters dropped, and in a vCard its group too
    (RFC 6350 section 3.3: `item1.EMAIL` is an EMAIL)."""
    values = []
    for line in unfolded_lines(text):
        head, _, value = line.partition(":")
        if head.split(";")[0].rsplit(".", 1)[-1].upper() == name:
            values.append(value)
    return values
