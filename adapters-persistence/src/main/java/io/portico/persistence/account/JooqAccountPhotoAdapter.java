package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT_PHOTO;

import io.portico.application.account.port.out.AccountPhotoPort;
import io.portico.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountPhotoAdapter implements AccountPhotoPort {

    private final DSLContext dsl;

    JooqAccountPhotoAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(AccountId account, byte[] png) {
        dsl.insertInto(ACCOUNT_PHOTO)
                .set(ACCOUNT_PHOTO.ACCOUNT_ID, account.value())
                .set(ACCOUNT_PHOTO.PNG, png)
                .set(ACCOUNT_PHOTO.UPDATED_AT, Instant.now())
                .onConflict(ACCOUNT_PHOTO.ACCOUNT_ID)
                .doUpdate()
                .set(ACCOUNT_PHOTO.PNG, png)
                .set(ACCOUNT_PHOTO.UPDATED_AT, Instant.now())
                .execute();
    }

    @Override
    public Optional<byte[]> load(AccountId account) {
        return dsl.select(ACCOUNT_PHOTO.PNG).from(ACCOUNT_PHOTO).where(ACCOUNT_PHOTO.ACCOUNT_ID.eq(account.value()))
                .fetchOptional(ACCOUNT_PHOTO.PNG);
    }
}
