package io.github.jobbmatch.cli;

import io.github.jobbmatch.index.MatchingConfig;
import io.github.jobbmatch.index.MatchingIndex;
import io.github.jobbmatch.search.MatchingSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;

/** How the CLI opens an index directory, shared by the commands that read or write one. */
final class IndexStore {

    /**
     * The key behind the employer view's per-need aliases. It lives beside the index so an alias
     * stays the same from one CLI run to the next; it is not a Lucene file, so Lucene leaves it alone.
     */
    static final String ALIAS_KEY_FILE = "jobbmatch-alias.key";

    private IndexStore() {}

    /** Opens (creating when needed) the index at {@code dir} for writing. */
    static MatchingIndex openForWrite(Path dir) throws IOException {
        Files.createDirectories(dir);
        aliasKey(dir);
        return MatchingIndex.open(dir, MatchingConfig.defaults());
    }

    /** Opens an existing index; a clear error when there is none at {@code dir}. */
    static MatchingIndex openExisting(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || !hasCommit(dir)) {
            throw new NoSuchFileException(dir.toString(), null,
                    "no index there; create one with 'jobbmatch index --index " + dir + " --candidates F ...'");
        }
        return MatchingIndex.open(dir, MatchingConfig.defaults());
    }

    /** A search over the index with the directory's alias key. */
    static MatchingSearch search(MatchingIndex index, Path dir) throws IOException {
        return MatchingSearch.builder(index).aliasKey(aliasKey(dir)).build();
    }

    private static boolean hasCommit(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    private static byte[] aliasKey(Path dir) throws IOException {
        Path file = dir.resolve(ALIAS_KEY_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        if (Files.isWritable(dir)) {
            Files.write(file, key);
        }
        return key;
    }
}
