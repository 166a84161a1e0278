package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a user's lexicon files from a folder, in the built-in files' formats: {@code triggers.tsv}
 * (KIND, phrase), {@code titles.txt} (head, title), {@code organizations.tsv} (country code or
 * {@code -}, name), {@code countries.tsv} (country code, form, place) and {@code officials.tsv}
 * (country code, full name). Lines starting with {@code #} and blank lines are skipped.
 */
public final class LexiconFolder {

    /** The files a folder may hold. */
    public static final Set<String> FILES = Set.of("triggers.tsv", "titles.txt", "organizations.tsv", "countries.tsv",
            "officials.tsv");

    private LexiconFolder() {}

    /**
     * Adds every entry of the folder's lexicon files to an extension.
     *
     * @param folder the folder
     * @param extension where the entries go
     * @throws IOException if the folder or a file cannot be read
     * @throws IllegalArgumentException naming the file and line, for a file of another name or a
     *     line that does not fit its file's format
     */
    public static void read(Path folder, LexiconExtension extension) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!FILES.contains(name)) {
                throw new IllegalArgumentException(file + ": not a lexicon file; a lexicon folder holds "
                        + String.join(", ", FILES.stream().sorted().toList()));
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(name, line.split("\t", -1), extension, file + ":" + (i + 1));
                }
            }
        }
    }

    private static MeetingKind kind(String name) {
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown meeting kind '" + name + "'; expected one of "
                + String.join(", ", Stream.of(MeetingKind.values()).map(Enum::name).toList()));
    }

    private static void add(String file, String[] row, LexiconExtension extension, String where) {
        int fields = file.equals("countries.tsv") ? 3 : 2;
        if (row.length != fields || List.of(row).stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(where + ": expected " + fields + " tab-separated fields, got "
                    + row.length + (row.length == fields ? " with a blank one" : ""));
        }
        try {
            switch (file) {
                case "triggers.tsv" -> extension.addTrigger(row[1].strip(), kind(row[0].strip()));
                case "titles.txt" -> {
                    if (!row[0].strip().equals("head")) {
                        throw new IllegalArgumentException("only 'head' titles can be added, got '" + row[0] + "'");
                    }
                    extension.addTitle(row[1].strip());
                }
                case "organizations.tsv" -> extension.addOrganization(row[1].strip(), row[0].strip().equals("-")
                        ? Optional.empty() : Optional.of(CountryCode.of(row[0].strip().toUpperCase(Locale.ROOT))));
                case "countries.tsv" -> extension.addPlace(row[2].strip(), CountryCode.of(row[0].strip()));
                default -> extension.addOfficial(row[1].strip(), CountryCode.of(row[0].strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
