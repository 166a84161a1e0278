package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets for the parser. In a normal build ({@code mvn verify}) Jazzer runs in regression
 * mode: each target runs once per input checked in under
 * {@code src/test/resources/io/github/readout/parser/ParseFuzzTestInputs/<method>/}, which holds
 * the seeds and every crash ever found. With {@code JAZZER_FUZZ=1} it fuzzes for the
 * {@code maxDuration} (see README, "Robustness").
 */
class ParseFuzzTest {

    /** Any text: a sane release, or a ParseException with a placed diagnostic. */
    @FuzzTest(maxDuration = "2m")
    void parseText(byte[] input) {
        // Decoding replaces bad UTF-8, so every input becomes some text, surrogates aside.
        ParsePropertiesTest.checkOutcome(new String(input, StandardCharsets.UTF_8));
    }

    /** Any bytes as a file: a sane release, or a ParseException for bytes that are not UTF-8 text. */
    @FuzzTest(maxDuration = "2m")
    void parseFile(byte[] input) throws Exception {
        Path file = Files.createTempFile("readout-fuzz", ".txt");
        try {
            Files.write(file, input);
            try {
                ReleaseChecks.assertSane(PressReleaseParser.create().parse(file), new String(input, StandardCharsets.UTF_8));
            } catch (ParseException e) {
                assertThat(e.diagnostic().code()).isIn("input.encoding", "input.binary");
                assertThat(e.diagnostic().line()).isPositive();
                assertThat(e.diagnostic().column()).isPositive();
            }
        } finally {
            Files.delete(file);
        }
    }
}
