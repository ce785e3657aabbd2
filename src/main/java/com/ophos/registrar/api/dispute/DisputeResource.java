package com.ophos.registrar.api.dispute;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.dispute.ActionResult;
import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.DisputeCases;
import com.ophos.registrar.dispute.DisputeState;
import com.ophos.registrar.dispute.OpenDispute;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dispute cases for support staff (R3, R22): open, list, read with the timeline, act. */
@Path("/api/v1/disputes")
@RolesAllowed("support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Third-party claims (R3) and illegal content (R22); role support")
public class DisputeResource {
    private final OpenDispute openDispute;
    private final DisputeActions actions;
    private final DisputeCases cases;
    private final SecurityIdentity identity;

    public DisputeResource(OpenDispute openDispute, DisputeActions actions, DisputeCases cases,
                           SecurityIdentity identity) {
        this.openDispute = openDispute;
        this.actions = actions;
        this.cases = cases;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Open a case; a third-party claim freezes the domain at once and the customer is mailed")
    public Response open(@RequestBody(content = @Content(examples = {
            @ExampleObject(name = "third-party claim (R3)", value = """
                    {"domain":"dupont-shop.fr","kind":"THIRD_PARTY_CLAIM","claimant":"Dupont Industries SA",
                     "grounds":"Registered trademark FR 4567890 'DUPONT'","documents":["court-order-2026-118.pdf",
                     "INPI-4567890"],"deadline":"2026-12-31T17:00:00Z","reason":"Claim received by registered letter"}"""),
            @ExampleObject(name = "illegal content (R22)", value = """
                    {"domain":"example-shop.com","kind":"ILLEGAL_CONTENT","grounds":"Phishing page reported by CERT",
                     "documents":["CERT-FR ticket 2026-4411"],"reason":"Report from CERT-FR"}""")}))
            OpenDisputeJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        DisputeCase opened = openDispute.run(body.toRequest(), actor());
        return Response.created(URI.create("/api/v1/disputes/" + opened.id))
                .entity(DisputeJson.of(opened, Optional.of(cases.timeline(opened.id)), Optional.empty())).build();
    }

    @GET
    @Operation(summary = "Cases, optionally in one state; active cases first by deadline")
    public List<DisputeJson> list(@QueryParam("state") String state) {
        List<DisputeCase> found = QuarkusTransaction.requiringNew().call(() -> state == null || state.isBlank()
                ? DisputeCase.<DisputeCase>list("order by id desc")
                : DisputeCase.inState(stateOf(state)));
        return found.stream().map(c -> DisputeJson.of(c, Optional.empty(), Optional.empty())).toList();
    }

    private static DisputeState stateOf(String value) {
        return Arrays.stream(DisputeState.values()).filter(s -> s.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("state", "unknown state '" + value
                        + "'; one of " + Arrays.toString(DisputeState.values())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case with its timeline (who, when, why, registry result and transaction ids)")
    public DisputeJson get(@PathParam("id") long id) {
        return DisputeJson.of(cases.require(id), Optional.of(cases.timeline(id)), Optional.empty());
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Run an action: freeze, stop-web, restore-web, hand-over, reject, close. A registry"
            + " failure is recorded and answered 502/503/504; the case keeps its state for a retry")
    public DisputeJson act(@PathParam("id") long id, @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "stop web access (R3, R22)", value = """
                    {"action":"stop-web","reason":"Decision of 2026-11-27","channels":["REGISTRY_HOLD","DNS"]}"""),
            @ExampleObject(name = "hand over with an auth code (R3)", value = """
                    {"action":"hand-over","reason":"Court order 2026-118","mode":"AUTH_CODE",
                     "recipient":"Dupont Industries SA via Registrar X"}"""),
            @ExampleObject(name = "approve the pending transfer (R3)", value = """
                    {"action":"hand-over","reason":"Court order 2026-118","mode":"APPROVE_TRANSFER"}"""),
            @ExampleObject(name = "AFNIC forced holder change (R3)", value = """
                    {"action":"hand-over","reason":"PARL EXPERT decision","mode":"HOLDER_CHANGE","newHolder":"DI123-FRNIC"}"""),
            @ExampleObject(name = "reject the claim", value = """
                    {"action":"reject","reason":"Claimant's rights not established"}""")}))
            ActionJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        ActionResult result = actions.run(id, actor(), body);
        return DisputeJson.of(result.disputeCase(), Optional.of(cases.timeline(id)), result.authCode());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
