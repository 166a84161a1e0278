package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuTimeLimitTest {

    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void workPastTheBoundFails() {
        assertThatThrownBy(() -> CpuTimeLimit.assertWithin(SHORT, () -> {
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            return spins;
        })).isInstanceOf(AssertionError.class).hasMessageContaining("more than 200 ms of CPU time");
    }

    @Test
    void waitingUsesNoCpuTimeAndPasses() {
        // Half a second of wall-clock time, as on a machine busy with other work.
        assertThat(CpuTimeLimit.assertWithin(SHORT, () -> {
            Thread.sleep(500);
            return "done";
        })).isEqualTo("done");
    }

    @Test
    void theBodysOwnExceptionPassesThroughAsItIs() {
        assertThatThrownBy(() -> CpuTimeLimit.assertWithin(SHORT, () -> {
            throw new IOException("its own");
        })).isInstanceOf(IOException.class).hasMessage("its own");
    }
}
