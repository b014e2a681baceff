package io.github.jobbmatch.search;

import io.github.jobbmatch.index.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
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
 * The candidate-first side of the travel gate ({@link TravelLimitQuery}): a need passes when the distance
 * from this candidate's home to the need's workplace is within the candidate's own maximum (if any) and
 * within the need's maximum (if any). The workplace is the need's own location, or else its employer's,
 * as the compiler takes it; a need whose workplace is unknown passes (the compiled need has no travel gate
 * then). A need indexed before these doc values existed passes too, so the gate never drops a need that
 * its own query would accept; the exact check is still the need's compiled query.
 *
 * <p>Two-phase over doc values with a high match cost, so a conjunction tests it only on needs that passed
 * every cheaper clause. Not cacheable: it depends on the employers' locations of one reader.
 */
final class WorkplaceTravelQuery extends Query {

    private static final double SLACK_KM = 0.001;

    private final double homeLat;
    private final double homeLon;
    private final double ownMaxKm;
    private final Map<String, double[]> employerLocations;

    /**
     * @param homeLat the candidate's home latitude
     * @param homeLon the candidate's home longitude
     * @param ownMaxKm the candidate's own maximum in km, or NaN when none
     * @param employerLocations employer id to {lat, lon}, for the employers with a known location
     */
    WorkplaceTravelQuery(double homeLat, double homeLon, double ownMaxKm, Map<String, double[]> employerLocations) {
        this.homeLat = homeLat;
        this.homeLon = homeLon;
        this.ownMaxKm = ownMaxKm;
        this.employerLocations = Objects.requireNonNull(employerLocations, "employerLocations");
    }

    /**
     * Whether a workplace at this distance passes, given the need's own maximum (NaN when none). One metre of
     * slack: the exact gate measures from the encoded home to the record's workplace, this from the record's
     * home to the encoded workplace, and a need on the very limit must not be lost here.
     */
    boolean within(double km, double needMaxKm) {
        return (Double.isNaN(needMaxKm) || km <= needMaxKm + SLACK_KM) && (Double.isNaN(ownMaxKm) || km <= ownMaxKm + SLACK_KM);
    }

    /**
     * The fast check of {@link #reaches} in squared chords of the unit sphere ({@link TravelLimitQuery.Chords}): a
     * workplace (as a float point of the unit sphere) whose chord from the home is inside both maxima, each plus the
     * slack, surely reaches, one outside either surely does not, and the rest is left to {@link #reaches}. The
     * candidate's side, once per search.
     */
    final class Chordal {
        private final double hx;
        private final double hy;
        private final double hz;
        private final double ownInside;
        private final double ownOutside;

        private Chordal() {
            double[] h = TravelLimitQuery.Chords.unit(homeLat, homeLon);
            hx = h[0];
            hy = h[1];
            hz = h[2];
            ownInside = inside(ownMaxKm);
            ownOutside = outside(ownMaxKm);
        }

        /** 1 when the workplace surely reaches, 0 when surely not, -1 when {@link #reaches} must decide. */
        int decide(float x, float y, float z, float needInside, float needOutside) {
            double chord = TravelLimitQuery.Chords.between(x, y, z, hx, hy, hz);
            if (chord <= needInside && chord <= ownInside) {
                return 1;
            }
            if (chord > needOutside || chord > ownOutside) {
                return 0;
            }
            return -1;
        }
    }

    /** The candidate's side of the fast check. */
    Chordal chordal() {
        return new Chordal();
    }

