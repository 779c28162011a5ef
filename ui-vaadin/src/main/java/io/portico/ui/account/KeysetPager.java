package io.portico.ui.account;

import io.portico.application.account.port.in.AccountListRequest;
import io.portico.application.account.port.in.AccountRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Serves the Grid's offset/limit requests from keyset pages: it remembers the row at each page
 * boundary it has seen, so scrolling on costs one index range scan per page however deep it is,
 * and a jump walks forward from the nearest boundary it knows.
 */
final class KeysetPager {

    private final Function<AccountListRequest, List<AccountRow>> source;
    private final AccountListRequest firstPage;
    private final TreeMap<Integer, Optional<AccountRow>> boundaries = new TreeMap<>();

    KeysetPager(Function<AccountListRequest, List<AccountRow>> source, AccountListRequest firstPage) {
        this.source = source;
        this.firstPage = firstPage;
        boundaries.put(0, Optional.empty());
    }

    List<AccountRow> fetch(int offset, int limit) {
        var start = boundaries.floorEntry(offset);
        int position = start.getKey();
        Optional<AccountRow> cursor = start.getValue();
        List<AccountRow> rows = new ArrayList<>();
        while (rows.size() < limit) {
            AccountListRequest request = cursor.map(firstPage::after).orElse(firstPage);
            List<AccountRow> page = source.apply(request);
            for (AccountRow row : page) {
                if (position >= offset && rows.size() < limit) {
                    rows.add(row);
                }
                position++;
            }
            if (page.size() < request.limit()) {
                break;
            }
            cursor = Optional.of(page.getLast());
            boundaries.put(position, cursor);
        }
        return rows;
    }
}
