package com.ophos.registrar.api;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.lifecycle.ChangeHolderAtRegistry;
import com.ophos.registrar.lifecycle.PropagateContactChange;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A domain's holder change run by its registry's own procedure (AFNIC trade), started by a contact
 * change: where it stands (asking the registry when it is still pending) and, for support, its
 * cancellation.
 */
@Path("/api/v1/domains/{name}/holder-change")
@Produces(MediaType.APPLICATION_JSON)
public class HolderChangeResource {
    private final ChangeHolderAtRegistry holderChange;
    private final PropagateContactChange contactChange;
    private final SecurityIdentity caller;
    private final CustomerScope scope;

    public HolderChangeResource(ChangeHolderAtRegistry holderChange, PropagateContactChange contactChange,
                                SecurityIdentity caller, CustomerScope scope) {
        this.scope = scope;
        this.holderChange = holderChange;
        this.contactChange = contactChange;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"frontend", "support"})
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The latest holder change of a name",
            description = "A holder change still pending at the registry is queried first (AFNIC trade query), "
                    + "which settles it when the registry has decided; the contact change it belongs to follows.")
    public OperationJson get(@PathParam("name") String name) {
        String aLabel = DomainName.parse(name).aLabel();
        QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel).map(d -> d.customerId))
                .ifPresent(owner -> scope.requireOwner(owner, aLabel));
        Operation op = holderChange.refresh(aLabel);
        contactChange.holderChangeMoved(op.id);
        return OperationJson.of(op);
    }

    @POST
    @Path("/cancellation")
    @RolesAllowed("support")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Cancel a pending holder change (support)",
            description = "AFNIC trade cancel. The holder change and the contact change it belongs to end as failed; "
                    + "nothing is charged (R19 charges only a completed change).")
    public OperationJson cancel(@PathParam("name") String name) {
        Operation op = holderChange.cancel(DomainName.parse(name).aLabel(), caller.getPrincipal().getName());
        contactChange.holderChangeMoved(op.id);
        return OperationJson.of(op);
    }
}
