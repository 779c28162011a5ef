package io.portico.domain.portal;

import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountNaming;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * B9: what a client gives on the sign-up page — who they are, their address, and the kind of account;
 * a company needs its name (A2). The account is named as staff's would be (A3).
 */
public record SignupRequest(ContactName name, EmailAddress email, AccountType type, Optional<CompanyName> companyName) {

    public SignupRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(type, "type");
        companyName = type == AccountType.COMPANY ? companyName : Optional.empty();
        if (companyName.isEmpty() && type == AccountType.COMPANY) {
            throw new InvalidInputException("companyName", "input.required");
        }
    }

    /**
     * From the form's raw values, each refusal naming its field. Blanks around a value are a slip of the
     * keyboard, not a name: they are dropped. A blank company name is no company name.
     */
    public static SignupRequest of(String firstName, String lastName, String email, AccountType type, String companyName) {
        ContactName name = new ContactName(strip(firstName), strip(lastName));
        EmailAddress address = EmailAddress.of("email", email);
        if (type == null) {
            throw new InvalidInputException("accountType", "input.required");
        }
        Optional<CompanyName> company = type == AccountType.COMPANY && companyName != null && !companyName.isBlank()
                ? Optional.of(new CompanyName(companyName.strip())) : Optional.empty();
        return new SignupRequest(name, address, type, company);
    }

    /**
     * NIST rules (see {@link PasswordPolicy}) with the client's names, address and company as context
     * words. A new client has no second factor.
     */
    public void checkPassword(String password) {
        PasswordPolicy.check("password", password, PasswordContext.passwordOnly(name.first(), name.last(), email.value(),
                companyName.map(CompanyName::value).orElse(null)));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** A3: a company is named after the company, anyone else after the client. */
    public AccountName accountName() {
        return AccountNaming.nameFor(type, Optional.empty(), companyName, name);
    }
}
