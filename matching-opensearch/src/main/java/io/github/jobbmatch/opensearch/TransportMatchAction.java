package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.json.OpeningsResultJson;
import io.github.jobbmatch.json.SearchResultJson;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.search.MatchingSearch;
import io.github.jobbmatch.search.OpeningsResult;
import io.github.jobbmatch.search.OpeningsSearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.opensearch.action.support.ActionFilters;
import org.opensearch.action.support.broadcast.BroadcastShardOperationFailedException;
import org.opensearch.action.support.broadcast.TransportBroadcastAction;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.block.ClusterBlockException;
import org.opensearch.cluster.block.ClusterBlockLevel;
import org.opensearch.cluster.metadata.IndexNameExpressionResolver;
import org.opensearch.cluster.routing.GroupShardsIterator;
import org.opensearch.cluster.routing.ShardIterator;
import org.opensearch.cluster.routing.ShardRouting;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.inject.Inject;
import org.opensearch.core.action.support.DefaultShardOperationFailedException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.index.engine.Engine;
import org.opensearch.index.shard.IndexShard;
import org.opensearch.indices.IndicesService;
import org.opensearch.tasks.Task;
import org.opensearch.threadpool.ThreadPool;
import org.opensearch.transport.TransportService;

/**
 * Runs the embedded search on one copy of every shard ({@link MatchingSearch#searchPart} or
 * {@link OpeningsSearch#searchPart} on the shard's Lucene searcher) and merges the parts on the coordinating node
 * ({@link MatchingSearch#merge}, {@link OpeningsSearch#merge}). A failing copy
 * is retried on another copy of the same shard (the replicas); when every copy of a shard fails, the response
 * carries no result rather than an incomplete one.
 */
public final class TransportMatchAction
        extends TransportBroadcastAction<MatchRequest, MatchResponse, MatchShardRequest, MatchShardResponse> {

    private final IndicesService indices;
    private final NodeMatching matching;

    /** Created by OpenSearch's injector. */
    @Inject
    public TransportMatchAction(ClusterService clusterService, TransportService transportService,
            ActionFilters actionFilters, IndexNameExpressionResolver resolver, IndicesService indices,
            NodeMatching matching) {
        super(MatchAction.NAME, clusterService, transportService, actionFilters, resolver, MatchRequest::new,
                MatchShardRequest::new, ThreadPool.Names.SEARCH);
        this.indices = indices;
        this.matching = matching;
    }

    @Override
    protected MatchShardResponse shardOperation(MatchShardRequest request, Task task) throws IOException {
        IndexShard shard = indices.indexServiceSafe(request.shardId().getIndex()).getShard(request.shardId().id());
        try (Engine.Searcher searcher = shard.acquireSearcher("jobbmatch")) {
            return switch (request.payload()) {
                case MatchRequest.Search p -> new MatchShardResponse(request.shardId(), matching.search().searchPart(
                        searcher, p.request(), need(p), employer(p)), null);
                case MatchRequest.Openings p -> new MatchShardResponse(request.shardId(), null, matching.openings()
                        .searchPart(searcher, p.request(), p.candidate()));
            };
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature OpenSearch declares
    protected MatchResponse newResponse(MatchRequest request, AtomicReferenceArray shardsResponses,
            ClusterState clusterState) {
        List<MatchShardResponse> parts = new ArrayList<>();
        List<DefaultShardOperationFailedException> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < shardsResponses.length(); i++) {
            Object r = shardsResponses.get(i);
            if (r instanceof MatchShardResponse m) {
                parts.add(m);
            } else {
                failed++;
                if (r instanceof BroadcastShardOperationFailedException e) {
                    failures.add(new DefaultShardOperationFailedException(e));
                }
            }
        }
        String json = null;
        if (failed == 0 && !parts.isEmpty()) {
            json = switch (request.payload()) {
                case MatchRequest.Search p -> {
                    MatchingSearch.Merged merged = matching.search().merge(p.request(), need(p), employer(p),
                            parts.stream().map(MatchShardResponse::searchPart).toList());
                    matching.search().audit(p.request(), merged);
                    yield SearchResultJson.toJson(merged.result());
                }
                case MatchRequest.Openings p -> {
                    OpeningsResult merged = matching.openings().merge(p.request(), p.candidate(),
                            parts.stream().map(MatchShardResponse::openingsPart).toList());
                    matching.openings().audit(p.request(), merged);
                    yield OpeningsResultJson.toJson(merged);
                }
            };
        }
        return new MatchResponse(json, shardsResponses.length(), parts.size(), failed, failures);
    }

    private static Need need(MatchRequest.Search p) {
        return Codecs.INTERCHANGE.readNeed(p.needJson());
    }

    private static Employer employer(MatchRequest.Search p) {
        return p.employerJson() == null ? null : Codecs.INTERCHANGE.readEmployer(p.employerJson());
    }

    @Override
    protected MatchShardRequest newShardRequest(int numShards, ShardRouting shard, MatchRequest request) {
        return new MatchShardRequest(shard.shardId(), request);
    }

    @Override
    protected MatchShardResponse readShardResponse(StreamInput in) throws IOException {
        return new MatchShardResponse(in);
    }

    @Override
    protected GroupShardsIterator<ShardIterator> shards(ClusterState state, MatchRequest request,
            String[] concreteIndices) {
        return clusterService.operationRouting().searchShards(state, concreteIndices, null, request.preference());
    }

    @Override
    protected ClusterBlockException checkGlobalBlock(ClusterState state, MatchRequest request) {
        return state.blocks().globalBlockedException(ClusterBlockLevel.READ);
    }

    @Override
    protected ClusterBlockException checkRequestBlock(ClusterState state, MatchRequest request,
            String[] concreteIndices) {
        return state.blocks().indicesBlockedException(ClusterBlockLevel.READ, concreteIndices);
    }
}
