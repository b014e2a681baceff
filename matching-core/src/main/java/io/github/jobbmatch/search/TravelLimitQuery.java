package io.github.jobbmatch.search;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.jobbmatch.index.Fields;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
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
        /*
         * The grid cells' geometry, worked out once (the grid is fixed): a search spans each cell of its reach per
         * segment. Only cells a search spans are kept, those of the columns' homes (a few thousand for Norway).
         */
        private final java.util.concurrent.ConcurrentHashMap<Integer, Cell> cells =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** The geometry of a grid cell ({@link Cell#of}), kept. */
        Cell cell(int number) {
            return cells.computeIfAbsent(number, Cell::of);
        }

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
     * One segment's homes and own maxima, ordered by a grid cell of the home so that the homes near a workplace are a
     * few runs of consecutive positions ({@link #cell}): each home's document, its point on the unit sphere, its own
     * maximum as the squared chords just inside and just outside it (see {@link Chords}), and, for the few checks the
     * chords leave open, the home as encoded in doc values and the own maximum (NaN when none). Documents without a
     * home are only in {@code hasHome} (they pass); {@code position} finds a document's home. 48 bytes a document;
     * the scan reads 24 of them a home, in order (the check is bound by memory, hence floats).
     */
    record Column(FixedBitSet hasHome, int[] position, int[] cell, int[] doc, float[] x, float[] y, float[] z,
            float[] ownInside, float[] ownOutside, long[] home, double[] own) {

        /** Grid rows per degree of latitude, columns per degree of longitude: cells of about 11 by 11 km in Norway. */
        static final double ROWS_PER_DEGREE = 10;
        static final double COLUMNS_PER_DEGREE = 5;
        /** A cell's number: its row times this plus its column (columns number at most 1801). */
        static final int ROW_STRIDE = 2048;

        static int row(double lat) {
            return (int) Math.floor((lat + 90) * ROWS_PER_DEGREE);
        }

        static int column(double lon) {
            return (int) Math.floor((lon + 180) * COLUMNS_PER_DEGREE);
        }

        static Column read(LeafReader reader) throws IOException {
            int maxDoc = reader.maxDoc();
            double[] ownByDoc = new double[maxDoc];
            java.util.Arrays.fill(ownByDoc, Double.NaN);
            SortedNumericDocValues o = DocValues.getSortedNumeric(reader, Fields.C_MAX_KM);
            for (int d = o.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = o.nextDoc()) {
                ownByDoc[d] = NumericUtils.sortableLongToDouble(o.nextValue());
            }
            FixedBitSet hasHome = new FixedBitSet(maxDoc);
            long[] homeByDoc = new long[maxDoc];
            int[] cellByDoc = new int[maxDoc];
            int[] order = new int[maxDoc];
            int n = 0;
            SortedNumericDocValues h = DocValues.getSortedNumeric(reader, Fields.C_HOME);
            for (int d = h.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = h.nextDoc()) {
                hasHome.set(d);
                long v = h.nextValue();
                homeByDoc[d] = v;
                cellByDoc[d] = row(GeoEncodingUtils.decodeLatitude((int) (v >> 32))) * ROW_STRIDE
                        + column(GeoEncodingUtils.decodeLongitude((int) v));
                order[n++] = d;
            }
            // The scan order: by cell; within a cell by own maximum, largest first (none first: no limit), so that
            // the chords just inside and just outside it fall along the cell; then by document.
            sortByCellAndMaximum(order, n, cellByDoc, ownByDoc);
            int[] position = new int[maxDoc];
            int[] cell = new int[n];
            int[] doc = new int[n];
            float[] x = new float[n];
            float[] y = new float[n];
            float[] z = new float[n];
            float[] ownInside = new float[n];
            float[] ownOutside = new float[n];
            long[] home = new long[n];
            double[] own = new double[n];
            for (int p = 0; p < n; p++) {
                int d = order[p];
                cell[p] = cellByDoc[d];
                doc[p] = d;
                position[d] = p;
                long v = homeByDoc[d];
                home[p] = v;
                double[] u = Chords.unit(GeoEncodingUtils.decodeLatitude((int) (v >> 32)),
                        GeoEncodingUtils.decodeLongitude((int) v));
                x[p] = (float) u[0];
                y[p] = (float) u[1];
                z[p] = (float) u[2];
                double km = ownByDoc[d];
                own[p] = km;
                ownInside[p] = Double.isNaN(km) ? Float.POSITIVE_INFINITY : Chords.down(Chords.inside(km));
                ownOutside[p] = Double.isNaN(km) ? Float.POSITIVE_INFINITY : Chords.up(Chords.outside(km));
            }
            return new Column(hasHome, position, cell, doc, x, y, z, ownInside, ownOutside, home, own);
        }

        /**
         * Sorts {@code order[0..n)} (indexes into {@code cells} and {@code maxKm}) by cell, then by maximum, largest
         * first (NaN, no maximum, first of all), then by index: the scan order of a cell's homes here and of a cell's
         * workplaces in {@link WorkplaceTravelQuery.Workplaces}, where a scan stops at the first maximum falling short.
         */
        static void sortByCellAndMaximum(int[] order, int n, int[] cells, double[] maxKm) {
            new org.apache.lucene.util.IntroSorter() {
                private int pivot;

                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return compareIndexes(pivot, order[j]);
                }

                @Override
                protected int compare(int i, int j) {
                    return compareIndexes(order[i], order[j]);
                }

                private int compareIndexes(int a, int b) {
                    int c = Integer.compare(cells[a], cells[b]);
                    if (c != 0) {
                        return c;
                    }
                    c = Double.compare(ownOrInfinity(maxKm[b]), ownOrInfinity(maxKm[a]));
                    return c != 0 ? c : Integer.compare(a, b);
                }

                @Override
                protected void swap(int i, int j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }.sort(0, n);
        }

        private static double ownOrInfinity(double km) {
            return Double.isNaN(km) ? Double.POSITIVE_INFINITY : km;
        }

        /** The first position whose cell is at least {@code cell}. */
        int firstAtLeast(int cellNumber) {
            int lo = 0;
            int hi = cell.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cell[mid] < cellNumber) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
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
                                if (column == null) {
                                    return passes(doc, home, own);
                                }
                                return !column.hasHome().get(doc) || passes(column, column.position()[doc]);
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
        double meters = lookupMeters(searcher);
        return Double.isNaN(meters) ? null : LatLonPoint.newDistanceQuery(Fields.C_HOME, lat, lon, meters);
    }

    /**
     * The radius of the homes that may pass: the need's maximum, else the largest own maximum in the index, with a
     * margin (the points index and the exact check round differently at the boundary); NaN when no home can pass.
     */
    private double lookupMeters(IndexSearcher searcher) throws IOException {
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
            return Double.NaN;
        }
        return Math.min(radiusKm * 1000.0 * (1 + 1e-6) + 1.0, MAX_RADIUS_METERS);
    }

    /**
     * This gate prepared for one searcher's segments, to be evaluated into bit sets (see
     * {@link Evaluation#matchesWithin}). Thread-safe as Lucene weights are.
     */
    Evaluation evaluation(IndexSearcher searcher) throws IOException {
        double meters = lookupMeters(searcher);
        Query near = Double.isNaN(meters) ? null : LatLonPoint.newDistanceQuery(Fields.C_HOME, lat, lon, meters);
        return new Evaluation(searcher, DomainGate.matchingWeight(searcher, passingWithoutCheck()), near,
                near == null ? null : cells(Rectangle.fromPointDistance(lat, lon, meters)));
    }

    /**
     * The grid cells covering a box, as runs of cell numbers {@code [from, to]} (both included), one or two per row
     * of the grid (two when the box crosses the date line). Every home in the box is in one of them.
     */
    static int[] cells(Rectangle box) {
        int firstRow = Column.row(box.minLat);
        int lastRow = Column.row(box.maxLat);
        boolean crosses = box.crossesDateline();
        int[] runs = new int[(lastRow - firstRow + 1) * (crosses ? 4 : 2)];
        int i = 0;
        for (int row = firstRow; row <= lastRow; row++) {
            int base = row * Column.ROW_STRIDE;
            if (crosses) {
                runs[i++] = base + Column.column(box.minLon);
                runs[i++] = base + Column.column(180);
                runs[i++] = base + Column.column(-180);
                runs[i++] = base + Column.column(box.maxLon);
            } else {
                runs[i++] = base + Column.column(box.minLon);
                runs[i++] = base + Column.column(box.maxLon);
            }
        }
        return runs;
    }


    /** The gate's two index parts: the documents passing without a distance, and the homes that may be near. */
    final class Evaluation implements DomainGate {
        private final IndexSearcher searcher;
        private final Weight direct;
        private final Query near;
        private final int[] cellRuns;
        /**
         * The points index's look-up of the homes near, for segments without columns only: made when first needed
         * (the distance query's weight builds a grid of the reach, a tenth of the gate's time when every segment
         * has columns). Two threads may both make it; either serves.
         */
        private volatile Weight nearWeight;

        private Evaluation(IndexSearcher searcher, Weight direct, Query near, int[] cellRuns) {
            this.searcher = searcher;
            this.direct = direct;
            this.near = near;
            this.cellRuns = cellRuns;
        }

        private Weight nearWeight() throws IOException {
            Weight w = nearWeight;
            if (w == null) {
                w = DomainGate.matchingWeight(searcher, near);
                nearWeight = w;
            }
            return w;
        }

        /**
         * The documents of {@code domain} in one segment that pass, as a bit set: the reach terms read whole into a
         * bit set, and the exact check run for the domain's homes in the grid cells covering the reach, scanned in
         * cell order (without per-segment columns: for the points index's homes, word by word). The same documents
         * the gate's scorer matches, without iterating a disjunction and a two-phase check one document at a time.
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
            if (near == null) {
                return out;
            }
            Column column = columns == null ? null : columns.of(leaf.reader());
            if (column != null) {
                // The homes of the cells covering the reach, cell by cell, then kept to the domain; a home passing the
                // check may also pass without it (no own maximum, when the need has none): setting its bit again
                // changes nothing. A cell wholly beyond the need's maximum is skipped. In a cell wholly within it, the
                // homes whose own maximum reaches the cell's farthest corner pass unchecked; they come first, as a
                // cell's homes are held by own maximum, largest first, and the check stops at the first home whose own
                // maximum falls short of the cell's nearest point (so do all after it).
                int[] docs = column.doc();
                float[] ownInside = column.ownInside();
                float[] ownOutside = column.ownOutside();
                for (int r = 0; r < cellRuns.length; r += 2) {
                    int end = column.firstAtLeast(cellRuns[r + 1] + 1);
                    int p = column.firstAtLeast(cellRuns[r]);
                    while (p < end) {
                        int cell = column.cell()[p];
                        int cellEnd = Math.min(end, column.firstAtLeast(cell + 1));
                        CellSpan span = span(cell);
                        double closest = span.nearest();
                        if (closest > needOutside) {
                            p = cellEnd; // every home of the cell is beyond the need's maximum
                            continue;
                        }
                        double far = span.farthest();
                        if (far <= needInside) {
                            // Within the need's maximum: the homes whose own maximum reaches the cell's farthest point
                            // pass, the first of the cell (own maxima fall along it).
                            for (; p < cellEnd && far <= ownInside[p]; p++) {
                                out.set(docs[p]);
                            }
                        }
                        // Checked one by one (those in the domain) until the own maxima fall short of the cell's
                        // nearest point.
                        for (; p < cellEnd && ownOutside[p] >= closest; p++) {
                            int doc = docs[p];
                            if (domain.get(doc) && passes(column, p)) {
                                out.set(doc);
                            }
                        }
                        p = cellEnd;
                    }
                }
                out.and(domain);
                return out;
            }
            ScorerSupplier ns = nearWeight().scorerSupplier(leaf);
            if (ns == null) {
                return out;
            }
            FixedBitSet check = new FixedBitSet(maxDoc);
            check.or(ns.get(Long.MAX_VALUE).iterator());
            check.and(domain);
            check.andNot(out);
            SortedNumericDocValues home = column != null ? null : DocValues.getSortedNumeric(leaf.reader(), Fields.C_HOME);
            SortedNumericDocValues own = column != null ? null : DocValues.getSortedNumeric(leaf.reader(), Fields.C_MAX_KM);
            long[] words = check.getBits();
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    if (passes(doc, home, own)) {
                        out.set(doc);
                    }
                }
            }
            return out;
        }
    }

    /**
     * How far a grid cell is from a point (the workplace here; the candidate's home in {@link WorkplaceTravelQuery}),
     * as squared chords of the unit sphere.
     *
     * @param nearest to the cell's nearest point, or less: the point's distance to the cell's centre less the
     *     centre's distance to the cell's farthest corner (the triangle inequality), 0 when that is not positive
     * @param farthest to the cell's farthest point (a little more), or infinity when the cell is too far for its
     *     corners to bound it: along a parallel the distance grows with the difference in longitude, along a meridian
     *     it has one minimum and, within 60 degrees of the point, no maximum inside a cell, so the farthest point
     *     of a cell is one of its corners
     */
    record CellSpan(double nearest, double farthest) {}

    /**
     * A grid cell ({@link Column#cell}) on the unit sphere: its centre, its corners and the angle from the centre to
     * the farthest corner, worked out once so that a cell's {@link #span} from many points costs no trigonometry
     * but one arc sine and one sine.
     */
    record Cell(double[] centre, double[][] corners, double radius) {
        static Cell of(int cell) {
            double lat0 = (cell / Column.ROW_STRIDE) / Column.ROWS_PER_DEGREE - 90;
            double lon0 = (cell % Column.ROW_STRIDE) / Column.COLUMNS_PER_DEGREE - 180;
            double lat1 = lat0 + 1 / Column.ROWS_PER_DEGREE;
            double lon1 = lon0 + 1 / Column.COLUMNS_PER_DEGREE;
            double[] c = Chords.unit((lat0 + lat1) / 2, (lon0 + lon1) / 2);
            double[][] corners = {Chords.unit(lat0, lon0), Chords.unit(lat0, lon1), Chords.unit(lat1, lon0),
                Chords.unit(lat1, lon1)};
            double radius = 0;
            for (double[] k : corners) {
                radius = Math.max(radius, angle(squaredChord(k, c[0], c[1], c[2])));
            }
            return new Cell(c, corners, radius);
        }

        /** How far this cell is from the point (x, y, z) of the unit sphere. */
        CellSpan span(double x, double y, double z) {
            double far = 0;
            for (double[] k : corners) {
                far = Math.max(far, squaredChord(k, x, y, z));
            }
            double a = (angle(squaredChord(centre, x, y, z)) - radius) * (1 - 1e-9) - 1e-12;
            double chord = a <= 0 ? 0 : 2 * Math.sin(a / 2);
            return new CellSpan(chord * chord, far < 1 ? far * (1 + 1e-9) : Double.POSITIVE_INFINITY); // 1: 60 degrees
        }
    }

    private CellSpan span(int cell) {
        return (columns == null ? Cell.of(cell) : columns.cell(cell)).span(wx, wy, wz);
    }

    private static double squaredChord(double[] u, double x, double y, double z) {
        double dx = u[0] - x;
        double dy = u[1] - y;
        double dz = u[2] - z;
        return dx * dx + dy * dy + dz * dz;
    }

    /** The angle (radians) of a squared chord of the unit sphere. */
    private static double angle(double squaredChord) {
        return 2 * Math.asin(Math.min(1, Math.sqrt(squaredChord) / 2));
    }

    /** Half the earth's circumference: every point is within it. */
    private static final double MAX_RADIUS_METERS = Math.PI * EARTH_RADIUS_METERS;

    private boolean passes(int doc, SortedNumericDocValues home, SortedNumericDocValues own) throws IOException {
        if (!home.advanceExact(doc)) {
            return true;
        }
        return passes(home.nextValue(), own.advanceExact(doc) ? NumericUtils.sortableLongToDouble(own.nextValue()) : Double.NaN);
    }

    /** The check of the home at position {@code p} of the column. */
    private boolean passes(Column column, int p) {
        double chord = Chords.between(column.x()[p], column.y()[p], column.z()[p], wx, wy, wz);
        if (chord <= needInside && chord <= column.ownInside()[p]) {
            return true;
        }
        if (chord > needOutside || chord > column.ownOutside()[p]) {
            return false;
        }
        return passes(column.home()[p], column.own()[p]); // near a maximum: the rule's own arithmetic decides
    }

    /** The rule for a known home (encoded as in doc values) and an own maximum (NaN when none). */
    private boolean passes(long encodedHome, double ownMax) {
        return rule(lat, lon, needMaxKm, GeoEncodingUtils.decodeLatitude((int) (encodedHome >> 32)),
                GeoEncodingUtils.decodeLongitude((int) encodedHome), ownMax);
    }

    /**
     * The travel rule for a known home: the sloppy haversine from the workplace to the home, in km, within the need's
     * maximum and the candidate's own (each NaN when none). The one definition the gate and candidate-first scoring
     * ({@link NeedScorer}) apply.
     */
    static boolean rule(double lat, double lon, double needMaxKm, double homeLat, double homeLon, double ownMax) {
        double km = SloppyMath.haversinMeters(lat, lon, homeLat, homeLon) / 1000.0;
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
