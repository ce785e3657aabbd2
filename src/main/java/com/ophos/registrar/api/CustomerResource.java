package com.ophos.registrar.api;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.CreateCustomer;
import com.ophos.registrar.lifecycle.NewCustomer;
import com.ophos.registrar.lifecycle.journal.IdempotentCreates;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.api.scope.CustomerScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/customers")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final CreateCustomer createCustomer;
    private final IdempotentCreates idempotent;
    private final SecurityIdentity caller;
    private final CustomerScope scope;

    public CustomerResource(CreateCustomer createCustomer, IdempotentCreates idempotent, SecurityIdentity caller,
                            CustomerScope scope) {
        this.scope = scope;
        this.createCustomer = createCustomer;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a customer", description = "Requires an Idempotency-Key header; a repeat returns the same customer.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "customer",
                                   value = "{\"name\":\"Dupont SARL\",\"email\":\"contact@dupont.example\"}")))
                           @NotNull @Valid CustomerJson.Request request) {
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        long id = idempotent.once(principal, key, "customer", request,
                () -> createCustomer.run(new NewCustomer(request.name(), request.email()), principal).id);
        return Response.created(URI.create("/api/v1/customers/" + id)).entity(view(id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a customer")
    public CustomerJson.View get(@PathParam("id") long id) {
        scope.actFor(id);
        return view(id);
    }

    private static CustomerJson.View view(long id) {
        Customer customer = QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(id));
        if (customer == null) {
            throw new NotFoundProblem("customer " + id + " does not exist");
        }
        return CustomerJson.View.of(customer);
    }
}
