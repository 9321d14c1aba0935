package org.retort.web;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What Retort's web server tells the API about each request, as request properties: cheaper to read in a filter or
 * resource than an injected servlet request (whose every call goes through Jersey's injection container).
 */
public final class RequestProperties {

    /** The caller's IP address as the server saw it (a proxy's, behind one: forwarded headers are not trusted). */
    public static final String REMOTE_ADDRESS = "org.retort.web.remoteAddress";

    private RequestProperties() {
    }

    /** The caller's IP address, or {@code "unknown"} outside Retort's server (a test calling a filter directly). */
    public static String remoteAddress(ContainerRequestContext request) {
        Object address = request.getProperty(REMOTE_ADDRESS);
        return address instanceof String text ? text : "unknown";
    }
}
