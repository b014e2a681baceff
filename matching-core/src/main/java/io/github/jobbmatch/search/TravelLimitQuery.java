package io.github.jobbmatch.search;

import io.github.jobbmatch.index.Fields;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.SloppyMath;

/**
 * The travel gate: a candidate passes when the distance from home to the workplace is within the
 * need's maximum (if any) and within the candidate's own maximum (if any). A candidate without a
 * known home passes (unknown is not no; the explanation says so).
 *
 * <p>The candidate's maximum differs per document, so no point query can express it. This query is
 * therefore two-phase over doc values, with a high match cost, so that a conjunction checks it only
 * for documents that passed every cheaper clause.
 */
public final class TravelLimitQuery extends Query {

    private final double lat;
    private final double lon;
    private final double needMaxKm;

    /**
     * @param lat workplace latitude
     * @param lon workplace longitude
     * @param needMaxKm the need's maximum travel distance, or NaN when it has none
     */
    public TravelLimitQuery(double lat, double lon, double needMaxKm) {
        this.lat = lat;
        this.lon = lon;
        this.needMaxKm = needMaxKm;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                int maxDoc = context.reader().maxDoc();
                SortedNumericDocValues home = DocValues.getSortedNumeric(context.reader(), Fields.C_HOME);
                SortedNumericDocValues own = DocValues.getSortedNumeric(context.reader(), Fields.C_MAX_KM);
                DocIdSetIterator all = DocIdSetIterator.all(maxDoc);
                TwoPhaseIterator tpi = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() throws IOException {
                        int doc = approximation.docID();
                        if (!home.advanceExact(doc)) {
                            return true;
                        }
                        long encoded = home.nextValue();
                        double km = SloppyMath.haversinMeters(lat, lon,
                                GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                                GeoEncodingUtils.decodeLongitude((int) encoded)) / 1000.0;
                        if (!Double.isNaN(needMaxKm) && km > needMaxKm) {
                            return false;
                        }
                        if (own.advanceExact(doc)) {
                            double ownMax = NumericUtils.sortableLongToDouble(own.nextValue());
                            return km <= ownMax;
                        }
                        return true;
                    }

                    @Override
                    public float matchCost() {
                        return 100f; // two doc-value reads and a haversine
                    }
                };
                Scorer scorer = new ConstantScoreScorer(score(), scoreMode, tpi);
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return DocValues.isCacheable(ctx, Fields.C_HOME, Fields.C_MAX_KM);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.C_HOME)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "TravelLimit(" + lat + "," + lon + ", needMaxKm=" + needMaxKm + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && lat == ((TravelLimitQuery) o).lat && lon == ((TravelLimitQuery) o).lon
                && Double.compare(needMaxKm, ((TravelLimitQuery) o).needMaxKm) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), lat, lon, needMaxKm);
    }
}
