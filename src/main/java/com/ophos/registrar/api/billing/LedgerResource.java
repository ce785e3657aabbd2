package com.ophos.registrar.api.billing;

import com.ophos.registrar.api.scope.CustomerScope;
import com.ophos.registrar.billing.contract.LiabilityCap;
import com.ophos.registrar.billing.contract.LiabilityCaps;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerFilter;
import com.ophos.registrar.billing.ledger.LedgerPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's ledger (JSON pages or CSV export) and liability cap (R18). */
@Path("/api/v1/customers/{customerId}")
@RolesAllowed({"frontend", "support"})
public class LedgerResource {

    static final String CSV = "text/csv";

    private final Ledger ledger;
    private final LiabilityCaps liabilityCaps;
    private final CustomerScope scope;

    LedgerResource(Ledger ledger, LiabilityCaps liabilityCaps, CustomerScope scope) {
        this.ledger = ledger;
        this.liabilityCaps = liabilityCaps;
        this.scope = scope;
    }

    public record LedgerPageView(long customerId, int page, int size, long total, List<LedgerEntryView> entries) {
    }

    public record LiabilityCapView(long customerId, String rule, Instant monthStart, Instant at, String amount,
                                   String currency, List<Long> contractIds) {
    }

    @GET
    @Path("/ledger")
    @Produces(MediaType.APPLICATION_JSON)
    public LedgerPageView ledger(@PathParam("customerId") long customerId, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("kind") String kind,
                                 @QueryParam("domain") String domain, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        scope.actFor(customerId);
        LedgerPage found = ledger.list(filter(customerId, from, to, kind, domain),
                QueryParams.intInRange("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.intInRange("size", size, 50, 1, 500));
        return new LedgerPageView(customerId, found.page(), found.size(), found.total(),
                found.entries().stream().map(LedgerEntryView::of).toList());
    }

    /** Every entry matching the filters, oldest first; paging does not apply to the export. */
    @GET
    @Path("/ledger")
    @Produces(CSV)
    public String ledgerCsv(@PathParam("customerId") long customerId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("kind") String kind,
                            @QueryParam("domain") String domain) {
        scope.actFor(customerId);
        return LedgerCsv.write(ledger.listAll(filter(customerId, from, to, kind, domain)).stream()
                .map(LedgerEntryView::of).toList());
    }

    @GET
    @Path("/liability-cap")
    @Produces(MediaType.APPLICATION_JSON)
    public LiabilityCapView liabilityCap(@PathParam("customerId") long customerId, @QueryParam("at") String at) {
        scope.actFor(customerId);
        Instant when = QueryParams.bound("at", at, false).orElseGet(Instant::now);
        LiabilityCap cap = liabilityCaps.of(customerId, when);
        return new LiabilityCapView(customerId, "R18", cap.monthStart(), cap.at(), cap.amount().toPlainString(),
                cap.currency(), cap.contractIds());
    }

    private static LedgerFilter filter(long customerId, String from, String to, String kind, String domain) {
        return new LedgerFilter(customerId, QueryParams.bound("from", from, false), QueryParams.bound("to", to, true),
                QueryParams.enumValue("kind", kind, ChargeKind.class),
                Optional.ofNullable(domain).filter(d -> !d.isBlank()).map(String::trim));
    }
}
