package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.readout.core.Credit;
import io.github.readout.core.Paragraph;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.Span;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the document layer of every corpus release against its gold file: published date,
 * headers, title, dateline, attribution and credits, plus the layout of paragraphs and
 * sentences. Meetings and people are not checked here.
 */
class DocumentGoldTest {

    private static final PressReleaseParser PARSER = PressReleaseParser.create();

    static Path corpusDir() {
        URL url = DocumentGoldTest.class.getResource("/corpus");
        try {
            Path dir = url != null ? Path.of(url.toURI()) : Path.of("src", "test", "resources", "corpus");
            assertThat(dir).isDirectory();
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpusDir())) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(31);
        return files.stream();
    }

    private static Path goldOf(Path txt) {
        String name = txt.getFileName().toString();
        return txt.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void documentFieldsMatchGold(Path txt) throws IOException {
        Path goldFile = goldOf(txt);
        assertThat(goldFile).as("gold file of %s", txt.getFileName()).exists();
        JsonNode gold = ReadoutJson.mapper().readTree(Files.readAllBytes(goldFile));
        PressRelease release = PARSER.parse(txt).release();

        if (gold.has("published")) {
            assertThat(release.published()).as("published").contains(LocalDate.parse(gold.get("published").asText()));
        } else {
            assertThat(release.published()).as("published").isEmpty();
        }
        if (gold.has("headers")) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : gold.get("headers").properties()) {
                expected.put(field.getKey(), field.getValue().asText());
            }
            assertThat(release.headers()).as("headers").containsAllEntriesOf(expected);
            assertThat(release.headers()).as("headers").containsOnlyKeys(expected.keySet());
        }
        if (gold.has("title")) {
            assertThat(release.title()).as("title").contains(gold.get("title").asText());
        }
        if (gold.has("dateline")) {
            assertThat(release.dateline()).as("dateline").isPresent();
            assertThat(release.dateline().get().place()).as("dateline.place")
                    .isEqualTo(gold.get("dateline").get("place").asText());
        }
        if (gold.has("attribution")) {
            assertThat(release.attribution()).as("attribution").isPresent();
            assertThat(release.attribution().get().organization()).as("attribution.organization")
                    .isEqualTo(gold.get("attribution").get("organization").asText());
        }
        if (gold.has("credits")) {
            List<String> expected = new ArrayList<>();
            for (JsonNode credit : gold.get("credits")) {
                expected.add(credit.get("kind").asText() + " " + credit.get("holder").asText());
            }
            List<String> actual = release.credits().stream()
                    .map(c -> c.kind().name() + " " + c.holder())
                    .collect(Collectors.toList());
            assertThat(actual).as("credits").containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void spansLieInsideTextAndParagraphsAreOrdered(Path txt) throws IOException {
        PressRelease release = PARSER.parse(txt).release();
        String text = release.text();
        Span whole = Span.of(0, text.length());

        assertThat(release.paragraphs()).as("paragraphs").isNotEmpty();
        Span previous = null;
        for (Paragraph paragraph : release.paragraphs()) {
            Span span = paragraph.span();
            assertThat(whole.contains(span)).as("paragraph %s inside text", span).isTrue();
            assertThat(span.length()).as("paragraph %s length", span).isPositive();
            assertTrimmed(text, span, "paragraph");
            if (previous != null) {
                assertThat(span.start()).as("paragraph %s after %s", span, previous).isGreaterThanOrEqualTo(previous.end());
            }
            previous = span;

            assertThat(paragraph.sentences()).as("sentences of %s", span).isNotEmpty();
            Span previousSentence = null;
            for (Span sentence : paragraph.sentences()) {
                assertThat(span.contains(sentence)).as("sentence %s inside paragraph %s", sentence, span).isTrue();
                assertThat(sentence.length()).as("sentence %s length", sentence).isPositive();
                assertTrimmed(text, sentence, "sentence");
                if (previousSentence != null) {
                    assertThat(sentence.start()).as("sentence %s after %s", sentence, previousSentence)
                            .isGreaterThanOrEqualTo(previousSentence.end());
                }
                previousSentence = sentence;
            }
        }
        for (Credit credit : release.credits()) {
            assertThat(whole.contains(credit.span())).as("credit span inside text").isTrue();
            assertThat(credit.span().cut(text)).contains(credit.holder());
            for (Paragraph paragraph : release.paragraphs()) {
                assertThat(overlaps(credit.span(), paragraph.span()))
                        .as("credit %s overlaps paragraph %s", credit.span(), paragraph.span()).isFalse();
            }
        }
        release.dateline().ifPresent(d -> {
            assertThat(whole.contains(d.span())).as("dateline span inside text").isTrue();
            assertThat(d.span().cut(text)).startsWith(d.place());
            assertThat(d.span().end()).as("dateline before the first paragraph")
                    .isLessThanOrEqualTo(release.paragraphs().get(0).span().start());
        });
        release.attribution().ifPresent(a -> {
            assertThat(whole.contains(a.span())).as("attribution span inside text").isTrue();
            assertThat(a.span().length()).as("attribution span length").isPositive();
        });
    }

    @Test
    void seedHasEightParagraphsAndItsCreditLineIsNotOne() throws IOException {
        PressRelease release = PARSER.parse(corpusDir().resolve("000_342ced776030c155.txt")).release();

        assertThat(release.id()).isEqualTo("000_342ced776030c155");
        assertThat(release.paragraphs()).hasSize(8);
        assertThat(release.paragraphs().get(0).span().cut(release.text()))
                .startsWith("First Deputy Foreign Minister Akan Rakhmetullin");
        assertThat(release.paragraphs()).noneMatch(p -> p.span().cut(release.text()).contains("Images |"));
        assertThat(release.credits()).singleElement().satisfies(c -> {
            assertThat(c.holder()).isEqualTo("Kazakh MFA");
            assertThat(c.span().cut(release.text())).isEqualTo("Images | Kazakh MFA");
        });
    }

    private static void assertTrimmed(String text, Span span, String what) {
        assertThat(Character.isWhitespace(text.charAt(span.start()))).as("%s %s starts with white space", what, span).isFalse();
        assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).as("%s %s ends with white space", what, span).isFalse();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
