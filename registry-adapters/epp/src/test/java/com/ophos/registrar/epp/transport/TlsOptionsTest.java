package com.ophos.registrar.epp.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.TlsMaterial;
import io.vertx.core.net.JdkSSLEngineOptions;
import io.vertx.core.net.NetClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsOptionsTest {

    @Test
    void encryptsWithTheJdkEngineIntoPooledBuffersOverTls12Or13Only() {
        NetClientOptions options = TlsOptions.clientOptions(
                new TlsMaterial(Optional.empty(), Optional.empty(), List.of()), Duration.ofSeconds(5));

        assertThat(options.isSsl()).isTrue();
        assertThat(options.getSslEngineOptions()).isInstanceOfSatisfying(JdkSSLEngineOptions.class,
                engine -> assertThat(engine.isPooledHeapBuffers()).isTrue());
        assertThat(options.getEnabledSecureTransportProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
        assertThat(options.getHostnameVerificationAlgorithm()).isEqualTo("HTTPS");
    }
}
