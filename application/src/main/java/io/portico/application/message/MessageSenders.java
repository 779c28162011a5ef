package io.portico.application.message;

import io.portico.application.account.Viewers;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Collection;
import java.util.Set;

/** Items 8 and 9: what a staff member writing to accounts may reach (F2), and the name their messages go out under. */
public final class MessageSenders {

    private final Viewers viewers;
    private final VisibleAccountsPort visibleAccounts;
    private final StaffPort staff;

    public MessageSenders(Viewers viewers, VisibleAccountsPort visibleAccounts, StaffPort staff) {
        this.viewers = viewers;
        this.visibleAccounts = visibleAccounts;
        this.staff = staff;
    }

    /** Which of the accounts exist and the sender may see, in one look-up however many they are. */
    Set<AccountId> visible(StaffId sender, Collection<AccountId> accounts) {
        return visibleAccounts.visible(viewers.of(sender), accounts);
    }

    boolean maySee(StaffId sender, AccountId account) {
        return viewers.visible(sender, account).isPresent();
    }

    /** The sender's full name, as the client's notification names them. */
    String name(StaffId sender) {
        return staff.findById(sender).orElseThrow().name().full();
    }
}
