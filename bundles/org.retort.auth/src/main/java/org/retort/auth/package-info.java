/**
 * Who is calling the API: resources read the {@link org.retort.auth.Caller} from JAX-RS's
 * {@code SecurityContext} (see {@link org.retort.auth.Caller#of}). Authentication, the role table and
 * every account flow live in this bundle's internals.
 */
@Version("0.1.0")
package org.retort.auth;

import org.osgi.annotation.versioning.Version;
