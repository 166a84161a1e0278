package io.github.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses the development corpus and the seed on a local Spark and checks the tables against the
 * JSON Lines that the command-line tool writes for the same files.
 */
class ReadoutSparkTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path CORPUS = ROOT.resolve("parser/src/test/resources/corpus");
    private static final Path SEEDS = ROOT.resolve("seeds");

    private static SparkSession spark;
    private static ReadoutTables tables;
    /** The release JSON of every document, one line each, as the command-line tool writes it. */
    private static List<String> jsonLines;

    @BeforeAll
    static void parseCorpusAndSeeds() throws IOException {
        spark = LocalSpark.session();
        Dataset<Row> documents = ReadoutSpark.readDocuments(spark, CORPUS.toString(), "txt")
                .union(ReadoutSpark.readDocuments(spark, SEEDS.toString(), "auto"));
        tables = ReadoutSpark.parse(documents);
        PressReleaseParser parser = PressReleaseParser.create();
        jsonLines = new ArrayList<>();
        for (Path file : texts(CORPUS, SEEDS)) {
            jsonLines.add(ReadoutJson.mapper().writer().writeValueAsString(parser.parse(file).release()));
        }
    }

    @Test
    void runsOnTheJacksonThatSparkShips() throws IOException {
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(PackageVersion.VERSION.getMinorVersion()).isEqualTo(18);
        // Spark's Scala module refuses any other databind minor version: registering it is the check.
        new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
        PressRelease release = PressReleaseParser.create().parse(SEEDS.resolve("000_342ced776030c155.txt")).release();
        assertThat(ReadoutJson.read(ReadoutJson.write(release))).isEqualTo(release);
        assertThat(ReadoutJson.read(ReadoutJson.writePretty(release))).isEqualTo(release);
    }

    @Test
    void meetingsHoldWhatTheJsonLinesHold() throws IOException {
        List<String> expected = new ArrayList<>();
        forEachMeeting((id, m, meeting) -> {
            JsonNode date = meeting.path("date");
            List<String> countries = new ArrayList<>();
            meeting.path("countries").forEach(country -> countries.add(country.asText()));
            expected.add(String.join("|", id, String.valueOf(m), text(meeting, "kind"), text(meeting, "name"),
                    text(meeting, "abbreviation"), text(meeting, "sequence"), text(date, "text"),
                    text(date, "value"), text(meeting.path("location"), "name"),
                    text(meeting.path("location"), "country"), String.valueOf(countries)));
        });
        List<String> actual = rows(tables.meetings(), row -> String.join("|", row.getString(0),
                String.valueOf(row.getInt(1)), row.getString(2), cell(row, "name"), cell(row, "abbreviation"),
                cell(row, "sequence"), cell(row, "date_text"), cell(row, "date_value"), cell(row, "place"),
                cell(row, "place_country"), String.valueOf(row.getList(row.fieldIndex("countries")))));
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void participantsHoldWhatTheJsonLinesHold() throws IOException {
        List<String> expected = new ArrayList<>();
        forEachMeeting((id, m, meeting) -> {
            JsonNode people = meeting.path("participants");
            for (int p = 0; p < people.size(); p++) {
                JsonNode person = people.get(p);
                expected.add(String.join("|", id, m + "/" + p, text(person, "name"), text(person, "title"),
                        text(person, "organization"), text(person, "country")));
            }
        });
        List<String> actual = rows(tables.participants(), row -> String.join("|", row.getString(0),
                row.getInt(1) + "/" + row.getInt(2), row.getString(3), cell(row, "title"),
                cell(row, "organization"), cell(row, "country")));
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** What is done with each meeting of the JSON Lines: its release's id, its index, its JSON. */
    private interface MeetingVisitor {
        void visit(String releaseId, int index, JsonNode meeting);
    }

    private static void forEachMeeting(MeetingVisitor visitor) throws IOException {
        for (String line : jsonLines) {
            JsonNode release = ReadoutJson.mapper().readTree(line);
            JsonNode meetings = release.path("meetings");
            for (int m = 0; m < meetings.size(); m++) {
                visitor.visit(release.path("id").asText(), m, meetings.get(m));
            }
        }
    }

    private static List<String> rows(Dataset<Row> table, Function<Row, String> line) {
        return table.collectAsList().stream().map(line).collect(Collectors.toList());
    }

    @Test
    void releasesHoldOneRowPerDocumentWithItsDates() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : jsonLines) {
            JsonNode release = ReadoutJson.mapper().readTree(line);
            expected.add(String.join("|", release.path("id").asText(), text(release, "published"),
                    text(release, "title"), String.valueOf(release.path("meetings").size())));
        }
        List<String> actual = rows(tables.releases(), row -> String.join("|", row.getString(0),
                cell(row, "published"), cell(row, "title"), String.valueOf(row.getInt(row.fieldIndex("meeting_count")))));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tables.errors().count()).isZero();
        // Spark marks the fields of a nested row nullable when it is unpacked; the values obey the schema.
        assertThat(tables.releases().schema().asNullable()).isEqualTo(ReadoutSpark.RELEASES_SCHEMA.asNullable());
        assertThat(tables.meetings().schema().asNullable()).isEqualTo(ReadoutSpark.MEETINGS_SCHEMA.asNullable());
        assertThat(tables.participants().schema().asNullable()).isEqualTo(ReadoutSpark.PARTICIPANTS_SCHEMA.asNullable());
        assertThat(tables.errors().schema().asNullable()).isEqualTo(ReadoutSpark.ERRORS_SCHEMA.asNullable());
    }

    @Test
    void keepsEachDatesPrecisionAndTheDaysItCovers() {
        List<Row> dated = tables.meetings().where("date_value is not null").collectAsList();
        assertThat(dated).isNotEmpty();
        for (Row row : dated) {
            String value = row.getAs("date_value");
            String precision = row.getAs("date_precision");
            assertThat(precision).isEqualTo(value.length() == 10 ? "DAY" : value.length() == 7 ? "MONTH" : "YEAR");
            assertThat(row.getAs("date_start").toString()).startsWith(value);
            assertThat(row.getAs("date_end").toString()).startsWith(value);
        }
    }

    static List<Path> texts(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    private static String cell(Row row, String field) {
        Object value = row.get(row.fieldIndex(field));
        return value == null ? "-" : value.toString();
    }
}
