package dev.partage.e2e.support;

import static io.restassured.RestAssured.given;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.stack.DemoRealm;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * A DAV client of the gateway logged in as one demo user with Basic credentials, as CalDAV clients
 * (Thunderbird, DAVx5, iOS) log in. Requests keep the bodies and headers exactly as written: no
 * charset appended to Content-Type, no redirect followed.
 */
public record Dav(Stack stack, String user) {

  public static final String GILLES = "gilles.buisson@namebay.example";
  public static final String ALEXANDRE = "alexandre.bernard@namebay.example";
  public static final String DAVID = "david.lanteri@namebay.example";
  /** A dedicated team account (ARCHITECTURE.md): its collections are shared with the team. */
  public static final String EQUIPE_TECH = "equipe_tech@namebay.example";
  public static final String CLAIRE = "claire.petit@filiale.example";
  public static final String EVE = "eve@isolated.example";

  public static final String XML = "application/xml; charset=utf-8";
  public static final String ICALENDAR = "text/calendar; charset=utf-8";
  public static final String VCARD = "text/vcard; charset=utf-8";

  private static final RestAssuredConfig AS_WRITTEN =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .defaultContentCharset("UTF-8")
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false))
          .redirect(RedirectConfig.redirectConfig().followRedirects(false));

  public static Dav as(Stack stack, String user) {
    return new Dav(stack, user);
  }

  /** A request with this user's Basic credentials, sent without waiting for a challenge. */
  public RequestSpecification request() {
    return anonymous().auth().preemptive().basic(user, DemoRealm.PASSWORD);
  }

  /** A request with no credentials at all. */
  public RequestSpecification anonymous() {
    return given().config(AS_WRITTEN).baseUri(stack.gatewayUrl().toString()).urlEncodingEnabled(false);
  }

  public String principal() {
    return "/dav/principals/" + user + "/";
  }

  public String home() {
    return "/dav/calendars/" + user + "/";
  }

  /** The one address-book home of the user (RFC 6352 section 7.1.1). */
  public String addressBookHome() {
    return "/dav/addressbooks/" + user + "/";
  }

  /** The absolute URL of a path, as clients send it in Destination (RFC 4918 section 10.3). */
  public String url(String path) {
    return stack.gatewayUrl().resolve(path).toString();
  }

  /**
   * The path an href in the answer to a request on {@code requestPath} names: hrefs in error
   * bodies may be relative to the request-URI (RFC 3986 section 5).
   */
  public String pathOf(String href, String requestPath) {
    return stack.gatewayUrl().resolve(requestPath).resolve(href).getPath();
  }

  /** PROPFIND with an XML body, parsed; fails unless the answer is a 207. */
  public Multistatus propfind(String path, String depth, String body) {
    Response response =
        request().header("Depth", depth).contentType(XML).body(body).request("PROPFIND", path);
    return Multistatus.parse(response.then().statusCode(207).extract().asString());
  }

  /** REPORT with an XML body, parsed; fails unless the answer is a 207. */
  public Multistatus report(String path, String depth, String body) {
    Response response =
        request().header("Depth", depth).contentType(XML).body(body).request("REPORT", path);
    return Multistatus.parse(response.then().statusCode(207).extract().asString());
  }

  /** COPY to {@code to} in this gateway, with the Overwrite header given (RFC 4918 section 9.8). */
  public Response copy(String from, String to, String overwrite) {
    return transfer("COPY", from, to, overwrite);
  }

  /** MOVE to {@code to} in this gateway, with the Overwrite header given (RFC 4918 section 9.9). */
  public Response move(String from, String to, String overwrite) {
    return transfer("MOVE", from, to, overwrite);
  }

  private Response transfer(String method, String from, String to, String overwrite) {
    return request()
        .header("Destination", url(to))
        .header("Overwrite", overwrite)
        .request(method, from);
  }

  /** A fresh calendar with no body in the MKCALENDAR (server defaults); its path ends in '/'. */
  public String newCalendar(String purpose) {
    String path = freshPath(home(), purpose);
    request().request("MKCALENDAR", path).then().statusCode(201);
    return path;
  }

  /** A fresh calendar created with the given MKCALENDAR body. */
  public String newCalendar(String purpose, String mkcalendarBody) {
    String path = freshPath(home(), purpose);
    request().contentType(XML).body(mkcalendarBody).request("MKCALENDAR", path).then().statusCode(201);
    return path;
  }

  /**
   * A fresh task list: a calendar for VTODO alone, which the gateway hands to task-service; its
   * path ends in '/'.
   */
  public String newTaskList(String purpose) {
    return newCalendar(purpose, Tasks.mkcalendar(""));
  }

  /** A fresh address book made by a plain MKCOL in the address-book home; its path ends in '/'. */
  public String newAddressBook(String purpose) {
    String path = freshPath(addressBookHome(), purpose);
    request().request("MKCOL", path).then().statusCode(201);
    return path;
  }

  /** A fresh address book made by an extended MKCOL (RFC 5689) with the given body. */
  public String newAddressBook(String purpose, String mkcolBody) {
    String path = freshPath(addressBookHome(), purpose);
    request().contentType(XML).body(mkcolBody).request("MKCOL", path).then().statusCode(201);
    return path;
  }

  /** A collection path in {@code home} no test has used: its purpose and a random UUID. */
  private static String freshPath(String home, String purpose) {
    return home + purpose + "-" + UUID.randomUUID() + "/";
  }

  /** PUTs a vCard that must be created (201); returns its ETag. */
  public String createCard(String cardPath, String vcard) {
    return request()
        .contentType(VCARD)
        .header("If-None-Match", "*")
        .body(vcard)
        .put(cardPath)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  /** PUTs an iCalendar object that must be created (201); returns its ETag. */
  public String create(String objectPath, String ics) {
    return request()
        .contentType(ICALENDAR)
        .header("If-None-Match", "*")
        .body(ics)
        .put(objectPath)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }

  /** The two markers clients poll to learn that a collection changed: CS:getctag and DAV:sync-token. */
  public record Version(String ctag, String syncToken) {}

  public Version version(String collection) {
    Multistatus.Entry entry = propfind(collection, "0", VERSION_PROPERTIES).entry(collection);
    return new Version(
        entry.okText(Xml.CALSERVER, "getctag"), entry.okText(Xml.DAV, "sync-token"));
  }

  public static final String VERSION_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
        <d:prop><cs:getctag/><d:sync-token/></d:prop>
      </d:propfind>""";
}
