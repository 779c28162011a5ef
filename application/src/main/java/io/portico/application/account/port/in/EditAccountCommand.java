package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * F4: an account's type, name, company name and company address, from the version the user saw. The
 * name is required here: A3 names an account only when it is created. The company name and address
 * count for a company only.
 */
public record EditAccountCommand(StaffId actor, AccountId account, long version, AccountType type, AccountName name,
                                 Optional<CompanyName> companyName, PostalAddress companyAddress) {

    public EditAccountCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        companyName = companyName == null ? Optional.empty() : companyName;
        companyAddress = companyAddress == null ? PostalAddress.NONE : companyAddress;
    }
}
