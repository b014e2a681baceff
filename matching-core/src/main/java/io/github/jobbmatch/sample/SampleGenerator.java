package io.github.jobbmatch.sample;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Attendance;
import io.github.jobbmatch.model.Availability;
import io.github.jobbmatch.model.Candidate;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Certificate;
import io.github.jobbmatch.model.Competence;
import io.github.jobbmatch.model.Consent;
import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.Education;
import io.github.jobbmatch.model.EducationLevel;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerHistory;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.EvidenceSource;
import io.github.jobbmatch.model.Experience;
import io.github.jobbmatch.model.ExperienceKind;
import io.github.jobbmatch.model.FollowedBy;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.LanguageSkill;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Mobility;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.Opening;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.OrganisationKind;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.Readiness;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Searchable;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.ShareWithEmployer;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.TargetGroup;
import io.github.jobbmatch.model.Task;
import io.github.jobbmatch.model.TrialEvidence;
import io.github.jobbmatch.model.TrialOutcome;
import io.github.jobbmatch.model.Wish;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of realistic Norwegian sample data: candidates, employers and needs,
 * calibrated on NAV's public figures ({@link Calibration}) and on the field reports behind the design
 * (see {@code docs/sample-data.md}). Every document is derived from the seed and its own index only,
 * so {@link #candidate(long)} needs no memory per document, streams are as long as asked for, and the
 * same seed, calibration and reference date always give identical output. Every document passes
 * {@link io.github.jobbmatch.model.Validator}. Immutable and thread-safe.
 */
public final class SampleGenerator {

    /** The reference date ("today") when none is given: all dates are placed around it. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 23);

    // Field reports: ages 18-24 / 25-29 / 30-49 / 50+ of hired NAV candidates.
    private static final double[] AGE_BANDS = {23, 18, 43, 16};
    private static final int[][] AGE_RANGES = {{18, 24}, {25, 29}, {30, 49}, {50, 66}};
    /** Field reports: about 35 % immigrants. */
    static final double IMMIGRANT_SHARE = 0.35;
    /** Field reports: 69 % without higher education. */
    static final double HIGHER_EDUCATION_SHARE = 0.31;
    // Field reports: needs-assessment groups standard / situational / specially adapted / other.
    private static final double[] ASSESSMENT = {18, 46, 31, 5};
    private static final int STANDARD = 0;
    private static final int SITUATIONAL = 1;
    private static final int SPECIAL = 2;

    /**
     * How often a candidate needs each accommodation, relative weights. Mental health, not physical
     * disability, dominates among young people with reduced work capacity (field reports: 68 % of those
     * on work assessment allowance), so the needs that follow from it come first.
     */
    private static final Map<Accommodation, Double> NEED_WEIGHTS = needWeights();

    /**
     * Share of employers who find a limitation "hard" or "very hard" to combine with their tasks
     * (field reports), mapped to the accommodation that would meet it. Scaled by
     * {@link #NOT_POSSIBLE_SCALE}: finding something hard is not the same as ruling it out.
     */
    private static final Map<Accommodation, Double> HARDNESS = hardness();
    private static final double NOT_POSSIBLE_SCALE = 0.4;

    private static final long CANDIDATE_STREAM = 0x43414e44L;
    private static final long EMPLOYER_STREAM = 0x454d504cL;
    private static final long NEED_STREAM = 0x4e454544L;

    private final long seed;
    private final Calibration calibration;
    private final LocalDate reference;
    private final Weighted<Calibration.Occupation> seekers;
    private final Map<Trade, Weighted<Calibration.Occupation>> seekersByTrade;
    private final Weighted<Calibration.Demand> demand;
    private final Map<Trade, Weighted<Calibration.Demand>> demandByTrade;
    private final Map<Trade, Map<County, Weighted<Calibration.Demand>>> demandByTradeCounty;
    private final Weighted<Municipality> homes;
    private final Map<County, Weighted<Municipality>> homesByCounty;
    private final Map<String, Municipality> municipalityByNumber;
    private final double higherShareOther;

    /** A generator with the {@link #DEFAULT_REFERENCE_DATE}. */
    public SampleGenerator(long seed, Calibration calibration) {
        this(seed, calibration, DEFAULT_REFERENCE_DATE);
    }

    /**
     * @param seed the seed; the same seed gives the same documents
     * @param calibration the figures to calibrate on
     * @param referenceDate "today" for the generated data (profiles updated before it, availability around it)
     */
    public SampleGenerator(long seed, Calibration calibration, LocalDate referenceDate) {
        this.seed = seed;
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.reference = Objects.requireNonNull(referenceDate, "referenceDate");
        this.seekers = new Weighted<>(calibration.seekers(), Calibration.Occupation::weight);
        Map<Trade, List<Calibration.Occupation>> byTrade = new HashMap<>();
        for (Calibration.Occupation o : calibration.seekers()) {
            byTrade.computeIfAbsent(Trades.of(o.styrk08()), k -> new ArrayList<>()).add(o);
        }
        Map<Trade, Weighted<Calibration.Occupation>> st = new HashMap<>();
        byTrade.forEach((t, l) -> st.put(t, new Weighted<>(l, Calibration.Occupation::weight)));
        this.seekersByTrade = Map.copyOf(st);

        this.demand = new Weighted<>(calibration.demand(), Calibration.Demand::weight);
        Map<Trade, List<Calibration.Demand>> dt = new HashMap<>();
        Map<Trade, Map<County, List<Calibration.Demand>>> dtc = new HashMap<>();
        for (Calibration.Demand d : calibration.demand()) {
            Trade t = Trades.of(d.styrk08());
            dt.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
            dtc.computeIfAbsent(t, k -> new EnumMap<>(County.class)).computeIfAbsent(d.county(), k -> new ArrayList<>()).add(d);
        }
        Map<Trade, Weighted<Calibration.Demand>> dw = new HashMap<>();
        dt.forEach((t, l) -> dw.put(t, new Weighted<>(l, Calibration.Demand::weight)));
        this.demandByTrade = Map.copyOf(dw);
        Map<Trade, Map<County, Weighted<Calibration.Demand>>> dcw = new HashMap<>();
        dtc.forEach((t, m) -> {
            Map<County, Weighted<Calibration.Demand>> inner = new EnumMap<>(County.class);
            m.forEach((c, l) -> inner.put(c, new Weighted<>(l, Calibration.Demand::weight)));
            dcw.put(t, java.util.Collections.unmodifiableMap(inner));
        });
        this.demandByTradeCounty = Map.copyOf(dcw);

        this.homes = new Weighted<>(Municipalities.ALL, Municipality::populationThousands);
        Map<County, Weighted<Municipality>> hc = new EnumMap<>(County.class);
        Municipalities.BY_COUNTY.forEach((c, l) -> hc.put(c, new Weighted<>(l, Municipality::populationThousands)));
        this.homesByCounty = java.util.Collections.unmodifiableMap(hc);
        Map<String, Municipality> byNumber = new HashMap<>();
        Municipalities.ALL.forEach(m -> byNumber.put(m.number(), m));
        this.municipalityByNumber = Map.copyOf(byNumber);
        this.higherShareOther = higherShareOther(calibration);
    }

    /** The calibration in use. */
    public Calibration calibration() {
        return calibration;
    }

    /** The reference date ("today") of the generated data. */
    public LocalDate referenceDate() {
        return reference;
    }

    // ---- candidates ------------------------------------------------------------------------------

    /** The candidates with indexes 0 to n-1, generated lazily in order. */
    public Stream<Candidate> candidates(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return LongStream.range(0, n).mapToObj(this::candidate);
    }

    /** The candidate with this index (id {@code k-<index>}); derived from the seed and index alone. */
    public Candidate candidate(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        SplittableRandom r = random(CANDIDATE_STREAM, index);
        int band = pick(r, AGE_BANDS);
        int age = between(r, AGE_RANGES[band][0], AGE_RANGES[band][1]);
        boolean immigrant = r.nextDouble() < IMMIGRANT_SHARE;
        int assessment = pick(r, ASSESSMENT);
        Calibration.Occupation primary = seekers.pick(r);
        Trade trade = Trades.of(primary.styrk08());
        Municipality home = homes.pick(r);

        List<Experience> experience = new ArrayList<>();
        double maxYears = Math.max(0.5, age - 17);
        boolean worked = r.nextDouble() < (band == 0 ? 0.7 : 0.9);
        if (worked) {
            experience.add(new Experience(title(r, primary.styrk08()), primary.styrk08(),
                    years(r, Math.min(maxYears, 30)), ExperienceKind.WORK));
        }
        if (r.nextDouble() < 0.35 && band > 0) {
            Calibration.Occupation other = seekers.pick(r);
            if (!other.styrk08().equals(primary.styrk08())) {
                experience.add(new Experience(title(r, other.styrk08()), other.styrk08(),
                        years(r, Math.min(maxYears, 10)), ExperienceKind.WORK));
            }
        }
        boolean apprentice = trade.fagbrev() != null && band <= 1 && r.nextDouble() < 0.12;
        if (apprentice) {
            experience.add(new Experience("Lærling, " + lower(title(r, primary.styrk08())), primary.styrk08(),
                    r.nextBoolean() ? 1.0 : 2.0, ExperienceKind.APPRENTICESHIP));
        }
        List<TrialEvidence> evidence = new ArrayList<>();
        if (r.nextDouble() < 0.45) {
            int trials = r.nextDouble() < 0.75 ? 1 : 2;
            LocalDate end = reference.minusDays(between(r, 0, 120));
            for (int i = 0; i < trials; i++) {
                LocalDate from = end.minusDays(between(r, 30, 180));
                Attendance attendance = r.nextDouble() < 0.7 ? Attendance.STABLE : Attendance.VARIABLE;
                double u = r.nextDouble();
                TrialOutcome outcome = attendance == Attendance.STABLE
                        ? (u < 0.7 ? TrialOutcome.COMPLETED : u < 0.82 ? TrialOutcome.HIRED : TrialOutcome.ENDED_EARLY)
                        : (u < 0.45 ? TrialOutcome.COMPLETED : u < 0.5 ? TrialOutcome.HIRED : TrialOutcome.ENDED_EARLY);
                evidence.add(0, new TrialEvidence(from, end, null, attendance, outcome));
                end = from.minusDays(between(r, 30, 400));
            }
            experience.add(new Experience(title(r, primary.styrk08()), primary.styrk08(),
                    round1(Math.max(0.1, evidence.stream().mapToLong(e -> e.to().toEpochDay() - e.from().toEpochDay()).sum() / 365.0)),
                    ExperienceKind.TRIAL));
        }
        if (r.nextDouble() < 0.25) {
            experience.add(new Experience(choose(r, Texts.HOME), null, years(r, Math.min(maxYears, 20)), ExperienceKind.HOME));
        }
        if (r.nextDouble() < 0.2) {
            experience.add(new Experience(choose(r, Texts.VOLUNTEER), null, years(r, Math.min(maxYears, 8)), ExperienceKind.VOLUNTEER));
        }

        List<Wish> wishes = new ArrayList<>();
        wishes.add(r.nextDouble() < 0.15 ? new Wish(null, primary.styrk08()) : new Wish(title(r, primary.styrk08()), primary.styrk08()));
        if (r.nextDouble() < 0.4) {
            Weighted<Calibration.Occupation> same = seekersByTrade.get(trade);
            Calibration.Occupation o = same != null && r.nextBoolean() ? same.pick(r) : seekers.pick(r);
            if (!o.styrk08().equals(primary.styrk08())) {
                wishes.add(new Wish(title(r, o.styrk08()), o.styrk08()));
            }
        }

        List<Education> education = education(r, primary.styrk08(), trade, band, immigrant, apprentice);
        boolean higher = education.stream().anyMatch(e -> isHigher(e.level()) && Boolean.TRUE.equals(e.completed()));
        boolean tradeCertificate = education.stream().anyMatch(e -> e.level() == EducationLevel.TRADE_CERTIFICATE);

        List<Competence> competences = new ArrayList<>();
        int nc = between(r, 1, 4);
        for (String label : distinct(r, trade.competences(), nc, true)) {
            EvidenceSource source = !evidence.isEmpty() && r.nextDouble() < 0.35 ? EvidenceSource.TRIAL
                    : pickOf(r, new EvidenceSource[] {EvidenceSource.CV, EvidenceSource.COURSE, EvidenceSource.ADVISER}, new double[] {65, 12, 23});
            Integer level = r.nextDouble() < 0.8 ? Integer.valueOf(between(r, 1, 5)) : null;
            competences.add(new Competence(label, null, level, source));
        }

        Set<String> certs = new LinkedHashSet<>();
        for (String c : trade.courses()) {
            if (r.nextDouble() < 0.2) {
                certs.add(c);
            }
        }
        if (tradeCertificate && trade.fagbrev() != null) {
            certs.add(trade.fagbrev());
        }
        if (higher && trade.higher() != null && trade.higher().startsWith("Autorisasjon")) {
            certs.add(trade.higher());
        }
        if (r.nextDouble() < 0.15) {
            certs.add("Politiattest kan fremvises");
        }
        if (r.nextDouble() < 0.06) {
            certs.add("Truckførerbevis T1-T4");
        }
        if (r.nextDouble() < 0.06) {
            certs.add("Hygienekurs for næringsmiddelbransjen");
        }
        if (r.nextDouble() < 0.08) {
            certs.add("Førstehjelpskurs");
        }
        List<Certificate> certificates = certs.stream().map(c -> new Certificate(c, null)).toList();

        List<LanguageSkill> languages = new ArrayList<>();
        LanguageLevel norwegian;
        if (immigrant) {
            String nativeLanguage = Texts.NATIVE_LANGUAGES.get(pick(r, Texts.NATIVE_LANGUAGE_WEIGHTS));
            languages.add(new LanguageSkill(nativeLanguage, LanguageLevel.NATIVE));
            norwegian = pickOf(r, new LanguageLevel[] {LanguageLevel.BASIC, LanguageLevel.GOOD, LanguageLevel.FLUENT}, new double[] {35, 45, 20});
            languages.add(new LanguageSkill("no", norwegian));
            if (!nativeLanguage.equals("en") && r.nextDouble() < 0.35) {
                languages.add(new LanguageSkill("en", r.nextBoolean() ? LanguageLevel.BASIC : LanguageLevel.GOOD));
            }
        } else {
            norwegian = LanguageLevel.NATIVE;
            languages.add(new LanguageSkill("no", LanguageLevel.NATIVE));
            if (r.nextDouble() < 0.6) {
                languages.add(new LanguageSkill("en", r.nextDouble() < 0.5 ? LanguageLevel.GOOD : LanguageLevel.FLUENT));
            }
        }

        Set<String> interests = new LinkedHashSet<>(distinct(r, trade.interests(), between(r, 0, 2), true));
        if (r.nextDouble() < 0.5) {
            interests.add(choose(r, Texts.GENERAL_INTERESTS));
        }

        String strengths = null;
        if (r.nextDouble() < 0.9) {
            List<String> parts = new ArrayList<>();
            List<String> own = Texts.TRADE_STRENGTHS.get(trade.key());
            if (own != null && r.nextDouble() < 0.5) {
                parts.add(choose(r, own));
            }
            parts.addAll(distinct(r, Texts.STRENGTHS, parts.isEmpty() ? 2 : 1, false));
            strengths = String.join(" ", parts);
        }

        List<Accommodation> needs = accommodationNeeds(r, assessment, immigrant && norwegian == LanguageLevel.BASIC);

        List<TargetGroup> groups = new ArrayList<>();
        if (band <= 1) {
            groups.add(TargetGroup.YOUTH); // NAV's youth effort covers everyone under 30
        }
        if (immigrant) {
            groups.add(TargetGroup.IMMIGRANT);
        }
        if (assessment == SPECIAL || assessment == SITUATIONAL && r.nextDouble() < 0.25) {
            groups.add(TargetGroup.REDUCED_WORK_CAPACITY);
        }
        if (r.nextDouble() < (worked ? 0.2 : 0.5)) {
            groups.add(TargetGroup.CV_GAP);
        }
        if (band >= 2 && r.nextDouble() < 0.35) {
            groups.add(TargetGroup.LONG_TERM_UNEMPLOYED);
        }

        Readiness readiness = r.nextDouble() < 0.05 ? null
                : pickOf(r, Readiness.values(), assessment == STANDARD ? new double[] {75, 20, 5} : new double[] {58, 32, 10});

        List<String> licences = licences(r, primary.styrk08(), trade, band, immigrant);
        Double maxTravel = r.nextDouble() < 0.1 ? null
                : (double) new int[] {10, 15, 20, 30, 40, 50, 60, 80}[pick(r, new double[] {8, 12, 20, 20, 14, 12, 8, 6})];
        Mobility mobility = r.nextDouble() < 0.04 ? null
                : new Mobility(maxTravel, licences, licences.contains("B") ? r.nextDouble() < 0.75 : Boolean.FALSE,
                        r.nextDouble() < 0.1);

        int[][] ranges = {{20, 40}, {20, 50}, {40, 60}, {50, 80}, {50, 100}, {60, 100}, {80, 100}, {100, 100}};
        double[] rangeWeights = assessment == SPECIAL ? new double[] {15, 20, 20, 15, 12, 8, 6, 4}
                : assessment == STANDARD ? new double[] {1, 1, 3, 5, 15, 15, 25, 35}
                : new double[] {4, 6, 10, 12, 20, 15, 15, 18};
        int[] range = ranges[pick(r, rangeWeights)];
        List<Shift> shifts = new ArrayList<>();
        if (r.nextDouble() < 0.95) {
            shifts.add(Shift.DAY);
        }
        if (r.nextDouble() < 0.35) {
            shifts.add(Shift.EVENING);
        }
        if (r.nextDouble() < 0.08) {
            shifts.add(Shift.NIGHT);
        }
        if (r.nextDouble() < 0.25) {
            shifts.add(Shift.WEEKEND);
        }
        if (shifts.isEmpty()) {
            shifts.add(Shift.DAY);
        }
        Availability availability = new Availability(reference.plusDays(between(r, -30, 120)),
                new PercentRange((double) range[0], (double) range[1]), shifts);

        double ageOfProfile = r.nextDouble();
        LocalDate updated = reference.minusDays((long) (ageOfProfile * ageOfProfile * 365));

        return new Candidate("k-" + index, updated, followedBy(r, home, immigrant, band), consent(r), readiness,
                jitter(r, home), mobility, availability, experience, wishes, competences, certificates, education,
                languages, List.copyOf(interests), strengths, needs, groups, evidence);
    }

    private List<Education> education(SplittableRandom r, String styrk, Trade trade, int band, boolean immigrant, boolean apprentice) {
        List<Education> out = new ArrayList<>();
        double[] ageFactor = {0.35, 1.1, 1.15, 1.0};
        double p = higherShare(styrk) * ageFactor[band] / 0.933;
        if (r.nextDouble() < Math.min(0.97, p)) {
            EducationLevel level = pickOf(r, new EducationLevel[] {EducationLevel.VOCATIONAL_COLLEGE, EducationLevel.BACHELOR, EducationLevel.MASTER},
                    new double[] {15, 62, 23});
            String field = trade.educationField() + (immigrant && r.nextDouble() < 0.4 ? " (utdanning fra utlandet)" : "");
            out.add(new Education(level, field, Boolean.TRUE));
            return out;
        }
        double u = r.nextDouble();
        if (apprentice || u < 0.3 && trade.fagbrev() != null) {
            out.add(new Education(EducationLevel.TRADE_CERTIFICATE, trade.educationField(), !apprentice || r.nextBoolean()));
        } else if (u < 0.75) {
            out.add(new Education(EducationLevel.UPPER_SECONDARY, r.nextDouble() < 0.5 ? "Studiespesialisering" : trade.educationField(),
                    r.nextDouble() < 0.65));
        } else if (r.nextDouble() < 0.9) {
            out.add(new Education(EducationLevel.PRIMARY, immigrant && r.nextBoolean() ? "Grunnskole for voksne" : null, Boolean.TRUE));
        }
        return out;
    }

    private double higherShare(String styrk) {
        char major = styrk.charAt(0);
        return major == '1' || major == '2' ? 0.9 : major == '3' ? 0.5 : higherShareOther;
    }

    /**
     * The higher-education share of occupations outside STYRK major groups 1-3 that makes the overall
     * share come out at the field reports' 31 %, given how the calibration spreads seekers over groups.
     */
    private static double higherShareOther(Calibration c) {
        double total = 0;
        double academic = 0;
        double technicians = 0;
        for (Calibration.Occupation o : c.seekers()) {
            total += o.weight();
            char major = o.styrk08().charAt(0);
            if (major == '1' || major == '2') {
                academic += o.weight();
            } else if (major == '3') {
                technicians += o.weight();
            }
        }
        double rest = total - academic - technicians;
        if (rest <= 0) {
            return 0.1;
        }
        double p = (HIGHER_EDUCATION_SHARE * total - 0.9 * academic - 0.5 * technicians) / rest;
        return Math.max(0.02, Math.min(0.9, p));
    }

    private static boolean isHigher(EducationLevel level) {
        return level == EducationLevel.VOCATIONAL_COLLEGE || level == EducationLevel.BACHELOR
                || level == EducationLevel.MASTER || level == EducationLevel.DOCTORATE;
    }

    private static List<Accommodation> accommodationNeeds(SplittableRandom r, int assessment, boolean basicNorwegian) {
        int n = switch (assessment) {
            case STANDARD -> 0;
            case SITUATIONAL -> between(r, 0, 2);
            case SPECIAL -> between(r, 2, 4);
            default -> between(r, 0, 1);
        };
        Set<Accommodation> chosen = EnumSet.noneOf(Accommodation.class);
        if (basicNorwegian && r.nextDouble() < 0.7) {
            chosen.add(Accommodation.LANGUAGE_SUPPORT);
        }
        List<Accommodation> all = List.copyOf(NEED_WEIGHTS.keySet());
        while (chosen.size() < n + (chosen.contains(Accommodation.LANGUAGE_SUPPORT) ? 1 : 0)) {
            double total = 0;
            for (Accommodation a : all) {
                total += chosen.contains(a) ? 0 : NEED_WEIGHTS.get(a);
            }
            double x = r.nextDouble() * total;
            for (Accommodation a : all) {
                if (chosen.contains(a)) {
                    continue;
                }
                x -= NEED_WEIGHTS.get(a);
                if (x < 0) {
                    chosen.add(a);
                    break;
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> licences(SplittableRandom r, String styrk, Trade trade, int band, boolean immigrant) {
        List<String> out = new ArrayList<>();
        double pB = (band == 0 ? 0.4 : 0.7) * (immigrant ? 0.6 : 1.0);
        if (trade == Trades.TRANSPORT || trade == Trades.CARE && r.nextDouble() < 0.3) {
            pB = 0.97;
        }
        if (r.nextDouble() < pB) {
            out.add("B");
            if (r.nextDouble() < 0.15) {
                out.add("BE");
            }
            if (styrk.equals("8332") || trade == Trades.CONSTRUCTION && r.nextDouble() < 0.08) {
                out.add("C");
                out.add("CE");
            } else if (styrk.equals("8331")) {
                out.add("D");
            } else if (styrk.equals("8322") && r.nextDouble() < 0.3) {
                out.add("C1");
            }
        }
        if (trade == Trades.AGRICULTURE && r.nextDouble() < 0.4 || band == 0 && r.nextDouble() < 0.05) {
            out.add("T");
        }
        return out;
    }

    private FollowedBy followedBy(SplittableRandom r, Municipality home, boolean immigrant, int band) {
        double u = r.nextDouble();
        if (u < 0.70) {
            String office = home.number().equals("0301") ? choose(r, Texts.OSLO_NAV_OFFICES) : "NAV " + home.name();
            return new FollowedBy(office, OrganisationKind.NAV, r.nextDouble() < 0.9 ? "veileder-" + between(r, 1, 60) : null);
        } else if (u < 0.90) {
            return new FollowedBy(choose(r, Texts.PROVIDERS), OrganisationKind.PROVIDER, "jobbkonsulent-" + between(r, 1, 30));
        } else if (u < 0.98) {
            String unit = immigrant ? "flyktningtjenesten" : band <= 1 ? "oppfølgingstjenesten" : "arbeid og aktivitet";
            return new FollowedBy(home.name() + " kommune, " + unit, OrganisationKind.MUNICIPALITY, "kontaktperson-" + between(r, 1, 20));
        }
        return new FollowedBy("Fontenehuset " + home.name(), OrganisationKind.OTHER, null);
    }

    private static Consent consent(SplittableRandom r) {
        Searchable s = pickOf(r, Searchable.values(), new double[] {5, 15, 80});
        ShareWithEmployer share = r.nextDouble() < 0.9 ? ShareWithEmployer.ON_PRESENTATION : ShareWithEmployer.NEVER;
        return new Consent(s, share);
    }

    // ---- employers -------------------------------------------------------------------------------

    /** Employers with indexes 0 to n-1 (ids {@code e-<index>}). */
    public List<Employer> employers(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return IntStream.range(0, n).mapToObj(this::employer).toList();
    }

    /**
     * The employer with this index. Its field and county come from the unmet demand of the
     * calibration, so employers cluster where and in what the real demand was.
     */
    public Employer employer(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        SplittableRandom r = random(EMPLOYER_STREAM, index);
        Calibration.Demand d = demand.pick(r);
        Trade trade = Trades.of(d.styrk08());
        Municipality place = homesByCounty.get(d.county()).pick(r);
        double u = r.nextDouble() * 100;
        Sector sector = u < trade.sectorShares()[0] ? Sector.PUBLIC
                : u < trade.sectorShares()[0] + trade.sectorShares()[1] ? Sector.NON_PROFIT : Sector.PRIVATE;
        String name = switch (sector) {
            case PUBLIC -> place.name() + " kommune, " + (trade.publicUnit() == null ? "drift og service" : trade.publicUnit());
            case NON_PROFIT -> "Stiftelsen " + String.format(Locale.ROOT, choose(r, trade.privateNames()), place.name()).replace(" AS", "");
            case PRIVATE -> String.format(Locale.ROOT, choose(r, trade.privateNames()), place.name());
        };
        int size = switch (sector) {
            case PUBLIC -> (int) Math.round(Math.exp(Math.log(40) + r.nextDouble() * Math.log(100)));
            case NON_PROFIT -> (int) Math.round(Math.exp(Math.log(5) + r.nextDouble() * Math.log(40)));
            case PRIVATE -> (int) Math.round(Math.exp(Math.log(3) + r.nextDouble() * Math.log(150)));
        };
        String contactOrg = sector == Sector.PUBLIC && r.nextDouble() < 0.3 ? place.name() + " kommune"
                : r.nextDouble() < 0.75 ? "NAV Marked " + place.county().currentCounty()
                : place.number().equals("0301") ? choose(r, Texts.OSLO_NAV_OFFICES) : "NAV " + place.name();
        String owner = contactOrg.endsWith("kommune") ? "inn-i-jobb-koordinator-" + between(r, 1, 5)
                : "markedskontakt-" + between(r, 1, 40);
        int capacity = Math.max(1, Math.min(20, (int) Math.round(Math.sqrt(size) / 2.0 * (0.5 + r.nextDouble()))));
        int trials = between(r, 0, capacity * 4);
        int hires = (int) Math.round(trials * r.nextDouble() * 0.45);
        int endedEarly = (int) Math.round((trials - hires) * r.nextDouble() * 0.5);
        return new Employer("e-" + index, name, orgNumber(r), sector, choose(r, trade.industries()), size,
                jitter(r, place), new Contact(owner, contactOrg), new Capacity(capacity),
                r.nextDouble() < 0.08 ? EmployerStatus.PAUSED : EmployerStatus.ACTIVE,
                r.nextDouble() < 0.1 ? null : reference.minusDays(between(r, 0, 300)),
                new EmployerHistory(trials, hires, endedEarly));
    }

    /** A 9-digit organisation number with a valid modulus-11 check digit, as Brønnøysund issues them. */
    private static String orgNumber(SplittableRandom r) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            int[] d = new int[8];
            d[0] = r.nextBoolean() ? 8 : 9;
            int sum = d[0] * weights[0];
            for (int i = 1; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += d[i] * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder sb = new StringBuilder(9);
            for (int x : d) {
                sb.append(x);
            }
            return sb.append(check == 11 ? 0 : check).toString();
        }
    }

    // ---- needs -----------------------------------------------------------------------------------

    /**
     * Needs with indexes 0 to m-1 (ids {@code n-<index>}), each of a uniformly chosen employer of the
     * list. The occupation follows the unmet demand within the employer's field (from its NACE code)
     * and county (from its municipality), so needs spread like the demand when the employers do.
     *
     * @throws IllegalArgumentException when m is negative, or m is positive and there are no employers
     */
    public Stream<Need> needs(long m, List<Employer> employers) {
        if (m < 0) {
            throw new IllegalArgumentException("m must be >= 0, got " + m);
        }
        List<Employer> list = List.copyOf(employers);
        if (m > 0 && list.isEmpty()) {
            throw new IllegalArgumentException("needs need at least one employer");
        }
        return LongStream.range(0, m).mapToObj(j -> need(j, list));
    }

    /** The need with this index for this list of employers; derived from the seed, index and list. */
    public Need need(long index, List<Employer> employers) {
        if (index < 0 || employers.isEmpty()) {
            throw new IllegalArgumentException("index must be >= 0 and employers non-empty");
        }
        SplittableRandom r = random(NEED_STREAM, index);
        Employer employer = employers.get(r.nextInt(employers.size()));
        Municipality place = employer.location() == null ? null : municipalityByNumber.get(employer.location().municipality());
        Trade trade = Trades.ofIndustry(employer.industry());
        Weighted<Calibration.Demand> source = null;
        if (trade != null && place != null) {
            Map<County, Weighted<Calibration.Demand>> byCounty = demandByTradeCounty.get(trade);
            source = byCounty == null ? null : byCounty.get(place.county());
        }
        if (source == null && trade != null) {
            source = demandByTrade.get(trade);
        }
        Calibration.Demand d = (source == null ? demand : source).pick(r);
        if (trade == null || Trades.of(d.styrk08()) != trade) {
            trade = Trades.of(d.styrk08());
        }
        Sector sector = employer.sector() == null ? Sector.PRIVATE : employer.sector();
        boolean isPublic = sector == Sector.PUBLIC;

        OpeningKind kind = isPublic
                ? pickOf(r, OpeningKind.values(), new double[] {10, 10, 20, 35, 25, 0})
                : pickOf(r, OpeningKind.values(), new double[] {35, 20, 10, 10, 20,
                        trade == Trades.HOSPITALITY || trade == Trades.AGRICULTURE || trade == Trades.RETAIL ? 12 : 3});
        if (kind == OpeningKind.APPRENTICESHIP && trade.fagbrev() == null) {
            kind = OpeningKind.WORK_TRIAL;
        }
        String base = title(r, d.styrk08());
        String title = switch (kind) {
            case RECRUITMENT_POSITION -> base + ", rekrutteringsstilling";
            case APPRENTICESHIP -> "Lærling, " + lower(base);
            case WORK_TRIAL -> base + " (arbeidstrening)";
            case SEASONAL -> base + ", sesong";
            default -> base;
        };
        LocalDate created = reference.minusDays(between(r, 0, 180));
        int positions = r.nextDouble() < 0.7 ? 1 : r.nextDouble() < 0.8 ? between(r, 2, 3) : between(r, 4, 6);
        Opening opening = new Opening(kind, positions, r.nextDouble() < 0.85 ? created.plusDays(between(r, 14, 120)) : null);

        NeedLocation location = null;
        if (r.nextDouble() < 0.85) {
            Double maxTravel = r.nextDouble() < 0.25 ? null : (double) new int[] {20, 30, 40, 50, 60}[r.nextInt(5)];
            if (place != null && r.nextDouble() < 0.2) {
                Municipality branch = homesByCounty.get(place.county()).pick(r);
                Location l = jitter(r, branch);
                location = new NeedLocation(l.municipality(), l.lat(), l.lon(), maxTravel);
            } else {
                location = new NeedLocation(null, null, null, maxTravel);
            }
        }

        // Field reports: 17 % have full-time tasks others could do, 43 % tasks in smaller positions,
        // 53 % none (answers overlap): 47 % adaptable; among them 91 % smaller, 36 % full-time.
        boolean adaptable = r.nextDouble() < 0.47;
        boolean smaller = adaptable && r.nextDouble() < 0.915;
        boolean fullTime = adaptable && (!smaller || r.nextDouble() < 0.36);
        PercentRange percent;
        if (r.nextDouble() < 0.1) {
            percent = null;
        } else if (smaller) {
            percent = new PercentRange((double) new int[] {20, 30, 40, 50}[r.nextInt(4)], (double) new int[] {60, 80, 100, 100}[r.nextInt(4)]);
        } else if (fullTime) {
            percent = new PercentRange(80.0 + 20 * r.nextInt(2), 100.0);
        } else {
            percent = new PercentRange((double) new int[] {50, 60, 80, 100, 100}[r.nextInt(5)], 100.0);
        }

        List<Shift> shifts = new ArrayList<>();
        shifts.add(Shift.DAY);
        if (r.nextDouble() * 100 < trade.evening()) {
            shifts.add(Shift.EVENING);
            if (r.nextBoolean()) {
                shifts.add(Shift.WEEKEND);
            }
        }
        if ((trade == Trades.CARE || trade == Trades.HEALTH || trade == Trades.SECURITY) && r.nextDouble() < 0.2) {
            shifts.add(Shift.NIGHT);
        }

        List<Task> tasks = new ArrayList<>();
        for (String t : distinct(r, trade.tasks(), between(r, 0, 3), false)) {
            tasks.add(new Task(t, t.equals("Legemiddelhåndtering") || t.startsWith("Installasjon")
                    || t.startsWith("Pasientbehandling") || t.startsWith("Undervisning")));
        }

        List<Requirement> requirements = requirements(r, trade, d.styrk08(), isPublic, kind);
        List<LanguageRequirement> languages = new ArrayList<>();
        if (r.nextDouble() < 0.85) {
            LanguageLevel level = WireLevels.parse(trade.norwegian());
            RequirementKind lk = level == LanguageLevel.BASIC || r.nextDouble() < 0.6 ? RequirementKind.MUST : RequirementKind.WANT;
            languages.add(new LanguageRequirement("no", level, lk));
        }
        if ((trade == Trades.IT || trade == Trades.ENGINEERING || trade == Trades.HOSPITALITY) && r.nextDouble() < 0.3) {
            languages.add(new LanguageRequirement("en", LanguageLevel.GOOD, RequirementKind.WANT));
        }

        Accommodations accommodations = r.nextDouble() < 0.15 ? null : accommodations(r, trade, sector, adaptable);
        List<String> interests = r.nextDouble() < 0.7 ? distinct(r, trade.interests(), between(r, 1, 2), true) : List.of();
        Boolean welcomes = r.nextDouble() < 0.15 ? null : r.nextDouble() < 0.88;
        String description = description(r, trade, employer, adaptable, kind);
        double s = r.nextDouble();
        NeedStatus status = s < 0.85 ? NeedStatus.OPEN : s < 0.92 ? NeedStatus.PAUSED : NeedStatus.FILLED;
        return new Need("n-" + index, employer.id(), created, status, title, d.styrk08(), description, opening, location,
                percent, shifts, tasks, requirements, languages, accommodations, interests, welcomes);
    }

    private static List<Requirement> requirements(SplittableRandom r, Trade trade, String styrk, boolean isPublic, OpeningKind kind) {
        List<Requirement> out = new ArrayList<>();
        double[] mix = new double[5];
        for (int i = 0; i < 5; i++) {
            mix[i] = trade.mix()[i];
        }
        if (isPublic) {
            mix[Trade.HIGHER] *= 2; // field reports: higher education most needed by 60 % of public vs 31 % of all
        }
        if (trade.fagbrev() == null) {
            mix[Trade.UNSKILLED] += mix[Trade.FAGBREV];
            mix[Trade.FAGBREV] = 0;
        }
        if (trade.higher() == null) {
            mix[Trade.UNSKILLED] += mix[Trade.HIGHER];
            mix[Trade.HIGHER] = 0;
        }
        boolean pathway = kind == OpeningKind.RECRUITMENT_POSITION || kind == OpeningKind.APPRENTICESHIP || kind == OpeningKind.WORK_TRIAL;
        switch (pick(r, mix)) {
            case Trade.FAGBREV -> out.add(new Requirement(trade.fagbrev(), null,
                    pathway ? RequirementKind.TRAINABLE : pickOf(r, RequirementKind.values(), new double[] {45, 40, 15}), null, null));
            case Trade.HIGHER -> out.add(new Requirement(trade.higher(), null,
                    r.nextDouble() < 0.75 ? RequirementKind.MUST : RequirementKind.WANT, null,
                    trade.higher().startsWith("Autorisasjon") ? "Lovkrav" : null));
            case Trade.COURSE -> out.add(new Requirement(choose(r, trade.courses()), null,
                    pickOf(r, RequirementKind.values(), new double[] {35, 15, 50}), null, null));
            case Trade.SPECIALIST -> out.add(new Requirement(trade.competences().get(trade.competences().size() - 1), null,
                    r.nextDouble() < 0.3 ? RequirementKind.MUST : RequirementKind.WANT, null, null));
            default -> { } // unskilled: no formal requirement
        }
        if ((trade == Trades.CARE || trade == Trades.CHILDCARE || trade == Trades.TEACHING || trade == Trades.HEALTH)
                && r.nextDouble() < 0.8) {
            out.add(new Requirement("Politiattest", null, RequirementKind.MUST, null, "Lovkrav"));
        }
        String licence = switch (styrk) {
            case "8332" -> "Førerkort klasse C";
            case "8331" -> "Førerkort klasse D";
            case "8322", "5322" -> "Førerkort klasse B";
            default -> trade == Trades.CARE && r.nextDouble() < 0.3 ? "Førerkort klasse B" : null;
        };
        if (licence != null) {
            out.add(new Requirement(licence, null, RequirementKind.MUST, null, "Kjører i jobben"));
        } else if (r.nextDouble() < 0.12) {
            // Employers over-specify (design note 2): a licence "nice to have" marked absolute.
            out.add(new Requirement("Førerkort klasse B", null, RequirementKind.MUST, null, null));
        }
        if (trade == Trades.CONSTRUCTION && r.nextDouble() < 0.2) {
            out.add(new Requirement("Kan arbeide i høyden", null, RequirementKind.MUST, null, "Sikkerhet"));
        }
        Set<String> taken = new LinkedHashSet<>();
        out.forEach(q -> taken.add(q.label()));
        int priority = 1;
        for (String label : distinct(r, trade.competences(), between(r, 1, 3), true)) {
            if (taken.add(label)) {
                out.add(new Requirement(label, null, RequirementKind.WANT, priority++, null));
            }
        }
        if (r.nextDouble() < 0.35) {
            String label = choose(r, trade.competences());
            if (taken.add(label)) {
                out.add(new Requirement(label, null, RequirementKind.TRAINABLE, null, null));
            }
        }
        return out;
    }

    private static Accommodations accommodations(SplittableRandom r, Trade trade, Sector sector, boolean adaptable) {
        List<Accommodation> offered = new ArrayList<>();
        if (adaptable) {
            offered.add(Accommodation.ADAPTED_TASKS);
        }
        for (Accommodation a : Accommodation.values()) {
            if (offered.contains(a)) {
                continue;
            }
            double p = switch (a) {
                case GRADUAL_START -> adaptable ? 0.7 : 0.25;
                case MENTOR -> adaptable ? 0.6 : 0.3;
                case CLOSE_FOLLOW_UP -> adaptable ? 0.4 : 0.15;
                case LANGUAGE_SUPPORT, PREDICTABLE_ROUTINES, ADAPTED_INSTRUCTIONS -> adaptable ? 0.35 : 0.1;
                case REMOTE_DAYS -> trade.physical() == 0 ? 0.3 : 0;
                case NO_HEAVY_LIFTING, LIMITED_STANDING -> trade.physical() == 0 ? 0.3 : adaptable && trade.physical() == 1 ? 0.15 : 0.02;
                default -> adaptable ? 0.2 : 0.05;
            };
            if (r.nextDouble() < p) {
                offered.add(a);
            }
        }
        List<Accommodation> notPossible = new ArrayList<>();
        for (Map.Entry<Accommodation, Double> e : HARDNESS.entrySet()) {
            Accommodation a = e.getKey();
            if (offered.contains(a)) {
                continue;
            }
            double share = e.getValue();
            double physical = new double[] {0.3, 1.0, 1.6}[trade.physical()];
            if (a == Accommodation.NO_HEAVY_LIFTING) {
                // Private firms find physical limits harder (53 % vs 35 % public); heavier work more so.
                share = (sector == Sector.PUBLIC ? 0.35 : 0.53) * physical;
            } else if (a == Accommodation.LIMITED_STANDING) {
                share *= physical;
            } else if (a == Accommodation.LIMITED_CUSTOMER_CONTACT) {
                share = sector == Sector.PUBLIC ? 0.61 : 0.48; // weak social skills: public 61 %, private 48 %
            } else if (a == Accommodation.REMOTE_DAYS) {
                share = trade.physical() == 0 ? 0.5 : 2.2; // hands-on work cannot be done from home
            }
            double p = Math.min(0.95, share * NOT_POSSIBLE_SCALE * (adaptable ? 0.6 : 1.3));
            if (r.nextDouble() < p) {
                notPossible.add(a);
            }
        }
        return new Accommodations(offered, notPossible);
    }

    private static String description(SplittableRandom r, Trade trade, Employer employer, boolean adaptable, OpeningKind kind) {
        StringBuilder sb = new StringBuilder();
        sb.append(employer.name()).append(" har ");
        sb.append(employer.size() != null && employer.size() > 100 ? "mange ansatte" : "et lite og trivelig arbeidsmiljø");
        sb.append(". ");
        switch (kind) {
            case RECRUITMENT_POSITION -> sb.append("Rekrutteringsstilling med opplæring underveis og mål om fast ansettelse. ");
            case APPRENTICESHIP -> sb.append("Læreplass med mål om fagbrev. ");
            case WORK_TRIAL -> sb.append("Arbeidstrening med mulighet for ansettelse. ");
            case SEASONAL -> sb.append("Sesongarbeid med mulighet for forlengelse. ");
            default -> { }
        }
        if (!trade.tasks().isEmpty()) {
            sb.append("Arbeidet består blant annet av ").append(lower(choose(r, trade.tasks()))).append(". ");
        }
        if (adaptable) {
            sb.append("Vi har oppgaver som kan tilpasses. ");
        }
        sb.append(choose(r, Texts.WHY_INCLUDE));
        return sb.toString();
    }

    // ---- showcase --------------------------------------------------------------------------------

    /** The three hand-made showcase employers for the demo (ids {@code e-demo-*}). */
    public static List<Employer> showcaseEmployers() {
        return Showcase.EMPLOYERS;
    }

    /**
     * The three hand-made showcase needs for the demo: {@code n-demo-kantine} (a private canteen with
     * room to adapt), {@code n-demo-stillas} (a scaffolding pathway where nobody meets every must, so
     * near misses matter) and {@code n-demo-hjemmetjeneste} (a municipal home-care recruitment position
     * with real musts). Dated around {@link #DEFAULT_REFERENCE_DATE}.
     */
    public static List<Need> showcaseNeeds() {
        return Showcase.NEEDS;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** One independent random stream per (seed, kind of document, index): no shared state at all. */
    private SplittableRandom random(long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream;
        z = mix64(z) + index * 0xBF58476D1CE4E5B9L;
        return new SplittableRandom(mix64(z));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private String title(SplittableRandom r, String styrk) {
        List<String> titles = calibration.titles(styrk);
        if (titles.isEmpty()) {
            return "Medarbeider";
        }
        double u = r.nextDouble();
        if (u < 0.7 || titles.size() == 1) {
            return titles.get(0);
        }
        if (u < 0.8) {
            return titles.get(1);
        }
        return titles.get(r.nextInt(titles.size()));
    }

    private static Location jitter(SplittableRandom r, Municipality m) {
        double lat = Math.round((m.lat() + (r.nextDouble() - 0.5) * 0.08) * 10_000) / 10_000.0;
        double lon = Math.round((m.lon() + (r.nextDouble() - 0.5) * 0.16) * 10_000) / 10_000.0;
        return new Location(m.number(), lat, lon);
    }

    private static double years(SplittableRandom r, double max) {
        double u = r.nextDouble();
        return round1(Math.max(0.2, u * u * max)); // most have a few years, some many
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static int between(SplittableRandom r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private static <T> T choose(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pickOf(SplittableRandom r, T[] values, double[] weights) {
        return values[pick(r, weights)];
    }

    /** Up to n distinct elements; with {@code frontLoaded} the first elements (most common) come more often. */
    private static List<String> distinct(SplittableRandom r, List<String> from, int n, boolean frontLoaded) {
        Set<String> out = new LinkedHashSet<>();
        int tries = 0;
        while (out.size() < Math.min(n, from.size()) && tries++ < 50) {
            int i = frontLoaded ? (int) (Math.pow(r.nextDouble(), 1.6) * from.size()) : r.nextInt(from.size());
            out.add(from.get(Math.min(i, from.size() - 1)));
        }
        return List.copyOf(out);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static Map<Accommodation, Double> needWeights() {
        Map<Accommodation, Double> m = new EnumMap<>(Accommodation.class);
        m.put(Accommodation.GRADUAL_START, 22.0);
        m.put(Accommodation.PREDICTABLE_ROUTINES, 20.0);
        m.put(Accommodation.QUIET_ENVIRONMENT, 18.0);
        m.put(Accommodation.FLEXIBLE_HOURS, 18.0);
        m.put(Accommodation.CLOSE_FOLLOW_UP, 16.0);
        m.put(Accommodation.EXTRA_BREAKS, 12.0);
        m.put(Accommodation.MENTOR, 10.0);
        m.put(Accommodation.ADAPTED_INSTRUCTIONS, 9.0);
        m.put(Accommodation.LIMITED_CUSTOMER_CONTACT, 7.0);
        m.put(Accommodation.REDUCED_PACE, 7.0);
        m.put(Accommodation.ADAPTED_TASKS, 7.0);
        m.put(Accommodation.NO_HEAVY_LIFTING, 5.0);
        m.put(Accommodation.LIMITED_STANDING, 4.0);
        m.put(Accommodation.PHYSICAL_AIDS, 2.0);
        m.put(Accommodation.REMOTE_DAYS, 2.0);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<Accommodation, Double> hardness() {
        Map<Accommodation, Double> m = new EnumMap<>(Accommodation.class);
        m.put(Accommodation.FLEXIBLE_HOURS, 0.75); // lack of stability/predictability 75 %
        m.put(Accommodation.EXTRA_BREAKS, 0.75);
        m.put(Accommodation.PHYSICAL_AIDS, 0.67); // sensory 67 %
        m.put(Accommodation.ADAPTED_INSTRUCTIONS, 0.56); // cognitive 56 %
        m.put(Accommodation.LIMITED_CUSTOMER_CONTACT, 0.51); // weak social skills 51 % (by sector above)
        m.put(Accommodation.NO_HEAVY_LIFTING, 0.49); // physical 49 % (by sector above)
        m.put(Accommodation.LIMITED_STANDING, 0.39); // musculoskeletal about 39 %
        m.put(Accommodation.LANGUAGE_SUPPORT, 0.49); // language 49 %
        m.put(Accommodation.REDUCED_PACE, 0.30); // reduced pace: lowest
        m.put(Accommodation.REMOTE_DAYS, 0.5); // no figure; by how physical the work is (above)
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Parses the level names used in the trade table. */
    private static final class WireLevels {
        static LanguageLevel parse(String wire) {
            for (LanguageLevel l : LanguageLevel.values()) {
                if (l.wire().equals(wire)) {
                    return l;
                }
            }
            return LanguageLevel.GOOD;
        }
    }
}
