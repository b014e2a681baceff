package io.github.jobbmatch.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CalibrationTest.class.getResource("/sample-calibration/" + name).toURI());
    }

    @Test
    void builtInHasTheTopOccupationsWithHonestWeights() {
        Calibration c = Calibration.builtIn();
        assertThat(c.source()).isEqualTo("built-in");
        assertThat(c.seekers()).hasSize(80);
        assertThat(c.seekers().get(0)).isEqualTo(new Calibration.Occupation("5223", "Butikkmedarbeider", 9862));
        assertThat(c.demand()).allSatisfy(d -> assertThat(d.weight()).isPositive());
        double sykepleiere = c.demand().stream().filter(d -> d.styrk08().equals("2223")).mapToDouble(Calibration.Demand::weight).sum();
        assertThat(sykepleiere).isEqualTo(3575); // the county cells; the national total (3600) is rounded separately
        assertThat(c.titles("9112")).containsExactly("Renholder", "Reinhaldar");
        assertThat(c.titles("9999")).isEmpty();
    }

    @Test
    void everyBuiltInCountyHasMunicipalities() {
        for (County county : County.values()) {
            assertThat(Municipalities.BY_COUNTY.get(county)).as(county.key()).isNotEmpty();
        }
        assertThat(Municipalities.ALL).extracting(Municipality::number).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[0-9]{4}"));
    }

    @Test
    void loadsFixtureFilesWithSpacesInNumbersAndSkipsUnknownOccupation() throws Exception {
        Calibration c = Calibration.load(fixture("good"));
        assertThat(c.seekers()).extracting(Calibration.Occupation::styrk08).containsExactly("5223", "9112", "7115");
        assertThat(c.seekers().get(0).weight()).isEqualTo(9862);
        assertThat(c.seekers().get(2).weight()).isEqualTo(1000);
        assertThat(c.demand()).filteredOn(d -> d.styrk08().equals("2512") && d.county() == County.OSLO)
                .singleElement().extracting(Calibration.Demand::weight).isEqualTo(1400.0);
        assertThat(c.demand()).noneMatch(d -> d.weight() == 0);
        // built-in titles first, then usable titles from the file; placeholders and cut titles left out
        assertThat(c.titles("9112")).containsExactly("Renholder", "Reinhaldar");
        assertThat(c.titles("8322")).doesNotContain("Bil-");
        assertThat(c.titles("2512")).contains("Programvareutvikler");
    }

    @Test
    void malformedNumberNamesFileAndLine() {
        assertThatThrownBy(() -> Calibration.load(fixture("bad-number")))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("nav-arbeidssokere-per-yrke-2017.csv line 3")
                .hasMessageContaining("\"mange\"")
                .satisfies(e -> assertThat(((CalibrationException) e).line()).isEqualTo(3));
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> Calibration.load(fixture("missing-demand")))
                .isInstanceOf(CalibrationException.class)
                .hasMessageContaining("nav-ettersporsel-yrke-fylke-2017.csv")
                .hasMessageContaining("missing");
    }

    @Test
    void wrongFieldCountAndUnknownCountyAreRejected(@TempDir Path dir) throws Exception {
        Path good = fixture("good");
        Files.copy(good.resolve(Calibration.DEMAND_FILE), dir.resolve(Calibration.DEMAND_FILE));
        Files.writeString(dir.resolve(Calibration.SEEKERS_FILE),
                "styrk08;yrke;arbeidssokere_2017\n5223;Butikkmedarbeidere;10\n9112;Renholdere\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Calibration.load(dir)).isInstanceOf(CalibrationException.class)
                .hasMessage("nav-arbeidssokere-per-yrke-2017.csv line 3: expected 3 fields separated by ';', got 2");

        Files.copy(good.resolve(Calibration.SEEKERS_FILE), dir.resolve(Calibration.SEEKERS_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(Calibration.DEMAND_FILE), "aar;yrkekode;yrke;viken;norge\n2017;2223;Sykepleiere;5;5\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Calibration.load(dir)).isInstanceOf(CalibrationException.class)
                .hasMessageContaining("line 1").hasMessageContaining("viken");

        Files.writeString(dir.resolve(Calibration.DEMAND_FILE), "aar;yrkekode;yrke;oslo;norge\n2017;22x3;Sykepleiere;5;5\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Calibration.load(dir)).isInstanceOf(CalibrationException.class)
                .hasMessageContaining("line 2").hasMessageContaining("4-digit STYRK-08 code");
    }

    @Test
    void numbersAcceptEveryKindOfSpace() throws IOException {
        assertThat(Calibration.number("f", 1, "1 400")).isEqualTo(1400);
        assertThat(Calibration.number("f", 1, "1\u00A0400")).isEqualTo(1400);
        assertThat(Calibration.number("f", 1, "")).isZero();
    }
}
