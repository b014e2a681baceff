package io.github.jobbmatch.index;

/**
 * Lucene field names of the index. Keyword fields hold exact terms; text fields go through the
 * configured analyzer. Public so that query compilers and tools speak the same names.
 */
public final class Fields {

    /** Document type, {@link DocType#key()}. */
    public static final String TYPE = "type";
    /** Unique key per document, {@link DocType#uid(String)}: the term of upserts and deletes. */
    public static final String UID = "uid";
    /** The document's id (keyword, with sorted-set doc values: the tie-break of equal scores). */
    public static final String ID = "id";
    /** Stored compact copy of the record ({@link RecordCodec}). */
    public static final String RECORD = "record";

    // Candidate fields.
    /** Held concepts plus their broader closure: a {@code must X} gate is the single term X. */
    public static final String C_SATISFIES = "c.satisfies";
    /** Held concepts only (exact level). */
    public static final String C_HELD = "c.held";
    /** Concepts of the wished occupations. */
    public static final String C_WISH = "c.wish.concept";
    /** STYRK-08 codes of experience at 4/3/2/1 digits, as {@code "4:5321"}, {@code "3:532"}, ... */
    public static final String C_EXP_STYRK = "c.exp.styrk";
    /** STYRK-08 codes of wishes, as {@link #C_EXP_STYRK}. */
    public static final String C_WISH_STYRK = "c.wish.styrk";
    /** Languages as {@code code:level} for every level at or below the held one. */
    public static final String C_LANG = "c.lang";
    /** Text: competence, certificate, experience, education and licence labels. */
    public static final String C_LABELS = "c.labels";
    /** Text: interests and wished occupation titles. */
    public static final String C_INTERESTS = "c.interests";
    /** Text: everything free (interests, strengths, experience, competences, wishes). */
    public static final String C_TEXT = "c.text";
    /** Text: experience titles. */
    public static final String C_EXP_TEXT = "c.exp.text";
    /** Text: wished occupation titles. */
    public static final String C_WISH_TEXT = "c.wish.text";
    /** Home: LatLonPoint and LatLonDocValuesField. */
    public static final String C_HOME = "c.home";
    /** The candidate's own maximum travel distance (DoubleField, km). */
    public static final String C_MAX_KM = "c.maxTravelKm";
    /**
     * How far the candidate's reach is known, for the travel gate's index look-up: {@link #REACH_ANYWHERE} when
     * no home is known (every travel limit passes), {@link #REACH_UNLIMITED} when the home is known but no own
     * maximum travel distance; absent when both are known (then the home is found by distance).
     */
    public static final String C_REACH = "c.reach";
    /** {@link #C_REACH}: no home location. */
    public static final String REACH_ANYWHERE = "anywhere";
    /** {@link #C_REACH}: a home location and no own maximum travel distance. */
    public static final String REACH_UNLIMITED = "unlimited";
    /** Available from, epoch day (LongField). */
    public static final String C_FROM = "c.from";
    /** Position percent minimum and maximum (DoubleField). */
    public static final String C_PERCENT_MIN = "c.percent.min";
    public static final String C_PERCENT_MAX = "c.percent.max";
    /** Shifts the candidate can work; {@link #UNKNOWN} when not stated. */
    public static final String C_SHIFT = "c.shift";
    /** Accommodation needs (wire values). */
    public static final String C_ACCOMMODATION = "c.accommodation";
    /** Consent: searchable (wire value). */
    public static final String C_SEARCHABLE = "c.searchable";
    /** The following organisation (for own-organisation consent only; never scored). */
    public static final String C_ORG = "c.org";
    /** Consent: shareWithEmployer (wire value). */
    public static final String C_SHARE = "c.share";
    /** Readiness (wire value). */
    public static final String C_READINESS = "c.readiness";
    /** {@code "true"} when a trial shows stable attendance. */
    public static final String C_STABLE_TRIAL = "c.stableTrial";
    /** Target groups (wire values). */
    public static final String C_TARGET_GROUP = "c.targetGroup";

    // Need fields, for candidate-first search.
    public static final String N_STATUS = "n.status";
    public static final String N_EMPLOYER = "n.employer";
    /**
     * The employer id as sorted doc values (a field of its own: adding doc values to {@link #N_EMPLOYER} would not
     * fit indexes written before), for the candidate-first travel gate.
     */
    public static final String N_EMPLOYER_ID = "n.employerId";
    /** Concept ids of must requirements. */
    public static final String N_MUST = "n.must";
    /** STYRK-08 of the need at 4/3/2/1 digits. */
    public static final String N_STYRK = "n.styrk";
    public static final String N_SHIFT = "n.shift";
    /** Must languages as {@code code:level}. */
    public static final String N_LANG_MUST = "n.lang.must";
    public static final String N_TEXT = "n.text";
    public static final String N_LOCATION = "n.location";
    /** The need's own maximum travel distance in km (DoubleField), for the candidate-first travel gate. */
    public static final String N_MAX_KM = "n.maxKm";

    /**
     * Candidate-first gate terms of a need (CoveringQuery): {@link #REV_ALL} on every need, {@code c:ID} per must
     * with exactly one concept, {@code w:WORD} per analysed word of a must without a concept, {@code l:CODE:LEVEL}
     * per must language.
     */
    public static final String N_REV_MUST = "n.rev.must";
    /** How many {@link #N_REV_MUST} terms a candidate must cover (LongField: points and sorted-numeric doc values). */
    public static final String N_REV_MUST_COUNT = "n.rev.mustCount";
    /**
     * The most {@link #N_REV_MUST} terms one must contributes (LongField; 1 without musts): how far short
     * of the required count a candidate missing exactly one must can be.
     */
    public static final String N_REV_MUST_SLACK = "n.rev.mustSlack";
    /** The term every need and every candidate-first query carry, so that a need's required count is at least 1. */
    public static final String REV_ALL = "_all";
    /** Accommodations the need's form marks not possible (wire values). */
    public static final String N_NOT_POSSIBLE = "n.notPossible";
    /** Position percent the need accepts (DoubleField). */
    public static final String N_PERCENT_MIN = "n.percent.min";
    public static final String N_PERCENT_MAX = "n.percent.max";

    // Employer fields.
    public static final String E_STATUS = "e.status";
    /** The employer's id as sorted doc values, to read the ids of paused employers without stored fields. */
    public static final String E_ID = "e.id";
    /** {@code "true"} when the employer's capacity is 0: at capacity with nobody in process. */
    public static final String E_NO_CAPACITY = "e.noCapacity";
    /**
     * The employer's location (a geo point: LatLonPoint and LatLonDocValuesField): the workplace of its needs without a location of their
     * own, for the candidate-first travel gate.
     */
    public static final String E_LOCATION = "e.location";

    /** The term of a list that was not stated (unknown passes the gates that test for it). */
    public static final String UNKNOWN = "_unknown";

    private Fields() {}

    /** STYRK prefix terms of a 4-digit code: {@code 4:5321, 3:532, 2:53, 1:5}. */
    public static String styrkTerm(String code, int digits) {
        return digits + ":" + code.substring(0, digits);
    }
}
