package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.readout.core.PressRelease;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A catalogue of hostile and broken inputs. Each must parse, in lenient and in strict mode,
 * within 10 seconds of CPU time on the parsing thread (so catastrophic backtracking or quadratic
 * work shows as a failure, and a machine busy with other work does not) to a
 * sane release, or fail with the one documented exception.
 */
class AdversarialInputTest {

    private static final Duration LIMIT = CpuTimeLimit.PARSE;
    private static final PressReleaseParser LENIENT = PressReleaseParser.create();
    private static final PressReleaseParser STRICT = PressReleaseParser.builder().strict(true).build();

    private static final String MEETING = "Deputy Foreign Minister of Kazakhstan Akan Rakhmetullin met with the"
            + " Ambassador of Japan to Kazakhstan Ichiro Ogasawara in Astana on 4 June 2024 to discuss trade,"
            + " and the sides agreed to hold the next round of consultations in Tokyo in 2025. ";

    /** Parses in both modes within the limit; checks the lenient release with {@code check}. */
    private static void survives(String input, Consumer<PressRelease> check) {
        CpuTimeLimit.assertWithin(LIMIT, () -> {
            ParseResult result = ReleaseChecks.parseChecked(LENIENT, input);
            assertThat(result).as("lenient parse of %s", ReleaseChecks.describe(input)).isNotNull();
            check.accept(result.release());
            ReleaseChecks.parseChecked(STRICT, input);
        });
    }

    private static void survives(String input) {
        survives(input, release -> {});
    }

    @Test
    void oneMegabyteWithoutANewline() {
        survives(MEETING.repeat((1 << 20) / MEETING.length()),
                release -> assertThat(release.paragraphs()).hasSize(1));
        survives("a".repeat(1 << 20));
        survives("date 2024-06-04 " + "x".repeat(1 << 20));
    }

    @Test
    void twoHundredThousandBlankLines() {
        survives("\n".repeat(200_000) + "The Minister met the Ambassador.",
                release -> assertThat(release.text()).isEqualTo("The Minister met the Ambassador."));
        survives("date 2024-06-04\n" + " \t\u00A0\n".repeat(200_000) + MEETING);
        survives("\n".repeat(200_000));
    }

    @Test
    void aHundredThousandInitials() {
        survives("A. ".repeat(100_000));
        survives("Minister " + "A. ".repeat(100_000) + "Smith met the Ambassador.");
        survives("U.S. ".repeat(100_000));
    }

