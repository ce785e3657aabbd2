package com.ophos.registrar.adapters.afnic;

import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.LegalEntity;
import java.util.Optional;

/**
 * A legal entity's identifiers as frnic {@code legalEntityInfos}. AFNIC knows three legal statuses;
 * a public body is "other" with that text. Without a SIREN the first nine digits of the SIRET are it.
 */
final class LegalEntityInfos {
    private static final int SIREN_DIGITS = 9;

    private LegalEntityInfos() {
    }

    static FrnicExtension.LegalEntityInfos of(ContactData contact, LegalEntity entity) {
        FrnicExtension.LegalStatus status = switch (entity.form()) {
            case COMPANY -> FrnicExtension.LegalStatus.COMPANY;
            case ASSOCIATION -> FrnicExtension.LegalStatus.ASSOCIATION;
            case PUBLIC_BODY, OTHER -> FrnicExtension.LegalStatus.OTHER;
        };
        Optional<String> otherText = switch (entity.form()) {
            case PUBLIC_BODY -> Optional.of("public body");
            case OTHER -> Optional.of(contact.organization().orElse(contact.name()));
            default -> Optional.empty();
        };
        Optional<String> siren = entity.siren().or(() -> entity.siret()
                .filter(siret -> siret.length() > SIREN_DIGITS).map(siret -> siret.substring(0, SIREN_DIGITS)));
        return new FrnicExtension.LegalEntityInfos(status, otherText, siren, entity.vat(), entity.trademark(),
                entity.rna().map(FrnicExtension.Association::waldec), entity.duns(), Optional.empty());
    }
}
