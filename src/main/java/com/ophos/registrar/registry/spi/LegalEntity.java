package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** Identifiers of a legal-entity holder (R1: the only holders accepted for .fr). */
public record LegalEntity(Form form, Optional<String> siren, Optional<String> siret, Optional<String> vat,
                          Optional<String> rna, Optional<String> duns, Optional<String> trademark) {

    public enum Form { COMPANY, ASSOCIATION, PUBLIC_BODY, OTHER }
}
