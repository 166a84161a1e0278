package io.github.readout.examples;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import io.github.readout.parser.PressReleaseParser;
import java.time.LocalDate;

/** A parser built with options: a reference date, strict mode, a size limit and lexicon entries. */
public class ParserOptions {
    public static PressReleaseParser parser() {
        return PressReleaseParser.builder()
                .referenceDate(LocalDate.of(2024, 6, 4))   // anchor for "yesterday" when a release has no date header or page date
                .strict(true)                              // first problem throws ParseException (default: diagnostics)
                .maxInputLength(1 << 20)                   // largest input (default 8 MiB)
                .addTitle("Special Representative")        // extend the lexicons without forking
                .addOrganization("Akorda", CountryCode.of("KZ"))
                .addPlace("Burabay", CountryCode.of("KZ"))
                .addMeetingWord("working session", MeetingKind.MEETING)  // found in the lead and in further meetings
                .build();
    }
}
