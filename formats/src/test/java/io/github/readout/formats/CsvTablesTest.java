package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readout.core.Meeting;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.Span;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CSV tables, read back with Apache Commons CSV (not the Jackson module that writes them):
 * header, row counts, keys and values agree with the JSON of every release of every corpus.
 */
class CsvTablesTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();

    @TempDir
    Path folder;

    private static List<CSVRecord> read(Path file, CsvTable table) throws IOException {
        CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, rfc4180)) {
            assertThat(parser.getHeaderNames()).as(table.fileName()).isEqualTo(table.columns());
            return parser.getRecords();
        }
    }

    private List<CSVRecord> write(List<PressRelease> releases, CsvTable table) throws IOException {
        try (ReleaseWriter csv = ReadoutFormats.csvWriter(folder)) {
            for (PressRelease release : releases) {
                csv.write(release);
            }
        }
        return read(folder.resolve(table.fileName()), table);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    @Test
    void everyReleaseIsARowWithItsValues() throws Exception {
        List<PressRelease> releases = Corpora.all();
        List<CSVRecord> rows = write(releases, CsvTable.RELEASES);
        assertThat(rows).hasSameSizeAs(releases);
        for (int i = 0; i < releases.size(); i++) {
            JsonNode json = JSON.readTree(ReadoutJson.write(releases.get(i)));
            CSVRecord row = rows.get(i);
            assertThat(row.get("id")).isEqualTo(json.path("id").asText());
            assertThat(row.get("published")).isEqualTo(text(json.path("published")));
            assertThat(row.get("title")).isEqualTo(text(json.path("title")));
            assertThat(row.get("dateline")).isEqualTo(text(json.path("dateline").path("place")));
            assertThat(row.get("attribution")).isEqualTo(text(json.path("attribution").path("organization")));
            assertThat(Integer.parseInt(row.get("textLength"))).isEqualTo(json.path("text").asText().length());
            assertThat(Integer.parseInt(row.get("meetingCount"))).isEqualTo(json.path("meetings").size());
            assertThat(Integer.parseInt(row.get("relatedCount"))).isEqualTo(json.path("related").size());
            assertThat(Integer.parseInt(row.get("peopleCount"))).isEqualTo(json.path("people").size());
        }
    }

    @Test
    void everyMeetingIsARowKeyedByReleaseAndIndex() throws Exception {
        List<PressRelease> releases = Corpora.all();
        List<CSVRecord> rows = write(releases, CsvTable.MEETINGS);
        List<String> expectedKeys = new ArrayList<>();
        List<JsonNode> meetings = new ArrayList<>();
        for (PressRelease release : releases) {
            JsonNode json = JSON.readTree(ReadoutJson.write(release));
            for (int m = 0; m < json.path("meetings").size(); m++) {
                expectedKeys.add(release.id() + "#" + m);
                meetings.add(json.path("meetings").get(m));
            }
        }
        assertThat(rows).hasSize(meetings.size()).hasSizeGreaterThan(150);
        assertThat(rows.stream().map(r -> r.get("releaseId") + "#" + r.get("meetingIndex")).collect(Collectors.toList()))
                .isEqualTo(expectedKeys);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode meeting = meetings.get(i);
            String where = expectedKeys.get(i);
            assertThat(row.get("kind")).as(where).isEqualTo(meeting.path("kind").asText());
            assertThat(row.get("name")).as(where).isEqualTo(text(meeting.path("name")));
            assertThat(row.get("sequence")).as(where).isEqualTo(text(meeting.path("sequence")));
            assertThat(row.get("date")).as(where).isEqualTo(text(meeting.path("date").path("value")));
            assertThat(row.get("datePrecision")).as(where).isEqualTo(text(meeting.path("date").path("precision")));
            assertThat(row.get("dateText")).as(where).isEqualTo(text(meeting.path("date").path("text")));
            assertThat(row.get("location")).as(where).isEqualTo(text(meeting.path("location").path("name")));
            assertThat(row.get("locationCountry")).as(where).isEqualTo(text(meeting.path("location").path("country")));
            assertThat(row.get("countries")).as(where).isEqualTo(StreamSupport
                    .stream(meeting.path("countries").spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(" ")));
            assertThat(Integer.parseInt(row.get("participantCount"))).as(where)
                    .isEqualTo(meeting.path("participants").size());
            assertThat(Integer.parseInt(row.get("outcomeCount"))).as(where).isEqualTo(meeting.path("outcomes").size());
            assertThat(row.get("nextDate")).as(where).isEqualTo(text(meeting.path("next").path("date").path("value")));
            assertThat(row.get("nextLocation")).as(where)
                    .isEqualTo(text(meeting.path("next").path("location").path("name")));
            assertThat(Integer.parseInt(row.get("spanStart"))).as(where).isEqualTo(meeting.path("span").path("start").asInt());
            assertThat(Integer.parseInt(row.get("spanEnd"))).as(where).isEqualTo(meeting.path("span").path("end").asInt());
        }
    }

    @Test
    void everyParticipantIsARowKeyedByReleaseMeetingAndIndex() throws Exception {
        List<PressRelease> releases = Corpora.all();
        List<CSVRecord> rows = write(releases, CsvTable.PARTICIPANTS);
        List<String> expectedKeys = new ArrayList<>();
        List<JsonNode> people = new ArrayList<>();
        for (PressRelease release : releases) {
            JsonNode json = JSON.readTree(ReadoutJson.write(release));
            for (int m = 0; m < json.path("meetings").size(); m++) {
                JsonNode participants = json.path("meetings").get(m).path("participants");
                for (int p = 0; p < participants.size(); p++) {
                    expectedKeys.add(release.id() + "#" + m + "#" + p);
                    people.add(participants.get(p));
                }
            }
        }
        assertThat(rows).hasSize(people.size()).hasSizeGreaterThan(250);
        assertThat(rows.stream().map(r -> r.get("releaseId") + "#" + r.get("meetingIndex") + "#" + r.get("participantIndex"))
                .collect(Collectors.toList())).isEqualTo(expectedKeys);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode person = people.get(i);
            assertThat(row.get("name")).isEqualTo(person.path("name").asText());
            assertThat(row.get("title")).isEqualTo(text(person.path("title")));
            assertThat(row.get("organization")).isEqualTo(text(person.path("organization")));
            assertThat(row.get("country")).isEqualTo(text(person.path("country")));
            assertThat(Integer.parseInt(row.get("spanStart"))).isEqualTo(person.path("span").path("start").asInt());
        }
    }

    @Test
    void quotesCommasLineBreaksAndNonAsciiSurviveTheRoundTrip() throws Exception {
        String name = "Mukhtar \"Tileu\", Jr.\nÄ€ğ";
        String text = name + " met";
        PressRelease release = PressRelease.builder()
                .id("tricky, \"id\"")
                .title("Line one\r\nline two, \"quoted\"")
                .text(text)
                .addMeetings(Meeting.builder()
                        .kind(MeetingKind.MEETING)
                        .addParticipants(Person.builder().name(name).span(Span.of(0, name.length())).build())
                        .span(Span.of(0, text.length()))
                        .build())
                .build();
        CSVRecord row = write(List.of(release), CsvTable.RELEASES).get(0);
        assertThat(row.get("id")).isEqualTo("tricky, \"id\"");
        assertThat(row.get("title")).isEqualTo("Line one\r\nline two, \"quoted\"");
        CSVRecord person = read(folder.resolve(CsvTable.PARTICIPANTS.fileName()), CsvTable.PARTICIPANTS).get(0);
        assertThat(person.get("name")).isEqualTo(name);
        assertThat(person.get("releaseId")).isEqualTo("tricky, \"id\"");
    }

    @ParameterizedTest
    @EnumSource(CsvTable.class)
    void linesEndInCrLfAndTheFileIsUtf8(CsvTable table) throws Exception {
        write(Corpora.releases(Corpora.DEV), table);
        byte[] bytes = Files.readAllBytes(folder.resolve(table.fileName()));
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertThat(content).startsWith(String.join(",", table.columns()) + "\r\n").endsWith("\r\n");
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()).isEqualTo(content);
    }

    @Test
    void noReleaseWritesTheHeadersOnly() throws Exception {
        for (CsvTable table : CsvTable.values()) {
            assertThat(write(List.of(), table)).isEmpty();
        }
    }
}
