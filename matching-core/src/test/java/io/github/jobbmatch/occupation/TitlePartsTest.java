package io.github.jobbmatch.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlePartsTest {
    @Test
    void splitsMainAndQualifier() {
        assertThat(TitleParts.of("Hjelpepleier (psykisk helsearbeid)"))
                .isEqualTo(new TitleParts("Hjelpepleier", "psykisk helsearbeid"));
        assertThat(TitleParts.of("Forskningsassistent (fiske")).isEqualTo(new TitleParts("Forskningsassistent", "fiske"));
        assertThat(TitleParts.of("bilforretning)")).isEqualTo(new TitleParts("bilforretning", ""));
        assertThat(TitleParts.of("(kun qualifier)")).isEqualTo(new TitleParts("kun qualifier", ""));
        assertThat(TitleParts.of("Renholder")).isEqualTo(new TitleParts("Renholder", ""));
    }
}
