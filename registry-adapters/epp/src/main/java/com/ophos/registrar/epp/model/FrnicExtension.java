package com.ophos.registrar.epp.model;

import java.util.Objects;
import java.util.Optional;

/**
 * AFNIC frnic-2.0 data added to standard commands. Only legal entities are modelled: the gateway
 * refuses individual holders for .fr before any frame is built (R1, company policy).
 */
public sealed interface FrnicExtension extends CommandExtension {

    @Override
    default String namespace() {
        return EppNamespaces.FRNIC;
    }

    /** {@code legalStatus s=}: company, association or other (with free text). */
    enum LegalStatus {
        COMPANY("company"), ASSOCIATION("association"), OTHER("other");

        private final String code;

        LegalStatus(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static LegalStatus fromCode(String code) {
            for (LegalStatus s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown legal status " + code);
        }
    }

    /**
     * An association's identification: its Waldec (RNA) number, or its declaration date and the
     * Journal Officiel publication.
     */
    record Association(Optional<String> waldec, Optional<String> declarationDate,
                       Optional<String> publicationDate, Optional<String> announce, Optional<String> page) {
        public Association {
            waldec = waldec == null ? Optional.empty() : waldec;
            declarationDate = declarationDate == null ? Optional.empty() : declarationDate;
            publicationDate = publicationDate == null ? Optional.empty() : publicationDate;
            announce = announce == null ? Optional.empty() : announce;
            page = page == null ? Optional.empty() : page;
        }

        public static Association waldec(String number) {
            return new Association(Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    record LegalEntityInfos(LegalStatus legalStatus, Optional<String> otherStatusText, Optional<String> siren,
                            Optional<String> vat, Optional<String> trademark, Optional<Association> association,
                            Optional<String> duns, Optional<String> local) {
        public LegalEntityInfos {
            Objects.requireNonNull(legalStatus, "legalStatus");
            otherStatusText = otherStatusText == null ? Optional.empty() : otherStatusText;
            siren = siren == null ? Optional.empty() : siren;
            vat = vat == null ? Optional.empty() : vat;
            trademark = trademark == null ? Optional.empty() : trademark;
            association = association == null ? Optional.empty() : association;
            duns = duns == null ? Optional.empty() : duns;
            local = local == null ? Optional.empty() : local;
        }
    }

    /** With contact:create. */
    record ContactCreate(LegalEntityInfos legalEntity) implements FrnicExtension {
    }

    /**
     * With contact:update: the legal entity's identifiers as they are now. Shaped like the create
     * ({@code frnic:update/frnic:contact/frnic:legalEntityInfos}); no frnic schema was found to check it.
     */
    record ContactUpdate(LegalEntityInfos legalEntity) implements FrnicExtension {
    }
}
