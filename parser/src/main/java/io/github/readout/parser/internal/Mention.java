package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * One place where a person is named in a sentence, with what that place says of them.
 *
 * @param name the name as written here
 * @param nameTokens the name's words, for matching later mentions
 * @param span where the name is
 * @param extent the tokens of the whole mention, title included: [first, end)
 * @param sentence the index of the sentence
 * @param title the title given here, without country words
 * @param country the country this mention gives
 * @param international whether the title is held for no state: it names an international body (UN, EU), or an
 *     office held before ("former president")
 * @param host the country the title places the person in ("Ambassador … to Kazakhstan")
 * @param organization the organisation the title names ("President of the European Commission")
 */
record Mention(
        String name,
        List<String> nameTokens,
        Span span,
        int first,
        int end,
        int sentence,
        Optional<String> title,
        Optional<CountryCode> country,
        boolean international,
        Optional<CountryCode> host,
        Optional<String> organization) {

    /** A name and a title wrapped across lines ("Foreign\nMinister") are written on one line, as a reader says them. */
    Mention {
        name = onOneLine(name);
        // Kept as given when on one line: each copy of a mention ("withCountry") made two new Optionals.
        title = onOneLine(title);
        organization = onOneLine(organization);
    }

    private static Optional<String> onOneLine(Optional<String> words) {
        return words.isPresent() && words.get().indexOf('\n') >= 0 ? Optional.of(onOneLine(words.get())) : words;
    }

    private static String onOneLine(String words) {
        if (words.indexOf('\n') < 0) {
            return words;
        }
        StringBuilder line = new StringBuilder(words.length());
        for (int k = 0; k < words.length(); k++) {
            char c = words.charAt(k);
            if (c == '\n') {
                while (line.length() > 0 && Character.isWhitespace(line.charAt(line.length() - 1))) {
                    line.setLength(line.length() - 1);
                }
                line.append(' ');
                while (k + 1 < words.length() && Character.isWhitespace(words.charAt(k + 1))) {
                    k++;
                }
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }

    /** The token the name starts at, past the title and honorifics the mention opens with; {@code end} if none. */
    int nameStart(List<Token> tokens) {
        int at = first;
        while (at < end && tokens.get(at).start() < span.start()) {
            at++;
        }
        return at;
    }

    /** The mention with a title; itself when it has that one, as {@link #withCountry} is. */
    Mention withTitle(Optional<String> newTitle) {
        if (newTitle.equals(title)) {
            return this;
        }
        return new Mention(name, nameTokens, span, first, end, sentence, newTitle, country, international, host,
                organization);
    }

    /** The mention with a country; itself when it has that one, as most mentions a stage passes over do. */
    Mention withCountry(Optional<CountryCode> newCountry) {
        if (newCountry.equals(country)) {
            return this;
        }
        return new Mention(name, nameTokens, span, first, end, sentence, title, newCountry, international, host,
                organization);
    }

    /** The mention of an official of an international body, who holds no country for it. */
    Mention ofInternationalBody(String body) {
        return new Mention(name, nameTokens, span, first, end, sentence, title, Optional.empty(), true, host,
                Optional.of(body));
    }

    Mention withHost(Optional<CountryCode> newHost) {
        return new Mention(name, nameTokens, span, first, end, sentence, title, country, international, newHost,
                organization);
    }
}
