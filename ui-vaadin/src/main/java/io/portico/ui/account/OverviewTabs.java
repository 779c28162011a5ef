package io.portico.ui.account;

import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.portal.port.in.LoginActivityQuery;

/** Builds the profile's {@link OverviewTab} (F3) with the queries its sections read. */
@org.springframework.stereotype.Component
public class OverviewTabs {

    private final NotesQuery notes;
    private final LoginActivityQuery loginActivity;
    private final AccountMessagesQuery messages;

    OverviewTabs(NotesQuery notes, LoginActivityQuery loginActivity, AccountMessagesQuery messages) {
        this.notes = notes;
        this.loginActivity = loginActivity;
        this.messages = messages;
    }

    /** The Runnables are what <i>View all</i> does under Notes, Contacts and Messages: open the tab that shows everything. */
    OverviewTab tab(ShownProfile shown, Runnable viewAllNotes, Runnable viewAllContacts, Runnable viewAllMessages) {
        return new OverviewTab(shown, notes, loginActivity, messages, viewAllNotes, viewAllContacts, viewAllMessages);
    }
}
