package io.github.readout.examples.cli;

import static io.github.readout.examples.cli.ReadoutCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.examples.cli.ReadoutCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout score}: figures of parsed output against gold files, and its errors. */
class ScoreCommandTest {

    private static final String GOLD = "{\"published\": \"2024-06-04\", \"people\": [{\"name\": \"Donald Lu\"}],"
            + " \"meetings\": [{\"kind\": \"DIALOGUE\", \"countries\": [\"KZ\", \"US\"]}]}";

    @Test
    void parsedSeedScoresAgainstItsGold(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("000_342ced776030c155.gold.json"), GOLD);
        Path output = dir.resolve("out.jsonl");
        assertThat(run("parse", "--format", "jsonl", "--output", output.toString(),
                ReadoutCommandTest.SEED.toString()).code()).isZero();

        Run run = run("score", gold.toString(), output.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("documents 1, without output 0")
                .containsPattern("meeting\\.kind +1\\.000").containsPattern("meetings\\.count +1\\.000");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValueSatisfying(last -> assertThat(last).startsWith("core "));
    }

    @Test
    void missesNameTheDocumentAndTheFigure(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.gold.json"), GOLD);
        Path output = dir.resolve("out.jsonl");
        Files.writeString(output, "{\"id\": \"a\", \"meetings\": [{\"kind\": \"MEETING\"}]}\n", StandardCharsets.UTF_8);

        Run run = run("score", "--misses", gold.toString(), output.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("miss a meeting[0]: meeting.kind: want 'DIALOGUE', got 'MEETING'")
                .contains("miss a: people: missing [donald lu], extra []")
                .containsPattern("published +0\\.000");
    }

    @Test
    void brokenOutputLineIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.gold.json"), GOLD);
        Path output = dir.resolve("out.jsonl");
        Files.writeString(output, "{\"id\": \"a\"}\n{\"id\": \n", StandardCharsets.UTF_8);

        Run run = run("score", gold.toString(), output.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(output + ":2:8: error: score.unreadable: ").contains("not JSON").doesNotContain("\tat ");
    }

    @Test
    void missingFolderIsAnError(@TempDir Path dir) {
        Run run = run("score", dir.resolve("nothing").toString(), dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nothing: error: input.missing: no such file or folder");
    }
}
