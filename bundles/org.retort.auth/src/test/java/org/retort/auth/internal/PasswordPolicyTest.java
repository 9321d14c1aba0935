package org.retort.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theShippedListOfCommonPasswordsIsLoaded() {
        assertThat(PasswordPolicy.commonPasswords()).isGreaterThan(3400);
    }

    @Test
    void refusesShortCommonRepeatedAndPersonalPasswordsWithTheReason() {
        assertThat(PasswordPolicy.problem("Sh0rt-pass", "ada", "ada@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", "ada", "ada@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("repeated"));
        assertThat(PasswordPolicy.problem("baseball", "ada", "ada@lab.test")).isPresent();
        assertThat(PasswordPolicy.problem("Password12345678", "ada", "ada@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(PasswordPolicy.problem("Trustno1!!!!!!", "ada", "ada@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(PasswordPolicy.problem("lovelace-ada-1815", "lovelace", "x@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("username"));
        assertThat(PasswordPolicy.problem("countess-ada.byron", "ada2", "ada.byron@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("email"));
        assertThat(PasswordPolicy.problem("x".repeat(300) + "y", "ada", "ada@lab.test")).hasValueSatisfying(p -> assertThat(p).contains("at most"));
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(PasswordPolicy.problem("tetrahedral-carbon-42", "ada", "ada@lab.test")).isEmpty();
        assertThat(PasswordPolicy.problem("benzene ring of kekulé", "ada", "ada@lab.test")).isEmpty();
    }
}
