package dev.partage.contracts.api;

import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.CopyRequest;
import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.contracts.collection.NewCollection;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.contracts.collection.WriteResult;
import dev.partage.contracts.error.ServiceErrorMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * The internal API every collection service (calendar, task, contact) serves to the gateway. One
 * interface: the services implement it as their REST resource and the gateway calls it as a REST
 * client, so the two sides cannot drift apart. Callers send the user's bearer token.
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ServiceErrorMapper.class)
public interface CollectionApi {

  @GET
  @Path("/homes/{owner}/collections")
  List<CollectionDto> listCollections(@PathParam("owner") String owner);

  @POST
  @Path("/homes/{owner}/collections")
  CollectionDto createCollection(@PathParam("owner") String owner, NewCollection collection);

  @GET
  @Path("/collections/{id}")
  CollectionDto getCollection(@PathParam("id") UUID id);

  @PATCH
  @Path("/collections/{id}")
  CollectionDto patchCollection(@PathParam("id") UUID id, CollectionPatch patch);

  @DELETE
  @Path("/collections/{id}")
  void deleteCollection(@PathParam("id") UUID id);

  @GET
  @Path("/collections/{id}/objects")
  List<ObjectMeta> listObjects(@PathParam("id") UUID id);

  @GET
  @Path("/collections/{id}/objects/{name}")
  ObjectData getObject(@PathParam("id") UUID id, @PathParam("name") String name);

  /**
   * Stores an object. {@code ifMatch} and {@code ifNoneMatch} carry the client's conditional
   * headers unchanged (RFC 9110 section 13.1); a failed condition is a 412.
   */
  @PUT
  @Path("/collections/{id}/objects/{name}")
  @Consumes(MediaType.WILDCARD)
  WriteResult putObject(
      @PathParam("id") UUID id,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      String body);

  @DELETE
  @Path("/collections/{id}/objects/{name}")
  WriteResult deleteObject(
      @PathParam("id") UUID id,
      @PathParam("name") String name,
      @HeaderParam("If-Match") String ifMatch);

  @POST
  @Path("/collections/{id}/objects/{name}/copy")
  WriteResult copyObject(
      @PathParam("id") UUID id, @PathParam("name") String name, CopyRequest request);

  @POST
  @Path("/collections/{id}/multiget")
  List<ObjectData> multiget(@PathParam("id") UUID id, MultigetRequest request);

  @POST
  @Path("/collections/{id}/query")
  List<ObjectData> query(@PathParam("id") UUID id, QueryRequest request);

  /**
   * vCards by name, converted to the version and cut to the properties asked for (RFC 6352 sections
   * 8.7 and 10.4); names that do not exist are left out.
   */
  @POST
  @Path("/collections/{id}/cards")
  List<ObjectData> readCards(@PathParam("id") UUID id, CardRead request);

  /** The cards matching an addressbook-query (RFC 6352 section 8.6), shaped as asked. */
  @POST
  @Path("/collections/{id}/cards/query")
  CardMatches queryCards(@PathParam("id") UUID id, CardQuery request);

  /** The VFREEBUSY answer to a free-busy-query, as iCalendar text (RFC 4791 section 7.10). */
  @POST
  @Path("/collections/{id}/freebusy")
  @Produces("text/calendar")
  String freeBusy(@PathParam("id") UUID id, FreeBusyRequest request);

  /**
   * Members changed after {@code since} (0: every member, no tombstones). An unknown or pruned
   * revision is a 403 carrying DAV:valid-sync-token.
   */
  @GET
  @Path("/collections/{id}/changes")
  ChangeSet changes(
      @PathParam("id") UUID id,
      @QueryParam("since") long since,
      @QueryParam("limit") Integer limit);
}
