package com.ophos.registrar.api.dispute;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.dispute.ChangeContractTermForBreach;
import com.ophos.registrar.dispute.MoveContractToAccount;
import com.ophos.registrar.dispute.ReassignContract;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Support-only contract actions, audited like dispute steps: duration for breach (R14), assignment to
 * another customer and moving its domains to another registry account (R24).
 */
@Path("/api/v1/support/contracts/{id}")
@RolesAllowed("support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class SupportContractResource {
    private final ChangeContractTermForBreach changeTerm;
    private final ReassignContract reassign;
    private final MoveContractToAccount moveToAccount;
    private final SecurityIdentity identity;

    public SupportContractResource(ChangeContractTermForBreach changeTerm, ReassignContract reassign,
                                   MoveContractToAccount moveToAccount, SecurityIdentity identity) {
        this.changeTerm = changeTerm;
        this.reassign = reassign;
        this.moveToAccount = moveToAccount;
        this.identity = identity;
    }

    /** One domain of a contract's account move: the move when one ran, else why the name did not move. */
    public record ContractMoveJson(String domain, AccountMoveJson move, String problem) {
    }

    /** What the support actions answer about a contract. */
    public record ContractJson(long id, long customerId, String domain, String status, Instant termEndsAt,
                               Instant endsAt) {
        static ContractJson of(Contract c) {
            return new ContractJson(c.id, c.customerId, c.domain, c.status.name(), c.termEndsAt, c.endsAt);
        }
    }

    @POST
    @Path("term")
    @Operation(summary = "R14: change the contract's duration for a breach of the terms, without notice")
    public ContractJson changeTerm(@PathParam("id") long id, @RequestBody(content = @Content(examples =
            @ExampleObject(name = "end the term early (R14)", value = """
                    {"termEndsAt":"2026-12-31T00:00:00Z","reason":"Spam relay despite two warnings"}""")))
            ContractTermJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        return ContractJson.of(changeTerm.run(id, body.termEndsAt(), identity.getPrincipal().getName(), body.reason()));
    }

    @POST
    @Path("assignment")
    @Operation(summary = "R24: assign the contract (and its domains) to another customer")
    public ContractJson assign(@PathParam("id") long id, @RequestBody(content = @Content(examples =
            @ExampleObject(name = "assign to another customer (R24)", value = """
                    {"customerId":1051,"reason":"Business sold to Martin SAS, deed of 2026-11-02"}""")))
            ContractAssignmentJson body) {
        if (body == null || body.customerId() == null) {
            throw new InvalidInputException("customerId", "the customer the contract is assigned to (R24)");
        }
        return ContractJson.of(reassign.run(id, body.customerId(), identity.getPrincipal().getName(), body.reason()));
    }

    @POST
    @Path("registry-account")
    @Operation(summary = "R24: move every domain of the contract to another registrar account at its registry")
    public List<ContractMoveJson> moveToAccount(@PathParam("id") long id, @RequestBody(content = @Content(examples =
            @ExampleObject(name = "move to the reseller account (R24)", value = """
                    {"account":"verisign.reseller","reason":"Contract taken over by the reseller programme"}""")))
            AccountChangeJson body) {
        SupportAccountResource.require(body);
        return moveToAccount.run(id, body.account(), identity.getPrincipal().getName(), body.reason()).stream()
                .map(r -> new ContractMoveJson(r.domain(), r.move().map(AccountMoveJson::of).orElse(null),
                        r.problem().orElse(null)))
                .toList();
    }
}
