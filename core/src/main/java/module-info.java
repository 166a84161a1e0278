/**
 * Readout's document model: a parsed press release, the meetings it reports and their JSON form.
 *
 * <p>Start with {@link io.github.readout.core.PressRelease} and {@link io.github.readout.core.ReadoutJson}.
 */
module io.github.readout.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static org.immutables.value;

    exports io.github.readout.core;
    exports io.github.readout.core.evaluation;

    // Jackson builds the generated immutable types reflectively.
    opens io.github.readout.core to com.fasterxml.jackson.databind;
}
