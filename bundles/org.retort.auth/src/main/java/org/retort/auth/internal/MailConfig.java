package org.retort.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The SMTP server Retort sends account mail through, in {@code etc/org.retort.mail.cfg}. */
@ObjectClassDefinition(name = "Retort mail", description = "SMTP for email verification and password reset.")
public @interface MailConfig {

    @AttributeDefinition(description = "SMTP host; empty: no mail is sent (the attempt is logged without its link).")
    String host() default "";

    @AttributeDefinition(description = "SMTP port.")
    int port() default 587;

    @AttributeDefinition(description = "SMTP user; empty for none.")
    String user() default "";

    @AttributeDefinition(description = "SMTP password.", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Use STARTTLS (required when true).")
    boolean starttls() default true;

    @AttributeDefinition(description = "Sender address.")
    String from() default "retort@localhost";

    @AttributeDefinition(description = "Milliseconds to wait for the server (connect, read, write).")
    int timeoutMillis() default 10_000;
}
