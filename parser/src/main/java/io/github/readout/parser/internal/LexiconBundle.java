package io.github.readout.parser.internal;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <p>A file keeps only the lines a pack reads, without its comments and blank lines, each with its
 * line number for the messages about a broken line: most of a pack's bytes are comments, which
 * were decoded and skipped at every start. The format, in {@link DataOutputStream}'s big-endian
 * ints: the number of files, then for each its name (the length of its UTF-8 bytes and the bytes)
 * and the length of its part; a part is the number of its lines, then for each its number and
 * its text (the length of its UTF-8 bytes and the bytes).
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
    /** Where each file's part starts in {@link #bytes}. */
    private final Map<String, Integer> files;

    private LexiconBundle(byte[] bytes, Map<String, Integer> files) {
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

    /**
     * The lines of a pack's file that are read: neither blank nor comments.
     *
     * @param numbers each line's number in its file, from 1
     * @param texts the lines as written
     */
    record Lines(int[] numbers, String[] texts) {}

    /**
     * The name of the part that holds the image of the pack's lexicons ({@link LexiconImage}): no
     * file of a pack is named so.
     */
    private static final String IMAGE = "#lexicons.image";

    /**
     * The image of a language pack's lexicons, or null when the class path has no bundle of the
     * pack or its bundle none.
     */
    static LexiconImage.In image(String language) {
        return imagePart(language, IMAGE);
    }

    /** How the parts that hold a file's roles across the built-in packs are named, before the file's name. */
    private static final String ROLES = "#roles/";

    /**
     * The roles of a file across every built-in pack, as {@link Lexicons#writeBuiltInRoles} wrote them
     * into the first pack's bundle; null when that bundle has none of them.
     */
    static LexiconImage.In roles(String file) {
        return imagePart(Scripts.BUILT_IN.get(0), ROLES.concat(file));
    }

    /**
     * The files that stages read from every built-in pack as their classes load, while a parser is
     * created: the first pack's bundle holds the other packs' copies of them, so that a parser that
     * reads no release in another language never reads another pack's bundle.
     */
    static final List<String> SHARED_FILES = List.of("dates.tsv", "months.tsv", "gatherings.tsv", "ordinals.tsv");

    /**
     * The lines of a shared file of a pack other than the first built-in one, from the copy in the
     * first pack's bundle; no lines for a pack without the file, and null when there is no copy.
     */
    static Lines copied(String language, String file) {
        String first = Scripts.BUILT_IN.get(0);
        if (language.equals(first) || !SHARED_FILES.contains(file)) {
            return null;
        }
        LexiconBundle bundle = of(first);
        return bundle == null ? null : bundle.lines(String.join("/", language, file));
    }

    private static LexiconImage.In imagePart(String language, String name) {
        LexiconBundle bundle = of(language);
        Integer at = bundle == null ? null : bundle.files.get(name);
        return at == null ? null : new LexiconImage.In(bundle.bytes, at);
    }

    /** The lines of one of the pack's files, or null when the pack has no such file. */
    Lines lines(String file) {
        Integer at = files.get(file);
        if (at == null) {
            return null;
        }
        ByteBuffer part = ByteBuffer.wrap(bytes).position(at);
        int count = part.getInt();
        int[] numbers = new int[count];
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = part.getInt();
            texts[i] = string(part);
        }
        return new Lines(numbers, texts);
    }

    /** The string at a buffer's position, as its UTF-8 length and bytes, moving the position past it. */
    private static String string(ByteBuffer buffer) {
        int length = buffer.getInt();
        String text = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + length);
        return text;
    }

    /** The lines of a pack's file that are read, from the file's reader. */
    static Lines lines(BufferedReader reader) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                texts.add(line);
                numbers.add(number);
            }
        }
        return new Lines(numbers.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(new String[0]));
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
        Map<String, Integer> files = new HashMap<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int count = in.getInt();
        for (int f = 0; f < count; f++) {
            String name = string(in);
            int length = in.getInt();
            files.put(name, in.position());
            in.position(in.position() + length);
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
        List<Path> packs = sorted(lexicon).stream().filter(Files::isDirectory).toList();
        for (Path pack : packs) {
            write(pack, lexicon.resolve(pack.getFileName() + SUFFIX), Map.of());
        }
        // The lexicons are read from the bundles just written, then written again with their images.
        Map<Path, Map<String, byte[]>> images = new HashMap<>();
        for (Path pack : packs) {
            String language = pack.getFileName().toString();
            Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
            LexiconImage.Out image = new LexiconImage.Out();
            Lexicons.fromFiles(language).writeImage(image);
            parts.put(IMAGE, image.bytes());
            if (language.equals(Scripts.BUILT_IN.get(0))) {
                parts.putAll(sharedFiles(packs, pack));
                for (String roles : Lexicons.ROLE_FILES) {
                    LexiconImage.Out out = new LexiconImage.Out();
                    Lexicons.writeBuiltInRoles(roles, out);
                    parts.put(ROLES.concat(roles), out.bytes());
                }
            }
            images.put(pack, parts);
        }
        for (Path pack : packs) {
            write(pack, lexicon.resolve(pack.getFileName() + SUFFIX), images.get(pack));
        }
    }

    /** Writes a pack's bundle: its files' lines, then parts of images by name. */
    private static void write(Path pack, Path bundle, Map<String, byte[]> images) throws IOException {
        List<Path> files = sorted(pack).stream().filter(Files::isRegularFile).toList();
        try (OutputStream file = Files.newOutputStream(bundle);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
            out.writeInt(files.size() + images.size());
            for (Path each : files) {
                writeString(out, each.getFileName().toString());
                byte[] part = part(each);
                out.writeInt(part.length);
                out.write(part);
            }
            for (Map.Entry<String, byte[]> image : images.entrySet()) {
                writeString(out, image.getKey());
                out.writeInt(image.getValue().length);
                out.write(image.getValue());
            }
        }
    }

    /** The copies of the other packs' shared files, by their pack's folder and name: none of its lines where it lacks one. */
    private static Map<String, byte[]> sharedFiles(List<Path> packs, Path first) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        for (Path pack : packs) {
            for (String name : pack.equals(first) ? List.<String>of() : SHARED_FILES) {
                Path file = pack.resolve(name);
                parts.put(pack.getFileName() + "/" + name, Files.isRegularFile(file) ? part(file) : new byte[4]);
            }
        }
        return parts;
    }

    /** The part of the bundle that holds a file's lines. */
    private static byte[] part(Path file) throws IOException {
        Lines lines;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = lines(reader);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(lines.texts().length);
        for (int i = 0; i < lines.texts().length; i++) {
            out.writeInt(lines.numbers()[i]);
            writeString(out, lines.texts()[i]);
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }
}
