package com.ophos.registrar.api;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/operations")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
public class OperationResource {
    private final OperationJournal journal;
    private final CustomerScope scope;

    public OperationResource(OperationJournal journal, CustomerScope scope) {
        this.journal = journal;
        this.scope = scope;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Follow an operation: state, timestamps, the registry's result code, message and svTRID")
    public OperationJson get(@PathParam("id") long id) {
        var operation = journal.find(id)
                .orElseThrow(() -> new NotFoundProblem("operation " + id + " does not exist"));
        if (operation.customerId != null) {
            scope.requireOwner(operation.customerId, "operation " + id);
        }
        return OperationJson.of(operation);
    }
}
