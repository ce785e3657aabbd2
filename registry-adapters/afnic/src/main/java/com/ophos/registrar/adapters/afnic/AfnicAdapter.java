package com.ophos.registrar.adapters.afnic;

import com.ophos.registrar.adapters.AdapterContext;
import com.ophos.registrar.adapters.EppRegistryAdapter;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FrnicCommand;
import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.epp.model.FrnicResData;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.HolderChangeCancel;
import com.ophos.registrar.registry.spi.HolderChangeQuery;
import com.ophos.registrar.registry.spi.HolderChangeState;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AFNIC (.fr): every contact is a legal entity with frnic identifiers (R1: the company accepts no
 * individual, so {@code individualInfos} is never sent); name servers inline (policy
 * {@code host-objects=false}); one admin, 1-3 tech (policy); the registry assigns contact handles;
 * a holder change is a frnic {@code trade} (answered 1001, settled by a poll message), forced = {@code recover}.
 */
public final class AfnicAdapter extends EppRegistryAdapter {
    public static final List<String> OBJECT_URIS = List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT);
    public static final List<String> SUPPORTED_EXTENSIONS = List.of(EppNamespaces.FRNIC, EppNamespaces.SEC_DNS,
            EppNamespaces.RGP);

    public AfnicAdapter(AdapterContext context) {
        super(context);
    }

    /** Defence in depth behind the core's R1 check: nothing about a natural person reaches AFNIC. */
    @Override
    protected Optional<String> contactRefusal(ContactData data) {
        if (data.kind() == ContactData.Kind.PERSON || data.legalEntity().isEmpty()) {
            return Optional.of("R1: .fr contacts must be legal entities with their identifiers (company policy; "
                    + "AFNIC itself accepts EU individuals, this gateway does not)");
        }
        return Optional.empty();
    }

    @Override
    protected List<CommandExtension> contactExtensions(ContactData data) {
        return List.of(new FrnicExtension.ContactCreate(LegalEntityInfos.of(data, data.legalEntity().orElseThrow())));
    }

    /** The identifiers travel with every update, so AFNIC always holds the legal entity as we do. */
    @Override
    protected List<CommandExtension> contactUpdateExtensions(ContactData data) {
        return List.of(new FrnicExtension.ContactUpdate(LegalEntityInfos.of(data, data.legalEntity().orElseThrow())));
    }

    @Override
    protected Optional<String> extraCheckReason(EppResponse response, String name) {
        return response.extension(FrnicResData.CheckData.class).flatMap(data -> data.items().stream()
                .filter(item -> item.name().equalsIgnoreCase(name)).findFirst())
                .flatMap(item -> item.reason().or(() -> item.forbidden() ? Optional.of("forbidden")
                        : item.reserved() ? Optional.of("reserved") : Optional.empty()));
    }

    /**
     * frnic trade (holder's auth code) or, when forced, recover (AFNIC's authorisation code). AFNIC
     * answers 1001: the receipt is pending until the poll message with this clTRID settles it.
     */
    @Override
    public Uni<RegistryReceipt> changeHolder(HolderChange change) {
        return guarded(change.clTRID(), () -> {
            Optional<String> refusal = unserved(change.name()).or(() -> change.authInfo().isEmpty()
                    ? Optional.of(change.forced() ? "a recover needs AFNIC's authorisation code"
                    : "a trade needs the name's auth code")
                    : Optional.empty());
            if (refusal.isPresent()) {
                return refuse(refusal.get(), change.clTRID());
            }
            FrnicCommand command = change.forced()
                    ? new FrnicCommand.Recover(change.name(), change.newHolder(), change.authInfo().get())
                    : new FrnicCommand.Trade(FrnicCommand.TradeOp.REQUEST, change.name(),
                    Optional.of(change.newHolder()), change.authInfo());
            return send(EppCommand.of(command, change.clTRID())).map(response -> receipt(response, change.clTRID()));
        });
    }

    @Override
    public Uni<HolderChangeState> queryHolderChange(HolderChangeQuery query) {
        String clTRID = queryTrid();
        return guarded(clTRID, () -> unserved(query.name())
                .<Uni<HolderChangeState>>map(refusal -> refuse(refusal, clTRID))
                .orElseGet(() -> trade(FrnicCommand.TradeOp.QUERY, query.name(), clTRID)));
    }

    @Override
    public Uni<HolderChangeState> cancelHolderChange(HolderChangeCancel cancel) {
        return guarded(cancel.clTRID(), () -> unserved(cancel.name())
                .<Uni<HolderChangeState>>map(refusal -> refuse(refusal, cancel.clTRID()))
                .orElseGet(() -> trade(FrnicCommand.TradeOp.CANCEL, cancel.name(), cancel.clTRID())));
    }

    private Uni<HolderChangeState> trade(FrnicCommand.TradeOp op, String name, String clTRID) {
        return send(EppCommand.of(new FrnicCommand.Trade(op, name, Optional.empty(), Optional.empty()), clTRID))
                .map(response -> {
                    FrnicResData.OperationData data = response.extension(FrnicResData.OperationData.class)
                            .orElseThrow(() -> new IllegalStateException("frnic:trade answered without trdData"));
                    return new HolderChangeState(data.domain(), tradeStatus(data.status()), data.newHolder(),
                            data.requestedAt(), receipt(response, clTRID));
                });
    }

    /** AFNIC's trStatus words; an unknown one leaves the answer unreadable rather than guessed. */
    private static HolderChangeState.Status tradeStatus(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "pending", "newholderapproved", "oldholderapproved" -> HolderChangeState.Status.PENDING;
            case "completed", "ok" -> HolderChangeState.Status.COMPLETED;
            case "rejected", "refused" -> HolderChangeState.Status.REJECTED;
            case "cancelled", "canceled" -> HolderChangeState.Status.CANCELLED;
            default -> throw new IllegalStateException("unknown frnic trade status " + status);
        };
    }
}
