/**
 * The parser: raw press-release text in, {@link io.github.readout.core.PressRelease} out.
 *
 * <p>Start with {@link io.github.readout.parser.PressReleaseParser}:
 *
 * <pre>{@code
 * PressReleaseParser parser = PressReleaseParser.create();
 * ParseResult result = parser.parse(Path.of("release.txt"));
 * PressRelease release = result.release();
 * for (Meeting meeting : release.meetings()) {
 *     System.out.println(meeting.kind() + " " + meeting.countries() + " " + meeting.participants());
 * }
 * }</pre>
 *
 * <p>The parse runs in stages, each reading the output of the one before: decode, headers,
 * segments, noise, entities, dates, meetings, assembly.
 */
package io.github.readout.parser;
