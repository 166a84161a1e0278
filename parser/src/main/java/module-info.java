/**
 * Readout's parser: reads the raw text of a press release into a
 * {@link io.github.readout.core.PressRelease}. Start with
 * {@link io.github.readout.parser.PressReleaseParser}.
 */
module io.github.readout.parser {
    requires transitive io.github.readout.core;

    exports io.github.readout.parser;
}
