package com.ophos.registrar.epp;

import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.Greeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a session logged in with: the object and extension URIs both the server offered and the adapter
 * wanted, and the fee namespace chosen from the greeting.
 */
public record Negotiated(Greeting greeting, List<String> objectUris, List<String> extensionUris,
                         Optional<String> feeNamespace) {

    public Negotiated {
        objectUris = List.copyOf(objectUris);
        extensionUris = List.copyOf(extensionUris);
        feeNamespace = feeNamespace == null ? Optional.empty() : feeNamespace;
    }

    /**
     * Intersects the greeting with what the adapter wants. Wanting either fee namespace means wanting
     * the fee extension: the one the server offers is used, RFC 8748's if it offers both.
     */
    public static Negotiated from(Greeting greeting, List<String> wantedObjects, List<String> wantedExtensions) {
        List<String> objects = new ArrayList<>();
        for (String uri : wantedObjects) {
            if (greeting.objectUris().contains(uri) && !objects.contains(uri)) {
                objects.add(uri);
            }
        }
        boolean wantsFee = wantedExtensions.stream().anyMatch(EppNamespaces::isFee);
        Optional<String> fee = wantsFee ? greeting.feeNamespace() : Optional.empty();
        List<String> extensions = new ArrayList<>();
        for (String uri : wantedExtensions) {
            if (!EppNamespaces.isFee(uri) && greeting.extensionUris().contains(uri) && !extensions.contains(uri)) {
                extensions.add(uri);
            }
        }
        fee.ifPresent(extensions::add);
        return new Negotiated(greeting, objects, extensions, fee);
    }

    public boolean hasObject(String uri) {
        return objectUris.contains(uri);
    }

    /** For the fee extension, either fee namespace counts. */
    public boolean hasExtension(String uri) {
        if (EppNamespaces.isFee(uri)) {
            return feeNamespace.isPresent();
        }
        return extensionUris.contains(uri);
    }
}
