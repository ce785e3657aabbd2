package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.authInfo;
import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.domain;
import static com.ophos.registrar.sandbox.Epp.period;
import static com.ophos.registrar.sandbox.X.attr;

import java.io.IOException;

/** Domain frames the tests send often; {@code extensions} carry e.g. the Verisign subProduct. */
final class Domains {

    private Domains() {
    }

    static X create(String name, int years, String auth, X... extensions) {
        return command("create", domain("create", domain("name", name), period(years), authInfo(auth)), extensions);
    }

    static X info(String name, X... extensions) {
        return command("info", domain("info", domain("name", name)), extensions);
    }

    static X infoWithAuth(String name, String auth, X... extensions) {
        return command("info", domain("info", domain("name", name), authInfo(auth)), extensions);
    }

    static X renew(String name, String currentExpiry, int years, X... extensions) {
        return command("renew", domain("renew", domain("name", name), domain("curExpDate", currentExpiry),
                period(years)), extensions);
    }

    static X delete(String name, X... extensions) {
        return command("delete", domain("delete", domain("name", name)), extensions);
    }

    static X addStatus(String name, String status, X... extensions) {
        return command("update", domain("update", domain("name", name),
                domain("add", domain("status", attr("s", status)))), extensions);
    }

    static X removeStatus(String name, String status, X... extensions) {
        return command("update", domain("update", domain("name", name),
                domain("rem", domain("status", attr("s", status)))), extensions);
    }

    static X transfer(String op, String name, String auth, X... extensions) {
        return command(X.el(Epp.EPP, "transfer", attr("op", op),
                domain("transfer", domain("name", name), auth == null ? null : authInfo(auth))), extensions);
    }

    static EppReply created(EppTestClient client, String name, X... extensions) throws IOException {
        EppReply reply = client.send(create(name, 1, "Auth-" + name, extensions));
        if (reply.code() != 1000) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply;
    }
}
