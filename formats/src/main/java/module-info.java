/**
 * Readout's releases in the formats analysts load: lean JSON, CSV tables, schema.org JSON-LD and
 * PLOVER event records. Start with {@link io.github.readout.formats.ReadoutFormats}.
 */
module io.github.readout.formats {
    requires transitive io.github.readout.core;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.github.readout.formats;
}
