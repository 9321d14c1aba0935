package org.retort.store;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the items of this page, in the list's order
 * @param total  how many items the whole list holds
 * @param offset the index of the first item of this page in the whole list
 * @param limit  the page size that was asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
