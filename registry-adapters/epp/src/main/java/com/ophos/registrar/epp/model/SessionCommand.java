package com.ophos.registrar.epp.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Login and logout; sent by the session itself, not by adapters. Passwords never reach toString(). */
public sealed interface SessionCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.empty();
    }

    record Login(String clientId, String password, Optional<String> newPassword, String version, String lang,
                 List<String> objectUris, List<String> extensionUris) implements SessionCommand {
        public Login {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(password, "password");
            newPassword = newPassword == null ? Optional.empty() : newPassword;
            objectUris = List.copyOf(objectUris);
            extensionUris = List.copyOf(extensionUris);
        }

        @Override public String name() { return "login"; }
        @Override public boolean isTransform() { return false; }

        @Override
        public String toString() {
            return "Login[clientId=" + clientId + ", objectUris=" + objectUris + ", extensionUris="
                    + extensionUris + "]";
        }
    }

    record Logout() implements SessionCommand {
        @Override public String name() { return "logout"; }
        @Override public boolean isTransform() { return false; }
    }
}
