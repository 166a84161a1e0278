package io.github.readout.parser.internal;

import io.github.readout.core.Event;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import java.util.List;

/**
 * What the extraction stages read from the prose.
 *
 * @param meetings the meetings, the main one first
 * @param related other events referred to
 * @param people every person named, once each
 * @param evidence the rules behind the meetings' values, when asked for
 */
public record Extraction(List<Meeting> meetings, List<Event> related, List<Person> people, List<Explained> evidence) {}
