package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.ChangeAccessUseCase;
import io.portico.application.account.port.in.ChangeTeamUseCase;
import io.portico.application.account.port.in.EditLinkCommand;
import io.portico.application.account.port.in.EditLinkUseCase;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.application.account.port.in.RelatedAccount;
import io.portico.application.account.port.in.RelatedAccountsQuery;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.application.staff.port.in.StaffSummary;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.stream.Collectors;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.ui.contact.ContactDialog;
import io.portico.application.account.port.in.WriteNoteUseCase;
import io.portico.application.account.port.in.UnlinkContactUseCase;
import io.portico.application.audit.port.in.AccessChange;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.portal.port.in.LoginActivity;
import io.portico.application.portal.port.in.LoginActivityQuery;
import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.LoginStatusQuery;
import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.portal.port.in.SendInvitationUseCase;
import io.portico.domain.portal.LoginState;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/**
 * F1, F3, F5: an account's profile — its header on every tab; Overview, Info and Notes tabs; its contacts with every address's LOGIN, NOTIFY and EMAIL SYNC,
 * unlinking, and the access history. An id the viewer may not see reads as "not found" (F2).
 */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AccountProfileQuery profiles;
    private final ChangeAccessUseCase changeAccess;
    private final UnlinkContactUseCase unlink;
    private final NotesQuery notes;
    private final WriteNoteUseCase writeNote;
    private final EditContactUseCase editContact;
    private final ChangeTeamUseCase changeTeam;
    private final StaffDirectoryQuery staffDirectory;
    private final AccountDetailsSections details;
    private final EditLinkUseCase editLink;
    private final EditAccountUseCase editAccount;
    private final AccountPhotoUseCase photos;
    private final RelatedAccountsQuery relatedAccounts;
    private final UnlinkedEmailsSections unlinkedEmails;
    private final StaffSession session;
    private final LoginStatusQuery loginStatuses;
    private final SendInvitationUseCase sendInvitation;
    private final LoginActivityQuery loginActivity;
    /** B4: each address's portal state, by its lookup key, as of the last reload. */
    private Map<String, LoginStatus> statuses = Map.of();
    private StaffId viewer;
    private AccountId id;
    private AccountProfile profile;
    private static final int OVERVIEW = 0;
    private static final int INFO = 1;
    private static final int NOTES = 2;
    /** F3: the Overview shows the latest five of each. */
    private static final int LATEST = 5;
    Tabs tabs;
    private VerticalLayout overview;
    private int selectedTab;

    public AccountView(AccountProfileQuery profiles, ChangeAccessUseCase changeAccess, UnlinkContactUseCase unlink,
                       NotesQuery notes, WriteNoteUseCase writeNote, EditContactUseCase editContact, ChangeTeamUseCase changeTeam,
                       StaffDirectoryQuery staffDirectory, AccountDetailsSections details, EditLinkUseCase editLink,
                       EditAccountUseCase editAccount, RelatedAccountsQuery relatedAccounts, AccountPhotoUseCase photos,
                       StaffSession session, UnlinkedEmailsSections unlinkedEmails, LoginStatusQuery loginStatuses,
                       SendInvitationUseCase sendInvitation, LoginActivityQuery loginActivity) {
        this.loginActivity = loginActivity;
        this.photos = photos;
        this.loginStatuses = loginStatuses;
        this.sendInvitation = sendInvitation;
        this.profiles = profiles;
        this.changeAccess = changeAccess;
        this.unlink = unlink;
        this.notes = notes;
        this.writeNote = writeNote;
        this.editContact = editContact;
        this.changeTeam = changeTeam;
        this.staffDirectory = staffDirectory;
        this.details = details;
        this.editLink = editLink;
        this.editAccount = editAccount;
        this.relatedAccounts = relatedAccounts;
        this.unlinkedEmails = unlinkedEmails;
        this.session = session;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        viewer = new StaffId(session.current().orElseThrow().id()); // per visit: the view may be reused
        try {
            id = new AccountId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        selectedTab = OVERVIEW;
        if (!reload()) {
            throw new NotFoundException();
        }
    }

    private boolean reload() {
        profile = profiles.profile(viewer, id).orElse(null);
        if (profile == null) {
            return false;
        }
        statuses = loginStatuses.statuses(viewer, id).stream()
                .collect(Collectors.toMap(status -> status.email().lookupKey(), Function.identity(), (a, b) -> a));
        removeAll();
        var header = new HorizontalLayout(new AccountPhoto(photos, viewer, id, profile.account().name().value(), profile.editable()),
                new H1(profile.account().name().value()));
        header.setAlignItems(Alignment.BASELINE);
        if (profile.editable()) {
            var edit = new Button(getTranslation("account.edit"), click ->
                    new EditAccountDialog(profile.account(), editAccount, viewer, this::reload).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(edit);
        }
        add(header,
                new Paragraph(getTranslation("account.type." + profile.account().type().name())
                        + profile.account().companyName().map(c -> " · " + c.value()).orElse("")));
        var info = new VerticalLayout(teamSection(), details.account(profile, viewer, this::reload),
                new H2(getTranslation("account.related")), relatedSection(), new H2(getTranslation("field.contacts")));
        info.setPadding(false);
        profile.contacts().forEach(contact -> info.add(contactSection(contact)));
        info.add(unlinkedEmails.section(viewer, id, profile.editable(), this::reload));
        info.add(new H2(getTranslation("account.access-history")), history());
        var notesTab = new VerticalLayout(new H2(getTranslation("notes.title")), new NotesSection(notes, writeNote, viewer, id, profile.editable()));
        notesTab.setPadding(false);
        overview = new VerticalLayout();
        overview.setPadding(false);
        List<VerticalLayout> contents = List.of(overview, info, notesTab);
        var shown = new VerticalLayout(contents.get(selectedTab));
        shown.setPadding(false);
        tabs = new Tabs(new Tab(getTranslation("account.tab.overview")), new Tab(getTranslation("account.tab.info")),
                new Tab(getTranslation("account.tab.notes")));
        tabs.setSelectedIndex(selectedTab);
        fillOverview();
        tabs.addSelectedChangeListener(change -> {
            selectedTab = tabs.getSelectedIndex();
            if (selectedTab == OVERVIEW) {
                fillOverview(); // notes may have been written on the Notes tab since
            }
            shown.removeAll();
            shown.add(contents.get(selectedTab));
        });
        add(tabs, shown);
        return true;
    }

    /**
     * F3: one page of sections, each with its latest five items and View all — notes, contacts, and
     * the portal users with when each last logged in, and synced email, which has nothing to show until email sync exists.
     */
    private void fillOverview() {
        overview.removeAll();
        var latestNotes = notes.notes(viewer, id, LATEST);
        var notesSection = overviewSection("notes.title", NOTES);
        if (latestNotes.isEmpty()) {
            notesSection.add(new Span(getTranslation("notes.none")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        latestNotes.forEach(note -> notesSection.add(new Span(when.format(note.createdAt()) + " · " + note.author() + ": " + note.text())));
        var contactsSection = overviewSection("field.contacts", INFO);
        profile.contacts().stream().limit(LATEST).forEach(contact -> {
            String description = profile.account().links().stream().filter(l -> l.contactId().equals(contact.id()))
                    .map(ContactLink::description).filter(d -> !d.isBlank()).findFirst().map(d -> " · " + d).orElse("");
            contactsSection.add(new Span(contact.name().full() + description));
        });
        var logins = overviewSection("account.login-activity", -1);
        List<LoginActivity> portalUsers = loginActivity.activity(viewer, id);
        if (portalUsers.isEmpty()) {
            logins.add(new Span(getTranslation("account.login-activity.none")));
        }
        portalUsers.stream().limit(LATEST).forEach(user -> logins.add(new Span(user.email().value() + " · " + user.contactName() + " · "
                + user.lastLoginAt().map(at -> getTranslation("login-activity.last", when.format(at)))
                        .orElse(getTranslation("login-activity.never")))));
        var email = overviewSection("account.email", -1);
        email.add(new Span(getTranslation("account.email.none")));
        overview.add(notesSection, contactsSection, logins, email);
    }

    /** A section of the Overview: its title, with View all opening the tab that shows everything (if any). */
    private VerticalLayout overviewSection(String titleKey, int viewAllTab) {
        var title = new HorizontalLayout(new H3(getTranslation(titleKey)));
        title.setAlignItems(Alignment.BASELINE);
        if (viewAllTab >= 0) {
            var viewAll = new Button(getTranslation("account.view-all"), click -> tabs.setSelectedIndex(viewAllTab));
            viewAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.add(viewAll);
        }
        var section = new VerticalLayout(title);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** F4: the accounts sharing a contact with this one that the viewer may see, each opening its profile. */
    private VerticalLayout relatedSection() {
        List<RelatedAccount> related = relatedAccounts.related(viewer, id);
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        if (related.isEmpty()) {
            section.add(new Span(getTranslation("account.related.none")));
        }
        related.forEach(other -> section.add(new RouterLink(other.name(), AccountView.class, other.id().value().toString())));
        return section;
    }

    /** A6, F4: the team, and changing it for those who may edit the account. */
    private HorizontalLayout teamSection() {
        List<StaffSummary> staff = staffDirectory.activeStaff();
        List<StaffSummary> members = staff.stream().filter(s -> profile.account().team().contains(s.id())).toList();
        var label = new Span(getTranslation("accounts.team") + ": " + String.join(", ", members.stream().map(StaffSummary::name).toList()));
        var section = new HorizontalLayout(label);
        section.setAlignItems(Alignment.BASELINE);
        if (profile.editable()) {
            var picker = new MultiSelectComboBox<StaffSummary>();
            picker.setItems(staff);
            picker.setItemLabelGenerator(StaffSummary::name);
            picker.select(members);
            picker.setVisible(false);
            var save = new Button(getTranslation("notes.save"), click -> act(() -> changeTeam.changeTeam(viewer, id, profile.account().version(),
                    picker.getValue().stream().map(StaffSummary::id).collect(Collectors.toSet()))));
            save.setVisible(false);
            var edit = new Button(getTranslation("account.edit-team"), click -> {
                picker.setVisible(true);
                save.setVisible(true);
                label.setVisible(false);
                click.getSource().setVisible(false);
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(picker, save, edit);
        }
        return section;
    }

    private VerticalLayout contactSection(Contact contact) {
        ContactLink link = profile.account().links().stream().filter(l -> l.contactId().equals(contact.id())).findFirst().orElseThrow();
        var name = new H3(contact.name().full());
        if (profile.editable()) {
            name.getStyle().set("cursor", "pointer").set("color", "var(--lumo-primary-text-color)");
            name.addClickListener(click -> new ContactDialog(contact, editContact, viewer, this::reload).open());
        }
        var title = new HorizontalLayout(name, new Span(link.description()));
        title.setAlignItems(Alignment.BASELINE);
        if (profile.editable() && profile.account().links().size() > 1) {
            var unlinkButton = new Button(getTranslation("account.unlink"), click -> act(() ->
                    unlink.unlink(viewer, id, profile.account().version(), contact.id())));
            unlinkButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            title.add(unlinkButton);
        }
        var section = new VerticalLayout(title, signerRow(contact, link));
        section.setPadding(false);
        if (link.access().isEmpty()) {
            section.add(new Span(getTranslation("account.no-email")));
        }
        link.access().forEach(access -> section.add(accessRow(contact, access)));
        section.add(details.contact(profile, contact, viewer, this::reload));
        return section;
    }

    /**
     * F5: the signer settings, and for those who may edit the account, Edit description (with the
     * signer priority) and Disable / Enable signer authority.
     */
    private HorizontalLayout signerRow(Contact contact, ContactLink link) {
        var signer = new Span(getTranslation("account.signer-priority") + ": " + link.signerPriority() + " · "
                + getTranslation(link.signerAuthority() ? "account.signer-authority.on" : "account.signer-authority.off"));
        var row = new HorizontalLayout(signer);
        row.setAlignItems(Alignment.BASELINE);
        if (!profile.editable()) {
            return row;
        }
        var description = new TextField(getTranslation("field.description"));
        description.setValue(link.description());
        description.setMaxLength(200);
        var priority = new IntegerField(getTranslation("account.signer-priority"));
        priority.setMin(0);
        priority.setMax(99);
        priority.setStepButtonsVisible(true);
        priority.setValue(link.signerPriority());
        var save = new Button(getTranslation("notes.save"), click -> act(() -> editLink.edit(new EditLinkCommand(viewer, id,
                profile.account().version(), contact.id(), description.getValue(),
                priority.getValue() == null ? -1 : priority.getValue(), link.signerAuthority()))));
        var editor = new HorizontalLayout(description, priority, save);
        editor.setAlignItems(Alignment.BASELINE);
        editor.setVisible(false);
        var edit = new Button(getTranslation("account.edit-description"), click -> {
            editor.setVisible(true);
            click.getSource().setVisible(false);
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var authority = new Button(getTranslation(link.signerAuthority() ? "account.signer-authority.disable" : "account.signer-authority.enable"),
                click -> act(() -> editLink.edit(new EditLinkCommand(viewer, id, profile.account().version(), contact.id(),
                        link.description(), link.signerPriority(), !link.signerAuthority()))));
        authority.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(edit, authority, editor);
        return row;
    }

    private HorizontalLayout accessRow(Contact contact, EmailAccess access) {
        var row = new HorizontalLayout(new Span(access.email().value()));
        row.setAlignItems(Alignment.CENTER);
        for (AccessToggle toggle : AccessToggle.values()) {
            var box = new Checkbox(toggle.name().replace('_', ' '), access.isOn(toggle));
            box.setReadOnly(!profile.editable());
            box.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                if (toggle == AccessToggle.LOGIN && change.getValue()) {
                    askToInvite(contact, access, box); // B1: Send or Skip decides; cancelling leaves LOGIN off
                } else {
                    act(() -> changeAccess.change(new ChangeAccessCommand(viewer, id, profile.account().version(), contact.id(),
                            access.email(), toggle, change.getValue())));
                }
            });
            row.add(box);
            if (toggle == AccessToggle.LOGIN) {
                loginState(access).ifPresent(row::add);
                sendInviteButton(access).ifPresent(row::add);
            }
        }
        return row;
    }

    /** B1: LOGIN on, with the invitation sent or skipped in the same change. */
    private void askToInvite(Contact contact, EmailAccess access, Checkbox box) {
        new InviteDialog(getTranslation("invite.title", access.email().value()),
                invite -> loginOn(contact, access, Optional.of(invite)),
                () -> loginOn(contact, access, Optional.empty()),
                () -> box.setValue(false)).open();
    }

    private void loginOn(Contact contact, EmailAccess access, Optional<InvitationRequest> invite) {
        act(() -> changeAccess.change(new ChangeAccessCommand(viewer, id, profile.account().version(), contact.id(),
                access.email(), AccessToggle.LOGIN, true, invite)));
    }

    /** B4: Not invited, Invited (when), Link expired or Active, next to the LOGIN toggle while it is on. */
    private Optional<Span> loginState(EmailAccess access) {
        return status(access).filter(status -> status.state() != LoginState.REVOKED).map(status -> {
            var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
            var state = new Span(getTranslation("login-state." + status.state().name(),
                    status.lastInvitedAt().map(when::format).orElse("")));
            state.getElement().getThemeList().add(status.state() == LoginState.ACTIVE ? "badge success" : "badge contrast");
            return state;
        });
    }

    /** B4: while the address has not activated, staff may send it a link (again). */
    private Optional<Button> sendInviteButton(EmailAccess access) {
        return status(access).filter(status -> profile.editable() && status.state().pendingActivation()).map(status -> {
            var send = new Button(getTranslation("invite.send-invite"), click -> new InviteDialog(
                    getTranslation("invite.title", access.email().value()),
                    invite -> act(() -> {
                        sendInvitation.send(new SendInvitationCommand(viewer, id, access.email(), invite.personalMessage(),
                                invite.language()));
                        Notification.show(getTranslation("invite.sent", access.email().value()), 4000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }), null, () -> { }).open());
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return send;
        });
    }

    private Optional<LoginStatus> status(EmailAccess access) {
        return Optional.ofNullable(statuses.get(access.email().lookupKey()));
    }

    private Grid<AccessChange> history() {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var grid = new Grid<AccessChange>();
        grid.addColumn(change -> when.format(change.at())).setHeader(getTranslation("account.history.when"));
        grid.addColumn(change -> change.by().map(profile.changedBy()::get).orElse(getTranslation("account.history.client")))
                .setHeader(getTranslation("account.history.who"));
        grid.addColumn(AccessChange::what).setHeader(getTranslation("account.history.what"));
        grid.addColumn(change -> change.oldValue() + " → " + change.newValue()).setHeader(getTranslation("account.history.change"));
        grid.setItems(profile.accessHistory());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Runs a change, then shows the account as saved; refusals are explained and change nothing. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (StaleRecordException e) {
            warn(InputErrors.stale(e));
        } catch (InvalidInputException e) {
            warn(InputErrors.message(e));
        } catch (NotAllowedException e) {
            warn(getTranslation("error.not-allowed"));
        }
        reload();
    }

    private static void warn(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? getTranslation("field.account") : profile.account().name().value()) + " · Portico";
    }
}
