package org.retort.rest.internal;

import org.retort.web.ProblemException;

/** The {@code offset} and {@code limit} query parameters of every list: 400 when out of range. */
final class Paging {

    /** The largest page. */
    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    static int offset(int offset) {
        if (offset < 0) {
            throw new ProblemException(400, "Bad Request", "offset must be 0 or more.");
        }
        return offset;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(400, "Bad Request", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }
}
