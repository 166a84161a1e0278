package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Who a release names as its source, as in "press service of the Kazakh MFA reports".
 *
 * <pre>{@code
 * release.attribution().ifPresent(a -> System.out.println(a.organization()));   // Kazakh MFA
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableAttribution.class)
@JsonDeserialize(as = ImmutableAttribution.class)
public abstract class Attribution {

    Attribution() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableAttribution.Builder builder() {
        return ImmutableAttribution.builder();
    }

    /**
     * Returns the source organisation or person as written, without a leading article.
     *
     * @return the source, such as {@code "Kazakh MFA"}
     */
    public abstract String organization();

    /**
     * Returns where the attribution is in the release text.
     *
     * @return the span of the attributing words
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("attribution.organization", organization());
    }
}
