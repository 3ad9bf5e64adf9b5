package claimdesk.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger lives. A ledger is a folder: the H2 file {@code ledger.mv.db} and, beside it, what belongs to it.
 * The folder comes from, in order: an explicit {@code --db PATH}, the {@code CLAIMDESK_DB} environment variable,
 * {@code $XDG_DATA_HOME/claimdesk}, and {@code ~/.local/share/claimdesk}. A desk's shared ledger is instead on a
 * PostgreSQL server, named in the same two places as {@code postgresql://host:port/db}: see {@link #server}.
 */
public final class LedgerPaths {

    public static final String ENV_VARIABLE = "CLAIMDESK_DB";

    private LedgerPaths() {
    }

    /**
     * The server that {@code explicit} (the {@code --db} text, or null) or else {@code CLAIMDESK_DB} names, or
     * empty when they name a folder or nothing. Ask this first: {@link #resolve} refuses a server address.
     */
    public static Optional<LedgerServer> server(String explicit, Map<String, String> env, Path home, String osUser) {
        String named = explicit != null ? explicit : env.get(ENV_VARIABLE);
        if (!LedgerServer.isServer(named)) {
            return Optional.empty();
        }
        return Optional.of(LedgerServer.parse(named, env, home, osUser));
    }

    public static Optional<LedgerServer> server(String explicit) {
        return server(explicit, System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("user.name"));
    }

    public static Path resolve(Path explicit, Map<String, String> env, Path home) {
        if (explicit != null) {
            // Path.of("postgresql://h/db") reads as the folder "postgresql:/h/db"; never create that by mistake.
            refuseServer(explicit.toString().startsWith("postgresql:/"), explicit.toString());
            return explicit.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            refuseServer(LedgerServer.isServer(fromEnv), fromEnv);
            return Path.of(fromEnv).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "claimdesk").toAbsolutePath();
        }
        return home.resolve(".local/share/claimdesk").toAbsolutePath();
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static void refuseServer(boolean isServer, String named) {
        if (isServer) {
            throw new LedgerException(named + " is a PostgreSQL server, not a ledger folder; this part of Claimdesk "
                    + "cannot open a ledger on a server yet.");
        }
    }
}
