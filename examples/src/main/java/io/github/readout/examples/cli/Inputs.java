package io.github.readout.examples.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents a {@code parse} run reads: the files named, the {@code .txt} files of the folders
 * named (recursively, in path order), and standard input for {@code -}. What cannot be found or
 * read is said at once, by name, and the rest is still read.
 */
final class Inputs {

    /** One document: a file with the id of its release, or standard input. */
    static final class Input {
        static final Input STDIN = new Input(null, null);

        /** The file, or null for standard input. */
        final Path file;
        /** The id its release gets, or null to let the parser choose. */
        final String id;

        Input(Path file, String id) {
            this.file = file;
            this.id = id;
        }

        boolean isStdin() {
            return file == null;
        }

        /** How messages name it. */
        String name() {
            return file == null ? "<stdin>" : file.toString();
        }
    }

    private final List<Input> inputs = new ArrayList<>();
    private final Messages messages;
    private final Optional<Path> excluded;
    private int failures;

    private Inputs(Messages messages, Optional<Path> excluded) {
        this.messages = messages;
        this.excluded = excluded;
    }

    /**
     * Finds the documents of the paths given on the command line.
     *
     * @param paths the paths, {@code -} for standard input
     * @param messages where problems are said
     * @param output the output file, never read as input (it may lie in a folder that is read)
     */
    static Inputs of(List<String> paths, Messages messages, Optional<Path> output) {
        Optional<Path> excluded = output.flatMap(Inputs::realPath);
        Inputs found = new Inputs(messages, excluded);
        for (String path : paths) {
            if (path.equals("-")) {
                found.inputs.add(Input.STDIN);
            } else {
                found.add(Path.of(path));
            }
        }
        return found;
    }

    List<Input> list() {
        return inputs;
    }

    /** How many paths could not be read at all; each has been named with its reason. */
    int failures() {
        return failures;
    }

    private void add(Path path) {
        if (Files.isDirectory(path)) {
            addFolder(path);
        } else if (Files.exists(path)) {
            if (!isExcluded(path)) {
                inputs.add(new Input(path, null));
            }
        } else {
            fail(path, "input.missing", "no such file or folder");
        }
    }

    private void addFolder(Path folder) {
        int before = inputs.size();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if ((attributes.isRegularFile() || attributes.isSymbolicLink())
                            && file.getFileName().toString().endsWith(".txt") && !isExcluded(file)) {
                        inputs.add(new Input(file, idBelow(folder, file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException error) {
                    fail(file, "input.unreadable", Messages.describe(error));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException error) {
                    if (error != null) {
                        fail(directory, "input.unreadable", Messages.describe(error));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            fail(folder, "input.unreadable", Messages.describe(e));
        }
        inputs.subList(before, inputs.size()).sort((a, b) -> a.file.compareTo(b.file));
        if (inputs.size() == before) {
            messages.warning(folder.toString(), "input.no-text-files", "no .txt file in this folder or below it");
        }
    }

    /** The id of a file below a folder: its relative path with '/', without the extension. */
    static String idBelow(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder id = new StringBuilder();
        for (Path name : relative) {
            id.append(id.length() == 0 ? "" : "/").append(name);
        }
        int dot = id.lastIndexOf(".");
        int slash = id.lastIndexOf("/");
        return dot > slash + 1 ? id.substring(0, dot) : id.toString();
    }

    private boolean isExcluded(Path file) {
        // Names first: resolving every file's real path would cost a system call per component.
        return excluded.isPresent() && file.getFileName().equals(excluded.get().getFileName())
                && realPath(file).equals(excluded);
    }

    private void fail(Path path, String code, String reason) {
        messages.error(path.toString(), code, reason);
        failures++;
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
