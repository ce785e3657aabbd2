package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.HandOverMode;
import com.ophos.registrar.dispute.WebStopChannel;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/disputes/{id}/actions}. {@code channels} is for stop-web (default: both);
 * {@code mode}, {@code recipient} and {@code newHolder} are for hand-over.
 */
public record ActionJson(String action, String reason, Set<WebStopChannel> channels, HandOverMode mode,
                         String recipient, String newHolder) {
}
