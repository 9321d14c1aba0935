package org.retort.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.retort.web.Problem;
import org.retort.web.WebContent;

/**
 * Serves the current {@link WebContent} at the site root: GET and HEAD only, content types by extension,
 * a year's caching for hashed {@code assets/}, revalidation (by an ETag from the content's hash)
 * for everything else, {@code index.html} for application routes, and security headers on every answer.
 * A path that tries to leave the site, names a missing file with an extension, or arrives when no site is
 * installed is a problem+json 404, like the rest of the server.
 */
final class ContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String INDEX = "index.html";

    /** Where the site loads from: only itself, inline styles (the canvas library positions with them), data: images. */
    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"));

    private final transient Supplier<WebContent> content;
    /** Files of bundles and jars, which do not change under the same URL (an upgraded bundle has new URLs). */
    private final transient Map<String, Loaded> immutable = new java.util.concurrent.ConcurrentHashMap<>();

    /** A file's bytes and entity tag. */
    private record Loaded(byte[] bytes, String etag) {
    }

    ContentServlet(Supplier<WebContent> content) {
        this.content = content;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        securityHeaders(response);
        WebContent site = content.get();
        String path = normalise(request.getRequestURI().substring(request.getContextPath().length()));
        if (site == null || path == null) {
            notFound(request, response, site == null ? "The browser editor is not installed on this server."
                    : "There is no file at this path.");
            return;
        }
        URL file = path.isEmpty() ? null : site.resource(path);
        if (file == null && !hasExtension(path)) {
            path = INDEX;
            file = site.resource(INDEX);
        }
        if (file == null) {
            notFound(request, response, "There is no file at this path.");
            return;
        }
        Loaded loaded = load(file);
        byte[] bytes = loaded.bytes();
        String etag = loaded.etag();
        response.setContentType(TYPES.getOrDefault(extension(path), "application/octet-stream"));
        response.setHeader("Cache-Control", path.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(bytes.length);
        if (body) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    /** Reads a file, once for a bundle's or a jar's (they never change under one URL), every time for a folder's. */
    private Loaded load(URL file) throws IOException {
        String protocol = file.getProtocol();
        boolean fixed = protocol.startsWith("bundle") || protocol.equals("jar");
        Loaded known = fixed ? immutable.get(file.toExternalForm()) : null;
        if (known != null) {
            return known;
        }
        byte[] bytes;
        try (InputStream in = file.openStream()) {
            bytes = in.readAllBytes();
        }
        Loaded loaded = new Loaded(bytes, "\"" + digest(bytes) + "\"");
        if (fixed) {
            if (immutable.size() > 1_000) {
                immutable.clear(); // bounded: an installation serves one site of a few dozen files
            }
            immutable.put(file.toExternalForm(), loaded);
        }
        return loaded;
    }

    /**
     * The entity tag: a hash of the content, since a bundle's files carry no reliable time and an upgraded editor's
     * {@code index.html} may keep its length. Cheap: browsers keep the hashed assets and revalidate only the rest.
     */
    private static String digest(byte[] bytes) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The path without its leading slash, or {@code null} when it is not a plain path inside the site. */
    static String normalise(String raw) {
        String path = raw.startsWith("/") ? raw.substring(1) : raw;
        if (path.isEmpty()) {
            return "";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
                    || segment.indexOf('%') >= 0 || segment.indexOf(':') >= 0) {
                return null;
            }
        }
        return path;
    }

    private static boolean hasExtension(String path) {
        return !extension(path).isEmpty();
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        Problem problem = Problem.of(404, "Not Found", detail).at(request.getRequestURI());
        response.setStatus(404);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(ObjectMapperProvider.MAPPER.writeValueAsBytes(problem.toMap()));
    }
}
