package io.github.readout.parser.internal;

import io.github.readout.core.CountryCode;
import io.github.readout.core.MeetingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entries a user adds to the lexicons through the parser's builder. */
public final class LexiconExtension {

    /** An added organisation, with its country if it has one. */
    public record Organization(String name, Optional<CountryCode> country) {}

    /** An added place and its country. */
    public record Place(String name, CountryCode country) {}

    /**
     * An office holder a user added.
     *
     * @param name the full name as written
     * @param country the country the person serves
     */
    public record Official(String name, CountryCode country) {}

    private final List<String> titles = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<Official> officials = new ArrayList<>();

    /** An added word or phrase that reports a meeting, and the kind of meeting it reports. */
    public record Trigger(String phrase, MeetingKind kind) {}

    /**
     * Adds a title.
     *
     * @param title the title as written
     */
    public void addTitle(String title) {
        titles.add(title);
    }

    /**
     * Adds an organisation.
     *
     * @param name the name as written
     * @param country its country, if any
     */
    public void addOrganization(String name, Optional<CountryCode> country) {
        organizations.add(new Organization(name, country));
    }

    /**
     * Adds a place.
     *
     * @param name the name as written
     * @param country the country it lies in
     */
    public void addPlace(String name, CountryCode country) {
        places.add(new Place(name, country));
    }

    /**
     * Adds an office holder and the country they serve.
     *
     * @param name the person's full name as written
     * @param country the country
     */
    public void addOfficial(String name, CountryCode country) {
        officials.add(new Official(name, country));
    }

    /**
     * Adds a word or phrase that reports a meeting.
     *
     * @param phrase the phrase as written
     * @param kind the kind of meeting it reports
     */
    public void addTrigger(String phrase, MeetingKind kind) {
        triggers.add(new Trigger(phrase, kind));
    }

    /**
     * Returns a copy that later additions to this one do not change.
     *
     * @return the snapshot
     */
    public LexiconExtension snapshot() {
        LexiconExtension copy = new LexiconExtension();
        copy.titles.addAll(titles);
        copy.organizations.addAll(organizations);
        copy.places.addAll(places);
        copy.triggers.addAll(triggers);
        copy.officials.addAll(officials);
        return copy;
    }

    List<String> titles() {
        return List.copyOf(titles);
    }

    List<Organization> organizations() {
        return List.copyOf(organizations);
    }

    List<Place> places() {
        return List.copyOf(places);
    }

    List<Trigger> triggers() {
        return List.copyOf(triggers);
    }

    List<Official> officials() {
        return List.copyOf(officials);
    }
}
