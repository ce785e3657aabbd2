package com.ophos.registrar.sandbox;

import java.util.Deque;
import java.util.Optional;

/** poll: {@code op="req"} shows the oldest message (1301, or 1300 when none), {@code op="ack"} removes one. */
final class PollFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        Deque<PollMessage> queue = context.state().pollQueue(context.clientId());
        String op = context.object().attribute("op").orElse("");
        if (op.equals("req")) {
            PollMessage head = queue.peekFirst();
            if (head == null) {
                return EppResponse.of(1300);
            }
            EppResponse response = EppResponse.of(1301).withMessageQueue(new EppResponse.MessageQueue(queue.size(),
                    head.id(), Optional.of(head.queued()), Optional.of(head.text())));
            if (head.transfer().isPresent()) {
                return response.withResData(out -> TransferData.write(out, head.transfer().get()));
            }
            if (head.action().isPresent()) {
                return response.withResData(out -> TransferData.write(out, head.action().get()));
            }
            return response;
        }
        if (op.equals("ack")) {
            String id = context.object().attribute("msgID").orElseThrow(
                    () -> new EppException.RequiredParameterMissing("poll ack needs msgID"));
            if (!queue.removeIf(message -> message.id().equals(id))) {
                throw new EppException.ObjectDoesNotExist("message " + id);
            }
            PollMessage next = queue.peekFirst();
            return next == null ? EppResponse.ok() : EppResponse.ok().withMessageQueue(
                    new EppResponse.MessageQueue(queue.size(), next.id(), Optional.empty(), Optional.empty()));
        }
        throw new EppException.ParameterValueSyntax("poll op must be req or ack");
    }
}
