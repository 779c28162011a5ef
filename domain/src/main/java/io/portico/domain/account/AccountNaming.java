package io.portico.domain.account;

import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.InvalidInputException;
import java.util.Optional;

/**
 * A3: a blank account name is generated — a company is named after the company, anyone else after
 * the first contact ("First Last").
 */
public final class AccountNaming {

    private AccountNaming() {
    }

    public static AccountName nameFor(AccountType type, Optional<AccountName> typed, Optional<CompanyName> company, ContactName firstContact) {
        if (typed.isPresent()) {
            return typed.get();
        }
        if (type == AccountType.COMPANY) {
            return new AccountName(company.orElseThrow(() -> new InvalidInputException("companyName", "input.required")).value());
        }
        return new AccountName(firstContact.full());
    }
}
