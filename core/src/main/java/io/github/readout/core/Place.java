package io.github.readout.core;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A place named in a release: a city, a country or a venue, with its country when known.
 *
 * <pre>{@code
 * Place astana = Place.builder().name("Astana").country(CountryCode.of("KZ")).span(Span.of(10, 16)).build();
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
public abstract class Place {

    Place() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutablePlace.Builder builder() {
        return ImmutablePlace.builder();
    }

    /**
     * Returns the name of the place as written.
     *
     * @return the name, such as {@code "Washington, D.C."}
     */
    public abstract String name();

    /**
     * Returns the country the place lies in.
     *
     * @return the country, or empty when unknown or international
     */
    public abstract Optional<CountryCode> country();

    /**
     * Returns where the place is named in the release text.
     *
     * @return the span of the name
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("place.name", name());
    }
}
