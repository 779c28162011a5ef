package io.portico.application.portal.port.out;

import io.portico.application.portal.port.LoginActivity;
import io.portico.domain.account.AccountId;
import java.util.List;

/**
 * F3: the addresses with LOGIN on an account that have a portal user, read in one go: those of linked
 * contacts, and those kept under Unlinked emails (B8), each address once.
 */
public interface LoginActivityPort {

    /** Latest login first, those who never logged in last, then by address. */
    List<LoginActivity> portalUsers(AccountId account);
}
