/**
 * Retort's web API surface for bundles: publish a JAX-RS resource or provider as a
 * {@link org.retort.web.JaxRsComponent} service and it appears under {@code /api}; report errors as
 * {@link org.retort.web.Problem} (RFC 9457, {@code application/problem+json}).
 */
@Version("0.2.0")
package org.retort.web;

import org.osgi.annotation.versioning.Version;