    @Test
    void fiftyThousandCapitalisedWords() {
        String[] words = {"Minister", "Foreign", "Kazakhstan", "Akan", "Rakhmetullin", "Deputy", "United", "States",
            "Ambassador", "Republic", "Of", "The", "Alpha", "Omega", "Kassym-Jomart", "O'Sullivan", "Von", "Der"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        survives(text.toString());
        survives("Word ".repeat(50_000));
        survives("Minister ".repeat(50_000));
    }

    @Test
    void aTitleRepeatedTenThousandTimes() {
        String title = "Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan ";
        survives(title.repeat(10_000));
        survives(title.repeat(10_000) + "Murat Nurtleu met " + title.repeat(10_000) + "Yerlan Karin.");
    }

    @Test
    void aHundredThousandNestedParentheses() {
        survives("(".repeat(100_000) + "Minister Akan Rakhmetullin" + ")".repeat(100_000));
        survives("The Minister met (" + "(".repeat(100_000) + " the Ambassador.");
        survives("[{\"".repeat(50_000));
    }

    @Test
    void loneSurrogates() {
        survives("\uD800");
        survives("\uDC00");
        survives("Minister \uD800 Akan \uDC00Rakhmetullin met\uD83D the Ambassador \uDE00.");
        survives("date 2024-06-04 \uDBFF\n\n" + "\uD800\uD800\uDC00\uDC00 ".repeat(10_000));
    }

    @Test
    void nulBytesAreBinary() {
        for (String input : new String[] {"\u0000", "Minister\u0000 met", "date 2024-06-04 text\n\n" + "\u0000".repeat(1000)}) {
            for (PressReleaseParser parser : new PressReleaseParser[] {LENIENT, STRICT}) {
                ParseException e = catchThrowableOfType(ParseException.class,
                        () -> CpuTimeLimit.assertWithin(LIMIT, () -> parser.parse("nul", input)));
                assertThat(e).as("NUL input must throw ParseException").isNotNull();
                assertThat(e.diagnostic().code()).isEqualTo("input.binary");
                ReleaseChecks.assertPlaced(e.diagnostic(), input);
            }
        }
    }

    @Test
    void mixedLineEndings() {
        String input = "title: Talks\r\ndate: 2024-06-04\r\rThe Minister met the Ambassador.\nThey talked.\r\n\r\n"
                + "Second paragraph.\r" + "\r\n\n\r".repeat(50_000) + "Last.";
        survives(input, release -> {
            assertThat(release.text()).doesNotContain("\r");
            assertThat(release.headers()).containsEntry("title", "Talks");
            assertThat(release.published()).isPresent();
            assertThat(release.paragraphs()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void rightToLeftText() {
        survives("date 2024-06-04 أستانا، 4 يونيو 2024 – التقى وزير الخارجية مراد نورتليو بسفير اليابان.\n\n"
                + "שר החוץ נפגש עם שגריר יפן באסטנה. \u202EMinister Akan Rakhmetullin\u202C met \u200F\u200E the"
                + " Ambassador of Japan.", release -> assertThat(release.paragraphs()).isNotEmpty());
        survives("\u202E".repeat(100_000) + "Minister");
    }

    @Test
    void aFiveMegabyteHeaderLine() {
        survives("title: " + "T".repeat(5 << 20) + "\ndate: 2024-06-04\n\n" + MEETING,
                release -> assertThat(release.title()).hasValueSatisfying(t -> assertThat(t).hasSize(5 << 20)));
        survives("date " + "2".repeat(5 << 20) + " body");
        survives("title: " + "word ".repeat(1 << 20));
    }

    @Test
    void aHundredThousandNameParticles() {
        survives("President of the European Commission Ursula " + "von ".repeat(100_000) + "der Leyen met the Minister.");
        survives("Ursula " + "von der ".repeat(50_000) + "Leyen");
    }

    @Test
    void tenThousandMeetingSentences() {
        survives("date 2024-06-04 " + MEETING.repeat(10_000),
                release -> assertThat(release.meetings()).isNotEmpty());
        survives("date 2024-06-04\n\n" + (MEETING + "\n\n").repeat(10_000),
                release -> assertThat(release.paragraphs()).hasSize(10_000));
    }

    @Test
    void aHeaderBlockOfAHundredThousandLines() {
        StringBuilder block = new StringBuilder("title: Talks\n");
        for (int i = 0; i < 100_000; i++) {
            block.append("key").append(i).append(": value ").append(i).append('\n');
        }
        block.append('\n').append(MEETING);
        // More lines than maxHeaderLines: the block is read as body text, with a warning.
        survives(block.toString(), release -> assertThat(release.headers()).isEmpty());
        assertThat(LENIENT.parse(block.toString()).diagnostics())
                .anySatisfy(d -> assertThat(d.code()).isEqualTo("header.too-many-lines"));
        survives("title: Talks\n" + "date: 2024-06-04\n".repeat(100_000) + "\n" + MEETING);
    }

    @Test
    void aSentenceThatNamesFortyThousandPeople() {
        survives("Minister Akan Rakhmetullin, ".repeat(40_000),
                release -> assertThat(release.people()).hasSize(1));
        StringBuilder text = new StringBuilder("The talks were attended by");
        for (int i = 0; i < 40_000; i++) {
            text.append(" Minister Akan N").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676 % 26)).append(" and");
        }
        survives(text.append(" others.").toString(), release -> assertThat(release.people()).hasSizeGreaterThan(10_000));
    }

    @Test
    void fiftyThousandEventWords() {
        survives("Summit ".repeat(50_000));
        survives("Strategic Dialogue ".repeat(50_000));
        survives("Meeting of the ".repeat(50_000) + "Heads");
        survives("H.E. Mr. ".repeat(50_000) + "Akan Rakhmetullin");
        survives("the visit of President Tokayev to Japan ".repeat(20_000));
    }

    @Test
    void moreParagraphsThanTheLimit() {
        String input = "P.\n\n".repeat(PressReleaseParser.DEFAULT_MAX_PARAGRAPHS + 10);
        survives(input, release -> assertThat(release.paragraphs()).hasSize(PressReleaseParser.DEFAULT_MAX_PARAGRAPHS));
        ParseException e = catchThrowableOfType(ParseException.class, () -> STRICT.parse(input));
        assertThat(e).isNotNull();
        assertThat(e.diagnostic().code()).isEqualTo("body.too-many-paragraphs");
    }

    @Test
    void inputOverTheSizeLimitIsRejectedWithItsSize() {
        String input = "a".repeat(PressReleaseParser.DEFAULT_MAX_INPUT_LENGTH + 1);
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> CpuTimeLimit.assertWithin(LIMIT, () -> LENIENT.parse(input)));
        assertThat(e).isNotNull();
        assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
        assertThat(e.diagnostic().message()).contains(String.valueOf(PressReleaseParser.DEFAULT_MAX_INPUT_LENGTH));
    }

    @Test
    void controlAndSpecialCharacters() {
        survives("\t\f\u000B \u00A0\u2007\u202F\u2028\u2029\u0085\uFEFF\uFEFF\uFFFE\uFFFF");
        survives("\uFEFF");
        survives("date 2024-06-04" + "\u0301".repeat(100_000));
        survives("...".repeat(100_000) + "!?".repeat(100_000));
        survives("\"".repeat(100_000) + "’".repeat(100_000));
        survives("-".repeat(100_000) + "'".repeat(100_000));
        survives("Mr. ".repeat(100_000));
        survives("4 June 2024 ".repeat(50_000));
        survives("1".repeat(100_000) + " June " + "9".repeat(100_000));
    }
}
