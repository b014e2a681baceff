package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.analysis.TaxonomyExpansionFilter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.action.ActionRequest;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.node.DiscoveryNodes;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.IndexScopedSettings;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.settings.SettingsFilter;
import org.opensearch.core.action.ActionResponse;
import org.opensearch.core.common.io.stream.NamedWriteableRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.env.Environment;
import org.opensearch.env.NodeEnvironment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.ActionPlugin;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.repositories.RepositoriesService;
import org.opensearch.rest.RestController;
import org.opensearch.rest.RestHandler;
import org.opensearch.script.ScriptService;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.client.Client;
import org.opensearch.watcher.ResourceWatcherService;

/**
 * The Jobbmatch OpenSearch plugin: the Norwegian analyzer ({@value #ANALYZER_TYPE}) and the taxonomy expansion
 * filter ({@value #TAXONOMY_FILTER}) as analysis components; the broad search
 * and the candidate-first search as one shard-level action ({@link MatchAction}); REST endpoints to create an
 * index with the generated mapping, to write interchange documents, to search and to find openings. See
 * docs/scaling.md.
 */
public final class JobbmatchPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    /** The analyzer type of the Norwegian analysis chain. */
    public static final String ANALYZER_TYPE = "jobbmatch_norwegian";
    /** The token filter that adds a concept's broader concepts. */
    public static final String TAXONOMY_FILTER = "jobbmatch_taxonomy";

    private final NodeMatching matching;

    /** Created by OpenSearch with the node's settings and config directory. */
    public JobbmatchPlugin(Settings settings, Path configPath) {
        this.matching = new NodeMatching(settings, configPath);
    }

    @Override
    public List<Setting<?>> getSettings() {
        return List.of(NodeMatching.TAXONOMY, NodeMatching.ALIAS_KEY);
    }

    @Override
    public Collection<Object> createComponents(Client client, ClusterService clusterService, ThreadPool threadPool,
            ResourceWatcherService resourceWatcherService, ScriptService scriptService,
            NamedXContentRegistry xContentRegistry, Environment environment, NodeEnvironment nodeEnvironment,
            NamedWriteableRegistry namedWriteableRegistry, IndexNameExpressionResolver indexNameExpressionResolver,
            Supplier<RepositoriesService> repositoriesServiceSupplier) {
        return List.of(matching);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(ANALYZER_TYPE, (indexSettings, environment, name, settings) -> new NorwegianProvider(
                indexSettings, name, settings, matching.newAnalyzer()));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(TAXONOMY_FILTER, (indexSettings, environment, name, settings) ->
                new AbstractTokenFilterFactory(indexSettings, name, settings) {
                    @Override
                    public TokenStream create(TokenStream input) {
                        return new TaxonomyExpansionFilter(input, matching.config().taxonomy());
                    }
                });
    }

    @Override
    public List<ActionHandler<? extends ActionRequest, ? extends ActionResponse>> getActions() {
        return List.of(new ActionHandler<>(MatchAction.INSTANCE, TransportMatchAction.class));
    }

    @Override
    public List<RestHandler> getRestHandlers(Settings settings, RestController restController,
            ClusterSettings clusterSettings, IndexScopedSettings indexScopedSettings, SettingsFilter settingsFilter,
            IndexNameExpressionResolver indexNameExpressionResolver, Supplier<DiscoveryNodes> nodesInCluster) {
        return List.of(new RestCreateIndexAction(), new RestDocumentsAction(matching), new RestMatchAction(),
                new RestOpeningsAction(matching));
    }

    private static final class NorwegianProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
        private final Analyzer analyzer;

        NorwegianProvider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
            super(indexSettings, name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }
}
