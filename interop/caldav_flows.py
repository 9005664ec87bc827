#!/usr/bin/python3
"""CalDAV flows of Partage's interoperability suite, driven by Debian's python3-caldav 0.11.

usage: /usr/bin/python3 caldav_flows.py ROOT_URL USER PASSWORD RUN_PREFIX

Every check prints `PASS name` or `FAIL name: reason`; the last line is `N passed, M failed`.
The exit status is 0 only when every check passed. Checks run in order and share one FlowState;
a check whose prerequisite failed fails too, naming the missing step, instead of crashing.
Run it with /usr/bin/python3: the first python3 on PATH may not see Debian's packages.
"""
import sys
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

import caldav
import requests
from caldav.lib import error as caldav_error

from check_runner import CheckFailed, Prerequisites, expect, run_suite
from dav_text import path_of, property_values, unfolded_lines

UTC = timezone.utc

# A weekly series on Mondays in March 2027: 1, 8, 15, 22, 29 at 09:00Z. The 15th is an EXDATE and
# the 22nd is moved to Tuesday 23rd 14:00Z, so the range 7..26 March holds exactly two instances.
SERIES_START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
EXCLUDED = datetime(2027, 3, 15, 9, 0, tzinfo=UTC)
OVERRIDDEN = datetime(2027, 3, 22, 9, 0, tzinfo=UTC)
OVERRIDE_START = datetime(2027, 3, 23, 14, 0, tzinfo=UTC)
EXPAND_RANGE = (datetime(2027, 3, 7, tzinfo=UTC), datetime(2027, 3, 26, tzinfo=UTC))
FREEBUSY_RANGE = (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC))
HOUR = timedelta(hours=1)


@dataclass
class FlowState(Prerequisites):
    """What earlier checks found or created, for the checks after them."""

    root_url: str
    user: str
    password: str
    prefix: str
    client: caldav.DAVClient = None
    principal: caldav.Principal = None
    events_calendar: caldav.Calendar = None
    mixed_calendar: caldav.Calendar = None
    kickoff: caldav.Event = None
    scratch: caldav.Event = None
    series_uid: str = None
    todo_uid: str = None
    sync_token: str = None
    created_collections: list = field(default_factory=list)


