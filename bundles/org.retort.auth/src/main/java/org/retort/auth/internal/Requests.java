package org.retort.auth.internal;

import jakarta.servlet.http.HttpServletRequest;

/** What the resources of this bundle read from the servlet request. */
final class Requests {

    private Requests() {
    }

    /**
     * The caller's address as the server saw it (a proxy's, behind one), or {@code null} when there is
     * no servlet request (the injected proxy outside a request). Forwarded headers are not trusted.
     */
    static String ip(HttpServletRequest request) {
        try {
            return request == null ? null : request.getRemoteAddr();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
