package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readout.core.ReadoutJson;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real-document sets, English and Russian (their texts are not in the project): every gold
 * file has its manifest entry and the other way round, the split by publisher holds, and each set
 * has the size and mix it claims.
 */
class RealSetManifestTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();

    /** A set's folder and the least it holds. */
    enum RealSet {
        ENGLISH("/real", 200, 50, 15, 40, Set.of("DIALOGUE", "TALKS", "MEETING", "VISIT", "SUMMIT", "PHONE_CALL",
                "VIDEO_CONFERENCE", "CONSULTATIONS", "ROUND_TABLE", "CONFERENCE", "OTHER")),
        RUSSIAN("/real-ru", 200, 100, 40, 40, Set.of("DIALOGUE", "TALKS", "MEETING", "VISIT", "SUMMIT", "PHONE_CALL",
                "VIDEO_CONFERENCE", "CONSULTATIONS", "CONFERENCE"));

        final String folder;
        final int documents;
        final int publishers;
        final int negatives;
        final int several;
        final Set<String> kinds;

        RealSet(String folder, int documents, int publishers, int negatives, int several, Set<String> kinds) {
            this.folder = folder;
            this.documents = documents;
            this.publishers = publishers;
            this.negatives = negatives;
            this.several = several;
            this.kinds = kinds;
        }
    }

    private Path real;
    private List<JsonNode> manifest;

    private void read(RealSet set) throws URISyntaxException, IOException {
        real = Path.of(RealSetManifestTest.class.getResource(set.folder).toURI());
        manifest = new ArrayList<>();
        for (String line : Files.readAllLines(real.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                manifest.add(JSON.readTree(line));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RealSet.class)
    void everyGoldFileHasItsManifestEntryInItsPart(RealSet set) throws IOException, URISyntaxException {
        read(set);
        Set<String> listed = new HashSet<>();
        for (JsonNode entry : manifest) {
            String id = entry.get("id").asText();
            assertThat(listed.add(id)).as("%s listed once", id).isTrue();
            Path gold = real.resolve(entry.get("part").asText()).resolve(id + ".gold.json");
            assertThat(gold).as("gold of %s", id).exists();
            assertThat(entry.get("sha256").asText()).as("hash of %s", id).matches("[0-9a-f]{64}");
            assertThat(entry.get("url").asText()).as("url of %s", id).startsWith("http");
            assertThat(entry.get("chars").asInt()).as("length of %s", id).isPositive();
        }
        try (Stream<Path> files = Files.walk(real)) {
            List<String> golds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json"))
                    .map(n -> n.substring(0, n.length() - ".gold.json".length())).collect(Collectors.toList());
            assertThat(golds).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @ParameterizedTest
    @EnumSource(RealSet.class)
    void thePartsAreSplitByPublisher(RealSet set) throws NoSuchAlgorithmException, IOException, URISyntaxException {
        read(set);
        Map<String, String> partOfDomain = new HashMap<>();
        for (JsonNode entry : manifest) {
            String domain = entry.get("domain").asText();
            String part = entry.get("part").asText();
            String expected = new BigInteger(1, MessageDigest.getInstance("SHA-256")
                    .digest(domain.getBytes(StandardCharsets.UTF_8))).mod(BigInteger.valueOf(3)).signum() == 0
                    ? "test" : "dev";
            assertThat(part).as("part of %s (%s)", entry.get("id").asText(), domain).isEqualTo(expected);
            assertThat(partOfDomain.putIfAbsent(domain, part)).as(domain).isIn(null, part);
        }
    }

    @ParameterizedTest
    @EnumSource(RealSet.class)
    void theSetHasItsSizeAndMix(RealSet set) throws IOException, URISyntaxException {
        read(set);
        int negatives = 0;
        int several = 0;
        Set<String> kinds = new HashSet<>();
        for (JsonNode entry : manifest) {
            JsonNode gold = JSON.readTree(real.resolve(entry.get("part").asText())
                    .resolve(entry.get("id").asText() + ".gold.json").toFile());
            JsonNode meetings = gold.get("meetings");
            assertThat(meetings).as("meetings of %s", entry.get("id").asText()).isNotNull();
            negatives += meetings.size() == 0 ? 1 : 0;
            several += meetings.size() > 1 ? 1 : 0;
            meetings.forEach(m -> kinds.add(m.get("kind").asText()));
        }
        Set<String> publishers = manifest.stream().map(e -> e.get("domain").asText()).collect(Collectors.toSet());
        long outsideCentralAsia = manifest.stream().filter(e -> !e.get("region").asText().equals("central-asia")).count();
        assertThat(manifest).hasSizeGreaterThanOrEqualTo(set.documents);
        assertThat(publishers).hasSizeGreaterThanOrEqualTo(set.publishers);
        assertThat(outsideCentralAsia * 3).isGreaterThanOrEqualTo(manifest.size());
        assertThat(negatives).isGreaterThanOrEqualTo(set.negatives);
        assertThat(several).isGreaterThanOrEqualTo(set.several);
        assertThat(kinds).containsAll(set.kinds);
    }
}
