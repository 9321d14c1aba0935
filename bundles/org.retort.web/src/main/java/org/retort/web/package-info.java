/**
 * Retort's web API surface for bundles: publish a JAX-RS resource or provider as a
 * {@link org.retort.web.JaxRsComponent} service and it appears under {@code /api}; report errors as
 * {@link org.retort.web.Problem} (RFC 9457, {@code application/problem+json}); publish a
 * {@link org.retort.web.WebContent} service to serve a single-page application at the site root.
 */
@Version("0.3.0")
package org.retort.web;

import org.osgi.annotation.versioning.Version;
