package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.Attribution;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.PressReleaseParser;
import org.junit.jupiter.api.Test;

class AttributionsTest {

    private static final PressReleaseParser PARSER = PressReleaseParser.create();

    private static PressRelease parse(String text) {
        return PARSER.parse("test", text).release();
    }

    @Test
    void aReportingClauseNamesTheBodyItsSpokespersonSpeaksFor() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu spoke by phone with Foreign Minister Lucia Paz of Peru"
                + " on Monday, the Foreign Ministry spokeswoman Aigul Sadykova said.\n");

        assertThat(release.attribution()).map(Attribution::organization).contains("Foreign Ministry");
    }

    @Test
    void aSpokespersonWithoutABodyIsNoSource() {
        PressRelease release = parse("Foreign Minister Murat Nurtleu spoke by phone with Foreign Minister Lucia Paz of Peru"
                + " on Monday, Spokesperson Aigul Sadykova said.\n");

        assertThat(release.attribution()).isEmpty();
    }
}
