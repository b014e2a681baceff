package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.jobbmatch.index.Fields;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
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
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.SloppyMath;

/**
 * The travel gate: a candidate passes when the distance from home to the workplace is within the
 * need's maximum (if any) and within the candidate's own maximum (if any). A candidate without a
 * known home passes (unknown is not no; the explanation says so).
 *
 * <p>The candidate's maximum differs per document, so no point query can express it exactly. The gate is
 * therefore two-phase: an index look-up finds every document that could pass (a home within the largest
 * distance that can pass, from the points index, or a reach term for the candidates without a home or
 * without an own maximum) and the exact check over doc values confirms each, with a high match cost so
 * that a conjunction checks it only for documents that passed every cheaper clause. The look-up keeps the
 * check to the candidates near the workplace instead of every candidate of the pool. The broad search evaluates
 * the same look-up and check per segment into bit sets ({@link Evaluation}); the check itself decides most homes
 * in squared chords of the unit sphere ({@link Chords}) and defers to the sloppy haversine near a maximum.
 */
public final class TravelLimitQuery extends Query {

    private final double lat;
    private final double lon;
    private final double needMaxKm;
    private final Columns columns;
    // The workplace on the unit sphere and the need's maximum as squared chords, for the fast check (Chords).
    private final double wx;
    private final double wy;
    private final double wz;
    private final double needInside;
    private final double needOutside;

    /**
     * @param lat workplace latitude
     * @param lon workplace longitude
     * @param needMaxKm the need's maximum travel distance, or NaN when it has none
     */
    public TravelLimitQuery(double lat, double lon, double needMaxKm) {
        this(lat, lon, needMaxKm, null);
    }

    /** As {@link #TravelLimitQuery(double, double, double)}, reading homes and maxima from {@code columns} when given. */
    TravelLimitQuery(double lat, double lon, double needMaxKm, Columns columns) {
        this.lat = lat;
        this.lon = lon;
        this.needMaxKm = needMaxKm;
        this.columns = columns;
        double[] w = Chords.unit(lat, lon);
        this.wx = w[0];
        this.wy = w[1];
        this.wz = w[2];
        this.needInside = Double.isNaN(needMaxKm) ? Double.POSITIVE_INFINITY : Chords.inside(needMaxKm);
        this.needOutside = Double.isNaN(needMaxKm) ? Double.POSITIVE_INFINITY : Chords.outside(needMaxKm);
    }

    /**
     * Per segment, the candidates' homes and own maxima read once from doc values into arrays ({@link Column}),
     * held while the segment is open. The exact check runs for every candidate the look-up finds near the workplace,
     * often a hundred thousand per search at a million candidates; reading two doc values for each was a fifth of a
     * search. Thread-safe; one per compiler.
     */
    static final class Columns {
        private final Cache<IndexReader.CacheKey, Column> bySegment = CacheBuilder.newBuilder().weakKeys().build();

