package io.github.readout.parser.internal;

import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Paragraph;
import io.github.readout.core.PressRelease;
import io.github.readout.core.Severity;
import io.github.readout.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages in order over one normalised input: headers, segments, noise, then the
 * extraction of meetings, and assembles the release. One instance serves every parse of a
 * parser; each call keeps its state on the stack.
 */
public final class Pipeline {

    private final HeaderReader headerReader;
    private final Optional<LocalDate> referenceDate;
    private final Optional<String> language;
    private final LexiconExtension additions;
    private final int mostTokens;
    /**
     * The lexicons and extraction of each language pack, by language code, loaded when a release
     * in that language first comes: a parser that never meets Russian never reads its pack.
     */
    private final java.util.concurrent.ConcurrentMap<String, Pack> packs = new java.util.concurrent.ConcurrentHashMap<>();

    /** A language pack as a parse uses it. */
    private record Pack(Lexicons lexicons, Extractor extractor) {}
    private final int maxParagraphs;

    /**
     * The most sentences read from one release. A release of prose at the size limit has tens
     * of thousands; this bounds the sentences that text cut into tiny pieces makes a parse keep
     * (8 MiB of "(" on lines of their own would be four million).
     */
    static final int MOST_SENTENCES = 200_000;

    /**
     * Creates the pipeline of a parser, loading its lexicons.
     *
     * @param extension the user's lexicon entries
     * @param referenceDate the anchor for relative dates when a release has no date header
     * @param maxHeaderLines the most lines of a header block
     * @param maxParagraphs the most blocks of the body that are read
     * @param maxInputLength the largest input, which sets how many words and marks of it are read
     * @param language the code of the language every release is read in, or empty to tell each
     *     release's language from its letters
     */
    public Pipeline(LexiconExtension extension, Optional<LocalDate> referenceDate, int maxHeaderLines,
            int maxParagraphs, int maxInputLength, Optional<String> language) {
        this.maxParagraphs = maxParagraphs;
        this.headerReader = new HeaderReader(maxHeaderLines);
        this.referenceDate = referenceDate;
        this.language = language;
        this.additions = extension.snapshot();
        // Prose has a word or mark per five or six characters: a quarter of the limit reads all of it.
        this.mostTokens = Math.max(Extractor.MOST_TOKENS, maxInputLength / 4);
        // The default language's pack is read now, so that a broken pack fails the parser's creation.
        pack(language.orElse(Scripts.BUILT_IN.get(0)));
    }

    /**
     * The pack of a language, read once. Checked twice, not {@code computeIfAbsent}: its lambda
     * was the first a cold parser's creation linked, and the first lambda a JVM links costs it
     * milliseconds of spinning classes; none on the way to the lexicons makes their creation link none.
     */
    private Pack pack(String code) {
        Pack pack = packs.get(code);
        if (pack == null) {
            synchronized (packs) {
                pack = packs.get(code);
                if (pack == null) {
                    Lexicons lexicons = Lexicons.load(code, additions);
                    pack = new Pack(lexicons, new Extractor(lexicons, mostTokens));
                    packs.put(code, pack);
                }
            }
        }
        return pack;
    }

    /**
     * The full date a dateline gives ("ASTANA, 4 June 2024 –", "Nov. 21, 2017 (EIRNS)—"): the
     * day its "today" is, even when a date header says another.
     */
    private static Optional<LocalDate> datelineDay(String text, Layout layout) {
        if (layout.dateline().isEmpty()) {
            return datedLine(text, layout);
        }
        // Without an anchor only a day written with its year has a value.
        return Extractor.datelineDay(text, layout, Optional.empty()).flatMap(DateRef::value).flatMap(DateValue::day);
    }

    /** How many days a dateline's day may lie from the header's for the header's to give it its year. */
    private static final int DATELINE_DAY_REACH = 3;

    /**
     * "BEIJING, Oct. 28 (Agency) --" under a date header of 29 October: wire copy filed a day or two
     * before the page was dated keeps the writer's "today", the dateline's day, in the header's year.
     * A dateline's day far from the header's is left alone: a page may carry old copy.
     */
    private static Optional<LocalDate> datelineDayNear(String text, Layout layout, Optional<LocalDate> headerDay) {
        if (headerDay.isEmpty() || layout.dateline().isEmpty()) {
            return Optional.empty();
        }
        return Extractor.datelineDay(text, layout, headerDay).flatMap(DateRef::value).flatMap(DateValue::day)
                .filter(day -> Math.abs(day.toEpochDay() - headerDay.get().toEpochDay()) <= DATELINE_DAY_REACH);
    }

