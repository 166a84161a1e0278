/**
 * Scoring parsed releases against gold answers: the rules by which Readout's accuracy is
 * measured, for anyone who annotates releases of their own.
 *
 * <p>A gold answer is a subset of the JSON contract (what a perfect parser writes for the
 * release, without spans, ids or text); only what it states is scored. Strings are compared
 * after Unicode NFKC, case folding and collapsing every run of characters that are neither
 * letters nor digits into one space; a leading "the " is dropped.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluation.create();
 * evaluation.add("seed", goldTree, ReadoutJson.mapper().valueToTree(release));
 * Scorecard card = evaluation.scorecard();
 * System.out.printf("core %.3f%n", card.core());
 * card.misses().forEach(System.out::println);
 * }</pre>
 */
package io.github.readout.core.evaluation;
