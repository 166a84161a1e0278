package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Person;
import io.github.readout.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells which mentions name the same person: "Kassym-Jomart Tokayev", "President Tokayev" and
 * "Tokayev" are one person; "Serdar Berdimuhamedov" and "Gurbanguly Berdimuhamedov" are two.
 */
final class PersonRegistry {

    /** A person and what the mentions so far say of them. */
    static final class Entry {
        final int id;
        String name;
        List<String> words;
        final Span span;
        Optional<String> title;
        Optional<String> organization;
        Optional<CountryCode> country;
        boolean international;

        Entry(int id, Mention first) {
            this.id = id;
            this.name = first.name();
            this.words = first.nameTokens();
            this.span = first.span();
            this.title = first.title();
            this.organization = first.organization();
            this.country = first.country();
            this.international = first.international();
        }

        Person toPerson() {
            return Person.builder().name(name).title(title).organization(organization).country(country).span(span)
                    .build();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Returns the person a mention names, registering a new one when none matches. */
    Entry add(Mention mention) {
        Entry entry = find(mention.nameTokens()).orElse(null);
        if (entry == null) {
            entry = new Entry(entries.size(), mention);
            entries.add(entry);
            return entry;
        }
        if (mention.nameTokens().size() > entry.words.size() && entry.words.size() == 1) {
            entry.words = mention.nameTokens();
        }
        if (entry.title.isEmpty()) {
            entry.title = mention.title();
        }
        if (entry.organization.isEmpty()) {
            entry.organization = mention.organization();
        }
        if (entry.country.isEmpty() && !entry.international) {
            entry.country = mention.country();
        }
        entry.international |= mention.international() && entry.country.isEmpty();
        return entry;
    }

    /** Finds the person whose name these words are, or end with. */
    Optional<Entry> find(List<String> words) {
        for (Entry entry : entries) {
            if (sameName(entry.words, words)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    List<Entry> entries() {
        return entries;
    }

    private static boolean sameName(List<String> known, List<String> words) {
        if (known.isEmpty() || words.isEmpty()) {
            return false;
        }
        if (!last(known).equals(last(words))) {
            return false;
        }
        return known.size() == 1 || words.size() == 1 || known.get(0).equals(words.get(0));
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
