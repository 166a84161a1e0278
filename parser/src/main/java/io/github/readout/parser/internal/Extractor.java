package io.github.readout.parser.internal;

import io.github.readout.core.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the extraction stages: entities, dates, meetings. */
final class Extractor {

    private final Lexicons lexicons;

    Extractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    Extraction extract(String text, List<Paragraph> paragraphs, Layout layout, Optional<LocalDate> anchor) {
        return new Extraction(List.of(), List.of(), List.of());
    }
}
