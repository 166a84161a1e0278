package io.github.readout.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.readout.core.ReadoutJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void stringsCompareAfterFoldingPunctuationAndLeadingThe() {
        assertThat(Evaluation.normalize(TextNode.valueOf("The  Kazakh MFA."))).isEqualTo("kazakh mfa");
        assertThat(Evaluation.normalize(TextNode.valueOf("Straße – Ｍinister"))).isEqualTo("strasse minister");
        assertThat(Evaluation.normalize(TextNode.valueOf("Deputy Prime Minister - Minister")))
                .isEqualTo(Evaluation.normalize(TextNode.valueOf("deputy prime minister – minister")));
    }

    @Test
    void meetingsPairByKindBeforeOrder() throws IOException {
        JsonNode gold = json("{\"meetings\": [{\"kind\": \"PHONE_CALL\", \"date\": {\"value\": \"2024-06-04\"}}]}");
        JsonNode out = json("{\"meetings\": [{\"kind\": \"MEETING\"},"
                + " {\"kind\": \"PHONE_CALL\", \"date\": {\"value\": \"2024-06-04\", \"text\": \"today\"}}]}");

        Scorecard card = Evaluation.create().add("d", gold, out).scorecard();

        assertThat(card.figure("meeting.kind")).hasValue(1.0);
        assertThat(card.figure("meeting.date")).hasValue(1.0);
        assertThat(card.figure("meetings.count")).hasValue(0.0);
        assertThat(card.misses()).containsExactly("d: meetings.count: want 1, got 2");
    }

    @Test
    void datesScoreTheSameWithAndWithoutTheirPrecision() throws IOException {
        // Gold files write dates without a precision; output writes it beside the value.
        String plain = "{\"meetings\": [{\"kind\": \"TALKS\", \"date\": {\"value\": \"2024-03\"},"
                + " \"next\": {\"date\": {\"value\": \"2025\"}}}]}";
        String precise = "{\"meetings\": [{\"kind\": \"TALKS\", \"date\": {\"value\": \"2024-03\","
                + " \"precision\": \"MONTH\"}, \"next\": {\"date\": {\"value\": \"2025\", \"precision\": \"YEAR\"}}}]}";
        for (String[] pair : new String[][] {{plain, precise}, {precise, plain}, {precise, precise}}) {
            Scorecard card = Evaluation.create().add("d", json(pair[0]), json(pair[1])).scorecard();
            assertThat(card.figure("meeting.date")).hasValue(1.0);
            assertThat(card.figure("meeting.next.date")).hasValue(1.0);
            assertThat(card.misses()).isEmpty();
        }
        String otherMonth = precise.replace("2024-03", "2024-04");
        assertThat(Evaluation.create().add("d", json(plain), json(otherMonth)).scorecard().figure("meeting.date"))
                .hasValue(0.0);
    }

    @Test
    void setsScorePrecisionRecallAndF1OverAllDocuments() throws IOException {
        Evaluation evaluation = Evaluation.create()
                .add("a", json("{\"people\": [{\"name\": \"A B\"}, {\"name\": \"C D\"}]}"),
                        json("{\"people\": [{\"name\": \"A B\"}]}"))
                .add("b", json("{\"people\": [{\"name\": \"E F\"}]}"),
                        json("{\"people\": [{\"name\": \"E F\"}, {\"name\": \"G H\"}]}"));

        Scorecard card = evaluation.scorecard();

        assertThat(card.figure("people.p")).hasValue(2.0 / 3);
        assertThat(card.figure("people.r")).hasValue(2.0 / 3);
        assertThat(card.figure("people.f1").getAsDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.documents()).isEqualTo(2);
    }

    @Test
    void participantTitleAndCountryAreScoredForParticipantsFound() throws IOException {
        JsonNode gold = json("{\"meetings\": [{\"kind\": \"MEETING\", \"participants\": ["
                + "{\"name\": \"Donald Lu\", \"title\": \"Assistant Secretary\", \"country\": \"US\"},"
                + "{\"name\": \"Akan Rakhmetullin\", \"country\": \"KZ\"}]}]}");
        JsonNode out = json("{\"meetings\": [{\"kind\": \"MEETING\", \"participants\": ["
                + "{\"name\": \"Donald Lu\", \"title\": \"Secretary\", \"country\": \"US\"}]}]}");

        Scorecard card = Evaluation.create().add("d", gold, out).scorecard();

        assertThat(card.figure("participants.r")).hasValue(0.5);
        assertThat(card.figure("participant.title")).hasValue(0.0);
        assertThat(card.figure("participant.country")).hasValue(1.0);
        assertThat(card.core()).isEqualTo((1.0 + 1.0 + 2.0 / 3 + 0.0 + 1.0) / 5);
    }

    @Test
    void topicsCountWhenHalfTheirContentWordsAreFound() throws IOException {
        JsonNode gold = json("{\"meetings\": [{\"kind\": \"MEETING\", \"topics\": ["
                + "{\"label\": \"regional energy security\"}, {\"label\": \"water management\"}]}]}");
        JsonNode out = json("{\"meetings\": [{\"kind\": \"MEETING\", \"topics\": [{\"label\": \"energy security\"}]}]}");

        assertThat(Evaluation.create().add("d", gold, out).scorecard().figure("meeting.topics")).hasValue(0.5);
    }

    @Test
    void aDocumentWithoutOutputMissesEverything() throws IOException {
        Scorecard card = Evaluation.create()
                .addWithoutOutput("d", json("{\"published\": \"2024-06-04\", \"meetings\": []}")).scorecard();

        assertThat(card.withoutOutput()).isEqualTo(1);
        assertThat(card.figure("published")).hasValue(0.0);
        assertThat(card.figure("meetings.count")).hasValue(1.0);
        assertThat(card.misses()).contains("d: no output");
    }

    @Test
    void scoresFoldersOfGoldAgainstJsonFilesOrJsonLines(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold/sub"));
        Files.writeString(gold.resolve("x.gold.json"), "{\"published\": \"2024-06-04\"}");
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve("x.json"), "{\"id\": \"ignored\", \"published\": \"2024-06-04\"}");
        Path lines = Files.writeString(dir.resolve("out.jsonl"), "\n{\"id\": \"x\", \"published\": \"2024-06-05\"}\n");

        assertThat(Evaluation.score(dir.resolve("gold"), folder).figure("published")).hasValue(1.0);
        assertThat(Evaluation.score(dir.resolve("gold"), lines).figure("published")).hasValue(0.0);
    }

    @Test
    void badJsonIsNamedByFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("x.gold.json"), "{\n  \"published\": ,\n}");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "");

        assertThatThrownBy(() -> Evaluation.score(gold, out))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(gold.resolve("x.gold.json") + ":2:")
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> Evaluation.score(dir.resolve("out.jsonl"), out)).isInstanceOf(IOException.class);
    }
}
