package io.github.readout.parser;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.PressRelease;
import io.github.readout.core.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a parse gives: the release, and the diagnostics for what could not be read.
 *
 * <pre>{@code
 * ParseResult result = PressReleaseParser.create().parse(text);
 * result.diagnostics().forEach(System.err::println);
 * PressRelease release = result.release();
 * }</pre>
 */
public final class ParseResult {

    private final PressRelease release;
    private final List<Diagnostic> diagnostics;
    private final List<Evidence> evidence;

    ParseResult(PressRelease release, List<Diagnostic> diagnostics) {
        this(release, diagnostics, List.of());
    }

    ParseResult(PressRelease release, List<Diagnostic> diagnostics, List<Evidence> evidence) {
        this.release = Objects.requireNonNull(release, "release");
        this.diagnostics = List.copyOf(diagnostics);
        this.evidence = List.copyOf(evidence);
    }

    /**
     * Returns the parsed release.
     *
     * @return the release
     */
    public PressRelease release() {
        return release;
    }

    /**
     * Returns the language the release was read in: the one the parser was built for, or the one
     * its text is written in.
     *
     * @return the language
     */
    public Language language() {
        return release.language().flatMap(Language::ofCode).orElse(Language.ENGLISH);
    }

    /**
     * Returns the problems found, with line and column in the input.
     *
     * @return the diagnostics, in input order; empty when the input read cleanly
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns why each meeting value is what it is, when the parser was built with
     * {@link PressReleaseParser.Builder#explain(boolean) explain(true)}.
     *
     * <pre>{@code
     * PressReleaseParser parser = PressReleaseParser.builder().explain(true).build();
     * parser.parse(text).evidence().forEach(System.out::println);
     * }</pre>
     *
     * @return the evidence, meeting by meeting; empty when the parser does not explain
     */
    public List<Evidence> evidence() {
        return evidence;
    }

    /**
     * Tells whether a diagnostic of severity {@link Severity#ERROR} was reported.
     *
     * @return true if part of the input could not be read
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return "ParseResult[" + release.id() + ", " + diagnostics.size() + " diagnostics]";
    }
}
