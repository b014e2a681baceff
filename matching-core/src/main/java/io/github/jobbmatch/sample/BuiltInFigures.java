package io.github.jobbmatch.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in calibration figures, derived (not copied) from NAV's public data of 2017 (NLOD 2.0):
 * <ul>
 *   <li>the 80 occupations with most job seekers in {@code nav-arbeidssokere-per-yrke-2017.csv}
 *       (average monthly job seekers; together 89,293 of the 120,524 with a known occupation, 74 %),
 *       with a singular Norwegian job title and, where natural, a nynorsk form;</li>
 *   <li>the 40 occupations with most unmet demand in {@code nav-ettersporsel-yrke-fylke-2017.csv}
 *       (25,750 of 32,800 unfilled positions, 78.5 %), per 2017 county in {@link County} order.</li>
 * </ul>
 * The weights are the published figures unchanged; sampling renormalises over the table.
 */
final class BuiltInFigures {

    /** A seeker occupation with its weight and titles (bokmål first). */
    record Seekers(String styrk08, int jobSeekers, List<String> titles) {}

    /** Unmet demand for one occupation per county, in {@link County} order. */
    record Demand(String styrk08, String title, int[] perCounty) {}

    static final List<Seekers> SEEKERS = List.of(
            o("5223", 9862, "Butikkmedarbeider", "Butikkmedarbeidar"),
            o("5311", 6593, "Barnehageassistent"),
            o("9112", 4561, "Renholder", "Reinhaldar"),
            o("4321", 2941, "Lagermedarbeider", "Lagermedarbeidar"),
            o("5329", 2718, "Pleieassistent"),
            o("4110", 2515, "Kontormedarbeider", "Kontormedarbeidar"),
            o("7115", 2454, "Tømrer", "Tømrar"),
            o("5321", 2372, "Helsefagarbeider", "Hjelpepleiar"),
            o("8160", 2286, "Produksjonsmedarbeider næringsmiddel", "Produksjonsmedarbeidar næringsmiddel"),
            o("9312", 1897, "Anleggsarbeider", "Anleggsarbeidar"),
            o("5120", 1886, "Kokk"),
            o("9412", 1829, "Kjøkkenassistent"),
            o("8322", 1774, "Varebilsjåfør"),
            o("3117", 1723, "Petroleumsingeniør"),
            o("5131", 1711, "Servitør"),
            o("8113", 1321, "Borearbeider", "Borearbeidar"),
            o("4311", 1176, "Regnskapsmedarbeider", "Rekneskapsmedarbeidar"),
            o("7411", 1149, "Elektriker"),
            o("4224", 1144, "Hotellresepsjonist"),
            o("3412", 1137, "Miljøarbeider", "Miljøarbeidar"),
            o("2146", 1023, "Sivilingeniør petroleum"),
            o("8332", 990, "Lastebilsjåfør"),
            o("7233", 957, "Industrimekaniker"),
            o("5414", 955, "Vekter"),
            o("3322", 904, "Selger", "Seljar"),
            o("7212", 900, "Sveiser", "Sveisar"),
            o("7126", 871, "Rørlegger", "Røyrleggar"),
            o("8121", 853, "Prosessoperatør"),
            o("7131", 849, "Maler", "Målar"),
            o("2341", 847, "Grunnskolelærer", "Grunnskulelærar"),
            o("5312", 847, "Skoleassistent", "Skuleassistent"),
            o("4322", 816, "Logistikkmedarbeider"),
            o("7214", 813, "Platearbeider", "Platearbeidar"),
            o("7119", 757, "Stillasbygger", "Stillasbyggjar"),
            o("5153", 749, "Vaktmester", "Vaktmeister"),
            o("7231", 747, "Bilmekaniker"),
            o("5322", 746, "Hjemmehjelp", "Heimehjelp"),
            o("8342", 701, "Anleggsmaskinfører", "Anleggsmaskinførar"),
            o("2431", 694, "Markedsføringsrådgiver"),
            o("1120", 659, "Daglig leder", "Dagleg leiar"),
            o("3114", 658, "Elektronikkingeniør"),
            o("5132", 645, "Bartender"),
            o("3115", 635, "Maskiningeniør"),
            o("4222", 621, "Kundesentermedarbeider"),
            o("9313", 612, "Hjelpearbeider bygg", "Hjelpearbeidar bygg"),
            o("3511", 610, "Driftstekniker IKT"),
            o("2422", 599, "Rådgiver", "Rådgjevar"),
            o("5246", 598, "Kantinemedarbeider", "Kantinemedarbeidar"),
            o("7114", 586, "Betongarbeider"),
            o("1420", 585, "Butikksjef"),
            o("5222", 582, "Butikkavdelingsleder"),
            o("9329", 525, "Industriarbeider", "Industriarbeidar"),
            o("7132", 516, "Billakkerer"),
            o("6113", 512, "Gartner"),
            o("5244", 508, "Telefonselger"),
            o("2511", 498, "Systemutvikler"),
            o("3313", 495, "Regnskapsfører", "Rekneskapsførar"),
            o("3119", 485, "Ingeniør"),
            o("5141", 469, "Frisør"),
            o("5151", 469, "Renholdsleder", "Reinhaldsleiar"),
            o("6121", 467, "Gårdbruker", "Gardbrukar"),
            o("2166", 459, "Grafisk designer"),
            o("3323", 455, "Innkjøper", "Innkjøpar"),
            o("7412", 440, "Automatiker"),
            o("1221", 437, "Salgssjef"),
            o("2643", 437, "Tolk"),
            o("9621", 435, "Bud"),
            o("2359", 431, "Lærer"),
            o("2342", 420, "Barnehagelærer", "Barnehagelærar"),
            o("1412", 413, "Restaurantsjef"),
            o("3123", 413, "Arbeidsleder bygg og anlegg"),
            o("6222", 413, "Fisker", "Fiskar"),
            o("4323", 411, "Transportkoordinator"),
            o("2223", 407, "Sykepleier", "Sjukepleiar"),
            o("8350", 397, "Dekksmann"),
            o("3512", 393, "IT-brukerstøtte"),
            o("2412", 390, "Finansrådgiver"),
            o("2310", 383, "Høgskolelektor"),
            o("2519", 380, "Applikasjonsutvikler"),
            o("7511", 377, "Slakter", "Slaktar"));

