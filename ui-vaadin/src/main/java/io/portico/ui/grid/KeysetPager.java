package io.portico.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Serves a lazy Grid's offset/limit requests from keyset pages: it remembers the row at each page
 * boundary it has seen, so scrolling on costs one index range scan per page however deep it is,
 * and a jump walks forward from the nearest boundary it knows.
 *
 * @param <R> the row type; a row is the cursor for the page after it
 */
public final class KeysetPager<R> {

    private final BiFunction<Optional<R>, Integer, List<R>> pageAfter;
    private final int pageSize;
    private final TreeMap<Integer, Optional<R>> boundaries = new TreeMap<>();

    /** @param pageAfter the rows after the given one (the first rows for none), at most the given count */
    public KeysetPager(BiFunction<Optional<R>, Integer, List<R>> pageAfter, int pageSize) {
        this.pageAfter = pageAfter;
        this.pageSize = pageSize;
        boundaries.put(0, Optional.empty());
    }

    public List<R> fetch(int offset, int limit) {
        var start = boundaries.floorEntry(offset);
        int position = start.getKey();
        Optional<R> cursor = start.getValue();
        List<R> rows = new ArrayList<>();
        while (rows.size() < limit) {
            List<R> page = pageAfter.apply(cursor, pageSize);
            for (R row : page) {
                if (position >= offset && rows.size() < limit) {
                    rows.add(row);
                }
                position++;
            }
            if (page.size() < pageSize) {
                break;
            }
            cursor = Optional.of(page.getLast());
            boundaries.put(position, cursor);
        }
        return rows;
    }
}
