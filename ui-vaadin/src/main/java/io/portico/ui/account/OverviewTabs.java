package io.portico.ui.account;

import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.portal.port.in.LoginActivityQuery;

/** Builds the profile's {@link OverviewTab} (F3) with the queries its sections read. */
@org.springframework.stereotype.Component
public class OverviewTabs {

    private final NotesQuery notes;
    private final LoginActivityQuery loginActivity;
    private final AccountMessagesQuery messages;
    private final AccountEmailQuery emails;

    OverviewTabs(NotesQuery notes, LoginActivityQuery loginActivity, AccountMessagesQuery messages, AccountEmailQuery emails) {
        this.notes = notes;
        this.loginActivity = loginActivity;
        this.messages = messages;
        this.emails = emails;
    }

    /** The Runnables are what <i>View all</i> does under Notes, Contacts and Messages: open the tab that shows everything. */
    OverviewTab tab(ShownProfile shown, Runnable viewAllNotes, Runnable viewAllContacts, Runnable viewAllMessages) {
        return new OverviewTab(shown, new OverviewTab.Queries(notes, loginActivity, messages, emails), viewAllNotes, viewAllContacts, viewAllMessages);
    }
}
