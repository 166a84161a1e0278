package io.github.readout.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code KZ} or {@code US}.
 *
 * <p>Only the codes that the JDK lists in {@link Locale#getISOCountries()} are accepted, in upper
 * case. In JSON a code is a plain string.
 *
 * <pre>{@code
 * CountryCode kz = CountryCode.of("KZ");
 * kz.displayName();  // "Kazakhstan"
 * }</pre>
 */
public final class CountryCode implements Comparable<CountryCode> {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /**
     * Returns the country code for a two-letter string.
     *
     * @param code an ISO 3166-1 alpha-2 code in upper case, such as {@code "KZ"}
     * @return the country code
     * @throws IllegalArgumentException if {@code code} is not such a code
     * @throws NullPointerException if {@code code} is null
     */
    @JsonCreator
    public static CountryCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (!KNOWN.contains(code)) {
            throw new IllegalArgumentException(
                    "country code: expected an ISO 3166-1 alpha-2 code in upper case, got '" + code + "'");
        }
        return new CountryCode(code);
    }

    /**
     * Tells whether a string is a country code that {@link #of(String)} accepts.
     *
     * @param code the string to test
     * @return true if {@code code} is a known alpha-2 code in upper case
     */
    public static boolean isValid(String code) {
        return code != null && KNOWN.contains(code);
    }

    /**
     * Returns the two letters of the code.
     *
     * @return the code, such as {@code "KZ"}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Returns the English name of the country as the JDK knows it.
     *
     * @return the country's English name, such as {@code "Kazakhstan"}
     */
    public String displayName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode && ((CountryCode) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
