package io.github.readout.spark.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Diagnostic;
import io.github.readout.core.ImmutablePressRelease;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.ParseException;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Turns documents into parsed rows; one parser per JVM, built on first use and never serialized. */
public final class ReleaseRows {

    private ReleaseRows() {}

    /** Holds the executor's parser: the class is loaded, and the parser built, on first use. */
    private static final class Holder {
        static final PressReleaseParser PARSER = PressReleaseParser.create();
    }

    /**
     * Parses a partition of {@code (id, text)} rows lazily, one document at a time.
     *
     * @param documents rows whose text is a string or raw bytes
     * @param localDates dates as {@link LocalDate}, as Spark's Java 8 date API wants, else as {@link Date}
     * @return one parsed row per document
     */
    public static Iterator<Row> parsePartition(Iterator<Row> documents, boolean localDates) {
        PressReleaseParser parser = Holder.PARSER;
        Dates dates = new Dates(localDates);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                return parse(parser, dates, documents.next());
            }
        };
    }

    static Row parse(PressReleaseParser parser, Dates dates, Row document) {
        String id = document.isNullAt(0) ? "" : document.getString(0);
        if (id.isBlank()) {
            return error("", "input.id-missing", "the document has no id", 0, 0, 0);
        }
        if (document.isNullAt(1)) {
            return error(id, "input.text-missing", "the document has no text", 0, 0, 0);
        }
        Object text = document.get(1);
        if (text instanceof byte[] ? isBlank((byte[]) text) : ((String) text).isBlank()) {
            return error(id, "input.empty", "the document is empty or only white space", 1, 1, 0);
        }
        try {
            return parsed(dates, id, text instanceof byte[] ? parseBytes(parser, id, (byte[]) text)
                    : parser.parse(id, (String) text));
        } catch (ParseException e) {
            Diagnostic where = e.diagnostic();
            return error(id, where.code(), where.message(), where.line(), where.column(), where.offset());
        } catch (RuntimeException e) {
            // A fault of the parser on one document must not fail the job: it is that document's error.
            return error(id, "parse.failed", String.valueOf(e), 0, 0, 0);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Decodes as the parser decodes a file, so the errors name the same byte offsets. */
    private static ParseResult parseBytes(PressReleaseParser parser, String id, byte[] bytes) {
        try {
            return parser.parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row parsed(Dates dates, String id, ParseResult result) {
        PressRelease release = result.release().id().equals(id) ? result.release()
                : ImmutablePressRelease.copyOf(result.release()).withId(id);
        List<Row> meetings = new ArrayList<>();
        List<Row> participants = new ArrayList<>();
        for (int m = 0; m < release.meetings().size(); m++) {
            Meeting meeting = release.meetings().get(m);
            meetings.add(meeting(dates, id, m, meeting));
            for (int p = 0; p < meeting.participants().size(); p++) {
                participants.add(participant(id, m, p, meeting.participants().get(p)));
            }
        }
        List<Row> diagnostics = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            diagnostics.add(RowFactory.create(d.severity().name(), d.code(), d.message(), d.line(), d.column(),
                    d.offset()));
        }
        Row releaseRow = RowFactory.create(id, dates.of(release.published()),
                orNull(release.dateline().map(d -> d.place())), orNull(release.title()),
                orNull(release.attribution().map(a -> a.organization())), release.meetings().size(), seq(diagnostics));
        return RowFactory.create(releaseRow, seq(meetings), seq(participants), null);
    }

    private static Row meeting(Dates dates, String id, int index, Meeting meeting) {
        Optional<DateRef> date = meeting.date();
        Optional<DateValue> value = date.flatMap(DateRef::value);
        List<String> countries = new ArrayList<>();
        meeting.countries().forEach(country -> countries.add(country.code()));
        return RowFactory.create(id, index, meeting.kind().name(), orNull(meeting.name()),
                orNull(meeting.abbreviation()),
                meeting.sequence().isPresent() ? meeting.sequence().getAsInt() : null,
                orNull(date.map(DateRef::text)),
                orNull(value.map(DateValue::toString)),
                orNull(value.map(v -> v.precision().name())),
                dates.of(value.map(DateValue::start)),
                dates.of(value.map(DateValue::end)),
                orNull(meeting.location().map(place -> place.name())),
                country(meeting.location().flatMap(place -> place.country())),
                seq(countries));
    }

    private static Row participant(String id, int meetingIndex, int index, Person person) {
        return RowFactory.create(id, meetingIndex, index, person.name(), orNull(person.title()),
                orNull(person.organization()), country(person.country()));
    }

    private static Row error(String id, String code, String message, int line, int column, int offset) {
        return RowFactory.create(null, seq(List.of()), seq(List.of()),
                RowFactory.create(id, code, message, line, column, offset));
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    private static String country(Optional<CountryCode> country) {
        return orNull(country.map(CountryCode::code));
    }

    /** Spark takes days as {@link Date} unless its Java 8 date API is on, and then only as {@link LocalDate}. */
    private static final class Dates {
        private final boolean local;

        Dates(boolean local) {
            this.local = local;
        }

        Object of(Optional<LocalDate> day) {
            return day.isEmpty() ? null : local ? day.get() : Date.valueOf(day.get());
        }
    }

    private static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }
}
