package io.github.readout.examples.cli;

import static io.github.readout.examples.cli.ReadoutCommandTest.CORPUS;
import static io.github.readout.examples.cli.ReadoutCommandTest.NL;
import static io.github.readout.examples.cli.ReadoutCommandTest.SEED;
import static io.github.readout.examples.cli.ReadoutCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.ReadoutJson;
import io.github.readout.examples.cli.ReadoutCommandTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout parse} and where its output goes: every error a user can cause is one line on
 * standard error with its own exit code, a failed write is never ignored, and an output file is
 * replaced only by a complete run.
 */
class ParseCommandOutputTest {

    @TempDir
    Path dir;

    @Test
    void outputIntoAFolderThatDoesNotExistIsOneLineAndExitThree() {
        Path target = dir.resolve("no-such-folder").resolve("out.jsonl");

        Run run = run("parse", SEED.toString(), "--output", target.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.OUTPUT_FAILED);
        assertThat(run.err()).isEqualTo(target + ": error: output.unwritable: the folder "
                + target.getParent().toAbsolutePath() + " does not exist" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputNamingAFolderIsOneLineAndExitThree() {
        Run run = run("parse", SEED.toString(), "--output", dir.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.OUTPUT_FAILED);
        assertThat(run.err()).isEqualTo(dir + ": error: output.unwritable: is a folder; give the name of a file to write" + NL);
    }

    @Test
    void aFullDeviceAsOutputIsAnErrorAndExitThree() {
        Run run = run("parse", SEED.toString(), "-o", "/dev/full");

        assertThat(run.code()).isEqualTo(ReadoutCommand.OUTPUT_FAILED);
        assertThat(run.err()).isEqualTo("/dev/full: error: output.failed: No space left on device" + NL);
    }

    @Test
    void aFailedWriteToStandardOutputIsAnErrorAndExitThree() {
        OutputStream full = new OutputStream() {
            private int room = 10_000;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                room -= length;
                if (room < 0) {
                    throw new IOException("No space left on device");
                }
            }
        };

        Run run = run(InputStream.nullInputStream(), full, Terminal.NONE, "parse", "--jobs", "2", CORPUS.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.OUTPUT_FAILED);
        assertThat(run.err()).endsWith("standard output: error: output.failed: No space left on device" + NL)
                .doesNotContain("\tat ");
    }

    @Test
    void nothingParsedLeavesAnExistingOutputAsItWasAndSaysSo() throws IOException {
        Path target = Files.writeString(dir.resolve("existing.jsonl"), "{\"id\":\"kept\"}\n");

        Run run = run("parse", "no/such/dir", "--output", target.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.SOME_FAILED);
        assertThat(Files.readString(target)).isEqualTo("{\"id\":\"kept\"}\n");
        assertThat(run.err()).isEqualTo("no/such/dir: error: input.missing: no such file or folder" + NL
                + "readout: error: input.none: nothing to parse; " + target + " is left as it was" + NL);
        assertThat(siblings()).containsExactly(target);
    }

    @Test
    void aCompleteRunReplacesTheOutputAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        Run run = run("parse", CORPUS.toString(), "--output", target.toString());

        assertThat(run.code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
        assertThat(Files.readAllLines(target)).hasSize((int) ReadoutCommandTest.txtFiles(CORPUS))
                .allSatisfy(line -> assertThat(ReadoutJson.read(line).id()).isNotBlank());
        assertThat(siblings()).containsExactly(target);
    }

    @Test
    void aKilledRunLeavesThePreviousOutputAsItWas() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        // 1.4 MB of JSON, more than the output buffer: the killed run has written part of its file.
        for (int i = 0; i < 200; i++) {
            Files.copy(SEED, input.resolve(String.format("seed-%03d.txt", i)));
        }
        Path target = Files.writeString(dir.resolve("out.jsonl"), "the previous complete output\n");

        Process killed = childWritingPartOf(input, target, true);
        Path leftover = dir.resolve(".out.jsonl." + killed.pid() + ".tmp");
        killed.destroyForcibly();
        assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(Files.readString(target)).isEqualTo("the previous complete output\n");
        assertThat(leftover).exists();

        // Ended by a signal it can handle (SIGTERM, as Ctrl-C is SIGINT), a run removes its half-written file.
        Process ended = childWritingPartOf(input, target, false);
        ended.destroy();
        assertThat(ended.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(Files.readString(target)).isEqualTo("the previous complete output\n");
        assertThat(dir.resolve(".out.jsonl." + ended.pid() + ".tmp")).doesNotExist();

        // The next run completes, and removes what the killed one left.
        Run next = run("parse", input.toString(), "--output", target.toString());
        assertThat(next.code()).isZero();
        assertThat(Files.readAllLines(target)).hasSize(200);
        assertThat(leftover).doesNotExist();
    }

    /**
     * Starts the tool in a JVM of its own on a folder and then standard input, which stays open:
     * it writes the folder's releases and waits. Returns once its temporary output file exists
     * (and, when asked, holds part of the releases).
     */
    private Process childWritingPartOf(Path input, Path target, boolean flushed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReadoutCommand.class.getName(), "parse", input.toString(), "-", "--output", target.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        Path temporary = dir.resolve("." + target.getFileName() + "." + child.pid() + ".tmp");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try {
            while (!(Files.exists(temporary) && (!flushed || Files.size(temporary) > 0))) {
                assertThat(child.isAlive()).as("the child runs; its log: %s", log()).isTrue();
                assertThat(System.nanoTime()).as("the child writes its output in time").isLessThan(deadline);
                Thread.sleep(20);
            }
        } catch (AssertionError | RuntimeException e) {
            child.destroyForcibly();
            throw e;
        }
        return child;
    }

    @Test
    void anOutputFileInsideTheInputFolderIsNeverReadAsInput() throws IOException {
        Files.copy(SEED, dir.resolve("a.txt"));
        Path target = dir.resolve("out.txt");

        assertThat(run("parse", dir.toString(), "--format", "jsonl", "--output", target.toString()).code()).isZero();
        Run again = run("parse", dir.toString(), "--format", "jsonl", "--output", target.toString());

        assertThat(again.code()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(Files.readAllLines(target)).singleElement()
                .satisfies(line -> assertThat(ReadoutJson.read(line).id()).isEqualTo("a"));
    }

    @Test
    void idsAreThePathsBelowTheFolderGiven() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.copy(SEED, dir.resolve("a/x.txt"));
        Files.copy(SEED, dir.resolve("b/x.txt"));

        Run run = run("parse", dir.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().map(line -> ReadoutJson.read(line).id())).containsExactly("a/x", "b/x");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheRestIsWritten() throws IOException {
        Files.copy(SEED, dir.resolve("a.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("gone.txt"));
        Files.copy(SEED, dir.resolve("c.txt"));

        Run run = run("parse", dir.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.SOME_FAILED);
        assertThat(run.err()).isEqualTo(dir.resolve("b.txt") + ": error: input.unreadable: no such file or folder" + NL);
        assertThat(run.out().lines().map(line -> ReadoutJson.read(line).id())).containsExactly("a", "c");
    }

    @Test
    void aFolderThatCannotBeReadIsNamedAndTheRestIsWritten() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("b"));
        Files.copy(SEED, locked.resolve("inside.txt"));
        Files.copy(SEED, dir.resolve("a.txt"));
        Files.copy(SEED, dir.resolve("c.txt"));
        var before = Files.getPosixFilePermissions(locked);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            Run run = run("parse", dir.toString());

            List<String> ids = run.out().lines().map(line -> ReadoutJson.read(line).id()).collect(Collectors.toList());
            if (Files.isReadable(locked)) {
                // A privileged user (root) reads it all the same.
                assertThat(run.code()).isZero();
                assertThat(ids).containsExactly("a", "b/inside", "c");
            } else {
                assertThat(run.code()).isEqualTo(ReadoutCommand.SOME_FAILED);
                assertThat(run.err()).isEqualTo(locked + ": error: input.unreadable: permission denied" + NL);
                assertThat(ids).containsExactly("a", "c");
            }
        } finally {
            Files.setPosixFilePermissions(locked, before);
        }
    }

    @Test
    void aFolderWithoutTextFilesIsSaid() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not a release");

        Run run = run("parse", dir.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.SOME_FAILED);
        assertThat(run.err()).isEqualTo(dir + ": warning: input.no-text-files: no .txt file in this folder or below it" + NL
                + "readout: error: input.none: nothing to parse" + NL);
    }

