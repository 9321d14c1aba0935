package org.retort.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a caller needs for a resource method (or every method of a resource class), as a
 * Shiro-style permission string {@code domain:action}, e.g. {@code workflows:write}. The security
 * filter checks it on every request before the method runs; a method with neither this nor
 * {@link Public} is refused (403) to everybody, so a new endpoint is closed until somebody decides
 * who may call it. Roles are granted permissions in one place (the auth bundle's role table), and the
 * permission matrix test walks every endpoint for every role.
 *
 * <p>Permissions in use: {@code nodes:read}; {@code workflows:read|write}; {@code runs:read|write};
 * {@code datasets:read|write}; {@code models:read|write}; {@code account:self} (one's own password
 * and API keys); {@code admin:users}; {@code admin:plugins}; {@code admin:audit}; {@code admin:system}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** The permission, {@code domain:action}. */
    String value();
}
