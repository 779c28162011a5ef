package io.portico.ui.email;

import com.vaadin.flow.component.Component;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import java.util.UUID;

/** Builds an account's Email tab (D2, items 6 and 7): its synced threads, read at the time it is opened. */
@org.springframework.stereotype.Component
public class EmailTabs {

    /** The query parameter naming the thread the Email tab opens on (the Overview's links). */
    public static final String THREAD = "thread";

    private final AccountEmailQuery emails;
    private final EmailComposer composer;

    EmailTabs(AccountEmailQuery emails, EmailComposer composer) {
        this.emails = emails;
        this.composer = composer;
    }

    /** The tab for {@code account} as {@code viewer} may see it (the account view has already checked that). */
    public Component tab(AccountId account, StaffId viewer) {
        return tab(account, viewer, Optional.empty());
    }

    /** The tab opened on {@code thread} when it is one of the account's; on the list otherwise. */
    public Component tab(AccountId account, StaffId viewer, Optional<UUID> thread) {
        return new EmailTab(account, viewer, emails, composer, thread);
    }
}
