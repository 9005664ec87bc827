package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.Change;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.request.ReportRequest.SyncCollection;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.property.PropertyMap;
import dev.partage.gateway.dav.property.SyncTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * DAV:sync-collection (RFC 6578) on a calendar or address book: the members changed since the
 * client's token, from the service's change log. Neither has child collections, so sync-level
 * infinite answers like 1. Changed vCards are read as stored; clients that want another version
 * follow up with addressbook-multiget, as RFC 6578 section 3.4 expects.
 */
@ApplicationScoped
public class SyncCollectionReport implements CollectionReport<SyncCollection> {

  private static final int NOT_FOUND = 404;
  private static final int INSUFFICIENT_STORAGE = 507;

  /** What a change-log entry carries; asking for anything else reads the objects in one batch. */
  private static final Set<QName> FROM_CHANGE_LOG = Set.of(DavNames.GETETAG);

  @Override
  public Class<SyncCollection> type() {
    return SyncCollection.class;
  }

  @Override
  public QName name() {
    return DavNames.SYNC_COLLECTION;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response run(ReportScope scope, SyncCollection report) {
    // RFC 6578 section 3.2 wants Depth: 0 (the body's sync-level says how deep), but
    // python-caldav sends Depth: 1; the header is ignored, as sabre/dav does.
    long since = SyncTokens.parse(report.syncToken());
    CollectionRef collection = scope.collection();
    ChangeSet changes = collection.api().changes(collection.id(), since, report.limit());
    Map<String, ObjectData> objects = objectsIfNeeded(collection, changes, report.properties());
    MultistatusWriter multistatus = new MultistatusWriter();
    for (Change change : changes.changes()) {
      String href = scope.memberHref(change.name());
      ObjectData object = objects.get(change.name());
      if (change.deleted()) {
        // Section 3.5.2: a removed member is a response with a bare 404 status.
        multistatus.responseStatus(href, NOT_FOUND);
      } else {
        PropertyMap properties =
            object == null
                ? ObjectProperties.ofEtag(href, change.etag())
                : scope.memberProperties(href, object);
        multistatus.response(href, properties.propstats(report.properties()));
      }
    }
    if (changes.truncated()) {
      // Section 3.6: the request-URI answers 507 when the limit cut the list short.
      multistatus.responseStatus(
          scope.collectionHref(), INSUFFICIENT_STORAGE, DavNames.NUMBER_OF_MATCHES_WITHIN_LIMITS);
    }
    multistatus.syncToken(SyncTokens.format(changes.revision()));
    return XmlResponses.multistatus(multistatus.finish());
  }

  /** The changed objects by name, read in one batch, unless the change log answers alone. */
  private static Map<String, ObjectData> objectsIfNeeded(
      CollectionRef collection, ChangeSet changes, List<QName> properties) {
    List<String> changed =
        changes.changes().stream().filter(change -> !change.deleted()).map(Change::name).toList();
    if (changed.isEmpty() || FROM_CHANGE_LOG.containsAll(properties)) {
      return Map.of();
    }
    Map<String, ObjectData> objects = new HashMap<>();
    for (ObjectData object :
        collection.api().multiget(collection.id(), new MultigetRequest(changed))) {
      objects.put(object.name(), object);
    }
    return objects;
  }
}
