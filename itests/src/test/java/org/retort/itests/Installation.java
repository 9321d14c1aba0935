package org.retort.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Retort installation as a user gets it: the tar.gz unpacked into {@code target/launcher-it}, on free
 * ports, driven with {@code bin/retort} with an empty home directory (no Maven repository, no
 * network to fetch from) and the administrator's password in {@code RETORT_ADMIN_PASSWORD}.
 */
final class Installation {

    static final String ADMIN_PASSWORD = "correct horse battery staple";

    final Path home;
    final Path emptyUserHome;
    final int port;

    private Installation(Path home, Path emptyUserHome, int port) {
        this.home = home;
        this.emptyUserHome = emptyUserHome;
        this.port = port;
    }

    /** Unpacks the distribution and gives it free ports. */
    static Installation unpack() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("project.build.directory", "target"), "launcher-it"));
        Path dir = Files.createTempDirectory(work, "dist");
        run(dir, Map.of(), 60, "tar", "xzf", System.getProperty("retort.distribution"));
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        var installation = new Installation(home, Files.createTempDirectory(work, "home"), Ports.free());
        installation.setCfg("etc/org.retort.web.cfg", "port", String.valueOf(installation.port));
        installation.setCfg("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(Ports.free()));
        return installation;
    }

    /** Sets {@code key} in the configuration file {@code file} (relative to the installation). */
    void setCfg(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        String replaced = text.replaceAll("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$", Matcher.quoteReplacement(key + " = " + value));
        Files.writeString(path, replaced.equals(text) ? text + "\n" + key + " = " + value + "\n" : replaced);
    }

    /** {@code bin/retort command}. */
    Result launcher(String command) throws Exception {
        return run(home, Map.of("RETORT_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "EXTRA_JAVA_OPTS", "-Duser.home=" + emptyUserHome,
                "HOME", emptyUserHome.toString(),
                "RETORT_START_TIMEOUT", "120"), 240, "bin/retort", command);
    }

    record Result(int exit, String output) {
    }

    static Result run(Path dir, Map<String, String> env, int seconds, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        File out = File.createTempFile("retort-it", ".out");
        pb.redirectOutput(out);
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s:\n"
                    + Files.readString(out.toPath()));
        }
        String output = Files.readString(out.toPath());
        Files.delete(out.toPath());
        return new Result(p.exitValue(), output);
    }
}
