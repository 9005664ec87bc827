package dev.partage.gateway.dav.property;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.dav.response.HttpDates;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;
import java.time.Instant;

/** A calendar object resource (RFC 4791 section 4.1) or a vCard (RFC 6352 section 5.1). */
public final class ObjectProperties {

  /** What a calendar object is served as when its service names no content type. */
  public static final String DEFAULT_CONTENT_TYPE = "text/calendar; charset=utf-8";

  private ObjectProperties() {}

  /** The properties known without reading the body, as PROPFIND Depth 1 lists them. */
  public static PropertyMap of(String href, ObjectMeta meta) {
    PropertyMap properties =
        new PropertyMap(href)
            .put(DavNames.RESOURCETYPE, PropValue::empty)
            .putText(DavNames.GETETAG, meta.etag())
            .putText(DavNames.GETCONTENTTYPE, contentType(meta.contentType()))
            .putText(DavNames.GETCONTENTLENGTH, Long.toString(meta.size()));
    Instant lastModified = meta.lastModified();
    if (lastModified != null) {
      // Formatted only when asked: clients listing a collection (PROPFIND Depth 1) ask for getetag
      // alone, and formatting 1,000 dates nobody reads cost 6 % of the gateway's CPU.
      properties.put(DavNames.GETLASTMODIFIED, () -> PropValue.text(HttpDates.format(lastModified)));
    }
    return properties;
  }

  /**
   * The same plus the body as CALDAV:calendar-data (RFC 4791 section 9.6) or CARDDAV:address-data
   * (RFC 6352 section 10.4), for REPORT answers.
   */
  public static PropertyMap of(String href, ObjectData object, HomeKind kind) {
    return of(href, object.meta()).putText(kind.dataProperty(), object.data());
  }

  /** Only the entity tag, which is all a sync-collection change carries (RFC 6578 section 3.5). */
  public static PropertyMap ofEtag(String href, String etag) {
    return new PropertyMap(href).putText(DavNames.GETETAG, etag);
  }

  /** The content type of an object, with the default when its service names none. */
  public static String contentType(String stored) {
    return stored == null || stored.isBlank() ? DEFAULT_CONTENT_TYPE : stored;
  }
}
