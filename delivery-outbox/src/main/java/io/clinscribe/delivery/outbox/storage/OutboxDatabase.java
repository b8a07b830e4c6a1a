package io.clinscribe.delivery.outbox.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The outbox's embedded H2 database in one directory, held by one process at a time.
 *
 * <p>One process owns the outbox: it takes an exclusive lock on {@code outbox.lock} (released by the operating
 * system when the process ends, even by kill -9) before H2 opens the file, and H2 keeps its own file lock.
 * H2's AUTO_SERVER mode, which would let a second process in through a TCP socket, is deliberately not used:
 * it would open a listening socket on a machine holding patient data and make two writers possible.
 *
 * <p>{@code WRITE_DELAY=0}: H2 otherwise keeps commits in memory for up to half a second, and a kill -9 in
 * that time loses them (measured: a committed row and even its table gone). With 0 each commit is written to
 * the file before it returns, so what the outbox has acknowledged survives the process being killed.
 * {@code TRACE_LEVEL_FILE=0}: H2's trace file would log failing statements with their parameters, which are
 * patient documents.
 */
public final class OutboxDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "outbox";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    static final String LOCK_FILE = "outbox.lock";
    static final long COMPACT_ABOVE_BYTES = 64L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDatabase.class);

    /** H2's error code for "Database may be already in use". */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;

    private OutboxDatabase(Path directory, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and brings its schema up to date.
     *
     * @throws InUseException when another process, or another outbox in this process, holds it
     * @throws IOException    when the directory cannot be made private or is open to others
     * @throws SQLException   when H2 cannot open the file or the schema is newer than this code
     */
    public static OutboxDatabase open(Path directory, Clock clock) throws IOException, SQLException {
        OwnerOnlyFiles files = new OwnerOnlyFiles();
        Path dir = directory.toAbsolutePath().normalize();
        files.directory(dir);
        Path lockFile = dir.resolve(LOCK_FILE);
        files.file(lockFile);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new InUseException(dir);
        }
        Connection connection = null;
        try {
            List<Path> widened = files.tighten(dir);
            if (!widened.isEmpty()) {
                LOG.warn("outbox files were readable by others and are now the owner's only: {}", widened);
            }
            connection = DriverManager.getConnection(url(dir), "", "");
            connection.setAutoCommit(false);
            new Schema().migrate(connection, clock);
            files.tighten(dir);
            return new OutboxDatabase(dir, channel, lock, connection);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            lock.release();
            channel.close();
            if (e instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new InUseException(dir);
            }
            throw e;
        }
    }

    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME)
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
    }

    public Path directory() {
        return directory;
    }

    /** The one connection, not auto-committing; the caller serialises its use. */
    public Connection connection() {
        return connection;
    }

    /**
     * Closes the database, compacting it first when it is large and mostly old chunks. Every commit is written
     * at once and H2 keeps replaced chunks for 45 s (so that a power cut cannot leave it without a whole
     * version), so a burst of deliveries grows the file by far more than it holds: 330 MB for 2,300 notes of
     * 40 KB, 23 MB once compacted (2.6 s). Compacting only past {@value #COMPACT_ABOVE_BYTES} bytes keeps an
     * ordinary run's close instant.
     */
    @Override
    public void close() throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute(worthCompacting() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // the connection may already be broken; closing it below still releases the file
        } finally {
            closeQuietly(connection);
            try {
                // compacting writes a new file with the umask's permissions
                new OwnerOnlyFiles().tighten(directory);
            } finally {
                try {
                    lock.release();
                } finally {
                    lockChannel.close();
                }
            }
        }
    }

    private boolean worthCompacting() throws SQLException {
        long size = 0;
        int fill = 100;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fill = Integer.parseInt(rs.getString(2));
                }
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return size > COMPACT_ABOVE_BYTES && fill < 50;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first failure is the one worth reporting
            }
        }
    }

    /** Another process (or another outbox object in this one) has the outbox open. */
    public static final class InUseException extends IOException {
        public InUseException(Path directory) {
            super("outbox in use by another clinscribe process: " + directory);
        }
    }
}
