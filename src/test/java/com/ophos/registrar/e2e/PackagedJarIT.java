package com.ophos.registrar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./mvnw package} leaves for the README's run command: the jar and the class-data archive of its
 * training start (BENCHMARKS.md, "Session 8").
 */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("gateway.jar", "target/registrar-gateway.jar"));
    private static final Path TRAINING_LOG = JAR.resolveSibling("class-data-training.log");

    /**
     * Finding application.properties inside the 57,000-entry jar made every start open the jar as a zip file
     * system three times (≈ 0.4 s and 27 MB resident). The build records the file's properties in the jar.
     */
    @Test
    void theJarCarriesNoApplicationProperties() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(jar.getEntry("application.properties")).isNull();
            assertThat(jar.getEntry("com/ophos/registrar/common/ClassDataTrainingRun.class")).isNotNull();
        }
    }

    /**
     * The training start runs the jar on the dev profile, so its answers also show that the properties the
     * jar recorded (development users, sandbox registries) are in force without the file.
     */
    @Test
    void theTrainingStartWasAnsweredEveryRequestItAsked() throws IOException {
        // The training start runs after the jar is written; an older log belongs to an earlier build.
        assumeTrue(Files.exists(TRAINING_LOG)
                        && Files.getLastModifiedTime(TRAINING_LOG).compareTo(Files.getLastModifiedTime(JAR)) >= 0,
                "no training start for this jar (-Dregistrar.class-data.skip)");
        List<String> asked = Files.readAllLines(TRAINING_LOG).stream()
                .filter(line -> line.contains("class-data training: GET ")).toList();

        assertThat(asked).hasSize(4).allSatisfy(line -> assertThat(line).endsWith("-> HTTP/1.1 200 OK"));
        assertThat(asked).anySatisfy(line -> assertThat(line).contains("/api/v1/domains/check?"));
        assertThat(Files.readString(TRAINING_LOG)).contains("class-data training start done, exiting");
    }
}
