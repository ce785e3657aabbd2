package com.ophos.registrar.api;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.ChangeContact;
import com.ophos.registrar.lifecycle.CreateContact;
import com.ophos.registrar.lifecycle.journal.IdempotentCreates;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.api.scope.CustomerScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/contacts")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
    static final String ORGANIZATION_EXAMPLE = """
            {"customerId":1,"kind":"organization","name":"Jeanne Martin","organization":"Dupont SARL",
             "email":"jeanne.martin@dupont.example","phone":"+33.145678900",
             "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
             "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}""";

    static final String PATCH_EXAMPLE = """
            {"email":"legal@dupont.example",
             "address":{"street":["1 quai Branly"],"city":"Paris","postalCode":"75007","countryCode":"FR"}}""";

    private final CreateContact createContact;
    private final ChangeContact changeContact;
    private final IdempotentCreates idempotent;
    private final SecurityIdentity caller;
    private final CustomerScope scope;

    public ContactResource(CreateContact createContact, ChangeContact changeContact, IdempotentCreates idempotent,
                           SecurityIdentity caller, CustomerScope scope) {
        this.scope = scope;
        this.createContact = createContact;
        this.changeContact = changeContact;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a holder, admin or tech contact of a customer",
            description = "A person, or an organization with legal-entity identifiers (required for .fr holders, R1). "
                    + "Requires an Idempotency-Key header.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "organization",
                                   value = ORGANIZATION_EXAMPLE)))
                           @NotNull @Valid ContactJson.Request request) {
        scope.actFor(request.customerId());
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        long id = idempotent.once(principal, key, "contact", request,
                () -> createContact.run(request.toNewContact(), principal).id);
        return Response.created(URI.create("/api/v1/contacts/" + id)).entity(view(id)).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a contact and every registry copy of it",
            description = "Partial update: any creation field but customerId; an absent field keeps its value, address "
                    + "and legalEntity are replaced whole. Requires an Idempotency-Key (same key and body: same "
                    + "operation; same key, other body: 409). Validated as at creation and against R1 (the holder of "
                    + "a .fr name stays a legal entity) before anything is sent. The change is journalled, then sent "
                    + "to each registry holding the contact (contact:update; AFNIC with its legal-entity data); the "
                    + "contact shows the new data once every registry holds it. 202 with Location of the operation.")
    public Response change(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "new address",
                                   value = PATCH_EXAMPLE)))
                           @NotNull @Valid ContactJson.Patch request) {
        scope.requireOwner(view(id).customerId(), "contact " + id);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        long operationId = changeContact.run(id, request.toPatch(), principal, key).operationId();
        OperationJson body = QuarkusTransaction.requiringNew().call(() ->
                OperationJson.of(com.ophos.registrar.lifecycle.model.Operation.findById(operationId)));
        return Response.accepted(body).location(URI.create("/api/v1/operations/" + operationId)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a contact")
    public ContactJson.View get(@PathParam("id") long id) {
        ContactJson.View contact = view(id);
        scope.requireOwner(contact.customerId(), "contact " + id);
        return contact;
    }

    private static ContactJson.View view(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = Contact.findById(id);
            if (contact == null) {
                throw new NotFoundProblem("contact " + id + " does not exist");
            }
            return ContactJson.View.of(contact);
        });
    }
}
