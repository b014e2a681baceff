package io.github.jobbmatch.opensearch;

import io.github.jobbmatch.json.InterchangeCodec;

/** The plugin's one interchange codec (immutable and thread-safe). */
final class Codecs {

    static final InterchangeCodec INTERCHANGE = new InterchangeCodec();

    private Codecs() {}
}
