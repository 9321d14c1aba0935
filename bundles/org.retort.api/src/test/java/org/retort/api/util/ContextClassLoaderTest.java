package org.retort.api.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class ContextClassLoaderTest {

    @Test
    void setsTheLoaderDuringTheCallAndRestoresItAfterwards() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader other = new URLClassLoader(new URL[0], null)) {
            ClassLoader seen = ContextClassLoader.call(other, () -> Thread.currentThread().getContextClassLoader());
            assertThat(seen).isSameAs(other);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void restoresTheLoaderWhenTheWorkThrows() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        assertThatThrownBy(() -> ContextClassLoader.call(String.class, () -> {
            throw new IOException("boom");
        })).isInstanceOf(IOException.class).hasMessage("boom");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void anchorsOnTheClassLoaderOfTheGivenClass() {
        ClassLoader seen = ContextClassLoader.call(ContextClassLoaderTest.class,
                () -> Thread.currentThread().getContextClassLoader());
        assertThat(seen).isSameAs(ContextClassLoaderTest.class.getClassLoader());
    }
}
