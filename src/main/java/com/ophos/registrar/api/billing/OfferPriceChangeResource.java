package com.ophos.registrar.api.billing;

import com.ophos.registrar.billing.contract.PriceNotice;
import com.ophos.registrar.billing.contract.PriceNotices;
import com.ophos.registrar.common.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** R7: price increase notices of an offer and their opposition windows. */
@Path("/api/v1/offers/{offer}/price-changes")
@RolesAllowed({"frontend", "support"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferPriceChangeResource {

    private final PriceNotices notices;

    OfferPriceChangeResource(PriceNotices notices) {
        this.notices = notices;
    }

    public record PriceChange(BigDecimal newPriceMonthly) {
    }

    public record PriceNoticeView(long id, String offer, String rule, String oldPriceMonthly, String newPriceMonthly,
                                  String currency, Instant notifiedAt, Instant oppositionEndsAt) {
        static PriceNoticeView of(PriceNotice n) {
            return new PriceNoticeView(n.id, n.offerName, "R7", n.oldPriceMonthly.toPlainString(),
                    n.newPriceMonthly.toPlainString(), n.currency, n.notifiedAt, n.oppositionEndsAt);
        }
    }

    /** Announcing a price increase is a company decision: support only. */
    @POST
    @RolesAllowed("support")
    public Response announce(@PathParam("offer") String offer, PriceChange change) {
        if (change == null) {
            throw new InvalidInputException("newPriceMonthly", "a JSON body is required");
        }
        PriceNotice notice = notices.announce(offer, change.newPriceMonthly(), Instant.now());
        return Response.status(Response.Status.CREATED).entity(PriceNoticeView.of(notice)).build();
    }

    @GET
    public List<PriceNoticeView> list(@PathParam("offer") String offer) {
        return notices.of(offer).stream().map(PriceNoticeView::of).toList();
    }
}
