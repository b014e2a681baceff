package io.github.jobbmatch.opensearch;

import java.nio.charset.StandardCharsets;
import org.opensearch.ExceptionsHelper;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.rest.BytesRestResponse;
import org.opensearch.rest.RestChannel;

/** The plugin's JSON responses: results, and errors that say what was wrong. */
final class RestResponses {

    private RestResponses() {}

    static void result(RestChannel channel, String json, int failedShards) {
        if (json == null) {
            error(channel, RestStatus.SERVICE_UNAVAILABLE, failedShards + " shard(s) failed on every copy; no result"
                    + " is given rather than an incomplete one");
            return;
        }
        channel.sendResponse(new BytesRestResponse(RestStatus.OK, "application/json",
                json.getBytes(StandardCharsets.UTF_8)));
    }

    static void error(RestChannel channel, RestStatus status, String message) {
        String json = "{\"error\":" + quote(message) + ",\"status\":" + status.getStatus() + "}";
        channel.sendResponse(new BytesRestResponse(status, "application/json", json.getBytes(StandardCharsets.UTF_8)));
    }

    static void failure(RestChannel channel, Exception e) {
        Throwable cause = ExceptionsHelper.unwrapCause(e);
        if (cause instanceof IllegalArgumentException) {
            error(channel, RestStatus.BAD_REQUEST, cause.getMessage());
        } else {
            error(channel, ExceptionsHelper.status(e), String.valueOf(cause.getMessage()));
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
