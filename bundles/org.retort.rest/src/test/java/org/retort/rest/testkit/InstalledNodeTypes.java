package org.retort.rest.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.retort.api.node.NodeType;
import org.retort.engine.internal.NodeRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The node types of every node bundle on the test classpath, found the way Declarative Services
 * finds them: each jar's {@code Service-Component} header names component descriptions, and every
 * component providing {@code org.retort.api.node.NodeType} is instantiated and bound to the engine's
 * real {@link NodeRegistry}. Add {@code org.retort.node.chem} (say) as a test dependency and its node
 * types are installed; nothing is listed by hand.
 *
 * <p>Node types with references (services they need, such as the Register node's store) cannot be built this way:
 * they are left out and named by {@link #withReferences()}; a test that needs one binds it by hand.
 */
public final class InstalledNodeTypes {

    private static volatile NodeRegistry shared;
    private static final Set<String> WITH_REFERENCES = ConcurrentHashMap.newKeySet();

    private InstalledNodeTypes() {
    }

    /** One registry for the whole test run (reflecting CDK-backed node types takes a few seconds). */
    public static NodeRegistry registry() {
        NodeRegistry r = shared;
        if (r == null) {
            synchronized (InstalledNodeTypes.class) {
                r = shared;
                if (r == null) {
                    r = new NodeRegistry();
                    nodeTypes().forEach(r::addNodeType);
                    shared = r;
                }
            }
        }
        return r;
    }

    /** The node type components left out because they have references, by component name. */
    public static Set<String> withReferences() {
        nodeTypes();
        return Set.copyOf(WITH_REFERENCES);
    }

    /** A fresh instance of every node type component on the classpath that has no references. */
    public static List<NodeType<?>> nodeTypes() {
        var nodes = new ArrayList<NodeType<?>>();
        ClassLoader loader = InstalledNodeTypes.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                String header;
                try (InputStream in = url.openStream()) {
                    header = new Manifest(in).getMainAttributes().getValue("Service-Component");
                }
                if (header == null) {
                    continue;
                }
                String jar = url.toString().substring(0, url.toString().length() - "META-INF/MANIFEST.MF".length());
                for (String path : header.split(",")) {
                    nodes.addAll(nodeTypes(new URL(jar + path.trim()), loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    private static List<NodeType<?>> nodeTypes(URL description, ClassLoader loader) {
        var nodes = new ArrayList<NodeType<?>>();
        try (InputStream in = description.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(in);
            NodeList components = xml.getElementsByTagNameNS("*", "component");
            for (int i = 0; i < components.getLength(); i++) {
                Element component = (Element) components.item(i);
                if (!provides(component, NodeType.class.getName())) {
                    continue;
                }
                if (component.getElementsByTagName("reference").getLength() > 0) {
                    WITH_REFERENCES.add(component.getAttribute("name"));
                    continue;
                }
                Element implementation = (Element) component.getElementsByTagName("implementation").item(0);
                Class<?> type = loader.loadClass(implementation.getAttribute("class"));
                nodes.add((NodeType<?>) type.getDeclaredConstructor().newInstance());
            }
        } catch (java.io.FileNotFoundException stale) {
            // a build directory's manifest from an earlier package run may name descriptions not generated yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot build the node types of " + description + ": " + e, e);
        }
        return nodes;
    }

    private static boolean provides(Element component, String service) {
        NodeList provides = component.getElementsByTagName("provide");
        for (int i = 0; i < provides.getLength(); i++) {
            if (service.equals(((Element) provides.item(i)).getAttribute("interface"))) {
                return true;
            }
        }
        return false;
    }
}
