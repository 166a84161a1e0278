/**
 * Readout's document model: immutable values for a parsed press release and its JSON form.
 *
 * <h2>A tour</h2>
 * <ul>
 *   <li>{@link io.github.readout.core.PressRelease}: the release: id, {@code published} date,
 *       headers, title, {@link io.github.readout.core.Dateline}, {@link io.github.readout.core.Credit}s,
 *       {@link io.github.readout.core.Attribution}, body text and {@link io.github.readout.core.Paragraph}s.</li>
 *   <li>{@link io.github.readout.core.Meeting}: what the release reports, of a
 *       {@link io.github.readout.core.MeetingKind}, with its {@link io.github.readout.core.Person}
 *       participants, {@link io.github.readout.core.Topic}s, {@link io.github.readout.core.Outcome}s and
 *       {@link io.github.readout.core.NextMeeting}; {@link io.github.readout.core.Event}s are
 *       the other events it refers to.</li>
 *   <li>{@link io.github.readout.core.DateRef} (a {@link io.github.readout.core.DateValue} of day,
 *       month or year precision), {@link io.github.readout.core.Place} and
 *       {@link io.github.readout.core.CountryCode}: when, where and for whom.</li>
 *   <li>{@link io.github.readout.core.Span}: every extracted value carries the offsets of the
 *       text it came from.</li>
 *   <li>{@link io.github.readout.core.ReadoutJson}: the JSON form, whose JSON Schema
 *       {@link io.github.readout.core.ReadoutJsonSchema} documents every field.</li>
 * </ul>
 *
 * <p>Values are immutable and never hold null: absent values are {@link java.util.Optional}
 * and collections are empty. Each type has a {@code builder()}; the generated {@code ImmutableX}
 * classes add {@code copyOf(…)}, {@code with…(…)} copies and {@code Builder.from(…)}. A builder
 * rejects values that break the model's invariants with a message naming the field.
 *
 * <pre>{@code
 * Person lu = Person.builder()
 *         .name("Donald Lu")
 *         .title("Assistant Secretary")
 *         .country(CountryCode.of("US"))
 *         .span(Span.of(0, 9))
 *         .build();
 * Person promoted = ImmutablePerson.copyOf(lu).withTitle("Ambassador");
 * }</pre>
 */
@ReadoutStyle
package io.github.readout.core;
