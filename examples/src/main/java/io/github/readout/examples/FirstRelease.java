package io.github.readout.examples;

import io.github.readout.core.Meeting;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.nio.file.Path;

/** Parses the release named by the first argument, such as seeds/000_342ced776030c155.txt. */
public class FirstRelease {
    public static void main(String[] args) throws IOException {
        PressReleaseParser parser = PressReleaseParser.create();          // reuse it: immutable, thread-safe
        PressRelease release = parser.parse(Path.of(args[0])).release();

        Meeting meeting = release.mainMeeting().orElseThrow();
        System.out.println(meeting.kind() + " " + meeting.name().orElse("") + " " + meeting.countries());
        // DIALOGUE Enhanced Strategic Partnership Dialogue [KZ, US]
        meeting.participants().forEach(p -> System.out.println(
                p.name() + " | " + p.title().orElse("") + " | " + p.country().map(Object::toString).orElse("")));
        // Akan Rakhmetullin | First Deputy Foreign Minister | KZ
        // Donald Lu | Assistant Secretary for the Bureau Of South And Central Asian Affairs | US

        String json = ReadoutJson.writePretty(release);                    // the JSON form, see below
        PressRelease back = ReadoutJson.read(json);
        System.out.println(back.equals(release));
        // true
    }
}
