package com.ophos.registrar.adapters.generic;

import com.ophos.registrar.adapters.AdapterContext;
import com.ophos.registrar.adapters.EppRegistryAdapter;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import java.util.List;

/**
 * Any RFC 5730-5734 registry described by configuration alone: host objects or attributes, periods,
 * contact rules and tariffs come from its policy; secDNS, RGP and fee are used only when its greeting
 * offers them and {@code registrar.registries.<id>.extensions} allows them.
 */
public final class GenericAdapter extends EppRegistryAdapter {
    /** In preference order; RFC 8748 fee stands for both fee namespaces (the greeting picks one). */
    public static final List<String> SUPPORTED_EXTENSIONS = List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP,
            EppNamespaces.FEE);

    public GenericAdapter(AdapterContext context) {
        super(context);
    }

    public static List<String> objectUris(RegistryPolicy policy) {
        return policy.contactRules().hostObjects()
                ? List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST)
                : List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT);
    }
}