    /**
     * One segment's open needs with their workplaces, for the gate over all of them at once ({@link #reachable}):
     * ordered by the grid cell of the workplace ({@link TravelLimitQuery.Column#cell}) and within a cell by the need's
     * own maximum, largest first (none first), so that a search visits only the cells its reach can touch and, in a
     * cell, stops where the needs' maxima fall short of it. By position in that order: the need's document, its
     * workplace as a float point of the unit sphere, its maximum as squared chords just inside and just outside it,
     * and, for the rule itself, the workplace and the maximum (NaN: none). {@code always} holds the open needs whose
     * workplace is unknown (they pass). Depends on the employers' locations, so it is kept per reader.
     *
     * @param cells the distinct cells, ascending; {@code cellStart[i]} is the first position of {@code cells[i]}
     *     ({@code cellStart[cells.length]} the number of positions)
     */
    record Workplaces(FixedBitSet always, int[] cells, int[] cellStart, TravelLimitQuery.Cell[] geometry, int[] doc,
            float[] x, float[] y, float[] z, float[] needInside, float[] needOutside, double[] lat, double[] lon,
            double[] needMaxKm) {

        /**
         * The workplaces of a segment's open needs: the need's own location, else its employer's ({@code
         * employerLocations}, by employer id), as the compiler takes it.
         *
         * @param openDocs the segment's open needs, ascending
         */
        static Workplaces read(LeafReader reader, int[] openDocs, Map<String, double[]> employerLocations)
                throws IOException {
            int n = openDocs.length;
            FixedBitSet always = new FixedBitSet(reader.maxDoc());
            double[] latOf = new double[n];
            double[] lonOf = new double[n];
            double[] maxOf = new double[n];
            int[] cellOf = new int[n];
            int[] order = new int[n];
            int known = 0;
            SortedNumericDocValues own = DocValues.getSortedNumeric(reader, Fields.N_LOCATION);
            SortedSetDocValues employer = DocValues.getSortedSet(reader, Fields.N_EMPLOYER_ID);
            SortedNumericDocValues needMax = DocValues.getSortedNumeric(reader, Fields.N_MAX_KM);
            Map<Long, double[]> byOrd = new java.util.HashMap<>();
            for (int o = 0; o < n; o++) {
                int d = openDocs[o];
                double[] at;
                if (own.advanceExact(d)) {
                    long encoded = own.nextValue();
                    at = new double[] {GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                        GeoEncodingUtils.decodeLongitude((int) encoded)};
                } else if (employer.advanceExact(d)) {
                    long ord = employer.nextOrd();
                    if (!byOrd.containsKey(ord)) {
                        byOrd.put(ord, employerLocations.get(employer.lookupOrd(ord).utf8ToString()));
                    }
                    at = byOrd.get(ord);
                } else {
                    at = null;
                }
                if (at == null) {
                    always.set(d);
                    continue;
                }
                latOf[o] = at[0];
                lonOf[o] = at[1];
                maxOf[o] = needMax.advanceExact(d) ? NumericUtils.sortableLongToDouble(needMax.nextValue()) : Double.NaN;
                cellOf[o] = TravelLimitQuery.Column.row(at[0]) * TravelLimitQuery.Column.ROW_STRIDE
                        + TravelLimitQuery.Column.column(at[1]);
                order[known++] = o;
            }
            TravelLimitQuery.Column.sortByCellAndMaximum(order, known, cellOf, maxOf);
            int[] doc = new int[known];
            float[] x = new float[known];
            float[] y = new float[known];
            float[] z = new float[known];
            float[] needInside = new float[known];
            float[] needOutside = new float[known];
            double[] lat = new double[known];
            double[] lon = new double[known];
            double[] max = new double[known];
            int[] cells = new int[known];
            int[] cellStart = new int[known + 1];
            int distinct = 0;
            for (int p = 0; p < known; p++) {
                int o = order[p];
                if (distinct == 0 || cells[distinct - 1] != cellOf[o]) {
                    cells[distinct] = cellOf[o];
                    cellStart[distinct++] = p;
                }
                doc[p] = openDocs[o];
                lat[p] = latOf[o];
                lon[p] = lonOf[o];
                max[p] = maxOf[o];
                double[] unit = TravelLimitQuery.Chords.unit(lat[p], lon[p]);
                x[p] = (float) unit[0];
                y[p] = (float) unit[1];
                z[p] = (float) unit[2];
                needInside[p] = TravelLimitQuery.Chords.down(inside(max[p]));
                needOutside[p] = TravelLimitQuery.Chords.up(outside(max[p]));
            }
            cellStart[distinct] = known;
            TravelLimitQuery.Cell[] geometry = new TravelLimitQuery.Cell[distinct];
            for (int i = 0; i < distinct; i++) {
                geometry[i] = TravelLimitQuery.Cell.of(cells[i]);
            }
            return new Workplaces(always, Arrays.copyOf(cells, distinct), Arrays.copyOf(cellStart, distinct + 1),
                    geometry, doc, x, y, z, needInside, needOutside, lat, lon, max);
        }
    }

    /**
     * The open needs of a segment this candidate reaches, among {@code check} (every need outside {@code check} may
     * be left out or put in): what {@link #reaches} says of each, most decided by squared chords and by cells. Only
     * the cells within the candidate's own maximum are visited (all of them without one); a cell whose nearest point
     * is beyond it is skipped; in a cell, the needs whose maximum and the candidate's both reach the cell's farthest
     * point pass unchecked (they come first: a cell's needs are held by maximum, largest first), and the check stops
     * at the first need whose maximum falls short of the cell's nearest point (so do all after it).
     */
    FixedBitSet reachable(Workplaces w, FixedBitSet check) {
        FixedBitSet out = w.always().clone();
        Chordal fast = chordal();
        int[] cells = w.cells();
        int[] runs = null;
        if (!Double.isNaN(ownMaxKm) && ownMaxKm < 5_000) {
            // A box a little larger than the reach; the cells' spans decide within it.
            runs = TravelLimitQuery.cells(org.apache.lucene.geo.Rectangle.fromPointDistance(homeLat, homeLon,
                    ownMaxKm * 1000 * 1.001 + 1000));
        }
        if (runs == null) {
            for (int i = 0; i < cells.length; i++) {
                cell(w, i, fast, check, out);
            }
        } else {
            for (int r = 0; r < runs.length; r += 2) {
                int i = Arrays.binarySearch(cells, runs[r]);
                for (i = i < 0 ? -i - 1 : i; i < cells.length && cells[i] <= runs[r + 1]; i++) {
                    cell(w, i, fast, check, out);
                }
            }
        }
        return out;
    }