    static final List<Demand> DEMAND = List.of(
            d("2223", "Sykepleier", 425, 300, 275, 75, 125, 150, 150, 100, 100, 200, 350, 325, 50, 200, 275, 200, 125, 150),
            d("7115", "Tømrer", 75, 75, 250, 100, 50, 150, 100, 125, 25, 0, 0, 425, 25, 100, 175, 150, 400, 50),
            d("3259", "Helsearbeider", 50, 25, 100, 0, 0, 100, 50, 0, 25, 100, 200, 200, 25, 175, 375, 125, 125, 25),
            d("2512", "Programvareutvikler", 0, 25, 1400, 0, 0, 0, 0, 0, 0, 0, 50, 25, 25, 0, 75, 0, 0, 0),
            d("5321", "Helsefagarbeider", 175, 75, 325, 0, 0, 50, 0, 100, 0, 25, 25, 200, 25, 25, 25, 275, 50, 75),
            d("5244", "Telefonselger", 0, 0, 650, 25, 0, 75, 100, 25, 50, 25, 25, 100, 50, 50, 50, 25, 75, 25),
            d("2519", "Applikasjonsutvikler", 0, 0, 950, 0, 0, 0, 0, 0, 0, 0, 50, 25, 0, 0, 50, 0, 0, 0),
            d("5120", "Kokk", 50, 100, 200, 25, 25, 25, 0, 0, 25, 25, 25, 100, 25, 25, 75, 75, 50, 25),
            d("5249", "Salgsmedarbeider", 0, 0, 375, 25, 0, 50, 50, 25, 25, 0, 25, 75, 25, 25, 50, 25, 50, 25),
            d("2341", "Grunnskolelærer", 25, 50, 50, 0, 0, 25, 25, 0, 25, 25, 50, 50, 25, 75, 75, 150, 75, 25),
            d("7126", "Rørlegger", 25, 25, 100, 25, 25, 50, 25, 25, 0, 0, 0, 125, 0, 25, 50, 50, 125, 0),
            d("8332", "Lastebilsjåfør", 25, 25, 100, 25, 50, 50, 25, 25, 0, 0, 0, 50, 0, 0, 50, 175, 25, 0),
            d("2212", "Overlege", 125, 25, 25, 0, 25, 25, 25, 25, 25, 25, 50, 50, 25, 25, 50, 25, 25, 25),
            d("7411", "Elektriker", 75, 25, 25, 25, 25, 50, 0, 25, 25, 0, 0, 75, 0, 25, 25, 75, 0, 100),
            d("2224", "Vernepleier", 50, 25, 25, 0, 25, 25, 25, 25, 25, 25, 50, 25, 0, 25, 25, 25, 25, 25),
            d("5131", "Servitør", 25, 50, 100, 0, 25, 25, 0, 0, 0, 0, 0, 50, 0, 0, 50, 50, 25, 25),
            d("5141", "Frisør", 25, 50, 100, 0, 25, 25, 0, 0, 0, 0, 0, 50, 0, 0, 50, 25, 25, 25),
            d("5311", "Barnehageassistent", 50, 25, 150, 0, 0, 0, 0, 25, 0, 0, 0, 50, 0, 0, 0, 75, 25, 25),
            d("7549", "Håndverker", 25, 0, 75, 0, 25, 25, 50, 0, 0, 25, 75, 25, 25, 25, 50, 25, 0, 25),
            d("8342", "Anleggsmaskinfører", 0, 25, 75, 0, 25, 25, 0, 25, 0, 0, 0, 25, 25, 0, 25, 150, 25, 0),
            d("2221", "Spesialsykepleier", 50, 25, 50, 0, 0, 25, 0, 0, 0, 25, 50, 25, 0, 25, 25, 25, 0, 25),
            d("7114", "Betongarbeider", 0, 0, 50, 25, 0, 25, 25, 25, 0, 0, 0, 50, 0, 0, 25, 25, 50, 0),
            d("8331", "Bussjåfør", 0, 0, 100, 0, 25, 25, 0, 0, 0, 0, 0, 25, 0, 0, 25, 100, 25, 0),
            d("5223", "Butikkmedarbeider", 0, 0, 125, 0, 0, 25, 25, 0, 0, 0, 0, 25, 25, 0, 25, 0, 25, 0),
            d("5246", "Kantinemedarbeider", 0, 0, 150, 0, 0, 25, 25, 0, 0, 0, 0, 25, 0, 25, 25, 0, 25, 0),
            d("7131", "Maler", 0, 25, 25, 0, 0, 25, 25, 25, 0, 0, 0, 50, 0, 0, 25, 25, 50, 0),
            d("2142", "Sivilingeniør bygg", 0, 75, 50, 0, 0, 0, 25, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25),
            d("2342", "Barnehagelærer", 0, 25, 25, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25, 25, 50, 25, 0),
            d("5169", "Servicemedarbeider", 25, 25, 75, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25, 25, 25, 0),
            d("7233", "Industrimekaniker", 25, 25, 25, 0, 0, 25, 0, 0, 0, 0, 0, 25, 25, 0, 75, 25, 25, 0),
            d("8322", "Varebilsjåfør", 0, 0, 50, 0, 25, 25, 0, 0, 0, 0, 0, 25, 0, 0, 25, 75, 25, 0),
            d("9112", "Renholder", 0, 25, 50, 0, 0, 25, 25, 0, 0, 0, 25, 0, 0, 0, 50, 0, 25, 25),
            d("2330", "Lektor", 0, 0, 25, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25, 25, 50, 25, 0),
            d("2352", "Spesialpedagog", 0, 0, 25, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25, 25, 25, 25, 0),
            d("2422", "Rådgiver", 0, 25, 100, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 25, 0, 0, 0),
            d("2511", "Systemutvikler", 0, 0, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            d("3211", "Radiograf", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 25, 0, 25, 50, 25, 0, 0),
            d("3513", "Nettverkstekniker", 0, 0, 125, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0),
            d("7212", "Sveiser", 0, 25, 0, 0, 0, 25, 0, 0, 0, 0, 0, 25, 0, 0, 50, 25, 25, 0),
            d("7214", "Platearbeider", 0, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 25, 0, 50, 25, 25, 0));
    /** Built-in titles per code, from both tables (bokmål first, then nynorsk). */
    static final Map<String, List<String>> TITLES = titles();

    private BuiltInFigures() {}

    private static Seekers o(String code, int jobSeekers, String... titles) {
        return new Seekers(code, jobSeekers, List.of(titles));
    }

    private static Demand d(String code, String title, int... perCounty) {
        if (perCounty.length != County.values().length) {
            throw new IllegalStateException("demand row " + code + " has " + perCounty.length + " counties");
        }
        return new Demand(code, title, perCounty);
    }

    private static Map<String, List<String>> titles() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Seekers s : SEEKERS) {
            map.put(s.styrk08(), s.titles());
        }
        for (Demand d : DEMAND) {
            map.computeIfAbsent(d.styrk08(), k -> List.of(d.title()));
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(new ArrayList<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
