package io.github.jobbmatch.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Har en diagnose", "Sykdom i familien", "Er sykmeldt", "Psykisk helse", "ADHD",
            "Kronisk smerte", "angstlidelse", "Rusproblemer tidligere", "uføretrygd", "SYK"})
    void healthWordsAreFound(String text) {
        assertThat(HealthWords.contains(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sykepleier ved sykehjem", "Har erfaring fra Sykehuset Innlandet", "Sjukepleiar i heimetenesta",
            "Medisinsk sekretær", "Snakker russisk", "Kundebehandling", "Arbeid i høyden", "Skadedyrkontroll"})
    void ordinaryWordsOfWorkingLifeAreNot(String text) {
        assertThat(HealthWords.contains(text)).isFalse();
    }
}
