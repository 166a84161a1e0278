package io.github.readout.parser;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the parser reads, each with its own built-in language pack of words, titles,
 * places, meeting cues and date expressions.
 *
 * <p>By default the parser tells the language of each release from its text; a parser built
 * with {@link PressReleaseParser.Builder#language(Language)} reads every release in one.
 *
 * <pre>{@code
 * PressReleaseParser parser = PressReleaseParser.builder().language(Language.RUSSIAN).build();
 * String code = parser.parse(text).release().language().orElseThrow(); // "ru"
 * }</pre>
 */
public enum Language {

    /** English. */
    ENGLISH("en"),

    /** Russian: names, titles and places are given in the nominative, as a list would write them. */
    RUSSIAN("ru");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * Returns the language's ISO 639-1 code, as the release's JSON gives it.
     *
     * @return the code, such as {@code "en"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the language of an ISO 639-1 code.
     *
     * @param code a code such as {@code "ru"}, in any case
     * @return the language, or empty when the parser has no pack for it
     */
    public static Optional<Language> ofCode(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(key)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
