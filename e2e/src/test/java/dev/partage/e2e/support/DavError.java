package dev.partage.e2e.support;

import static dev.partage.e2e.support.Xml.DAV;
import static dev.partage.e2e.support.Xml.PARTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A parsed DAV:error body (RFC 4918 section 16): the precondition elements in Clark notation, the
 * hrefs they carry (RFC 4791 section 5.3.2.1 no-uid-conflict) and Partage's sentence for people.
 */
public record DavError(List<String> conditions, List<String> hrefs, String message) {

  /**
   * The error in {@code response}, which must have {@code status}, be XML and carry a sentence a
   * person can act on: every refusal of the gateway explains itself.
   */
  public static DavError of(Response response, int status) {
    String body = response.asString();
    assertThat(response.statusCode()).as("status of an answer with body %s", body).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/xml");
    DavError error = parse(body);
    assertThat(error.message()).as("the p:message of %s", body).isNotBlank().endsWith(".");
    return error;
  }

  public static DavError parse(String body) {
    Element root = Xml.parse(body);
    if (!Xml.is(root, DAV, "error")) {
      throw new AssertionError("Expected a DAV:error body, got " + Xml.name(root) + "\n" + body);
    }
    List<Element> conditions =
        Xml.children(root).stream().filter(child -> !Xml.is(child, PARTAGE, "message")).toList();
    String message = Xml.child(root, PARTAGE, "message").map(Xml::text).orElse("");
    return new DavError(
        conditions.stream().map(Xml::name).toList(),
        conditions.stream()
            .flatMap(condition -> Xml.children(condition, DAV, "href").stream())
            .map(Xml::text)
            .toList(),
        message);
  }
}
