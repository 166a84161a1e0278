package io.github.readout.parser;

import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A safety bound on the work of one parse, counted in the CPU time of the thread that parses
 * rather than in wall-clock time: a parse that backtracks or does quadratic work fails, while a
 * machine busy with other work, which only makes the parse wait, does not. The body runs on a
 * thread of its own and is interrupted when it passes the bound. As a last resort against a
 * thread that waits forever without using CPU, a wall-clock bound far above the CPU bound holds
 * too.
 */
final class CpuTimeLimit {

    /** The bound for one parse of hostile input. */
    static final Duration PARSE = Duration.ofSeconds(10);

    /** Wall-clock time per CPU time allowed before the body is taken to be stuck. */
    private static final int WALL_PER_CPU = 30;

    /**
     * {@code ThreadMXBean.getThreadCpuTime}, reached by reflection: the parser's module does not
     * read {@code java.management}, and reflection needs no such edge.
     */
    private static final Object THREADS;
    private static final Method CPU_TIME;

    static {
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            CPU_TIME = Class.forName("java.lang.management.ThreadMXBean").getMethod("getThreadCpuTime", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CpuTimeLimit() {}

    /** Runs {@code body} within {@code limit} of CPU time; its exceptions pass through as they are. */
    static void assertWithin(Duration limit, Executable body) {
        assertWithin(limit, () -> {
            body.execute();
            return null;
        });
    }

    /** Runs {@code body} within {@code limit} of CPU time and returns its result; its exceptions pass through. */
    static <T> T assertWithin(Duration limit, ThrowingSupplier<T> body) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return body.get();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
        Thread thread = new Thread(task, "cpu-time-limited");
        thread.setDaemon(true);
        thread.start();
        long wallDeadline = System.nanoTime() + limit.toNanos() * WALL_PER_CPU;
        try {
            while (true) {
                try {
                    return task.get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    long cpu = cpuTime(thread);
                    if (cpu > limit.toNanos()) {
                        thread.interrupt();
                        return fail("took more than %d ms of CPU time", limit.toMillis());
                    }
                    if (System.nanoTime() > wallDeadline) {
                        thread.interrupt();
                        return fail("stuck: %d ms of wall-clock time with %d ms of CPU time",
                                limit.toMillis() * WALL_PER_CPU, cpu / 1_000_000);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw CpuTimeLimit.<RuntimeException>sneaky(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            return fail("interrupted");
        }
    }

    private static long cpuTime(Thread thread) {
        try {
            return (long) CPU_TIME.invoke(THREADS, thread.getId());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the CPU time of a thread", e);
        }
    }

    /** Rethrows the body's own exception, checked or not, so that tests can catch it by type. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }
}
