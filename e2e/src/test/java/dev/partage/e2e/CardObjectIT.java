package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CARDDAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Cards;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * vCards in an address book: PUT, GET, HEAD, DELETE with their preconditions (RFC 9110 section
 * 13.1, RFC 6352 section 6.3.2.1), cards kept as written and converted between vCard 3.0 and 4.0
 * on request, and COPY and MOVE between address books (RFC 4918 sections 9.8 and 9.9).
 */
@ExtendWith(StackExtension.class)
class CardObjectIT {

  private static final String ACCEPT_V4 = "text/vcard; version=4.0";
  private static final String ACCEPT_V3 = "text/vcard; version=3.0";

  /** A vCard 4.0 holding only properties vCard 3.0 has too (RFC 6350 appendix A). */
  private static final String CLAIRE_V4 =
      Cards.v4(
          "urn:uuid:5e2b1c3a-7d4f-4e21-9a0b-1c2d3e4f5a6b",
          "Claire Petit",
          "N:Petit;Claire;;;",
          "NICKNAME:Clo",
          "EMAIL;TYPE=work:claire.petit@filiale.example",
          "TEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78",
          "ADR;TYPE=work:;;12 rue de la Paix;Paris;;75002;France",
          "ORG:Filiale;Comptabilité",
          "TITLE:Comptable",
          "BDAY:19850412",
          "NOTE:Préfère le courriel.",
          "URL:https://filiale.example/claire",
          "CATEGORIES:clients,paris");

  @Test
  void putCreatesThenReplacesAndGetAndHeadAnswerWithAStrongEtag(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("put");
    String card = book + "alice.vcf";
    String first = Cards.v4("alice-1", "Alice Martin", "EMAIL:alice@namebay.example");
    String second =
        Cards.v4("alice-1", "Alice Martin", "EMAIL:alice@namebay.example", "TEL:+33 1 23 45 67 89");

    Response created = gilles.request().contentType(Dav.VCARD).body(first).put(card);
    assertThat(created.statusCode()).isEqualTo(201);
    String firstTag = created.header("ETag");
    // RFC 6352 section 6.3.2.3: clients compare ETags byte for byte; a weak one would be useless.
    assertThat(firstTag).startsWith("\"").endsWith("\"");

    Response replaced = gilles.request().contentType(Dav.VCARD).body(second).put(card);
    assertThat(replaced.statusCode()).isEqualTo(204);
    String secondTag = replaced.header("ETag");
    assertThat(secondTag).startsWith("\"").endsWith("\"").isNotEqualTo(firstTag);

    Response read = gilles.request().get(card);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.contentType()).startsWith("text/vcard");
    assertThat(read.header("ETag")).isEqualTo(secondTag);
    assertThat(read.asString()).isEqualTo(second);

