package com.ophos.registrar.sandbox;

import java.util.Optional;

/** Registration periods: {@code <period unit="y|m">}, whole years only here, 1 year by default. */
final class Periods {

    private Periods() {
    }

    static int years(Optional<XmlElement> period) throws EppException {
        if (period.isEmpty()) {
            return 1;
        }
        String unit = period.get().attribute("unit").orElse("y");
        int value;
        try {
            value = Integer.parseInt(period.get().text());
        } catch (NumberFormatException e) {
            throw new EppException.ParameterValueSyntax("period " + period.get().text() + " is not a number");
        }
        if ("m".equals(unit)) {
            if (value % 12 != 0) {
                throw new EppException.ParameterValuePolicy("periods are whole years here");
            }
            return value / 12;
        }
        return value;
    }
}
