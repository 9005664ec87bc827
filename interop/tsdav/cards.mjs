// CardDAV flow of Partage's interoperability suite (RFC 6352), driven by tsdav 2.3.4 (node 20).
//
// usage: node cards.mjs ROOT_URL USER PASSWORD RUN_PREFIX
//
// Output and exit status as flows.mjs: `PASS name` or `FAIL name: reason` per check, then
// `N passed, M failed`; 0 only when every check passed.
import { describeResponse, expect, login, oneLine, pathOf, requireState, runSuite } from './checks.mjs';
import { multiGetAs, propertyValues, vCard4 } from './vcards.mjs';

const CONTACTS = {
  hopper: { fn: 'Grace Hopper', properties: ['N:Hopper;Grace;;;', 'EMAIL;TYPE=work:grace@navy.example', 'NOTE:compiler pioneer'] },
  turing: { fn: 'Alan Turing', properties: ['N:Turing;Alan;;;', 'TEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0000'] },
};
const EDITED_NOTE = 'compiler pioneer and rear admiral';

async function checkLogin(state) {
  state.client = await login(state, 'carddav');
}

async function checkMakeAddressBook(state) {
  // tsdav has no MKCOL helper: its davRequest sends an extended MKCOL (RFC 5689 section 5.1) that
  // sets the resource type to an address book (RFC 6352 section 6.3.1).
  requireState(state, 'client');
  const url = new URL(`${state.prefix}-tsdav-cards/`, state.client.account.homeUrl).href;
  const [response] = await state.client.davRequest({
    url,
    init: {
      method: 'MKCOL',
      namespace: 'd',
      body: {
        mkcol: {
          _attributes: { 'xmlns:d': 'DAV:', 'xmlns:card': 'urn:ietf:params:xml:ns:carddav' },
          set: { prop: { resourcetype: { collection: {}, 'card:addressbook': {} }, displayname: state.bookName } },
        },
      },
    },
  });
  expect(response.status === 201, `extended MKCOL ${url} answered ${describeResponse(response)}, expected 201`);
  state.bookUrl = url;
}

async function checkFetchAddressBooks(state) {
  requireState(state, 'bookUrl');
  const books = await state.client.fetchAddressBooks();
  const book = books.find((b) => pathOf(b.url) === pathOf(state.bookUrl));
  expect(book, `${state.bookUrl} is not among ${books.map((b) => b.url).join(', ')}`);
  // Kept before its properties are checked: a wrong property fails this check alone.
  state.book = book;
  expect(book.displayName === state.bookName, `displayName is ${JSON.stringify(book.displayName)}`);
}

async function checkCreateVCards(state) {
  requireState(state, 'book');
  state.cards = {};
  for (const [key, contact] of Object.entries(CONTACTS)) {
    const uid = `${state.prefix}-${key}@interop.partage`;
    const filename = `${state.prefix}-${key}.vcf`;
    const response = await state.client.createVCard({
      addressBook: state.book,
      vCardString: vCard4(uid, contact.fn, ...contact.properties),
      filename,
    });
    expect(response.status === 201, `PUT ${filename} answered ${describeResponse(response)}, expected 201`);
    state.cards[key] = { uid, url: new URL(filename, state.book.url).href };
  }
}

async function checkFetchVCards(state) {
  requireState(state, 'cards');
  const fetched = await state.client.fetchVCards({ addressBook: state.book });
  expect(fetched.length === 2, `fetched ${fetched.length} cards, expected 2`);
  for (const card of Object.values(state.cards)) {
    const match = fetched.find((f) => pathOf(f.url) === pathOf(card.url));
    expect(match, `${card.url} was not fetched`);
    expect(match.etag, `${card.url} came without an etag`);
    expect(propertyValues(match.data, 'UID').includes(card.uid), `${card.url} came without its address-data`);
    card.fetched = match;
  }
}

