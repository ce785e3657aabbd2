package com.ophos.registrar.bench.eppload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/** Closed loop over raw sessions: one thread per session, one check in flight each. */
final class RawLoad {
    private static final long JOIN_MILLIS = 35_000;

    private RawLoad() {
    }

    static PointResult run(SSLContext tls, SandboxProcess sandbox, String password, int sessions, List<byte[]> checks,
                           Phases phases) throws Exception {
        List<RawEppSession> opened = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                opened.add(RawEppSession.open(tls, "127.0.0.1", sandbox.port, SandboxMain.CLIENT_ID, password));
            }
            Phases.Counters counters = new Phases.Counters();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                RawEppSession session = opened.get(i);
                int offset = i * checks.size() / sessions;
                Thread thread = new Thread(() -> loop(session, checks, offset, running, counters), "raw-" + i);
                thread.start();
                threads.add(thread);
            }
            PointResult result = phases.measure("raw JDK SSLSocket", sessions, 1, counters);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(JOIN_MILLIS);
            }
            return result;
        } finally {
            opened.forEach(RawEppSession::close);
        }
    }

    private static void loop(RawEppSession session, List<byte[]> checks, int offset, AtomicBoolean running,
                             Phases.Counters counters) {
        int next = offset;
        try {
            while (running.get()) {
                int code = session.exchange(checks.get(next));
                next = next + 1 == checks.size() ? 0 : next + 1;
                if (code == 1000) {
                    counters.answered.increment();
                } else {
                    counters.errors.increment();
                }
            }
        } catch (IOException e) {
            counters.errors.increment();
            System.err.println("raw session failed: " + e.getMessage());
        }
    }
}
