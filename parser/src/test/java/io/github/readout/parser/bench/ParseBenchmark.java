package io.github.readout.parser.bench;

import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One document, the whole corpus and the Russian corpus through the parser, and, as the
 * reference, Jackson reading back the JSON of the corpus's releases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {

    private PressReleaseParser parser;
    private String seed;
    private List<String> ids;
    private List<String> texts;
    private List<String> json;
    private List<String> russianIds;
    private List<String> russianTexts;

    /** Loads the corpus and writes the JSON of each of its releases. */
    @Setup
    public void setUp() {
        parser = PressReleaseParser.create();
        seed = BenchData.seed();
        ids = new ArrayList<>();
        texts = new ArrayList<>();
        json = new ArrayList<>();
        for (Map.Entry<String, String> doc : BenchData.corpus().entrySet()) {
            ids.add(doc.getKey());
            texts.add(doc.getValue());
            PressRelease release = parser.parse(doc.getKey(), doc.getValue()).release();
            json.add(ReadoutJson.write(release));
        }
        russianIds = new ArrayList<>(BenchData.russianCorpus().keySet());
        russianTexts = new ArrayList<>(BenchData.russianCorpus().values());
    }

    /** The seed release: one op is one parse. */
    @Benchmark
    public ParseResult parseSeed() {
        return parser.parse(BenchData.SEED, seed);
    }

    /** Every corpus document in turn: one op is the whole corpus. */
    @Benchmark
    public void parseCorpus(Blackhole blackhole) {
        for (int i = 0; i < texts.size(); i++) {
            blackhole.consume(parser.parse(ids.get(i), texts.get(i)));
        }
    }

    /** Every document of the Russian corpus in turn: one op is the whole corpus. */
    @Benchmark
    public void parseRussianCorpus(Blackhole blackhole) {
        for (int i = 0; i < russianTexts.size(); i++) {
            blackhole.consume(parser.parse(russianIds.get(i), russianTexts.get(i)));
        }
    }

    /** The reference: Jackson reads back the JSON of every corpus release; one op is the whole corpus. */
    @Benchmark
    public void readCorpusJson(Blackhole blackhole) {
        for (String document : json) {
            blackhole.consume(ReadoutJson.read(document));
        }
    }
}