    @Test
    void noArgumentOnATerminalIsAUsageErrorNotASilentWait() {
        Terminal typing = new Terminal(true, true, true, true);

        Run run = run(InputStream.nullInputStream(), new ByteArrayOutputStream(), typing, "parse");

        assertThat(run.code()).isEqualTo(ReadoutCommand.USAGE);
        assertThat(run.err()).isEqualTo("readout: error: usage: no input: give files or folders to parse, or '-' to"
                + " type a release at the terminal (see 'readout parse --help')" + NL);
    }

    @Test
    void aDashOnATerminalSaysThatItReadsWhatIsTyped() {
        Terminal typing = new Terminal(true, false, false, false);
        InputStream typed = new java.io.ByteArrayInputStream("Foreign Minister Murat Nurtleu met Secretary of State"
                .concat(" Antony Blinken in Astana.\n").getBytes(StandardCharsets.UTF_8));

        Run run = run(typed, new ByteArrayOutputStream(), typing, "parse", "-");

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith("<stdin>: info: input.terminal: reading a release typed at the terminal");
        assertThat(run.out()).contains("Antony Blinken");
    }

    @Test
    void anInvalidReferenceDateIsOneLineWithoutJavaNames() {
        Run run = run("parse", "--reference-date", "2024-13-01", SEED.toString());

        assertThat(run.code()).isEqualTo(ReadoutCommand.USAGE);
        assertThat(run.err()).isEqualTo("readout: error: usage: Invalid value for option '--reference-date':"
                + " '2024-13-01' is not a date of the form YYYY-MM-DD, such as 2024-06-04 (see 'readout parse --help')" + NL);
    }

