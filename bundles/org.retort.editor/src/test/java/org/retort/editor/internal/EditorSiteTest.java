package org.retort.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The editor's build is on the test classpath (target/classes/editor): the bundle carries a real site. */
class EditorSiteTest {

    private final EditorSite site = new EditorSite(name -> EditorSiteTest.class.getClassLoader().getResource(name));

    @Test
    void servesTheBuiltIndexAndTheAssetsItNames() throws Exception {
        String index;
        try (InputStream in = site.resource("index.html").openStream()) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(index).contains("<div id=\"root\"></div>");
        var script = java.util.regex.Pattern.compile("src=\"/(assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html loads a hashed script from assets/").isTrue();
        assertThat(site.resource(script.group(1))).isNotNull();
    }

    @Test
    void answersNothingForMissingFilesAndFolders() {
        assertThat(site.resource("no-such-file.js")).isNull();
        assertThat(site.resource("assets/")).isNull();
    }
}
