package io.portico.application.shared.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.SecretToken;

/** Absolute addresses of the app's pages, for links in emails. */
public interface Links {

    String staffPasswordReset(SecretToken token);

    /** G2: the page of a staff invitation link, where the colleague sets a password. */
    String staffInvitation(SecretToken token);

    /** B2: the page of an invitation link, where the client sets a password. */
    String portalActivation(SecretToken token);

    /** B9: the page of a sign-up's verification link, where the client confirms. */
    String portalSignupVerification(SecretToken token);

    /** B9, B11: the portal's login page. */
    String portalLogin();

    /** The in-app path of an account's profile, e.g. for "Go to…". */
    String accountPath(AccountId account);

    /** Item 9: the in-app path of an account's Messages tab, where staff read a client's reply. */
    String accountMessagesPath(AccountId account);

    /** An in-app path made absolute, for mails. */
    String absolute(String path);

    /** B11: the page of a portal password reset link, where the client chooses a new password. */
    String portalPasswordReset(SecretToken token);

    /** Issue 11, item 7: the firm's logo, public for portal pages and mails; the version makes a new logo a new address. */
    String firmLogo(long version);
}
