package com.ophos.registrar.dns;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the annotated tests only when PowerDNS is installed. On CI ({@code CI=true}) a missing
 * PowerDNS is an error, not a skip: those tests are the only proof the DNS part works.
 */
public class RequiresPowerDns implements ExecutionCondition {
    static final String HOW_TO_INSTALL =
            "pdns_server, sqlite3 or curl not found: run .ci/powerdns.sh start (installs pdns-server and "
                    + "pdns-backend-sqlite3 with apt-get) or apt-get install pdns-server pdns-backend-sqlite3 sqlite3 curl";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PowerDnsResource.installed()) {
            return ConditionEvaluationResult.enabled("PowerDNS is installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and the DNS tests need a real PowerDNS: " + HOW_TO_INSTALL);
        }
        return ConditionEvaluationResult.disabled("Skipped, no PowerDNS on this machine: " + HOW_TO_INSTALL);
    }
}
