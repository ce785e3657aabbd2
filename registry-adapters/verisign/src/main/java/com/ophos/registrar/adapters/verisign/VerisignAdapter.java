package com.ophos.registrar.adapters.verisign;

import com.ophos.registrar.adapters.AdapterContext;
import com.ophos.registrar.adapters.Batches;
import com.ophos.registrar.adapters.EppRegistryAdapter;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.NamestoreExtension;
import com.ophos.registrar.epp.model.SyncExtension;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.smallrye.mutiny.Uni;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Verisign (.com/.net): every domain (and host) command names its registry with namestoreExt
 * subProduct; checks are split per subProduct, then batched; ConsoliDate through {@link #syncExpiry}.
 * Restore sends request and report (the base class follows the registry's pendingRestore answer);
 * a holder change is a domain:update of the registrant.
 */
public final class VerisignAdapter extends EppRegistryAdapter {
    public static final List<String> OBJECT_URIS = List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT,
            EppNamespaces.HOST);
    public static final List<String> SUPPORTED_EXTENSIONS = List.of(EppNamespaces.NAMESTORE, EppNamespaces.SEC_DNS,
            EppNamespaces.RGP, EppNamespaces.FEE, EppNamespaces.SYNC);

    private final SubProducts subProducts;

    public VerisignAdapter(AdapterContext context) {
        super(context);
        this.subProducts = SubProducts.of(context.policy().tlds());
    }

    /**
     * ConsoliDate: moves the name's expiry to the given month and day (Verisign bills the added days).
     * Not part of the SPI, which has no such command.
     */
    public Uni<RegistryReceipt> syncExpiry(String name, MonthDay expiryMonthDay, String clTRID) {
        return guarded(clTRID, () -> unserved(name)
                .<Uni<RegistryReceipt>>map(refusal -> refuse(refusal, clTRID))
                .orElseGet(() -> send(domainCommand(DomainCommand.Update.extensionsOnly(name), clTRID, name,
                        List.of(new SyncExtension(expiryMonthDay)))).map(response -> receipt(response, clTRID))));
    }

    @Override
    protected List<CommandExtension> domainExtensions(String domain) {
        return List.of(new NamestoreExtension(subProduct(domain)));
    }

    @Override
    protected List<List<String>> checkBatches(List<String> names) {
        Map<String, List<String>> bySubProduct = new LinkedHashMap<>();
        names.forEach(name -> bySubProduct.computeIfAbsent(subProduct(name), s -> new ArrayList<>()).add(name));
        return bySubProduct.values().stream()
                .flatMap(group -> Batches.of(group, policy().maxNamesPerCheck()).stream()).toList();
    }

    /** Callers refuse unserved names first, so every name here has a configured TLD. */
    private String subProduct(String name) {
        return tldOf(name).flatMap(subProducts::forTld)
                .orElseThrow(() -> new IllegalArgumentException(name + " has no Verisign subProduct"));
    }
}
