package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.HandOverMode;
import com.ophos.registrar.dispute.WebStopChannel;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/disputes/{id}/actions}. {@code channels} is for stop-web (default: both);
 * {@code mode}, {@code recipient}, {@code newHolder} and {@code registryAuthorisation} (the code AFNIC
 * issues for a recover) are for hand-over.
 */
public record ActionJson(String action, String reason, Set<WebStopChannel> channels, HandOverMode mode,
                         String recipient, String newHolder, String registryAuthorisation) {
    @Override
    public String toString() {
        return "ActionJson[action=" + action + ", mode=" + mode + "]";
    }
}
