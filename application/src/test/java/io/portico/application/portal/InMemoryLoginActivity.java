package io.portico.application.portal;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** F3 by scanning the account's links and its unlinked addresses (B8). */
public final class InMemoryLoginActivity implements LoginActivityPort {

    private static final Comparator<LoginActivity> ORDER = Comparator
            .comparing((LoginActivity a) -> a.lastLoginAt().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(a -> a.email().lookupKey());

    private final InMemoryAccounts accounts;
    private final InMemoryContacts contacts;
    private final InMemoryPortalUsers users;

    public InMemoryLoginActivity(InMemoryAccounts accounts, InMemoryContacts contacts, InMemoryPortalUsers users) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public List<LoginActivity> portalUsers(AccountId account) {
        List<LoginActivity> linked = accounts.all().stream().filter(a -> a.id().equals(account))
                .flatMap(a -> a.links().stream())
                .flatMap(link -> link.access().stream().filter(access -> access.login())
                        .flatMap(access -> users.findByEmail(access.email()).stream().map(user -> new LoginActivity(access.email(),
                                contacts.find(link.contactId()).map(c -> c.name().full()).orElse(""), lastLogin(user)))))
                .toList();
        Set<String> listed = linked.stream().map(a -> a.email().lookupKey()).collect(Collectors.toSet());
        Stream<LoginActivity> kept = accounts.unlinked(account).stream()
                .filter(email -> !listed.contains(email.email().lookupKey()))
                .flatMap(email -> users.findByEmail(email.email()).stream().map(user -> LoginActivity.unlinked(email.email(), lastLogin(user))));
        return Stream.concat(linked.stream(), kept).sorted(ORDER).toList();
    }

    private static Optional<Instant> lastLogin(PortalUser user) {
        return user.lastLoginAt();
    }
}
