package io.portico.application.staff;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.ChangeOwnPasswordCommand;
import io.portico.application.staff.port.in.ChangeOwnPasswordUseCase;
import io.portico.application.staff.port.in.StaffProfile;
import io.portico.application.staff.port.in.StaffProfileQuery;
import io.portico.application.staff.port.in.UpdateStaffProfileCommand;
import io.portico.application.staff.port.in.UpdateStaffProfileUseCase;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.util.Optional;

/** G2: My profile — a member's own name, language and password. */
public final class StaffProfileService implements StaffProfileQuery, UpdateStaffProfileUseCase, ChangeOwnPasswordUseCase {

    private final StaffPort staff;
    private final StaffLanguagePort languages;
    private final PasswordHasher hasher;
    private final StaffPasswords passwords;
    private final CredentialEpochPort epochs;
    private final Transactions transactions;

    public StaffProfileService(StaffPort staff, StaffLanguagePort languages, PasswordHasher hasher, StaffPasswords passwords,
                               CredentialEpochPort epochs, Transactions transactions) {
        this.passwords = passwords;
        this.staff = staff;
        this.languages = languages;
        this.hasher = hasher;
        this.epochs = epochs;
        this.transactions = transactions;
    }

    @Override
    public Optional<StaffProfile> profile(StaffId me) {
        return staff.findById(me).filter(StaffMember::active).map(member -> new StaffProfile(member.name().first(),
                member.name().last(), member.email().value(), languages.language(me)));
    }

    @Override
    public void update(UpdateStaffProfileCommand command) {
        transactions.inTransaction(() -> {
            StaffMember member = self(command.me());
            staff.save(member.withName(command.name()));
            languages.remember(member.id(), command.language());
        });
    }

    @Override
    public long change(ChangeOwnPasswordCommand command) {
        StaffMember member = self(command.me());
        passwords.check("newPassword", command.newPassword(), member);
        String current = staff.passwordHash(member.id()).orElse("");
        if (!hasher.matches(command.currentPassword(), current)) {
            throw new InvalidInputException("currentPassword", "password.current-wrong");
        }
        String newHash = hasher.hash(command.newPassword()); // slow on purpose: outside the transaction
        return transactions.inTransaction(() -> {
            staff.changePasswordHash(member.id(), newHash);
            return epochs.raise(new CredentialHolder.Staff(member.id()));
        });
    }

    private StaffMember self(StaffId me) {
        return staff.findById(me).filter(StaffMember::active).orElseThrow(() -> new NotAllowedException("not an active staff member"));
    }
}
