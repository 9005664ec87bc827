// tsdav as a sharee (issue 5): gilles shares a calendar with a CS:share POST (what macOS Calendar
// sends); the sharee's app, logging in from the root URL alone, finds it among their own
// calendars without doing anything, writes in it, and the owner reads the change.
//   node sharee.mjs ROOT_URL OWNER OWNER_PASSWORD SHAREE SHAREE_PASSWORD RUN_PREFIX
import { describeResponse, expect, login, oneLine, pathOf, requireState, runSuite } from './checks.mjs';

const EVENT_UID = () => `sharee-${Date.now()}@partage.interop`;

function event(uid) {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partage interop//tsdav sharee//EN',
    'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261201T080000Z', 'DTSTART:20261203T090000Z',
    'DTEND:20261203T100000Z', 'SUMMARY:Written by the sharee', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
}

async function checkOwnerMakesACalendar(state) {
  state.owner = await login(state.ownerAccount, 'caldav');
  const url = new URL(`${state.prefix}-shared/`, state.owner.account.homeUrl).href;
  const responses = await state.owner.makeCalendar({ url, props: { displayname: state.calendarName } });
  const failed = responses.find((r) => !r.ok);
  expect(!failed, `MKCALENDAR ${url} answered ${failed && describeResponse(failed)}`);
  state.calendarUrl = url;
}

async function checkOwnerSharesByCsShare(state) {
  requireState(state, 'calendarUrl');
  const { user, password } = state.ownerAccount;
  const response = await fetch(state.calendarUrl, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'Content-Type': 'application/xml; charset=utf-8',
    },
    body: '<?xml version="1.0" encoding="utf-8"?>'
      + '<CS:share xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/"><CS:set>'
      + `<D:href>mailto:${state.shareeAccount.user}</D:href><CS:read-write/></CS:set></CS:share>`,
  });
  expect(response.ok, `POST CS:share answered ${describeResponse(response)}: ${await response.text()}`);
  state.shared = true;
}

async function checkShareeFindsItAmongTheirCalendars(state) {
  requireState(state, 'shared');
  state.sharee = await login(state.shareeAccount, 'caldav');
  const calendars = await state.sharee.fetchCalendars();
  const shared = calendars.find((c) => String(c.displayName ?? '').startsWith(`${state.calendarName} (`));
  expect(shared, `no "${state.calendarName} (Owner)" among ${calendars.map((c) => c.displayName).join(', ')}`);
  expect(pathOf(shared.url).startsWith(pathOf(state.sharee.account.homeUrl)),
    `${shared.url} is not in the sharee's own home ${state.sharee.account.homeUrl}`);
  state.sharedCalendar = shared;
}

async function checkShareeWritesAndOwnerReads(state) {
  requireState(state, 'sharedCalendar');
  const uid = EVENT_UID();
  const created = await state.sharee.createCalendarObject({
    calendar: state.sharedCalendar, filename: `${uid}.ics`, iCalString: event(uid),
  });
  expect(created.ok, `the sharee's PUT answered ${describeResponse(created)}`);
  const objects = await state.owner.fetchCalendarObjects({ calendar: { url: state.calendarUrl } });
  expect(objects.some((o) => String(o.data ?? '').includes(`UID:${uid}`)),
    `the owner's calendar does not hold ${uid}: ${objects.length} objects`);
}

const CHECKS = [
  ['owner makes a calendar', checkOwnerMakesACalendar],
  ['owner shares it read-write by POST CS:share', checkOwnerSharesByCsShare],
  ['sharee finds it among their calendars, in their own home', checkShareeFindsItAmongTheirCalendars],
  ['sharee writes an event, the owner reads it', checkShareeWritesAndOwnerReads],
];

async function removeCalendar(state) {
  if (!state.calendarUrl) return;
  try {
    await state.owner.deleteObject({ url: state.calendarUrl });
  } catch (error) {
    console.error(`could not delete ${state.calendarUrl}: ${oneLine(error)}`);
  }
}

async function main(argv) {
  if (argv.length !== 6) {
    console.error('usage: node sharee.mjs ROOT_URL OWNER OWNER_PASSWORD SHAREE SHAREE_PASSWORD RUN_PREFIX');
    return 2;
  }
  const [rootUrl, owner, ownerPassword, sharee, shareePassword, prefix] = argv;
  const state = {
    prefix,
    calendarName: `${prefix} team`,
    ownerAccount: { rootUrl, user: owner, password: ownerPassword },
    shareeAccount: { rootUrl, user: sharee, password: shareePassword },
  };
  return runSuite(state, CHECKS, removeCalendar);
}

process.exitCode = await main(process.argv.slice(2));
