package org.retort.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.retort.store.Backup;
import org.retort.store.Backups;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of an embedded Derby store into {@code backupsDir/<yyyyMMdd-HHmmss>/}: {@code database/} (Derby's online
 * backup, {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: a consistent copy while Retort runs), {@code artifacts/} (the
 * artifact files, hard-linked when on the same file system, copied otherwise; files still being uploaded are left
 * out) and {@code backup.properties} (what it is). A backup is made in a {@code .partial} folder and renamed when
 * complete, so a failed one leaves nothing that looks usable.
 */
final class DerbyBackups implements Backups {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyBackups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String MANIFEST = "backup.properties";
    private static final String PARTIAL = ".partial";

    private final Database db;
    private final StoreSettings settings;
    private final Clock clock;

    DerbyBackups(Database db, StoreSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized Backup create() {
        if (!settings.derby()) {
            throw new StoreConflictException("This Retort keeps its data in " + settings.safeUrl().replaceAll("^jdbc:(\\w+):.*", "$1")
                    + ": back up that database with its own tools (pg_dump for PostgreSQL) and the artifact folder "
                    + settings.artifactsDir() + " with the file backup (docs/operations.md).");
        }
        Instant now = clock.instant();
        Path root = settings.backupsDir();
        String name = uniqueName(root, NAME.format(now));
        Path partial = root.resolve(name + PARTIAL);
        long started = System.nanoTime();
        try {
            Files.createDirectories(partial);
            backupDatabase(partial.resolve("database"));
            int artifacts = linkArtifacts(partial.resolve("artifacts"));
            Properties manifest = new Properties();
            manifest.setProperty("name", name);
            manifest.setProperty("createdAt", now.toString());
            manifest.setProperty("database", settings.safeUrl());
            manifest.setProperty("databaseFolder", databaseName());
            manifest.setProperty("artifacts", String.valueOf(artifacts));
            try (OutputStream out = Files.newOutputStream(partial.resolve(MANIFEST))) {
                manifest.store(out, "Retort store backup; restore with Retort stopped: see docs/operations.md");
            }
            Path done = root.resolve(name);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            Backup backup = read(done);
            LOG.info("Backed up the store to {} ({} artifacts, {} MB on disk) in {} ms", done, artifacts,
                    backup.bytes() / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            return backup;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("The backup failed and was removed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Backup> list() {
        Path root = settings.backupsDir();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        var backups = new ArrayList<Backup>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                if (!folder.getFileName().toString().endsWith(PARTIAL) && Files.isRegularFile(folder.resolve(MANIFEST))) {
                    backups.add(read(folder));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + root + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::createdAt).thenComparing(Backup::name).reversed());
        return backups;
    }

    private void backupDatabase(Path target) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toAbsolutePath().toString());
            call.execute();
            connection.commit();
        }
    }

    /** The folder name Derby gives the database inside the backup: the last part of its path. */
    private String databaseName() {
        String path = settings.url().substring("jdbc:derby:".length()).replaceFirst(";.*$", "").replaceFirst("^memory:", "");
        return Path.of(path).getFileName().toString();
    }

    private int linkArtifacts(Path target) throws IOException {
        Path source = settings.artifactsDir();
        Files.createDirectories(target);
        if (!Files.isDirectory(source)) {
            return 0;
        }
        Path uploads = source.resolve("tmp");
        AtomicInteger count = new AtomicInteger();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(file) || file.startsWith(uploads)) {
                    continue;
                }
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.createLink(copy, file);
                } catch (UnsupportedOperationException | IOException notLinkable) {
                    if (notLinkable instanceof FileAlreadyExistsException) {
                        throw (IOException) notLinkable;
                    }
                    Files.copy(file, copy);
                }
                count.incrementAndGet();
            }
        }
        return count.get();
    }

    private static Backup read(Path folder) {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(MANIFEST))) {
            manifest.load(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read the backup " + folder + ": " + e.getMessage(), e);
        }
        AtomicLong bytes = new AtomicLong();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    bytes.addAndGet(Files.size(file));
                } catch (IOException gone) {
                    // counted as nothing
                }
            });
        } catch (IOException e) {
            throw new StoreException("Cannot measure the backup " + folder + ": " + e.getMessage(), e);
        }
        return new Backup(folder.getFileName().toString(), Instant.parse(manifest.getProperty("createdAt")), bytes.get(),
                Integer.parseInt(manifest.getProperty("artifacts", "0")), folder.toAbsolutePath().toString());
    }

    private static String uniqueName(Path root, String base) {
        String name = base;
        for (int i = 2; Files.exists(root.resolve(name)) || Files.exists(root.resolve(name + PARTIAL)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover .partial folder is never listed
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
