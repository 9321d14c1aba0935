package org.retort.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The distribution as a user gets it: unpacked from the tar.gz, started with {@code bin/retort} with
 * no Maven repository and no network to fetch from (an empty home directory, Karaf's resolver set
 * offline), then stopped. Start-up time and resident memory go to {@code target/startup-metrics.txt}
 * (measured, never asserted).
 */
public class LauncherIT {

    private Installation installation;
    private Path home;
    private Path emptyUserHome;
    private int port;

    @Before
    public void unpack() throws Exception {
        installation = Installation.unpack();
        home = installation.home;
        emptyUserHome = installation.emptyUserHome;
        port = installation.port;
    }

    @After
    public void stop() throws Exception {
        if (home != null) {
            launcher("stop");
        }
    }

    @Test
    public void startsOfflineReadyAndCleanThenStopsAndStartsAgain() throws Exception {
        long t0 = System.nanoTime();
        Installation.Result first = launcher("start");
        long startMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(first.output(), 0, first.exit());
        assertTrue(first.output(), first.output().contains("Created the administrator 'admin' (API and console) with the password from RETORT_ADMIN_PASSWORD"));

        Http.Answer ready = Http.get(port, "/api/v1/ready");
        assertEquals(ready.body(), 200, ready.status());
        assertEquals(200, Http.get(port, "/api/v1/health").status());
        Http.Answer login = Http.post(port, "/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + Installation.ADMIN_PASSWORD + "\"}");
        assertEquals("the API administrator logs in with the password the launcher was given: " + login.body(), 200, login.status());
        assertFalse("the first administrator's password file is gone", Files.exists(home.resolve("data/retort/initial-admin")));

        String users = Files.readString(home.resolve("etc/users.properties"));
        assertFalse("the password is not stored in clear", users.contains("correct horse battery staple"));
        assertTrue(users, Pattern.compile("admin = \\{CRYPT\\}[0-9a-f]{128}\\{CRYPT\\}").matcher(users).find());

        String log = Files.readString(home.resolve("data/log/karaf.log"));
        List<String> problems = log.lines().filter(l -> l.contains("| ERROR") || l.contains("| WARN")
                || l.startsWith("\tat ") || l.contains("Exception")).toList();
        assertEquals("warnings, errors or stack traces on a clean start", List.of(), problems);
        assertFalse("nothing was fetched from a remote repository", log.contains("Downloading"));

        long rssKb = residentKb();
        Installation.Result status = launcher("status");
        assertEquals(status.output(), 0, status.exit());

        Installation.Result stopped = launcher("stop");
        assertEquals(stopped.output(), 0, stopped.exit());
        assertEquals("the port is closed", 0, Http.get(port, "/api/v1/health").status());

        long t1 = System.nanoTime();
        Installation.Result second = launcher("start");
        long restartMillis = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(second.output(), 0, second.exit());
        assertFalse("the administrator is created once", second.output().contains("Created the administrator"));

        Files.writeString(Path.of(System.getProperty("project.build.directory", "target"), "startup-metrics.txt"),
                "first start to ready (bin/retort start): " + startMillis + " ms\n"
                        + "second start to ready: " + restartMillis + " ms\n"
                        + "resident memory after first start: " + rssKb / 1024 + " MB\n"
                        + "API up after (launcher's own measure): " + apiUp(first.output()) + " ms\n",
                StandardCharsets.UTF_8);
    }

    /**
     * The example workflows that ship with the distribution run headless from {@code bin/retort run}
     * (no server started), on real molecules, and write what they promise.
     */
    @Test
    public void theExampleWorkflowsRunHeadlessAndWriteTheirResults() throws Exception {
        Path out = Files.createTempDirectory(home.getParent(), "out");
        Installation.Result run = run(home, Map.of("EXTRA_JAVA_OPTS", "-Duser.home=" + emptyUserHome, "HOME", emptyUserHome.toString()),
                600, "bin/retort", "run", "examples/descriptors.json", "examples/pains-triage.json",
                "examples/compound-triage.json", "examples/pactivity-model.json", "examples/pactivity-register.json",
                "examples/pactivity-predict.json", "--output", out.toString());
        assertEquals(run.output(), 0, run.exit());
        assertEquals(run.output(), 6, run.output().split("SUCCEEDED\n", -1).length - 1);

        List<String> descriptors = Files.readAllLines(out.resolve("descriptors/descriptors.csv"));
        assertEquals("header + the 500 NCI molecules", 501, descriptors.size());
        assertTrue(descriptors.get(0), descriptors.get(0).contains(",tpsa,") && descriptors.get(0).contains(",xlogp,"));
        List<String> pains = Files.readAllLines(out.resolve("pains-triage/pains.csv"));
        assertEquals(501, pains.size());
        assertTrue("some NCI molecules are flagged", pains.stream().anyMatch(l -> l.endsWith(",false")));
        List<String> triage = Files.readAllLines(out.resolve("compound-triage/triage.csv"));
        assertEquals("header + the 1,017 ChEMBL compounds", 1018, triage.size());
        assertTrue(triage.get(1), triage.get(1).endsWith(",1"));
        String top = Files.readString(out.resolve("compound-triage/top25.sdf"));
        assertEquals(25, top.split("\\$\\$\\$\\$", -1).length - 1);
        List<String> metrics = Files.readAllLines(out.resolve("pactivity-model/metrics.csv"));
        String testRmse = metrics.stream().filter(l -> l.startsWith("test,rmse,")).findFirst().orElseThrow();
        double rmse = Double.parseDouble(testRmse.split(",")[2]);
        assertTrue("XGBoost on ECFP4 inside Karaf, held-out RMSE of pIC50: " + testRmse, rmse > 0.3 && rmse < 0.7);
        // a model trained and registered by one workflow predicts new molecules, by name, in the next
        List<String> predictions = Files.readAllLines(out.resolve("pactivity-predict/predictions.csv"));
        assertTrue("header + predicted molecules: " + predictions.size(), predictions.size() > 400);
        String header = predictions.get(0);
        assertTrue(header.substring(Math.max(0, header.length() - 300)),
                header.contains("pIC50_predicted") && header.contains("pIC50_predicted_in_domain"));
    }

    private static String apiUp(String output) {
        Matcher m = Pattern.compile("API up after (\\d+) ms").matcher(output);
        return m.find() ? m.group(1) : "?";
    }

    private long residentKb() throws Exception {
        Installation.Result pid = run(home, Map.of(), 10, "pgrep", "-f", "--", "-Dkaraf.home=" + home + " ");
        Installation.Result rss = run(home, Map.of(), 10, "ps", "-o", "rss=", "-p", pid.output().trim().split("\\s+")[0]);
        return Long.parseLong(rss.output().trim());
    }

    private Installation.Result launcher(String command) throws Exception {
        return installation.launcher(command);
    }

    private static Installation.Result run(Path dir, Map<String, String> env, int seconds, String... command) throws Exception {
        return Installation.run(dir, env, seconds, command);
    }
}
