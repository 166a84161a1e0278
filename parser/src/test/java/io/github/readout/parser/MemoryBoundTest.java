package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.readout.core.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory per input character. Text with no end of sentence keeps a bounded number of tokens per
 * sentence, and text cut into tiny sentences a bounded number of sentences, so that the input
 * at the size limit made of one mark repeated (the patterns that cost most per character)
 * parses in a JVM of 256 MB; and a document whose parse runs out of memory fails alone, the
 * same way on one thread as on several.
 */
class MemoryBoundTest {

    /** What a child JVM parses: 8 MiB of each, one after the other. */
    private static final List<String> UNITS = List.of("(", "“", "\uD83D\uDE00", "\u202E", "(\n");

    /** Run in a JVM of 256 MB: parses each unit repeated to the size limit and prints one line each. */
    public static void main(String[] args) {
        PressReleaseParser parser = PressReleaseParser.create();
        for (String unit : UNITS) {
            String text = unit.repeat(PressReleaseParser.DEFAULT_MAX_INPUT_LENGTH / unit.length());
            ParseResult result = parser.parse("unit", text);
            Set<String> codes = result.diagnostics().stream().map(Diagnostic::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            System.out.println("parsed " + (int) unit.charAt(0) + " " + codes);
        }
    }

    @Test
    void eightMebibytesOfOneMarkParseIn256Megabytes() throws Exception {
        Set<String> path = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    path.add(entry);
                }
            }
        }
        path.add(Path.of(MemoryBoundTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        path.add(Path.of(PressReleaseParser.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                String.join(File.pathSeparator, path), MemoryBoundTest.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("parsed "))).as(output).containsExactly(
                "parsed 40 [sentence.too-long]",
                "parsed 8220 [sentence.too-long]",
                "parsed 55357 [sentence.too-long]",
                "parsed 8238 [sentence.too-long]",
                "parsed 40 [body.too-many-sentences]");
    }

    @Test
    void aParseThatRunsOutOfMemoryFailsAloneAtEveryParallelism(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Foreign Minister Murat Nurtleu met Ambassador Daniel Rosenblum.");
        for (int threads : new int[] {1, 2, 3}) {
            Path huge = failingPath("huge.txt", new OutOfMemoryError("Java heap space"));
            List<Path> files = new ArrayList<>(List.of(good, huge, good));
            List<FileResult> results = PressReleaseParser.builder().parallelism(threads).build().parseAll(files);
            assertThat(results).hasSize(3);
            assertThat(results.get(0).isSuccess()).isTrue();
            assertThat(results.get(2).isSuccess()).isTrue();
            assertThat(results.get(1).error()).hasValueSatisfying(e -> {
                assertThat(e).isInstanceOf(ParseException.class);
                Diagnostic d = ((ParseException) e).diagnostic();
                assertThat(d.code()).isEqualTo("parse.out-of-memory");
                assertThat(d.message()).contains("Java heap space");
                assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class);
            });
        }
    }

    @Test
    void aParseThatOverflowsTheStackFailsAloneAsADefectAtEveryParallelism(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Foreign Minister Murat Nurtleu met Ambassador Daniel Rosenblum.");
        for (int threads : new int[] {1, 2}) {
            Path deep = failingPath("deep.txt", new StackOverflowError());
            List<FileResult> results = PressReleaseParser.builder().parallelism(threads).build().parseAll(List.of(good, deep, good));
            assertThat(results).extracting(FileResult::isSuccess).containsExactly(true, false, true);
            assertThat(results.get(1).error()).hasValueSatisfying(e -> {
                assertThat(e).isInstanceOf(IllegalStateException.class).hasMessageContaining("overflowed the stack");
                assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
            });
        }
    }

    @Test
    void anotherErrorIsThrownAtEveryParallelism(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "The ministers met.");
        for (int threads : new int[] {1, 2}) {
            LinkageError broken = new LinkageError("a class went missing");
            PressReleaseParser parser = PressReleaseParser.builder().parallelism(threads).build();
            assertThatThrownBy(() -> parser.parseAll(List.of(good, failingPath("x.txt", broken)))).isSameAs(broken);
        }
    }

    /** A path whose first use throws {@code error}, as if its parse had; it names itself after that. */
    private static Path failingPath(String name, Error error) {
        AtomicBoolean thrown = new AtomicBoolean();
        Path real = Path.of(name);
        return (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getFileName") && thrown.compareAndSet(false, true)) {
                        throw error;
                    }
                    switch (method.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            return method.invoke(real, args);
                    }
                });
    }
}
