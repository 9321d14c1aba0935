package org.retort.editor.internal;

import java.net.URL;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.retort.web.WebContent;

/**
 * Serves the built editor (the {@code editor/} folder of this bundle, made by Vite from {@code frontend/}) at the
 * site root. Upgrading this bundle swaps the editor without restarting the server.
 */
@Component(service = WebContent.class)
public final class EditorSite implements WebContent {

    static final String ROOT = "editor/";

    private final ResourceLookup lookup;

    /** How a file is found: a bundle entry at run time, a classpath resource in tests. */
    @FunctionalInterface
    interface ResourceLookup {
        URL find(String name);
    }

    @Activate
    public EditorSite(BundleContext context) {
        this(name -> context.getBundle().getEntry(name));
    }

    EditorSite(ResourceLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public URL resource(String path) {
        URL url = lookup.find(ROOT + path);
        // a folder is not a file: bundle entries answer folders too
        return url == null || url.getPath().endsWith("/") ? null : url;
    }
}
