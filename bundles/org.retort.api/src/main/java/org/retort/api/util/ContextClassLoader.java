package org.retort.api.util;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs a piece of code with the thread context classloader (TCCL) set to the classloader of a
 * library bundle.
 *
 * <p>Many libraries (CDK's descriptor discovery, Jersey's and EclipseLink's provider lookup, Camel's
 * factory finder) find their parts through {@link java.util.ServiceLoader} or the TCCL. Inside OSGi
 * the TCCL is whatever the calling thread happened to have, so these lookups silently find nothing.
 * Pass any class of the library as the anchor: its classloader is the library bundle's, which sees
 * every embedded jar and its {@code META-INF/services}.
 *
 * <pre>{@code
 * var engine = ContextClassLoader.call(DescriptorEngine.class, () -> new DescriptorEngine(...));
 * }</pre>
 */
public final class ContextClassLoader {

    private ContextClassLoader() {
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** Calls {@code work} with the TCCL set to {@code anchor}'s classloader and restores it afterwards. */
    public static <T, E extends Exception> T call(Class<?> anchor, Work<T, E> work) throws E {
        return call(Objects.requireNonNull(anchor, "anchor").getClassLoader(), work);
    }

    /** Calls {@code work} with the TCCL set to {@code loader} and restores it afterwards. */
    public static <T, E extends Exception> T call(ClassLoader loader, Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs {@code work} with the TCCL set to {@code anchor}'s classloader and restores it afterwards. */
    public static <E extends Exception> void run(Class<?> anchor, Work<Void, E> work) throws E {
        call(anchor, work);
    }

    /** Adapts a {@link Callable}. */
    public static <T> T callable(Class<?> anchor, Callable<T> work) throws Exception {
        return call(anchor, work::call);
    }
}
