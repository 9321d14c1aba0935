package org.retort.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreException;
import org.retort.store.StoreNotFoundException;

/**
 * Artifacts as files under {@code root/ab/cd/<sha256>}, their metadata in the {@code artifacts} table. An upload
 * goes to {@code root/tmp} while it is hashed, then is renamed into place (atomic on one file system); content that
 * is there already is not written twice.
 */
final class FileArtifacts extends Repository implements Artifacts {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;

    FileArtifacts(Database db, Clock clock, Path root) {
        super(db, clock);
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new StoreException("Could not create the artifact folder " + tmp + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Artifact put(InputStream content, String mediaType, String originalName) {
        Path upload = null;
        try {
            upload = Files.createTempFile(tmp, "upload-", ".part");
            MessageDigest digest = CanonicalJson.digest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(upload), digest)) {
                size = content.transferTo(out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = file(sha);
            if (Files.exists(target) && Files.size(target) == size) {
                Files.delete(upload);
            } else {
                Files.createDirectories(target.getParent());
                moveIntoPlace(upload, target);
            }
            upload = null;
            return metadata(sha, size, mediaType, originalName);
        } catch (IOException e) {
            throw new StoreException("Could not store the file " + (originalName == null ? "" : originalName + " ")
                    + "(" + e.getMessage() + ")", e);
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException ignored) {
                    // a leftover in tmp/ is harmless
                }
            }
        }
    }

    private static void moveIntoPlace(Path upload, Path target) throws IOException {
        try {
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Artifact metadata(String sha, long size, String mediaType, String name) {
        ArtifactEntity e = new ArtifactEntity();
        e.sha256 = sha;
        e.size = size;
        e.mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream"
                : truncate(mediaType.toLowerCase(Locale.ROOT), 200);
        e.name = truncate(name, 500);
        e.createdAt = now();
        try {
            return db.tx("store a file's metadata", em -> {
                ArtifactEntity existing = em.find(ArtifactEntity.class, sha);
                if (existing != null) {
                    return record(existing);
                }
                em.persist(e);
                return record(e);
            });
        } catch (StoreConflictException raced) {
            // another upload of the same content committed first
            return find(sha).orElseThrow(() -> raced);
        }
    }

    @Override
    public Optional<Artifact> find(String sha256) {
        if (!valid(sha256)) {
            return Optional.empty();
        }
        return db.tx("find a file", em -> Optional.ofNullable(em.find(ArtifactEntity.class, sha256))
                .map(FileArtifacts::record));
    }

    @Override
    public boolean exists(String sha256) {
        return find(sha256).isPresent() && Files.isRegularFile(file(sha256));
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new StoreException("Could not read file " + sha256 + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Path path(String sha256) {
        if (!exists(sha256)) {
            throw new StoreNotFoundException("There is no stored file " + sha256);
        }
        return file(sha256);
    }

    private static boolean valid(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    /** Where content with this hash lies; {@code sha256} must be 64 lower-case hex digits (no path tricks). */
    Path file(String sha256) {
        if (!valid(sha256)) {
            throw new StoreNotFoundException("There is no stored file " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static Artifact record(ArtifactEntity e) {
        return new Artifact(e.sha256, e.size, e.mediaType, e.name, e.createdAt);
    }
}
