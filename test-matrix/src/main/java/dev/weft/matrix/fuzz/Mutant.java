package dev.weft.matrix.fuzz;

import java.util.List;

/**
 * One case of a campaign: the input made from a seed by a few mutations.
 *
 * @param index the case's number in its campaign; with the campaign's seed it gives the same bytes again
 * @param seed the file it was made from, whose name it is compiled under
 * @param mutations the mutations applied, in order, for the report
 */
public record Mutant(long index, String seed, List<String> mutations, byte[] bytes) {}
