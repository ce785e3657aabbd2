package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code <response>}: result, optional message queue header, resData and extension. Writers
 * for resData/extension are callbacks so flows describe content, not XML plumbing.
 */
public record EppResponse(int code, String message, Optional<EppException.ErrorValue> errorValue,
                          Optional<MessageQueue> messageQueue, Optional<Consumer<XmlOut>> resData,
                          Optional<Consumer<XmlOut>> extension, boolean closesSession) {

    /** The {@code <msgQ>} header: messages left and the one shown. */
    public record MessageQueue(int count, String id, Optional<Instant> queued, Optional<String> text) {
    }

    public static EppResponse of(int code) {
        return new EppResponse(code, ResultMessages.standard(code), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    public static EppResponse ok() {
        return of(1000);
    }

    public static EppResponse refusal(EppException refusal) {
        return new EppResponse(refusal.code(), ResultMessages.standard(refusal.code()) + ": " + refusal.getMessage(),
                refusal.value(), Optional.empty(), Optional.empty(), Optional.empty(), refusal.closesSession());
    }

    public EppResponse withResData(Consumer<XmlOut> writer) {
        return new EppResponse(code, message, errorValue, messageQueue, Optional.of(writer), extension,
                closesSession);
    }

    public EppResponse withExtension(Consumer<XmlOut> writer) {
        return new EppResponse(code, message, errorValue, messageQueue, resData, Optional.of(writer),
                closesSession);
    }

    public EppResponse withMessageQueue(MessageQueue queue) {
        return new EppResponse(code, message, errorValue, Optional.of(queue), resData, extension, closesSession);
    }

    public EppResponse closingSession() {
        return new EppResponse(code, message, errorValue, messageQueue, resData, extension, true);
    }

    /** A response turned into bytes, while the state its writers read is still locked. */
    record Rendered(int code, boolean closesSession, byte[] xml) {
    }

    Rendered render(String clientTransactionId, String serverTransactionId) {
        return new Rendered(code, closesSession, toXml(clientTransactionId, serverTransactionId));
    }

    byte[] toXml(String clientTransactionId, String serverTransactionId) {
        XmlOut out = new XmlOut();
        out.start(EppNamespaces.EPP, "epp").start(EppNamespaces.EPP, "response");
        out.start(EppNamespaces.EPP, "result").attribute("code", Integer.toString(code));
        out.element(EppNamespaces.EPP, "msg", message);
        errorValue.ifPresent(value -> {
            out.start(EppNamespaces.EPP, "extValue").start(EppNamespaces.EPP, "value");
            out.element(value.namespace(), value.element(), value.text());
            out.end().element(EppNamespaces.EPP, "reason", message).end();
        });
        out.end();
        messageQueue.ifPresent(queue -> {
            out.start(EppNamespaces.EPP, "msgQ").attribute("count", Integer.toString(queue.count()))
                    .attribute("id", queue.id());
            queue.queued().ifPresent(date -> out.element(EppNamespaces.EPP, "qDate", XmlOut.dateTime(date)));
            queue.text().ifPresent(text -> out.element(EppNamespaces.EPP, "msg", text));
            out.end();
        });
        resData.ifPresent(writer -> {
            out.start(EppNamespaces.EPP, "resData");
            writer.accept(out);
            out.end();
        });
        extension.ifPresent(writer -> {
            out.start(EppNamespaces.EPP, "extension");
            writer.accept(out);
            out.end();
        });
        out.start(EppNamespaces.EPP, "trID");
        if (clientTransactionId != null) {
            out.element(EppNamespaces.EPP, "clTRID", clientTransactionId);
        }
        out.element(EppNamespaces.EPP, "svTRID", serverTransactionId);
        out.end().end().end();
        return out.finish();
    }
}
