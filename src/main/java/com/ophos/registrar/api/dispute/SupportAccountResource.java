package com.ophos.registrar.api.dispute;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.dispute.MoveDomainToAccount;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R24 support action: move a domain to another registry account. A contract's domains move through
 * {@link SupportContractResource}.
 */
@Path("/api/v1/support/domains/{name}")
@RolesAllowed("support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class SupportAccountResource {
    private final MoveDomainToAccount moveDomain;
    private final SecurityIdentity identity;

    public SupportAccountResource(MoveDomainToAccount moveDomain, SecurityIdentity identity) {
        this.moveDomain = moveDomain;
        this.identity = identity;
    }

    @POST
    @Path("registry-account")
    @Operation(summary = "R24: move the domain to another registrar account at its registry (a transfer between"
            + " the accounts, requested with the losing account's auth code and approved by it)")
    public AccountMoveJson moveDomain(@PathParam("name") String name, @RequestBody(content = @Content(examples =
            @ExampleObject(name = "move to the reseller account (R24)", value = """
                    {"account":"verisign.reseller","reason":"Customer moves to the reseller programme, ticket 4471"}""")))
            AccountChangeJson body) {
        require(body);
        return AccountMoveJson.of(moveDomain.run(name, body.account(), user(), body.reason()));
    }

    static void require(AccountChangeJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
