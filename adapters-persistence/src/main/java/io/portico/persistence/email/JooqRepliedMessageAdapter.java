package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;

import io.portico.application.email.port.out.RepliedMessage;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.domain.shared.EmailAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Item 7: the answered message's headers, by its primary key, only when one of its address rows is among the account's. */
@Repository
class JooqRepliedMessageAdapter implements RepliedMessagePort {

    private final DSLContext dsl;

    JooqRepliedMessageAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<RepliedMessage> find(UUID message, Set<String> addressKeys) {
        if (addressKeys.isEmpty()) {
            return Optional.empty();
        }
        var belongs = dsl.selectOne().from(EMAIL_MESSAGE_ADDRESS)
                .where(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.eq(EMAIL_MESSAGE.ID), EMAIL_MESSAGE_ADDRESS.ADDRESS.in(addressKeys));
        return dsl.select(EMAIL_MESSAGE.MESSAGE_ID, EMAIL_MESSAGE.REFERENCES_HEADER, EMAIL_MESSAGE.SUBJECT, EMAIL_MESSAGE.FROM_ADDRESS)
                .from(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.ID.eq(message), DSL.exists(belongs))
                .fetchOptional()
                .map(row -> {
                    Map<String, List<EmailAddress>> parties = parties(message);
                    return new RepliedMessage(row.value1(), Arrays.asList(row.value2()), row.value3(), new EmailAddress(row.value4()),
                            parties.getOrDefault("TO", List.of()), parties.getOrDefault("CC", List.of()));
                });
    }

    /** The message's To and Cc addresses, as stored (lookup keys). */
    private Map<String, List<EmailAddress>> parties(UUID message) {
        Result<Record2<String, String>> rows = dsl.select(EMAIL_MESSAGE_ADDRESS.ROLE, EMAIL_MESSAGE_ADDRESS.ADDRESS)
                .from(EMAIL_MESSAGE_ADDRESS)
                .where(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.eq(message), EMAIL_MESSAGE_ADDRESS.ROLE.in("TO", "CC"))
                .orderBy(EMAIL_MESSAGE_ADDRESS.ROLE, EMAIL_MESSAGE_ADDRESS.ADDRESS)
                .fetch();
        return rows.stream().collect(Collectors.groupingBy(Record2::value1,
                Collectors.mapping(row -> new EmailAddress(row.value2()), Collectors.toList())));
    }
}
