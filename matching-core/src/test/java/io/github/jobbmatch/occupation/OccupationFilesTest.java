package io.github.jobbmatch.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupationFilesTest {

    @Test
    void readsStyrkRows() throws Exception {
        var codes = Fixtures.styrk();
        assertThat(codes).hasSize(23);
        assertThat(codes.get(0)).isEqualTo(new StyrkCode("2", 1, "", "Akademiske yrker"));
        assertThat(codes).filteredOn(StyrkCode::isOccupation).extracting(StyrkCode::code)
                .containsExactly("2223", "2149", "3212", "5321", "9112", "8342");
    }

    @Test
    void readsTitlesFromAFileWithBomAndBlankLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFFstyrk08;tittel\n5321;Hjelpepleier\n\n9112;Reinhaldar\n", StandardCharsets.UTF_8);
        assertThat(OccupationFiles.readJobTitles(f))
                .containsExactly(new JobTitle("5321", "Hjelpepleier"), new JobTitle("9112", "Reinhaldar"));
    }

    @Test
    void errorsNameTheSourceLineAndProblem() {
        assertThatThrownBy(() -> OccupationFiles.readJobTitles(new StringReader("code;title\n"), "t.csv"))
                .isInstanceOf(OccupationFileException.class)
                .hasMessageContaining("t.csv:1").hasMessageContaining("styrk08;tittel");
        assertThatThrownBy(() -> OccupationFiles.readJobTitles(new StringReader("styrk08;tittel\n5321;A\n532;B\n"), "t.csv"))
                .hasMessageContaining("t.csv:3").hasMessageContaining("four digits");
        assertThatThrownBy(() -> OccupationFiles.readJobTitles(new StringReader("styrk08;tittel\n5321\n"), "t.csv"))
                .hasMessageContaining("t.csv:2").hasMessageContaining("expected 2 fields");
        assertThatThrownBy(() -> OccupationFiles.readJobTitles(new StringReader(""), "t.csv"))
                .hasMessageContaining("empty file");
        String h = "code;level;parentCode;name\n";
        assertThatThrownBy(() -> OccupationFiles.readStyrk(new StringReader(h + "5;x;;A\n"), "s.csv"))
                .hasMessageContaining("s.csv:2").hasMessageContaining("level must be a number");
        assertThatThrownBy(() -> OccupationFiles.readStyrk(new StringReader(h + "5;1;;A\n53;2;4;B\n"), "s.csv"))
                .hasMessageContaining("s.csv:3").hasMessageContaining("cannot have parent '4'");
        assertThatThrownBy(() -> OccupationFiles.readStyrk(new StringReader(h + "5;1;;A\n5;1;;B\n"), "s.csv"))
                .hasMessageContaining("s.csv:3").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> OccupationFiles.readStyrk(new StringReader(h + "53;2;5;B\n"), "s.csv"))
                .hasMessageContaining("parent 5, which is not in the file");
        assertThatThrownBy(() -> OccupationFiles.readStyrk(new StringReader(h + "5;1;;\n"), "s.csv"))
                .hasMessageContaining("s.csv:2").hasMessageContaining("empty name");
    }
}
