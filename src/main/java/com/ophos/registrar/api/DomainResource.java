package com.ophos.registrar.api;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.CheckDomains;
import com.ophos.registrar.lifecycle.DeleteOnRequest;
import com.ophos.registrar.lifecycle.OperationDispatcher;
import com.ophos.registrar.lifecycle.RegisterDomain;
import com.ophos.registrar.lifecycle.RenewOnRequest;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
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

    public DomainResource(CheckDomains checkDomains, RegisterDomain registerDomain, OperationDispatcher dispatcher,
                          OperationJournal journal, RenewOnRequest renewOnRequest, DeleteOnRequest deleteOnRequest,
                          SecurityIdentity caller, CustomerScope scope,
                          @ConfigProperty(name = "registrar.api.sync-wait", defaultValue = "PT2S") Duration syncWait) {
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
