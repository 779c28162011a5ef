package io.portico.ui.account;

import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.portal.port.in.LoginActivityQuery;

/** Builds the profile's {@link OverviewTab} (F3) with the queries its sections read. */
@org.springframework.stereotype.Component
public class OverviewTabs {

    private final NotesQuery notes;
    private final LoginActivityQuery loginActivity;

    OverviewTabs(NotesQuery notes, LoginActivityQuery loginActivity) {
        this.notes = notes;
        this.loginActivity = loginActivity;
    }

    /** The two Runnables are what <i>View all</i> does under Notes and Contacts: open the tab that shows everything. */
    OverviewTab tab(ShownProfile shown, Runnable viewAllNotes, Runnable viewAllContacts) {
        return new OverviewTab(shown, notes, loginActivity, viewAllNotes, viewAllContacts);
    }
}
