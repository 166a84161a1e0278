package io.github.readout.parser.bench;

import io.github.readout.parser.FileResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The batch entry: {@code parseAll} over files of the corpus, cycled, on one thread and on two. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchBenchmark {

    /** The threads of the parser. */
    @Param({"1", "2"})
    public int threads;

    /** How many files one op parses. */
    @Param({"1000"})
    public int documents;

    private PressReleaseParser parser;
    private Path directory;
    private List<Path> files;

    /** Writes the files once to a temporary folder. */
    @Setup
    public void setUp() throws IOException {
        parser = PressReleaseParser.builder().parallelism(threads).build();
        directory = Files.createTempDirectory("readout-bench");
        List<Map.Entry<String, String>> corpus = new ArrayList<>(BenchData.corpus().entrySet());
        files = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            Map.Entry<String, String> doc = corpus.get(i % corpus.size());
            Path file = directory.resolve(String.format("%04d_%s.txt", i, doc.getKey()));
            Files.writeString(file, doc.getValue());
            files.add(file);
        }
    }

    /** Deletes the files. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    /** One op parses every file. */
    @Benchmark
    public List<FileResult> parseAll() {
        return parser.parseAll(files);
    }
}