    private void cell(Workplaces w, int i, Chordal fast, FixedBitSet check, FixedBitSet out) {
        TravelLimitQuery.CellSpan span = w.geometry()[i].span(fast.hx, fast.hy, fast.hz);
        double nearest = span.nearest();
        if (nearest > fast.ownOutside) {
            return; // the whole cell is beyond the candidate's maximum
        }
        int p = w.cellStart()[i];
        int end = w.cellStart()[i + 1];
        int[] doc = w.doc();
        float[] needInside = w.needInside();
        float[] needOutside = w.needOutside();
        double far = span.farthest();
        if (far <= fast.ownInside) {
            for (; p < end && far <= needInside[p]; p++) {
                out.set(doc[p]);
            }
        }
        for (; p < end && needOutside[p] >= nearest; p++) {
            int d = doc[p];
            if (!check.get(d)) {
                continue;
            }
            int sure = fast.decide(w.x()[p], w.y()[p], w.z()[p], needInside[p], needOutside[p]);
            if (sure == 1 || (sure == -1 && reaches(w.lat()[p], w.lon()[p], w.needMaxKm()[p]))) {
                out.set(d);
            }
        }
    }

    /** Squared chords at or below this are within a maximum (NaN: none) plus the slack. */
    static double inside(double maxKm) {
        return Double.isNaN(maxKm) ? Double.POSITIVE_INFINITY : TravelLimitQuery.Chords.inside(maxKm + SLACK_KM);
    }

    /** Squared chords above this are beyond a maximum (NaN: none) plus the slack. */
    static double outside(double maxKm) {
        return Double.isNaN(maxKm) ? Double.POSITIVE_INFINITY : TravelLimitQuery.Chords.outside(maxKm + SLACK_KM);
    }

    /** Whether a workplace at this location passes, given the need's own maximum (NaN when none): as the scorer tests. */
    boolean reaches(double lat, double lon, double needMaxKm) {
        return within(km(lat, lon), needMaxKm);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                var reader = context.reader();
                SortedNumericDocValues own = DocValues.getSortedNumeric(reader, Fields.N_LOCATION);
                SortedSetDocValues employer = DocValues.getSortedSet(reader, Fields.N_EMPLOYER_ID);
                SortedNumericDocValues needMax = DocValues.getSortedNumeric(reader, Fields.N_MAX_KM);
                // Distance per employer ordinal of this segment, resolved on first use: NaN unknown, -1 not looked up.
                double[] byOrd = new double[(int) Math.min(Integer.MAX_VALUE, employer.getValueCount())];
                Arrays.fill(byOrd, -1);
                DocIdSetIterator all = DocIdSetIterator.all(reader.maxDoc());
                TwoPhaseIterator tpi = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() throws IOException {
                        int doc = approximation.docID();
                        double km;
                        if (own.advanceExact(doc)) {
                            long encoded = own.nextValue();
                            km = km(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                                    GeoEncodingUtils.decodeLongitude((int) encoded));
                        } else if (employer.advanceExact(doc)) {
                            int ord = (int) employer.nextOrd();
                            if (byOrd[ord] == -1) {
                                double[] at = employerLocations.get(employer.lookupOrd(ord).utf8ToString());
                                byOrd[ord] = at == null ? Double.NaN : km(at[0], at[1]);
                            }
                            km = byOrd[ord];
                        } else {
                            return true; // indexed without the employer's doc values: leave it to the exact check
                        }
                        if (Double.isNaN(km)) {
                            return true; // workplace unknown: the need's own query has no travel gate
                        }
                        double max = needMax.advanceExact(doc)
                                ? NumericUtils.sortableLongToDouble(needMax.nextValue()) : Double.NaN;
                        return within(km, max);
                    }

                    @Override
                    public float matchCost() {
                        return 100f; // doc-value reads and a haversine
                    }
                };
                Scorer scorer = new ConstantScoreScorer(score(), scoreMode, tpi);
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    private double km(double lat, double lon) {
        return SloppyMath.haversinMeters(homeLat, homeLon, lat, lon) / 1000.0;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.N_LOCATION)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "WorkplaceTravel(" + homeLat + "," + homeLon + ", ownMaxKm=" + ownMaxKm + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && homeLat == ((WorkplaceTravelQuery) o).homeLat
                && homeLon == ((WorkplaceTravelQuery) o).homeLon
                && Double.compare(ownMaxKm, ((WorkplaceTravelQuery) o).ownMaxKm) == 0
                && employerLocations == ((WorkplaceTravelQuery) o).employerLocations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), homeLat, homeLon, ownMaxKm, System.identityHashCode(employerLocations));
    }
}
