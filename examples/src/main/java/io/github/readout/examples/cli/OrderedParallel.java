package io.github.readout.examples.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs work on a fixed number of threads and hands the results to the calling thread in input
 * order, with a bounded number in flight: memory stays flat however many inputs there are, and
 * no thread waits for a whole batch to finish before the next begins.
 */
final class OrderedParallel {

    /** Takes each result, in input order, on the calling thread. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    /** How many inputs per thread are in flight at once. */
    static final int AHEAD_PER_THREAD = 8;

    private OrderedParallel() {}

    /**
     * Runs {@code work} over every input. The work must return a result for every input,
     * failures included; if the sink throws, the rest is cancelled and the error passed on.
     */
    static <I, R> void run(int threads, Iterator<I> inputs, Function<I, R> work, Sink<R> sink) throws IOException {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "readout-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int window = threads * AHEAD_PER_THREAD;
        ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
        try {
            while (inputs.hasNext() || !pending.isEmpty()) {
                while (pending.size() < window && inputs.hasNext()) {
                    I input = inputs.next();
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                sink.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a parsing thread failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
