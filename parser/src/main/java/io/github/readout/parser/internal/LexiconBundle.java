package io.github.readout.parser.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The data files of a language pack in one resource, {@code lexicon/LANGUAGE.bundle}, written at
 * build time from the pack's folder by {@link #main}. A parser reads its pack's files through it:
 * the JDK looks each resource up in every module of the runtime before the class path, and a pack
 * of twenty files looked up one by one cost a cold parser's creation more than reading them did.
 *
 * <p>The format: the number of files, then for each its name ({@link DataOutputStream#writeUTF}),
 * the length of its UTF-8 bytes and the bytes as in the folder.
 */
public final class LexiconBundle {

    /** How a pack's bundle is named after its language code, beside the pack's folder. */
    private static final String SUFFIX = ".bundle";

    /**
     * The bundles read, by language code; softly held, as the stages read a pack's files once when
     * their classes or the pack load and the bytes are of no use after.
     */
    private static final Map<String, SoftReference<LexiconBundle>> READ = new ConcurrentHashMap<>();

    private final byte[] bytes;
    /** Where each file's bytes start in {@link #bytes}, and how many there are. */
    private final Map<String, int[]> files;

    private LexiconBundle(byte[] bytes, Map<String, int[]> files) {
        this.bytes = bytes;
        this.files = files;
    }

    /**
     * The bundle of a language pack, or null when the class path has none: classes compiled
     * without the build's step that writes the bundles read the pack's files one by one.
     */
    static LexiconBundle of(String language) {
        SoftReference<LexiconBundle> held = READ.get(language);
        LexiconBundle bundle = held == null ? null : held.get();
        if (bundle == null) {
            bundle = read(language);
            if (bundle == null) {
                return null;
            }
            READ.put(language, new SoftReference<>(bundle));
        }
        return bundle;
    }

    /** The text of one of the pack's files, or null when the pack has no such file. */
    String text(String file) {
        int[] at = files.get(file);
        return at == null ? null : new String(bytes, at[0], at[1], StandardCharsets.UTF_8);
    }

    private static LexiconBundle read(String language) {
        String resource = "lexicon/".concat(language).concat(SUFFIX);
        byte[] bytes;
        try (InputStream in = LexiconBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        Map<String, int[]> files = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            for (int f = 0; f < count; f++) {
                String name = in.readUTF();
                int length = in.readInt();
                files.put(name, new int[] {bytes.length - in.available(), length});
                in.skipNBytes(length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("broken lexicon bundle " + resource, e);
        }
        return new LexiconBundle(bytes, files);
    }

    /**
     * Writes the bundle of each pack folder under a lexicon folder beside it: run by the build once
     * the resources are in place.
     *
     * @param args the lexicon folder, such as {@code target/classes/io/github/readout/parser/internal/lexicon}
     * @throws IOException if a folder cannot be read or a bundle written
     */
    public static void main(String[] args) throws IOException {
        Path lexicon = Path.of(args[0]);
        for (Path pack : sorted(lexicon)) {
            if (Files.isDirectory(pack)) {
                write(pack, lexicon.resolve(pack.getFileName() + SUFFIX));
            }
        }
    }

    private static void write(Path pack, Path bundle) throws IOException {
        List<Path> files = sorted(pack).stream().filter(Files::isRegularFile).toList();
        try (OutputStream file = Files.newOutputStream(bundle);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
            out.writeInt(files.size());
            for (Path each : files) {
                byte[] bytes = Files.readAllBytes(each);
                out.writeUTF(each.getFileName().toString());
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }
}
