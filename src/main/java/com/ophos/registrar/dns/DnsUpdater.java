package com.ophos.registrar.dns;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Update;

/**
 * Changes records of a customer zone with an RFC 2136 UPDATE signed by the zone's TSIG key. All
 * replacements of one call travel in one UPDATE message, so the server applies all or none.
 */
@ApplicationScoped
public class DnsUpdater {
    private final AuthoritativeServer server;
    private final ZoneKeys keys;

    public DnsUpdater(AuthoritativeServer server, ZoneKeys keys) {
        this.server = server;
        this.keys = keys;
    }

    public void replace(ZoneName zone, List<RrSetReplacement> replacements) {
        send(zone, replacements, keys.tsig(zone));
    }

    /** Sends the update signed with {@code key}, or unsigned when {@code key} is null. */
    void send(ZoneName zone, List<RrSetReplacement> replacements, TSIG key) {
        Update update = new Update(zone.name());
        for (RrSetReplacement replacement : replacements) {
            update.delete(replacement.owner(), replacement.type());
            replacement.records().forEach(update::add);
        }
        Message answer;
        try {
            answer = server.resolver(key).send(update);
        } catch (IOException noAnswer) {
            throw new DnsOperationException("DNS server " + server.address() + " did not answer an update of " + zone, noAnswer);
        }
        int rcode = answer.getRcode();
        if (rcode != Rcode.NOERROR) {
            throw new UpdateRefusedException(zone, rcode);
        }
    }

    /** The server answered the UPDATE with an error (REFUSED, NOTAUTH for a bad key, ...). */
    public static class UpdateRefusedException extends DnsOperationException {
        private final int rcode;

        UpdateRefusedException(ZoneName zone, int rcode) {
            super("DNS server refused the update of " + zone + ": " + Rcode.string(rcode));
            this.rcode = rcode;
        }

        public int rcode() {
            return rcode;
        }
    }
}
