package io.github.readout.parser.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Keeps the benchmarks from rotting: runs the body of every benchmark method once on its set-up
 * state, without JMH's harness and without timing anything. A {@code @Param} takes its first
 * value, except where {@link #SMALL} gives a smaller one.
 */
class BenchmarksSmokeTest {

    private static final List<Class<?>> BENCHMARKS =
            List.of(ParseBenchmark.class, ScalingBenchmark.class, BatchBenchmark.class);

    /** Smaller values for the parameters that would make the smoke test slow. */
    private static final Map<String, String> SMALL = Map.of("documents", "40");

    private static final String BLACKHOLE_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @Test
    void everyBenchmarkRunsOnce() throws Exception {
        List<String> ran = new ArrayList<>();
        for (Class<?> type : BENCHMARKS) {
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    runOnce(type, method);
                    ran.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(ran).contains("ParseBenchmark.parseSeed", "ParseBenchmark.parseCorpus", "ParseBenchmark.parseRussianCorpus",
                "ParseBenchmark.readCorpusJson", "ScalingBenchmark.parse", "BatchBenchmark.parseAll");
    }

    @Test
    void theDocumentsOfTheScalingBenchmarkHaveTheirSize() {
        String text = BenchData.document(10 * 1024);
        assertThat(BenchData.utf8Length(text)).isBetween(10 * 1024, 12 * 1024);
        assertThat(BenchData.document(10 * 1024)).isEqualTo(text);
    }

    @Test
    void theSummaryComputesTheGoalsWhenResultsAreMissing() throws Exception {
        assertThat(RunBenchmarks.summary(List.of())).contains("| Goal |", "not measured");
    }

    private static void runOnce(Class<?> type, Method method) throws Exception {
        Map<Class<?>, Object> states = new HashMap<>();
        List<Object> args = new ArrayList<>();
        Blackhole blackhole = new Blackhole(BLACKHOLE_CHALLENGE);
        for (Class<?> parameter : method.getParameterTypes()) {
            args.add(parameter == Blackhole.class ? blackhole : state(parameter, states));
        }
        Object benchmark = state(type, states);
        try {
            Object result = method.invoke(benchmark, args.toArray());
            if (method.getReturnType() != void.class) {
                assertThat(result).as(method.getName()).isNotNull();
            }
        } finally {
            for (Object state : states.values()) {
                invokeAnnotated(state, TearDown.class);
            }
            blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        }
    }

    private static Object state(Class<?> type, Map<Class<?>, Object> states) throws Exception {
        Object existing = states.get(type);
        if (existing != null) {
            return existing;
        }
        assertThat(type.isAnnotationPresent(State.class)).as(type + " is a @State").isTrue();
        Object state = type.getConstructor().newInstance();
        for (Field field : type.getFields()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null && !Modifier.isStatic(field.getModifiers())) {
                String value = SMALL.getOrDefault(field.getName(), param.value()[0]);
                field.set(state, convert(value, field.getType()));
            }
        }
        invokeAnnotated(state, Setup.class);
        states.put(type, state);
        return state;
    }

    private static Object convert(String value, Class<?> type) {
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == long.class) {
            return Long.parseLong(value);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }

    private static void invokeAnnotated(Object state, Class<? extends java.lang.annotation.Annotation> annotation)
            throws Exception {
        for (Method method : state.getClass().getMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                method.invoke(state);
            }
        }
    }
}
