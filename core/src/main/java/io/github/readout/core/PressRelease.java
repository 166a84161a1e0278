package io.github.readout.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed press release: its headers, its body text, the structure of that text, and the
 * meetings, events and people it reports.
 *
 * <p>Every {@link Span} in a release, however deeply nested, points into {@link #text()}; the
 * builder rejects a release where one does not.
 *
 * <pre>{@code
 * PressRelease release = PressRelease.builder()
 *         .id("example")
 *         .text("Minister A met Minister B.")
 *         .addParagraphs(Paragraph.builder().span(Span.of(0, 26)).addSentences(Span.of(0, 26)).build())
 *         .build();
 * String json = ReadoutJson.write(release);
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutablePressRelease.class)
@JsonDeserialize(as = ImmutablePressRelease.class)
public abstract class PressRelease {

    PressRelease() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutablePressRelease.Builder builder() {
        return ImmutablePressRelease.builder();
    }

    /**
     * Returns a stable identifier: the id the parser was given, else the source file name without
     * extension (for a file found in a folder, its path below the folder, such as {@code "a/x"}),
     * else a hash of the text.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * Returns the publication date from the {@code date} header.
     *
     * @return the date, or empty when there is no valid date header; its year is between 0000 and
     *     9999, as in every {@link DateValue}
     */
    public abstract Optional<LocalDate> published();

    /**
     * Returns every header field as written, in the order of the input.
     *
     * @return the headers, such as {@code {date=2024-06-04}}; keys as written
     */
    public abstract Map<String, String> headers();

    /**
     * Returns the title from a {@code title} header; a title is never invented.
     *
     * @return the title, or empty
     */
    public abstract Optional<String> title();

    /**
     * Returns the language the body was read in, as an ISO 639-1 code.
     *
     * @return the language, such as {@code "en"} or {@code "ru"}; empty for a release built
     *     without one
     */
    public abstract Optional<String> language();

    /**
     * Returns the dateline that opens the body.
     *
     * @return the dateline, or empty
     */
    public abstract Optional<Dateline> dateline();

    /**
     * Returns the image, photo and text credits.
     *
     * @return the credits, in order
     */
    public abstract List<Credit> credits();

    /**
     * Returns who the release names as its source.
     *
     * @return the attribution, or empty
     */
    public abstract Optional<Attribution> attribution();

    /**
     * Returns the body text with line breaks as LF; every span points into it.
     *
     * @return the body text
     */
    public abstract String text();

    /**
     * Returns the paragraphs of prose, without banners, captions and other page furniture.
     *
     * @return the paragraphs, in order
     */
    public abstract List<Paragraph> paragraphs();

    /**
     * Returns the meetings the release reports, the main one first.
     *
     * @return the meetings; empty when the release reports none
     */
    public abstract List<Meeting> meetings();

    /**
     * Returns earlier or other events that the release refers to.
     *
     * @return the related events
     */
    public abstract List<Event> related();

    /**
     * Returns every person named in the release, once each, in order of first mention.
     *
     * @return the people
     */
    public abstract List<Person> people();

    /**
     * Returns the main meeting, the first of {@link #meetings()}.
     *
     * @return the main meeting, or empty when the release reports none
     */
    public final Optional<Meeting> mainMeeting() {
        return meetings().isEmpty() ? Optional.empty() : Optional.of(meetings().get(0));
    }

    @Value.Check
    final void check() {
        Checks.notBlankAt("id", id());
        published().ifPresent(day -> Checks.fourDigitYearAt("published", day));
        int length = text().length();
        dateline().ifPresent(d -> Checks.inside("dateline.span", d.span(), length));
        attribution().ifPresent(a -> Checks.inside("attribution.span", a.span(), length));
        for (int i = 0; i < credits().size(); i++) {
            Checks.insideAt("", "credits", i, ".span", credits().get(i).span(), length);
        }
        for (int i = 0; i < paragraphs().size(); i++) {
            Checks.insideAt("", "paragraphs", i, ".span", paragraphs().get(i).span(), length);
        }
        for (int i = 0; i < meetings().size(); i++) {
            checkMeeting("meetings[" + i + "]", meetings().get(i), length);
        }
        for (int i = 0; i < related().size(); i++) {
            Event event = related().get(i);
            String path = "related[" + i + "]";
            Checks.inside(path, ".span", event.span(), length);
            event.date().ifPresent(d -> Checks.inside(path, ".date.span", d.span(), length));
            event.location().ifPresent(p -> Checks.inside(path, ".location.span", p.span(), length));
            checkPeople(path, ".participants", event.participants(), length);
        }
        checkPeople("", "people", people(), length);
    }

    private static void checkMeeting(String path, Meeting meeting, int length) {
        Checks.inside(path, ".span", meeting.span(), length);
        meeting.date().ifPresent(d -> Checks.inside(path, ".date.span", d.span(), length));
        meeting.location().ifPresent(p -> Checks.inside(path, ".location.span", p.span(), length));
        checkPeople(path, ".participants", meeting.participants(), length);
        for (int i = 0; i < meeting.topics().size(); i++) {
            Checks.insideAt(path, ".topics", i, ".span", meeting.topics().get(i).span(), length);
        }
        for (int i = 0; i < meeting.outcomes().size(); i++) {
            Checks.insideAt(path, ".outcomes", i, ".span", meeting.outcomes().get(i).span(), length);
        }
        meeting.next().ifPresent(next -> {
            Checks.inside(path, ".next.span", next.span(), length);
            next.date().ifPresent(d -> Checks.inside(path, ".next.date.span", d.span(), length));
            next.location().ifPresent(p -> Checks.inside(path, ".next.location.span", p.span(), length));
        });
    }

    /** Checks the spans of a list of people at the JSON path {@code path + list}, written only for one that fails. */
    private static void checkPeople(String path, String list, List<Person> people, int length) {
        for (int i = 0; i < people.size(); i++) {
            Checks.insideAt(path, list, i, ".span", people.get(i).span(), length);
        }
    }
}
