package org.retort.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * A class loader that sees this bundle (migrations, entities) first and a library bundle (Flyway's or EclipseLink's
 * embedded jars and their {@code META-INF/services}) second. Inside OSGi a bundle's own loader sees neither another
 * bundle's resources nor packages it does not import, yet Flyway finds its database plugins and our SQL files
 * through one class loader, and EclipseLink loads its platform and logger classes by name through the loader it is
 * given.
 */
final class JoinedClassLoader extends ClassLoader {

    private final ClassLoader library;

    private JoinedClassLoader(ClassLoader own, ClassLoader library) {
        super(own);
        this.library = library;
    }

    /** {@code own} alone when both are the same loader (a plain class path), else both. */
    static ClassLoader of(ClassLoader own, ClassLoader library) {
        return own == library ? own : new JoinedClassLoader(own, library);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return library.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return library.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return library.getResources(name);
    }
}
