/**
 * The parser's stages and lexicons. This package is not exported by the module and is not
 * part of the API: do not depend on it; it changes without notice.
 */
package io.github.readout.parser.internal;
