package dev.partage.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.event.Topics;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.stack.testing.PostgresKafkaResource;
import dev.partage.stack.testing.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * contact-service keeps address books with the shared storage: vCards validated, converted between
 * 3.0 and 4.0 on the way out, searched through the text index, in its own database and topic.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "contacts"))
@TestSecurity(user = AddressBookTest.OWNER)
class AddressBookTest {

  static final String OWNER = "claire.petit@filiale.example";

  @Inject
  ObjectMapper json;

  @Inject
  DataSource database;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void anAddressBookHoldsNoCalendarComponents() {
    given().contentType(ContentType.JSON).body("{\"name\":\"book\",\"components\":[\"VEVENT\"]}")
        .post("/internal/homes/{owner}/collections", OWNER)
        .then().statusCode(403).body("condition", equalTo("valid-resourcetype"));

    String book = newBook();
    given().get("/internal/collections/{id}", book).then().statusCode(200).body("kind", equalTo("ADDRESSBOOK"));
  }

  @Test
  void aCardWrittenAs30IsKeptAsWrittenAndReadAs40() throws JsonProcessingException {
    String book = newBook();
    String apple = card30("anna", "Anna Lefèvre", "anna@namebay.example");
    put(book, "anna.vcf", apple).then().statusCode(200);

    assertThat(read(book, "anna.vcf", null).getString("[0].data")).isEqualTo(apple);
    String as40 = read(book, "anna.vcf", "4.0").getString("[0].data");
    assertThat(as40).contains("VERSION:4.0").contains("FN:Anna Lefèvre").contains("anna@namebay.example");
    assertThat(read(book, "anna.vcf", "4.0").getString("[0].etag")).isEqualTo(read(book, "anna.vcf", null).getString("[0].etag"));
  }

  @Test
  void aCardWithoutUidIsRefusedAndNothingIsStored() {
    String book = newBook();
    put(book, "nouid.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Uid\r\nEND:VCARD\r\n")
        .then().statusCode(403)
        .body("namespace", equalTo("urn:ietf:params:xml:ns:carddav"))
        .body("condition", equalTo("valid-address-data"));
    given().get("/internal/collections/{id}/objects", book).then().statusCode(200).body("size()", equalTo(0));
  }

  @Test
  void anInlinePhotoOverTheLimitIsRefusedWithTheLimit() {
    String book = newBook();
    String photo = Base64.getEncoder().encodeToString(new byte[2 * 1024 * 1024]);
    String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:big\r\nFN:Big Photo\r\nN:Photo;Big;;;\r\n"
        + "PHOTO;ENCODING=b;TYPE=JPEG:" + photo + "\r\nEND:VCARD\r\n";

    put(book, "big.vcf", card).then().statusCode(403).body("message", org.hamcrest.Matchers.containsString("KiB"));
  }

  @Test
  void textSearchesFindTheMatchingCardsThroughTheIndexAndWithout() throws Exception {
    String book = newBook();
    for (int i = 0; i < 40; i++) {
      put(book, "c" + i + ".vcf", card30("c" + i, (i % 10 == 0 ? "Marie Dupont " : "Jean Martin ") + i, "p" + i + "@namebay.example"))
          .then().statusCode(200);
    }
    assertThat(textRows(book, "FN")).isEqualTo(40);

    CardFilter marie = filter(FilterTest.ANY_OF, prop("FN", match("marie", false, MatchType.CONTAINS)));
    assertThat(names(query(book, new CardQuery(marie, null, null))))
        .containsExactly("c0.vcf", "c10.vcf", "c20.vcf", "c30.vcf");

    CardFilter notMarie = filter(FilterTest.ANY_OF, prop("FN", match("marie", true, MatchType.CONTAINS)));
    assertThat(names(query(book, new CardQuery(notMarie, null, null)))).hasSize(36);

    CardFilter byMail = filter(FilterTest.ALL_OF, prop("EMAIL", match("p3@namebay", false, MatchType.STARTS_WITH)),
        prop("FN", match("JEAN", false, MatchType.CONTAINS)));
    assertThat(names(query(book, new CardQuery(byMail, null, null)))).containsExactly("c3.vcf");
  }

