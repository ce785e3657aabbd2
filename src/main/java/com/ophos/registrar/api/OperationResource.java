package com.ophos.registrar.api;

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

    public OperationResource(OperationJournal journal) {
        this.journal = journal;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Follow an operation: state, timestamps, the registry's result code, message and svTRID")
    public OperationJson get(@PathParam("id") long id) {
        return journal.find(id).map(OperationJson::of)
                .orElseThrow(() -> new NotFoundProblem("operation " + id + " does not exist"));
    }
}
