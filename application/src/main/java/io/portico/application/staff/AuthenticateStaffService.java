package io.portico.application.staff;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffMember;
import java.time.Clock;
import java.util.Optional;

public final class AuthenticateStaffService implements AuthenticateStaffUseCase {

    private final StaffPort staff;
    private final PasswordHasher hasher;
    private final CredentialEpochPort epochs;
    private final Clock clock;
    /** Compared against when the address is unknown, so both answers take as long. */
    private final String decoyHash;

    public AuthenticateStaffService(StaffPort staff, PasswordHasher hasher, CredentialEpochPort epochs, Clock clock) {
        this.staff = staff;
        this.hasher = hasher;
        this.epochs = epochs;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password never matched");
    }

    @Override
    public Optional<StaffSignIn> authenticate(String email, String password) {
        Optional<StaffMember> member = parse(email).flatMap(staff::findByEmail).filter(StaffMember::active);
        String hash = member.flatMap(m -> staff.passwordHash(m.id())).orElse(decoyHash);
        boolean matches = password != null && hasher.matches(password, hash);
        Optional<StaffMember> signedIn = member.filter(m -> matches);
        signedIn.ifPresent(m -> upgrade(m, password, hash));
        return signedIn.map(this::signedIn);
    }

    /** Issue 10 item 9: a hash made with weaker settings is replaced while the password is at hand. */
    private void upgrade(StaffMember member, String password, String hash) {
        hasher.upgrade(password, hash).ifPresent(better -> staff.changePasswordHash(member.id(), better));
    }

    /** G2: the Team page shows the last sign-in; the session keeps the epoch it signed in with. */
    private StaffSignIn signedIn(StaffMember member) {
        staff.recordSignIn(member.id(), clock.instant());
        return StaffSignIn.of(member, epochs.epoch(new CredentialHolder.Staff(member.id())));
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
