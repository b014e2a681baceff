package io.github.jobbmatch.index;

/** The three kinds of document in one index; the {@link Fields#TYPE} field holds {@link #key()}. */
public enum DocType {
    CANDIDATE("candidate"),
    EMPLOYER("employer"),
    NEED("need");

    private final String key;

    DocType(String key) {
        this.key = key;
    }

    /** The value of the type field. */
    public String key() {
        return key;
    }

    /** The unique key of a document of this type with this id (types have separate id spaces). */
    public String uid(String id) {
        return key + "/" + id;
    }
}
