package io.github.jobbmatch.sample;

import java.util.List;

/**
 * The built-in fields of work. The mixes of "most needed competence" (fagbrev, higher education,
 * unskilled, course, specialist) start from the field reports (N=1000 firms: 31/31/19/6/5), keep the
 * two sector figures the reports give (retail: unskilled 37 %; construction: fagbrev 73 %) and follow
 * the skill level of the STYRK-08 major group elsewhere; the public sector doubles the weight of higher
 * education (60 % vs 31 %) where the field has one (see {@code SampleGenerator}).
 */
final class Trades {

    static final Trade RETAIL = new Trade("retail",
            List.of("52", "1420", "3322", "95"),
            List.of("Kundebehandling", "Kassearbeid", "Varepåfylling", "Salg", "Butikkdrift", "Vareplassering"),
            List.of("Hygienekurs for næringsmiddelbransjen", "Kurs i kassesystem"),
            "Fagbrev i salgsfaget", "Bachelor i økonomi og administrasjon", "Salg og service",
            List.of("mennesker", "klær og mote", "mat", "interiør", "sport"),
            List.of("47.111", "47.710", "47.521", "47.591", "47.640"),
            new int[] {2, 3},
            List.of("%s Dagligvare AS", "%s Handel AS", "Sport og Fritid %s AS", "%s Jernvare AS", "Klesbutikken %s AS"),
            null,
            List.of("Betjening av kasse", "Varepåfylling og utplassering", "Kundeservice i butikk", "Mottak av varer"),
            1, "basic", new int[] {20, 8, 37, 25, 10}, 55);

    static final Trade CLEANING = new Trade("cleaning",
            List.of("91", "5151"),
            List.of("Renhold", "Oppvask og renhold", "Bruk av renholdsmaskiner", "Avfallshåndtering", "Hjemmerenhold"),
            List.of("Kurs i renholdsteknikk", "HMS-kurs"),
            "Fagbrev i renholdsoperatørfaget", null, "Renholdsoperatørfaget",
            List.of("orden og struktur", "trening", "hage", "matlaging"),
            List.of("81.210", "81.220", "81.299"),
            new int[] {25, 5},
            List.of("%s Renhold AS", "Rent og Pent %s AS", "%s Service og Renhold AS"),
            "drift og eiendom",
            List.of("Daglig renhold av kontorer og fellesarealer", "Renhold av sanitærrom", "Avfallshåndtering og kildesortering"),
            1, "basic", new int[] {20, 0, 55, 20, 5}, 35);

    static final Trade WAREHOUSE = new Trade("warehouse",
            List.of("432", "9333", "9334", "96", "4323"),
            List.of("Lagerarbeid", "Plukk og pakk", "Varemottak", "Truckkjøring", "Lagerstyringssystem", "Vareopptelling"),
            List.of("Truckførerbevis T1-T4", "Kurs i varme arbeider", "HMS-kurs"),
            "Fagbrev i logistikkfaget", null, "Logistikkfaget",
            List.of("bil og motor", "trening", "data", "orden og struktur"),
            List.of("52.100", "46.390", "52.291"),
            new int[] {5, 5},
            List.of("%s Lager og Logistikk AS", "%s Transport og Lager AS", "Nordlys Logistikk %s AS", "%s Distribusjon AS"),
            "innkjøp og lager",
            List.of("Plukk og pakking av ordre", "Varemottak og kontroll", "Kjøring av truck", "Opptelling og varetelling"),
            2, "basic", new int[] {15, 0, 40, 40, 5}, 40);

    static final Trade CARE = new Trade("care",
            List.of("53", "3412", "3259", "3413"),
            List.of("Omsorgsarbeid", "Legemiddelhåndtering", "Personlig stell", "Miljøarbeid", "Aktivitetstilbud for eldre", "Dokumentasjon i journal"),
            List.of("Politiattest kan fremvises", "Førstehjelpskurs", "Kurs i demensomsorg"),
            "Fagbrev som helsefagarbeider", "Bachelor i vernepleie", "Helse- og oppvekstfag",
            List.of("eldre", "omsorg", "mennesker", "matlaging", "musikk"),
            List.of("87.301", "88.101", "87.203"),
            new int[] {70, 10},
            List.of("%s Omsorg AS", "Livsglede Omsorgssenter %s AS", "%s Helsetjenester AS"),
            "helse og velferd",
            List.of("Praktisk bistand i hjemmet", "Personlig stell og omsorg", "Miljøarbeid og aktiviteter", "Legemiddelhåndtering"),
            1, "good", new int[] {50, 12, 25, 10, 3}, 75);

