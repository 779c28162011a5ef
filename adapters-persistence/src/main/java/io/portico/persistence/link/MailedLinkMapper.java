package io.portico.persistence.link;

import static io.portico.persistence.jooq.Tables.LINK_INVITATION;
import static io.portico.persistence.jooq.Tables.LINK_SIGNUP;
import static io.portico.persistence.jooq.Tables.MAILED_LINK;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.ContactName;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Rows of {@code mailed_link} and its side tables to domain objects; the rows never leave this module.
 * {@code from} is where the columns are read from: {@code MAILED_LINK} for the tables themselves (joined),
 * or the alias of a query over them.
 */
public final class MailedLinkMapper {

    /** An invitation's columns, without the token hash it shares with its link. */
    public static final List<Field<?>> INVITATION_FIELDS = List.of(LINK_INVITATION.ACCOUNT_ID, LINK_INVITATION.EMAIL,
            LINK_INVITATION.PERSONAL_MESSAGE, LINK_INVITATION.INVITED_BY);

    private MailedLinkMapper() {
    }

    static MailedLink toLink(Record row) {
        return toLink(row, MAILED_LINK);
    }

    static MailedLink toLink(Record row, Table<?> from) {
        return new MailedLink(new TokenHash(get(row, from, MAILED_LINK.TOKEN_HASH)),
                LinkPurpose.valueOf(get(row, from, MAILED_LINK.PURPOSE)), new LinkHolder(get(row, from, MAILED_LINK.HOLDER)),
                get(row, from, MAILED_LINK.ISSUED_AT), get(row, from, MAILED_LINK.EXPIRES_AT),
                get(row, from, MAILED_LINK.USED_AT), get(row, from, MAILED_LINK.VOIDED_AT));
    }

    /** An invitation from its link's columns and {@link #INVITATION_FIELDS}, both read from {@code from}. */
    public static Invitation toInvitation(Record row, Table<?> from) {
        return new Invitation(toLink(row, from), new AccountId(get(row, from, LINK_INVITATION.ACCOUNT_ID)),
                new EmailAddress(get(row, from, LINK_INVITATION.EMAIL)), get(row, from, LINK_INVITATION.PERSONAL_MESSAGE),
                new StaffId(get(row, from, LINK_INVITATION.INVITED_BY)));
    }

    static PendingSignup toSignup(Record row) {
        var request = new SignupRequest(new ContactName(row.get(LINK_SIGNUP.FIRST_NAME), row.get(LINK_SIGNUP.LAST_NAME)),
                new EmailAddress(row.get(LINK_SIGNUP.EMAIL)), AccountType.valueOf(row.get(LINK_SIGNUP.ACCOUNT_TYPE)),
                Optional.ofNullable(row.get(LINK_SIGNUP.COMPANY_NAME)).map(CompanyName::new));
        return new PendingSignup(toLink(row), request);
    }

    private static <T> T get(Record row, Table<?> from, Field<T> field) {
        return row.get(from == MAILED_LINK ? field : from.field(field));
    }
}
