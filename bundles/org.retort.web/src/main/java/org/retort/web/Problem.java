package org.retort.web;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP problem detail (RFC 9457), the body of every Retort API error, served as
 * {@code application/problem+json}.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    a short, human-readable summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong in this occurrence, in words a user can act on; never a stack trace
 * @param instance the request path the problem occurred at, if known
 * @param extra    further members (for example the list of validation errors), may be empty
 */
public record Problem(String type, String title, int status, String detail, String instance, Map<String, Object> extra) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(title, "title");
        type = type == null ? "about:blank" : type;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** A problem with only a status, title and detail. */
    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null, Map.of());
    }

    /** This problem, occurring at {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, extra);
    }

    /** The JSON members of this problem in RFC 9457 order, extension members last. */
    public Map<String, Object> toMap() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("type", type);
        map.put("title", title);
        map.put("status", status);
        if (detail != null) {
            map.put("detail", detail);
        }
        if (instance != null) {
            map.put("instance", instance);
        }
        extra.forEach(map::putIfAbsent);
        return map;
    }

    /** This problem with one more member. */
    public Problem with(String key, Object value) {
        var more = new java.util.LinkedHashMap<>(extra);
        more.put(key, value);
        return new Problem(type, title, status, detail, instance, more);
    }
}