    static final Trade HEALTH = new Trade("health",
            List.of("22", "32"),
            List.of("Sykepleie", "Legemiddelhåndtering", "Klinisk observasjon", "Dokumentasjon i journal", "Veiledning av pasienter"),
            List.of("Politiattest kan fremvises", "Kurs i hjerte-lungeredning"),
            null, "Autorisasjon som sykepleier", "Sykepleie",
            List.of("omsorg", "mennesker", "helse", "trening"),
            List.of("86.101", "86.102", "87.101", "86.211"),
            new int[] {80, 5},
            List.of("%s Legesenter AS", "%s Helsehus AS", "Privatklinikken %s AS"),
            "helse og omsorg",
            List.of("Pasientbehandling og observasjon", "Legemiddelhåndtering", "Veiledning av kolleger"),
            1, "fluent", new int[] {5, 85, 0, 5, 5}, 80);

    static final Trade CHILDCARE = new Trade("childcare",
            List.of("531", "2342"),
            List.of("Arbeid med barn", "Pedagogiske aktiviteter", "Foreldresamarbeid", "Språkstimulering", "Leik og læring"),
            List.of("Politiattest kan fremvises", "Førstehjelpskurs"),
            "Fagbrev i barne- og ungdomsarbeiderfaget", "Barnehagelærerutdanning", "Barne- og ungdomsarbeiderfaget",
            List.of("barn", "friluftsliv", "musikk", "formingsaktiviteter", "sport"),
            List.of("88.911", "88.912"),
            new int[] {50, 10},
            List.of("%s Barnehage AS", "Solstrålen barnehage %s AS", "Friluftsbarnehagen %s AS"),
            "oppvekst",
            List.of("Leik og aktiviteter med barna", "Måltider og påkledning", "Turer i nærmiljøet", "Tilrettelegging for barn med behov"),
            1, "good", new int[] {35, 30, 30, 5, 0}, 5);

    static final Trade KITCHEN = new Trade("kitchen",
            List.of("512", "941", "5246", "1412", "7512"),
            List.of("Matlaging", "Oppvask og renhold", "Anretning", "Varebestilling", "Baking", "Storkjøkken"),
            List.of("Hygienekurs for næringsmiddelbransjen", "Kurs i allergener"),
            "Fagbrev som kokk", null, "Restaurant- og matfag",
            List.of("matlaging", "baking", "mat", "mennesker"),
            List.of("56.290", "56.102", "56.210"),
            new int[] {15, 10},
            List.of("%s Kantine AS", "Fjordkantina %s AS", "Kafé Torget %s AS", "%s Catering AS", "Bakeriet i %s AS"),
            "kjøkken og kantine",
            List.of("Matlaging og anretning av lunsj", "Oppvask og rydding", "Varebestilling", "Baking"),
            1, "basic", new int[] {45, 0, 35, 15, 5}, 45);

    static final Trade HOSPITALITY = new Trade("hospitality",
            List.of("513", "4224", "1411"),
            List.of("Servering", "Kundebehandling", "Resepsjonsarbeid", "Kassearbeid", "Bartending"),
            List.of("Hygienekurs for næringsmiddelbransjen", "Etablererprøven", "Kunnskapsprøven for skjenking"),
            "Fagbrev i servitørfaget", null, "Restaurant- og matfag",
            List.of("mennesker", "mat", "reise", "musikk"),
            List.of("55.101", "56.101", "56.301"),
            new int[] {2, 5},
            List.of("%s Hotell AS", "Brygga Restaurant %s AS", "%s Gjestgiveri AS"),
            null,
            List.of("Servering og rydding", "Gjestemottak i resepsjonen", "Klargjøring av lokaler"),
            1, "good", new int[] {25, 5, 50, 15, 5}, 80);

