package org.retort.store;

/** What a one-time token is good for. */
public enum TokenPurpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
}
