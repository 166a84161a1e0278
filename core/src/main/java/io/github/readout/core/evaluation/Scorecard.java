package io.github.readout.core.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of an {@link Evaluation}: each in [0, 1], keyed by name, with every miss.
 *
 * <p>Exact figures ({@code published}, {@code meeting.kind}, {@code meeting.date}, …) are the
 * share of gold values matched. Set figures ({@code people}, {@code participants},
 * {@code meeting.countries}, {@code credits}) come as {@code NAME.p}, {@code NAME.r} and
 * {@code NAME.f1}: precision, recall and F1 over all documents. {@code meeting.topics} and
 * {@code meeting.outcomes} are recall: a gold item counts as found when an output item shares at
 * least half of its content words. {@link #core()} is the mean of the {@link #CORE_FIGURES}
 * present.
 *
 * <p>Immutable.
 */
public final class Scorecard {

    /** The figures averaged into {@link #core()}, in order. */
    public static final List<String> CORE_FIGURES = List.of(
            "published", "people.f1", "meetings.count", "meeting.kind", "meeting.date",
            "meeting.location", "meeting.countries.f1", "participants.f1",
            "participant.title", "participant.country");

    private final int documents;
    private final int withoutOutput;
    private final SortedMap<String, Double> figures;
    private final List<String> misses;

    Scorecard(int documents, int withoutOutput, Map<String, Double> figures, List<String> misses) {
        this.documents = documents;
        this.withoutOutput = withoutOutput;
        this.figures = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(figures));
        this.misses = List.copyOf(misses);
    }

    /**
     * Returns how many gold documents were scored.
     *
     * @return the number of documents
     */
    public int documents() {
        return documents;
    }

    /**
     * Returns how many gold documents had no output to score (each scored as an empty release).
     *
     * @return the number of documents without output
     */
    public int withoutOutput() {
        return withoutOutput;
    }

    /**
     * Returns every figure by name, in name order.
     *
     * @return the figures, unmodifiable
     */
    public SortedMap<String, Double> figures() {
        return figures;
    }

    /**
     * Returns one figure.
     *
     * @param name a figure's name, such as {@code "meeting.date"} or {@code "people.f1"}
     * @return the figure, or empty when no gold value was scored under that name
     */
    public OptionalDouble figure(String name) {
        Double value = figures.get(Objects.requireNonNull(name, "name"));
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Returns the mean of the {@link #CORE_FIGURES} that were scored, or 0 when none was.
     *
     * @return the core figure
     */
    public double core() {
        return CORE_FIGURES.stream().filter(figures::containsKey).mapToDouble(figures::get).average().orElse(0);
    }

    /**
     * Returns every miss, one line each, naming the document, the item, the figure and what
     * was wanted and got, e.g. {@code "x meeting[0]: meeting.date: want '2024-06-04', got None"}.
     *
     * @return the misses in scoring order, unmodifiable
     */
    public List<String> misses() {
        return misses;
    }

    /**
     * Returns the report the command-line tool prints: the document count, every figure on its
     * own line and {@code core N.NNN} last.
     *
     * @return the report, lines ended by {@code '\n'}
     */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("documents ").append(documents).append(", without output ").append(withoutOutput).append('\n');
        figures.forEach((name, value) -> out.append(String.format(Locale.ROOT, "%-32s %.3f%n", name, value)));
        out.append(String.format(Locale.ROOT, "core %.3f%n", core()));
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Scorecard{documents=%d, core=%.3f}", documents, core());
    }
}
