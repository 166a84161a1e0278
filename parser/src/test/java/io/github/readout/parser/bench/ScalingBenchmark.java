package io.github.readout.parser.bench;

import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One release of 10 KiB to 10 MiB, built by repeating corpus paragraphs: input bytes per second
 * should not fall as documents grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScalingBenchmark {

    /** The largest input the parsers of this benchmark accept: above the default 8 MiB. */
    public static final int MAX_INPUT = 16 * 1024 * 1024;

    /** The least size of the document in UTF-8 bytes. */
    @Param({"10240", "102400", "1048576", "10485760"})
    public int size;

    private PressReleaseParser parser;
    private String text;

    /** Builds the document and a parser that takes it. */
    @Setup
    public void setUp() {
        parser = PressReleaseParser.builder().maxInputLength(MAX_INPUT).build();
        text = BenchData.document(size);
    }

    /** One op is one parse of the document. */
    @Benchmark
    public ParseResult parse() {
        return parser.parse("scaled", text);
    }
}
