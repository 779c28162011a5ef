package io.portico.application.mailbox;

import io.portico.application.mailbox.port.in.AddMailboxCommand;
import io.portico.application.mailbox.port.in.AddMailboxUseCase;
import io.portico.application.mailbox.port.in.ChangeMailboxCommand;
import io.portico.application.mailbox.port.in.ChangeMailboxUseCase;
import io.portico.application.mailbox.port.in.MailServerInput;
import io.portico.application.mailbox.port.in.MailboxDetails;
import io.portico.application.mailbox.port.in.MailboxSettings;
import io.portico.application.mailbox.port.in.MailboxTestResult;
import io.portico.application.mailbox.port.in.MailboxesQuery;
import io.portico.application.mailbox.port.in.RemoveMailboxUseCase;
import io.portico.application.mailbox.port.in.TestMailboxCommand;
import io.portico.application.mailbox.port.in.TestMailboxUseCase;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.mailbox.port.out.TestMailboxPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** D1, item 2: Settings → Mailboxes, for owners and admins only (checked on every call, so a demotion applies at once). */
public final class MailboxSettingsService implements AddMailboxUseCase, ChangeMailboxUseCase, RemoveMailboxUseCase, TestMailboxUseCase,
        MailboxesQuery {

    private static final String ACTION = "manage mailboxes";

    private final MailboxPort mailboxes;
    private final MailboxHealthPort health;
    private final TestMailboxPort probe;
    private final Administrators administrators;
    private final Clock clock;

    public MailboxSettingsService(MailboxPort mailboxes, MailboxHealthPort health, TestMailboxPort probe, Administrators administrators,
                                  Clock clock) {
        this.mailboxes = mailboxes;
        this.health = health;
        this.probe = probe;
        this.administrators = administrators;
        this.clock = clock;
    }

    @Override
    public MailboxId add(AddMailboxCommand command) {
        administrators.require(command.actor(), ACTION);
        Mailbox mailbox = mailbox(MailboxId.random(), command.details(), Optional.empty());
        mailboxes.add(mailbox, clock.instant());
        return mailbox.id();
    }

    @Override
    public void change(ChangeMailboxCommand command) {
        administrators.require(command.actor(), ACTION);
        Mailbox stored = existing(command.mailbox());
        mailboxes.update(mailbox(stored.id(), command.details(), Optional.of(stored)));
    }

    @Override
    public void remove(StaffId actor, MailboxId mailbox) {
        administrators.require(actor, ACTION);
        mailboxes.remove(mailbox);
    }

    @Override
    public MailboxTestResult test(TestMailboxCommand command) {
        administrators.require(command.actor(), ACTION);
        Optional<Mailbox> stored = command.mailbox().map(this::existing);
        Mailbox mailbox = mailbox(stored.map(Mailbox::id).orElseGet(MailboxId::random), command.details(), stored);
        return new MailboxTestResult(probe.tryImap(mailbox.imap()), probe.trySmtp(mailbox.smtp()));
    }

    @Override
    public List<MailboxSettings> mailboxes(StaffId actor) {
        administrators.require(actor, ACTION);
        var healths = health.health();
        return mailboxes.all().stream()
                .map(m -> new MailboxSettings(m.id(), m.name(), m.address(), server(m.imap()), server(m.smtp()),
                        healths.getOrDefault(m.id(), MailboxHealth.NEW)))
                .toList();
    }

    private Mailbox existing(MailboxId id) {
        return mailboxes.find(id).orElseThrow(() -> new InvalidInputException("mailbox", "mailbox.not-found"));
    }

    /** The typed mailbox; a password left empty is the stored one. */
    private static Mailbox mailbox(MailboxId id, MailboxDetails details, Optional<Mailbox> stored) {
        return new Mailbox(id, details.name(), details.address(),
                server(details.imap(), stored.map(m -> m.imap().password())),
                server(details.smtp(), stored.map(m -> m.smtp().password())));
    }

    private static MailServer server(MailServerInput input, Optional<Secret> storedPassword) {
        Secret password = input.password().isEmpty() ? storedPassword.orElseThrow() : new Secret(input.password());
        return new MailServer(input.host(), input.port(), input.security(), input.user(), password);
    }

    private static MailboxSettings.Server server(MailServer server) {
        return new MailboxSettings.Server(server.host(), server.port(), server.security(), server.user());
    }
}
