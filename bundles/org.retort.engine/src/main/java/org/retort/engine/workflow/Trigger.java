package org.retort.engine.workflow;

import java.util.Objects;

/** What starts a workflow besides a person: a file dropped into a folder, or a schedule. */
public sealed interface Trigger permits Trigger.FileDrop, Trigger.Schedule {

    /**
     * Each complete file matching {@code pattern} in {@code folder} starts one run, with the file's
     * absolute path as the value of the node parameter {@code input}.
     *
     * @param folder  the watch folder, relative to the data directory or absolute
     * @param pattern a glob on the file name, e.g. {@code *.sdf}
     * @param input   the parameter the file is given to, written {@code node.parameter}, e.g. {@code read.path}
     */
    record FileDrop(String folder, String pattern, String input) implements Trigger {
        public FileDrop {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(input, "input");
        }
    }

    /**
     * Starts a run on a cron schedule.
     *
     * @param cron a Quartz cron expression, e.g. {@code 0 0 6 * * ?}
     */
    record Schedule(String cron) implements Trigger {
        public Schedule {
            Objects.requireNonNull(cron, "cron");
        }
    }
}
