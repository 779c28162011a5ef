package io.portico.ui.config;

import io.portico.application.access.AccessReactions;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.LostPortalAccess;
import io.portico.application.session.SessionValidityService;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.StaffInvitationService;
import io.portico.application.staff.StaffPasswords;
import io.portico.application.staff.StaffProfileService;
import io.portico.application.staff.TeamChangesService;
import io.portico.application.staff.TeamService;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.application.staff.port.out.TwoFactorStatusPort;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.ui.session.SessionEpochFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 10: the team (G2), My profile, and sessions that end everywhere. */
@Configuration(proxyBeanMethods = false)
class TeamConfiguration {

    /** The Team page's two-factor column and the staff password rules ask the two-factor feature. */
    @Bean
    TwoFactorStatusPort staffTwoFactorStatus(SecondFactorPort factors) {
        return factors::hasSecondFactor;
    }

    @Bean
    TeamService team(StaffPort staff, StaffInvitationsPort invitations, TwoFactorStatusPort twoFactor, SoleTeamAccountsPort soleTeams,
                     TeamSettingsPort settings) {
        return new TeamService(staff, invitations, twoFactor, soleTeams, settings);
    }

    @Bean
    StaffInvitationService staffInvitations(StaffPort staff, StaffLanguagePort languages, MailedLinkPort links, TeamSettingsPort settings,
                                            FirmPort firms, CredentialEpochPort epochs, MailQueue mail, Links pages,
                                            PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new StaffInvitationService(new StaffInvitationService.Ports(staff, languages, links, settings, () -> firms.load().map(Firm::name), epochs), mail,
                pages, hasher, transactions, clock);
    }

    @Bean
    TeamChangesService teamChanges(StaffPort staff, SoleTeamAccountsPort soleTeams, CredentialEpochPort epochs,
                                   AccessReactions reactions, Transactions transactions, Clock clock) {
        return new TeamChangesService(staff, soleTeams, epochs, reactions, transactions, clock);
    }

    @Bean
    StaffPasswords staffPasswords(FirmPort firms, TwoFactorStatusPort twoFactor) {
        return new StaffPasswords(() -> firms.load().map(Firm::name), twoFactor);
    }

    @Bean
    StaffProfileService staffProfile(StaffPort staff, StaffLanguagePort languages, PasswordHasher hasher, StaffPasswords passwords,
                                     CredentialEpochPort epochs, Transactions transactions) {
        return new StaffProfileService(staff, languages, hasher, passwords, epochs, transactions);
    }

    @Bean
    SessionValidityService sessionValidity(CredentialEpochPort epochs) {
        return new SessionValidityService(epochs);
    }

    @Bean
    LostPortalAccess lostPortalAccess(PortalAccessPort access, PortalUserPort users, CredentialEpochPort epochs) {
        return new LostPortalAccess(access, users, epochs);
    }

    /** Runs before Spring Security's filters, so a stale session is gone before anything reads it. */
    @Bean
    FilterRegistrationBean<SessionEpochFilter> sessionEpochFilter(SessionValidityQuery validity,
                                                                  @Value("${portico.session.epoch-cache:3s}") Duration cacheFor) {
        var registration = new FilterRegistrationBean<>(new SessionEpochFilter(validity, cacheFor));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
