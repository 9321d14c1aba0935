package org.retort.engine.internal.trigger;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Lets through the files whose name matches a trigger's glob ({@code *.sdf}, {@code batch-?.{csv,tsv}}),
 * with Java's own glob syntax, because Camel's {@code antInclude} is not a glob and its
 * {@code include} is a regular expression — neither is what the workflow format promises.
 */
final class GlobFilter implements GenericFileFilter<File> {

    private final PathMatcher matcher;

    /** @throws IllegalArgumentException when {@code glob} is not a valid pattern */
    GlobFilter(String glob) {
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return !file.isDirectory() && matches(file.getFileNameOnly());
    }

    boolean matches(String fileName) {
        return matcher.matches(Path.of(fileName));
    }
}