async function checkQueryOnFn(state) {
  // RFC 6352 section 8.6: a prop-filter on FN with a case-insensitive "contains" text-match
  // (i;unicode-casemap, section 8.3) selects Grace Hopper's card alone.
  requireState(state, 'cards');
  const responses = await state.client.addressBookQuery({
    url: state.book.url,
    props: { 'd:getetag': {}, 'card:address-data': {} },
    filters: {
      'prop-filter': {
        _attributes: { name: 'FN' },
        'text-match': { _attributes: { collation: 'i;unicode-casemap', 'match-type': 'contains' }, _text: 'hopper' },
      },
    },
    depth: '1',
  });
  const failed = responses.find((r) => !r.ok);
  expect(!failed, `addressbook-query answered ${failed && describeResponse(failed)}`);
  const hrefs = responses.map((r) => pathOf(r.href, state.book.url));
  expect(JSON.stringify(hrefs) === JSON.stringify([pathOf(state.cards.hopper.url)]),
    `matched ${hrefs.join(', ') || 'nothing'}, expected ${pathOf(state.cards.hopper.url)}`);
}

async function checkUpdateWithEtag(state) {
  requireState(state, 'cards');
  const card = state.cards.hopper;
  requireState(card, 'fetched');
  const response = await state.client.updateVCard({
    vCard: { ...card.fetched, data: card.fetched.data.replace('NOTE:compiler pioneer', `NOTE:${EDITED_NOTE}`) },
  });
  expect(response.ok, `PUT with If-Match ${card.fetched.etag} answered ${describeResponse(response)}`);
  const reread = (await multiGetAs(state.client, state.book.url, [card.url], '4.0')).get(pathOf(card.url));
  expect(reread?.data, `${card.url} does not read back`);
  expect(JSON.stringify(propertyValues(reread.data, 'NOTE')) === JSON.stringify([EDITED_NOTE]),
    `NOTE reads back as ${JSON.stringify(propertyValues(reread.data, 'NOTE'))}`);
  expect(String(reread.etag) !== card.fetched.etag, 'the etag did not change with the content');
  state.staleEtag = card.fetched.etag;
  card.fetched = { ...card.fetched, data: reread.data, etag: String(reread.etag) };
}

async function checkUpdateWithStaleEtag(state) {
  // RFC 7232 section 3.1: If-Match with an etag the resource no longer has fails with 412.
  requireState(state, 'staleEtag');
  const card = state.cards.hopper;
  const response = await state.client.updateVCard({
    vCard: { ...card.fetched, etag: state.staleEtag, data: card.fetched.data.replace(EDITED_NOTE, 'lost update') },
  });
  expect(response.status === 412, `PUT with a stale If-Match answered ${describeResponse(response)}, expected 412`);
}

async function checkDeleteVCard(state) {
  requireState(state, 'cards');
  const card = state.cards.turing;
  requireState(card, 'fetched');
  const response = await state.client.deleteVCard({ vCard: card.fetched });
  expect(response.ok, `DELETE with If-Match answered ${describeResponse(response)}`);
  const remaining = await state.client.fetchVCards({ addressBook: state.book });
  expect(remaining.every((r) => pathOf(r.url) !== pathOf(card.url)), `${card.url} is still listed`);
  expect(remaining.length === 1, `${remaining.length} cards remain, expected 1`);
}

const CHECKS = [
  ['login as a CardDAV account (discovery from the root URL)', checkLogin],
  ['extended MKCOL of an address book', checkMakeAddressBook],
  ['fetchAddressBooks lists the new address book', checkFetchAddressBooks],
  ['createVCard x2 (vCard 4.0)', checkCreateVCards],
  ['fetchVCards', checkFetchVCards],
  ['addressBookQuery on FN', checkQueryOnFn],
  ['updateVCard with the current etag', checkUpdateWithEtag],
  ['updateVCard with a stale etag gives 412', checkUpdateWithStaleEtag],
  ['deleteVCard', checkDeleteVCard],
];

// Reruns use a new prefix, so this only keeps the demo account's home tidy.
async function removeAddressBook(state) {
  if (!state.bookUrl) return;
  try {
    await state.client.deleteObject({ url: state.bookUrl });
  } catch (error) {
    console.error(`could not delete ${state.bookUrl}: ${oneLine(error)}`);
  }
}

async function main(argv) {
  if (argv.length !== 4) {
    console.error('usage: node cards.mjs ROOT_URL USER PASSWORD RUN_PREFIX');
    return 2;
  }
  const [rootUrl, user, password, prefix] = argv;
  const state = { rootUrl, user, password, prefix, bookName: `${prefix} tsdav cards` };
  return runSuite(state, CHECKS, removeAddressBook);
}

process.exitCode = await main(process.argv.slice(2));
