package io.github.jobbmatch.occupation;

/**
 * The evidence for one candidate code of one query title, each value in 0-1.
 *
 * @param similarity noisy-or of the bounded similarity of the code's best-matching known titles
 * @param code the word-to-code votes per {@link Evidence.Kind}
 * @param group the word-to-group votes (three-digit STYRK-08 group) per {@link Evidence.Kind}
 * @param present per kind, whether the query had any feature of it seen in training (shared)
 * @param prior log-scaled number of known titles of the code, relative to the largest
 */
record Components(double similarity, double[] code, double[] group, boolean[] present, double prior) {}
