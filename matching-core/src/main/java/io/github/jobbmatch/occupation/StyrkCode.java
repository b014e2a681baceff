package io.github.jobbmatch.occupation;

import java.util.Objects;

/**
 * One row of the STYRK-08 classification ({@code code;level;parentCode;name}).
 *
 * @param code the code, as many digits as its level ("5", "53", "532", "5321")
 * @param level 1 to 4
 * @param parentCode the code one level up; empty for level 1
 * @param name the Norwegian name ("Helsefagarbeidere")
 */
public record StyrkCode(String code, int level, String parentCode, String name) {

    public StyrkCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("STYRK-08 code must be 1 to 4 digits, got '" + code + "'");
        }
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("STYRK-08 level must be 1 to 4, got " + level + " for code " + code);
        }
        if (code.length() != level) {
            throw new IllegalArgumentException("STYRK-08 code " + code + " has " + code.length()
                    + " digits but level " + level);
        }
        if (level == 1 ? !parentCode.isEmpty() : !(parentCode.length() == level - 1 && code.startsWith(parentCode))) {
            throw new IllegalArgumentException("STYRK-08 code " + code + " (level " + level
                    + ") cannot have parent '" + parentCode + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("STYRK-08 code " + code + " has an empty name");
        }
    }

    /** Whether this is an occupation (unit group, level 4) rather than a group of them. */
    public boolean isOccupation() {
        return level == 4;
    }
}
