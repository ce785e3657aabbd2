package com.ophos.registrar.epp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Domain commands of RFC 5731. Auth codes are never part of {@code toString()}. */
public sealed interface DomainCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.of(EppNamespaces.DOMAIN);
    }

    /** A contact of a domain, {@code type} is admin, billing or tech. */
    record ContactRef(String type, String id) {
        public ContactRef {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }
    }

    /** A name server given inline (host attribute) with optional glue addresses. */
    record HostAttr(String name, List<HostAddress> addresses) {
        public HostAttr {
            addresses = List.copyOf(addresses);
        }

        public static HostAttr of(String name) {
            return new HostAttr(name, List.of());
        }
    }

    /**
     * Name servers of a domain, either references to host objects or inline host attributes: a
     * registry accepts one form (AFNIC only attributes).
     */
    record NameServers(List<String> hostObjects, List<HostAttr> hostAttributes) {
        public NameServers {
            hostObjects = List.copyOf(hostObjects);
            hostAttributes = List.copyOf(hostAttributes);
            if (!hostObjects.isEmpty() && !hostAttributes.isEmpty()) {
                throw new IllegalArgumentException("name servers are host objects or attributes, not both");
            }
        }

        public static NameServers none() {
            return new NameServers(List.of(), List.of());
        }

        public static NameServers objects(List<String> hosts) {
            return new NameServers(hosts, List.of());
        }

        public static NameServers attributes(List<HostAttr> hosts) {
            return new NameServers(List.of(), hosts);
        }

        public boolean isEmpty() {
            return hostObjects.isEmpty() && hostAttributes.isEmpty();
        }
    }

    record Check(List<String> names) implements DomainCommand {
        public Check {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a check needs at least one name");
            }
        }

        @Override public String name() { return "domain:check"; }
        @Override public boolean isTransform() { return false; }
    }

    /** {@code hosts}: all, del, sub or none (RFC 5731 section 3.1.2). */
    record Info(String domain, String hosts, Optional<String> authInfo) implements DomainCommand {
        public Info {
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        public static Info of(String domain) {
            return new Info(domain, "all", Optional.empty());
        }

        @Override public String name() { return "domain:info"; }
        @Override public boolean isTransform() { return false; }
        @Override public String toString() { return "Info[domain=" + domain + ", hosts=" + hosts + "]"; }
    }

    record Create(String domain, Optional<Period> period, NameServers nameServers, Optional<String> registrant,
                  List<ContactRef> contacts, String authInfo) implements DomainCommand {
        public Create {
            period = period == null ? Optional.empty() : period;
            registrant = registrant == null ? Optional.empty() : registrant;
            contacts = List.copyOf(contacts);
            Objects.requireNonNull(authInfo, "authInfo");
        }

        @Override public String name() { return "domain:create"; }
        @Override public boolean isTransform() { return true; }
        @Override public String toString() { return "Create[domain=" + domain + ", period=" + period + "]"; }
    }

    /** {@code currentExpiry} guards a replayed renewal (it then fails with 2306). */
    record Renew(String domain, LocalDate currentExpiry, Optional<Period> period) implements DomainCommand {
        public Renew {
            period = period == null ? Optional.empty() : period;
        }

        @Override public String name() { return "domain:renew"; }
        @Override public boolean isTransform() { return true; }
    }

    /** Status to add or remove, e.g. {@code clientHold}, with an optional reason. */
    record Status(String value, Optional<String> reason) {
        public Status {
            reason = reason == null ? Optional.empty() : reason;
        }

        public static Status of(String value) {
            return new Status(value, Optional.empty());
        }
    }

    /** The add or rem part of an update. */
    record Changes(NameServers nameServers, List<ContactRef> contacts, List<Status> statuses) {
        public Changes {
            contacts = List.copyOf(contacts);
            statuses = List.copyOf(statuses);
        }

        public static Changes none() {
            return new Changes(NameServers.none(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return nameServers.isEmpty() && contacts.isEmpty() && statuses.isEmpty();
        }
    }

    /**
     * An update. An empty update (nothing to add, remove or change) still carries {@code <domain:chg/>}
     * so that extension-only updates (RGP restore, sync) are valid.
     */
    record Update(String domain, Changes add, Changes remove, Optional<String> newRegistrant,
                  Optional<String> newAuthInfo) implements DomainCommand {
        public Update {
            newRegistrant = newRegistrant == null ? Optional.empty() : newRegistrant;
            newAuthInfo = newAuthInfo == null ? Optional.empty() : newAuthInfo;
        }

        /** An update that only carries extensions (restore, sync). */
        public static Update extensionsOnly(String domain) {
            return new Update(domain, Changes.none(), Changes.none(), Optional.empty(), Optional.empty());
        }

        @Override public String name() { return "domain:update"; }
        @Override public boolean isTransform() { return true; }
        @Override public String toString() { return "Update[domain=" + domain + "]"; }
    }

    record Delete(String domain) implements DomainCommand {
        @Override public String name() { return "domain:delete"; }
        @Override public boolean isTransform() { return true; }
    }

    enum TransferOp {
        REQUEST("request", true), QUERY("query", false), APPROVE("approve", true), REJECT("reject", true),
        CANCEL("cancel", true);

        private final String code;
        private final boolean transform;

        TransferOp(String code, boolean transform) {
            this.code = code;
            this.transform = transform;
        }

        public String code() {
            return code;
        }
    }

    record Transfer(TransferOp op, String domain, Optional<Period> period, Optional<String> authInfo)
            implements DomainCommand {
        public Transfer {
            Objects.requireNonNull(op, "op");
            period = period == null ? Optional.empty() : period;
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        @Override public String name() { return "domain:transfer:" + op.code(); }
        @Override public boolean isTransform() { return op.transform; }
        @Override public String toString() { return "Transfer[op=" + op + ", domain=" + domain + "]"; }
    }
}
