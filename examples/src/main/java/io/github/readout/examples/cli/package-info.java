/**
 * The {@code readout} command-line tool: {@link io.github.readout.examples.cli.ReadoutCommand},
 * packaged as the executable {@code examples/target/readout.jar}.
 */
package io.github.readout.examples.cli;
