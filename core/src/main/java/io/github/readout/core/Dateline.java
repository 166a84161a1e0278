package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The place a release is filed from, as in "ASTANA –" or "NUR-SULTAN. KAZINFORM -".
 *
 * <pre>{@code
 * release.dateline().ifPresent(d -> System.out.println(d.place()));   // ASTANA
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableDateline.class)
@JsonDeserialize(as = ImmutableDateline.class)
public abstract class Dateline {

    Dateline() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableDateline.Builder builder() {
        return ImmutableDateline.builder();
    }

    /**
     * Returns the place as written.
     *
     * @return the place, such as {@code "ASTANA"}
     */
    public abstract String place();

    /**
     * Returns where the whole dateline is in the release text.
     *
     * @return the span of the dateline
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("dateline.place", place());
    }
}
