package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every corpus document cut at every offset (with a small stride, for speed), keeping the head
 * and keeping the tail: a download cut short or a file read from the middle must still parse.
 */
class TruncatedCorpusTest {

    /** Every STRIDE-th offset, plus every offset of the first lines where the headers are. */
    private static final int STRIDE = 17;
    private static final int DENSE_HEAD = 120;

    @Test
    void everyCorpusDocumentCutAtEveryOffset() {
        int parses = 0;
        for (String document : ParsePropertiesTest.corpus()) {
            for (int cut = 0; cut <= document.length(); cut += cut < DENSE_HEAD ? 1 : STRIDE) {
                ParsePropertiesTest.check(document.substring(0, cut));
                parses++;
            }
            for (int cut = 0; cut < document.length(); cut += STRIDE) {
                ParsePropertiesTest.check(document.substring(cut));
                parses++;
            }
        }
        assertThat(parses).isGreaterThan(1000);
    }
}
