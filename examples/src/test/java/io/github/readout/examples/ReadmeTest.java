package io.github.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.PressRelease;
import io.github.readout.parser.ParseException;
import io.github.readout.parser.PressReleaseParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's Java is compiled and run: each {@code java} block of README.md is a source file of
 * this module, as it stands after its package line, so that it compiles as pasted; and the
 * output that README shows in comments is what the code prints.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    /** This module's sources and the Spark module's, which the build compiles against Spark. */
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"),
            Path.of("spark", "src", "main", "java"));
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheReadmeIsACompiledSourceFileAfterItsPackageLine() throws IOException {
        List<String> blocks = javaBlocks();
        List<String> sources = sourcesWithoutPackageLine();

        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            assertThat(sources).as("a source file that is exactly this README block:%n%s", block).contains(block);
        }
    }

    @Test
    void theQuickStartPrintsWhatTheReadmeSays() throws IOException {
        String block = javaBlocks().stream().filter(b -> b.contains("class FirstRelease")).findFirst().orElseThrow();
        List<String> shown = block.lines().map(String::strip).filter(line -> line.startsWith("// "))
                .map(line -> line.substring(3)).collect(Collectors.toList());

        String printed = printedBy(() -> FirstRelease.main(new String[] {ExamplesTest.SEED.toString()}));

        assertThat(printed.lines()).containsExactlyElementsOf(shown);
    }

    @Test
    void theRussianSnippetPrintsWhatTheReadmeSays() throws IOException {
        String block = javaBlocks().stream().filter(b -> b.contains("class RussianRelease")).findFirst().orElseThrow();
        List<String> shown = block.lines().map(String::strip).filter(line -> line.startsWith("// "))
                .map(line -> line.substring(3)).collect(Collectors.toList());

        String printed = printedBy(() -> RussianRelease.main(new String[0]));

        assertThat(printed.lines()).containsExactlyElementsOf(shown);
    }

    @Test
    void theBuilderSnippetBuildsAParserWithItsOptions() {
        PressReleaseParser parser = ParserOptions.parser();
        String text = "Special Representative Aibek Smadiyarov held a working session with Akorda staff in Burabay"
                + " yesterday.\n";

        PressRelease release = parser.parse("options", text).release();

        assertThat(release.people()).anySatisfy(p -> assertThat(p.title()).contains("Special Representative"));
        assertThat(release.mainMeeting()).hasValueSatisfying(m -> {
            assertThat(m.location()).hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Burabay"));
            assertThat(m.date().flatMap(d -> d.value())).hasValueSatisfying(
                    value -> assertThat(value.toString()).isEqualTo("2024-06-03"));
        });
        String tooLong = "a".repeat((1 << 20) + 1);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ParseException.class,
                () -> parser.parse("long", tooLong)).diagnostic().code()).isEqualTo("input.too-large");
    }

    @Test
    void theFormatsSnippetPrintsWhatTheReadmeSays(@org.junit.jupiter.api.io.TempDir Path tables) throws IOException {
        String block = javaBlocks().stream().filter(b -> b.contains("class OtherFormats")).findFirst().orElseThrow();
        List<String> shown = block.lines().map(String::strip).filter(line -> line.startsWith("// "))
                .map(line -> line.substring(3)).collect(Collectors.toList());

        String printed = printedBy(() -> OtherFormats.main(new String[] {ExamplesTest.SEED.toString(), tables.toString()}));

        assertThat(printed.lines()).containsExactlyElementsOf(shown);
        assertThat(tables.resolve("meetings.csv")).isNotEmptyFile();
    }

    @Test
    void theEvidenceSnippetPrintsTheLinesTheReadmeShowsAmongOthers() throws IOException {
        String readme = Files.readString(README);
        int block = readme.indexOf("class ExplainedRelease");
        int start = readme.indexOf("```text\n", block) + "```text\n".length();
        List<String> shown = readme.substring(start, readme.indexOf("```", start)).lines().collect(Collectors.toList());

        String printed = printedBy(() -> ExplainedRelease.main(new String[] {ExplainValues.TEXT}));

        // README shows a selection of the lines, in their order.
        assertThat(shown).isNotEmpty();
        assertThat(printed.lines()).containsSubsequence(shown);
    }

    static List<String> javaBlocks() throws IOException {
        Matcher matcher = JAVA_BLOCK.matcher(Files.readString(README));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static List<String> sourcesWithoutPackageLine() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                    String text = Files.readString(file);
                    sources.add(text.substring(text.indexOf("\n\n") + 2));
                }
            }
        }
        return sources;
    }

    interface Body {
        void run() throws IOException;
    }

    private static String printedBy(Body body) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
