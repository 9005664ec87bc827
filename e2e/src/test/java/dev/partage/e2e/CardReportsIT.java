package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CARDDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Cards;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports on an address book: addressbook-multiget (RFC 6352 section 8.7), addressbook-query
 * with its filters and limit (sections 8.6 and 10.5) and sync-collection (RFC 6578), as Apple
 * Contacts, DAVx5 and Thunderbird send them.
 */
@ExtendWith(StackExtension.class)
class CardReportsIT {

  private static final String ALICE =
      Cards.v4("alice-1", "Alice Martin",
          "EMAIL;TYPE=work:alice.martin@namebay.example",
          "TEL;TYPE=work:+33 1 23 45 67 89",
          "ORG:Namebay;Ventes");
  /** Written by Apple Contacts in 3.0: queries read both versions alike. */
  private static final String BRUNO =
      Cards.v3("bruno-1", "Bruno Durand",
          "N:Durand;Bruno;;;",
          "EMAIL;type=INTERNET;type=HOME:bruno@maison.example",
          "TEL;type=CELL:+33 6 98 76 54 32",
          "ORG:Filiale");
  private static final String CHLOE =
      Cards.v4("chloe-1", "Chloé Lefèvre",
          "TEL;TYPE=work:+33 1 99 88 77 66",
          "ORG:Namebay Labs");
  private static final String DENIS =
      Cards.v4("denis-1", "Denis Roux",
          "EMAIL;TYPE=work:denis.roux@filiale.example",
          "ORG:Roux et Fils");

  @Test
  void multigetShapesEachCardAsAskedAndAnswersA404ForTheMissingOne(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = directory(gilles, "multiget");
    String aliceTag = gilles.request().get(book + "alice.vcf").header("ETag");

    Multistatus answer =
        gilles.report(book, "1",
            """
            <card:addressbook-multiget xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
              <d:prop>
                <d:getetag/>
                <card:address-data content-type="text/vcard" version="4.0">
                  <card:prop name="EMAIL"/>
                </card:address-data>
              </d:prop>
              <d:href>%1$salice.vcf</d:href>
              <d:href>%1$sbruno.vcf</d:href>
              <d:href>%1$smissing.vcf</d:href>
            </card:addressbook-multiget>"""
                .formatted(book));

    assertThat(answer.hrefs())
        .containsExactlyInAnyOrder(book + "alice.vcf", book + "bruno.vcf", book + "missing.vcf");
    assertThat(answer.entry(book + "alice.vcf").okText(DAV, "getetag")).isEqualTo(aliceTag);
    // RFC 6352 section 10.4.2: the properties asked for, plus those a vCard 4.0 cannot lack.
    String alice = addressData(answer, book + "alice.vcf");
    assertThat(Cards.propertyNames(alice)).containsExactlyInAnyOrder("VERSION", "UID", "FN", "EMAIL");
    assertThat(Cards.values(alice, "EMAIL")).containsExactly("alice.martin@namebay.example");
    // Bruno's card is stored as 3.0 and answered converted, cut the same way.
    String bruno = addressData(answer, book + "bruno.vcf");
    assertThat(Cards.values(bruno, "VERSION")).containsExactly("4.0");
    assertThat(Cards.propertyNames(bruno)).containsExactlyInAnyOrder("VERSION", "UID", "FN", "EMAIL");
    assertThat(Cards.values(bruno, "EMAIL")).containsExactly("bruno@maison.example");
    // RFC 6352 section 8.7: a missing resource is a DAV:response with a 404 status, no propstat.
    assertThat(answer.entry(book + "missing.vcf").status()).contains(404);
    assertThat(answer.entry(book + "missing.vcf").properties()).isEmpty();
  }

