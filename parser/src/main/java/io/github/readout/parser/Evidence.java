package io.github.readout.parser;

import io.github.readout.core.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a parsed value is what it is: the rule that gave it and the words it rests on. A parser
 * built with {@link PressReleaseParser.Builder#explain(boolean) explain(true)} gives one for the
 * kind, date, place, countries and participants' countries of every meeting.
 *
 * <pre>{@code
 * PressReleaseParser parser = PressReleaseParser.builder().explain(true).build();
 * for (Evidence evidence : parser.parse(text).evidence()) {
 *     System.out.println(evidence);
 *     // meetings[0].kind PHONE_CALL ← the meeting word 'telephone conversation' (…) at 3:45 "telephone conversation"
 * }
 * }</pre>
 */
public final class Evidence {

    private final String path;
    private final String value;
    private final String rule;
    private final Optional<Span> span;
    private final Optional<String> quote;
    private final int line;
    private final int column;

    Evidence(String path, String value, String rule, Optional<Span> span, Optional<String> quote, int line, int column) {
        this.path = Objects.requireNonNull(path, "path");
        this.value = Objects.requireNonNull(value, "value");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.span = Objects.requireNonNull(span, "span");
        this.quote = Objects.requireNonNull(quote, "quote");
        this.line = line;
        this.column = column;
    }

    /**
     * Returns where the value is in the release, in the JSON's terms.
     *
     * @return a path such as {@code meetings[0].participants[1].country}
     */
    public String path() {
        return path;
    }

    /**
     * Returns the value as the JSON writes it.
     *
     * @return the value, such as {@code PHONE_CALL}, {@code 2024-06-04} or {@code KZ}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule that gave the value, in words, naming the data file where the words it
     * relies on are listed.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the words the value rests on, as a span of the release text.
     *
     * @return the span, or empty when the rule rests on no words of the text
     */
    public Optional<Span> span() {
        return span;
    }

    /**
     * Returns the words of {@link #span()}, as written.
     *
     * @return the words, or empty when there is no span
     */
    public Optional<String> quote() {
        return quote;
    }

    /**
     * Returns the line of the input where the words start.
     *
     * @return the line, from 1; 0 when there is no span
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the input where the words start.
     *
     * @return the column, from 1; 0 when there is no span
     */
    public int column() {
        return column;
    }

    /**
     * Returns the evidence in one line: path, value, rule, position and words.
     *
     * @return for example {@code meetings[0].date 2024-06-04 ← a date written in the meeting's sentence at 3:1 "On 4 June"}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(path).append(' ').append(value).append(" ← ").append(rule);
        if (line > 0) {
            text.append(" at ").append(line).append(':').append(column);
        }
        quote.ifPresent(q -> text.append(" \"").append(q).append('"'));
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence that && path.equals(that.path) && value.equals(that.value)
                && rule.equals(that.rule) && span.equals(that.span);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, value, rule, span);
    }
}
