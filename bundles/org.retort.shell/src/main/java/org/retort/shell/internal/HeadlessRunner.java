package org.retort.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.NodeCatalog;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Behind {@code bin/retort run|nodes|validate|export}: when Retort is started with
 * {@code -Dretort.headless.request=<file>}, this component carries out the request written in that
 * file (a properties file: {@code command}, {@code workflow}, {@code input.<node>}, {@code output},
 * {@code result}), prints to standard output, writes the exit code to the {@code result} file and
 * shuts the framework down. Without the property it does nothing.
 */
@Component(immediate = true)
public final class HeadlessRunner {

    private static final Logger LOG = LoggerFactory.getLogger(HeadlessRunner.class);
    static final String REQUEST = "retort.headless.request";
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    @Activate
    public HeadlessRunner(BundleContext context, @Reference NodeCatalog catalog, @Reference WorkflowEngine engine) {
        String request = context.getProperty(REQUEST);
        if (request == null || request.isBlank()) {
            return;
        }
        Thread worker = new Thread(() -> {
            int exit = 2;
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(request))) {
                props.load(in);
                awaitBoot(context);
                exit = carryOut(props, new Operations(catalog, engine), catalog, System.out);
            } catch (Exception e) {
                System.out.println("retort: " + e.getMessage());
                LOG.warn("Headless request {} failed: {}", request, e.toString());
            } finally {
                writeResult(props.getProperty("result"), exit);
                shutdown(context);
            }
        }, "retort-headless");
        worker.setDaemon(true);
        worker.start();
    }

    static int carryOut(Properties props, Operations operations, NodeCatalog catalog, PrintStream out) throws Exception {
        String command = props.getProperty("command", "");
        Path cwd = Path.of(props.getProperty("cwd", System.getProperty("user.dir")));
        switch (command) {
            case "nodes" -> {
                out.print(operations.nodes());
                return 0;
            }
            case "validate" -> {
                Path file = cwd.resolve(props.getProperty("workflow"));
                awaitNodeTypes(catalog, file);
                List<ValidationProblem> problems = operations.validate(file);
                out.print(problems.isEmpty() ? file + ": valid\n" : file + " has " + problems.size() + " problem(s):\n" + Operations.describe(problems));
                return problems.isEmpty() ? 0 : 1;
            }
            case "export" -> {
                Path file = cwd.resolve(props.getProperty("workflow"));
                awaitNodeTypes(catalog, file);
                out.print(operations.camelYaml(file));
                return 0;
            }
            case "run" -> {
                // one or more workflows (workflow, workflow.2, workflow.3 …), run one after the other;
                // with several, each writes into a folder of the output directory named after it
                List<Path> files = new ArrayList<>();
                files.add(cwd.resolve(props.getProperty("workflow")));
                for (int i = 2; props.getProperty("workflow." + i) != null; i++) {
                    files.add(cwd.resolve(props.getProperty("workflow." + i)));
                }
                List<String> pairs = new ArrayList<>();
                props.stringPropertyNames().stream().filter(k -> k.startsWith("input.")).sorted()
                        .forEach(k -> pairs.add(k.substring("input.".length()) + "=" + props.getProperty(k)));
                Path output = cwd.resolve(props.getProperty("output", "."));
                Duration timeout = Duration.ofSeconds(Long.parseLong(props.getProperty("timeout", "86400")));
                int exit = 0;
                for (Path file : files) {
                    awaitNodeTypes(catalog, file);
                    Path into = files.size() == 1 ? output : output.resolve(file.getFileName().toString().replaceFirst("\\.json$", ""));
                    RunRequest request = new RunRequest(RunRequest.parseInputs(pairs, cwd), into);
                    Run run = operations.run(file, request, RunOptions.defaults(), out, timeout);
                    if (run.state() != RunState.SUCCEEDED) {
                        exit = 1;
                    }
                }
                return exit;
            }
            default -> throw new IllegalArgumentException("unknown headless command '" + command + "'");
        }
    }

    /** Node bundles start in parallel with this one: give the workflow's node types a moment to arrive. */
    private static void awaitNodeTypes(NodeCatalog catalog, Path file) throws InterruptedException {
        Workflow workflow;
        try {
            workflow = WorkflowJson.read(file);
        } catch (Exception unreadable) {
            return; // validation reports it, with its location
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline
                && workflow.nodes().stream().anyMatch(n -> catalog.find(n.type(), n.version()).isEmpty())) {
            Thread.sleep(100);
        }
    }

    private static void awaitBoot(BundleContext context) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (context.getServiceReference(BOOT_FINISHED) == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void writeResult(String result, int exit) {
        if (result == null) {
            return;
        }
        try {
            Files.writeString(Path.of(result), "exit=" + exit + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot write the headless result to {}: {}", result, e.toString());
        }
    }

    private static void shutdown(BundleContext context) {
        System.out.flush();
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Cannot stop the framework after the headless request: {}", e.toString());
        }
    }
}
