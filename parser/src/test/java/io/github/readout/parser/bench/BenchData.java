package io.github.readout.parser.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The inputs of the benchmarks: the seed, the corpus and documents of a given size built from it. */
public final class BenchData {

    /** The id of the seed release in the corpus. */
    public static final String SEED = "000_342ced776030c155";

    private BenchData() {}

    /** The folder of the test corpus on the class path. */
    public static Path corpusDir() {
        return folder("/corpus");
    }

    /** A folder of test resources on the class path. */
    private static Path folder(String resource) {
        URL url = BenchData.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the test resources " + resource + " are not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus document, seed included, by id in file-name order. */
    public static Map<String, String> corpus() {
        return documents(corpusDir());
    }

    /** The Russian corpus written for the tests, by id in file-name order. */
    public static Map<String, String> russianCorpus() {
        return documents(folder("/corpus-ru"));
    }

    private static Map<String, String> documents(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, String> docs = new LinkedHashMap<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                docs.put(name.substring(0, name.length() - ".txt".length()), Files.readString(file));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the seed release. */
    public static String seed() {
        try {
            return Files.readString(corpusDir().resolve(SEED + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of a text in UTF-8 bytes. */
    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Builds one release of at least {@code bytes} UTF-8 bytes: the seed's header line, then the
     * body paragraphs of the corpus documents repeated in order, stopping at the first paragraph
     * that reaches the size. The same size always gives the same text.
     *
     * @param bytes the least size in UTF-8 bytes
     * @return the text
     */
    public static String document(int bytes) {
        List<String> paragraphs = new ArrayList<>();
        for (String text : corpus().values()) {
            String[] blocks = text.strip().split("\\n\\s*\\n");
            for (int i = 1; i < blocks.length; i++) { // the first block is the header
                if (!blocks[i].isBlank()) {
                    paragraphs.add(blocks[i].strip());
                }
            }
        }
        String seed = seed();
        StringBuilder out = new StringBuilder(bytes + 4096);
        out.append(seed, 0, seed.indexOf('\n')).append("\n\n");
        int size = utf8Length(out.toString());
        for (int i = 0; size < bytes; i++) {
            String paragraph = paragraphs.get(i % paragraphs.size()) + "\n\n";
            out.append(paragraph);
            size += utf8Length(paragraph);
        }
        return out.toString();
    }
}
