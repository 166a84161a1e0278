package io.github.readout.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs work on a fixed number of threads and hands the results to the calling thread in input
 * order; with one thread, the calling thread does the work itself. The threads take the next input themselves, so that none waits for the writing thread
 * to hand out work, and run at most {@link #AHEAD_PER_THREAD} inputs per thread ahead of what
 * has been written, so that memory stays flat however many inputs there are.
 */
final class OrderedParallel {

    /** Takes each result, in input order, on the calling thread. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    /** How many inputs per thread may be done or in progress before the writer takes them. */
    static final int AHEAD_PER_THREAD = 16;

    private OrderedParallel() {}

    /**
     * Runs {@code work} over every input. The work must return a result for every input,
     * failures included; if the sink throws, the rest is cancelled and the error passed on.
     */
    static <I, R> void run(int threads, List<I> inputs, Function<I, R> work, Sink<R> sink) throws IOException {
        if (threads <= 1) {
            // One thread: the calling thread does it all, with no hand-over per input.
            for (I input : inputs) {
                sink.accept(work.apply(input));
            }
            return;
        }
        int count = inputs.size();
        List<CompletableFuture<R>> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(new CompletableFuture<>());
        }
        // A thread takes a permit before it takes an input: inputs are handed out in order, and
        // the input the writer waits for is always held by a thread that is working on it.
        Semaphore ahead = new Semaphore(threads * AHEAD_PER_THREAD);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "readout-parse-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (!stopped.get()) {
                    try {
                        ahead.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    int index = next.getAndIncrement();
                    if (index >= count) {
                        return;
                    }
                    try {
                        results.get(index).complete(work.apply(inputs.get(index)));
                    } catch (Throwable e) {
                        results.get(index).completeExceptionally(e);
                    }
                }
            });
        }
        try {
            for (int i = 0; i < count; i++) {
                R result;
                try {
                    result = results.get(i).join();
                } catch (CompletionException e) {
                    throw new IllegalStateException("a parsing thread failed: " + e.getCause(), e.getCause());
                }
                results.set(i, null);
                ahead.release();
                sink.accept(result);
            }
        } finally {
            stopped.set(true);
            pool.shutdownNow();
        }
    }
}
