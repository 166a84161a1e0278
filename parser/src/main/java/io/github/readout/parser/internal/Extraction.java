package io.github.readout.parser.internal;

import io.github.readout.core.Event;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the extraction stages read from the prose.
 *
 * @param meetings the meetings, the main one first
 * @param related other events referred to
 * @param people every person named, once each
 * @param cuts where a sentence or an aside too long to read whole stopped being read, in order
 * @param unreadFrom where the sentences stopped being read once the words and marks a release
 *     may hold were all read; empty when the text was read to its end
 * @param evidence the rules behind the meetings' values, when asked for
 */
public record Extraction(List<Meeting> meetings, List<Event> related, List<Person> people, List<Integer> cuts,
        OptionalInt unreadFrom, List<Explained> evidence) {}
