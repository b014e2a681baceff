package io.github.jobbmatch.sample;

import java.util.Optional;

/**
 * The 18 counties of 2017, the geography of NAV's employer survey that calibrates the needs. Each
 * knows the county it belongs to today, which names the NAV market team ("NAV Marked Agder").
 */
public enum County {
    OSTFOLD("ostfold", "Østfold", "Østfold"),
    AKERSHUS("akershus", "Akershus", "Akershus"),
    OSLO("oslo", "Oslo", "Oslo"),
    HEDMARK("hedmark", "Hedmark", "Innlandet"),
    OPPLAND("oppland", "Oppland", "Innlandet"),
    BUSKERUD("buskerud", "Buskerud", "Buskerud"),
    VESTFOLD("vestfold", "Vestfold", "Vestfold"),
    TELEMARK("telemark", "Telemark", "Telemark"),
    AUST_AGDER("aust_agder", "Aust-Agder", "Agder"),
    VEST_AGDER("vest_agder", "Vest-Agder", "Agder"),
    ROGALAND("rogaland", "Rogaland", "Rogaland"),
    HORDALAND("hordaland", "Hordaland", "Vestland"),
    SOGN_FJORDANE("sogn_fjordane", "Sogn og Fjordane", "Vestland"),
    MORE_OG_ROMSDAL("more_og_romsdal", "Møre og Romsdal", "Møre og Romsdal"),
    TRONDELAG("trondelag", "Trøndelag", "Trøndelag"),
    NORDLAND("nordland", "Nordland", "Nordland"),
    TROMS("troms", "Troms", "Troms"),
    FINNMARK("finnmark", "Finnmark", "Finnmark");

    private final String key;
    private final String name2017;
    private final String currentCounty;

    County(String key, String name2017, String currentCounty) {
        this.key = key;
        this.name2017 = name2017;
        this.currentCounty = currentCounty;
    }

    /** The column name in {@code nav-ettersporsel-yrke-fylke-2017.csv}, e.g. {@code "aust_agder"}. */
    public String key() {
        return key;
    }

    /** The county's name in 2017. */
    public String name2017() {
        return name2017;
    }

    /** The name of the county the area belongs to today (for "NAV Marked ..." and the like). */
    public String currentCounty() {
        return currentCounty;
    }

    /** The county with this column name, if any. */
    public static Optional<County> byKey(String key) {
        for (County c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
