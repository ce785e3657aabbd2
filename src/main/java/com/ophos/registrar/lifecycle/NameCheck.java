package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.spi.Quote;
import java.util.Optional;

/**
 * One name's answer in a check. {@code name} is empty when the input was not a valid domain name;
 * such names and names of unsupported TLDs are never sent to a registry.
 */
public record NameCheck(String input, Optional<DomainName> name, boolean available, Optional<String> reason,
                        Optional<String> registryId, Optional<Quote> quote) {

    static NameCheck refused(String input, Optional<DomainName> name, String reason) {
        return new NameCheck(input, name, false, Optional.of(reason), Optional.empty(), Optional.empty());
    }
}
