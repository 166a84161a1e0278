package io.github.readout.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for reading JSON. Any bytes give a release, which writes back to an equal one, or
 * an {@link InvalidJsonException}; nothing else. In a normal build Jazzer runs the inputs checked
 * in under {@code src/test/resources/io/github/readout/core/ReadoutJsonFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see README, "Robustness").
 */
class ReadoutJsonFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void readBytes(byte[] json) {
        try {
            roundTrips(ReadoutJson.read(json));
        } catch (InvalidJsonException expected) {
            assertThat(expected.getMessage()).startsWith("invalid release JSON");
        }
    }

    @FuzzTest(maxDuration = "2m")
    void readText(byte[] json) {
        try {
            roundTrips(ReadoutJson.read(new String(json, StandardCharsets.UTF_8)));
        } catch (InvalidJsonException expected) {
            assertThat(expected.getMessage()).startsWith("invalid release JSON");
        }
    }

    private static void roundTrips(PressRelease release) {
        assertThat(ReadoutJson.read(ReadoutJson.write(release))).isEqualTo(release);
    }
}
