package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.Event;
import io.github.readout.core.Meeting;
import io.github.readout.core.Paragraph;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.Span;
import io.github.readout.parser.internal.InputDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every parse must give, whatever the input: a release whose spans lie inside its text,
 * whose paragraphs and sentences are in order, and which survives a JSON round trip; or, for
 * input that is not text, the one documented exception with a placed diagnostic.
 */
final class ReleaseChecks {

    private ReleaseChecks() {}

    /**
     * Parses and checks the outcome: a sane result, or a {@link ParseException} with a placed
     * diagnostic. Any other exception fails the test.
     *
     * @return the result, or null when the parser threw a ParseException
     */
    static ParseResult parseChecked(PressReleaseParser parser, String input) {
        ParseResult result;
        try {
            result = parser.parse("input", input);
        } catch (ParseException e) {
            assertPlaced(e.diagnostic(), input);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw " + e + " for input " + describe(input), e);
        }
        assertSane(result, input);
        return result;
    }

    static void assertPlaced(Diagnostic diagnostic, String input) {
        assertThat(diagnostic.line()).as("line of %s", diagnostic).isGreaterThanOrEqualTo(1);
        assertThat(diagnostic.column()).as("column of %s", diagnostic).isGreaterThanOrEqualTo(1);
        assertThat(diagnostic.offset()).as("offset of %s", diagnostic).isBetween(0, input.length());
        // The offset is into the input as given; its line and column are those of that offset.
        assertThat(InputDecoder.locate(input, diagnostic.offset())).as("line and column of the offset of %s", diagnostic)
                .containsExactly(diagnostic.line(), diagnostic.column());
        assertThat(diagnostic.code()).isNotBlank();
    }

    static void assertSane(ParseResult result, String input) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertPlaced(diagnostic, input);
        }
        assertSane(result.release());
    }

    static void assertSane(PressRelease release) {
        String text = release.text();
        assertThat(text).doesNotContain("\r");
        for (Map.Entry<String, Span> span : spans(release)) {
            Span s = span.getValue();
            if (s.start() < 0 || s.end() < s.start() || s.end() > text.length()) {
                fail("%s: %s lies outside the text of length %d", span.getKey(), s, text.length());
            }
        }
        int previousEnd = 0;
        for (int i = 0; i < release.paragraphs().size(); i++) {
            Paragraph paragraph = release.paragraphs().get(i);
            assertThat(paragraph.span().start()).as("paragraphs[%d] starts after the one before", i)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(paragraph.span().length()).as("paragraphs[%d] is not empty", i).isPositive();
            int sentenceEnd = paragraph.span().start();
            for (Span sentence : paragraph.sentences()) {
                assertThat(sentence.start()).isGreaterThanOrEqualTo(sentenceEnd);
                assertThat(paragraph.span().contains(sentence)).isTrue();
                assertThat(sentence.length()).isPositive();
                sentenceEnd = sentence.end();
            }
            previousEnd = paragraph.span().end();
        }
        String json = ReadoutJson.write(release);
        PressRelease back = ReadoutJson.read(json);
        if (!back.equals(release)) {
            fail("JSON round trip changed the release: %s", json.length() > 2000 ? json.substring(0, 2000) : json);
        }
    }

    /** Names and dates are cut from the text at their spans; a topic's label lies inside its span. */
    static void assertValuesCutTheirSpans(PressRelease release) {
        String text = release.text();
        for (Person person : release.people()) {
            assertThat(person.span().cut(text)).as("person span").isEqualTo(person.name());
        }
        for (Meeting meeting : release.meetings()) {
            meeting.date().ifPresent(d -> assertThat(d.span().cut(text)).as("date span").isEqualTo(d.text()));
            for (var topic : meeting.topics()) {
                assertThat(topic.span().cut(text).toLowerCase(java.util.Locale.ROOT))
                        .as("topic span").contains(topic.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Every span of a release with its JSON path. */
    static List<Map.Entry<String, Span>> spans(PressRelease release) {
        List<Map.Entry<String, Span>> spans = new ArrayList<>();
        release.dateline().ifPresent(d -> spans.add(Map.entry("dateline", d.span())));
        release.attribution().ifPresent(a -> spans.add(Map.entry("attribution", a.span())));
        for (int i = 0; i < release.credits().size(); i++) {
            spans.add(Map.entry("credits[" + i + "]", release.credits().get(i).span()));
        }
        for (int i = 0; i < release.paragraphs().size(); i++) {
            Paragraph p = release.paragraphs().get(i);
            spans.add(Map.entry("paragraphs[" + i + "]", p.span()));
            for (int k = 0; k < p.sentences().size(); k++) {
                spans.add(Map.entry("paragraphs[" + i + "].sentences[" + k + "]", p.sentences().get(k)));
            }
        }
        for (int i = 0; i < release.meetings().size(); i++) {
            Meeting m = release.meetings().get(i);
            String path = "meetings[" + i + "]";
            spans.add(Map.entry(path, m.span()));
            m.date().ifPresent(d -> spans.add(Map.entry(path + ".date", d.span())));
            m.location().ifPresent(p -> spans.add(Map.entry(path + ".location", p.span())));
            people(spans, path + ".participants", m.participants());
            m.topics().forEach(t -> spans.add(Map.entry(path + ".topics", t.span())));
            m.outcomes().forEach(o -> spans.add(Map.entry(path + ".outcomes", o.span())));
            m.next().ifPresent(n -> {
                spans.add(Map.entry(path + ".next", n.span()));
                n.date().ifPresent(d -> spans.add(Map.entry(path + ".next.date", d.span())));
                n.location().ifPresent(p -> spans.add(Map.entry(path + ".next.location", p.span())));
            });
        }
        for (int i = 0; i < release.related().size(); i++) {
            Event e = release.related().get(i);
            String path = "related[" + i + "]";
            spans.add(Map.entry(path, e.span()));
            e.date().ifPresent(d -> spans.add(Map.entry(path + ".date", d.span())));
            e.location().ifPresent(p -> spans.add(Map.entry(path + ".location", p.span())));
            people(spans, path + ".participants", e.participants());
        }
        people(spans, "people", release.people());
        return spans;
    }

    private static void people(List<Map.Entry<String, Span>> spans, String path, List<Person> people) {
        for (int i = 0; i < people.size(); i++) {
            spans.add(Map.entry(path + "[" + i + "]", people.get(i).span()));
        }
    }

    /** A short, printable description of an input for failure messages. */
    static String describe(String input) {
        StringBuilder out = new StringBuilder().append(input.length()).append(" chars: \"");
        int shown = Math.min(input.length(), 300);
        for (int i = 0; i < shown; i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(input.length() > shown ? "…\"" : "\"").toString();
    }
}
