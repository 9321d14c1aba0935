package org.retort.web;

/**
 * Marker for a JAX-RS resource or provider (exception mapper, filter, message body reader/writer)
 * contributed to Retort's API by any bundle.
 *
 * <p>Register an implementation as an OSGi service of this type (with Declarative Services:
 * {@code @Component(service = JaxRsComponent.class)}). Its {@code @Path} is relative to {@code /api},
 * so a resource at {@code @Path("v1/things")} answers {@code /api/v1/things}. The API picks the
 * service up when it appears and drops it when it leaves: this is how a bundle deployed at run time
 * adds endpoints without a restart.
 */
public interface JaxRsComponent {
}
