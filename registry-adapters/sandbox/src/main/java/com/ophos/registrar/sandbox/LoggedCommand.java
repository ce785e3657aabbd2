package com.ophos.registrar.sandbox;

import java.util.Optional;

/** One command the registry received, as the command log shows it. */
public record LoggedCommand(EppCommandType type, Optional<String> clientTransactionId, Optional<String> clientId,
                            int resultCode) {
}
