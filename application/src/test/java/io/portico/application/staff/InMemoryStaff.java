package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryStaff implements StaffPort {

    private static final Comparator<StaffMember> BY_NAME = Comparator.comparing((StaffMember m) -> m.name().last())
            .thenComparing(m -> m.name().first());

    private final Map<StaffId, StaffMember> members = new ConcurrentHashMap<>();
    private final Map<StaffId, String> hashes = new ConcurrentHashMap<>();
    private final Map<StaffId, Set<StaffRight>> rights = new ConcurrentHashMap<>();
    private final Map<StaffId, Instant> signIns = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(StaffMember member, String passwordHash) {
        addInvited(member);
        hashes.put(member.id(), passwordHash);
    }

    @Override
    public synchronized void addInvited(StaffMember member) {
        if (findByEmail(member.email()).isPresent()) {
            throw new InvalidInputException("email", "email.taken");
        }
        members.put(member.id(), member);
    }

    @Override
    public void save(StaffMember member) {
        members.computeIfPresent(member.id(), (id, old) -> member);
    }

    @Override
    public synchronized void removeInvited(StaffId id) {
        if (findById(id).filter(m -> m.status() == StaffStatus.INVITED).isPresent()) {
            members.remove(id);
            rights.remove(id);
        }
    }

    @Override
    public List<StaffMember> all() {
        return members.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public void recordSignIn(StaffId id, Instant at) {
        if (members.containsKey(id)) {
            signIns.put(id, at);
        }
    }

    @Override
    public Optional<Instant> lastSignIn(StaffId id) {
        return Optional.ofNullable(signIns.get(id));
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
    public List<StaffMember> active() {
        return members.values().stream().filter(StaffMember::active).sorted(BY_NAME).toList();
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
        if (members.containsKey(id)) {
            hashes.put(id, passwordHash);
        }
    }
}
