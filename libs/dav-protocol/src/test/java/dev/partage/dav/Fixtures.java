package dev.partage.dav;

import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.dav.xml.XmlElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the request and response fixtures under src/test/resources. */
public final class Fixtures {

  private Fixtures() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture parsed as a request body would be. */
  public static XmlElement xml(String path) {
    return SafeXmlReader.parse(bytes(path));
  }
}
