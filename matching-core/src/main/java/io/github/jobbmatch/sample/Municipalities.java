package io.github.jobbmatch.sample;

import static io.github.jobbmatch.sample.County.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in table of 90 municipalities across every county, with real numbers (2024 numbering),
 * approximate coordinates and rounded populations (thousands, SSB 2024). Weighted by population so
 * that Oslo, Bergen and Trondheim dominate as they do in reality, while every county is present.
 */
final class Municipalities {

    static final List<Municipality> ALL = List.of(
            m("0301", "Oslo", OSLO, 59.913, 10.752, 717),
            m("3101", "Halden", OSTFOLD, 59.122, 11.387, 31),
            m("3103", "Moss", OSTFOLD, 59.434, 10.658, 51),
            m("3105", "Sarpsborg", OSTFOLD, 59.284, 11.110, 59),
            m("3107", "Fredrikstad", OSTFOLD, 59.218, 10.930, 85),
            m("3118", "Indre Østfold", OSTFOLD, 59.567, 11.180, 46),
            m("3201", "Bærum", AKERSHUS, 59.894, 10.546, 130),
            m("3203", "Asker", AKERSHUS, 59.833, 10.435, 97),
            m("3205", "Lillestrøm", AKERSHUS, 59.956, 11.050, 90),
            m("3207", "Nordre Follo", AKERSHUS, 59.720, 10.830, 62),
            m("3209", "Ullensaker", AKERSHUS, 60.132, 11.170, 42),
            m("3222", "Lørenskog", AKERSHUS, 59.927, 10.957, 48),
            m("3240", "Eidsvoll", AKERSHUS, 60.330, 11.260, 27),
            m("3301", "Drammen", BUSKERUD, 59.744, 10.204, 103),
            m("3303", "Kongsberg", BUSKERUD, 59.668, 9.650, 28),
            m("3305", "Ringerike", BUSKERUD, 60.168, 10.258, 31),
            m("3312", "Lier", BUSKERUD, 59.787, 10.244, 28),
            m("3330", "Hol", BUSKERUD, 60.616, 8.300, 4),
            m("3401", "Kongsvinger", HEDMARK, 60.191, 12.000, 18),
            m("3403", "Hamar", HEDMARK, 60.795, 11.068, 32),
            m("3411", "Ringsaker", HEDMARK, 60.885, 10.940, 35),
            m("3420", "Elverum", HEDMARK, 60.881, 11.563, 21),
            m("3423", "Stor-Elvdal", HEDMARK, 61.530, 11.030, 2),
            m("3405", "Lillehammer", OPPLAND, 61.115, 10.466, 29),
            m("3407", "Gjøvik", OPPLAND, 60.795, 10.692, 31),
            m("3446", "Gran", OPPLAND, 60.390, 10.560, 14),
            m("3437", "Sel", OPPLAND, 61.800, 9.560, 6),
            m("3901", "Horten", VESTFOLD, 59.417, 10.483, 27),
            m("3905", "Tønsberg", VESTFOLD, 59.267, 10.408, 58),
            m("3907", "Sandefjord", VESTFOLD, 59.131, 10.216, 65),
            m("3909", "Larvik", VESTFOLD, 59.053, 10.029, 48),
            m("4001", "Porsgrunn", TELEMARK, 59.140, 9.656, 37),
            m("4003", "Skien", TELEMARK, 59.209, 9.609, 56),
            m("4005", "Notodden", TELEMARK, 59.559, 9.259, 13),
            m("4014", "Kragerø", TELEMARK, 58.869, 9.414, 10),
            m("4026", "Tinn", TELEMARK, 59.878, 8.580, 6),
            m("4201", "Risør", AUST_AGDER, 58.720, 9.232, 7),
            m("4202", "Grimstad", AUST_AGDER, 58.341, 8.593, 24),
            m("4203", "Arendal", AUST_AGDER, 58.461, 8.767, 46),
            m("4213", "Tvedestrand", AUST_AGDER, 58.622, 8.932, 6),
            m("4204", "Kristiansand", VEST_AGDER, 58.147, 7.996, 116),
            m("4205", "Lindesnes", VEST_AGDER, 58.030, 7.460, 23),
            m("4207", "Flekkefjord", VEST_AGDER, 58.297, 6.663, 9),
            m("4223", "Vennesla", VEST_AGDER, 58.270, 7.970, 15),
            m("1101", "Eigersund", ROGALAND, 58.452, 5.999, 15),
            m("1103", "Stavanger", ROGALAND, 58.970, 5.733, 149),
            m("1106", "Haugesund", ROGALAND, 59.413, 5.268, 38),
            m("1108", "Sandnes", ROGALAND, 58.852, 5.735, 83),
            m("1124", "Sola", ROGALAND, 58.889, 5.652, 28),
            m("1149", "Karmøy", ROGALAND, 59.283, 5.300, 43),
            m("4601", "Bergen", HORDALAND, 60.391, 5.322, 291),
            m("4614", "Stord", HORDALAND, 59.780, 5.500, 19),
            m("4617", "Kvinnherad", HORDALAND, 59.987, 6.010, 13),
            m("4621", "Voss", HORDALAND, 60.628, 6.415, 16),
            m("4626", "Øygarden", HORDALAND, 60.400, 5.050, 39),
            m("4627", "Askøy", HORDALAND, 60.418, 5.178, 30),
            m("4631", "Alver", HORDALAND, 60.600, 5.250, 30),
            m("4640", "Sogndal", SOGN_FJORDANE, 61.229, 7.100, 12),
            m("4647", "Sunnfjord", SOGN_FJORDANE, 61.452, 5.857, 22),
            m("4602", "Kinn", SOGN_FJORDANE, 61.600, 5.030, 17),
            m("4651", "Stryn", SOGN_FJORDANE, 61.905, 6.717, 7),
            m("1505", "Kristiansund", MORE_OG_ROMSDAL, 63.110, 7.728, 24),
            m("1506", "Molde", MORE_OG_ROMSDAL, 62.737, 7.160, 33),
            m("1508", "Ålesund", MORE_OG_ROMSDAL, 62.472, 6.155, 58),
            m("1520", "Ørsta", MORE_OG_ROMSDAL, 62.199, 6.130, 11),
            m("1563", "Sunndal", MORE_OG_ROMSDAL, 62.675, 8.562, 7),
            m("5001", "Trondheim", TRONDELAG, 63.430, 10.395, 214),
            m("5006", "Steinkjer", TRONDELAG, 64.015, 11.495, 24),
            m("5007", "Namsos", TRONDELAG, 64.467, 11.495, 15),
            m("5025", "Røros", TRONDELAG, 62.575, 11.385, 6),
            m("5035", "Stjørdal", TRONDELAG, 63.470, 10.920, 25),
            m("5037", "Levanger", TRONDELAG, 63.746, 11.300, 20),
            m("5059", "Orkland", TRONDELAG, 63.300, 9.850, 18),
            m("1804", "Bodø", NORDLAND, 67.280, 14.405, 53),
            m("1806", "Narvik", NORDLAND, 68.438, 17.427, 22),
            m("1824", "Vefsn", NORDLAND, 65.836, 13.190, 13),
            m("1833", "Rana", NORDLAND, 66.313, 14.142, 26),
            m("1860", "Vestvågøy", NORDLAND, 68.233, 13.780, 12),
            m("1870", "Sortland", NORDLAND, 68.695, 15.413, 11),
            m("5501", "Tromsø", TROMS, 69.649, 18.956, 78),
            m("5503", "Harstad", TROMS, 68.798, 16.541, 25),
            m("5524", "Målselv", TROMS, 69.040, 18.500, 7),
            m("5530", "Senja", TROMS, 69.230, 17.980, 15),
            m("5544", "Nordreisa", TROMS, 69.767, 21.030, 5),
            m("5601", "Alta", FINNMARK, 69.969, 23.272, 21),
            m("5603", "Hammerfest", FINNMARK, 70.663, 23.682, 11),
            m("5605", "Sør-Varanger", FINNMARK, 69.727, 30.045, 10),
            m("5607", "Vadsø", FINNMARK, 70.074, 29.750, 6),
            m("5610", "Karasjok", FINNMARK, 69.472, 25.511, 3),
            m("5612", "Kautokeino", FINNMARK, 69.012, 23.041, 3));

    /** Municipalities of each 2017 county; every county has at least one. */
    static final Map<County, List<Municipality>> BY_COUNTY = byCounty();

    private Municipalities() {}

    private static Municipality m(String number, String name, County county, double lat, double lon, int pop) {
        return new Municipality(number, name, county, lat, lon, pop);
    }

    private static Map<County, List<Municipality>> byCounty() {
        Map<County, List<Municipality>> map = new EnumMap<>(County.class);
        for (Municipality m : ALL) {
            map.computeIfAbsent(m.county(), k -> new ArrayList<>()).add(m);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(map);
    }
}
