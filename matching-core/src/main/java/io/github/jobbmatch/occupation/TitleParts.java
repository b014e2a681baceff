package io.github.jobbmatch.occupation;

/**
 * A job title split into its main part and its parenthetical qualifier:
 * "Hjelpepleier (psykisk helsearbeid)" → "Hjelpepleier" + "psykisk helsearbeid". An unclosed
 * parenthesis runs to the end; a title that is only a qualifier keeps it as the main part.
 */
record TitleParts(String main, String qualifier) {

    static TitleParts of(String title) {
        StringBuilder main = new StringBuilder();
        StringBuilder qual = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
                qual.append(' ');
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                qual.append(' ');
            } else if (c == ')' || c == ']') {
                main.append(' ');
            } else if (depth > 0) {
                qual.append(c);
            } else {
                main.append(c);
            }
        }
        String m = main.toString().strip();
        String q = qual.toString().strip();
        if (m.isEmpty()) {
            return new TitleParts(q, "");
        }
        return new TitleParts(m, q);
    }
}