    static final Trade CONSTRUCTION = new Trade("construction",
            List.of("71", "931", "3123", "8342", "5153", "7549"),
            List.of("Bygg og anlegg", "Arbeid i høyden", "Bruk av elektroverktøy", "Tømrerarbeid", "Betongarbeid", "Stillasbygging", "Malerarbeid"),
            List.of("Kurs i stillasmontering", "Arbeid i høyden - kurs", "Varme arbeider", "HMS-kort bygg og anlegg", "Maskinførerbevis"),
            "Fagbrev i tømrerfaget", "Ingeniørutdanning bygg", "Bygg- og anleggsteknikk",
            List.of("bygg", "friluftsliv", "bil og motor", "snekring", "jakt og fiske"),
            List.of("41.200", "43.320", "43.991", "43.340", "42.110"),
            new int[] {5, 0},
            List.of("%s Bygg AS", "%s Stillas AS", "Tømrermester %s AS", "%s Maler og Tapet AS", "%s Anlegg AS"),
            "eiendom og teknisk drift",
            List.of("Bærearbeid og rydding på byggeplass", "Montering av stillas", "Forskaling og betongarbeid", "Enkle tømrerarbeider"),
            2, "basic", new int[] {73, 3, 12, 10, 2}, 5);

    static final Trade ELECTRICAL = new Trade("electrical",
            List.of("741", "742"),
            List.of("Elektroinstallasjon", "Feilsøking", "Automatisering", "Bruk av elektroverktøy"),
            List.of("FSE-kurs", "Arbeid i høyden - kurs", "HMS-kort bygg og anlegg"),
            "Fagbrev i elektrikerfaget", "Ingeniørutdanning elektro", "Elektro og datateknologi",
            List.of("data", "teknologi", "bil og motor", "bygg"),
            List.of("43.210", "33.140"),
            new int[] {3, 0},
            List.of("%s Elektro AS", "Elektrikeren %s AS", "%s Installasjon AS"),
            null,
            List.of("Installasjon i bolig og næringsbygg", "Feilsøking og service", "Kabeltrekking"),
            1, "good", new int[] {80, 10, 0, 5, 5}, 5);

    static final Trade METAL = new Trade("metal",
            List.of("72"),
            List.of("Sveising", "Platearbeid", "Mekanisk arbeid", "Bilreparasjon", "Vedlikehold av maskiner"),
            List.of("Sveisesertifikat", "Truckførerbevis T1-T4", "Varme arbeider"),
            "Fagbrev som industrimekaniker", "Ingeniørutdanning maskin", "Teknologi- og industrifag",
            List.of("bil og motor", "teknologi", "snekring", "jakt og fiske"),
            List.of("33.150", "45.200", "25.110", "28.300"),
            new int[] {3, 0},
            List.of("%s Mekaniske Verksted AS", "%s Bilverksted AS", "%s Verft og Stillas AS", "%s Stålindustri AS"),
            null,
            List.of("Sveising og sammenstilling", "Vedlikehold av maskiner", "Service på kjøretøy"),
            2, "basic", new int[] {65, 5, 10, 15, 5}, 15);

    static final Trade TRANSPORT = new Trade("transport",
            List.of("83"),
            List.of("Varelevering", "Kjøreerfaring", "Ruteplanlegging", "Kundebehandling", "Sikring av last"),
            List.of("Yrkessjåførkompetanse (YSK)", "ADR-kurs", "Truckførerbevis T1-T4"),
            null, null, "Transport og logistikk",
            List.of("bil og motor", "reise", "friluftsliv"),
            List.of("49.410", "49.391", "53.200", "49.320"),
            new int[] {10, 0},
            List.of("%s Transport AS", "%s Budservice AS", "Fjord Buss %s AS", "%s Taxi AS"),
            "teknisk drift",
            List.of("Levering av varer til kunder", "Lasting og lossing", "Kjøring etter rute"),
            1, "basic", new int[] {15, 0, 15, 65, 5}, 45);

    static final Trade PRODUCTION = new Trade("production",
            List.of("81", "82", "75", "73", "93", "9"),
            List.of("Produksjonsarbeid", "Maskinbetjening", "Kvalitetskontroll", "Pakking", "Næringsmiddelproduksjon", "Prosessoperasjon"),
            List.of("Truckførerbevis T1-T4", "Hygienekurs for næringsmiddelbransjen", "HMS-kurs"),
            "Fagbrev i industriell matproduksjon", null, "Teknologi- og industrifag",
            List.of("mat", "teknologi", "bil og motor", "orden og struktur"),
            List.of("10.200", "10.130", "10.510", "24.420", "16.100"),
            new int[] {0, 5},
            List.of("%s Fiskeindustri AS", "%s Bakeri og Konditori AS", "%s Industrier AS", "%s Sag og Høvleri AS"),
            null,
            List.of("Betjening av produksjonslinje", "Pakking og merking", "Kvalitetskontroll av produkter"),
            2, "basic", new int[] {35, 5, 40, 15, 5}, 45);

