package io.github.jobbmatch.search;

import io.github.jobbmatch.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Top-{@code limit} collector of near misses over a query that applies only the non-relaxable gates:
 * a document is kept when it fails exactly one relaxable unit. The units are tested only for a
 * document that could enter the top (its score beats the worst kept one), and the collector raises
 * the scorer's minimum competitive score as the top fills, so Lucene skips what cannot compete: the
 * near-miss set is most of the pool when a must is rare, and testing the units for every document of
 * it costs more than scoring the few that can win. Order: score, then candidate id (the order of the
 * short list, so that shards merge alike); the id is read only for a document that enters the top or
 * ties with its worst. One search, one thread (the searcher has no executor).
 */
final class NearMissCollector implements Collector {

    /** A kept document: its top-level doc id, score, candidate id and the index of the unit it fails. */
    record Hit(int doc, float score, String id, int unit) {}

    private static final Comparator<Hit> WORST_FIRST =
            Comparator.comparingDouble(Hit::score).thenComparing(Comparator.comparing(Hit::id).reversed());

    private final int limit;
    private final Weight[] units;
    private final boolean[] passWhenMatching;
    private final PriorityQueue<Hit> queue;

    /**
     * @param limit how many to keep (at least 1)
     * @param units each unit's weight (no scores needed)
     * @param passWhenMatching per unit: passed when it matches (a must), or when it does not (a conflict)
     */
    NearMissCollector(int limit, Weight[] units, boolean[] passWhenMatching) {
        this.limit = limit;
        this.units = units;
        this.passWhenMatching = passWhenMatching;
        this.queue = new PriorityQueue<>(limit, WORST_FIRST);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    /** The kept documents, best first. */
    List<Hit> hits() {
        List<Hit> out = new ArrayList<>(queue);
        out.sort(WORST_FIRST.reversed());
        return out;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int docBase = context.docBase;
        DocIdSetIterator[] its = new DocIdSetIterator[units.length];
        TwoPhaseIterator[] tpis = new TwoPhaseIterator[units.length];
        for (int u = 0; u < units.length; u++) {
            ScorerSupplier ss = units[u].scorerSupplier(context);
            if (ss == null) {
                its[u] = DocIdSetIterator.empty();
            } else {
                Scorer s = ss.get(1); // advanced to a few documents only
                tpis[u] = s.twoPhaseIterator();
                its[u] = tpis[u] == null ? s.iterator() : tpis[u].approximation();
            }
        }
        SortedSetDocValues ids = DocValues.getSortedSet(context.reader(), Fields.ID);
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable s) throws IOException {
                scorer = s;
                if (queue.size() == limit) {
                    // Not nextUp: a document with the worst kept score still wins by a smaller candidate id.
                    s.setMinCompetitiveScore(queue.peek().score());
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (queue.size() == limit && score < queue.peek().score()) {
                    return;
                }
                int failed = -1;
                for (int u = 0; u < its.length; u++) {
                    int at = its[u].docID() < doc ? its[u].advance(doc) : its[u].docID();
                    boolean matches = at == doc && (tpis[u] == null || tpis[u].matches());
                    if (matches != passWhenMatching[u]) {
                        if (failed >= 0) {
                            return; // fails two
                        }
                        failed = u;
                    }
                }
                if (failed < 0) {
                    return; // passes every gate: a short-list candidate, not a near miss
                }
                String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.nextOrd()).utf8ToString() : "";
                Hit hit = new Hit(docBase + doc, score, id, failed);
                if (queue.size() == limit) {
                    if (WORST_FIRST.compare(hit, queue.peek()) <= 0) {
                        return; // an equal score with a larger id
                    }
                    queue.poll();
                }
                queue.add(hit);
                if (queue.size() == limit) {
                    scorer.setMinCompetitiveScore(queue.peek().score());
                }
            }
        };
    }
}
