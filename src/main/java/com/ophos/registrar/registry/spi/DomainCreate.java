package com.ophos.registrar.registry.spi;

import java.util.List;
import java.util.Optional;

/**
 * Register an A-label name. {@code expectedFee} is the quote the customer accepted; registries with a
 * fee extension receive it so that a price change fails the command instead of surprising the customer.
 * {@code glue} gives the addresses of nameservers inside the name itself.
 */
public record DomainCreate(String name, int years, DomainContacts contacts, List<String> nameservers,
                           List<Glue> glue, List<DsData> dsData, String authInfo, Optional<Fee> expectedFee,
                           String clTRID) {
    public DomainCreate {
        nameservers = List.copyOf(nameservers);
        glue = glue == null ? List.of() : List.copyOf(glue);
        dsData = List.copyOf(dsData);
        expectedFee = expectedFee == null ? Optional.empty() : expectedFee;
    }

    /** Without glue: every nameserver lies outside the name. */
    public DomainCreate(String name, int years, DomainContacts contacts, List<String> nameservers,
                        List<DsData> dsData, String authInfo, Optional<Fee> expectedFee, String clTRID) {
        this(name, years, contacts, nameservers, List.of(), dsData, authInfo, expectedFee, clTRID);
    }

    @Override
    public String toString() {
        return "DomainCreate[name=" + name + ", years=" + years + ", clTRID=" + clTRID + "]";
    }
}
