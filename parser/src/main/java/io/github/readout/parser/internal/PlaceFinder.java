package io.github.readout.parser.internal;

import io.github.readout.core.Place;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The place stage: finds the places a sentence puts something in: a city, capital or country
 * of the lexicon after "in", "at", "to" or "visiting" ("in Washington, D.C.", "in The Hague").
 */
final class PlaceFinder {

    /** A place of a sentence: its tokens [first, end), the word before it, and the place. */
    record Found(int first, int end, String preposition, Place place, boolean city) {}

    private final Lexicons lexicons;

    PlaceFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Found> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String before = tokens.get(i - 1).key();
            boolean article = before.equals("the") && i >= 2;
            String preposition = article ? tokens.get(i - 2).key() : before;
            if (!(preposition.equals("in") || preposition.equals("at") || preposition.equals("to")
                    || preposition.equals("visiting") || preposition.equals("visited") || preposition.equals("from"))) {
                continue;
            }
            PhraseIndex.Match<Lexicons.CountryEntry> match = lexicons.countries.longest(tokens, i);
            if (match != null && match.value().form() == Lexicons.CountryForm.DEMONYM && article
                    && match.end() < tokens.size() && tokens.get(match.end()).is("capital")) {
                // "in the Uzbek capital": the capital of that country, named as the lexicon names it
                Optional<String> capital = lexicons.capitalOf(match.value().code());
                if (capital.isPresent()) {
                    Span span = Span.of(tokens.get(i - 1).start(), tokens.get(match.end()).end());
                    Place place = Place.builder().name(capital.get()).country(match.value().code()).span(span).build();
                    found.add(new Found(i - 1, match.end() + 1, preposition, place, true));
                    i = match.end();
                    continue;
                }
            }
            if (match == null || !tokens.get(i).isCapitalized()
                    || match.value().form() == Lexicons.CountryForm.DEMONYM) {
                continue;
            }
            int end = match.end();
            // "Kazakhstan's": a possessive is an attribute, not a place
            if (end < tokens.size() && (tokens.get(end).is("'s") || tokens.get(end).is("’s")
                    || tokens.get(end).is("'") || tokens.get(end).is("’"))) {
                continue;
            }
            int first = article && tokens.get(i - 1).isCapitalized() ? i - 1 : i;
            Span span = Span.of(tokens.get(first).start(), tokens.get(end - 1).end());
            Place place = Place.builder().name(span.cut(text)).country(match.value().code()).span(span).build();
            boolean city = match.value().form() == Lexicons.CountryForm.CAPITAL
                    || match.value().form() == Lexicons.CountryForm.CITY;
            found.add(new Found(first, end, preposition, place, city));
            i = end - 1;
        }
        return found;
    }
}
