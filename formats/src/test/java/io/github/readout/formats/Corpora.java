package io.github.readout.formats;

import io.github.readout.core.PressRelease;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The releases of every test corpus (the development corpus, the second corpus, the seeds), parsed once. */
final class Corpora {

    /** The development corpus. */
    static final Path DEV = Path.of("../parser/src/test/resources/corpus");
    /** Every folder of test texts. */
    static final List<Path> ALL = List.of(DEV, Path.of("../parser/src/test/resources/corpus-more"), Path.of("../seeds"));

    private static final Map<Path, List<PressRelease>> PARSED = new LinkedHashMap<>();

    private Corpora() {}

    /**
     * Returns the parsed releases of one folder, in file-name order.
     *
     * @param folder a corpus folder
     * @return its releases
     */
    static synchronized List<PressRelease> releases(Path folder) {
        return PARSED.computeIfAbsent(folder, Corpora::parse);
    }

    /** Returns the releases of every corpus. */
    static List<PressRelease> all() {
        List<PressRelease> all = new ArrayList<>();
        ALL.forEach(folder -> all.addAll(releases(folder)));
        return all;
    }

    private static List<PressRelease> parse(Path folder) {
        PressReleaseParser parser = PressReleaseParser.create();
        try (Stream<Path> files = Files.list(folder)) {
            List<PressRelease> releases = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
                releases.add(parser.parse(file).release());
            }
            if (releases.isEmpty()) {
                throw new IllegalStateException(folder.toAbsolutePath() + ": no .txt file");
            }
            return releases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
