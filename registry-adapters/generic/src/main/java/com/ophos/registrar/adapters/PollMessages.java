package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FrnicResData;
import com.ophos.registrar.epp.model.MessageQueue;
import com.ophos.registrar.epp.model.ResultCodes;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.TransferState;
import java.time.Instant;
import java.util.Optional;

/**
 * A 1301 poll answer as the SPI's {@link PollMessage}. A panData message settles a command answered
 * 1001: its clTRID names that command and {@code paResult} decides the settled code (1000 done, 2400
 * failed: RFC 5731 gives no finer reason).
 */
final class PollMessages {

    private PollMessages() {
    }

    static PollMessage of(EppResponse response, MessageQueue queue) {
        Optional<String> domain = Optional.empty();
        Optional<String> clTRID = Optional.empty();
        Optional<Integer> settled = Optional.empty();
        Optional<TransferState.Status> transfer = Optional.empty();
        Optional<DomainResData.PendingActionData> pending = response.data(DomainResData.PendingActionData.class);
        Optional<DomainResData.TransferData> transferData = response.data(DomainResData.TransferData.class);
        Optional<FrnicResData.OperationData> frnic = response.extension(FrnicResData.OperationData.class);
        if (pending.isPresent()) {
            domain = Optional.of(pending.get().name());
            clTRID = pending.get().clTRID().filter(id -> !id.isBlank());
            settled = Optional.of(pending.get().succeeded() ? ResultCodes.SUCCESS : ResultCodes.COMMAND_FAILED);
        } else if (transferData.isPresent()) {
            domain = Optional.of(transferData.get().name());
            transfer = TransferStates.status(transferData.get().status());
        } else if (frnic.isPresent()) {
            domain = Optional.of(frnic.get().domain());
        }
        return new PollMessage(queue.id(), queue.queuedAt().orElse(Instant.now()),
                queue.message().orElse(response.message()), queue.count(), domain, clTRID, settled, transfer,
                response.xml());
    }
}
