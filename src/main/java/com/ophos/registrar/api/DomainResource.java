package com.ophos.registrar.api;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.CheckDomains;
import com.ophos.registrar.lifecycle.DeleteOnRequest;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.RegisterDomain;
import com.ophos.registrar.lifecycle.RenewOnRequest;
import com.ophos.registrar.lifecycle.change.AlignExpiry;
import com.ophos.registrar.lifecycle.change.AnswerTransferAway;
import com.ophos.registrar.lifecycle.change.PatchDomain;
import com.ophos.registrar.lifecycle.change.SetAuthCode;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.journal.RequestHash;
import com.ophos.registrar.lifecycle.restore.RestoreOnRequest;
import com.ophos.registrar.lifecycle.transfer.RequestTransferIn;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation.State;
import com.ophos.registrar.lifecycle.name.DomainName;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/domains")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainResource {
    static final int MAX_NAMES_PER_CHECK = 50;

    private final CheckDomains checkDomains;
    private final RegisterDomain registerDomain;
    private final OperationDispatcher dispatcher;
    private final OperationJournal journal;
    private final RenewOnRequest renewOnRequest;
    private final DeleteOnRequest deleteOnRequest;
    private final SecurityIdentity caller;
    private final CustomerScope scope;
    private final Duration syncWait;
    private final PatchDomain patchDomain;
    private final SetAuthCode setAuthCode;
    private final AnswerTransferAway answerTransferAway;
    private final RequestHash requestHash;
    private final RequestTransferIn requestTransferIn;
    private final AlignExpiry alignExpiry;
    private final RestoreOnRequest restoreOnRequest;

    public DomainResource(CheckDomains checkDomains, RegisterDomain registerDomain, OperationDispatcher dispatcher,
                          OperationJournal journal, RenewOnRequest renewOnRequest, DeleteOnRequest deleteOnRequest,
                          SecurityIdentity caller, CustomerScope scope,
                          @ConfigProperty(name = "registrar.api.sync-wait", defaultValue = "PT2S") Duration syncWait,
                          PatchDomain patchDomain, SetAuthCode setAuthCode, AnswerTransferAway answerTransferAway,
                          RequestHash requestHash, RequestTransferIn requestTransferIn, AlignExpiry alignExpiry,
                          RestoreOnRequest restoreOnRequest) {
        this.restoreOnRequest = restoreOnRequest;
        this.alignExpiry = alignExpiry;
        this.requestTransferIn = requestTransferIn;
        this.patchDomain = patchDomain;
        this.setAuthCode = setAuthCode;
        this.answerTransferAway = answerTransferAway;
        this.requestHash = requestHash;
        this.renewOnRequest = renewOnRequest;
        this.deleteOnRequest = deleteOnRequest;
        this.checkDomains = checkDomains;
        this.registerDomain = registerDomain;
        this.dispatcher = dispatcher;
        this.journal = journal;
        this.caller = caller;
        this.scope = scope;
        this.syncWait = syncWait;
    }

    @GET
    @Path("/check")
    @Operation(summary = "Availability and price of names",
            description = "Repeat `name` for several names. Each gets its own entry; invalid names and names of "
                    + "unsupported TLDs get available=false with a reason and are never sent to a registry.")
    public Uni<CheckJson> check(@QueryParam("name") List<String> name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("name", "give at least one name to check");
        }
        if (name.size() > MAX_NAMES_PER_CHECK) {
            throw new InvalidInputException("name", "at most " + MAX_NAMES_PER_CHECK + " names per check");
        }
        return checkDomains.run(name).map(CheckJson::of);
    }

    @POST
    @Operation(summary = "Register a name",
            description = "Requires an Idempotency-Key header: the same key and body return the same operation, the "
                    + "same key with another body is 409. Answers 201 when the registry answered within "
                    + "registrar.api.sync-wait, otherwise 202 with Location of the operation to follow.")
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                             @RequestBody(content = @Content(examples = @ExampleObject(name = "register",
                                     value = "{\"customerId\":1,\"name\":\"example-4711.com\",\"years\":1,"
                                             + "\"holder\":1,\"admin\":1,\"tech\":[1],"
                                             + "\"nameservers\":[\"ns1.ophos.example\",\"ns2.ophos.example\"]}")))
                             @NotNull @Valid DomainJson.Request request) {
        scope.actFor(request.customerId());
        String key = IdempotencyKeys.require(idempotencyKey);
        OperationJournal.Opened opened = registerDomain.run(request.toOrder(), caller.getPrincipal().getName(), key);
        long id = opened.operation().id;
        if (opened.created()) {
            awaitBriefly(dispatcher.dispatch(opened.operation().kind, id));
        }
        com.ophos.registrar.lifecycle.model.Operation now = journal.find(id).orElseThrow();
        OperationJson body = OperationJson.of(now);
        if (now.state == State.SUCCEEDED) {
            return Response.created(URI.create("/api/v1/domains/" + now.domain))
                    .header("Content-Location", "/api/v1/operations/" + id).entity(body).build();
        }
        return Response.accepted(body).location(URI.create("/api/v1/operations/" + id)).build();
    }

    @POST
    @Path("/{name}/renewals")
    @Operation(summary = "Renew a name",
            description = "Requires an Idempotency-Key: the same key and body return the same renewal and never renew "
                    + "twice; the same key with another body is 409. The command carries the current expiry "
                    + "(curExpDate), so a lost answer is reconciled without a second renewal. 201 when the registry "
                    + "answered within registrar.api.sync-wait, otherwise 202 with Location of the operation.")
    public Response renew(@PathParam("name") String name, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                          @RequestBody(content = @Content(examples = @ExampleObject(name = "renew",
                                  value = "{\"years\":1}"))) @NotNull @Valid RenewalJson request) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        var attempt = renewOnRequest.run(name, request.years(), principal, key);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @DELETE
    @Path("/{name}")
    @Operation(summary = "Delete a name",
            description = "Requires an Idempotency-Key. A name deleted inside the registry's add grace period is "
                    + "refunded its create charge once. 200 with the finished operation when the registry answered "
                    + "within registrar.api.sync-wait, otherwise 202 with Location of the operation.")
    public Response delete(@PathParam("name") String name,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        var attempt = deleteOnRequest.run(name, principal, key);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @PATCH
    @Path("/{name}")
    @Operation(summary = "Change nameservers, client statuses or DS records",
            description = "Requires an Idempotency-Key. `nameservers` is the full list wanted; statuses (client* only) "
                    + "and DS records are added and removed. Everything is checked before anything is sent (host "
                    + "names, DS fields, the registry's nameserver count). A name frozen by a dispute is refused "
                    + "(422, R3). A lost answer is reconciled by info: the desired state there = done. 200 with the "
                    + "finished operation, or 202 with Location of the operation.")
    public Response patch(@PathParam("name") String name, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                          @RequestBody(content = @Content(examples = {
                                  @ExampleObject(name = "nameservers", value = "{\"nameservers\":"
                                          + "[\"ns1.ophos.example\",\"ns2.ophos.example\",\"ns3.ophos.example\"]}"),
                                  @ExampleObject(name = "glue", value = "{\"nameservers\":[{\"name\":"
                                          + "\"ns1.example-4711.com\",\"addresses\":[\"192.0.2.1\",\"2001:db8::1\"]},"
                                          + "\"ns2.ophos.example\"]}"),
                                  @ExampleObject(name = "lock", value = "{\"statuses\":{\"add\":"
                                          + "[\"clientTransferProhibited\",\"clientDeleteProhibited\"],\"remove\":[]}}"),
                                  @ExampleObject(name = "dnssec", value = "{\"ds\":{\"add\":[{\"keyTag\":12345,"
                                          + "\"algorithm\":13,\"digestType\":2,\"digest\":"
                                          + "\"49fd46e6c4b45c55d4ac69cbd3cd34ac1afe51de8b7f6d2a3f0a3b1c5d6e7f80\"}]}}")}))
                          @NotNull @Valid DomainPatchJson request) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        String hash = requestHash.of(java.util.List.of("patch", DomainName.parse(name).aLabel(), request));
        var attempt = patchDomain.run(name, request.toPatch(), principal, key, hash);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @POST
    @Path("/{name}/expiry-alignment")
    @Operation(summary = "Align the name's expiry on a month-day (ConsoliDate)",
            description = "Requires an Idempotency-Key. `expiryDay` is an ISO month-day (--MM-DD, not --02-29): the "
                    + "expiry moves forward to the next such day, less than a year away; the registry may charge the "
                    + "added days. Only registries whose policy has `expiry-sync` (Verisign) offer it: others are "
                    + "refused with 422 naming that policy, nothing sent. A name frozen by a dispute is refused "
                    + "(422, R3). A lost answer is reconciled by info: the expiry on the day = done. The domain's "
                    + "expiry is then read from the registry. 200 with the finished operation, or 202 with "
                    + "Location of the operation.")
    public Response alignExpiry(@PathParam("name") String name,
                                @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                @RequestBody(content = @Content(examples = @ExampleObject(name = "expiry-day",
                                        value = "{\"expiryDay\":\"--06-15\"}")))
                                @NotNull @Valid ExpiryAlignmentJson request) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        String hash = requestHash.of(java.util.List.of("expiry-alignment", DomainName.parse(name).aLabel(), request));
        var attempt = alignExpiry.run(name, request.expiryDay(), principal, key, hash);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @POST
    @Path("/{name}/restorations")
    @Operation(summary = "Restore a deleted name from redemption (RGP)",
            description = "Requires an Idempotency-Key; no body. Only a name the gateway deleted for this customer, "
                    + "which its registry holds in redemptionPeriod (RFC 3915, asked by info), can be restored: any "
                    + "other state is refused with 422 naming the registry's status, nothing sent. The restore fee is "
                    + "quoted by the registry's fee check where it offers the fee extension, else by the configured "
                    + "tariff, echoed with the restore (a changed price fails it) and charged once "
                    + "(REGISTRY_RESTORE). Verisign gets the request then the report, AFNIC the request only. 200 "
                    + "with the finished operation, or 202 with Location of the operation.")
    public Response restore(@PathParam("name") String name,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        String aLabel = DomainName.parse(name).aLabel();
        scope.requireOwner(restoreOnRequest.formerOwner(aLabel), aLabel);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        String hash = requestHash.of(List.of("restoration", aLabel));
        var attempt = restoreOnRequest.run(aLabel, principal, key, hash);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @POST
    @Path("/{name}/auth-code")
    @Operation(summary = "Set and return a new transfer secret (auth code)",
            description = "Requires an Idempotency-Key. The secret is generated to the registry's rules, set at the "
                    + "registry, stored encrypted, and returned only in this answer once the registry has it (the "
                    + "same request again with the same key returns it again; 202 until then). Refused for a name "
                    + "frozen by a dispute (422, R3).")
    @APIResponse(responseCode = "200", description = "secret set at the registry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "auth-code",
                    value = "{\"authCode\":\"q7Y#mZ2p!RkV9tWd\",\"operation\":{\"id\":51,\"kind\":"
                            + "\"domain-auth-code\",\"state\":\"succeeded\",\"domain\":\"example-4711.com\"}}")))
    public Response authCode(@PathParam("name") String name,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        var attempt = setAuthCode.run(name, principal, key);
        var outcome = awaitOutcome(attempt);
        Response operation = accepted(outcome.map(r -> r.result().operationId()).orElse(null), principal, key);
        OperationJson body = (OperationJson) operation.getEntity();
        return Response.fromResponse(operation)
                .entity(new AuthCodeJson(outcome.flatMap(r -> r.authCode()).orElse(null), body)).build();
    }

    @POST
    @Path("/transfers")
    @Operation(summary = "Transfer a name in from another registrar",
            description = "Requires an Idempotency-Key. Checked before anything is sent: the customer's own contacts, "
                    + "R1 for a .fr holder (legal entities only), a period the registry offers, the auth code. The "
                    + "request echoes the quoted transfer fee. The registry answers 1001: 202 with Location of the "
                    + "operation, which succeeds when the losing registrar (or the registry's deadline) approves — "
                    + "the name then belongs to the customer and the registry's transfer fee is charged once.")
    public Response transferIn(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                               @RequestBody(content = @Content(examples = @ExampleObject(name = "transfer-in",
                                       value = "{\"customerId\":1,\"name\":\"example-4711.com\","
                                               + "\"authCode\":\"q7Y#mZ2p!RkV9tWd\",\"years\":1,\"holder\":1,"
                                               + "\"admin\":1,\"tech\":[1]}")))
                               @NotNull @Valid TransferInJson request) {
        scope.actFor(request.customerId());
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        // the auth code is hashed with the rest: a replay must carry the same one
        String hash = requestHash.of(java.util.List.of("transfer-in", request));
        var attempt = requestTransferIn.run(request.toOrder(), principal, key, hash);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    @POST
    @Path("/{name}/transfer-away/approval")
    @Operation(summary = "Approve another registrar's pending transfer of the name",
            description = "Requires an Idempotency-Key. 409 when no transfer is pending; 422 (R3) for a name frozen "
                    + "by a dispute. Once approved the name leaves the gateway.")
    public Response approveTransferAway(@PathParam("name") String name,
                                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return answerTransferAway(name, true, idempotencyKey);
    }

    @POST
    @Path("/{name}/transfer-away/rejection")
    @Operation(summary = "Reject another registrar's pending transfer of the name",
            description = "Requires an Idempotency-Key. 409 when no transfer is pending; 422 (R3) for a name frozen "
                    + "by a dispute.")
    public Response rejectTransferAway(@PathParam("name") String name,
                                       @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return answerTransferAway(name, false, idempotencyKey);
    }

    private Response answerTransferAway(String name, boolean approve, String idempotencyKey) {
        requireOwnerOf(name);
        String key = IdempotencyKeys.require(idempotencyKey);
        String principal = caller.getPrincipal().getName();
        var attempt = answerTransferAway.run(name, approve, principal, key);
        Long operationId = awaitOutcome(attempt).map(r -> r.operationId()).orElse(null);
        return accepted(operationId, principal, key);
    }

    /** The attempt's result if it came within the wait; refusals of the request itself are thrown. */
    private <T> java.util.Optional<T> awaitOutcome(CompletableFuture<T> attempt) {
        try {
            return java.util.Optional.of(attempt.get(syncWait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException("operation attempt failed", e.getCause());
        }
    }

    /** 201/200 for a finished operation, 202 + Location while it is still being worked on. */
    private Response accepted(Long operationId, String principal, String key) {
        com.ophos.registrar.lifecycle.model.Operation op = operationId != null
                ? journal.find(operationId).orElseThrow()
                : QuarkusTransaction.requiringNew().call(() ->
                        com.ophos.registrar.lifecycle.model.Operation.byIdempotencyKey(principal, key))
                        .orElseThrow(() -> new IllegalStateException("the operation was not journalled in time"));
        OperationJson body = OperationJson.of(op);
        URI location = URI.create("/api/v1/operations/" + op.id);
        if (op.state == State.SUCCEEDED || op.state == State.FAILED) {
            return Response.status(op.state == State.SUCCEEDED && op.kind
                            == com.ophos.registrar.lifecycle.model.Operation.Kind.DOMAIN_RENEW ? 201 : 200)
                    .location(location).entity(body).build();
        }
        return Response.accepted(body).location(location).build();
    }

    /** A quick registry answers within the wait and the caller gets 201; a slow one is followed later. */
    private void awaitBriefly(java.util.concurrent.CompletableFuture<Void> attempt) {
        try {
            attempt.get(syncWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still running: the caller follows the operation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("operation attempt failed", e.getCause());
        }
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Read a registered name (A-label or Unicode)")
    public DomainJson.View get(@PathParam("name") String name) {
        String aLabel = DomainName.parse(name).aLabel();
        DomainJson.View domain = QuarkusTransaction.requiringNew()
                .call(() -> Domain.byName(aLabel).map(DomainJson.View::of))
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway"));
        scope.requireOwner(domain.customerId(), aLabel);
        return domain;
    }

    /** R23: a name managed for another customer is out of reach; unknown names are left to the flow's 404. */
    private void requireOwnerOf(String name) {
        String aLabel = DomainName.parse(name).aLabel();
        QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel).map(d -> d.customerId))
                .ifPresent(owner -> scope.requireOwner(owner, aLabel));
    }

    @GET
    @Operation(summary = "A customer's names, paged (page from 0)")
    public DomainJson.Page list(@QueryParam("customer") @NotNull Long customer,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        scope.actFor(customer);
        return QuarkusTransaction.requiringNew().call(() -> {
            PanacheQuery<Domain> query = Domain.find("customerId", Sort.by("name"), customer);
            List<DomainJson.View> items = query.page(page, size).list().stream().map(DomainJson.View::of).toList();
            return new DomainJson.Page(items, page, size, query.count());
        });
    }
}
