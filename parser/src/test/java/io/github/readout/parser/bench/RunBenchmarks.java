package io.github.readout.parser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of this package with the GC profiler, in forked JVMs on the class path,
 * then prints a summary: each result in documents and input bytes per second, the bytes
 * allocated, and the performance goals as ratios of figures of this one run. The JMH results
 * go to {@code target/bench/jmh-result.json}, the summary to {@code target/bench/summary.md}.
 * Arguments are JMH's command-line options, such as a benchmark pattern or {@code -f 1 -wi 3}.
 */
public final class RunBenchmarks {

    private static final String PACKAGE = "io.github.readout.parser.bench.";

    private RunBenchmarks() {}

    /**
     * Runs the benchmarks.
     *
     * @param args JMH command-line options
     * @throws Exception if JMH fails or the summary cannot be written
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(PACKAGE.replace(".", "\\.") + ".*");
        }
        options.addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-result.json").toString());
        String before = machine();
        Collection<RunResult> results = run(options);
        String summary = "Machine: " + before + "; load average after the run "
                + String.format(Locale.ROOT, "%.2f", loadAverage()) + "\n\n" + summary(results);
        System.out.println();
        System.out.println(summary);
        Files.writeString(out.resolve("summary.md"), summary);
    }

    /** Cores, JDK, OS and the load average, as the run starts. */
    static String machine() {
        return String.format(Locale.ROOT, "%d cores, JDK %s (%s), %s %s %s; load average before the run %.2f",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), loadAverage());
    }

    /** The one-minute load average of a Linux machine (other processes compete for the cores), or NaN. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Collection<RunResult> run(OptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    /** The summary of a run in Markdown: a table of results and the goals. */
    static String summary(Collection<RunResult> results) throws IOException {
        Map<String, String> corpus = BenchData.corpus();
        int corpusBytes = 0;
        for (String text : corpus.values()) {
            corpusBytes += BenchData.utf8Length(text);
        }
        int seedBytes = BenchData.utf8Length(BenchData.seed());
        Map<String, String> russian = BenchData.russianCorpus();
        int russianBytes = 0;
        for (String text : russian.values()) {
            russianBytes += BenchData.utf8Length(text);
        }
        Double russianParse = null;
        StringBuilder table = new StringBuilder();
        table.append("| Benchmark | Input | Input bytes | ops/s | docs/s | input MB/s | alloc B/op | alloc B per input byte |\n");
        table.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Double parse = null;
        Double jackson = null;
        Double small = null;
        Double large = null;
        Double oneThread = null;
        Double twoThreads = null;
        Double seedAlloc = null;
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().substring(PACKAGE.length());
            Result<?> primary = run.getPrimaryResult();
            double ops = primary.getScore();
            double alloc = allocation(run);
            String input;
            long bytes;
            int docs;
            switch (name) {
                case "ParseBenchmark.parseSeed":
                    input = "seed";
                    bytes = seedBytes;
                    docs = 1;
                    seedAlloc = alloc;
                    break;
                case "ParseBenchmark.parseCorpus":
                    input = corpus.size() + " corpus docs";
                    bytes = corpusBytes;
                    docs = corpus.size();
                    parse = ops * docs;
                    break;
                case "ParseBenchmark.parseRussianCorpus":
                    input = russian.size() + " Russian corpus docs";
                    bytes = russianBytes;
                    docs = russian.size();
                    russianParse = ops * docs;
                    break;
                case "ParseBenchmark.readCorpusJson":
                    input = "JSON of " + corpus.size() + " releases (reference)";
                    bytes = 0;
                    docs = corpus.size();
                    jackson = ops * docs;
                    break;
                case "ScalingBenchmark.parse": {
                    int size = Integer.parseInt(run.getParams().getParam("size"));
                    bytes = BenchData.utf8Length(BenchData.document(size));
                    input = "1 doc of " + human(size);
                    docs = 1;
                    if (size == 10 * 1024) {
                        small = ops * bytes;
                    } else if (size == 10 * 1024 * 1024) {
                        large = ops * bytes;
                    }
                    break;
                }
                case "BatchBenchmark.parseAll": {
                    int threads = Integer.parseInt(run.getParams().getParam("threads"));
                    docs = Integer.parseInt(run.getParams().getParam("documents"));
                    input = docs + " files, " + threads + (threads == 1 ? " thread" : " threads");
                    bytes = 0;
                    if (threads == 1) {
                        oneThread = ops * docs;
                    } else if (threads == 2) {
                        twoThreads = ops * docs;
                    }
                    break;
                }
                default:
                    input = String.valueOf(run.getParams().getParamsKeys());
                    bytes = 0;
                    docs = 1;
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s ± %s | %s | %s | %s | %s |%n",
                    name, input, bytes > 0 ? String.format(Locale.ROOT, "%,d", bytes) : "",
                    number(ops), number(primary.getScoreError()), number(ops * docs),
                    bytes > 0 ? String.format(Locale.ROOT, "%.2f", ops * bytes / 1e6) : "",
                    Double.isNaN(alloc) ? "" : String.format(Locale.ROOT, "%,.0f", alloc),
                    bytes > 0 && !Double.isNaN(alloc) ? String.format(Locale.ROOT, "%.1f", alloc / bytes) : ""));
        }
        List<String> goals = new ArrayList<>();
        goals.add(goal("full parse docs/s ÷ Jackson read docs/s", ratio(parse, jackson), 0.5, true));
        goals.add(goal("Russian corpus docs/s ÷ English corpus docs/s", ratio(russianParse, parse), 0.5, true));
        goals.add(goal("bytes/s at 10 MiB ÷ bytes/s at 10 KiB", ratio(large, small), 0.5, true));
        goals.add(goal("batch docs/s on 2 threads ÷ 1 thread", ratio(twoThreads, oneThread), 1.7, true));
        goals.add(goal("seed: bytes allocated per input byte", seedAlloc == null ? null : seedAlloc / seedBytes,
                20, false));
        StringBuilder out = new StringBuilder(table);
        out.append('\n');
        out.append("| Goal | Measured | Target | Met |\n| --- | ---: | ---: | --- |\n");
        for (String line : goals) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static double allocation(RunResult run) {
        for (String key : run.getSecondaryResults().keySet()) {
            if (key.endsWith("gc.alloc.rate.norm")) {
                return run.getSecondaryResults().get(key).getScore();
            }
        }
        return Double.NaN;
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null ? null : a / b;
    }

    private static String goal(String name, Double value, double target, boolean atLeast) {
        if (value == null) {
            return "| " + name + " | not measured | | |";
        }
        boolean met = atLeast ? value >= target : value <= target;
        return String.format(Locale.ROOT, "| %s | %.2f | %s %s | %s |", name, value, atLeast ? "≥" : "≤",
                target, met ? "yes" : "**no**");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 1 ? "%.2f" : "%.4f", value);
    }

    private static String human(int size) {
        return size >= 1024 * 1024 ? size / (1024 * 1024) + " MiB" : size / 1024 + " KiB";
    }
}
