package io.portico.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.AccountRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagerTest {

    private final List<AccountRow> rows = IntStream.range(0, 230)
            .mapToObj(i -> new AccountRow(new AccountId(UUID.randomUUID()), "Client " + (i / 3), AccountType.INDIVIDUAL, List.of(), false, false, false))
            .sorted(Comparator.comparing(AccountRow::name).thenComparing(r -> r.id().value().toString()))
            .toList();
    private final List<Optional<AccountRow>> asked = new ArrayList<>();

    /** A keyset source over the rows: everything after the cursor, up to the limit. */
    private List<AccountRow> source(Optional<AccountRow> after, int limit) {
        asked.add(after);
        int from = after.map(row -> rows.indexOf(row) + 1).orElse(0);
        return rows.subList(Math.min(from, rows.size()), Math.min(from + limit, rows.size()));
    }

    private final KeysetPager<AccountRow> pager = new KeysetPager<>(this::source, 50);

    @Test
    void E1_scrolling_on_asks_for_one_page_after_the_last_row_each_time() {
        List<AccountRow> seen = new ArrayList<>();
        for (int offset = 0; offset < 250; offset += 50) {
            seen.addAll(pager.fetch(offset, 50));
        }
        assertThat(seen).containsExactlyElementsOf(rows);
        assertThat(asked).hasSize(5);
        assertThat(asked.get(3)).contains(rows.get(149));
    }

    @Test
    void E1_a_jump_walks_forward_from_the_nearest_known_boundary_and_serves_unaligned_windows() {
        assertThat(pager.fetch(120, 30)).containsExactlyElementsOf(rows.subList(120, 150));
        asked.clear();
        assertThat(pager.fetch(100, 50)).containsExactlyElementsOf(rows.subList(100, 150));
        assertThat(asked).as("starts from the boundary at 100, known from the jump").hasSize(1);
    }
}
