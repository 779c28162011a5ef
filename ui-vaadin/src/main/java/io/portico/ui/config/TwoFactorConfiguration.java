package io.portico.ui.config;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.twofactor.AuthenticatorService;
import io.portico.application.twofactor.ResetSecondFactorsService;
import io.portico.application.twofactor.SignInSecurityService;
import io.portico.application.twofactor.TwoFactorRule;
import io.portico.application.twofactor.TwoFactorStatusService;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.twofactor.TimeStepCodes;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 10 items 6–8: authenticator apps, recovery codes and the firm's requirement, given their adapters. */
@Configuration(proxyBeanMethods = false)
class TwoFactorConfiguration {

    @Bean
    TimeStepCodes timeStepCodes() {
        return new JavaOtpCodes();
    }

    @Bean
    TwoFactorRule twoFactorRule(StaffPort staff, SignInSecurityPort settings) {
        return new TwoFactorRule(staff, settings);
    }

    @Bean
    AuthenticatorService authenticators(SecondFactorPort factors, TwoFactorRule rule, TimeStepCodes codes, Transactions transactions, Clock clock) {
        return new AuthenticatorService(factors, rule, codes, new SecureRandom(), transactions, clock);
    }

    @Bean
    TwoFactorStatusService twoFactorStatus(SecondFactorPort factors, TwoFactorRule rule) {
        return new TwoFactorStatusService(factors, rule);
    }

    @Bean
    SignInSecurityService signInSecurity(SignInSecurityPort settings, Administrators administrators) {
        return new SignInSecurityService(settings, administrators);
    }

    @Bean
    ResetSecondFactorsService resetSecondFactors(StaffPort staff, Administrators administrators, SecondFactorPort factors,
                                                 CredentialEpochPort epochs, Transactions transactions) {
        return new ResetSecondFactorsService(staff, administrators, factors, epochs, transactions);
    }

}
