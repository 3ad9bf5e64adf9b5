package claimdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger on a shared PostgreSQL server (a desk), named {@code postgresql://host:port/db} by {@code --db} or
 * {@code CLAIMDESK_DB}. The user comes from {@code PGUSER} or is the OS user; the password from {@code PGPASSWORD}
 * or {@code ~/.pgpass}, never from the address, so it does not end up in a shell history or a process list.
 */
public record LedgerServer(String host, int port, String database, String user, String password) {

    public static final String SCHEME = "postgresql://";
    private static final Pattern ADDRESS = Pattern.compile("postgresql://([^:/@]+)(?::(\\d{1,5}))?/([A-Za-z0-9_.-]+)");

    /** True when {@code location} names a server rather than a ledger folder. */
    public static boolean isServer(String location) {
        return location != null && location.startsWith(SCHEME);
    }

    /**
     * Reads a server address; {@code env} gives {@code PGUSER} and {@code PGPASSWORD}, {@code home} the
     * {@code .pgpass} file and {@code osUser} the user when {@code PGUSER} is not set.
     */
    public static LedgerServer parse(String address, Map<String, String> env, Path home, String osUser) {
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches()) {
            throw new LedgerException("A server ledger is written postgresql://host:port/database (the user comes "
                    + "from PGUSER, the password from PGPASSWORD or ~/.pgpass), not " + address);
        }
        String host = matcher.group(1);
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        String database = matcher.group(3);
        String user = nonBlank(env.get("PGUSER")).orElse(osUser);
        String password = nonBlank(env.get("PGPASSWORD"))
                .or(() -> PgPass.lookup(pgpassFile(env, home), host, port, database, user))
                .orElse(null);
        return new LedgerServer(host, port, database, user, password);
    }

    public static LedgerServer parse(String address) {
        return parse(address, System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("user.name"));
    }

    /** The same server and user with another password (typed into the app when none was known or it was refused). */
    public LedgerServer withPassword(String newPassword) {
        return new LedgerServer(host, port, database, user, newPassword);
    }

    /** The address without credentials, for messages and the window title. */
    public String address() {
        return SCHEME + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return address() + " as " + user;
    }

    private static Path pgpassFile(Map<String, String> env, Path home) {
        return nonBlank(env.get("PGPASSFILE")).map(Path::of).orElse(home.resolve(".pgpass"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The {@code hostname:port:database:username:password} lines of libpq's password file; {@code *} matches all. */
    static final class PgPass {

        private PgPass() {
        }

        static Optional<String> lookup(Path file, String host, int port, String database, String user) {
            List<String> lines;
            try {
                lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            } catch (IOException e) {
                throw new LedgerException("Cannot read the password file " + file + ": " + e.getMessage(), e);
            }
            List<String> wanted = List.of(host, String.valueOf(port), database, user);
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() == 5 && matches(fields, wanted)) {
                    return Optional.of(fields.get(4));
                }
            }
            return Optional.empty();
        }

        private static boolean matches(List<String> fields, List<String> wanted) {
            for (int i = 0; i < wanted.size(); i++) {
                if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Splits on ':' where a backslash escapes ':' and '\', as libpq does. */
        private static List<String> split(String line) {
            List<String> fields = new java.util.ArrayList<>();
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    field.append(line.charAt(++i));
                } else if (c == ':') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