    @Test
    void usageErrorsAreOneLine() {
        for (String[] args : List.of(new String[] {"parse", "--no-such-option", SEED.toString()},
                new String[] {"parse", "--format", "xml", SEED.toString()},
                new String[] {"parse", "--jobs", "0", SEED.toString()},
                new String[] {"parse", "--jobs", "many", SEED.toString()},
                new String[] {"frobnicate"},
                new String[] {})) {
            Run run = run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ReadoutCommand.USAGE);
            assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("readout: error: usage: ").doesNotContain("java.");
        }
    }

    @Test
    void everyMessageHasOneForm() throws IOException {
        Files.copy(CORPUS.resolve("bad-date-header-kz-az.txt"), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {'x', (byte) 0xC3, 0x28});
        Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("gone.txt"));

        Run run = run("parse", dir.toString(), "no/such/file.txt");

        assertThat(run.err().lines()).hasSize(4).allSatisfy(line ->
                assertThat(line).matches("[^ ]+(:\\d+:\\d+)?: (error|warning|info): [a-z0-9.-]+: .+"));
    }

    @Test
    void theProgressBarGoesToAStandardErrorTerminalAndNeverIntoTheData() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Terminal errorOnTerminal = new Terminal(false, false, true, false);

        Run toFile = run(InputStream.nullInputStream(), new ByteArrayOutputStream(), errorOnTerminal,
                "parse", CORPUS.toString(), "--output", target.toString());
        Run toPipe = run(InputStream.nullInputStream(), new ByteArrayOutputStream(), errorOnTerminal,
                "parse", CORPUS.toString());
        Run toSameTerminal = run(InputStream.nullInputStream(), new ByteArrayOutputStream(),
                new Terminal(false, true, true, true), "parse", CORPUS.toString());
        Run forcedOff = run(InputStream.nullInputStream(), new ByteArrayOutputStream(), errorOnTerminal,
                "parse", "--no-progress", CORPUS.toString());

        assertThat(toFile.err()).contains("\r[").contains(" docs/s ").contains("readout: info: done: ");
        assertThat(toPipe.err()).contains("\r[");
        assertThat(toPipe.out()).doesNotContain("\r").doesNotContain("docs/s");
        assertThat(Files.readString(target)).doesNotContain("\r").doesNotContain("docs/s");
        assertThat(toSameTerminal.err()).doesNotContain("\r[");
        assertThat(forcedOff.err()).doesNotContain("\r[");
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private List<Path> siblings() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().collect(Collectors.toList());
        }
    }
}
