package io.portico.application.notification;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Set;

/**
 * The firm the notification tests share: Mario is on Rossi with his work address (LOGIN and NOTIFY) and his
 * own (nothing on); Lucia is on Rossi and on Verdi with NOTIFY only.
 */
public final class NotificationFixture {

    public static final EmailAddress MARIO_WORK = new EmailAddress("Mario@Rossi.it");
    public static final EmailAddress MARIO_HOME = new EmailAddress("mario@gmail.com");
    public static final EmailAddress LUCIA = new EmailAddress("lucia@verdi.it");

    public final StaffMember anna;
    public final Contact mario;
    public final Contact lucia;
    public final Account rossi;
    public final Account verdi;

    public NotificationFixture(StaffPort staff, ContactPort contacts, AccountPort accounts) {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO_WORK.value(), MARIO_HOME.value());
        lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Verdi", LUCIA.value());
        rossi = AccountFixtures.company("Rossi", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(MARIO_WORK, true, true, false))),
                ContactLink.of(lucia, "", List.of(new EmailAccess(LUCIA, false, true, false))));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()),
                ContactLink.of(lucia, "", List.of(new EmailAccess(LUCIA, false, true, false))));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
        accounts.add(verdi, anna.id(), AccountFixtures.NOW);
    }
}