    Response head = gilles.request().head(card);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.header("ETag")).isEqualTo(secondTag);
    assertThat(head.contentType()).startsWith("text/vcard");
    assertThat(head.asString()).isEmpty();

    gilles.request().delete(card).then().statusCode(204);
    gilles.request().get(card).then().statusCode(404);
    gilles.request().head(card).then().statusCode(404);
  }

  @Test
  void conditionalRequestsRefuseStaleOrExistingCards(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("conditional");
    String card = book + "bob.vcf";
    String original = Cards.v3("bob-1", "Bob Durand", "N:Durand;Bob;;;");
    String etag = gilles.createCard(card, original);
    String edit = Cards.v3("bob-1", "Bob Durand", "N:Durand;Bob;;;", "TITLE:Gérant");

    gilles.request().contentType(Dav.VCARD).header("If-Match", "\"not-the-etag\"").body(edit)
        .put(card).then().statusCode(412);
    gilles.request().contentType(Dav.VCARD).header("If-None-Match", "*").body(edit)
        .put(card).then().statusCode(412);
    gilles.request().header("If-Match", "\"not-the-etag\"").delete(card).then().statusCode(412);
    assertThat(gilles.request().get(card).asString()).isEqualTo(original);

    String newTag =
        gilles.request().contentType(Dav.VCARD).header("If-Match", etag).body(edit)
            .put(card).then().statusCode(204).extract().header("ETag");
    gilles.request().header("If-Match", etag).delete(card).then().statusCode(412);
    gilles.request().header("If-Match", newTag).delete(card).then().statusCode(204);
    gilles.request().get(card).then().statusCode(404);
  }

  @Test
  void whatIsNotAVcardOfVersion3Or4IsRefusedWithItsPrecondition(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("invalid");
    String noUid =
        String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "FN:Sans Identifiant", "END:VCARD", "");
    String version21 =
        String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "UID:old-1", "N:Ancien;Format",
            "FN:Format Ancien", "TEL;WORK;VOICE:+33 1 00 00 00 00", "END:VCARD", "");

    // RFC 6352 section 6.3.2.1: valid-address-data for what is not a vCard a book can hold.
    assertRefused(put(gilles, book + "garbage.vcf", "this is not a vCard\r\n"), "valid-address-data");
    assertRefused(put(gilles, book + "no-uid.vcf", noUid), "valid-address-data");
    // and supported-address-data for a vCard version the book does not store.
    assertRefused(put(gilles, book + "v21.vcf", version21), "supported-address-data");

    for (String name : List.of("garbage.vcf", "no-uid.vcf", "v21.vcf")) {
      gilles.request().get(book + name).then().statusCode(404);
    }
  }

  @Test
  void aSecondCardWithTheSameUidIsRefusedNamingTheFirst(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("uid");
    String first = book + "first.vcf";
    gilles.createCard(first, Cards.v4("same-uid", "Première"));

    Response refused = put(gilles, book + "second.vcf", Cards.v4("same-uid", "Seconde"));

    // RFC 6352 section 6.3.2.1: no-uid-conflict, with the href of the card holding the UID.
    DavError error = DavError.of(refused, 403);
    assertThat(error.conditions()).containsExactly(Xml.name(CARDDAV, "no-uid-conflict"));
    assertThat(error.hrefs()).extracting(href -> gilles.pathOf(href, book + "second.vcf"))
        .containsExactly(first);
    gilles.request().get(book + "second.vcf").then().statusCode(404);
  }

  @Test
  void aBodyLabelledAsAnotherMediaTypeIsAnUnsupportedMediaType(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("media-type");

    Response refused =
        gilles.request().contentType("application/json")
            .body(Cards.v4("json-1", "Mal Étiquetée")).put(book + "json.vcf");

    // RFC 6352 section 6.3.2.1: the media type must be one of supported-address-data.
    assertThat(DavError.of(refused, 415).conditions())
        .containsExactly(Xml.name(CARDDAV, "supported-address-data"));
    gilles.request().get(book + "json.vcf").then().statusCode(404);
  }

  @Test
  void anInlinePhotoOverTheLimitIsRefusedWithASentenceGivingTheLimit(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("photo");
    List<String> properties = new ArrayList<>(List.of("N:Lourde;Photo;;;"));
    properties.addAll(Cards.inlinePhoto(1536 * 1024));

    Response refused =
        put(gilles, book + "heavy.vcf",
            Cards.v3("heavy-1", "Photo Lourde", properties.toArray(String[]::new)));

    DavError error = DavError.of(refused, 403);
    assertThat(error.conditions()).containsExactly(Xml.name(CARDDAV, "valid-address-data"));
    // contact-service's default: 1 MiB of decoded photo.
    assertThat(error.message()).contains("PHOTO").contains("1024 KiB");
    gilles.request().get(book + "heavy.vcf").then().statusCode(404);
  }

  @Test
  void aPhotoByUriIsAccepted(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("photo-uri");
    String v4 = Cards.v4("linked-4", "Photo Liée", "PHOTO:https://files.namebay.example/a.jpg");
    String v3 =
        Cards.v3("linked-3", "Photo Liée", "N:Liée;Photo;;;",
            "PHOTO;VALUE=uri:https://files.namebay.example/b.jpg");

    gilles.createCard(book + "linked-4.vcf", v4);
    gilles.createCard(book + "linked-3.vcf", v3);

    assertThat(gilles.request().get(book + "linked-4.vcf").asString()).isEqualTo(v4);
    assertThat(gilles.request().get(book + "linked-3.vcf").asString()).isEqualTo(v3);
  }

  @Test
  void anAppleGroupIsKeptByteForByteAndReadAsAVersion4Group(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("apple");
    String group = Cards.appleGroup("group-1", "member-a", "member-b");
    String etag = gilles.createCard(book + "group-1.vcf", group);

    Response asStored = gilles.request().get(book + "group-1.vcf");
    assertThat(asStored.asString()).isEqualTo(group);
    assertThat(asStored.header("ETag")).isEqualTo(etag);

    Response asV4 = gilles.request().accept(ACCEPT_V4).get(book + "group-1.vcf");
    assertThat(asV4.statusCode()).isEqualTo(200);
    assertThat(asV4.contentType()).startsWith("text/vcard");
    // RFC 6352 section 6.3.2.4 by way of negotiation: the same resource, so the same ETag.
    assertThat(asV4.header("ETag")).isEqualTo(etag);
    String v4 = asV4.asString();
    assertThat(Cards.values(v4, "VERSION")).containsExactly("4.0");
    // RFC 6350 sections 6.1.4 and 6.6.5: Apple's X- properties become KIND and MEMBER.
    assertThat(Cards.values(v4, "KIND")).containsExactly("group");
    assertThat(Cards.values(v4, "MEMBER"))
        .containsExactly("urn:uuid:member-a", "urn:uuid:member-b");
    assertThat(Cards.values(v4, "UID")).containsExactly("group-1");
    assertThat(Cards.values(v4, "FN")).containsExactly("Équipe projet");
    assertThat(Cards.propertyNames(v4)).contains("PHOTO", "URL");
  }

  @Test
  void aVersion4CardReadAsVersion3AndWrittenBackLosesNoPropertyBothVersionsHold(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("round-trip");
    String card = book + "claire.vcf";
    gilles.createCard(card, CLAIRE_V4);

    String v3 = gilles.request().accept(ACCEPT_V3).get(card).then().statusCode(200)
        .extract().asString();
    assertThat(Cards.values(v3, "VERSION")).containsExactly("3.0");
    gilles.request().contentType(Dav.VCARD).body(v3).put(card).then().statusCode(204);
    String back = gilles.request().accept(ACCEPT_V4).get(card).then().statusCode(200)
        .extract().asString();

    assertThat(Cards.values(back, "VERSION")).containsExactly("4.0");
    assertThat(Cards.propertyNames(back)).containsAll(Cards.propertyNames(CLAIRE_V4));
    for (String property :
        List.of("UID", "FN", "N", "NICKNAME", "EMAIL", "ADR", "ORG", "TITLE", "NOTE", "URL",
            "CATEGORIES")) {
      assertThat(Cards.values(back, property))
          .as(property)
          .isEqualTo(Cards.values(CLAIRE_V4, property));
    }
    // The number and the date survive; 3.0 writes them as text and ISO 8601 with dashes.
    assertThat(Cards.values(back, "TEL")).singleElement().asString().contains("+33-6-12-34-56-78");
    assertThat(Cards.values(back, "BDAY")).singleElement().asString()
        .satisfies(bday -> assertThat(bday.replace("-", "")).isEqualTo("19850412"));
  }

  @Test
  void copyAndMoveCarryACardBetweenTwoBooks(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String from = gilles.newAddressBook("copy-from");
    String to = gilles.newAddressBook("copy-to");
    String body = Cards.v4("dentist-1", "Cabinet Dentaire", "TEL;TYPE=work:+33 1 44 55 66 77");
    gilles.createCard(from + "dentist.vcf", body);

    gilles.copy(from + "dentist.vcf", to + "dentist.vcf", "T").then().statusCode(201);
    assertThat(gilles.request().get(to + "dentist.vcf").asString()).isEqualTo(body);
    assertThat(gilles.request().get(from + "dentist.vcf").asString()).isEqualTo(body);

    // RFC 4918 section 9.8.5: an existing destination is replaced (204) unless Overwrite is F.
    gilles.copy(from + "dentist.vcf", to + "dentist.vcf", "T").then().statusCode(204);
    gilles.copy(from + "dentist.vcf", to + "dentist.vcf", "F").then().statusCode(412);

    gilles.request().delete(to + "dentist.vcf").then().statusCode(204);
    gilles.move(from + "dentist.vcf", to + "moved.vcf", "F").then().statusCode(201);
    gilles.request().get(from + "dentist.vcf").then().statusCode(404);
    assertThat(gilles.request().get(to + "moved.vcf").asString()).isEqualTo(body);
  }

  @Test
  void aCardCannotBeCopiedIntoACalendar(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("copy-card");
    String calendar = gilles.newCalendar("copy-card-to");
    gilles.createCard(book + "card.vcf", Cards.v4("to-calendar-1", "Pas Un Événement"));

    DavError.of(gilles.copy(book + "card.vcf", calendar + "card.vcf", "T"), 403);
    DavError.of(gilles.move(book + "card.vcf", calendar + "card.vcf", "T"), 403);

    gilles.request().get(calendar + "card.vcf").then().statusCode(404);
    gilles.request().get(book + "card.vcf").then().statusCode(200);
  }

  private static Response put(Dav dav, String path, String body) {
    return dav.request().contentType(Dav.VCARD).body(body).put(path);
  }

  private static void assertRefused(Response refused, String cardDavCondition) {
    assertThat(DavError.of(refused, 403).conditions())
        .containsExactly(Xml.name(CARDDAV, cardDavCondition));
  }
}
