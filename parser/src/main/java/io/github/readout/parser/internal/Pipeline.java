package io.github.readout.parser.internal;

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
    private final Lexicons lexicons;
    private final Extractor extractor;
    private final int maxParagraphs;

    /**
     * Creates the pipeline of a parser, loading its lexicons.
     *
     * @param extension the user's lexicon entries
     * @param referenceDate the anchor for relative dates when a release has no date header
     * @param maxHeaderLines the most lines of a header block
     * @param maxParagraphs the most blocks of the body that are read
     */
    public Pipeline(LexiconExtension extension, Optional<LocalDate> referenceDate, int maxHeaderLines,
            int maxParagraphs) {
        this.maxParagraphs = maxParagraphs;
        this.headerReader = new HeaderReader(maxHeaderLines);
        this.referenceDate = referenceDate;
        this.lexicons = Lexicons.load(extension.snapshot());
        this.extractor = new Extractor(lexicons);
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
        List<Span> blocks = Segmenter.blocks(text, maxParagraphs);
        if (blocks.size() > maxParagraphs) {
            // The text stays whole; the blocks past the limit are not read for paragraphs and meetings.
            problems.report(Severity.ERROR, "body.too-many-paragraphs", "the body has more than " + maxParagraphs
                    + " paragraphs; the rest from here on is not read", headers.bodyStart() + blocks.get(maxParagraphs).start());
            blocks = blocks.subList(0, maxParagraphs);
        }
        Layout layout = NoiseFilter.apply(text, blocks, lexicons::isPlace);
        List<Paragraph> paragraphs = new ArrayList<>(layout.prose().size());
        for (Span block : layout.prose()) {
            paragraphs.add(Paragraph.builder().span(block).sentences(SentenceSplitter.split(text, block)).build());
        }
        // A page's own date line says more about its "today" than a caller's default.
        Optional<LocalDate> anchor = headers.published().or(() -> PageDate.find(text)).or(() -> referenceDate);
        Extraction extraction = extractor.extract(text, paragraphs, layout, headers.fields(), anchor, explain);
        PressRelease release = PressRelease.builder()
                .id(id)
                .published(headers.published())
                .headers(headers.fields())
                .title(Optional.ofNullable(headers.fields().get("title")))
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
}
