package org.retort.engine.internal.trigger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.retort.engine.RunOptions;

/**
 * Where triggers keep their files and how patient the file watch is.
 *
 * @param baseDirectory  what relative watch folders resolve against (Retort's data directory)
 * @param stateDirectory where each file-drop trigger records the files it has processed, so a restart
 *                       does not process them again
 * @param poll           how often a watch folder is listed
 * @param readLockCheck  how often a file that is not complete yet is looked at again
 * @param readLockMinAge how long a file must have been left unchanged before it counts as complete;
 *                       longer than the longest pause of the slowest writer (a copy over the network)
 * @param runOptions     the options of the runs triggers start
 */
public record TriggerSettings(Path baseDirectory, Path stateDirectory, Duration poll, Duration readLockCheck,
        Duration readLockMinAge, RunOptions runOptions) {

    public TriggerSettings {
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        stateDirectory = stateDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(runOptions, "runOptions");
        if (poll.toMillis() < 1 || readLockCheck.toMillis() < 1 || readLockMinAge.toMillis() < 1) {
            throw new IllegalArgumentException("poll, readLockCheck and readLockMinAge must be at least 1 ms");
        }
    }

    /**
     * Watch folders under {@code baseDirectory}, state in its {@code state/triggers}; folders listed
     * every second, a file taken once unchanged for 5 s (a slow network copy pauses for seconds).
     */
    public static TriggerSettings defaults(Path baseDirectory) {
        return new TriggerSettings(baseDirectory, baseDirectory.resolve("state").resolve("triggers"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5), RunOptions.defaults());
    }

    /** How long the read lock waits for one file before leaving it to the next poll. */
    Duration readLockTimeout() {
        return readLockMinAge.multipliedBy(2).plus(readLockCheck.multipliedBy(10));
    }

    /** {@code folder} as written in a trigger, resolved against the base directory. */
    Path watchFolder(String folder) {
        return baseDirectory.resolve(folder).normalize();
    }
}