  @Test
  void aLimitedQuerySaysItWasTruncated() throws JsonProcessingException {
    String book = newBook();
    for (int i = 0; i < 5; i++) {
      put(book, "l" + i + ".vcf", card30("l" + i, "Luc " + i, "luc" + i + "@namebay.example")).then().statusCode(200);
    }
    CardFilter luc = filter(FilterTest.ANY_OF, prop("FN", match("luc", false, MatchType.STARTS_WITH)));

    JsonPath answer = query(book, new CardQuery(luc, 2, new AddressData("4.0", List.of("EMAIL"))));

    assertThat(answer.getBoolean("truncated")).isTrue();
    assertThat(answer.getList("cards.name")).containsExactly("l0.vcf", "l1.vcf");
    assertThat(answer.getString("cards[0].data")).contains("VERSION:4.0").contains("EMAIL").doesNotContain("TEL");
  }

  @Test
  void changesArePublishedOnTheContactsTopic() {
    try (KafkaConsumer<String, String> consumer = TopicRecords.fromTheStart(bootstrapServers, Topics.CONTACTS)) {
      String book = newBook();
      put(book, "anna.vcf", card30("anna", "Anna", "anna@namebay.example")).then().statusCode(200);

      assertThat(TopicRecords.valuesFor(consumer, book, 2))
          .satisfiesExactly(
              created -> assertThat(created).contains("\"type\":\"COLLECTION_CREATED\"").contains("\"kind\":\"ADDRESSBOOK\""),
              changed -> assertThat(changed).contains("\"type\":\"OBJECT_CHANGED\"").contains("\"objectName\":\"anna.vcf\""));
    }
  }

  /** A card as Apple Contacts writes it (vCard 3.0, item-grouped label, Apple's own properties). */
  private static String card30(String uid, String fn, String email) {
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iOS 17.0//EN\r\nUID:" + uid + "\r\nFN:" + fn
        + "\r\nN:" + fn + ";;;;\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:" + email
        + "\r\nTEL;TYPE=CELL:+33 6 12 34 56 78\r\nitem1.X-ABLabel:Équipe\r\nEND:VCARD\r\n";
  }

  private static String newBook() {
    return given().contentType(ContentType.JSON)
        .body("{\"name\":\"book-" + UUID.randomUUID() + "\",\"displayName\":\"Team\"}")
        .post("/internal/homes/{owner}/collections", OWNER)
        .then().statusCode(200)
        .extract().path("id");
  }

  private static io.restassured.response.Response put(String book, String name, String card) {
    return given().contentType("text/vcard; charset=utf-8").body(card).put("/internal/collections/{id}/objects/{name}", book, name);
  }

  private JsonPath read(String book, String name, String version) throws JsonProcessingException {
    CardRead request = new CardRead(List.of(name), new AddressData(version, List.of()));
    return given().contentType(ContentType.JSON).body(json.writeValueAsString(request))
        .post("/internal/collections/{id}/cards", book).then().statusCode(200).extract().jsonPath();
  }

  private JsonPath query(String book, CardQuery query) throws JsonProcessingException {
    return given().contentType(ContentType.JSON).body(json.writeValueAsString(query))
        .post("/internal/collections/{id}/cards/query", book).then().statusCode(200).extract().jsonPath();
  }

  private static List<String> names(JsonPath answer) {
    return answer.getList("cards.name");
  }

  private static CardFilter filter(FilterTest test, CardPropFilter... props) {
    return new CardFilter(test, List.of(props));
  }

  private static CardPropFilter prop(String name, TextMatch match) {
    return new CardPropFilter(name, FilterTest.ANY_OF, false, List.of(match), List.of());
  }

  private static TextMatch match(String value, boolean negate, MatchType type) {
    return new TextMatch(value, Collation.UNICODE_CASEMAP, negate, type);
  }

  private long textRows(String book, String property) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "select count(*) from dav_text where collection_id = ? and property = ?")) {
      statement.setObject(1, UUID.fromString(book));
      statement.setString(2, property);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
