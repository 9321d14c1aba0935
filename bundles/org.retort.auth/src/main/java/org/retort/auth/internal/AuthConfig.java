package org.retort.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of authentication, in {@code etc/org.retort.auth.cfg}. */
@ObjectClassDefinition(name = "Retort authentication", description = "Sessions, lockout, rate limits and account flows.")
public @interface AuthConfig {

    @AttributeDefinition(description = "Minutes a browser session may stay idle before it ends.")
    int sessionIdleMinutes() default 480;

    @AttributeDefinition(description = "Consecutive failed logins that lock an account.")
    int lockoutThreshold() default 5;

    @AttributeDefinition(description = "Minutes a locked account stays locked.")
    int lockoutMinutes() default 15;

    @AttributeDefinition(description = "Requests per minute one user may make (burst = the same).")
    int requestsPerMinutePerUser() default 1200;

    @AttributeDefinition(description = "Requests per minute one IP address may make without logging in.")
    int requestsPerMinutePerIp() default 300;

    @AttributeDefinition(description = "Login, registration and password-reset attempts per minute from one IP address.")
    int accountRequestsPerMinutePerIp() default 20;

    @AttributeDefinition(description = "Whether anybody may register an account (it must verify its email before logging in).")
    boolean registration() default true;

    @AttributeDefinition(description = "Role of a self-registered account: VIEWER, SCIENTIST, OPERATOR or ADMIN.")
    String registrationRole() default "VIEWER";

    @AttributeDefinition(description = "Hours an email verification link stays valid.")
    int verificationHours() default 24;

    @AttributeDefinition(description = "Minutes a password reset link stays valid.")
    int resetMinutes() default 60;

    @AttributeDefinition(description = "The address users reach Retort at, for links in mail, e.g. https://retort.example.org.")
    String publicUrl() default "http://localhost:8181";

    @AttributeDefinition(description = "File with a first administrator's password, read and deleted at start when there is no account yet; relative to karaf.data.")
    String initialAdminFile() default "retort/initial-admin";
}