  @Test
  void textMatchesCompareUnderTheirMatchTypeAndUnicodeCasemap(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = directory(gilles, "text-match");

    // RFC 4790 section 9.3 i;unicode-casemap: case does not count, accents do.
    assertThat(query(gilles, book, "", propFilter("FN", textMatch("contains", "LEFÈVRE"))))
        .containsExactly("chloe.vcf");
    assertThat(query(gilles, book, "", propFilter("FN", textMatch("contains", "LEFEVRE"))))
        .isEmpty();
    assertThat(query(gilles, book, "",
            propFilter("EMAIL", textMatch("equals", "Alice.Martin@namebay.example"))))
        .containsExactly("alice.vcf");
    assertThat(query(gilles, book, "", propFilter("EMAIL", textMatch("equals", "alice.martin"))))
        .isEmpty();
    assertThat(query(gilles, book, "", propFilter("TEL", textMatch("contains", "98 76"))))
        .containsExactly("bruno.vcf");
    assertThat(query(gilles, book, "", propFilter("ORG", textMatch("starts-with", "namebay"))))
        .containsExactlyInAnyOrder("alice.vcf", "chloe.vcf");
    assertThat(query(gilles, book, "", propFilter("ORG", textMatch("ends-with", "fils"))))
        .containsExactly("denis.vcf");
  }

  @Test
  void anyofMatchesEitherPropertyAndAllofBoth(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = directory(gilles, "test");
    String aliceOrFiliale =
        propFilter("FN", textMatch("contains", "alice"))
            + propFilter("ORG", textMatch("starts-with", "Filiale"));
    String namebayWithAnA =
        propFilter("FN", textMatch("contains", "a"))
            + propFilter("ORG", textMatch("starts-with", "Namebay"));

    // RFC 6352 section 10.5: the filter's test attribute, anyof when absent.
    assertThat(query(gilles, book, "", aliceOrFiliale))
        .containsExactlyInAnyOrder("alice.vcf", "bruno.vcf");
    assertThat(query(gilles, book, "test=\"anyof\"", aliceOrFiliale))
        .containsExactlyInAnyOrder("alice.vcf", "bruno.vcf");
    assertThat(query(gilles, book, "test=\"allof\"", aliceOrFiliale)).isEmpty();
    assertThat(query(gilles, book, "test=\"allof\"", namebayWithAnA)).containsExactly("alice.vcf");
  }

  @Test
  void negatedMatchesUndefinedPropertiesAndParameterFilters(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = directory(gilles, "negate");

    // RFC 6352 section 10.5.4: negate-condition inverts the match of each EMAIL the card has;
    // Chloé has none, so no EMAIL of hers fails to contain "namebay".
    assertThat(query(gilles, book, "",
            propFilter("EMAIL",
                "<card:text-match match-type=\"contains\" negate-condition=\"yes\">namebay"
                    + "</card:text-match>")))
        .containsExactlyInAnyOrder("bruno.vcf", "denis.vcf");
    // Section 10.5.1: is-not-defined matches the cards without the property.
    assertThat(query(gilles, book, "", propFilter("EMAIL", "<card:is-not-defined/>")))
        .containsExactly("chloe.vcf");
    // Section 10.5.2: a param-filter tests the parameters of the property.
    assertThat(query(gilles, book, "",
            propFilter("TEL",
                "<card:param-filter name=\"TYPE\">" + textMatch("equals", "work")
                    + "</card:param-filter>")))
        .containsExactlyInAnyOrder("alice.vcf", "chloe.vcf");
  }

  @Test
  void aLimitAnswersThatManyCardsAndA507ForTheBook(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("limit");
    for (int i = 1; i <= 5; i++) {
      gilles.createCard(book + "member-" + i + ".vcf", Cards.v4("member-" + i, "Membre " + i));
    }

    Multistatus answer =
        gilles.report(book, "1",
            queryBody("", propFilter("FN", textMatch("contains", "membre")),
                "<card:limit><card:nresults>2</card:nresults></card:limit>"));

    List<String> cards = answer.hrefs().stream().filter(href -> !href.equals(book)).toList();
    assertThat(cards).hasSize(2).allSatisfy(href -> assertThat(href).startsWith(book + "member-"));
    // RFC 6352 section 8.6.1: the truncation is told by a 507 response for the request-URI.
    Multistatus.Entry truncated = answer.entry(book);
    assertThat(truncated.status()).contains(507);
    assertThat(truncated.conditions())
        .containsExactly(Xml.name(DAV, "number-of-matches-within-limits"));
  }

