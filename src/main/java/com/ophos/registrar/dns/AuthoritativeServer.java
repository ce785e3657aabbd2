package com.ophos.registrar.dns;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;

/** The company's authoritative server, as seen on its DNS port. */
@ApplicationScoped
public class AuthoritativeServer {
    private final DnsConfig config;

    public AuthoritativeServer(DnsConfig config) {
        this.config = config;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(config.host(), config.port());
    }

    /** A resolver talking only to this server, over TCP (updates and answers may exceed 512 bytes). */
    public SimpleResolver resolver(TSIG key) {
        SimpleResolver resolver = new SimpleResolver(address());
        resolver.setTCP(true);
        resolver.setTimeout(config.timeout());
        if (key != null) {
            resolver.setTSIGKey(key);
        }
        return resolver;
    }

    /** Asks this server directly (no recursion) for one RRset. */
    public Message query(Name name, int type) {
        Message question = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        try {
            return resolver(null).send(question);
        } catch (IOException noAnswer) {
            throw new DnsOperationException("DNS server " + address() + " did not answer a query for " + name, noAnswer);
        }
    }
}
