package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.ReadoutJsonSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema, checked by an independent validator (networknt's, draft 2020-12):
 * every release of every test corpus validates, in full and in lean form, and broken documents do
 * not.
 */
class JsonSchemaTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ReadoutJsonSchema.text(), InputFormat.JSON);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    }

    @Test
    void theSchemaIsADraft202012SchemaWithItsId() throws Exception {
        JsonNode tree = JSON.readTree(ReadoutJsonSchema.text());
        assertThat(tree.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(tree.path("$id").asText()).isEqualTo(ReadoutJsonSchema.ID);
        // The meta-schema accepts it: a schema that breaks its own dialect would not load.
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(ReadoutJsonSchema.text(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void everyPropertyOfTheSchemaIsDocumented() throws Exception {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(JSON.readTree(ReadoutJsonSchema.text()), "", undocumented);
        assertThat(undocumented).isEmpty();
    }

    private static void collectUndocumented(JsonNode node, String path, List<String> undocumented) {
        JsonNode properties = node.path("properties");
        properties.properties().forEach(field -> {
            JsonNode property = field.getValue();
            boolean documented = property.has("description")
                    // A property that only refers to a documented definition is documented there.
                    || property.has("$ref");
            if (!documented) {
                undocumented.add(path + "/" + field.getKey());
            }
        });
        node.properties().forEach(field -> {
            // The conditions of an if/then constrain properties declared (and documented) above them.
            boolean condition = field.getKey().equals("if") || field.getKey().equals("then");
            if (field.getValue().isContainerNode() && !condition) {
                collectUndocumented(field.getValue(), path + "/" + field.getKey(), undocumented);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(node.get(i), path + "/" + i, undocumented);
            }
        }
    }

    @Test
    void everyReleaseOfEveryCorpusIsValid() {
        List<PressRelease> releases = Corpora.all();
        assertThat(releases).hasSizeGreaterThan(140);
        for (PressRelease release : releases) {
            assertThat(errors(ReadoutJson.write(release))).as(release.id()).isEmpty();
            assertThat(errors(ReadoutJson.writePretty(release))).as(release.id()).isEmpty();
        }
    }

    @Test
    void everyReleaseOfEveryCorpusIsValidInLeanForm() throws Exception {
        for (PressRelease release : Corpora.all()) {
            String lean = ReadoutFormats.leanJson(release);
            assertThat(errors(lean)).as(release.id()).isEmpty();
            JsonNode tree = JSON.readTree(lean);
            assertThat(tree.has("text")).isFalse();
            assertThat(tree.path("textLength").asInt()).isEqualTo(release.text().length());
        }
    }

    @Test
    void theCorporaExerciseEveryPartOfTheContract() throws Exception {
        // So that the validations above check each definition against real output, not only the required core.
        String all = Corpora.all().stream().map(ReadoutJson::write).collect(Collectors.joining("\n"));
        for (String field : List.of("\"dateline\"", "\"attribution\"", "\"credits\":[{", "\"title\"", "\"anchor\"",
                "\"precision\":\"DAY\"", "\"precision\":\"MONTH\"", "\"precision\":\"YEAR\"", "\"next\"",
                "\"sequence\"", "\"abbreviation\"", "\"related\":[{", "\"organization\"", "\"outcomes\":[{",
                "\"topics\":[{")) {
            assertThat(all).as(field).contains(field);
        }
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("no id", r -> r.remove("id")),
                broken("blank id", r -> r.put("id", " ")),
                broken("no text and no textLength", r -> r.remove("text")),
                broken("text and textLength both", r -> r.put("textLength", 3).put("textSha256", "0".repeat(64))),
                broken("a null where a value is absent", r -> r.putNull("title")),
                broken("an unknown property", r -> r.put("summary", "x")),
                broken("published is not a day", r -> r.put("published", "2024-06")),
                broken("published is no date", r -> r.put("published", "June 4")),
                broken("a lower-case country", r -> firstMeeting(r).withArray("countries").set(0, "kz")),
                broken("a three-letter country", r -> firstMeeting(r).withArray("countries").set(0, "KAZ")),
                broken("an unknown meeting kind", r -> firstMeeting(r).put("kind", "LUNCH")),
                broken("a negative span", r -> firstMeeting(r).putObject("span").put("start", -1).put("end", 3)),
                broken("a span without end", r -> firstMeeting(r).putObject("span").put("start", 1)),
                broken("a span as a string", r -> firstMeeting(r).put("span", "1-3")),
                broken("sequence zero", r -> firstMeeting(r).put("sequence", 0)),
                broken("sequence as text", r -> firstMeeting(r).put("sequence", "sixth")),
                broken("a month written as a day", r -> firstDate(r).put("precision", "DAY")),
                broken("a day written as a month", r -> firstDate(r).put("value", "2024-03-05")),
                broken("precision without value", r -> firstDate(r).remove("value")),
                broken("an unknown precision", r -> firstDate(r).put("precision", "WEEK")),
                broken("month 13", r -> firstDate(r).put("value", "2024-13").put("precision", "MONTH")),
                broken("a date without text", r -> firstDate(r).remove("text")),
                broken("a participant without name", r -> ((ObjectNode) firstMeeting(r).withArray("participants").get(0))
                        .remove("name")),
                broken("an unknown credit kind", r -> ((ObjectNode) r.withArray("credits").get(0)).put("kind", "VIDEO")),
                broken("a header that is a number", r -> ((ObjectNode) r.get("headers")).put("date", 2024)),
                broken("meetings as an object", r -> r.putObject("meetings")),
                broken("a sentence that is no span", r -> ((ObjectNode) r.withArray("paragraphs").get(0))
                        .withArray("sentences").add("x")));
    }

    private static ObjectNode firstMeeting(ObjectNode release) {
        return (ObjectNode) release.withArray("meetings").get(0);
    }

    private static ObjectNode firstDate(ObjectNode release) {
        // The seed's first related event, the visit "in March this year", is dated by a month.
        ObjectNode date = (ObjectNode) release.withArray("related").get(0).get("date");
        assertThat(date.path("precision").asText()).isEqualTo("MONTH");
        return date;
    }

    private static Arguments broken(String what, Consumer<ObjectNode> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentsAreRejected(String what, Consumer<ObjectNode> change) {
        PressRelease seed = Corpora.releases(Path.of("../seeds")).get(0);
        ObjectNode tree = JSON.valueToTree(seed);
        assertThat(errors(tree.toString())).isEmpty();
        change.accept(tree);
        assertThat(errors(tree.toString())).as(what).isNotEmpty();
    }

    @Test
    void theEarlierFormWithoutPrecisionIsValid() {
        ObjectNode tree = JSON.valueToTree(Corpora.releases(Path.of("../seeds")).get(0));
        List<JsonNode> dates = tree.findParents("precision");
        assertThat(dates).hasSizeGreaterThan(2);
        dates.forEach(date -> ((ObjectNode) date).remove("precision"));
        assertThat(tree.findParents("precision")).isEmpty();
        assertThat(errors(tree.toString())).isEmpty();
    }

    @Test
    void notJsonIsRejected() {
        assertThat(errors("[]")).isNotEmpty();
        assertThat(errors("\"release\"")).isNotEmpty();
        assertThat(errors("{}")).isNotEmpty();
    }
}
