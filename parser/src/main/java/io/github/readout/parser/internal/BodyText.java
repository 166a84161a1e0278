package io.github.readout.parser.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A release's body and its lower case, made once for the stages that read parts of the body in
 * lower case (the noise filter's line keys, attributions, sentences): each part is then one copy
 * cut from the lower case, where lower-casing a part cut from the body made two or three.
 *
 * <p>Lower-casing the whole body gives each part's lower case char for char unless the body has a
 * char that {@code String.toLowerCase} does not lower on its own ("İ", which becomes two chars,
 * "Σ", whose lower case depends on the letters around it, or a surrogate); a body that has one
 * has each part lower-cased on its own, as before.
 *
 * <p>It also keeps the page's date line once read, which both the anchor of relative dates and the
 * meeting stage ask for.
 */
final class BodyText {

    private final String text;
    /** The body in lower case, null until first asked for or when parts are lowered on their own. */
    private String lower;
    private boolean partsApart;
    /** The page's date as {@link PageDate} reads it, null until first asked for. */
    private Optional<PageDate.Hit> pageDate;

    BodyText(String text) {
        this.text = text;
    }

    /** The body. */
    String text() {
        return text;
    }

    /**
     * {@code text.substring(start, end).toLowerCase(Locale.ROOT)}.
     *
     * @param start where the part starts
     * @param end where it ends
     * @return the part in lower case
     */
    String lowerCase(int start, int end) {
        String whole = whole();
        return whole != null ? whole.substring(start, end) : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #lowerCase} of a part, read in place where the body's lower case is kept: no copy of the part.
     *
     * @param start where the part starts
     * @param end where it ends
     * @return the part in lower case
     */
    LowerPart lowerPart(int start, int end) {
        String whole = whole();
        if (whole != null) {
            return new LowerPart(whole, start, end);
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        return new LowerPart(lower, 0, lower.length());
    }

    /**
     * {@link Tokenizer#lowerCaseSameLength} of {@code text.substring(start, end)}.
     *
     * @param start where the part starts
     * @param end where it ends
     * @return the part in lower case, char for char
     */
    String lowerCaseSameLength(int start, int end) {
        String whole = whole();
        return whole != null ? whole.substring(start, end) : Tokenizer.lowerCaseSameLength(text.substring(start, end));
    }

    /**
     * {@link #lowerCaseSameLength} of a part, read in place where the body's lower case is kept: no copy of the part.
     *
     * @param start where the part starts
     * @param end where it ends
     * @return the part in lower case, char for char
     */
    LowerPart lowerPartSameLength(int start, int end) {
        String whole = whole();
        return whole != null ? new LowerPart(whole, start, end)
                : new LowerPart(Tokenizer.lowerCaseSameLength(text.substring(start, end)), 0, end - start);
    }

    /** The page's date and where it is written, read once for every stage that asks. */
    Optional<PageDate.Hit> pageDate() {
        if (pageDate == null) {
            pageDate = PageDate.scan(text);
        }
        return pageDate;
    }

    private String whole() {
        if (lower == null && !partsApart) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                    partsApart = true;
                    return null;
                }
            }
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }
}
