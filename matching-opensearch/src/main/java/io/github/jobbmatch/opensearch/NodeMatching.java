package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.analysis.NorwegianWorkAnalyzer;
import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsSearch;
import io.github.jobbmatch.search.SearchAuditor;
import io.github.jobbmatch.taxonomy.StarterTaxonomy;
import io.github.jobbmatch.taxonomy.Taxonomy;
import io.github.jobbmatch.taxonomy.TaxonomyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;

/**
 * What one node needs to match: the configuration the documents are derived with (taxonomy, analyzer,
 * resolvers) and a {@link MatchingSearch} without an index of its own, which searches shards and merges them.
 * Every node of a cluster must load the same taxonomy and alias key.
 */
public final class NodeMatching {

    private static final Logger LOG = LogManager.getLogger(NodeMatching.class);
    /** The audit trail of cluster searches: one line per search with the viewer and the returned ids. */
    private static final Logger AUDIT = LogManager.getLogger("jobbmatch.audit");

    /** A taxonomy file (docs/taxonomy.md format), relative to the node's config directory; default: the starter taxonomy. */
    public static final Setting<String> TAXONOMY = Setting.simpleString("jobbmatch.taxonomy", Setting.Property.NodeScope);
    /**
     * The key of employer-view aliases (at least 16 characters), the same on every node. When unset, a key is
     * derived from the cluster name, which keeps aliases stable but is guessable: set it in production.
     */
    public static final Setting<String> ALIAS_KEY = Setting.simpleString("jobbmatch.alias_key",
            Setting.Property.NodeScope, Setting.Property.Filtered);

    private final MatchingConfig config;
    private final MatchingSearch search;
    private final OpeningsSearch openings;

    NodeMatching(Settings settings, Path configDir) {
        this.config = MatchingConfig.norwegian(taxonomy(settings, configDir));
        this.search = MatchingSearch.builder(config).aliasKey(aliasKey(settings))
                .auditor(e -> AUDIT.info("search need={} view={} viewerOrganisation={} viewerRole={} returned={} at={}",
                        e.needId(), e.view().wire(), e.viewer().organisation(), e.viewer().role(), e.candidateIds(),
                        e.at()))
                .build();
        this.openings = OpeningsSearch.builder(config)
                .auditor(new SearchAuditor() {
                    @Override
                    public void searched(Event e) {
                        // Only candidate-first events come here; see searchedOpenings.
                    }

                    @Override
                    public void searchedOpenings(OpeningsEvent e) {
                        AUDIT.info("openings candidate={} adHoc={} viewerOrganisation={} viewerRole={} returned={} at={}",
                                e.candidateId(), e.adHoc(), e.viewer().organisation(), e.viewer().role(), e.needIds(),
                                e.at());
                    }
                })
                .build();
    }

    /** The configuration documents are derived with. */
    public MatchingConfig config() {
        return config;
    }

    /** The search that runs on shards and merges their parts. */
    public MatchingSearch search() {
        return search;
    }

    /** The candidate-first search that runs on shards and merges their parts. */
    public OpeningsSearch openings() {
        return openings;
    }

    /** A new analyzer with the configuration's settings (OpenSearch closes the analyzers of closed indexes). */
    NorwegianWorkAnalyzer newAnalyzer() {
        return new NorwegianWorkAnalyzer(((NorwegianWorkAnalyzer) config.analyzer()).config());
    }

    private static Taxonomy taxonomy(Settings settings, Path configDir) {
        String file = TAXONOMY.get(settings);
        if (file == null || file.isBlank()) {
            return StarterTaxonomy.load();
        }
        Path path = configDir == null ? Path.of(file) : configDir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("jobbmatch.taxonomy: no file at " + path);
        }
        try {
            return TaxonomyFiles.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("jobbmatch.taxonomy: cannot read " + path, e);
        }
    }

    private static byte[] aliasKey(Settings settings) {
        String key = ALIAS_KEY.get(settings);
        if (key != null && !key.isBlank()) {
            if (key.length() < 16) {
                throw new IllegalArgumentException("jobbmatch.alias_key: expected at least 16 characters");
            }
            return key.getBytes(StandardCharsets.UTF_8);
        }
        LOG.warn("jobbmatch.alias_key is not set; employer-view aliases use a key derived from the cluster name");
        try {
            return MessageDigest.getInstance("SHA-256").digest(("jobbmatch-alias:"
                    + settings.get("cluster.name", "opensearch")).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