        /** The columns of this segment, or null when the reader has no stable core (then doc values are read). */
        Column of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return null;
            }
            try {
                return bySegment.get(helper.getKey(), () -> Column.read(reader));
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    /**
     * One segment's homes (encoded as in doc values; see {@code hasHome}) and own maxima (NaN when none), with what the
     * fast check needs: each home as a point on the unit sphere, and each own maximum as the squared chords just
     * inside and just outside it (see {@link Chords}): 36 bytes a document, of which the fast check reads 20 (it is
     * bound by memory bandwidth, hence floats).
     */
    record Column(FixedBitSet hasHome, long[] home, double[] own, float[] x, float[] y, float[] z, float[] ownInside,
            float[] ownOutside) {
        static Column read(LeafReader reader) throws IOException {
            int maxDoc = reader.maxDoc();
            FixedBitSet hasHome = new FixedBitSet(maxDoc);
            long[] home = new long[maxDoc];
            double[] own = new double[maxDoc];
            float[] x = new float[maxDoc];
            float[] y = new float[maxDoc];
            float[] z = new float[maxDoc];
            float[] ownInside = new float[maxDoc];
            float[] ownOutside = new float[maxDoc];
            java.util.Arrays.fill(own, Double.NaN);
            java.util.Arrays.fill(ownInside, Float.POSITIVE_INFINITY);
            java.util.Arrays.fill(ownOutside, Float.POSITIVE_INFINITY);
            SortedNumericDocValues h = DocValues.getSortedNumeric(reader, Fields.C_HOME);
            for (int d = h.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = h.nextDoc()) {
                hasHome.set(d);
                long v = h.nextValue();
                home[d] = v;
                double[] p = Chords.unit(GeoEncodingUtils.decodeLatitude((int) (v >> 32)),
                        GeoEncodingUtils.decodeLongitude((int) v));
                x[d] = (float) p[0];
                y[d] = (float) p[1];
                z[d] = (float) p[2];
            }
            SortedNumericDocValues o = DocValues.getSortedNumeric(reader, Fields.C_MAX_KM);
            for (int d = o.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = o.nextDoc()) {
                double km = NumericUtils.sortableLongToDouble(o.nextValue());
                own[d] = km;
                ownInside[d] = Chords.down(Chords.inside(km));
                ownOutside[d] = Chords.up(Chords.outside(km));
            }
            return new Column(hasHome, home, own, x, y, z, ownInside, ownOutside);
        }
    }

    /**
     * The fast check's arithmetic. The rule compares Lucene's sloppy haversine distance with a maximum. Comparing
     * squared chords of the unit sphere instead (three products, no trigonometry) gives the same answer except near
     * the maximum: a home whose chord is inside the maximum less a slack is surely within it, one outside the
     * maximum plus the slack surely beyond it, and only the homes between get the sloppy haversine. The slack (10 m
     * and a millionth) is far above the sloppy haversine's error against the exact great-circle distance and the
     * rounding of homes to float coordinates (under a metre each; checked by {@code TravelChordsTest}).
     */
    static final class Chords {
        private Chords() {}

        /** A point of the unit sphere. */
        static double[] unit(double latDegrees, double lonDegrees) {
            double lat = Math.toRadians(latDegrees);
            double lon = Math.toRadians(lonDegrees);
            return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
        }

        /** The squared chord between a home as the columns keep it (floats) and a workplace. */
        static double between(float hx, float hy, float hz, double wx, double wy, double wz) {
            double dx = hx - wx;
            double dy = hy - wy;
            double dz = hz - wz;
            return dx * dx + dy * dy + dz * dz;
        }

        /** The squared chord of a great-circle distance in meters (monotone in the distance up to half the earth). */
        static double squared(double meters) {
            if (meters >= MAX_RADIUS_METERS) {
                return Double.POSITIVE_INFINITY; // every point of the sphere is within
            }
            double c = 2 * Math.sin(meters / (2 * EARTH_RADIUS_METERS));
            return c * c;
        }

        static double slackMeters(double km) {
            return 10.0 + km * 1000.0 * 1e-6;
        }

        /** Squared chords at or below this are within {@code km}; -1 when no distance is surely within. */
        static double inside(double km) {
            double m = km * 1000.0 - slackMeters(km);
            return m < 0 ? -1 : squared(m);
        }

        /** Squared chords above this are beyond {@code km}. */
        static double outside(double km) {
            return squared(km * 1000.0 + slackMeters(km));
        }

        /** As a float no larger. */
        static float down(double v) {
            float f = (float) v;
            return f > v ? Math.nextDown(f) : f;
        }

        /** As a float no smaller. */
        static float up(double v) {
            float f = (float) v;
            return f < v ? Math.nextUp(f) : f;
        }
    }

    /** The sphere of Lucene's haversine. */
    private static final double EARTH_RADIUS_METERS = 6_371_008.7714;

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight lookup = searcher.createWeight(searcher.rewrite(lookup(searcher)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier near = lookup.scorerSupplier(context);
                if (near == null) {
                    return null;
                }
                Column column = columns == null ? null : columns.of(context.reader());
                SortedNumericDocValues home = column != null ? null : DocValues.getSortedNumeric(context.reader(), Fields.C_HOME);
                SortedNumericDocValues own = column != null ? null : DocValues.getSortedNumeric(context.reader(), Fields.C_MAX_KM);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        DocIdSetIterator approximation = near.get(leadCost).iterator();
                        TwoPhaseIterator tpi = new TwoPhaseIterator(approximation) {
                            @Override
                            public boolean matches() throws IOException {
                                int doc = approximation.docID();
                                return column != null ? passes(column, doc) : passes(doc, home, own);
                            }

                            @Override
                            public float matchCost() {
                                return 100f; // two doc-value reads and a haversine
                            }
                        };
                        return new ConstantScoreScorer(score(), scoreMode, tpi);
                    }

                    @Override
                    public long cost() {
                        return near.cost();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return DocValues.isCacheable(ctx, Fields.C_HOME, Fields.C_MAX_KM) && lookup.isCacheable(ctx);
            }
        };
    }

