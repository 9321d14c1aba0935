package org.retort.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The one container configuration of the in-container tests: the assembled distribution (the same
 * tar.gz users get), on free ports, booted once for the whole suite.
 */
public abstract class RetortContainer {

    /** Every test waits until Karaf has installed the boot features (they install asynchronously). */
    @javax.inject.Inject
    protected org.apache.karaf.features.BootFinished bootFinished;

    @Configuration
    public Option[] config() {
        String distribution = new File(System.getProperty("retort.distribution")).toURI().toString();
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        Option keep = Boolean.getBoolean("retort.exam.keep")
                ? org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder()
                : org.ops4j.pax.exam.CoreOptions.systemProperty("retort.exam.kept").value("false");
        return new Option[] {
            keep,
            org.ops4j.pax.exam.CoreOptions.systemProperty("retort.example.plugin").value(System.getProperty("retort.example.plugin")),
            karafDistributionConfiguration().frameworkUrl(distribution).name("Retort")
                    .unpackDirectory(new File(System.getProperty("project.build.directory", "target"), "exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            systemTimeout(Long.getLong("retort.exam.timeout", 300_000)),
            // as bin/retort does: boot features install beside the start-level thread, not in it (a first provisioning
            // that refreshes a startup bundle can deadlock with that thread: seen as a container that never came up)
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBootAsynchronous", "true"),
            // injected services (BootFinished below) may take that long on a loaded 2-core machine
            org.ops4j.pax.exam.CoreOptions.systemProperty("org.ops4j.pax.exam.service.timeout").value("180000"),
            editConfigurationFilePut("etc/org.retort.web.cfg", "port", String.valueOf(Ports.free())),
            editConfigurationFilePut("etc/org.retort.web.cfg", "host", "127.0.0.1"),
            editConfigurationFilePut("etc/org.retort.triggers.cfg", "readLockMinAgeMillis", "1000"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(Ports.free())),
            // Pax Exam's own probe bundles come from the build's local repository; Retort's come from system/.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
        };
    }

    /** The port this container's web server was configured with (read inside the container). */
    protected static int webPort() throws IOException {
        Properties cfg = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "org.retort.web.cfg"))) {
            cfg.load(in);
        }
        return Integer.parseInt(cfg.getProperty("port").trim());
    }

}
