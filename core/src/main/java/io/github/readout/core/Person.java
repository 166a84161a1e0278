package io.github.readout.core;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A person named in a release, with the title, organisation and country the text gives them.
 *
 * <p>The name is written as in the text, without the title; the title is written without the
 * name and without the country word: "Kazakh First Deputy Foreign Minister Akan Rakhmetullin"
 * gives name "Akan Rakhmetullin", title "First Deputy Foreign Minister" and country {@code KZ}.
 *
 * <pre>{@code
 * for (Person p : release.people()) {
 *     System.out.println(p.name() + " | " + p.title().orElse("") + " | "
 *             + p.country().map(CountryCode::toString).orElse(""));
 * }
 * // Akan Rakhmetullin | First Deputy Foreign Minister | KZ
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

    Person() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutablePerson.Builder builder() {
        return ImmutablePerson.builder();
    }

    /**
     * Returns the name as written, without title or honorific.
     *
     * @return the name, such as {@code "Akan Rakhmetullin"}
     */
    public abstract String name();

    /**
     * Returns the title as written.
     *
     * @return the title, such as {@code "First Deputy Foreign Minister"}, or empty
     */
    public abstract Optional<String> title();

    /**
     * Returns the organisation the person speaks for.
     *
     * @return the organisation, such as {@code "Ministry of Foreign Affairs"}, or empty
     */
    public abstract Optional<String> organization();

    /**
     * Returns the country the person represents.
     *
     * @return the country, or empty when unknown or for an international official
     */
    public abstract Optional<CountryCode> country();

    /**
     * Returns where the person is first named in the release text.
     *
     * @return the span of the first mention
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("person.name", name());
        title().ifPresent(t -> Checks.notBlank("person.title", t));
        organization().ifPresent(o -> Checks.notBlank("person.organization", o));
    }
}
