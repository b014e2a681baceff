package io.github.jobbmatch.occupation;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/** Small hand-written STYRK-08 and title fixtures (not the real NAV data). */
final class Fixtures {
    private Fixtures() {}

    static final String STYRK = """
            code;level;parentCode;name
            2;1;;Akademiske yrker
            22;2;2;Helse
            222;3;22;Sykepleiere
            2223;4;222;Sykepleiere
            21;2;2;Realfag og teknikk
            214;3;21;Ingeniører
            2149;4;214;Andre sivilingeniører
            3;1;;Høyskoleyrker
            32;2;3;Helse
            321;3;32;Medisinske teknikere
            3212;4;321;Bioingeniører
            5;1;;Salgs- og serviceyrker
            53;2;5;Omsorg
            532;3;53;Pleiemedarbeidere
            5321;4;532;Helsefagarbeidere
            9;1;;Andre yrker
            91;2;9;Renhold
            911;3;91;Renholdere
            9112;4;911;Renholdere i virksomheter
            8;1;;Operatører og sjåfører
            83;2;8;Førere
            834;3;83;Maskinførere
            8342;4;834;Anleggsmaskinførere
            """;

    static final String TITLES = """
            styrk08;tittel
            2223;Sykepleier
            2223;Hjemmesykepleier
            2223;Sykepleier (psykiatri)
            3212;Bioingeniør
            3212;Bioingeniør (laboratorium)
            3212;Avdelingsbioingeniør
            5321;Helsefagarbeider
            5321;Hjelpepleier
            5321;Omsorgsarbeider
            5321;Hjelpepleier (eldreomsorg)
            9112;Renholder
            9112;Renholdsarbeider
            9112;Vaskehjelp
            8342;Maskinkjører
            8342;Anleggsmaskinfører
            8342;Dozerfører
            2149;Sivilingeniør (bygg)
            """;

    static List<StyrkCode> styrk() throws IOException {
        return OccupationFiles.readStyrk(new StringReader(STYRK), "styrk.csv");
    }

    static List<JobTitle> titles() throws IOException {
        return OccupationFiles.readJobTitles(new StringReader(TITLES), "titles.csv");
    }
}
