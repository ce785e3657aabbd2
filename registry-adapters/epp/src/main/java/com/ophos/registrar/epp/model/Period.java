package com.ophos.registrar.epp.model;

/** A registration period (RFC 5731 domain:period): 1-99 years or months. */
public record Period(int value, Unit unit) {
    public enum Unit {
        YEARS("y"), MONTHS("m");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Period {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("period must be 1-99, was " + value);
        }
    }

    public static Period years(int years) {
        return new Period(years, Unit.YEARS);
    }
}
