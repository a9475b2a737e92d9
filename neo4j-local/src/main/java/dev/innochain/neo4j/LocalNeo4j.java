package dev.innochain.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to 127.0.0.1.
 *
 * <p>Usage: {@code java -jar innochain-neo4j-local.jar --home DIR [--bolt-port 7687]}. The store lives
 * in DIR; the neo4j user's password is generated once and kept in DIR/password (mode 0600). Prints
 * {@code READY bolt://127.0.0.1:PORT} once Bolt accepts connections and shuts down cleanly on
 * SIGTERM/SIGINT so the store is never left corrupt.
 */
public final class LocalNeo4j {
  private static final int EXIT_USAGE = 2;
  private static final int EXIT_PORT_TAKEN = 3;
  private static final int EXIT_START_FAILED = 4;

  /**
   * Transaction logs kept after a checkpoint. Neo4j keeps 2 days of them by default, for the
   * incremental backups Community has no tool for; a day of loading wrote 16 GB of them here.
   * Recovery needs only the logs since the last checkpoint, which Neo4j keeps whatever this says.
   */
  private static final String TX_LOG_RETENTION = "512M size";

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int boltPort = 7687;
    String pageCache = "256m";
    String txTimeout = "60s";
    for (int i = 0; i < args.length; i++) {
      String next = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--home" -> { home = Path.of(require(next, "--home")); i++; }
        case "--bolt-port" -> { boltPort = parsePort(require(next, "--bolt-port")); i++; }
        case "--page-cache" -> { pageCache = require(next, "--page-cache"); i++; }
        case "--tx-timeout" -> { txTimeout = require(next, "--tx-timeout"); i++; }
        default -> fail(EXIT_USAGE, "unknown argument " + args[i]);
      }
    }
    if (home == null) fail(EXIT_USAGE, "--home DIR is required");
    home = home.toAbsolutePath();
    Files.createDirectories(home);

    if (!portIsFree(boltPort)) {
      fail(EXIT_PORT_TAKEN, "port 127.0.0.1:" + boltPort + " is already in use; set INNOCHAIN_BOLT_PORT to another port");
    }

    boolean freshStore = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
    String password = readOrCreatePassword(home.resolve("password"));

    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
          .setConfig(GraphDatabaseSettings.transaction_timeout, parseDuration(txTimeout))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION)
          .build();
    } catch (RuntimeException e) {
      fail(EXIT_START_FAILED, "Neo4j failed to start: " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      service.shutdown();
      System.out.println("STOPPED");
      stopped.countDown();
    }, "neo4j-shutdown"));

    if (freshStore) {
      // A new store starts with neo4j/neo4j (change required); replace it with our generated password.
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
    System.out.println("READY bolt://127.0.0.1:" + boltPort);
    System.out.flush();
    stopped.await();
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).trim();
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.writeString(file, password + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return password;
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String require(String value, String flag) {
    if (value == null) fail(EXIT_USAGE, flag + " needs a value");
    return value;
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) throw new NumberFormatException();
      return port;
    } catch (NumberFormatException e) {
      fail(EXIT_USAGE, "invalid port " + value);
      return -1;
    }
  }

  private static long parseBytes(String value) {
    String v = value.trim().toLowerCase();
    long unit = 1;
    if (v.endsWith("k")) unit = 1024L;
    else if (v.endsWith("m")) unit = 1024L * 1024;
    else if (v.endsWith("g")) unit = 1024L * 1024 * 1024;
    String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static Duration parseDuration(String value) {
    String v = value.trim().toLowerCase();
    if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
    if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
    return Duration.ofSeconds(Long.parseLong(v));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void fail(int code, String message) {
    System.err.println("ERROR " + message);
    System.exit(code);
  }
}
