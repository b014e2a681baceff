package io.github.jobbmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptTest {

    @Test
    void sixArgumentConstructorHasNoStyrkCodes() {
        Concept c = new Concept("skill:a", ConceptKind.SKILL, "A", null, null, null);
        assertThat(c.styrk08()).isEmpty();
        assertThat(c.altLabels()).isEmpty();
    }

    @Test
    void styrkCodesMustBeDigits() {
        assertThat(new Concept("occ:a", ConceptKind.OCCUPATION, "A", null, null, null, List.of("5321", "53")).styrk08())
                .containsExactly("5321", "53");
        assertThatThrownBy(() -> new Concept("occ:a", ConceptKind.OCCUPATION, "A", null, null, null, List.of("53a1")))
                .hasMessageContaining("occ:a").hasMessageContaining("53a1");
        assertThatThrownBy(() -> new Concept("occ:a", ConceptKind.OCCUPATION, "A", null, null, null, List.of("53210")))
                .hasMessageContaining("53210");
    }

    @Test
    void conceptMatchRejectsNonLabelLevelsAndBadConfidence() {
        Concept c = new Concept("skill:a", ConceptKind.SKILL, "A", null, null, null);
        assertThatThrownBy(() -> new ConceptMatch(c, MatchLevel.NARROWER, 1f)).hasMessageContaining("NARROWER");
        assertThatThrownBy(() -> new ConceptMatch(c, MatchLevel.EXACT, 0f)).hasMessageContaining("confidence");
        assertThatThrownBy(() -> new ConceptMatch(c, MatchLevel.EXACT, Float.NaN)).hasMessageContaining("confidence");
    }
}
