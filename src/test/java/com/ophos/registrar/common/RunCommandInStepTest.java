package com.ophos.registrar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command is written down four times: in the README, in the class-data training start
 * of pom.xml (an archive trained under other JVM options is refused or only partly used) and in the two
 * benchmark scripts that measure what a README user gets. Their JVM options must not drift apart.
 */
class RunCommandInStepTest {
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    @Test
    void theTrainingStartAndTheBenchmarksUseTheReadmeJvmOptions() throws IOException {
        List<String> readme = readmeRunCommand();
        List<String> readmeJvmOptions = jvmOptions(readme);
        assertThat(readmeJvmOptions).as("README run command %s", readme).isNotEmpty();
        assertThat(readme).contains("-XX:SharedArchiveFile=target/registrar-gateway.jsa", "-Dquarkus.profile=dev");

        List<String> training = trainingStartArguments();
        assertThat(jvmOptions(training)).as("pom.xml class-data training start").isEqualTo(readmeJvmOptions);
        assertThat(training).contains("-XX:ArchiveClassesAtExit=${project.build.directory}/registrar-gateway.jsa",
                "-Dquarkus.profile=dev");

        for (String script : List.of("bench/rest/run.sh", "bench/startup/run.sh")) {
            List<String> benchmark = scriptReadmeOptions(script);
            assertThat(jvmOptions(benchmark)).as(script).isEqualTo(readmeJvmOptions);
            assertThat(benchmark).as(script).contains("-XX:SharedArchiveFile=$ROOT/target/registrar-gateway.jsa");
        }
    }

    /** Heap, JIT and collector options: what changes speed and footprint (not the archive's path). */
    private static List<String> jvmOptions(List<String> arguments) {
        return arguments.stream()
                .filter(argument -> argument.startsWith("-X"))
                .filter(argument -> !argument.startsWith("-XX:SharedArchiveFile=")
                        && !argument.startsWith("-XX:ArchiveClassesAtExit="))
                .sorted()
                .toList();
    }

    private static List<String> readmeRunCommand() throws IOException {
        String line = Files.readAllLines(PROJECT.resolve("README.md")).stream()
                .filter(l -> l.startsWith("./mvnw") && l.contains(" java ") && l.contains("-jar "))
                .findFirst().orElseThrow(() -> new AssertionError("no run command in README.md"));
        String java = line.substring(line.indexOf(" java ") + " java ".length(), line.indexOf("-jar "));
        return Arrays.asList(java.trim().split("\\s+"));
    }

    private static List<String> trainingStartArguments() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        Matcher execution = Pattern.compile("<id>class-data-training</id>(.*?)</execution>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(execution.find()).as("class-data-training execution in pom.xml").isTrue();
        Matcher argument = Pattern.compile("<argument>([^<]*)</argument>").matcher(execution.group(1));
        List<String> arguments = new ArrayList<>();
        while (argument.find()) {
            arguments.add(argument.group(1).trim());
        }
        return arguments;
    }

    private static List<String> scriptReadmeOptions(String script) throws IOException {
        Matcher options = Pattern.compile("(?m)^README_JVM_OPTS=\"([^\"]*)\"")
                .matcher(Files.readString(PROJECT.resolve(script)));
        assertThat(options.find()).as("README_JVM_OPTS in %s", script).isTrue();
        return Arrays.asList(options.group(1).trim().split("\\s+"));
    }
}
