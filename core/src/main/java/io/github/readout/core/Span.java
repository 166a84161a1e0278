package io.github.readout.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A range of UTF-16 offsets into a release's {@link PressRelease#text() text}: {@code start}
 * inclusive, {@code end} exclusive, as {@link String#substring(int, int)} takes them.
 *
 * <pre>{@code
 * Span span = Span.of(0, 5);
 * String word = span.cut(release.text());
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public abstract class Span {

    Span() {}

    /**
     * Returns the first offset of the range.
     *
     * @return the inclusive start offset, at least 0
     */
    @Value.Parameter
    public abstract int start();

    /**
     * Returns the offset just past the range.
     *
     * @return the exclusive end offset, at least {@link #start()}
     */
    @Value.Parameter
    public abstract int end();

    /**
     * Creates a span.
     *
     * @param start the inclusive start offset, at least 0
     * @param end the exclusive end offset, at least {@code start}
     * @return the span
     * @throws IllegalArgumentException if the offsets are out of order or negative
     */
    public static Span of(int start, int end) {
        return ImmutableSpan.of(start, end);
    }

    /**
     * Returns the number of UTF-16 units the span covers.
     *
     * @return {@code end - start}
     */
    public final int length() {
        return end() - start();
    }

    /**
     * Tells whether another span lies entirely within this one.
     *
     * @param other the span to test
     * @return true if {@code other} starts and ends within this span
     */
    public final boolean contains(Span other) {
        return other.start() >= start() && other.end() <= end();
    }

    /**
     * Returns the text this span covers.
     *
     * @param text the text the span points into
     * @return the covered part of {@code text}
     * @throws IndexOutOfBoundsException if the span does not lie inside {@code text}
     */
    public final String cut(CharSequence text) {
        return text.subSequence(start(), end()).toString();
    }

    @Value.Check
    final void check() {
        if (start() < 0 || end() < start()) {
            throw new IllegalArgumentException(
                    "span: start must be at least 0 and at most end, got start=" + start() + ", end=" + end());
        }
    }

    @Override
    public String toString() {
        return "[" + start() + ", " + end() + ")";
    }
}