    static final Trade OFFICE = new Trade("office",
            List.of("4", "33", "3", "5244"),
            List.of("Kontorarbeid", "Kundebehandling", "Bruk av Office-pakken", "Fakturering", "Arkivarbeid", "Regnskap", "Telefonsalg"),
            List.of("Kurs i Excel", "Kurs i regnskapsprogram"),
            "Fagbrev i kontor- og administrasjonsfaget", "Bachelor i økonomi og administrasjon", "Økonomi og administrasjon",
            List.of("data", "orden og struktur", "mennesker", "lesing"),
            List.of("69.201", "82.110", "82.200"),
            new int[] {35, 10},
            List.of("%s Regnskap AS", "%s Kundesenter AS", "%s Kontorservice AS"),
            "servicetorget",
            List.of("Svare på henvendelser på telefon og e-post", "Registrering og arkivering", "Fakturering og enkel regnskapsføring"),
            0, "good", new int[] {30, 30, 25, 10, 5}, 10);

    static final Trade SECURITY = new Trade("security",
            List.of("54", "0"),
            List.of("Vakthold", "Adgangskontroll", "Konfliktdempende kommunikasjon", "Brannvern", "Kundebehandling"),
            List.of("Vekterutdanning", "Politiattest kan fremvises", "Førstehjelpskurs"),
            "Fagbrev i vekterfaget", null, "Service og samferdsel",
            List.of("trening", "sport", "mennesker", "friluftsliv"),
            List.of("80.100", "84.240"),
            new int[] {5, 0},
            List.of("%s Vakt og Sikring AS", "Trygg Vakt %s AS"),
            null,
            List.of("Vakthold og runder", "Adgangskontroll i resepsjon", "Brannvakt"),
            1, "good", new int[] {40, 0, 10, 45, 5}, 85);

    static final Trade IT = new Trade("it",
            List.of("25", "35"),
            List.of("Programmering", "Brukerstøtte", "Nettverksdrift", "Systemutvikling", "Testing av programvare"),
            List.of("Microsoft-sertifisering", "Cisco-sertifisering"),
            "Fagbrev i IT-utviklerfaget", "Bachelor i informatikk", "Informasjonsteknologi",
            List.of("data", "teknologi", "spill", "lesing"),
            List.of("62.010", "62.020", "63.110"),
            new int[] {15, 0},
            List.of("%s Data AS", "Kodeverkstedet %s AS", "%s IT-drift AS"),
            "digitalisering",
            List.of("Brukerstøtte og feilsøking", "Utvikling og testing", "Drift av nettverk"),
            0, "good", new int[] {10, 75, 0, 5, 10}, 5);

    static final Trade ENGINEERING = new Trade("engineering",
            List.of("21", "31"),
            List.of("Prosjektarbeid", "Teknisk tegning", "Beregninger", "Kvalitetssikring", "Prosessanlegg"),
            List.of("Sikkerhetskurs offshore (GSK)", "HMS-kurs"),
            null, "Ingeniørutdanning", "Ingeniørfag",
            List.of("teknologi", "data", "friluftsliv", "bil og motor"),
            List.of("71.129", "06.100", "09.101", "71.121"),
            new int[] {15, 0},
            List.of("%s Engineering AS", "%s Prosjekt og Teknikk AS", "Nordsjø Teknikk %s AS"),
            "plan og bygg",
            List.of("Prosjektering og beregning", "Oppfølging av prosjekter", "Kvalitetskontroll"),
            0, "good", new int[] {5, 85, 0, 0, 10}, 5);

