package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;

/** What one line of the timeline will say, before it is written. */
public record StepRecord(String command, DisputeStep.Outcome outcome, String detail, Integer resultCode,
                         String resultMessage, String clTRID, String svTRID) {

    public static StepRecord decision(String detail) {
        return new StepRecord(null, DisputeStep.Outcome.DONE, detail, null, null, null, null);
    }

    public static StepRecord done(String command, String detail) {
        return new StepRecord(command, DisputeStep.Outcome.DONE, detail, null, null, null, null);
    }

    public static StepRecord done(String command, String detail, RegistryReceipt receipt) {
        return new StepRecord(command, DisputeStep.Outcome.DONE, detail, receipt.resultCode(), receipt.message(),
                receipt.clTRID(), receipt.svTRID());
    }

    public static StepRecord failed(String command, String detail, RegistryException failure) {
        return new StepRecord(command, DisputeStep.Outcome.FAILED,
                detail + " (" + failure.outcome() + ")", failure.resultCode() == 0 ? null : failure.resultCode(),
                failure.getMessage(), failure.clTRID(), failure.svTRID());
    }

    public static StepRecord failed(String command, String detail) {
        return new StepRecord(command, DisputeStep.Outcome.FAILED, detail, null, null, null, null);
    }
}
