package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryStaff implements StaffPort {

    private final Map<StaffId, StaffMember> members = new ConcurrentHashMap<>();
    private final Map<StaffId, String> hashes = new ConcurrentHashMap<>();
    private final Map<StaffId, Set<StaffRight>> rights = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(StaffMember member, String passwordHash) {
        if (findByEmail(member.email()).isPresent()) {
            throw new InvalidInputException("email", "email.taken");
        }
        members.put(member.id(), member);
        hashes.put(member.id(), passwordHash);
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
        return members.values().stream().filter(m -> m.email().lookupKey().equals(email.lookupKey())).findFirst();
    }

    @Override
    public Optional<String> passwordHash(StaffId id) {
        return Optional.ofNullable(hashes.get(id));
    }

    @Override
    public Optional<StaffMember> findById(StaffId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public java.util.List<StaffMember> active() {
        return members.values().stream().filter(StaffMember::active)
                .sorted(java.util.Comparator.comparing((StaffMember m) -> m.name().last()).thenComparing(m -> m.name().first())).toList();
    }

    @Override
    public Set<StaffRight> rights(StaffId id) {
        return rights.getOrDefault(id, Set.of());
    }

    @Override
    public void grantRights(StaffId id, Set<StaffRight> granted) {
        rights.put(id, Set.copyOf(granted));
    }

    @Override
    public void changePasswordHash(StaffId id, String passwordHash) {
        hashes.computeIfPresent(id, (key, old) -> passwordHash);
    }
}
