package org.retort.auth.internal;

import java.lang.annotation.Annotation;

/** Configurations of the auth and mail components for tests, as the OSGi runtime would hand them over. */
final class TestConfigs {

    private TestConfigs() {
    }

    /** Defaults, with lower limits so tests can reach them. */
    static class Auth implements AuthConfig {
        int lockoutThreshold = 5;
        int accountRequestsPerMinutePerIp = 1000;
        int requestsPerMinutePerIp = 1000;
        int requestsPerMinutePerUser = 1000;
        boolean registration = true;
        String registrationRole = "VIEWER";

        @Override
        public Class<? extends Annotation> annotationType() {
            return AuthConfig.class;
        }

        @Override
        public int sessionIdleMinutes() {
            return 60;
        }

        @Override
        public int lockoutThreshold() {
            return lockoutThreshold;
        }

        @Override
        public int lockoutMinutes() {
            return 15;
        }

        @Override
        public int requestsPerMinutePerUser() {
            return requestsPerMinutePerUser;
        }

        @Override
        public int requestsPerMinutePerIp() {
            return requestsPerMinutePerIp;
        }

        @Override
        public int accountRequestsPerMinutePerIp() {
            return accountRequestsPerMinutePerIp;
        }

        @Override
        public boolean registration() {
            return registration;
        }

        @Override
        public String registrationRole() {
            return registrationRole;
        }

        @Override
        public int verificationHours() {
            return 24;
        }

        @Override
        public int resetMinutes() {
            return 60;
        }

        @Override
        public String publicUrl() {
            return "http://retort.test";
        }

        @Override
        public String initialAdminFile() {
            return "retort/initial-admin";
        }
    }

    /** SMTP on {@code port} of the loopback address, no TLS, no login: GreenMail. */
    static MailConfig mail(int port) {
        return new MailConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MailConfig.class;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String user() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public boolean starttls() {
                return false;
            }

            @Override
            public String from() {
                return "retort@retort.test";
            }

            @Override
            public int timeoutMillis() {
                return 5000;
            }
        };
    }
}
