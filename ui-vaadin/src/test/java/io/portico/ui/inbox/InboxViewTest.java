package io.portico.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.account.AccountView;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class InboxViewTest extends StaffViewTest {

    @Autowired
    StaffPort staff;
    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    CapturedMailPort mailbox; // the embedded server itself, not the admins' Dev mailbox

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void A6_a_member_added_to_a_team_finds_it_in_inbox_with_a_go_to_link_and_gets_an_email() {
        var marco = new StaffMember(StaffId.random(), new PersonName("Marco", "Verdi"), new EmailAddress("marco." + run + "@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(marco, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("marco passphrase here"));
        StaffId owner = new StaffId(signInAsOwner().id());
        createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(), PostalAddress.NONE,
                Set.of(owner, marco.id()), List.of(new ContactEntry.CreateNew(new ContactName("Mario", "Blu" + run), ContactEmails.NONE, "",
                        PostalAddress.NONE, "", List.of()))));

        signIn(marco.email().value(), "marco passphrase here");
        navigate(InboxView.class);
        var inboxItem = find(SideNavItem.class).all().stream().filter(item -> "Inbox+".equals(item.getLabel())).findFirst().orElseThrow();
        assertThat(inboxItem.getSuffixComponent().getElement().getText()).isEqualTo("1");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Anna Bianchi added you to the team of Mario Blu" + run);

        test(find(Button.class).all().stream().filter(b -> "Go to…".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        InboxView again = navigate(InboxView.class);
        assertThat(find(Button.class, again).all()).extracting(Button::getText).doesNotContain("Mark as read");

        dispatcher.dispatchDue();
        assertThat(mailbox.all().reversed()).anySatisfy(mail -> {
            assertThat(mail.to()).containsExactly("marco." + run + "@studio.it");
            assertThat(mail.subject()).isEqualTo("You were added to the team of Mario Blu" + run);
            assertThat(mail.textBody()).contains("/account/");
        });
    }
}
