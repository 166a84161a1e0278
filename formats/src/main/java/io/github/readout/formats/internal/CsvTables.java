package io.github.readout.formats.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.formats.ReleaseWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three flat tables of releases in RFC 4180 CSV (UTF-8, CRLF, a header row, quotes only where
 * needed): {@code releases.csv} (one row per release), {@code meetings.csv} (one per meeting,
 * keyed by release id and meeting index) and {@code participants.csv} (one per participant of a
 * meeting, keyed by release id, meeting index and participant index). Indexes count from 0, as
 * in the JSON ({@code meetings[0]}); an absent value is an empty field.
 */
public final class CsvTables implements ReleaseWriter {

    /** The file of the release table. */
    public static final String RELEASES = "releases.csv";
    /** The file of the meeting table. */
    public static final String MEETINGS = "meetings.csv";
    /** The file of the participant table. */
    public static final String PARTICIPANTS = "participants.csv";

    /** The columns of {@value #RELEASES}, in order. */
    public static final List<String> RELEASE_COLUMNS = List.of("id", "published", "title", "dateline",
            "attribution", "textLength", "meetingCount", "relatedCount", "peopleCount");
    /** The columns of {@value #MEETINGS}, in order. */
    public static final List<String> MEETING_COLUMNS = List.of("releaseId", "meetingIndex", "kind", "name",
            "abbreviation", "sequence", "date", "datePrecision", "dateText", "location", "locationCountry",
            "countries", "participantCount", "topics", "outcomeCount", "nextDate", "nextDatePrecision",
            "nextLocation", "nextLocationCountry", "spanStart", "spanEnd");
    /** The columns of {@value #PARTICIPANTS}, in order. */
    public static final List<String> PARTICIPANT_COLUMNS = List.of("releaseId", "meetingIndex",
            "participantIndex", "name", "title", "organization", "country", "spanStart", "spanEnd");

    private static final CsvMapper CSV = new CsvMapper();

    private final List<Writer> files = new ArrayList<>();
    private final SequenceWriter releases;
    private final SequenceWriter meetings;
    private final SequenceWriter participants;

    private CsvTables(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            releases = open(folder.resolve(RELEASES), RELEASE_COLUMNS);
            meetings = open(folder.resolve(MEETINGS), MEETING_COLUMNS);
            participants = open(folder.resolve(PARTICIPANTS), PARTICIPANT_COLUMNS);
        } catch (IOException e) {
            for (Writer file : files) {
                try {
                    file.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Creates the folder if needed and starts the three tables in it, replacing any there.
     *
     * @param folder the folder to write to
     * @return the writer
     * @throws IOException if a file cannot be created
     */
    public static CsvTables open(Path folder) throws IOException {
        return new CsvTables(folder);
    }

    /**
     * Returns the schema of a table with the given columns: header row, CRLF line ends.
     *
     * @param columns the column names in order
     * @return the CSV schema
     */
    public static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(builder::addColumn);
        return builder.build();
    }

    private SequenceWriter open(Path file, List<String> columns) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        files.add(out);
        return CSV.writer(schema(columns)).writeValues(out);
    }

    @Override
    public void write(PressRelease release) throws IOException {
        releases.write(new Object[] {
            release.id(),
            release.published().map(Object::toString).orElse(null),
            release.title().orElse(null),
            release.dateline().map(d -> d.place()).orElse(null),
            release.attribution().map(a -> a.organization()).orElse(null),
            release.text().length(),
            release.meetings().size(),
            release.related().size(),
            release.people().size(),
        });
        for (int m = 0; m < release.meetings().size(); m++) {
            Meeting meeting = release.meetings().get(m);
            Optional<DateRef> next = meeting.next().flatMap(n -> n.date());
            Optional<Place> nextPlace = meeting.next().flatMap(n -> n.location());
            meetings.write(new Object[] {
                release.id(),
                m,
                meeting.kind().name(),
                meeting.name().orElse(null),
                meeting.abbreviation().orElse(null),
                meeting.sequence().isPresent() ? meeting.sequence().getAsInt() : null,
                value(meeting.date(), DateValue::toString),
                value(meeting.date(), v -> v.precision().name()),
                meeting.date().map(DateRef::text).orElse(null),
                meeting.location().map(Place::name).orElse(null),
                meeting.location().flatMap(Place::country).map(CountryCode::code).orElse(null),
                meeting.countries().stream().map(CountryCode::code).collect(Collectors.joining(" ")),
                meeting.participants().size(),
                meeting.topics().stream().map(t -> t.label()).collect(Collectors.joining("; ")),
                meeting.outcomes().size(),
                value(next, DateValue::toString),
                value(next, v -> v.precision().name()),
                nextPlace.map(Place::name).orElse(null),
                nextPlace.flatMap(Place::country).map(CountryCode::code).orElse(null),
                meeting.span().start(),
                meeting.span().end(),
            });
            for (int p = 0; p < meeting.participants().size(); p++) {
                Person person = meeting.participants().get(p);
                participants.write(new Object[] {
                    release.id(),
                    m,
                    p,
                    person.name(),
                    person.title().orElse(null),
                    person.organization().orElse(null),
                    person.country().map(CountryCode::code).orElse(null),
                    person.span().start(),
                    person.span().end(),
                });
            }
        }
    }

    private static String value(Optional<DateRef> date, Function<DateValue, String> part) {
        return date.flatMap(DateRef::value).map(part).orElse(null);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (SequenceWriter table : List.of(releases, meetings, participants)) {
            try {
                table.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        for (Writer file : files) {
            try {
                file.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