    static final Trade TEACHING = new Trade("teaching",
            List.of("23"),
            List.of("Undervisning", "Klasseledelse", "Tilpasset opplæring", "Foreldresamarbeid", "Veiledning av elever"),
            List.of("Politiattest kan fremvises"),
            null, "Lærerutdanning", "Lærerutdanning",
            List.of("barn", "lesing", "sport", "musikk", "friluftsliv"),
            List.of("85.201", "85.310", "85.320"),
            new int[] {85, 5},
            List.of("%s Friskole AS", "Språksenteret %s AS"),
            "oppvekst og utdanning",
            List.of("Undervisning i klasse", "Oppfølging av enkeltelever", "Samarbeid med foreldre"),
            0, "fluent", new int[] {5, 90, 0, 0, 5}, 0);

    static final Trade PROFESSIONAL = new Trade("professional",
            List.of("1", "2", "24", "26", "34"),
            List.of("Saksbehandling", "Prosjektledelse", "Rådgivning", "Skriftlig framstilling", "Markedsføring", "Ledelse"),
            List.of("Kurs i prosjektledelse"),
            null, "Mastergrad i samfunnsfag", "Samfunnsfag",
            List.of("lesing", "mennesker", "samfunn", "data"),
            List.of("70.220", "84.110", "73.110", "94.991"),
            new int[] {40, 15},
            List.of("%s Rådgivning AS", "%s Kommunikasjon AS", "%s Utvikling AS"),
            "administrasjon",
            List.of("Saksbehandling", "Prosjektarbeid", "Rådgivning til brukere og kunder"),
            0, "fluent", new int[] {5, 80, 5, 0, 10}, 0);

    static final Trade AGRICULTURE = new Trade("agriculture",
            List.of("6", "92"),
            List.of("Hagearbeid", "Dyrestell", "Grøntanlegg", "Bruk av landbruksmaskiner", "Fiske og fangst"),
            List.of("Traktorførerbevis (klasse T)", "Kurs i plantevern"),
            "Fagbrev i anleggsgartnerfaget", null, "Naturbruk",
            List.of("dyr", "hage", "friluftsliv", "jakt og fiske"),
            List.of("01.410", "81.300", "03.111", "01.190"),
            new int[] {20, 5},
            List.of("%s Gartneri AS", "%s Gard og Grønt AS", "%s Hagesenter AS"),
            "park og idrett",
            List.of("Stell av grøntanlegg", "Dyrestell i fjøset", "Planting og luking"),
            2, "basic", new int[] {45, 5, 40, 5, 5}, 20);

    static final Trade PERSONAL = new Trade("personal",
            List.of("514", "516", "3423", "51", "5"),
            List.of("Kundebehandling", "Hårklipp og styling", "Trening og instruksjon", "Timebestilling", "Salg"),
            List.of("Kurs i kundeservice", "Førstehjelpskurs"),
            "Fagbrev i frisørfaget", null, "Frisør, blomster, interiør og eksponeringsdesign",
            List.of("mennesker", "klær og mote", "trening", "sport"),
            List.of("96.021", "93.130", "96.090"),
            new int[] {10, 10},
            List.of("Frisørsalongen %s AS", "%s Treningssenter AS", "%s Velvære AS"),
            "kultur og fritid",
            List.of("Kundebehandling og timebestilling", "Veiledning av kunder", "Klargjøring av lokaler"),
            0, "good", new int[] {60, 0, 25, 10, 5}, 40);

    static final List<Trade> ALL = List.of(RETAIL, CLEANING, WAREHOUSE, CARE, HEALTH, CHILDCARE, KITCHEN, HOSPITALITY,
            CONSTRUCTION, ELECTRICAL, METAL, TRANSPORT, PRODUCTION, OFFICE, SECURITY, IT, ENGINEERING, TEACHING,
            PROFESSIONAL, AGRICULTURE, PERSONAL);

    private Trades() {}

    /** The field of a STYRK-08 code: the trade with the longest matching prefix (every first digit has one). */
    static Trade of(String styrk08) {
        Trade best = PRODUCTION;
        int bestLength = 0;
        if (styrk08 == null) {
            return best;
        }
        for (Trade t : ALL) {
            for (String p : t.prefixes()) {
                if (p.length() > bestLength && styrk08.startsWith(p)) {
                    best = t;
                    bestLength = p.length();
                }
            }
        }
        return best;
    }

    /** The field of an employer's NACE code, or null when no field lists it. */
    static Trade ofIndustry(String nace) {
        if (nace == null) {
            return null;
        }
        for (Trade t : ALL) {
            if (t.industries().contains(nace)) {
                return t;
            }
        }
        return null;
    }
}
