package io.github.jobbmatch.sample;

import java.util.List;

/**
 * A field of work (fagområde) that groups STYRK-08 occupations sharing one vocabulary: the
 * competence, certificate and interest labels that candidates hold and needs ask for (so the two
 * sides speak the same words), the industries and sectors of its employers, and the mix of
 * "most needed competence" from the field reports. Package-private: the tables are the generator's
 * knowledge, not API.
 *
 * @param key short name, for tests and documentation
 * @param prefixes STYRK-08 code prefixes that belong to this field (longest prefix wins)
 * @param competences competence labels, most common first
 * @param courses course certificates of the field ("Truckførerbevis T1-T4")
 * @param fagbrev the trade certificate of the field, or null
 * @param higher the higher education or authorisation of the field, or null
 * @param educationField the education field written on candidates' education entries
 * @param interests interests ("interesse for") typical of people who thrive in the field
 * @param industries NACE codes of the field's employers
 * @param sectorShares percent of employers that are public and non-profit (the rest are private)
 * @param privateNames name patterns of private employers; {@code %s} is a place name
 * @param publicUnit the municipal unit for public employers ("helse og velferd"), or null
 * @param tasks tasks of needs in the field
 * @param physical how physical the work is: 0 light, 1 moderate, 2 heavy
 * @param norwegian the Norwegian level a need typically asks for
 * @param mix weights of the most needed competence: fagbrev, higher, unskilled, course, specialist
 * @param evening percent of needs that include evening or weekend shifts
 */
record Trade(
        String key,
        List<String> prefixes,
        List<String> competences,
        List<String> courses,
        String fagbrev,
        String higher,
        String educationField,
        List<String> interests,
        List<String> industries,
        int[] sectorShares,
        List<String> privateNames,
        String publicUnit,
        List<String> tasks,
        int physical,
        String norwegian,
        int[] mix,
        int evening) {

    static final int FAGBREV = 0;
    static final int HIGHER = 1;
    static final int UNSKILLED = 2;
    static final int COURSE = 3;
    static final int SPECIALIST = 4;
}
