package com.ophos.registrar.epp.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Contact commands of RFC 5733. Auth codes are never part of {@code toString()}. */
public sealed interface ContactCommand extends Command {

    @Override
    default Optional<String> objectNamespace() {
        return Optional.of(EppNamespaces.CONTACT);
    }

    /** Postal information; {@code type} is {@code loc} (may use any script) or {@code int} (ASCII). */
    record PostalInfo(String type, String name, Optional<String> organization, List<String> street,
                      String city, Optional<String> province, Optional<String> postalCode, String countryCode) {
        public PostalInfo {
            organization = organization == null ? Optional.empty() : organization;
            street = List.copyOf(street);
            province = province == null ? Optional.empty() : province;
            postalCode = postalCode == null ? Optional.empty() : postalCode;
            if (street.size() > 3) {
                throw new IllegalArgumentException("at most 3 street lines (RFC 5733)");
            }
        }
    }

    record Check(List<String> ids) implements ContactCommand {
        public Check {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("a check needs at least one id");
            }
        }

        @Override public String name() { return "contact:check"; }
        @Override public boolean isTransform() { return false; }
    }

    record Info(String id, Optional<String> authInfo) implements ContactCommand {
        public Info {
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        @Override public String name() { return "contact:info"; }
        @Override public boolean isTransform() { return false; }
        @Override public String toString() { return "Info[id=" + id + "]"; }
    }

    record Create(String id, List<PostalInfo> postalInfos, Optional<String> voice, Optional<String> fax,
                  String email, String authInfo) implements ContactCommand {
        public Create {
            postalInfos = List.copyOf(postalInfos);
            voice = voice == null ? Optional.empty() : voice;
            fax = fax == null ? Optional.empty() : fax;
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(authInfo, "authInfo");
            if (postalInfos.isEmpty() || postalInfos.size() > 2) {
                throw new IllegalArgumentException("one or two postal infos (RFC 5733)");
            }
        }

        @Override public String name() { return "contact:create"; }
        @Override public boolean isTransform() { return true; }
        @Override public String toString() { return "Create[id=" + id + "]"; }
    }

    /** Replaces the given parts; empty optionals and an empty postal info list leave them unchanged. */
    record Update(String id, List<String> addStatuses, List<String> removeStatuses, List<PostalInfo> postalInfos,
                  Optional<String> voice, Optional<String> fax, Optional<String> email,
                  Optional<String> newAuthInfo) implements ContactCommand {
        public Update {
            addStatuses = List.copyOf(addStatuses);
            removeStatuses = List.copyOf(removeStatuses);
            postalInfos = List.copyOf(postalInfos);
            voice = voice == null ? Optional.empty() : voice;
            fax = fax == null ? Optional.empty() : fax;
            email = email == null ? Optional.empty() : email;
            newAuthInfo = newAuthInfo == null ? Optional.empty() : newAuthInfo;
        }

        public boolean hasChanges() {
            return !postalInfos.isEmpty() || voice.isPresent() || fax.isPresent() || email.isPresent()
                    || newAuthInfo.isPresent();
        }

        @Override public String name() { return "contact:update"; }
        @Override public boolean isTransform() { return true; }
        @Override public String toString() { return "Update[id=" + id + "]"; }
    }

    record Delete(String id) implements ContactCommand {
        @Override public String name() { return "contact:delete"; }
        @Override public boolean isTransform() { return true; }
    }
}
