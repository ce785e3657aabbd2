package com.ophos.registrar.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A nameserver in a PATCH: a host name ({@code "ns1.ophos.example"}), or a host inside the name
 * itself with its glue ({@code {"name":"ns1.example.com","addresses":["192.0.2.1","2001:db8::1"]}}).
 */
public record NameserverJson(@NotBlank @Size(max = 253) String name,
                             @Size(max = 13) List<@NotBlank @Size(max = 45) String> addresses) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NameserverJson {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NameserverJson of(String name) {
        return new NameserverJson(name, List.of());
    }
}
