package org.retort.auth.internal;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.realm.AuthenticatingRealm;
import org.retort.store.User;
import org.retort.store.Users;

/**
 * Shiro's view of Retort's accounts for logging in: username (or email) and password, checked against
 * the stored argon2id hash by Shiro's {@code PasswordMatcher}; the principal is the user id.
 * Permissions are checked against the roles the request's caller holds ({@link Permissions}).
 */
final class StoreRealm extends AuthenticatingRealm {

    static final String NAME = "retort";

    private final Users users;

    StoreRealm(Users users, PasswordService passwords) {
        this.users = users;
        var matcher = new PasswordMatcher();
        matcher.setPasswordService(passwords);
        setCredentialsMatcher(matcher);
        setName(NAME);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setAuthenticationCachingEnabled(false);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String name = ((UsernamePasswordToken) token).getUsername();
        User user = find(name);
        if (user == null) {
            throw new UnknownAccountException();
        }
        return new SimpleAuthenticationInfo(user.id(), user.passwordHash(), NAME);
    }

    User find(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return null;
        }
        return (usernameOrEmail.contains("@") ? users.findByEmail(usernameOrEmail) : users.findByUsername(usernameOrEmail)).orElse(null);
    }
}
