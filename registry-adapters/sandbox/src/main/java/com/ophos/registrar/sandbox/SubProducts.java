package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Verisign NameStore routing: every domain command names its registry (dotCOM, dotNET) in
 * {@code namestoreExt:subProduct}; other flavours ignore it.
 */
final class SubProducts {

    private SubProducts() {
    }

    static String of(String tld) {
        return "dot" + tld.toUpperCase(Locale.ROOT);
    }

    static void require(CommandContext context, Collection<String> names) throws EppException {
        if (context.settings().flavour() != SandboxFlavour.VERISIGN) {
            return;
        }
        Optional<String> subProduct = context.command().extension(EppNamespaces.NAMESTORE, "namestoreExt")
                .flatMap(ext -> ext.childText(EppNamespaces.NAMESTORE, "subProduct"));
        if (subProduct.isEmpty()) {
            throw new EppException.RequiredParameterMissing(
                    "namestoreExt:subProduct is required on domain commands",
                    new EppException.ErrorValue(EppNamespaces.NAMESTORE, "subProduct", ""));
        }
        for (String name : names) {
            String expected = of(DomainNames.tld(DomainNames.normalise(name)));
            if (!expected.equals(subProduct.get())) {
                throw new EppException.ParameterValuePolicy(
                        "subProduct " + subProduct.get() + " does not match " + name + " (expected " + expected + ")",
                        new EppException.ErrorValue(EppNamespaces.NAMESTORE, "subProduct", subProduct.get()));
            }
        }
    }
}
