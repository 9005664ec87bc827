// tsdav's side of the cross-client checks of vdirsyncer/khard_flows.py: one CardDAV operation per
// run, logged in with tsdav's discovery from the root URL.
//
// usage: node card_cli.mjs ROOT_URL USER PASSWORD read ADDRESS_BOOK_URL CARD_URL VERSION
//          prints the card as the server gives it for address-data version VERSION (multiget)
//        node card_cli.mjs ROOT_URL USER PASSWORD create ADDRESS_BOOK_URL FILENAME < card.vcf
//          creates the card read from stdin with tsdav's createVCard
// Exit status 0 on success; otherwise the reason is on stderr.
import { readFileSync } from 'node:fs';
import { describeResponse, expect, login, oneLine, pathOf } from './checks.mjs';
import { multiGetAs } from './vcards.mjs';

async function read(client, addressBookUrl, cardUrl, version) {
  const card = (await multiGetAs(client, addressBookUrl, [cardUrl], version)).get(pathOf(cardUrl, addressBookUrl));
  expect(card?.ok && card.data, `the multiget gave no address-data for ${cardUrl}`);
  process.stdout.write(String(card.data));
}

async function create(client, addressBookUrl, filename) {
  const response = await client.createVCard({
    addressBook: { url: addressBookUrl },
    vCardString: readFileSync(0, 'utf8'),
    filename,
  });
  expect(response.status === 201, `PUT ${filename} answered ${describeResponse(response)}, expected 201`);
}

const OPERATIONS = { read: { arity: 3, run: read }, create: { arity: 2, run: create } };

async function main(argv) {
  const [rootUrl, user, password, operationName, ...args] = argv;
  const operation = OPERATIONS[operationName];
  if (!operation || args.length !== operation.arity) {
    console.error('usage: node card_cli.mjs ROOT_URL USER PASSWORD read|create ADDRESS_BOOK_URL ...');
    return 2;
  }
  try {
    await operation.run(await login({ rootUrl, user, password }, 'carddav'), ...args);
    return 0;
  } catch (error) {
    console.error(oneLine(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
