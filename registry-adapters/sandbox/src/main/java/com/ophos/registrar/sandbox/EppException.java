package com.ophos.registrar.sandbox;

import java.util.Optional;

/**
 * A command the registry refuses: an EPP 2xxx result, nothing applied. Each refusal is a small named
 * subclass carrying its RFC 5730 code; {@code reason} explains which value failed which rule.
 */
public class EppException extends Exception {
    private final int code;
    private final Optional<ErrorValue> value;

    protected EppException(int code, String reason) {
        this(code, reason, null);
    }

    protected EppException(int code, String reason, ErrorValue value) {
        super(reason, null, false, false);
        this.code = code;
        this.value = Optional.ofNullable(value);
    }

    public int code() {
        return code;
    }

    /** The offending element, reported in {@code <extValue>} with the reason. */
    public Optional<ErrorValue> value() {
        return value;
    }

    /** @param text the offending value; never a secret */
    public record ErrorValue(String namespace, String element, String text) {
    }

    public static final class UnknownCommand extends EppException {
        public UnknownCommand(String reason) {
            super(2000, reason);
        }
    }

    public static final class SyntaxError extends EppException {
        public SyntaxError(String reason) {
            super(2001, reason);
        }
    }

    public static final class CommandUseError extends EppException {
        public CommandUseError(String reason) {
            super(2002, reason);
        }
    }

    public static final class RequiredParameterMissing extends EppException {
        public RequiredParameterMissing(String reason) {
            super(2003, reason);
        }

        public RequiredParameterMissing(String reason, ErrorValue value) {
            super(2003, reason, value);
        }
    }

    public static final class ParameterValueRange extends EppException {
        public ParameterValueRange(String reason) {
            super(2004, reason);
        }
    }

    public static final class ParameterValueSyntax extends EppException {
        public ParameterValueSyntax(String reason) {
            super(2005, reason);
        }
    }

    public static final class UnimplementedCommand extends EppException {
        public UnimplementedCommand(String reason) {
            super(2101, reason);
        }
    }

    public static final class UnimplementedOption extends EppException {
        public UnimplementedOption(String reason) {
            super(2102, reason);
        }
    }

    public static final class UnimplementedExtension extends EppException {
        public UnimplementedExtension(String reason) {
            super(2103, reason);
        }
    }

    public static final class NotEligibleForTransfer extends EppException {
        public NotEligibleForTransfer(String reason) {
            super(2106, reason);
        }
    }

    public static final class AuthenticationError extends EppException {
        public AuthenticationError(String reason) {
            super(2200, reason);
        }
    }

    public static final class AuthorizationError extends EppException {
        public AuthorizationError(String reason) {
            super(2201, reason);
        }
    }

    public static final class InvalidAuthorizationInformation extends EppException {
        public InvalidAuthorizationInformation() {
            super(2202, "authorization information does not match");
        }
    }

    public static final class PendingTransfer extends EppException {
        public PendingTransfer(String reason) {
            super(2300, reason);
        }
    }

    public static final class NotPendingTransfer extends EppException {
        public NotPendingTransfer(String reason) {
            super(2301, reason);
        }
    }

    public static final class ObjectExists extends EppException {
        public ObjectExists(String what) {
            super(2302, what + " already exists");
        }
    }

    public static final class ObjectDoesNotExist extends EppException {
        public ObjectDoesNotExist(String what) {
            super(2303, what + " does not exist");
        }
    }

    public static final class StatusProhibitsOperation extends EppException {
        public StatusProhibitsOperation(String reason) {
            super(2304, reason);
        }
    }

    public static final class AssociationProhibitsOperation extends EppException {
        public AssociationProhibitsOperation(String reason) {
            super(2305, reason);
        }
    }

    public static final class ParameterValuePolicy extends EppException {
        public ParameterValuePolicy(String reason) {
            super(2306, reason);
        }

        public ParameterValuePolicy(String reason, ErrorValue value) {
            super(2306, reason, value);
        }
    }

    public static final class UnimplementedObjectService extends EppException {
        public UnimplementedObjectService(String reason) {
            super(2307, reason);
        }
    }

    public static final class CommandFailed extends EppException {
        public CommandFailed(String reason) {
            super(2400, reason);
        }
    }

    /** 2501: the server closes the connection. */
    public static final class AuthenticationErrorClosing extends EppException {
        public AuthenticationErrorClosing(String reason) {
            super(2501, reason);
        }
    }

    /** 2502: the server closes the connection. */
    public static final class SessionLimitExceeded extends EppException {
        public SessionLimitExceeded(String reason) {
            super(2502, reason);
        }
    }

    public boolean closesSession() {
        return code == 2500 || code == 2501 || code == 2502;
    }
}
