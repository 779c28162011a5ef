package io.portico.persistence.firm;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.domain.firm.AccentColor;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.FirmRecord;
import io.portico.persistence.shared.LastSave;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The identity columns of the firm's single row; the logo's bytes are read only when the logo is asked for. */
@Repository
class JooqFirmIdentityAdapter implements FirmIdentityPort {

    private final DSLContext dsl;

    JooqFirmIdentityAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<FirmIdentity> identity() {
        return dsl.select(FIRM.NAME, FIRM.ACCENT_COLOR, FIRM.STREET, FIRM.POSTAL_CODE, FIRM.CITY, FIRM.REGION, FIRM.COUNTRY,
                        FIRM.PHONE, FIRM.REPLY_TO, FIRM.LANGUAGE, FIRM.COPY_CLIENT_MAILS, FIRM.COPY_ADDRESS,
                        FIRM.LOGO_TYPE.isNotNull().as("has_logo"), FIRM.VERSION)
                .from(FIRM)
                .fetchOptional(row -> new FirmIdentity(new FirmName(row.get(FIRM.NAME)), new AccentColor(row.get(FIRM.ACCENT_COLOR)),
                        new PostalAddress(row.get(FIRM.STREET), row.get(FIRM.POSTAL_CODE), row.get(FIRM.CITY), row.get(FIRM.REGION),
                                row.get(FIRM.COUNTRY)),
                        row.get(FIRM.PHONE), address(row.get(FIRM.REPLY_TO)), Language.of("language", row.get(FIRM.LANGUAGE)),
                        row.get(FIRM.COPY_CLIENT_MAILS), address(row.get(FIRM.COPY_ADDRESS)), row.get("has_logo", Boolean.class),
                        row.get(FIRM.VERSION)));
    }

    @Override
    public void save(FirmIdentity identity, StaffId by, Instant at) {
        PostalAddress address = identity.address();
        int updated = dsl.update(FIRM)
                .set(FIRM.NAME, identity.name().value())
                .set(FIRM.ACCENT_COLOR, identity.accent().value())
                .set(FIRM.STREET, address.street())
                .set(FIRM.POSTAL_CODE, address.postalCode())
                .set(FIRM.CITY, address.city())
                .set(FIRM.REGION, address.region())
                .set(FIRM.COUNTRY, address.country())
                .set(FIRM.PHONE, identity.phone())
                .set(FIRM.REPLY_TO, identity.replyTo().map(EmailAddress::value).orElse(null))
                .set(FIRM.LANGUAGE, identity.language().code())
                .set(FIRM.COPY_CLIENT_MAILS, identity.copyClientMails())
                .set(FIRM.COPY_ADDRESS, identity.copyAddress().map(EmailAddress::value).orElse(null))
                .set(FIRM.VERSION, FIRM.VERSION.plus(1))
                .set(FIRM.UPDATED_BY, by.value())
                .set(FIRM.UPDATED_AT, at)
                .where(FIRM.VERSION.eq(identity.version()))
                .execute();
        if (updated == 0) {
            throw refusal();
        }
    }

    // Before the first change of the identity nobody is recorded as its last editor.
    private StaleRecordException refusal() {
        FirmRecord firm = dsl.selectFrom(FIRM).fetchSingle();
        return firm.getUpdatedBy() == null ? new StaleRecordException("", firm.getCreatedAt())
                : LastSave.refusal(dsl, FIRM.ID, firm.getId(), FIRM.UPDATED_BY, FIRM.UPDATED_AT);
    }

    @Override
    public Optional<FirmLogo> logo() {
        return dsl.select(FIRM.LOGO_TYPE, FIRM.LOGO).from(FIRM).where(FIRM.LOGO.isNotNull())
                .fetchOptional(row -> new FirmLogo(row.value1(), row.value2()));
    }

    @Override
    public void saveLogo(Optional<FirmLogo> logo, StaffId by, Instant at) {
        dsl.update(FIRM)
                .set(FIRM.LOGO, logo.map(FirmLogo::content).orElse(null))
                .set(FIRM.LOGO_TYPE, logo.map(FirmLogo::contentType).orElse(null))
                .set(FIRM.VERSION, FIRM.VERSION.plus(1))
                .set(FIRM.UPDATED_BY, by.value())
                .set(FIRM.UPDATED_AT, at)
                .execute();
    }

    private static Optional<EmailAddress> address(String value) {
        return Optional.ofNullable(value).map(EmailAddress::new);
    }
}
