package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import java.util.Optional;

/** RFC 5731 trStatus values and trnData as the SPI names them. */
final class TransferStates {

    private TransferStates() {
    }

    static Optional<TransferState.Status> status(String trStatus) {
        return Optional.ofNullable(switch (trStatus) {
            case "pending" -> TransferState.Status.PENDING;
            case "clientApproved" -> TransferState.Status.CLIENT_APPROVED;
            case "clientCancelled" -> TransferState.Status.CLIENT_CANCELLED;
            case "clientRejected" -> TransferState.Status.CLIENT_REJECTED;
            case "serverApproved" -> TransferState.Status.SERVER_APPROVED;
            case "serverCancelled" -> TransferState.Status.SERVER_CANCELLED;
            default -> null;
        });
    }

    static TransferState of(DomainResData.TransferData data, RegistryReceipt receipt) {
        TransferState.Status status = status(data.status()).orElseThrow(() ->
                new IllegalStateException("unknown transfer status " + data.status()));
        return new TransferState(data.name(), status, data.requestedBy(), data.requestedAt(), data.actionBy(),
                data.actionAt(), data.expiresAt(), receipt);
    }
}
