package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a parser that explains says about each meeting value. */
class EvidenceTest {

    private static final String RELEASE = " date 2024-10-24\n\nASTANA, October 23 — Deputy Foreign Minister Roman"
            + " Vassilenko had a telephone conversation with Under Secretary Dmitry Ivanov of Russia.\n\n"
            + "President Shavkat Mirziyoyev received Secretary of State Antony Blinken in Tashkent.\n";

    private static Map<String, Evidence> explain(String text) {
        List<Evidence> evidence = PressReleaseParser.builder().explain(true).build().parse("explained", text).evidence();
        return evidence.stream().collect(Collectors.toMap(Evidence::path, Function.identity()));
    }

    @Test
    void theKindRestsOnItsMeetingWordWithItsLineAndColumn() {
        Evidence kind = explain(RELEASE).get("meetings[0].kind");

        assertThat(kind.value()).isEqualTo("PHONE_CALL");
        assertThat(kind.quote()).contains("telephone conversation");
        assertThat(kind.line()).isEqualTo(3);
        assertThat(kind.column()).isEqualTo(RELEASE.split("\n")[2].indexOf("telephone conversation") + 1);
        assertThat(kind.toString()).startsWith("meetings[0].kind PHONE_CALL ← the meeting word 'telephone conversation'");
    }

    @Test
    void aDateAndAPlaceNameTheRuleThatChoseThem() {
        Map<String, Evidence> evidence = explain(RELEASE);

        assertThat(evidence.get("meetings[0].date").rule()).contains("dateline");
        assertThat(evidence.get("meetings[0].date").value()).isEqualTo("2024-10-23");
        assertThat(evidence.get("meetings[1].location").value()).isEqualTo("Tashkent");
        assertThat(evidence.get("meetings[1].location").rule()).contains("meeting's sentence");
        assertThat(evidence.get("meetings[1].location").quote()).contains("Tashkent");
    }

    @Test
    void aParticipantsCountryNamesWhereItCameFrom() {
        Map<String, Evidence> evidence = explain(RELEASE);

        assertThat(evidence.get("meetings[0].participants[1].country").value()).isEqualTo("RU");
        assertThat(evidence.get("meetings[0].participants[1].country").rule()).contains("words around");
        Evidence mirziyoyev = evidence.values().stream()
                .filter(e -> e.path().startsWith("meetings[1].participants") && e.quote().equals(Optional.of("Shavkat Mirziyoyev")))
                .findFirst().orElseThrow();
        assertThat(mirziyoyev.value()).isEqualTo("UZ");
        assertThat(mirziyoyev.rule()).contains("officials.tsv");
    }

    @Test
    void aParserThatDoesNotExplainGivesNoEvidenceAndTheSameRelease() {
        ParseResult plain = PressReleaseParser.create().parse("explained", RELEASE);
        ParseResult explained = PressReleaseParser.builder().explain(true).build().parse("explained", RELEASE);

        assertThat(plain.evidence()).isEmpty();
        assertThat(explained.evidence()).isNotEmpty();
        assertThat(explained.release()).isEqualTo(plain.release());
    }
}
