package io.portico.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;

/**
 * The profile as the viewer sees it right now, handed to every part of the account view: each part
 * builds from it, bases its changes on the version shown and calls {@code reload} to show what was saved.
 */
record ShownProfile(AccountProfile profile, StaffId viewer, Runnable reload) {

    Account account() {
        return profile.account();
    }

    AccountId id() {
        return profile.account().id();
    }

    boolean editable() {
        return profile.editable();
    }

    /** Runs a change, then shows the account as saved; refusals are explained and change nothing. */
    void change(Runnable change) {
        try {
            change.run();
        } catch (StaleRecordException e) {
            warn(InputErrors.stale(e));
        } catch (InvalidInputException e) {
            warn(InputErrors.message(e));
        } catch (NotAllowedException e) {
            warn(UI.getCurrent().getTranslation("error.not-allowed"));
        }
        reload.run();
    }

    private static void warn(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