    /**
     * "SEOUL, Aug. 24 (Agency) --" over a caption "… in Seoul on Aug. 24, 2021": a dateline's
     * day without its year takes the year of the same day written in full further on. Read only
     * when nothing else anchors the release.
     */
    private static Optional<LocalDate> datelineDayInFull(String text, Layout layout) {
        if (layout.dateline().isEmpty()) {
            return Optional.empty();
        }
        for (DateFinder.Found found : DateFinder.find(text, Tokenizer.tokens(text, 0, text.length()), Optional.empty())) {
            Optional<LocalDate> day = found.date().value().flatMap(DateValue::day);
            if (day.isPresent() && Extractor.datelineDay(text, layout, day).flatMap(DateRef::value)
                    .flatMap(DateValue::day).equals(day)) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** How many blocks from the top a line that opens with its date may be. */
    private static final int DATED_LINE_BLOCKS = 3;
    /** How much prose must follow a date for the line to be a report, not a page's date line. */
    private static final int DATED_LINE_PROSE = 40;

    /** "Nov. 21, 2017 (EIRNS)—U.S. President …": a line of prose that opens with its full date. */
    private static Optional<LocalDate> datedLine(String text, Layout layout) {
        for (int b = 0; b < layout.prose().size() && b < DATED_LINE_BLOCKS; b++) {
            Span block = layout.prose().get(b);
            int line = block.start();
            while (line < block.end()) {
                int end = text.indexOf('\n', line);
                end = end < 0 || end > block.end() ? block.end() : end;
                Optional<HeaderDates.Match> date = HeaderDates.prefix(text, line);
                if (date.isPresent() && date.get().date().isPresent() && end - date.get().end() >= DATED_LINE_PROSE) {
                    return date.get().date();
                }
                line = end + 1;
            }
        }
        return Optional.empty();
    }

    /**
     * What one parse gives.
     *
     * @param release the release
     * @param evidence the rules behind the meetings' values, empty unless asked for
     * @param bodyStart where the body, into which the release's spans point, starts in the input
     */
    public record Run(PressRelease release, List<Explained> evidence, int bodyStart) {}

    /**
     * Parses one normalised input.
     *
     * @param id the release id
     * @param input the normalised input
     * @param problems where problems go
     * @param explain whether to say which rule gave each meeting value
     * @return the release and, if asked for, its evidence
     */
    public Run run(String id, String input, Problems problems, boolean explain) {
        HeaderReader.Headers headers = headerReader.read(input, problems);
        String text = input.substring(headers.bodyStart());
        if (text.isBlank()) {
            problems.report(Severity.WARNING, "body.empty", "the release has no body text", headers.bodyStart());
        }
        List<Span> blocks = blocksRead(text, headers.bodyStart(), problems);
        String code = language.orElseGet(() -> Scripts.languageOf(text));
        Pack pack = pack(code);
        BodyText body = new BodyText(text);
        Layout read = NoiseFilter.apply(body, blocks, pack.lexicons()::isPlace, pack.lexicons()::isOrganization);
        Layout layout = Datelines.cityAfterCountry(text, read, pack.lexicons());
        List<Paragraph> paragraphs = paragraphs(text, layout, headers.bodyStart(), problems);
        // A page's own date line says more about its "today" than a caller's default. A day of the
        // years 0000 or 9999 anchors nothing: "tomorrow" or "last year" would leave the years a
        // date value may have.
        Optional<LocalDate> anchor = datelineDay(text, layout).or(() -> datelineDayNear(text, layout, headers.pageDay()))
                .or(headers::pageDay).or(() -> PageDate.find(body))
                .or(() -> PageDate.onNamedWeekday(text)).or(() -> referenceDate).or(() -> datelineDayInFull(text, layout))
                .filter(day -> day.getYear() > 0 && day.getYear() < 9999);
        Extraction extraction = pack.extractor().extract(body, paragraphs, layout, headers.fields(), anchor, explain);
        if (extraction.meetings().isEmpty()) {
            extraction = headedMeetings(pack, body, layout, headers, anchor, explain).orElse(extraction);
        }
        reportUnreadWords(extraction, headers.bodyStart(), problems);
        PressRelease release = PressRelease.builder()
                .id(id)
                .published(headers.published())
                .headers(headers.fields())
                .title(Optional.ofNullable(headers.fields().get("title")))
                .language(code)
                .dateline(layout.dateline())
                .credits(layout.credits())
                .attribution(layout.attribution())
                .text(text)
                .paragraphs(paragraphs)
                .meetings(extraction.meetings())
                .related(extraction.related())
                .people(extraction.people())
                .build();
        return new Run(release, extraction.evidence(), headers.bodyStart());
    }

    /**
     * A release whose prose reports no meeting read again with the headings that name one as its first
     * paragraphs: a page whose headline tells the meeting and whose prose only what was said at it. Empty when
     * no heading names a meeting or the headline too reports none.
     */
    private Optional<Extraction> headedMeetings(Pack pack, BodyText body, Layout layout, HeaderReader.Headers headers,
            Optional<LocalDate> anchor, boolean explain) {
        String text = body.text();
        Optional<Layout> headed = pack.extractor().withMeetingHeadingsAsProse(text, layout);
        if (headed.isEmpty()) {
            return Optional.empty();
        }
        // The limits were reported when the prose was first cut; this reading's problems say nothing new.
        List<Paragraph> paragraphs = paragraphs(text, headed.get(), headers.bodyStart(), new Problems(text, false));
        Extraction again = pack.extractor().extract(body, paragraphs, headed.get(), headers.fields(), anchor, explain);
        return again.meetings().isEmpty() ? Optional.empty() : Optional.of(again);
    }

    /** The blocks of the body up to the most that are read, with a problem where the rest begins. */
    private List<Span> blocksRead(String text, int bodyStart, Problems problems) {
        List<Span> blocks = Segmenter.blocks(text, maxParagraphs);
        if (blocks.size() > maxParagraphs) {
            // The text stays whole; the blocks past the limit are not read for paragraphs and meetings.
            problems.report(Severity.ERROR, "body.too-many-paragraphs", "the body has more than " + maxParagraphs
                    + " paragraphs; the rest from here on is not read", bodyStart + blocks.get(maxParagraphs).start());
            blocks = blocks.subList(0, maxParagraphs);
        }
        return blocks;
    }

    /**
     * The paragraphs of the prose blocks, cut into sentences up to {@link #MOST_SENTENCES} in all:
     * the paragraphs past the limit are left out, with a problem where the sentences stop.
     */
    private static List<Paragraph> paragraphs(String text, Layout layout, int bodyStart, Problems problems) {
        List<Paragraph> paragraphs = new ArrayList<>(layout.prose().size());
        int sentencesLeft = MOST_SENTENCES;
        for (Span block : layout.prose()) {
            int unread = block.start();
            if (sentencesLeft > 0) {
                List<Span> sentences = SentenceSplitter.split(text, block, sentencesLeft + 1);
                unread = -1;
                if (sentences.size() > sentencesLeft) { // a view of the list only when it runs past the limit
                    unread = sentences.get(sentencesLeft).start();
                    sentences = sentences.subList(0, sentencesLeft);
                }
                paragraphs.add(Paragraph.builder().span(block).sentences(sentences).build());
                sentencesLeft -= sentences.size();
            }
            if (unread >= 0) {
                problems.report(Severity.ERROR, "body.too-many-sentences", "the body has more than " + MOST_SENTENCES
                        + " sentences; the rest from here on is not read", bodyStart + unread);
                break;
            }
        }
        return paragraphs;
    }

    /** The problems of the words the extraction left unread: the ends of overlong sentences, and the rest of a long body. */
    private static void reportUnreadWords(Extraction extraction, int bodyStart, Problems problems) {
        for (int cut : extraction.cuts()) {
            problems.report(Severity.WARNING, "sentence.too-long", "a sentence of more than " + Extractor.MOST_TOKENS
                    + " words and marks; the rest of it is not read for people, dates and meetings",
                    bodyStart + cut);
        }
        extraction.unreadFrom().ifPresent(unread -> problems.report(Severity.ERROR, "body.too-many-words",
                "the body has more words and marks than a release of the size limit may; the rest from here on is"
                        + " not read for people, dates and meetings", bodyStart + unread));
    }
}
