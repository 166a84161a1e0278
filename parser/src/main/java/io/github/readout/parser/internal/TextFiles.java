package io.github.readout.parser.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code .txt} files under a folder, found recursively, and the files and folders below it
 * that could not be read: one unreadable folder must not hide the rest of the tree.
 */
public final class TextFiles {

    private final List<Path> files;
    private final Map<Path, IOException> unreadable;

    private TextFiles(List<Path> files, Map<Path, IOException> unreadable) {
        this.files = Collections.unmodifiableList(files);
        this.unreadable = Collections.unmodifiableMap(unreadable);
    }

    /**
     * Walks a folder. Links to folders are not followed (as with {@link Files#walk}); a link
     * named {@code .txt} is taken as a file, so that one leading nowhere is reported when read.
     *
     * @param folder the folder to walk
     * @return the files found, sorted by path, and what could not be read
     * @throws IOException if {@code folder} itself cannot be read
     */
    public static TextFiles under(Path folder) throws IOException {
        Walk walk = new Walk(folder);
        Files.walkFileTree(folder, walk);
        Collections.sort(walk.files);
        return new TextFiles(walk.files, walk.unreadable);
    }

    /** Collects the files; a folder that cannot be opened or listed is noted and skipped. */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final Path folder;
        final List<Path> files = new ArrayList<>();
        final Map<Path, IOException> unreadable = new TreeMap<>();

        Walk(Path folder) {
            this.folder = folder;
        }

        Map<Path, IOException> unreadable() {
            return unreadable;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if ((attributes.isRegularFile() || attributes.isSymbolicLink())
                    && file.getFileName().toString().endsWith(".txt")) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException error) throws IOException {
            return noteOrThrow(file, error);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
            return error == null ? FileVisitResult.CONTINUE : noteOrThrow(directory, error);
        }

        private FileVisitResult noteOrThrow(Path path, IOException error) throws IOException {
            if (path.equals(folder)) {
                throw error;
            }
            unreadable.put(path, error);
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * Returns the {@code .txt} files found.
     *
     * @return the files, sorted by path
     */
    public List<Path> files() {
        return files;
    }

    /**
     * Returns the files and folders below the walked folder that could not be read.
     *
     * @return each path with its error, sorted by path
     */
    public Map<Path, IOException> unreadable() {
        return unreadable;
    }
}
