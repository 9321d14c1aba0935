package org.retort.web;

import java.net.URL;

/**
 * Static files served by Retort's web server at the site root, outside {@code /api}: the browser editor is
 * one. Register an implementation as an OSGi service; when several are registered, the one with the highest
 * {@code service.ranking} is served, and when it leaves the next one takes over without a restart.
 *
 * <p>The site is a single-page application: a path that names no file and has no file extension is answered
 * with {@code index.html}, so the application's own routes survive a reload. Files under {@code assets/} are
 * expected to carry a content hash in their names and are cached by browsers for a year; everything else is
 * revalidated on every load.
 */
public interface WebContent {

    /**
     * The file at a path relative to the site root, such as {@code index.html} or {@code assets/app-1a2b3c.js},
     * or {@code null} when there is none. The path is already normalised: no leading slash, no {@code ..}
     * segment, no empty segment.
     */
    URL resource(String path);
}
