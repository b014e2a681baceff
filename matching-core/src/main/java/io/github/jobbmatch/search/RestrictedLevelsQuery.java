package io.github.jobbmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A scored clause made of constant-score levels (a dis-max of them without tie-breaker, see
 * {@link CompiledNeed.ScoredClause#isDisMaxOfLevels()}), restricted to the documents the gates let through, that reads
 * its levels' matches into bit sets instead of leap-frogging over the set. Same matches, same scores as
 * {@code new SegmentBoundQuery(clause, within)}, which it falls back to per segment when the set is small.
 *
 * <p>Why: restricted to a set of tens of thousands of candidates, a clause of several levels, each a disjunction of
 * terms, advances every one of its posting lists to nearly every candidate of the set, tens of nanoseconds each
 * (most of a near-miss search at a million candidates). Reading a posting list whole into a bit set costs about a
 * nanosecond a document; the best level of a document is then a few bit tests. The levels are read best first and
 * each keeps only the documents no better level matched, so a document's score is the first level holding it.
 *
 * <p>With a {@link SegmentGateCache} a level that tests terms ({@link TermLevel}, every level the compiler writes) is
 * read term by term, its common terms kept per segment across searches ({@link SegmentTerms}), and scores its boost
 * times the enclosing boost without a Lucene scorer; any other level is read through its scorer.
 */
final class RestrictedLevelsQuery extends Query {

    /**
     * Read the levels whole when their postings number at most this many per candidate of the set and level; else
     * leap-frog (reading costs about a nanosecond a posting, advancing a level tens per candidate).
     */
    static final int READ_FACTOR = 16;

    private final List<Query> levels;
    private final Query clause;
    private final PassingDocsQuery.Docs within;
    private final long readFactor;
    private final int sparseShift;
    private final SegmentGateCache kept;
    private final List<Optional<TermLevel>> termTests;

    /**
     * @param levels the clause's levels as scored queries (each a boosted constant score), best first
     * @param clause the clause's own query (the dis-max of {@code levels}, or the one level)
     * @param within the documents per leaf ordinal the search filters on anyway
     */
    RestrictedLevelsQuery(List<Query> levels, Query clause, PassingDocsQuery.Docs within) {
        this(levels, clause, within, null);
    }

    /**
     * As the plain form, reading term levels term by term with the common terms kept in {@code kept} from their second
     * use (see {@link SegmentTerms}); null reads every level through its scorer.
     */
    RestrictedLevelsQuery(List<Query> levels, Query clause, PassingDocsQuery.Docs within, SegmentGateCache kept) {
        this(levels, clause, within, READ_FACTOR, SPARSE_SHIFT, kept);
    }

    /**
     * As the public form, with other thresholds of reading the levels whole and of walking a level posting by posting
     * (tests force each path).
     */
    RestrictedLevelsQuery(List<Query> levels, Query clause, PassingDocsQuery.Docs within, long readFactor,
            int sparseShift, SegmentGateCache kept) {
        this(levels, clause, within, readFactor, sparseShift, kept,
                levels.stream().map(l -> Optional.ofNullable(TermLevel.of(match(l)))).toList());
    }

    /** With each level's term test, read off the level as the compiler wrote it (a rewrite wraps term sets). */
    private RestrictedLevelsQuery(List<Query> levels, Query clause, PassingDocsQuery.Docs within, long readFactor,
            int sparseShift, SegmentGateCache kept, List<Optional<TermLevel>> termTests) {
        this.readFactor = readFactor;
        this.sparseShift = sparseShift;
        this.kept = kept;
        this.levels = List.copyOf(levels);
        this.clause = Objects.requireNonNull(clause, "clause");
        this.within = Objects.requireNonNull(within, "within");
        this.termTests = termTests;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<Query> rewritten = new ArrayList<>(levels.size());
        boolean changed = false;
        for (Query l : levels) {
            Query r = l.rewrite(searcher);
            rewritten.add(r);
            changed |= r != l;
        }
        Query c = clause.rewrite(searcher);
        return changed || c != clause ? new RestrictedLevelsQuery(rewritten, c, within, readFactor, sparseShift, kept, termTests)
                : this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight fallback = new SegmentBoundQuery(clause, within).createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return fallback;
        }
        List<Weight> levelWeights = new ArrayList<>(levels.size());
        float[] levelScores = new float[levels.size()];
        TermLevel[] termLevels = new TermLevel[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            levelScores[i] = constantScore(levels.get(i), boost);
            // With a cache, a constant level testing terms is read term by term (common terms kept): no weight.
            termLevels[i] = kept == null || Float.isNaN(levelScores[i]) ? null : termTests.get(i).orElse(null);
            levelWeights.add(termLevels[i] != null ? null : levels.get(i).createWeight(searcher, scoreMode, boost));
        }
        return new FilterWeight(this, fallback) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet bits = within.bits()[context.ord];
                int count = within.counts()[context.ord];
                if (count == 0) {
                    return null;
                }
                List<ScorerSupplier> suppliers = new ArrayList<>(levelWeights.size());
                LeafTerms[] leafTerms = new LeafTerms[levelWeights.size()];
                long postings = 0;
                boolean any = false;
                boolean anyKept = false;
                for (int i = 0; i < levelWeights.size(); i++) {
                    if (termLevels[i] != null) {
                        suppliers.add(null);
                        LeafTerms lt = LeafTerms.seek(context, termLevels[i], kept);
                        if (lt != null) {
                            leafTerms[i] = lt;
                            any = true;
                            anyKept |= lt.terms().anyKept();
                            postings += lt.terms().postings();
                        }
                        continue;
                    }
                    ScorerSupplier ss = levelWeights.get(i).scorerSupplier(context);
                    suppliers.add(ss);
                    if (ss == null || ss.cost() == 0) {
                        continue;
                    }
                    any = true;
                    postings += ss.cost();
                }
                if (!any) {
                    return null;
                }
                if ((double) postings > (double) readFactor * count * levelWeights.size()) {
                    return fallback.scorerSupplier(context); // a small set: leap-frog over it
                }
                long cost = anyKept ? count : Math.min(postings, count);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        Scorer read = read(suppliers, leafTerms, levelScores, bits,
                                within.words()[context.ord], sparseShift);
                        return read != null ? read : fallback.scorerSupplier(context).get(leadCost);
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }
        };
    }

    /**
     * The levels' matches within {@code bits}, each keeping only what no better level matched; null when a level
     * needs a two-phase check (none of ours: levels are term, term-set and range matches), to leap-frog instead.
     * A level with few postings for the segment is walked posting by posting against the set; a larger one is read
     * into a bit set and folded in one pass over the words.
     */
    private static Scorer read(List<ScorerSupplier> suppliers, LeafTerms[] leafTerms, float[] termScores,
            FixedBitSet bits, int[] withinWords, int sparseShift) throws IOException {
        int maxDoc = bits.length();
        long[] within = bits.getBits();
        FixedBitSet any = new FixedBitSet(maxDoc);
        long[] anyWords = any.getBits();
        List<FixedBitSet> sets = new ArrayList<>(suppliers.size());
        List<Float> scores = new ArrayList<>(suppliers.size());
        float max = 0f;
        int count = 0;
        for (int i = 0; i < suppliers.size(); i++) {
            ScorerSupplier ss = suppliers.get(i);
            if (leafTerms[i] != null) {
                FixedBitSet set = leafTerms[i].read(new FixedBitSet(maxDoc));
                count += fold(set.getBits(), within, withinWords, anyWords, set.getBits());
                sets.add(set);
                scores.add(termScores[i]);
                max = Math.max(max, termScores[i]);
                continue;
            }
            if (ss == null) {
                continue;
            }
            Scorer s = ss.get(Long.MAX_VALUE);
            if (s.twoPhaseIterator() != null) {
                return null;
            }
            FixedBitSet set = new FixedBitSet(maxDoc);
            long[] words = set.getBits();
            DocIdSetIterator it = s.iterator();
            if (ss.cost() <= maxDoc >> sparseShift) {
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    int w = doc >> 6;
                    long bit = 1L << doc;
                    if ((within[w] & bit) != 0 && (anyWords[w] & bit) == 0) {
                        words[w] |= bit;
                        anyWords[w] |= bit;
                        count++;
                    }
                }
            } else {
                set.or(it);
                count += fold(words, within, withinWords, anyWords, words);
            }
            // A constant: the level's boosted score, the same for every document it matches.
            float score = s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
            sets.add(set);
            scores.add(score);
            max = Math.max(max, score);
        }
        FixedBitSet[] byLevel = sets.toArray(FixedBitSet[]::new);
        float[] levelScore = new float[scores.size()];
        for (int i = 0; i < levelScore.length; i++) {
            levelScore[i] = scores.get(i);
        }
        return new LevelsScorer(new BitSetIterator(any, count), byLevel, levelScore, max);
    }

    /**
     * A level with at most a {@code 2^SPARSE_SHIFT}th of the segment's documents as postings is walked posting by
     * posting (a few nanoseconds each); a larger one is read whole (about a nanosecond a posting, plus a pass over the
     * segment's words).
     */
    static final int SPARSE_SHIFT = 6;


    /**
     * Puts into {@code words} the documents of {@code from} in the set and in no better level, adds them to the
     * better levels' {@code any}, and counts them.
     */
    private static int fold(long[] from, long[] within, int[] withinWords, long[] any, long[] words) {
        int count = 0;
        for (int w : withinWords) { // the other words are empty in the set, and stay empty in words
            long keep = from[w] & within[w] & ~any[w];
            words[w] = keep;
            any[w] |= keep;
            count += Long.bitCount(keep);
        }
        return count;
    }

    /** The match inside a level (a boosted constant score of it), or the level itself. */
    private static Query match(Query level) {
        Query q = level instanceof BoostQuery b ? b.getQuery() : level;
        return q instanceof ConstantScoreQuery c ? c.getQuery() : q;
    }

    /** A term level in one segment: its terms there (see {@link SegmentTerms}). */
    private record LeafTerms(TermLevel level, SegmentTerms terms) {

        /** The level in this segment, or null when no document of the segment can match it. */
        static LeafTerms seek(LeafReaderContext context, TermLevel level, SegmentGateCache kept) throws IOException {
            SegmentTerms terms = SegmentTerms.seek(context, level.field(), level.terms(), kept);
            if (terms == null || terms.present() == 0 || (level.all() && terms.present() < level.terms().length)) {
                return null;
            }
            return new LeafTerms(level, terms);
        }

        /**
         * Every document of the segment (deleted or not) matching the level: the union (any) or intersection (all) of
         * its terms' documents; {@code out} (empty) is filled and returned.
         */
        FixedBitSet read(FixedBitSet out) throws IOException {
            FixedBitSet scratch = null;
            boolean first = true;
            for (int j = 0; j < level.terms().length; j++) {
                if (!level.all() && terms.rare(j, Integer.MAX_VALUE)) {
                    out.or(terms.postings(j)); // straight into the union
                    first = false;
                    continue;
                }
                if (scratch == null) {
                    scratch = new FixedBitSet(out.length());
                }
                FixedBitSet termDocs = terms.docs(j, scratch);
                if (termDocs == null) {
                    continue; // any: a term the segment lacks (all: seek found every term)
                }
                if (first || !level.all()) {
                    out.or(termDocs);
                } else {
                    out.and(termDocs);
                }
                first = false;
            }
            return out;
        }
    }

    /**
     * The score every document of a level scores, without a scorer: a boosted constant score scores its boost times
     * the enclosing boost, multiplied as {@code BoostQuery} does; NaN for any other form (its scorer tells).
     */
    static float constantScore(Query level, float boost) {
        if (level instanceof BoostQuery b && b.getQuery() instanceof ConstantScoreQuery) {
            return b.getBoost() * boost;
        }
        if (level instanceof ConstantScoreQuery) {
            return boost;
        }
        return Float.NaN;
    }

    /** Iterates the documents of any level; a document scores its level's constant. One bound for the segment. */
    private static final class LevelsScorer extends SegmentBoundScorer {
        private final DocIdSetIterator it;
        private final FixedBitSet[] byLevel;
        private final float[] levelScore;

        LevelsScorer(DocIdSetIterator it, FixedBitSet[] byLevel, float[] levelScore, float max) {
            super(max);
            this.it = it;
            this.byLevel = byLevel;
            this.levelScore = levelScore;
        }

        @Override
        public int docID() {
            return it.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return it;
        }

        @Override
        public float score() {
            int doc = it.docID();
            for (int i = 0; i < byLevel.length; i++) {
                if (byLevel[i].get(doc)) {
                    return levelScore[i];
                }
            }
            throw new IllegalStateException("document " + doc + " is in no level");
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        clause.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "RestrictedLevels(" + clause.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && levels.equals(((RestrictedLevelsQuery) o).levels)
                && clause.equals(((RestrictedLevelsQuery) o).clause) && within == ((RestrictedLevelsQuery) o).within
                && readFactor == ((RestrictedLevelsQuery) o).readFactor
                && sparseShift == ((RestrictedLevelsQuery) o).sparseShift && kept == ((RestrictedLevelsQuery) o).kept;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), levels, clause, System.identityHashCode(within));
    }
}
