package com.ophos.registrar.epp.session;

import com.ophos.registrar.epp.EppUnavailableException;

/**
 * A command reached a session that is closed or that the server is ending (a 25xx answer was read on
 * it). Nothing was written, so the pool hands the command to another session.
 */
final class SessionNotTakingCommandsException extends EppUnavailableException {

    SessionNotTakingCommandsException(String sessionId, Throwable cause) {
        super("session " + sessionId + " takes no more commands", cause);
    }
}