  @Test
  void anUnknownCollationIsRefusedWithSupportedCollation(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = directory(gilles, "collation");

    Response refused =
        gilles.request().header("Depth", "1").contentType(Dav.XML)
            .body(queryBody("",
                propFilter("FN",
                    "<card:text-match collation=\"i;klingon\" match-type=\"contains\">alice"
                        + "</card:text-match>"),
                ""))
            .request("REPORT", book);

    // RFC 6352 section 8.3: only the collations the server knows may be named.
    assertThat(DavError.of(refused, 403).conditions())
        .containsExactly(Xml.name(CARDDAV, "supported-collation"));
  }

  @Test
  void syncCollectionListsEverythingThenOnlyTheChangesWithATombstone(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("sync");
    gilles.createCard(book + "kept.vcf", Cards.v4("kept", "Gardée"));
    gilles.createCard(book + "edited.vcf", Cards.v4("edited", "Modifiée"));
    gilles.createCard(book + "deleted.vcf", Cards.v4("deleted", "Supprimée"));

    Multistatus initial = sync(gilles, book, "");
    assertThat(initial.hrefs())
        .containsExactlyInAnyOrder(book + "kept.vcf", book + "edited.vcf", book + "deleted.vcf");
    String token = initial.syncToken().orElseThrow();

    String editedTag =
        gilles.request().contentType(Dav.VCARD)
            .body(Cards.v4("edited", "Modifiée", "NOTE:Changée depuis."))
            .put(book + "edited.vcf").then().statusCode(204).extract().header("ETag");
    gilles.request().delete(book + "deleted.vcf").then().statusCode(204);

    Multistatus changes = sync(gilles, book, token);
    assertThat(changes.hrefs())
        .containsExactlyInAnyOrder(book + "edited.vcf", book + "deleted.vcf");
    assertThat(changes.entry(book + "edited.vcf").okText(DAV, "getetag")).isEqualTo(editedTag);
    // RFC 6578 section 3.5.2: a removed member is a response with a 404 status and no propstat.
    assertThat(changes.entry(book + "deleted.vcf").status()).contains(404);
    assertThat(changes.syncToken()).get().isNotEqualTo(token);

    assertThat(sync(gilles, book, changes.syncToken().orElseThrow()).hrefs()).isEmpty();
  }

  /** A fresh book holding Alice, Bruno, Chloé and Denis. */
  private static String directory(Dav dav, String purpose) {
    String book = dav.newAddressBook(purpose);
    dav.createCard(book + "alice.vcf", ALICE);
    dav.createCard(book + "bruno.vcf", BRUNO);
    dav.createCard(book + "chloe.vcf", CHLOE);
    dav.createCard(book + "denis.vcf", DENIS);
    return book;
  }

  /** The names of the cards an addressbook-query with {@code propFilters} matches. */
  private static List<String> query(Dav dav, String book, String testAttribute, String propFilters) {
    return dav.report(book, "1", queryBody(testAttribute, propFilters, "")).hrefs().stream()
        .map(href -> href.substring(book.length()))
        .toList();
  }

  private static String queryBody(String testAttribute, String propFilters, String limit) {
    return """
        <card:addressbook-query xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
          <d:prop><d:getetag/></d:prop>
          <card:filter %s>%s</card:filter>
          %s
        </card:addressbook-query>"""
        .formatted(testAttribute, propFilters, limit);
  }

  private static String propFilter(String name, String tests) {
    return "<card:prop-filter name=\"" + name + "\">" + tests + "</card:prop-filter>";
  }

  /** A text-match under i;unicode-casemap, the default collation (RFC 6352 section 8.3). */
  private static String textMatch(String matchType, String value) {
    return "<card:text-match collation=\"i;unicode-casemap\" match-type=\"" + matchType + "\">"
        + value + "</card:text-match>";
  }

  private static String addressData(Multistatus answer, String href) {
    return answer.entry(href).ok(CARDDAV, "address-data").getTextContent();
  }

  private static Multistatus sync(Dav dav, String book, String token) {
    return dav.report(book, "0",
        """
        <d:sync-collection xmlns:d="DAV:">
          <d:sync-token>%s</d:sync-token>
          <d:sync-level>1</d:sync-level>
          <d:prop><d:getetag/></d:prop>
        </d:sync-collection>"""
            .formatted(token));
  }
}
