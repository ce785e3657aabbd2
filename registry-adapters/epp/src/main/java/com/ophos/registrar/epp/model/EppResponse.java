package com.ophos.registrar.epp.model;

import com.ophos.registrar.registry.spi.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * A response: results, poll queue, typed resData and extension data, transaction ids. {@code xml} is
 * the frame as received (for poll messages and journals); it may hold auth codes, so it is never part
 * of {@code toString()}.
 */
public record EppResponse(List<Result> results, Optional<MessageQueue> messageQueue,
                          Optional<ResponseData> data, List<ResponseExtension> extensions,
                          Optional<String> clTRID, String svTRID, String xml) implements EppInbound {

    public EppResponse {
        results = List.copyOf(results);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a response has at least one result");
        }
        messageQueue = messageQueue == null ? Optional.empty() : messageQueue;
        data = data == null ? Optional.empty() : data;
        extensions = List.copyOf(extensions);
        clTRID = clTRID == null ? Optional.empty() : clTRID;
    }

    /** The first result's code; RFC 5730 allows several results only for several errors. */
    public int code() {
        return results.get(0).code();
    }

    public String message() {
        return results.get(0).message();
    }

    public boolean isSuccess() {
        return results.get(0).isSuccess();
    }

    public Outcome outcome() {
        return ResultCodes.outcome(code());
    }

    public <T extends ResponseData> Optional<T> data(Class<T> type) {
        return data.filter(type::isInstance).map(type::cast);
    }

    public <T extends ResponseExtension> Optional<T> extension(Class<T> type) {
        return extensions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public String toString() {
        return "EppResponse[code=" + code() + ", message=" + message() + ", clTRID=" + clTRID.orElse("")
                + ", svTRID=" + svTRID + "]";
    }
}
