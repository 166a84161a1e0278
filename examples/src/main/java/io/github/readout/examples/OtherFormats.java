package io.github.readout.examples;

import io.github.readout.core.PressRelease;
import io.github.readout.formats.ReadoutFormats;
import io.github.readout.formats.ReleaseWriter;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the release named by the first argument in the other formats; the CSV tables go to the second. */
public class OtherFormats {
    public static void main(String[] args) throws IOException {
        PressRelease release = PressReleaseParser.create().parse(Path.of(args[0])).release();

        String lean = ReadoutFormats.leanJson(release);                        // JSON without the body text
        PressRelease back = ReadoutFormats.readLeanJson(lean, release.text()); // read back, given the same text
        String jsonLd = ReadoutFormats.jsonLd(release);                        // schema.org JSON-LD
        List<String> events = ReadoutFormats.ploverEvents(release);            // one PLOVER record per meeting
        try (ReleaseWriter tables = ReadoutFormats.csvWriter(Path.of(args[1]))) {
            tables.write(release);                                             // releases.csv, meetings.csv, participants.csv
        }
        System.out.println(back.equals(release) + ", " + events.size() + " PLOVER record, JSON-LD node "
                + jsonLd.substring(jsonLd.indexOf("urn:readout:"), jsonLd.indexOf('"', jsonLd.indexOf("urn:readout:"))));
        // true, 1 PLOVER record, JSON-LD node urn:readout:release:000_342ced776030c155
    }
}
