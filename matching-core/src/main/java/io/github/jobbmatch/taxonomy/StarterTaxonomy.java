package io.github.jobbmatch.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in Norwegian starter taxonomy: a few hundred occupations, skills, certificates,
 * licences, languages and educations of the jobs where work inclusion happens (cleaning, warehouse,
 * canteen and kitchen, retail, health and care assistants, kindergartens, construction helpers,
 * transport, office, property, production), with the certificates and licences that gate them.
 * Meant for demos, tests and as a seed; case systems bring their own through {@link TaxonomyFiles}.
 * The content is the resource {@value #RESOURCE} (see {@code docs/taxonomy.md}).
 */
public final class StarterTaxonomy {

    /** Class-path resource holding the taxonomy in the {@link TaxonomyFiles line format}. */
    public static final String RESOURCE = "/io/github/jobbmatch/taxonomy/starter-taxonomy.txt";

    private StarterTaxonomy() {}

    /** The starter taxonomy; parsed once on first use, then shared (it is immutable). */
    public static Taxonomy load() {
        return Holder.TAXONOMY;
    }

    // Initialization-on-demand holder: lazy, thread-safe, and the value is immutable.
    private static final class Holder {
        static final Taxonomy TAXONOMY = read();
    }

    private static Taxonomy read() {
        InputStream in = StarterTaxonomy.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("starter taxonomy resource " + RESOURCE + " is missing from the class path");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TaxonomyFiles.read(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
