package org.retort.auth.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;
import org.retort.web.Problem;
import org.retort.web.ProblemException;

/** What usernames, emails and passwords must look like; each broken rule is a 400 problem naming the field. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private AccountRules() {
    }

    static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw invalid("username", "3–40 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    static String email(String email) {
        try {
            if (email == null || email.length() > 254) {
                throw new AddressException();
            }
            var address = new InternetAddress(email, true);
            address.validate();
            if (!email.contains("@") || email.contains(" ")) {
                throw new AddressException();
            }
            return email.strip();
        } catch (AddressException e) {
            throw invalid("email", "not a valid email address");
        }
    }

    static String password(String password, String username, String email) {
        PasswordPolicy.problem(password, username, email).ifPresent(problem -> {
            throw invalid("password", problem);
        });
        return password;
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "Bad Request", field + ": " + message).with("field", field));
    }
}
