package com.ophos.registrar.dns.powerdns;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The PowerDNS Authoritative HTTP API (v1), only the parts the gateway uses. Errors come back as
 * {@link PowerDnsException} subtypes (see {@link PowerDnsErrors}); use it through {@link PowerDns},
 * which also turns transport failures into {@link PowerDnsUnavailableException}.
 */
@RegisterRestClient(configKey = "powerdns")
@RegisterProvider(PowerDnsErrors.class)
@ClientHeaderParam(name = "X-API-Key", value = "${registrar.dns.api-key}")
@Path("/api/v1/servers/{server}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PowerDnsApi {

    @GET
    PdnsServer server(@PathParam("server") String server);

    @GET
    @Path("/zones")
    List<PdnsZone> zones(@PathParam("server") String server);

    @GET
    @Path("/zones/{zone}")
    PdnsZone zone(@PathParam("server") String server, @PathParam("zone") String zone);

    @POST
    @Path("/zones")
    PdnsZone createZone(@PathParam("server") String server, PdnsZone zone);

    /** Changes zone properties (kind, master_tsig_key_ids, ...); RRsets are not touched. */
    @PUT
    @Path("/zones/{zone}")
    void updateZone(@PathParam("server") String server, @PathParam("zone") String zone, PdnsZone properties);

    @DELETE
    @Path("/zones/{zone}")
    void deleteZone(@PathParam("server") String server, @PathParam("zone") String zone);

    @GET
    @Path("/zones/{zone}/metadata/{kind}")
    PdnsMetadata metadata(@PathParam("server") String server, @PathParam("zone") String zone,
            @PathParam("kind") String kind);

    @PUT
    @Path("/zones/{zone}/metadata/{kind}")
    PdnsMetadata putMetadata(@PathParam("server") String server, @PathParam("zone") String zone,
            @PathParam("kind") String kind, PdnsMetadata metadata);

    @GET
    @Path("/tsigkeys/{key}")
    PdnsTsigKey tsigKey(@PathParam("server") String server, @PathParam("key") String key);

    @POST
    @Path("/tsigkeys")
    PdnsTsigKey createTsigKey(@PathParam("server") String server, PdnsTsigKey key);

    @DELETE
    @Path("/tsigkeys/{key}")
    void deleteTsigKey(@PathParam("server") String server, @PathParam("key") String key);
}