def ics(*component_lines):
    """An iCalendar object with CRLF line ends (RFC 5545 section 3.1)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//interop caldav_flows//EN"]
    lines += component_lines
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def utc_stamp(moment):
    return moment.strftime("%Y%m%dT%H%M%SZ")


def parse_utc(value):
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def parse_duration(value):
    """The subset of RFC 5545 DURATION that servers use for free/busy periods (PT1H, P1DT2H...)."""
    sign = -1 if value.startswith("-") else 1
    days = hours = minutes = seconds = 0
    number = ""
    in_time = False
    for char in value.lstrip("+-").lstrip("P"):
        if char == "T":
            in_time = True
        elif char.isdigit():
            number += char
        else:
            amount, number = int(number), ""
            if char == "W":
                days += 7 * amount
            elif char == "D":
                days += amount
            elif char == "H" and in_time:
                hours += amount
            elif char == "M" and in_time:
                minutes += amount
            elif char == "S" and in_time:
                seconds += amount
    return sign * timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def period_text(periods):
    return ", ".join(f"{utc_stamp(start)}/{utc_stamp(end)}" for start, end in sorted(periods))


def busy_periods(freebusy_text):
    """(start, end) pairs of the FREEBUSY properties whose FBTYPE is BUSY (RFC 5545 3.8.2.6)."""
    periods = set()
    for line in unfolded_lines(freebusy_text):
        head, _, value = line.partition(":")
        parts = head.split(";")
        if parts[0].upper() != "FREEBUSY":
            continue
        params = {p.split("=")[0].upper(): p.split("=", 1)[1].upper() for p in parts[1:] if "=" in p}
        if params.get("FBTYPE", "BUSY") != "BUSY":
            continue
        for period in value.split(","):
            start_text, end_text = period.split("/")
            start = parse_utc(start_text)
            end = start + parse_duration(end_text) if end_text.startswith(("P", "+P", "-P")) else parse_utc(end_text)
            periods.add((start, end))
    return periods


def instances_of(resources):
    """(RECURRENCE-ID, DTSTART, SUMMARY), UTC stamps and text, of every VEVENT in the given calendar object resources."""
    found = []
    for resource in resources:
        for event in resource.icalendar_instance.walk("VEVENT"):
            recurrence_id = event.get("RECURRENCE-ID")
            if isinstance(recurrence_id, list):
                # python3-caldav 0.11's client-side expansion (used when a server does not expand)
                # adds a second RECURRENCE-ID to an override; the first one is the original.
                recurrence_id = recurrence_id[0]
            found.append((
                utc_stamp(recurrence_id.dt.astimezone(UTC)) if recurrence_id else None,
                utc_stamp(event.decoded("DTSTART").astimezone(UTC)),
                str(event.get("SUMMARY")),
            ))
    return sorted(found, key=lambda item: item[1])


# ----------------------------------------------------------------------------------------------
# checks, in the order they run
# ----------------------------------------------------------------------------------------------

def resolve_dav_root(state):
    """RFC 6764 section 5: /.well-known/caldav redirects to the DAV context path.

    python3-caldav 0.11 does no well-known look-up of its own and asks the URL it is given for
    current-user-principal, so the redirect is followed here, as a calendar app would on setup."""
    well_known = urljoin(state.root_url, "/.well-known/caldav")
    response = requests.request("PROPFIND", well_known, auth=(state.user, state.password),
                                headers={"Depth": "0"}, allow_redirects=False, timeout=30)
    expect(300 <= response.status_code < 400 and response.headers.get("Location"),
           f"PROPFIND {well_known} answered {response.status_code} without a redirect")
    return urljoin(well_known, response.headers["Location"])


def check_discovery(state):
    dav_root = resolve_dav_root(state)
    state.client = caldav.DAVClient(url=dav_root, username=state.user, password=state.password)
    principal = state.client.principal()
    expect(principal.url is not None, f"no current-user-principal under {dav_root}")
    home = principal.calendar_home_set
    expect(home is not None and home.url is not None, f"principal {principal.url} has no calendar-home-set")
    principal.calendars()
    state.principal = principal


def make_calendar(state, suffix, components, attribute):
    """Creates the calendar and keeps it in state before checking its properties, so that a wrong
    property fails this check alone and the checks after it still run."""
    state.require("principal")
    name = f"{state.prefix} {suffix}"
    calendar = state.principal.make_calendar(name=name, cal_id=f"{state.prefix}-{suffix}",
                                             supported_calendar_component_set=components)
    state.created_collections.append(calendar)
    setattr(state, attribute, calendar)
    expect(sorted(calendar.get_supported_components()) == sorted(components),
           f"supported-calendar-component-set is {calendar.get_supported_components()}, not {components}")
    expect(calendar.get_display_name() == name,
           f"displayname is {calendar.get_display_name()!r}, not {name!r}")


def check_make_events_calendar(state):
    make_calendar(state, "events", ["VEVENT"], "events_calendar")


def check_make_mixed_calendar(state):
    make_calendar(state, "mixed", ["VEVENT", "VTODO"], "mixed_calendar")


def check_calendars_listed(state):
    state.require("events_calendar", "mixed_calendar")
    listed = {path_of(calendar.url) for calendar in state.principal.calendars()}
    for calendar in (state.events_calendar, state.mixed_calendar):
        expect(path_of(calendar.url) in listed, f"{calendar.url} missing from the calendar home listing")


def save_single_event(calendar, summary, start):
    uid = f"{uuid.uuid4()}@interop.partage"
    event = calendar.save_event(ics(
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utc_stamp(datetime.now(UTC))}",
        f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(start + HOUR)}", f"SUMMARY:{summary}",
        "END:VEVENT"))
    expect(calendar.event_by_uid(uid) is not None, f"event {uid} not found after saving it")
    return event


def check_save_event(state):
    state.require("events_calendar")
    # Both lie after the March range used by the expand and free/busy checks.
    state.kickoff = save_single_event(state.events_calendar, "Partage kickoff", datetime(2027, 4, 5, 10, tzinfo=UTC))
    state.scratch = save_single_event(state.events_calendar, "Scratch slot", datetime(2027, 4, 6, 10, tzinfo=UTC))


def check_save_recurring_event(state):
    state.require("events_calendar")
    uid = f"{uuid.uuid4()}@interop.partage"
    stamp = utc_stamp(datetime.now(UTC))
    state.events_calendar.save_event(ics(
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART:{utc_stamp(SERIES_START)}",
        f"DTEND:{utc_stamp(SERIES_START + HOUR)}", "RRULE:FREQ=WEEKLY;COUNT=5",
        f"EXDATE:{utc_stamp(EXCLUDED)}", "SUMMARY:Weekly sync", "END:VEVENT",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"RECURRENCE-ID:{utc_stamp(OVERRIDDEN)}",
        f"DTSTART:{utc_stamp(OVERRIDE_START)}", f"DTEND:{utc_stamp(OVERRIDE_START + HOUR)}",
        "SUMMARY:Weekly sync (moved)", "END:VEVENT"))
    stored = state.events_calendar.event_by_uid(uid)
    expect(len(instances_of([stored])) == 2, "the stored resource lost its master or its override")
    state.series_uid = uid


def todo_ics(uid):
    return ics("BEGIN:VTODO", f"UID:{uid}", f"DTSTAMP:{utc_stamp(datetime.now(UTC))}",
               "SUMMARY:Book the room", "STATUS:NEEDS-ACTION", "END:VTODO")


def check_save_todo(state):
    state.require("mixed_calendar")
    uid = f"{uuid.uuid4()}@interop.partage"
    state.mixed_calendar.save_todo(todo_ics(uid))
    uids = [str(todo.icalendar_component.get("UID")) for todo in state.mixed_calendar.todos()]
    expect(uid in uids, f"todos() returned {uids}, without {uid}")
    state.todo_uid = uid


def check_events_calendar_refuses_todo(state):
    """RFC 4791 section 5.3.2.1: CALDAV:supported-calendar-component precondition on PUT."""
    state.require("events_calendar")
    try:
        stray = state.events_calendar.save_todo(todo_ics(f"{uuid.uuid4()}@interop.partage"))
    except (caldav_error.PutError, caldav_error.DAVError):
        return
    stray.delete()
    raise CheckFailed("a VEVENT-only calendar accepted a VTODO")


EXPECTED_INSTANCES = [
    (utc_stamp(SERIES_START + timedelta(weeks=1)), utc_stamp(SERIES_START + timedelta(weeks=1)), "Weekly sync"),
    (utc_stamp(OVERRIDDEN), utc_stamp(OVERRIDE_START), "Weekly sync (moved)"),
]


def check_date_search_expand(state):
    state.require("events_calendar", "series_uid")
    found = state.events_calendar.date_search(*EXPAND_RANGE, expand=True)
    instances = instances_of(found)
    expect(instances == EXPECTED_INSTANCES, f"got instances {instances}, expected {EXPECTED_INSTANCES}")


def check_server_side_expand(state):
    """RFC 4791 section 9.6.5: with CALDAV:expand the server sends instances without RRULE/EXDATE.

    python3-caldav quietly expands on the client when a server does not, so this check sends the
    query built by the library as raw XML, which the library passes through unexpanded."""
    state.require("events_calendar", "series_uid")
    query, _ = state.events_calendar.build_search_xml_query(
        event=True, start=EXPAND_RANGE[0], end=EXPAND_RANGE[1], expand=True)
    found = state.events_calendar.search(xml=query)
    leftover = [name for resource in found for name in ("RRULE", "EXDATE", "RDATE")
                if property_values(resource.data, name)]
    expect(not leftover, f"the server left {leftover} in expanded data")
    instances = instances_of(found)
    expect(instances == EXPECTED_INSTANCES, f"got instances {instances}, expected {EXPECTED_INSTANCES}")


def check_text_match_search(state):
    """RFC 4791 section 9.7.5: text-match is a substring match. python3-caldav 0.11 asks for the
    i;octet collation, which is case-sensitive: "kickoff" matches and "KickOff" does not."""
    state.require("events_calendar", "kickoff")
    found = state.events_calendar.search(event=True, summary="kickoff")
    paths = [path_of(resource.url) for resource in found]
    expect(paths == [path_of(state.kickoff.url)], f"summary 'kickoff' matched {paths}")
    wrong_case = state.events_calendar.search(event=True, summary="KickOff")
    expect(wrong_case == [], "i;octet matched 'KickOff' against 'Partage kickoff'")


def check_caseless_text_match(state):
    """RFC 4791 section 9.7.5: without a collation, i;ascii-casemap applies: case is ignored."""
    state.require("events_calendar", "kickoff")
    query = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:prop-filter name="SUMMARY"><C:text-match>KickOff</C:text-match></C:prop-filter>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""
    found = state.events_calendar.search(xml=query)
    paths = [path_of(resource.url) for resource in found]
    expect(paths == [path_of(state.kickoff.url)], f"caseless 'KickOff' matched {paths}")


def check_freebusy(state):
    """RFC 4791 section 7.10: busy time of the March series, EXDATE left out, override moved."""
    state.require("events_calendar", "series_uid")
    reply = state.events_calendar.freebusy_request(*FREEBUSY_RANGE)
    expect("BEGIN:VFREEBUSY" in reply.data, f"the answer is not a VFREEBUSY: {reply.data[:200]}")
    busy = busy_periods(reply.data)
    starts = [SERIES_START, SERIES_START + timedelta(weeks=1), OVERRIDE_START, SERIES_START + timedelta(weeks=4)]
    expected = {(start, start + HOUR) for start in starts}
    expect(busy == expected, f"busy periods [{period_text(busy)}], expected [{period_text(expected)}]")


def check_sync_initial(state):
    """RFC 6578 section 3.2: an empty sync-token lists every member."""
    state.require("events_calendar", "kickoff", "scratch", "series_uid")
    listing = state.events_calendar.objects_by_sync_token()
    expect(listing.sync_token, "no sync-token in the sync-collection answer")
    paths = {path_of(resource.url) for resource in listing}
    series_path = path_of(state.events_calendar.event_by_uid(state.series_uid).url)
    expected = {path_of(state.kickoff.url), path_of(state.scratch.url), series_path}
    expect(paths == expected, f"initial listing {sorted(paths)}, expected {sorted(expected)}")
    state.sync_token = listing.sync_token


def check_edit_event(state):
    state.require("events_calendar", "kickoff")
    state.kickoff.icalendar_component["SUMMARY"] = "Partage kickoff (room 2)"
    state.kickoff.save()
    reread = state.events_calendar.event_by_uid(str(state.kickoff.icalendar_component["UID"]))
    summary = str(reread.icalendar_component.get("SUMMARY"))
    expect(summary == "Partage kickoff (room 2)", f"SUMMARY reads back as {summary!r}")


def check_delete_event(state):
    state.require("events_calendar", "scratch")
    uid = str(state.scratch.icalendar_component["UID"])
    state.scratch.delete()
    try:
        state.events_calendar.event_by_uid(uid)
    except caldav_error.NotFoundError:
        return
    raise CheckFailed(f"event {uid} is still found after DELETE")


def check_sync_changes(state):
    """RFC 6578 section 3.5: after a token, only the edited and the deleted member are reported."""
    state.require("events_calendar", "sync_token", "kickoff", "scratch")
    changes = state.events_calendar.objects_by_sync_token(sync_token=state.sync_token)
    paths = {path_of(resource.url) for resource in changes}
    expected = {path_of(state.kickoff.url), path_of(state.scratch.url)}
    expect(paths == expected, f"changes {sorted(paths)}, expected {sorted(expected)}")
    expect(changes.sync_token and changes.sync_token != state.sync_token, "the sync-token did not move on")


def check_delete_calendars(state):
    state.require("events_calendar", "mixed_calendar")
    for calendar in (state.events_calendar, state.mixed_calendar):
        calendar.delete()
        state.created_collections.remove(calendar)
    listed = {path_of(calendar.url) for calendar in state.principal.calendars()}
    for calendar in (state.events_calendar, state.mixed_calendar):
        expect(path_of(calendar.url) not in listed, f"{calendar.url} still listed after DELETE")


CHECKS = [
    ("discovery from the root URL", check_discovery),
    ("make_calendar [VEVENT]", check_make_events_calendar),
    ("make_calendar [VEVENT, VTODO]", check_make_mixed_calendar),
    ("calendars listed in the home", check_calendars_listed),
    ("save_event", check_save_event),
    ("save recurring event with EXDATE and override", check_save_recurring_event),
    ("save_todo", check_save_todo),
    ("date_search expand=True returns the exact instances", check_date_search_expand),
    ("server-side CALDAV:expand", check_server_side_expand),
    ("text-match search on SUMMARY (i;octet)", check_text_match_search),
    ("text-match without collation ignores case", check_caseless_text_match),
    ("freebusy_request busy periods", check_freebusy),
    ("sync token: initial listing", check_sync_initial),
    ("edit event SUMMARY", check_edit_event),
    ("delete event", check_delete_event),
    ("sync token: only the edit and the delete", check_sync_changes),
    ("VEVENT-only calendar refuses a VTODO", check_events_calendar_refuses_todo),
    ("delete calendars", check_delete_calendars),
]


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    root_url, user, password, prefix = argv[1:]
    state = FlowState(root_url=root_url, user=user, password=password, prefix=prefix)
    return run_suite(state, CHECKS)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
