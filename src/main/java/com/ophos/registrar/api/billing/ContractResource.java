package com.ophos.registrar.api.billing;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.billing.contract.ActivateContract;
import com.ophos.registrar.billing.contract.ChangeOffer;
import com.ophos.registrar.billing.contract.ChangeTermForBreach;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractOrder;
import com.ophos.registrar.billing.contract.OrderContract;
import com.ophos.registrar.billing.contract.PaymentReceived;
import com.ophos.registrar.billing.contract.RecordContentViolation;
import com.ophos.registrar.billing.contract.RecordPayment;
import com.ophos.registrar.billing.contract.RenewalPricing;
import com.ophos.registrar.billing.contract.RenewalQuote;
import com.ophos.registrar.billing.contract.ResumeContract;
import com.ophos.registrar.billing.contract.SuspendContract;
import com.ophos.registrar.billing.contract.SuspensionReason;
import com.ophos.registrar.billing.contract.TerminateContract;
import com.ophos.registrar.billing.contract.WithdrawContract;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Contracts of the terms of sale (R4-R16, R22); support-only actions are marked so. */
@Path("/api/v1/contracts")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final OrderContract order;
    private final RecordPayment payment;
    private final ActivateContract activation;
    private final ChangeOffer change;
    private final TerminateContract termination;
    private final WithdrawContract withdrawal;
    private final SuspendContract suspension;
    private final ResumeContract resumption;
    private final ChangeTermForBreach termChange;
    private final RecordContentViolation contentViolation;
    private final RenewalPricing renewalPricing;
    private final SecurityIdentity identity;
    private final CustomerScope scope;

    ContractResource(OrderContract order, RecordPayment payment, ActivateContract activation, ChangeOffer change,
                     TerminateContract termination, WithdrawContract withdrawal, SuspendContract suspension,
                     ResumeContract resumption, ChangeTermForBreach termChange,
                     RecordContentViolation contentViolation, RenewalPricing renewalPricing,
                     SecurityIdentity identity, CustomerScope scope) {
        this.scope = scope;
        this.order = order;
        this.payment = payment;
        this.activation = activation;
        this.change = change;
        this.termination = termination;
        this.withdrawal = withdrawal;
        this.suspension = suspension;
        this.resumption = resumption;
        this.termChange = termChange;
        this.contentViolation = contentViolation;
        this.renewalPricing = renewalPricing;
        this.identity = identity;
    }

    public record OfferChange(String offer) {
    }

    public record SuspensionRequest(String reason) {
    }

    public record TermChange(String termEndsAt, String reason) {
    }

    public record ContentViolation(String violationReference, String reason) {
    }

    public record FeeView(long ledgerEntryId, String kind, String amount, String currency, String vatAmount) {
        static FeeView of(LedgerEntry entry) {
            return new FeeView(entry.id, entry.kind.name(), entry.amount.toPlainString(), entry.currency,
                    entry.vatAmount.toPlainString());
        }
    }

    public record RenewalQuoteView(long contractId, String offer, Instant periodStart, Instant periodEnd, int months,
                                   String monthlyPrice, String amount, String currency, String paymentMethod,
                                   Long priceNoticeId) {
        static RenewalQuoteView of(RenewalQuote q) {
            return new RenewalQuoteView(q.contractId(), q.offer(), q.periodStart(), q.periodEnd(), q.months(),
                    q.monthlyPrice().toPlainString(), q.amount().toPlainString(), q.currency(),
                    q.paymentMethod().name(), q.priceNoticeId());
        }
    }

    @POST
    public Response order(ContractOrder request) {
        ContractOrder contractOrder = require(request, "body");
        if (contractOrder.customerId() != null) {
            scope.actFor(contractOrder.customerId());
        }
        Contract contract = order.run(contractOrder, Instant.now());
        return Response.created(URI.create("/api/v1/contracts/" + contract.id)).entity(ContractView.of(contract)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public ContractView get(@PathParam("id") long id) {
        Contract contract = Contract.require(id);
        scope.requireOwner(contract.customerId, "contract " + id);
        return ContractView.of(contract);
    }

    @POST
    @Path("/{id}/payments")
    public ContractView payment(@PathParam("id") long id, PaymentReceived request) {
        requireOwner(id);
        return ContractView.of(payment.run(id, require(request, "body"), Instant.now()));
    }

    @POST
    @Path("/{id}/activation")
    @Operation(summary = "Activate a paid contract (R6) by sending its activation notice",
            description = "Takes no request body (one sent is ignored). The notice is mailed to the e-mail address "
                    + "recorded for the contract's customer; its timestamp is the contract's start (R10).")
    public ContractView activation(@PathParam("id") long id) {
        requireOwner(id);
        return ContractView.of(activation.run(id, Instant.now()));
    }

    @POST
    @Path("/{id}/change")
    public ContractView change(@PathParam("id") long id, OfferChange request) {
        requireOwner(id);
        return ContractView.of(change.run(id, require(request, "offer").offer(), Instant.now()));
    }

    @POST
    @Path("/{id}/termination")
    public ContractView termination(@PathParam("id") long id) {
        requireOwner(id);
        return ContractView.of(termination.run(id, Instant.now()));
    }

    @POST
    @Path("/{id}/withdrawal")
    public ContractView withdrawal(@PathParam("id") long id) {
        requireOwner(id);
        return ContractView.of(withdrawal.run(id, Instant.now()));
    }

    /** R12/R7: what renewing for another term would cost. */
    @GET
    @Path("/{id}/renewal-quote")
    public RenewalQuoteView renewalQuote(@PathParam("id") long id, @QueryParam("until") String until) {
        requireOwner(id);
        return QueryParams.bound("until", until, false)
                .map(end -> RenewalQuoteView.of(renewalPricing.quoteRenewalUntil(id, end)))
                .orElseGet(() -> RenewalQuoteView.of(renewalPricing.quoteRenewal(id, Instant.now())));
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed("support")
    public ContractView suspension(@PathParam("id") long id, SuspensionRequest request) {
        SuspensionReason reason = QueryParams.enumValue("reason", require(request, "reason").reason(),
                SuspensionReason.class).orElse(null);
        suspension.run(id, reason, actor(), Instant.now());
        return get(id);
    }

    /** R8: resuming charges the reactivation fee; the entry is returned. */
    @POST
    @Path("/{id}/resumption")
    @RolesAllowed("support")
    public FeeView resumption(@PathParam("id") long id) {
        return FeeView.of(resumption.run(id, actor(), Instant.now()));
    }

    @POST
    @Path("/{id}/term")
    @RolesAllowed("support")
    public ContractView termForBreach(@PathParam("id") long id, TermChange request) {
        TermChange change = require(request, "termEndsAt");
        Instant end = QueryParams.bound("termEndsAt", change.termEndsAt(), false).orElse(null);
        return ContractView.of(termChange.run(id, end, change.reason(), actor(), Instant.now()));
    }

    /** R22: the penalty is returned; the contract ends within 24 hours. */
    @POST
    @Path("/{id}/content-violations")
    @RolesAllowed("support")
    public FeeView contentViolation(@PathParam("id") long id, ContentViolation request) {
        ContentViolation violation = require(request, "violationReference");
        return FeeView.of(contentViolation.run(id, violation.violationReference(), violation.reason(), actor(),
                Instant.now()));
    }

    /** R23: a frontend request reaches only the contracts of the customer it acts for. */
    private void requireOwner(long contractId) {
        long owner = QuarkusTransaction.requiringNew().call(() -> Contract.require(contractId).customerId);
        scope.requireOwner(owner, "contract " + contractId);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static <T> T require(T body, String field) {
        if (body == null) {
            throw new InvalidInputException(field, "a JSON body is required");
        }
        return body;
    }
}
