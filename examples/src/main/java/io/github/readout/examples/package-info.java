/**
 * Small runnable examples of the Readout API. Each class has a {@code main} that takes paths as
 * arguments (with defaults that work from the repository root) and a {@code run} method that
 * prints to a given {@link java.io.PrintStream}:
 *
 * <ul>
 *   <li>{@link io.github.readout.examples.QuickStart}: parse one file, print its main meeting;</li>
 *   <li>{@link io.github.readout.examples.JsonRoundTrip}: write a release as JSON and read it back;</li>
 *   <li>{@link io.github.readout.examples.Timeline}: every meeting of a folder, by pair of countries;</li>
 *   <li>{@link io.github.readout.examples.ExtendingLexicons}: teach the parser a title, organisation and place;</li>
 *   <li>{@link io.github.readout.examples.StreamQueries}: queries over many releases with streams.</li>
 * </ul>
 */
package io.github.readout.examples;