    /**
     * Every document that can pass: no home; or a home and no own maximum, when the need has no maximum either;
     * or a home within the need's maximum, else within the largest own maximum in the index (a little wider than
     * the exact check, which decides).
     */
    private Query lookup(IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(passingWithoutCheck(), Occur.SHOULD);
        Query near = near(searcher);
        if (near != null) {
            b.add(near, Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The documents that pass without a distance: no home, or (when the need has no maximum) a home and no own
     * maximum.
     */
    private Query passingWithoutCheck() {
        Query anywhere = new TermQuery(new Term(Fields.C_REACH, Fields.REACH_ANYWHERE));
        if (!Double.isNaN(needMaxKm)) {
            return anywhere;
        }
        return new BooleanQuery.Builder()
                .add(anywhere, Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.C_REACH, Fields.REACH_UNLIMITED)), Occur.SHOULD)
                .build();
    }

    /**
     * The homes within the need's maximum, else within the largest own maximum in the index (a little wider than
     * the exact check, which decides); null when no home can be within reach.
     */
    private Query near(IndexSearcher searcher) throws IOException {
        double radiusKm = needMaxKm;
        if (Double.isNaN(needMaxKm)) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PointValues own = leaf.reader().getPointValues(Fields.C_MAX_KM);
                if (own != null && own.size() > 0) {
                    double max = DoublePoint.decodeDimension(own.getMaxPackedValue(), 0);
                    radiusKm = Double.isNaN(radiusKm) ? max : Math.max(radiusKm, max);
                }
            }
        }
        if (Double.isNaN(radiusKm) || radiusKm < 0) {
            return null;
        }
        // Margin: the points index and the exact check round differently at the boundary.
        double meters = Math.min(radiusKm * 1000.0 * (1 + 1e-6) + 1.0, MAX_RADIUS_METERS);
        return LatLonPoint.newDistanceQuery(Fields.C_HOME, lat, lon, meters);
    }

    /**
     * This gate prepared for one searcher's segments, to be evaluated into bit sets (see
     * {@link Evaluation#matchesWithin}). Thread-safe as Lucene weights are.
     */
    Evaluation evaluation(IndexSearcher searcher) throws IOException {
        Query near = near(searcher);
        return new Evaluation(DomainGate.matchingWeight(searcher, passingWithoutCheck()),
                near == null ? null : DomainGate.matchingWeight(searcher, near));
    }


    /** The gate's two index parts: the documents passing without a distance, and the homes that may be near. */
    final class Evaluation implements DomainGate {
        private final Weight direct;
        private final Weight near;

        private Evaluation(Weight direct, Weight near) {
            this.direct = direct;
            this.near = near;
        }

        /**
         * The documents of {@code domain} in one segment that pass, as a bit set: the index parts read whole into
         * bit sets, and the exact check run word by word only for the domain's homes that may be near. The same
         * documents the gate's scorer matches, without iterating a disjunction and a two-phase check one document
         * at a time (a tenth of a search at a million candidates).
         */
        @Override
        public FixedBitSet matchesWithin(LeafReaderContext leaf, FixedBitSet domain) throws IOException {
            int maxDoc = leaf.reader().maxDoc();
            FixedBitSet out = new FixedBitSet(maxDoc);
            ScorerSupplier ds = direct.scorerSupplier(leaf);
            if (ds != null) {
                out.or(ds.get(Long.MAX_VALUE).iterator());
                out.and(domain);
            }
            ScorerSupplier ns = near == null ? null : near.scorerSupplier(leaf);
            if (ns == null) {
                return out;
            }
            FixedBitSet check = new FixedBitSet(maxDoc);
            check.or(ns.get(Long.MAX_VALUE).iterator());
            check.and(domain);
            check.andNot(out);
            Column column = columns == null ? null : columns.of(leaf.reader());
            SortedNumericDocValues home = column != null ? null : DocValues.getSortedNumeric(leaf.reader(), Fields.C_HOME);
            SortedNumericDocValues own = column != null ? null : DocValues.getSortedNumeric(leaf.reader(), Fields.C_MAX_KM);
            long[] words = check.getBits();
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    if (column != null ? passes(column, doc) : passes(doc, home, own)) {
                        out.set(doc);
                    }
                }
            }
            return out;
        }
    }

    /** Half the earth's circumference: every point is within it. */
    private static final double MAX_RADIUS_METERS = Math.PI * EARTH_RADIUS_METERS;

    private boolean passes(int doc, SortedNumericDocValues home, SortedNumericDocValues own) throws IOException {
        if (!home.advanceExact(doc)) {
            return true;
        }
        return passes(home.nextValue(), own.advanceExact(doc) ? NumericUtils.sortableLongToDouble(own.nextValue()) : Double.NaN);
    }

    private boolean passes(Column column, int doc) {
        if (!column.hasHome().get(doc)) {
            return true;
        }
        double chord = Chords.between(column.x()[doc], column.y()[doc], column.z()[doc], wx, wy, wz);
        if (chord <= needInside && chord <= column.ownInside()[doc]) {
            return true;
        }
        if (chord > needOutside || chord > column.ownOutside()[doc]) {
            return false;
        }
        return passes(column.home()[doc], column.own()[doc]); // near a maximum: the rule's own arithmetic decides
    }

    /** The rule for a known home (encoded as in doc values) and an own maximum (NaN when none). */
    private boolean passes(long encodedHome, double ownMax) {
        double km = SloppyMath.haversinMeters(lat, lon,
                GeoEncodingUtils.decodeLatitude((int) (encodedHome >> 32)),
                GeoEncodingUtils.decodeLongitude((int) encodedHome)) / 1000.0;
        if (!Double.isNaN(needMaxKm) && km > needMaxKm) {
            return false;
        }
        return Double.isNaN(ownMax) || km <= ownMax;
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
