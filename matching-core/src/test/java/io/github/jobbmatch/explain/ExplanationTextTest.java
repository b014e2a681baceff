package io.github.jobbmatch.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobbmatch.model.Accommodation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {

    @Test
    void unansweredAccommodationsAreOneQuestion() {
        assertThat(ExplanationText.unknownQuestion(List.of())).isEmpty();
        assertThat(ExplanationText.unknownQuestion(List.of(Accommodation.MENTOR)))
                .contains("Spør arbeidsgiver: er fadder eller mentor på arbeidsplassen mulig?");
        assertThat(ExplanationText.unknownQuestion(List.of(Accommodation.FLEXIBLE_HOURS, Accommodation.QUIET_ENVIRONMENT,
                Accommodation.EXTRA_BREAKS)))
                .contains("Spør arbeidsgiver om disse tilretteleggingene er mulige: fleksibel arbeidstid, rolig eller "
                        + "skjermet arbeidsmiljø og ekstra pauser eller fridager ved behov.");
    }
}
