// CalDAV flows of Partage's interoperability suite, driven by tsdav 2.3.4 (node 20).
//
// usage: node flows.mjs ROOT_URL USER PASSWORD RUN_PREFIX
//
// Every check prints `PASS name` or `FAIL name: reason`; the last line is `N passed, M failed`.
// The exit status is 0 only when every check passed. Checks run in order and share one state
// object; a check whose prerequisite failed fails too, naming the missing step.
import { CheckFailed, describeResponse, expect, login, oneLine, pathOf, requireState, runSuite } from './checks.mjs';

function utcStamp(date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// An iCalendar object with CRLF line ends (RFC 5545 section 3.1).
function eventIcs(uid, summary, start) {
  const end = new Date(start.getTime() + 3600 * 1000);
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partage//interop tsdav flows//EN',
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${utcStamp(new Date())}`,
    `DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`, `SUMMARY:${summary}`,
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}

// Two events in the first week of May 2027, each one hour long.
const EVENTS = {
  first: { summary: 'tsdav planning', start: new Date(Date.UTC(2027, 4, 3, 10)) },
  second: { summary: 'tsdav review', start: new Date(Date.UTC(2027, 4, 4, 10)) },
};
const FREEBUSY_RANGE = { start: '2027-05-01T00:00:00Z', end: '2027-05-08T00:00:00Z' };

function parseUtcStamp(stamp) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) throw new CheckFailed(`${stamp} is not a UTC date-time`);
  return new Date(Date.UTC(m[1], m[2] - 1, m[3], m[4], m[5], m[6]));
}

// RFC 5545 section 3.3.9 lets a period end with a duration (start/PT1H): turn it into start/end.
function periodWithEnd(period) {
  const [start, end] = period.split('/');
  const duration = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(end);
  if (!duration) return period;
  const [weeks, days, hours, minutes, seconds] = duration.slice(1).map((n) => Number(n ?? 0));
  const millis = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
  return `${start}/${utcStamp(new Date(parseUtcStamp(start).getTime() + millis))}`;
}

// FREEBUSY periods with FBTYPE=BUSY (the default, RFC 5545 section 3.8.2.6) as "start/end" text.
function busyPeriods(icsText) {
  const lines = icsText.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const periods = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    if (name.toUpperCase() !== 'FREEBUSY') continue;
    const fbtype = params.find((p) => p.toUpperCase().startsWith('FBTYPE='));
    if (fbtype && fbtype.toUpperCase() !== 'FBTYPE=BUSY') continue;
    periods.push(...line.slice(colon + 1).split(',').map(periodWithEnd));
  }
  return periods.sort();
}

// ------------------------------------------------------------------------------------------------
// checks, in the order they run
// ------------------------------------------------------------------------------------------------

async function checkLogin(state) {
  state.client = await login(state, 'caldav');
}

async function checkMakeCalendar(state) {
  requireState(state, 'client');
  const url = new URL(`${state.prefix}-tsdav/`, state.client.account.homeUrl).href;
  const responses = await state.client.makeCalendar({
    url,
    props: {
      displayname: state.calendarName,
      'c:supported-calendar-component-set': { 'c:comp': { _attributes: { name: 'VEVENT' } } },
    },
  });
  const failed = responses.find((r) => !r.ok);
  expect(!failed, `MKCALENDAR ${url} answered ${failed && describeResponse(failed)}`);
  state.calendarUrl = url;
}

async function checkFetchCalendars(state) {
  requireState(state, 'calendarUrl');
  const calendars = await state.client.fetchCalendars();
  const calendar = calendars.find((c) => pathOf(c.url) === pathOf(state.calendarUrl));
  expect(calendar, `${state.calendarUrl} is not among ${calendars.map((c) => c.url).join(', ')}`);
  // Kept before its properties are checked: a wrong property fails this check alone.
  state.calendar = calendar;
  expect(calendar.displayName === state.calendarName, `displayName is ${JSON.stringify(calendar.displayName)}`);
  expect(JSON.stringify(calendar.components) === '["VEVENT"]', `components are ${JSON.stringify(calendar.components)}`);
}

async function checkCreateCalendarObjects(state) {
  requireState(state, 'calendar');
  state.objects = {};
  for (const [key, event] of Object.entries(EVENTS)) {
    const uid = `${state.prefix}-${key}@interop.partage`;
    const filename = `${state.prefix}-${key}.ics`;
    const response = await state.client.createCalendarObject({
      calendar: state.calendar,
      iCalString: eventIcs(uid, event.summary, event.start),
      filename,
    });
    expect(response.ok, `PUT ${filename} answered ${describeResponse(response)}`);
    state.objects[key] = { uid, url: new URL(filename, state.calendar.url).href };
  }
}

async function checkFetchCalendarObjects(state) {
  requireState(state, 'objects');
  const fetched = await state.client.fetchCalendarObjects({ calendar: state.calendar });
  expect(fetched.length === 2, `fetched ${fetched.length} objects, expected 2`);
  for (const object of Object.values(state.objects)) {
    const match = fetched.find((f) => pathOf(f.url) === pathOf(object.url));
    expect(match, `${object.url} was not fetched`);
    expect(match.etag, `${object.url} came without an etag`);
    expect(String(match.data).includes(`UID:${object.uid}`), `${object.url} came without its calendar-data`);
    object.fetched = match;
  }
}

async function checkCalendarMultiGet(state) {
  requireState(state, 'objects');
  const objectUrls = Object.values(state.objects).map((o) => new URL(o.url).pathname);
  const responses = await state.client.calendarMultiGet({
    url: state.calendar.url,
    props: { 'd:getetag': {}, 'c:calendar-data': {} },
    objectUrls,
    depth: '1',
  });
  expect(responses.length === 2, `got ${responses.length} responses for 2 hrefs`);
  for (const object of Object.values(state.objects)) {
    const response = responses.find((r) => pathOf(r.href, state.calendar.url) === pathOf(object.url));
    expect(response?.ok, `no 200 response for ${object.url}`);
    const data = response.props?.calendarData?._cdata ?? response.props?.calendarData;
    expect(String(data).includes(`UID:${object.uid}`), `${object.url} came without its calendar-data`);
  }
}

async function syncCollection(state, syncToken) {
  const responses = await state.client.syncCollection({
    url: state.calendar.url,
    props: { 'd:getetag': {} },
    syncLevel: 1,
    syncToken,
  });
  const failed = responses.find((r) => !r.ok && r.status !== 404);
  expect(!failed, `sync-collection answered ${failed && describeResponse(failed)}`);
  // tsdav keeps the multistatus-level DAV:sync-token only on each response's raw body.
  const newToken = responses[0]?.raw?.multistatus?.syncToken;
  const hrefs = responses.filter((r) => r.href).map((r) => pathOf(r.href, state.calendar.url));
  return { hrefs: hrefs.sort(), newToken };
}

async function checkSyncInitial(state) {
  // RFC 6578 section 3.2: an empty DAV:sync-token asks for every member.
  requireState(state, 'objects');
  const { hrefs, newToken } = await syncCollection(state, '');
  const expected = Object.values(state.objects).map((o) => pathOf(o.url)).sort();
  expect(JSON.stringify(hrefs) === JSON.stringify(expected), `listed ${hrefs.join(', ')}, expected ${expected.join(', ')}`);
  expect(newToken, 'no DAV:sync-token in the answer');
  state.syncToken = String(newToken);
}

async function checkCtagStable(state) {
  requireState(state, 'objects');
  const { newCtag } = await state.client.isCollectionDirty({ collection: state.calendar });
  expect(newCtag, 'the calendar has no CS:getctag');
  state.calendar = { ...state.calendar, ctag: newCtag };
  const { isDirty } = await state.client.isCollectionDirty({ collection: state.calendar });
  expect(!isDirty, 'the ctag changed although nothing did');
}

async function checkUpdateWithEtag(state) {
  requireState(state, 'objects');
  const object = state.objects.first;
  requireState(object, 'fetched');
  const response = await state.client.updateCalendarObject({
    calendarObject: { ...object.fetched, data: object.fetched.data.replace('SUMMARY:tsdav planning', 'SUMMARY:tsdav planning (moved room)') },
  });
  expect(response.ok, `PUT with If-Match ${object.fetched.etag} answered ${describeResponse(response)}`);
  const [reread] = await state.client.fetchCalendarObjects({ calendar: state.calendar, objectUrls: [object.url] });
  expect(String(reread?.data).includes('SUMMARY:tsdav planning (moved room)'), 'the new SUMMARY does not read back');
  expect(reread.etag !== object.fetched.etag, 'the etag did not change with the content');
  state.staleEtag = object.fetched.etag;
  object.fetched = reread;
}

async function checkUpdateWithStaleEtag(state) {
  // RFC 7232 section 3.1: If-Match with an etag the resource no longer has fails with 412.
  requireState(state, 'staleEtag');
  const object = state.objects.first;
  const response = await state.client.updateCalendarObject({
    calendarObject: { ...object.fetched, etag: state.staleEtag, data: object.fetched.data.replace('moved room', 'lost update') },
  });
  expect(response.status === 412, `PUT with a stale If-Match answered ${describeResponse(response)}, expected 412`);
}

async function checkSyncAfterChange(state) {
  // RFC 6578 section 3.5: after a token, only the member changed since then is reported.
  requireState(state, 'syncToken', 'staleEtag');
  const { hrefs, newToken } = await syncCollection(state, state.syncToken);
  const expected = [pathOf(state.objects.first.url)];
  expect(JSON.stringify(hrefs) === JSON.stringify(expected), `reported ${hrefs.join(', ') || 'nothing'}, expected ${expected}`);
  expect(newToken && String(newToken) !== state.syncToken, 'the sync-token did not move on');
}

async function checkCtagAfterChange(state) {
  requireState(state, 'staleEtag');
  const { isDirty } = await state.client.isCollectionDirty({ collection: state.calendar });
  expect(isDirty, 'isCollectionDirty says clean after an update');
}

async function checkFreeBusyQuery(state) {
  // RFC 4791 section 7.10: the answer is a VFREEBUSY (text/calendar), not a multistatus.
  requireState(state, 'objects');
  const response = await state.client.freeBusyQuery({ url: state.calendar.url, timeRange: FREEBUSY_RANGE, depth: '1' });
  expect(response.ok, `free-busy-query answered ${describeResponse(response)}`);
  const text = typeof response.raw === 'string' ? response.raw : JSON.stringify(response.raw);
  expect(text.includes('BEGIN:VFREEBUSY'), `the answer is not a VFREEBUSY: ${text.slice(0, 200)}`);
  const busy = busyPeriods(text);
  const expected = Object.values(EVENTS)
    .map((e) => `${utcStamp(e.start)}/${utcStamp(new Date(e.start.getTime() + 3600 * 1000))}`).sort();
  expect(JSON.stringify(busy) === JSON.stringify(expected), `busy ${busy.join(', ') || 'nothing'}, expected ${expected.join(', ')}`);
}

async function checkDeleteCalendarObject(state) {
  requireState(state, 'objects');
  const object = state.objects.second;
  requireState(object, 'fetched');
  const response = await state.client.deleteCalendarObject({ calendarObject: object.fetched });
  expect(response.ok, `DELETE with If-Match answered ${describeResponse(response)}`);
  const remaining = await state.client.fetchCalendarObjects({ calendar: state.calendar });
  expect(remaining.every((r) => pathOf(r.url) !== pathOf(object.url)), `${object.url} is still listed`);
}

const CHECKS = [
  ['login (discovery from the root URL)', checkLogin],
  ['makeCalendar', checkMakeCalendar],
  ['fetchCalendars lists the new calendar', checkFetchCalendars],
  ['createCalendarObject x2', checkCreateCalendarObjects],
  ['fetchCalendarObjects', checkFetchCalendarObjects],
  ['calendarMultiGet of 2 objects', checkCalendarMultiGet],
  ['syncCollection initial', checkSyncInitial],
  ['ctag stable without changes', checkCtagStable],
  ['updateCalendarObject with the current etag', checkUpdateWithEtag],
  ['updateCalendarObject with a stale etag gives 412', checkUpdateWithStaleEtag],
  ['syncCollection after a change', checkSyncAfterChange],
  ['isCollectionDirty after a change', checkCtagAfterChange],
  ['freeBusyQuery busy periods', checkFreeBusyQuery],
  ['deleteCalendarObject', checkDeleteCalendarObject],
];

// Reruns use a new prefix, so this only keeps the demo account's home tidy.
async function removeCalendar(state) {
  if (!state.calendarUrl) return;
  try {
    await state.client.deleteObject({ url: state.calendarUrl });
  } catch (error) {
    console.error(`could not delete ${state.calendarUrl}: ${oneLine(error)}`);
  }
}

async function main(argv) {
  if (argv.length !== 4) {
    console.error('usage: node flows.mjs ROOT_URL USER PASSWORD RUN_PREFIX');
    return 2;
  }
  const [rootUrl, user, password, prefix] = argv;
  const state = { rootUrl, user, password, prefix, calendarName: `${prefix} tsdav` };
  return runSuite(state, CHECKS, removeCalendar);
}

process.exitCode = await main(process.argv.slice(2));
