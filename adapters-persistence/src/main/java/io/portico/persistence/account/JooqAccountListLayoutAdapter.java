package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT_LIST_LAYOUT;

import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.domain.staff.StaffId;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issue 12, item 9: one row per staff member (V46), replaced on each change. */
@Repository
class JooqAccountListLayoutAdapter implements AccountListLayoutPort {

    private final DSLContext dsl;

    JooqAccountListLayoutAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AccountListLayout> find(StaffId staff) {
        return dsl.selectFrom(ACCOUNT_LIST_LAYOUT).where(ACCOUNT_LIST_LAYOUT.STAFF_ID.eq(staff.value()))
                .fetchOptional(row -> new AccountListLayout(Arrays.stream(row.getColumns()).map(AccountColumn::valueOf).toList(),
                        AccountColumn.valueOf(row.getSortBy()), row.getDescending()));
    }

    @Override
    public void save(StaffId staff, AccountListLayout layout) {
        String[] columns = layout.columns().stream().map(AccountColumn::name).toArray(String[]::new);
        dsl.insertInto(ACCOUNT_LIST_LAYOUT)
                .set(ACCOUNT_LIST_LAYOUT.STAFF_ID, staff.value())
                .set(ACCOUNT_LIST_LAYOUT.COLUMNS, columns)
                .set(ACCOUNT_LIST_LAYOUT.SORT_BY, layout.sortBy().name())
                .set(ACCOUNT_LIST_LAYOUT.DESCENDING, layout.descending())
                .onConflict(ACCOUNT_LIST_LAYOUT.STAFF_ID).doUpdate()
                .set(ACCOUNT_LIST_LAYOUT.COLUMNS, columns)
                .set(ACCOUNT_LIST_LAYOUT.SORT_BY, layout.sortBy().name())
                .set(ACCOUNT_LIST_LAYOUT.DESCENDING, layout.descending())
                .execute();
    }
}
