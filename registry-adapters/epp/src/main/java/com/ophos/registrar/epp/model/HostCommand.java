package com.ophos.registrar.epp.model;

import java.util.List;
import java.util.Optional;

/** Host commands of RFC 5732. */
public sealed interface HostCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.of(EppNamespaces.HOST);
    }

    record Check(List<String> names) implements HostCommand {
        public Check {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a check needs at least one name");
            }
        }

        @Override public String name() { return "host:check"; }
        @Override public boolean isTransform() { return false; }
    }

    record Info(String host) implements HostCommand {
        @Override public String name() { return "host:info"; }
        @Override public boolean isTransform() { return false; }
    }

    record Create(String host, List<HostAddress> addresses) implements HostCommand {
        public Create {
            addresses = List.copyOf(addresses);
        }

        @Override public String name() { return "host:create"; }
        @Override public boolean isTransform() { return true; }
    }

    record Update(String host, List<HostAddress> addAddresses, List<String> addStatuses,
                  List<HostAddress> removeAddresses, List<String> removeStatuses, Optional<String> newName)
            implements HostCommand {
        public Update {
            addAddresses = List.copyOf(addAddresses);
            addStatuses = List.copyOf(addStatuses);
            removeAddresses = List.copyOf(removeAddresses);
            removeStatuses = List.copyOf(removeStatuses);
            newName = newName == null ? Optional.empty() : newName;
        }

        @Override public String name() { return "host:update"; }
        @Override public boolean isTransform() { return true; }
    }

    record Delete(String host) implements HostCommand {
        @Override public String name() { return "host:delete"; }
        @Override public boolean isTransform() { return true; }
    }
}
