// CardDAV helpers shared by cards.mjs (tsdav's CardDAV flow) and card_cli.mjs (tsdav's side of
// the cross-client checks in vdirsyncer/khard_flows.py).
import { describeResponse, expect } from './checks.mjs';

// A vCard 4.0 (RFC 6350) with CRLF line ends; PROPERTIES are whole content lines after UID/FN.
export function vCard4(uid, formattedName, ...properties) {
  return ['BEGIN:VCARD', 'VERSION:4.0', `UID:${uid}`, `FN:${formattedName}`, ...properties, 'END:VCARD', '']
    .join('\r\n');
}

// Values of every property NAME (parameters and group dropped), folding undone (RFC 6350 3.2).
export function propertyValues(vCardText, name) {
  return String(vCardText).replace(/\r\n[ \t]/g, '').split(/\r?\n/)
    .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)])
    .filter(([head]) => head.split(';')[0].replace(/^.*\./, '').toUpperCase() === name)
    .map(([, value]) => value);
}

// tsdav keeps an element's text as a string, or as _cdata when the server used CDATA.
export function addressData(response) {
  return response.props?.addressData?._cdata ?? response.props?.addressData;
}

// addressbook-multiget (RFC 6352 8.7) asking for each card as vCard VERSION: the address-data
// element's content-type and version attributes (RFC 6352 10.4) let a client ask for 4.0 whatever
// version was stored. Returns decoded path -> { ok, etag, data }.
export async function multiGetAs(client, addressBookUrl, cardUrls, version) {
  const responses = await client.addressBookMultiGet({
    url: addressBookUrl,
    props: {
      'd:getetag': {},
      'card:address-data': { _attributes: { 'content-type': 'text/vcard', version } },
    },
    objectUrls: cardUrls.map((url) => new URL(url, addressBookUrl).pathname),
    depth: '1',
  });
  const failed = responses.find((r) => !r.href);
  expect(!failed, `addressbook-multiget answered ${failed && describeResponse(failed)}`);
  return new Map(responses.map((r) => [
    decodeURIComponent(new URL(r.href, addressBookUrl).pathname),
    { ok: r.ok, etag: r.props?.getetag, data: addressData(r) },
  ]));
}
