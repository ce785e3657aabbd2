package com.ophos.registrar.common.persistence;

import java.sql.SQLException;

/** Tells a lost race on a unique constraint (SQLSTATE 23505) apart from other failures. */
public final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Rethrows the failure unless it is a unique violation. */
    public static void requireCause(RuntimeException failure) {
        if (!isCause(failure)) {
            throw failure;
        }
    }
}
