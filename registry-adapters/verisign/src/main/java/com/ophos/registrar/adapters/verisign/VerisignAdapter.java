package com.ophos.registrar.adapters.verisign;

import com.ophos.registrar.adapters.AdapterContext;
import com.ophos.registrar.adapters.Batches;
import com.ophos.registrar.adapters.EppRegistryAdapter;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.NamestoreExtension;
import com.ophos.registrar.epp.model.SyncExtension;
import com.ophos.registrar.registry.spi.DomainExpirySync;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Verisign (.com/.net): every domain (and host) command names its registry with namestoreExt
 * subProduct; checks are split per subProduct, then batched; ConsoliDate through {@link #syncExpiry}
 * when the policy offers it.
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
     * ConsoliDate: an extension-only domain:update moving the expiry to the next given month-day
     * (Verisign bills the added days). Refused unsent when this registry's policy does not offer it.
     */
    @Override
    public Uni<RegistryReceipt> syncExpiry(DomainExpirySync sync) {
        if (!policy().expirySync()) {
            return super.syncExpiry(sync);
        }
        return guarded(sync.clTRID(), () -> unserved(sync.name())
                .<Uni<RegistryReceipt>>map(refusal -> refuse(refusal, sync.clTRID()))
                .orElseGet(() -> send(domainCommand(DomainCommand.Update.extensionsOnly(sync.name()), sync.clTRID(),
                        sync.name(), List.of(new SyncExtension(sync.expiryDay()))))
                        .map(response -> receipt(response, sync.clTRID()))));
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
