package com.ophos.registrar.epp.bench;

import com.ophos.registrar.epp.codec.EppReader;
import com.ophos.registrar.epp.codec.EppWriter;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppInbound;
import com.ophos.registrar.epp.model.NamestoreExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EPP codec cost: a 5-name domain:check written and its answer read, and the reading of a domain:create
 * and a domain:info response. Response frames are the test fixtures (run from the project directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EppCodecBenchmark {
    private static final Path FIXTURES = Path.of("src/test/resources/epp");

    private EppCommand check;
    private byte[] checkResponse;
    private byte[] createResponse;
    private byte[] infoResponse;

    @Setup
    public void load() throws Exception {
        check = EppCommand.of(new DomainCommand.Check(List.of("client-one.com", "client-two.com", "client-three.com",
                "client-four.com", "client-five.com")), "GW-BENCH-CHK", new NamestoreExtension("dotCOM"));
        checkResponse = Files.readAllBytes(FIXTURES.resolve("domain-check-5.xml"));
        createResponse = Files.readAllBytes(FIXTURES.resolve("domain-create-fee.xml"));
        infoResponse = Files.readAllBytes(FIXTURES.resolve("domain-info.xml"));
    }

    @Benchmark
    public void domainCheck5EncodeAndDecode(Blackhole hole) {
        hole.consume(EppWriter.write(check, Optional.empty()));
        hole.consume(EppReader.read(checkResponse));
    }

    @Benchmark
    public EppInbound domainCreateResponseDecode() {
        return EppReader.read(createResponse);
    }

    @Benchmark
    public EppInbound domainInfoResponseDecode() {
        return EppReader.read(infoResponse);
    }
}
