package io.github.readout.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the {@code readout} command in-process with captured output. */
class ReadoutCommandTest {

    static final Path SEED = Path.of("src", "test", "resources", "seeds", "000_342ced776030c155.txt");
    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    static final String NL = System.lineSeparator();

    /** The exit code and what the command wrote. */
    record Run(int code, String out, String err) {}

    static Run run(InputStream stdin, String... args) {
        return run(stdin, new ByteArrayOutputStream(), Terminal.NONE, args);
    }

    static Run run(InputStream stdin, OutputStream stdout, Terminal terminal, String... args) {
        ByteArrayOutputStream captured = stdout instanceof ByteArrayOutputStream ? (ByteArrayOutputStream) stdout : null;
        StringWriter err = new StringWriter();
        CommandLine cli = ReadoutCommand.commandLine(new ReadoutCommand(stdin, stdout, terminal),
                new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)), new PrintWriter(err));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new Run(code, captured == null ? "" : captured.toString(StandardCharsets.UTF_8), err.toString());
    }

    static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    static long txtFiles(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    @Test
    void oneFileGivesPrettyJson() {
        Run run = run("parse", SEED.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n").contains("\"name\" : \"Enhanced Strategic Partnership Dialogue\"");
        PressRelease release = ReadoutJson.read(run.out());
        assertThat(release.id()).isEqualTo("000_342ced776030c155");
    }

    @Test
    void aFolderGivesOneJsonLinePerDocumentInPathOrder() throws Exception {
        Run run = run("parse", "--jobs", "2", CORPUS.toString());
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertThat(lines).hasSize((int) txtFiles(CORPUS));
        List<String> ids = lines.stream().map(line -> ReadoutJson.read(line).id()).collect(Collectors.toList());
        assertThat(ids).isSorted().contains("000_342ced776030c155");
    }

    @Test
    void jsonFormatWrapsSeveralDocumentsInAnArray() throws Exception {
        Run run = run("parse", "--format", "json", SEED.toString(), SEED.toString());
        assertThat(run.code()).isZero();
        assertThat(ReadoutJson.mapper().readTree(run.out()).size()).isEqualTo(2);
    }

    @Test
    void standardInputIsReadForDash() {
        InputStream stdin = new ByteArrayInputStream("date 2024-06-04\n\nForeign Minister Murat Nurtleu met"
                .concat(" Secretary of State Antony Blinken in Astana.\n").getBytes(StandardCharsets.UTF_8));
        Run run = run(stdin, "parse", "--format", "jsonl", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).singleElement().asString().contains("Antony Blinken");
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersAreStillWritten(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-broken.txt"), new byte[] {'d', 'a', 't', 'e', ' ', (byte) 0xC3, 0x28, '\n'});
        Files.copy(CORPUS.resolve("consultations-kz-nl.txt"), dir.resolve("c-good.txt"));

        Run run = run("parse", dir.toString(), "--output", dir.resolve("out.jsonl").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("b-broken.txt") + ":1:6: error: input.encoding: ");
        assertThat(run.err()).doesNotContain("a-good.txt: error").doesNotContain("c-good.txt: error");
        List<String> lines = Files.readAllLines(dir.resolve("out.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().map(line -> ReadoutJson.read(line).id())).containsExactly("a-good", "c-good");
    }

    @Test
    void diagnosticsGoToStandardErrorWithFileLineAndColumn() {
        Path file = CORPUS.resolve("bad-date-header-kz-az.txt");
        Run run = run("parse", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith(file + ":1:7: warning: header.date.invalid: ");
    }

    @Test
    void explainSaysOnStandardErrorWhichRuleGaveEachMeetingValue() {
        Run plain = run("parse", SEED.toString());
        Run run = run("parse", "--explain", SEED.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).as("the release is the same").isEqualTo(plain.out());
        assertThat(run.err().lines().filter(line -> line.contains(": info: evidence: meetings[0].kind DIALOGUE ← ")))
                .singleElement().satisfies(line -> assertThat(line).startsWith(SEED + ":"));
        assertThat(run.err()).contains("evidence: meetings[0].participants[1].country US ← ");
    }

    @Test
    void strictModeFailsOnTheFirstProblem() {
        Run run = run("parse", "--strict", CORPUS.resolve("bad-date-header-kz-az.txt").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad-date-header-kz-az.txt:1:7: error: header.date.invalid: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingPathIsReported() {
        Run run = run("parse", "no/such/file.txt", SEED.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("no/such/file.txt: error: input.missing: no such file or folder" + NL);
        assertThat(run.out()).contains("Enhanced Strategic Partnership Dialogue");
    }

    @Test
    void noTextLeavesOutTheBodyTextAndKeepsTheSpans() throws Exception {
        Run full = run("parse", SEED.toString());
        Run lean = run("parse", "--no-text", SEED.toString());
        assertThat(lean.code()).isZero();
        var tree = ReadoutJson.mapper().readTree(lean.out());
        var fullTree = ReadoutJson.mapper().readTree(full.out());
        assertThat(tree.has("text")).isFalse();
        assertThat(tree.path("textLength").asInt()).isEqualTo(fullTree.path("text").asText().length());
        assertThat(tree.path("meetings")).isEqualTo(fullTree.path("meetings"));
        // Smaller by the text at least, less the two fields in its place ("textLength": N, "textSha256": 64 digits).
        assertThat(lean.out().length())
                .isLessThan(full.out().length() - fullTree.path("text").asText().length() + 120);
        Run lines = run("parse", "--no-text", "--format", "jsonl", CORPUS.toString());
        assertThat(lines.out().lines().count()).isEqualTo(txtFiles(CORPUS));
        for (String line : lines.out().lines().collect(Collectors.toList())) {
            assertThat(ReadoutJson.mapper().readTree(line).has("text")).isFalse();
        }
    }

    @Test
    void csvWritesThreeTablesToTheOutputFolder(@TempDir Path dir) throws Exception {
        Path tables = dir.resolve("tables");
        Run run = run("parse", "--format", "csv", "--output", tables.toString(), CORPUS.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        List<String> releases = Files.readAllLines(tables.resolve("releases.csv"));
        assertThat(releases.get(0)).startsWith("id,published,title,");
        assertThat(releases).hasSize(1 + (int) txtFiles(CORPUS));
        assertThat(Files.readString(tables.resolve("meetings.csv"))).startsWith("releaseId,meetingIndex,kind,");
        assertThat(Files.readString(tables.resolve("participants.csv"))).contains("Akan Rakhmetullin");
    }

    @Test
    void ploverAndJsonLdWriteOneJsonObjectPerLine() throws Exception {
        Run plover = run("parse", "--format", "plover", SEED.toString());
        assertThat(plover.code()).isZero();
        List<String> events = plover.out().lines().collect(Collectors.toList());
        assertThat(events).hasSize(1);
        assertThat(ReadoutJson.mapper().readTree(events.get(0)).path("event").get(0).asText()).isEqualTo("CONSULT");
        Run jsonLd = run("parse", "--format", "jsonld", SEED.toString());
        assertThat(jsonLd.code()).isZero();
        var document = ReadoutJson.mapper().readTree(jsonLd.out());
        assertThat(document.path("@context").asText()).isEqualTo("https://schema.org/");
        assertThat(document.path("@graph").get(1).path("@type").asText()).isEqualTo("Event");
    }

    @Test
    void formatOptionsThatDoNotFitAreUsageErrors() {
        Run csv = run("parse", "--format", "csv", SEED.toString());
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("--output DIR");
        Run file = run("parse", "--format", "csv", "--output", SEED.toString(), SEED.toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).contains("is a file");
        Run lean = run("parse", "--format", "plover", "--no-text", SEED.toString());
        assertThat(lean.code()).isEqualTo(2);
        assertThat(lean.err()).contains("--no-text");
    }

    @Test
    void helpListsEveryFormat() {
        Run help = run("parse", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("json", "jsonl", "pretty", "csv", "plover", "jsonld", "--no-text");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("parse", "--no-such-option", SEED.toString()).code()).isEqualTo(2);
        assertThat(run("parse", "--format", "xml", SEED.toString()).code()).isEqualTo(2);
        assertThat(run("parse", "--jobs", "0", SEED.toString()).code()).isEqualTo(2);
        assertThat(run("parse", "--reference-date", "yesterday", SEED.toString()).code()).isEqualTo(2);
        assertThat(run("parse", "--language", "kk", SEED.toString()).code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void languageOptionReadsEveryReleaseInOneLanguage() {
        Run english = run("parse", SEED.toString());
        Run forced = run("parse", "--language", "ru", SEED.toString());

        assertThat(english.code()).isZero();
        assertThat(english.out()).contains("\"language\" : \"en\"");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).contains("\"language\" : \"ru\"");
        assertThat(run("parse", "--language", "kk", SEED.toString()).err()).contains("'kk' is not a language the parser reads; use one of en, ru");
    }

    @Test
    void versionIsPrinted() {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("readout 0.1.0-SNAPSHOT");
    }

    @Test
    void endlessStandardInputStopsAtTheSizeLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        Run run = run(endless, "parse", "-");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("<stdin>:1:1: error: input.too-large: ").contains("over the limit")
                .doesNotContain("\tat ");
    }
}
