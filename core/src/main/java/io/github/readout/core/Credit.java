package io.github.readout.core;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A credit line such as "Images | Kazakh MFA" or "Photo credit: Akorda".
 *
 * <pre>{@code
 * release.credits().forEach(c -> System.out.println(c.kind() + " " + c.holder()));
 * // IMAGE Kazakh MFA
 * }</pre>
 */
@Value.Immutable
@ReadoutStyle
@JsonSerialize(as = ImmutableCredit.class)
@JsonDeserialize(as = ImmutableCredit.class)
public abstract class Credit {

    Credit() {}

    /**
     * Returns a builder for this type.
     *
     * @return a new, empty builder
     */
    public static ImmutableCredit.Builder builder() {
        return ImmutableCredit.builder();
    }

    /**
     * Returns what is credited.
     *
     * @return the kind of credit
     */
    public abstract CreditKind kind();

    /**
     * Returns who holds the credit.
     *
     * @return the holder, such as {@code "Kazakh MFA"}
     */
    public abstract String holder();

    /**
     * Returns where the credit line is in the release text.
     *
     * @return the span of the credit line
     */
    public abstract Span span();

    @Value.Check
    final void check() {
        Checks.notBlank("credit.holder", holder());
    }
}
