// What every tsdav script of Partage's interoperability suite shares: the check runner and its
// result lines (`PASS name` or `FAIL name: reason`, then `N passed, M failed`, as check_runner.py
// prints them), and the discovery of an account from the root URL alone.
import { DAVClient } from 'tsdav';

export class CheckFailed extends Error {}

export function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

export function requireState(state, ...names) {
  const missing = names.filter((name) => state[name] == null);
  if (missing.length) throw new CheckFailed(`an earlier step did not provide ${missing.join(', ')}`);
}

// Servers answer with absolute URLs or paths, quoted or not: compare decoded paths.
export function pathOf(href, base) {
  return decodeURIComponent(new URL(href, base).pathname);
}

export function describeResponse(response) {
  return `${response.status} ${response.statusText ?? ''}`.trim();
}

export function oneLine(error) {
  const text = error instanceof CheckFailed ? error.message : `${error.name}: ${error.message}`;
  return text.replace(/\s+/g, ' ').slice(0, 400);
}

// tsdav's login follows /.well-known/caldav or /.well-known/carddav (RFC 6764), then
// current-user-principal and the calendar or address book home: the discovery an app performs
// from the root URL alone. accountType is 'caldav' or 'carddav'.
export async function login({ rootUrl, user, password }, accountType) {
  const client = new DAVClient({
    serverUrl: rootUrl,
    credentials: { username: user, password },
    authMethod: 'Basic',
    defaultAccountType: accountType,
  });
  await client.login();
  expect(client.account?.principalUrl, 'no principal URL was discovered');
  expect(client.account?.homeUrl, `no ${accountType === 'carddav' ? 'addressbook' : 'calendar'}-home-set was discovered`);
  return client;
}

// Runs the [name, check] pairs in order on one shared state; a check whose prerequisite failed
// fails too, naming the missing step. A thrown error fails its check, not the run.
export async function runChecks(state, checks) {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check(state);
      passed += 1;
      console.log(`PASS ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${oneLine(error)}`);
      if (!(error instanceof CheckFailed)) console.error(error);
    }
  }
  return { passed, failed };
}

// Runs the checks, then CLEANUP (which must not throw), prints the totals and returns the exit
// status: 0 only when every check passed.
export async function runSuite(state, checks, cleanup) {
  const { passed, failed } = await runChecks(state, checks);
  await cleanup(state);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
