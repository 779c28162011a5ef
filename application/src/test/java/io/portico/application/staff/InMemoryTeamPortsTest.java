package io.portico.application.staff;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;

class InMemoryTeamPortsTest extends TeamPortsContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryMailedLinks links = new InMemoryMailedLinks();
    private final InMemoryTeamSettings settings = new InMemoryTeamSettings();

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Override
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected StaffInvitationsPort invitations() {
        return links;
    }

    @Override
    protected SoleTeamAccountsPort soleTeams() {
        return accounts;
    }

    @Override
    protected TeamSettingsPort settings() {
        return settings;
    }
}
