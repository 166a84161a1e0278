package io.github.readout.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 2_000).boxed().collect(Collectors.toList());

    @Test
    void resultsComeInInputOrderAndNoThreadRunsTooFarAhead() throws IOException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> written = new ArrayList<>();

        OrderedParallel.run(3, INPUTS, input -> {
            mostAhead.accumulateAndGet(started.incrementAndGet() - taken.get(), Math::max);
            // Uneven work, so that later inputs often finish first.
            long spin = ThreadLocalRandom.current().nextInt(20_000);
            for (long i = 0; i < spin; i++) {
                Thread.onSpinWait();
            }
            return input * 2;
        }, result -> {
            taken.incrementAndGet();
            written.add(result);
        });

        assertThat(written).containsExactlyElementsOf(INPUTS.stream().map(i -> i * 2).collect(Collectors.toList()));
        // One more than the window: a permit is given back just before the writer counts its take.
        assertThat(mostAhead.get()).isLessThanOrEqualTo(3 * OrderedParallel.AHEAD_PER_THREAD + 1);
    }

    @Test
    void aFailingSinkStopsTheRunAndItsErrorPassesOn() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> OrderedParallel.run(2, INPUTS, input -> {
            started.incrementAndGet();
            return input;
        }, result -> {
            if (result == 10) {
                throw new IOException("No space left on device");
            }
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(started.get()).isLessThanOrEqualTo(11 + 2 * OrderedParallel.AHEAD_PER_THREAD);
    }

    @Test
    void oneThreadIsTheCallingThreadInInputOrder() throws IOException {
        Thread caller = Thread.currentThread();
        List<Integer> written = new ArrayList<>();

        OrderedParallel.run(1, INPUTS, input -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return input;
        }, written::add);

        assertThat(written).containsExactlyElementsOf(INPUTS);
    }

    @Test
    void nothingToDoIsDone() throws IOException {
        List<Integer> written = new ArrayList<>();
        OrderedParallel.run(2, List.<Integer>of(), input -> input, written::add);
        assertThat(written).isEmpty();
    }
}
