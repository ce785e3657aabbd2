package com.ophos.registrar.epp.model;

import com.ophos.registrar.registry.spi.Outcome;

/** EPP result codes (RFC 5730 section 3) and what they mean to the gateway. */
public final class ResultCodes {
    public static final int SUCCESS = 1000;
    public static final int PENDING = 1001;
    public static final int NO_MESSAGES = 1300;
    public static final int MESSAGE_DEQUEUED = 1301;
    public static final int LOGGED_OUT = 1500;
    public static final int AUTHENTICATION_ERROR = 2200;
    public static final int AUTHORIZATION_ERROR = 2201;
    public static final int INVALID_AUTHORIZATION = 2202;
    public static final int OBJECT_EXISTS = 2302;
    public static final int OBJECT_DOES_NOT_EXIST = 2303;
    public static final int STATUS_PROHIBITS = 2304;
    public static final int ASSOCIATION_PROHIBITS = 2305;
    public static final int PARAMETER_POLICY_ERROR = 2306;
    public static final int COMMAND_FAILED = 2400;
    public static final int COMMAND_FAILED_CLOSING = 2500;
    public static final int AUTHENTICATION_ERROR_CLOSING = 2501;
    public static final int SESSION_LIMIT_EXCEEDED = 2502;

    private ResultCodes() {
    }

    public static Outcome outcome(int code) {
        if (code >= 1000 && code < 2000) {
            return code == PENDING ? Outcome.PENDING : Outcome.SUCCESS;
        }
        return switch (code) {
            case OBJECT_EXISTS -> Outcome.OBJECT_EXISTS;
            case OBJECT_DOES_NOT_EXIST -> Outcome.OBJECT_DOES_NOT_EXIST;
            case STATUS_PROHIBITS, ASSOCIATION_PROHIBITS -> Outcome.STATUS_PROHIBITS;
            case AUTHORIZATION_ERROR, INVALID_AUTHORIZATION -> Outcome.AUTHORIZATION_FAILED;
            case COMMAND_FAILED -> Outcome.COMMAND_FAILED;
            case COMMAND_FAILED_CLOSING, AUTHENTICATION_ERROR_CLOSING, SESSION_LIMIT_EXCEEDED -> Outcome.SESSION_ENDED;
            default -> code >= 2000 && code < 2200 ? Outcome.SYNTAX_REFUSED : Outcome.POLICY_REFUSED;
        };
    }

    /** 2500-2502: the server closes the connection after answering. */
    public static boolean closesSession(int code) {
        return code == COMMAND_FAILED_CLOSING || code == AUTHENTICATION_ERROR_CLOSING
                || code == SESSION_LIMIT_EXCEEDED;
    }
}
